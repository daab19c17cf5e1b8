// Tenant-wide connector and settings pages.
#include "tenantpages.h"

#include "common/toggleswitch.h"
#include "doctorpanel.h"
#include "session/session.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace wf::ui {

using integration::DuplicateFinding;
using integration::Gate;
using integration::SetupService;

namespace {
const auto check = prerequisiteLine;
} // namespace

// ---- frame

TenantSwitchPage::TenantSwitchPage(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
}

void TenantSwitchPage::buildFrame(const char *objectName, bool withBack)
{
    setObjectName(QLatin1StringView(objectName));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    m_body = new QWidget(scroll);
    scroll->setWidget(m_body);
    m_content = new QVBoxLayout(m_body);
    m_content->setContentsMargins(16, 12, 16, 16);
    m_content->setSpacing(10);
    auto *top = new QHBoxLayout;
    if (withBack) {
        m_back = new QPushButton(m_body);
        m_back->setObjectName(QStringLiteral("backButton"));
        m_back->setFlat(true);
        connect(m_back, &QPushButton::clicked, this, &TenantSwitchPage::backRequested);
        top->addWidget(m_back);
    }
    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("connectorTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_title->setFont(f);
    top->addWidget(m_title, 1);
    m_refresh = new QPushButton(m_body);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, m_session->setup(), &SetupService::refresh);
    top->addWidget(m_refresh);
    m_content->addLayout(top);
    m_status = new QLabel(m_body);
    m_status->setObjectName(QStringLiteral("connectorStatus"));
    m_status->setWordWrap(true);
    m_content->addWidget(m_status);
    connect(m_session->setup(), &SetupService::changed, this, [this] {
        m_refresh->setEnabled(!m_session->setup()->isLoading());
        updateFromModel();
    });
}

QLabel *TenantSwitchPage::addHeading(const char *objectName)
{
    auto *l = new QLabel(m_body);
    l->setObjectName(QLatin1StringView(objectName));
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    m_content->addWidget(l);
    return l;
}

QLabel *TenantSwitchPage::addText(const char *objectName)
{
    auto *l = new QLabel(m_body);
    l->setObjectName(QLatin1StringView(objectName));
    l->setWordWrap(true);
    m_content->addWidget(l);
    return l;
}

void TenantSwitchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TenantSwitchPage::retranslateUi()
{
    if (m_back) {
        m_back->setText(tr("‹ Connectors"));
        m_back->setToolTip(tr("Back to the list of connectors"));
    }
    m_refresh->setText(tr("Refresh"));
}

// ---- tenant-based connector

TenantConnectorPage::TenantConnectorPage(session::Session *session, QWidget *parent)
    : TenantSwitchPage(session, parent)
{
    buildFrame("tenantConnectorPage", true);
    m_description = addText("connectorDescription");
    m_doctor = new DoctorPanel(session, {DuplicateFinding::Kind::LegacyBesideTenant}, false, body());
    content()->addWidget(m_doctor);
    m_prereqTitle = addHeading("prerequisitesTitle");
    m_prereqs = addText("prerequisites");
    m_prereqs->setTextFormat(Qt::RichText);
    m_upgrade = new QPushButton(body());
    m_upgrade->setObjectName(QStringLiteral("upgradeSolutionButton"));
    connect(m_upgrade, &QPushButton::clicked, session->setup(), &SetupService::upgradeSolution);
    auto *row = new QHBoxLayout;
    row->addWidget(m_upgrade);
    row->addStretch(1);
    content()->addLayout(row);
    m_switchTitle = addHeading("connectTitle");
    m_switch = new ToggleSwitch(body());
    m_switch->setObjectName(QStringLiteral("tenantConnectorSwitch"));
    connect(m_switch, &ToggleSwitch::clicked, session->setup(), &SetupService::setTenantConnector);
    content()->addWidget(m_switch);
    m_switchNote = addText("connectNote");
    content()->addStretch(1);
    retranslateUi();
}

