// The subscription-based (legacy) Microsoft Defender for Cloud connector page, as SPEC.md's
// "The connector page" describes it: a row per subscription (check box, name, cloud,
// Status toggle, Bi-directional sync drop-down, Microsoft Defender plans with Enable
// all), the bar's Connect and Enable bi-directional sync for the marked rows, Enable
// Microsoft Defender for all subscriptions, Create incidents, prerequisites, the duplicate
// doctor's findings about this connector, and Next steps.
#pragma once

#include "integration/setup.h"

#include <QDialog>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace wf::session {
class Session;
}

namespace wf::ui {

class DoctorPanel;
class ToggleSwitch;

// Defender plans per subscription, as check boxes ("Enable Microsoft Defender for all
// subscriptions" and a row's "Enable all" lead here).
class PlansDialog : public QDialog
{
    Q_OBJECT
public:
    PlansDialog(integration::SetupService *setup, QWidget *parent = nullptr);

private:
    void rebuild();
    void refreshStates();
    integration::SetupService *m_setup;
    QTableWidget *m_table = nullptr;
    QPushButton *m_enableAll = nullptr;
    QStringList m_plans;
    QStringList m_subs;
};

class LegacyConnectorPage : public QWidget
{
    Q_OBJECT
public:
    explicit LegacyConnectorPage(session::Session *session, QWidget *parent = nullptr);

    // The subscriptions whose check box is ticked.
    QStringList markedSubscriptions() const;

Q_SIGNALS:
    void backRequested();
    // Next steps: a sample query for the hunting view; the rules area.
    void queryRequested(const QString &kql);
    void rulesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString sub;
        QCheckBox *mark = nullptr;
        ToggleSwitch *status = nullptr;
        QComboBox *sync = nullptr;
        QLabel *plans = nullptr;
    };
    void buildUi();
    void retranslateUi();
    void rebuildRows();
    void updateFromModel();
    void updateBar();
    void updateCreateIncidents();
    void onCreateIncidents(bool enabled);
    QString plansText(const integration::SubscriptionSetup &s) const;

    session::Session *m_session;
    integration::SetupService *m_setup;
    QList<Row> m_rows;

    QLabel *m_title = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_description = nullptr;
    DoctorPanel *m_doctor = nullptr;
    QLabel *m_prereqTitle = nullptr;
    QLabel *m_prereqs = nullptr;
    QLabel *m_configTitle = nullptr;
    QPushButton *m_enableDefender = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_enableSync = nullptr;
    QLabel *m_marked = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_createTitle = nullptr;
    QRadioButton *m_createOn = nullptr;
    QRadioButton *m_createOff = nullptr;
    QLabel *m_createNote = nullptr;
    QLabel *m_nextTitle = nullptr;
    QLabel *m_samplesTitle = nullptr;
    QWidget *m_samples = nullptr;
    QLabel *m_templatesTitle = nullptr;
    QLabel *m_templates = nullptr;
    QPushButton *m_openRules = nullptr;
    QLabel *m_workbooksTitle = nullptr;
    QLabel *m_workbooks = nullptr;
};

} // namespace wf::ui
