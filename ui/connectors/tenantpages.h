// The tenant-wide switches: the tenant-based Microsoft Defender for Cloud connector page
// (one Connect for the whole tenant), the Microsoft Defender XDR connector page (incident
// integration), and the Defender XDR settings page (the tenant's two Defender for Cloud
// settings). Each control is gated like the server gates it and pending until confirmed.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace wf::session {
class Session;
}

namespace wf::ui {

class DoctorPanel;
class ToggleSwitch;

// Title, back button and refresh, shared by the connector pages of this file.
class TenantSwitchPage : public QWidget
{
    Q_OBJECT
public:
    explicit TenantSwitchPage(session::Session *session, QWidget *parent = nullptr);

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi();
    virtual void updateFromModel() = 0;
    // Builds the frame; subclasses add their content to `body()` after calling it.
    void buildFrame(const char *objectName, bool withBack);
    QWidget *body() const { return m_body; }
    QVBoxLayout *content() const { return m_content; }
    QLabel *title() const { return m_title; }
    QLabel *status() const { return m_status; }
    QLabel *addHeading(const char *objectName);
    QLabel *addText(const char *objectName);

    session::Session *m_session;

private:
    QWidget *m_body = nullptr;
    QVBoxLayout *m_content = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
};

class TenantConnectorPage : public TenantSwitchPage
{
    Q_OBJECT
public:
    explicit TenantConnectorPage(session::Session *session, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    void updateFromModel() override;

private:
    QLabel *m_description = nullptr;
    DoctorPanel *m_doctor = nullptr;
    QLabel *m_prereqTitle = nullptr;
    QLabel *m_prereqs = nullptr;
    QPushButton *m_upgrade = nullptr;
    QLabel *m_switchTitle = nullptr;
    ToggleSwitch *m_switch = nullptr;
    QLabel *m_switchNote = nullptr;
};

class XdrConnectorPage : public TenantSwitchPage
{
    Q_OBJECT
public:
    explicit XdrConnectorPage(session::Session *session, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    void updateFromModel() override;

private:
    QLabel *m_description = nullptr;
    DoctorPanel *m_doctor = nullptr;
    QLabel *m_switchTitle = nullptr;
    ToggleSwitch *m_switch = nullptr;
    QLabel *m_switchNote = nullptr;
};

// The Settings page: the tenant's Defender XDR settings for Defender for Cloud, the
// Sentinel workspace, and the connection (who is signed in where; Connect… to change it).
class XdrSettingsPage : public TenantSwitchPage
{
    Q_OBJECT
public:
    explicit XdrSettingsPage(session::Session *session, QWidget *parent = nullptr);

Q_SIGNALS:
    void connectRequested();

protected:
    void retranslateUi() override;
    void updateFromModel() override;

private:
    QLabel *m_alertsTitle = nullptr;
    QLabel *m_alertsText = nullptr;
    QRadioButton *m_alertsAll = nullptr;
    QRadioButton *m_alertsNone = nullptr;
    QLabel *m_incidentsTitle = nullptr;
    QLabel *m_incidentsText = nullptr;
    ToggleSwitch *m_incidents = nullptr;
    QLabel *m_unavailable = nullptr;
    QLabel *m_workspaceTitle = nullptr;
    QLabel *m_workspace = nullptr;
    QLabel *m_connectionTitle = nullptr;
    QLabel *m_connection = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace wf::ui