void TenantConnectorPage::retranslateUi()
{
    TenantSwitchPage::retranslateUi();
    title()->setText(tr("Tenant-based Microsoft Defender for Cloud"));
    m_description->setText(tr("Brings the security alerts of every subscription of this tenant into the SecurityAlert "
                              "table with one switch, including subscriptions added later. Subscriptions of other "
                              "tenants (Azure Lighthouse) are never carried."));
    m_prereqTitle->setText(tr("Prerequisites"));
    m_upgrade->setText(tr("Update the Microsoft Defender for Cloud solution"));
    m_switchTitle->setText(tr("Connect the tenant"));
    m_switch->setStateTexts(tr("Connected"), tr("Disconnected"));
    m_switch->setAccessibleName(tr("Tenant-based connector"));
    updateFromModel();
}

void TenantConnectorPage::updateFromModel()
{
    const SetupService *setup = m_session->setup();
    const integration::TenantSettings &t = setup->tenantSettings();
    const Gate gate = setup->mayConnectTenant();
    const bool listed = setup->tenantConnectorListed();
    const bool pending = setup->isPending(QStringLiteral("tenantConnector"));
    QStringList lines;
    if (t.known) {
        lines << check(t.solutionHasTenantConnector() || t.unifiedPlatform,
                       tr("Microsoft Defender for Cloud solution 3.0.0 or later (installed: %1).")
                           .arg(t.solutionVersion.isEmpty() ? tr("none") : t.solutionVersion));
    }
    lines << check(setup->directoryRolesKnown()
                       ? std::optional<bool>(setup->directoryRoles().contains(QStringLiteral("Global Administrator")))
                       : std::nullopt,
                   tr("The Global Administrator role."));
    lines << check(setup->workspaceAllows(wire::armaction::DataConnectorsWrite),
                   tr("Read and write permissions on the workspace (Microsoft Sentinel Contributor)."));
    m_prereqs->setText(lines.join(QStringLiteral("<br>")));
    const bool needsUpgrade = t.known && !t.unifiedPlatform && !t.solutionHasTenantConnector();
    m_upgrade->setVisible(needsUpgrade);
    const bool upgrading = setup->isPending(QStringLiteral("solution"));
    const Gate install = setup->mayUpgradeSolution();
    m_upgrade->setEnabled(!upgrading && install.allowed);
    m_upgrade->setToolTip(install.why);

    m_switch->setCheckedQuietly(setup->shown(QStringLiteral("tenantConnector"), setup->tenantConnector()));
    m_switch->setPending(pending);
    m_switch->setEnabled(listed && gate.allowed && !pending);
    m_switch->setToolTip(pending ? tr("Saving…") : gate.why);
    if (t.known && t.unifiedPlatform) {
        status()->setText(tr("Not needed: this workspace is onboarded to the unified security operations platform, "
                             "where Defender for Cloud alerts already flow through Defender XDR."));
        m_switch->setEnabled(false);
    } else if (!setup->hasLoaded()) {
        status()->setText(tr("Reading the connector's state…"));
    } else if (!listed) {
        status()->setText(needsUpgrade ? tr("Not available yet: the tenant-based connector comes with version 3.0.0 of "
                                            "the Microsoft Defender for Cloud solution.")
                                       : tr("This workspace does not list the tenant-based connector."));
    } else {
        status()->setText(setup->tenantConnector() ? tr("Status: Connected") : tr("Status: Not connected"));
    }
    const int legacy = setup->legacyCount().connected;
    QString note;
    if (legacy == 1 && !setup->tenantConnector())
        note = tr("After connecting, disconnect the subscription the subscription-based connector still carries, or "
                  "its alerts arrive twice. The duplicate doctor offers it in one click.");
    else if (legacy > 1 && !setup->tenantConnector())
        note = tr("After connecting, disconnect the %1 subscriptions the subscription-based connector still carries, "
                  "or their alerts arrive twice. The duplicate doctor offers it in one click.").arg(legacy);
    m_switchNote->setText(note);
    m_switchNote->setVisible(!m_switchNote->text().isEmpty());
}

// ---- Defender XDR connector

