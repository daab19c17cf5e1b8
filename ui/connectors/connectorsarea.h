// The connectors area: an overview of the connectors that carry Defender for Cloud alerts
// and incidents into Sentinel (status, when data last arrived, a 14-day volume sparkline),
// the duplicate doctor, and each connector's own page.
#pragma once

#include "integration/connectorvolume.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace wf::session {
class Session;
}

namespace wf::ui {

class DoctorPanel;
class LegacyConnectorPage;
class Sparkline;
class TenantConnectorPage;
class XdrConnectorPage;

class ConnectorsArea : public QWidget
{
    Q_OBJECT
public:
    enum class Page : int { Overview = 0, Legacy, TenantBased, XdrIncidents };
    explicit ConnectorsArea(session::Session *session, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    LegacyConnectorPage *legacyPage() const { return m_legacy; }
    integration::VolumeReader *volumes() const { return m_volumes; }

Q_SIGNALS:
    // Next steps: open a query in the hunting view / the rules area.
    void queryRequested(const QString &kql);
    void rulesRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Card
    {
        integration::ConnectorId id;
        QLabel *title = nullptr;
        QLabel *text = nullptr;
        QLabel *status = nullptr;
        QLabel *last = nullptr;
        Sparkline *spark = nullptr;
        QLabel *volume = nullptr;
        QPushButton *open = nullptr;
    };
    QWidget *buildOverview();
    void retranslateUi();
    void updateCards();

    session::Session *m_session;
    integration::VolumeReader *m_volumes;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_refresh = nullptr;
    DoctorPanel *m_doctor = nullptr;
    QList<Card> m_cards;
    LegacyConnectorPage *m_legacy = nullptr;
    TenantConnectorPage *m_tenant = nullptr;
    XdrConnectorPage *m_xdr = nullptr;
};

// For the shell.
QWidget *createConnectorsArea(session::Session *session, QWidget *parent);

} // namespace wf::ui