XdrConnectorPage::XdrConnectorPage(session::Session *session, QWidget *parent)
    : TenantSwitchPage(session, parent)
{
    buildFrame("xdrConnectorPage", true);
    m_description = addText("connectorDescription");
    m_doctor = new DoctorPanel(session, {DuplicateFinding::Kind::RuleWithXdrIncidents}, false, body());
    content()->addWidget(m_doctor);
    m_switchTitle = addHeading("connectTitle");
    m_switch = new ToggleSwitch(body());
    m_switch->setObjectName(QStringLiteral("xdrIncidentsSwitch"));
    connect(m_switch, &ToggleSwitch::clicked, session->setup(), &SetupService::setXdrIncidents);
    content()->addWidget(m_switch);
    m_switchNote = addText("connectNote");
    content()->addStretch(1);
    retranslateUi();
}

void XdrConnectorPage::retranslateUi()
{
    TenantSwitchPage::retranslateUi();
    title()->setText(tr("Microsoft Defender XDR"));
    m_description->setText(tr("Synchronises Defender XDR incidents, with their alerts, into Microsoft Sentinel both "
                              "ways: status, owner and classification."));
    m_switchTitle->setText(tr("Connect incidents and alerts"));
    m_switch->setStateTexts(tr("Connected"), tr("Disconnected"));
    m_switch->setAccessibleName(tr("Defender XDR incident integration"));
    updateFromModel();
}

void XdrConnectorPage::updateFromModel()
{
    const SetupService *setup = m_session->setup();
    const Gate gate = setup->mayConnectTenant();
    const bool pending = setup->isPending(QStringLiteral("xdrIncidents"));
    m_switch->setCheckedQuietly(setup->shown(QStringLiteral("xdrIncidents"), setup->xdrIncidents()));
    m_switch->setPending(pending);
    m_switch->setEnabled(setup->hasLoaded() && gate.allowed && !pending);
    m_switch->setToolTip(pending ? tr("Saving…") : gate.why);
    if (!setup->hasLoaded())
        status()->setText(tr("Reading the connector's state…"));
    else
        status()->setText(setup->xdrIncidents() ? tr("Status: Connected") : tr("Status: Not connected"));
    QString note;
    if (setup->xdrIncidents() && !setup->tenantConnector()) {
        const integration::SetupService::LegacyCount count = setup->legacyCount();
        note = tr("Without the tenant-based Defender for Cloud connector, incidents from subscriptions the "
                  "subscription-based connector does not carry (%1 of %2 carried) arrive without their alerts.")
                   .arg(count.connected)
                   .arg(count.eligible);
    }
    if (setup->tenantSettings().known && !setup->tenantSettings().dfcIncidents)
        note = tr("The tenant has opted out of Defender for Cloud incidents through Defender XDR: their alerts still "
                  "arrive, their incidents do not.");
    m_switchNote->setText(note);
    m_switchNote->setVisible(!note.isEmpty());
}

// ---- Defender XDR settings

XdrSettingsPage::XdrSettingsPage(session::Session *session, QWidget *parent)
    : TenantSwitchPage(session, parent)
{
    buildFrame("xdrSettingsPage", false);
    m_unavailable = addText("settingsUnavailable");
    m_alertsTitle = addHeading("dfcAlertsTitle");
    m_alertsText = addText("dfcAlertsText");
    m_alertsAll = new QRadioButton(body());
    m_alertsAll->setObjectName(QStringLiteral("dfcAlertsAll"));
    m_alertsNone = new QRadioButton(body());
    m_alertsNone->setObjectName(QStringLiteral("dfcAlertsNone"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_alertsAll);
    group->addButton(m_alertsNone);
    // Only a change is sent: clicking the option already chosen does nothing.
    auto chooseAlerts = [this](bool all) {
        integration::SetupService *setup = m_session->setup();
        if (setup->shown(QStringLiteral("dfcAlerts"), setup->tenantSettings().dfcAlerts) != all)
            setup->setDfcAlerts(all);
    };
    connect(m_alertsAll, &QRadioButton::clicked, this, [chooseAlerts] { chooseAlerts(true); });
    connect(m_alertsNone, &QRadioButton::clicked, this, [chooseAlerts] { chooseAlerts(false); });
    content()->addWidget(m_alertsAll);
    content()->addWidget(m_alertsNone);
    m_incidentsTitle = addHeading("dfcIncidentsTitle");
    m_incidentsText = addText("dfcIncidentsText");
    m_incidents = new ToggleSwitch(body());
    m_incidents->setObjectName(QStringLiteral("dfcIncidentsSwitch"));
    connect(m_incidents, &ToggleSwitch::clicked, session->setup(), &SetupService::setDfcIncidents);
    content()->addWidget(m_incidents);
    m_workspaceTitle = addHeading("workspaceTitle");
    m_workspace = addText("workspace");
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connectionTitle = addHeading("connectionTitle");
    m_connection = addText("connection");
    m_connect = new QPushButton(body());
    m_connect->setObjectName(QStringLiteral("connectButton"));
    connect(m_connect, &QPushButton::clicked, this, &XdrSettingsPage::connectRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(m_connect);
    row->addStretch(1);
    content()->addLayout(row);
    content()->addStretch(1);
    retranslateUi();
}

void XdrSettingsPage::retranslateUi()
{
    TenantSwitchPage::retranslateUi();
    title()->setText(tr("Settings"));
    m_alertsTitle->setText(tr("Defender XDR: Microsoft Defender for Cloud alerts"));
    m_alertsText->setText(tr("Whether Defender for Cloud alerts appear in the Defender XDR alert queue. Always "
                             "tenant-wide. No alerts stops new alerts only: those already there stay on their "
                             "alert and incident pages."));
    m_alertsAll->setText(tr("All alerts"));
    m_alertsNone->setText(tr("No alerts"));
    m_incidentsTitle->setText(tr("Defender XDR: Microsoft Defender for Cloud incidents"));
    m_incidentsText->setText(tr("Opting out keeps the alerts (for example through the tenant-based connector) but "
                                "no longer makes Defender XDR incidents from them."));
    m_incidents->setStateTexts(tr("On"), tr("Opted out"));
    m_incidents->setAccessibleName(tr("Defender for Cloud incidents through Defender XDR"));
    m_workspaceTitle->setText(tr("Microsoft Sentinel workspace"));
    m_connectionTitle->setText(tr("Connection"));
    m_connect->setText(tr("Connect…"));
    m_connect->setToolTip(tr("Choose a connection profile and who signs in"));
    m_connection->setText(tr("Signed in as %1 · profile %2").arg(m_session->signedInAs(), m_session->profile().name));
    updateFromModel();
}

void XdrSettingsPage::updateFromModel()
{
    const SetupService *setup = m_session->setup();
    const integration::TenantSettings &t = setup->tenantSettings();
    const Gate gate = setup->mayChangeTenantSettings();
    const bool alertsPending = setup->isPending(QStringLiteral("dfcAlerts"));
    const bool incidentsPending = setup->isPending(QStringLiteral("dfcIncidents"));
    const bool all = setup->shown(QStringLiteral("dfcAlerts"), t.dfcAlerts);
    m_alertsAll->setChecked(all);
    m_alertsNone->setChecked(!all);
    for (QRadioButton *b : {m_alertsAll, m_alertsNone}) {
        b->setEnabled(t.known && gate.allowed && !alertsPending);
        b->setToolTip(alertsPending ? tr("Saving…") : gate.why);
    }
    m_incidents->setCheckedQuietly(setup->shown(QStringLiteral("dfcIncidents"), t.dfcIncidents));
    m_incidents->setPending(incidentsPending);
    m_incidents->setEnabled(t.known && gate.allowed && !incidentsPending);
    m_incidents->setToolTip(incidentsPending ? tr("Saving…") : gate.why);
    m_unavailable->setText(t.known || !setup->hasLoaded() ? QString() : t.unknownWhy);
    m_unavailable->setVisible(!m_unavailable->text().isEmpty());
    status()->setText(!setup->hasLoaded() ? tr("Reading the tenant's settings…")
                                          : (gate.allowed ? QString() : gate.why));
    status()->setVisible(!status()->text().isEmpty());
    m_workspace->setText(setup->workspaceResourceId().isEmpty()
                             ? tr("Not known")
                             : tr("%1\nMicrosoft Defender for Cloud solution %2%3")
                                   .arg(setup->workspaceResourceId(), t.solutionVersion.isEmpty() ? tr("not installed") : t.solutionVersion,
                                        t.unifiedPlatform ? tr(" · in the unified security operations platform") : QString()));
}

} // namespace wf::ui
