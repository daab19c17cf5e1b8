// The subscription-based connector page and the plans dialog.
#include "legacyconnectorpage.h"

#include "common/toggleswitch.h"
#include "doctorpanel.h"
#include "session/session.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wf::ui {

using integration::Gate;
using integration::SetupService;
using integration::SubscriptionSetup;

namespace {

QLabel *heading(QWidget *parent, const char *name, qreal scale = 1.0)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1StringView(name));
    QFont f = l->font();
    f.setBold(true);
    if (scale != 1.0)
        f.setPointSizeF(f.pointSizeF() * scale);
    l->setFont(f);
    return l;
}

// A row's controls sit centred in their cell.
QWidget *cell(QWidget *control)
{
    auto *w = new QWidget;
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(6, 0, 6, 0);
    h->addWidget(control);
    h->addStretch(1);
    return w;
}

enum Column { ColMark, ColName, ColCloud, ColStatus, ColSync, ColPlans, ColCount };

} // namespace

// ---- plans dialog

PlansDialog::PlansDialog(SetupService *setup, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
{
    setObjectName(QStringLiteral("plansDialog"));
    setWindowTitle(tr("Microsoft Defender plans"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("An alert is raised on a resource only if a Defender plan that covers its type is on for "
                                "its subscription. Tick a plan to turn it on."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("plansTable"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_enableAll = buttons->addButton(tr("Enable all plans on every subscription"), QDialogButtonBox::ActionRole);
    m_enableAll->setObjectName(QStringLiteral("enableAllPlansButton"));
    connect(m_enableAll, &QPushButton::clicked, this, [this] {
        QStringList subs;
        for (const QString &sub : std::as_const(m_subs)) {
            if (m_setup->maySetPlans(sub).allowed)
                subs << sub;
        }
        m_setup->enableAllPlans(subs);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0 || item->row() >= m_subs.size())
            return;
        const QString sub = m_subs[item->row()];
        const QString plan = m_plans.value(item->column() - 1);
        const bool on = item->checkState() == Qt::Checked;
        const SubscriptionSetup *s = m_setup->subscription(sub);
        if (s && s->plans.value(plan) != on && !m_setup->isPending(QStringLiteral("plans:%1:%2").arg(sub, plan)))
            m_setup->setPlan(sub, plan, on);
    });
    connect(setup, &SetupService::changed, this, &PlansDialog::refreshStates);
    rebuild();
    resize(900, 420);
}

void PlansDialog::rebuild()
{
    QSet<QString> plans;
    m_subs.clear();
    for (const SubscriptionSetup &s : m_setup->subscriptions()) {
        if (s.otherTenant)
            continue;
        m_subs << s.id;
        for (auto it = s.plans.cbegin(); it != s.plans.cend(); ++it)
            plans.insert(it.key());
    }
    m_plans = QStringList(plans.cbegin(), plans.cend());
    m_plans.sort();
    const QSignalBlocker block(m_table);
    m_table->setColumnCount(int(m_plans.size()) + 1);
    QStringList headers{tr("Subscription")};
    headers += m_plans; // Microsoft's plan names, as the API spells them
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_subs.size()));
    for (int r = 0; r < m_subs.size(); ++r) {
        const SubscriptionSetup *s = m_setup->subscription(m_subs[r]);
        m_table->setItem(r, 0, new QTableWidgetItem(s->name));
        for (int c = 0; c < m_plans.size(); ++c)
            m_table->setItem(r, c + 1, new QTableWidgetItem);
    }
    refreshStates();
    m_table->resizeColumnsToContents();
}

void PlansDialog::refreshStates()
{
    const QSignalBlocker block(m_table);
    bool anyAllowed = false;
    for (int r = 0; r < m_subs.size() && r < m_table->rowCount(); ++r) {
        const SubscriptionSetup *s = m_setup->subscription(m_subs[r]);
        if (!s)
            continue;
        const Gate gate = m_setup->maySetPlans(s->id);
        anyAllowed = anyAllowed || gate.allowed;
        for (int c = 0; c < m_plans.size(); ++c) {
            QTableWidgetItem *item = m_table->item(r, c + 1);
            const QString key = QStringLiteral("plans:%1:%2").arg(s->id, m_plans[c]);
            const bool on = m_setup->shown(key, s->plans.value(m_plans[c]));
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            Qt::ItemFlags flags = Qt::ItemIsUserCheckable;
            if (gate.allowed && !m_setup->isPending(key))
                flags |= Qt::ItemIsEnabled;
            item->setFlags(flags);
            item->setToolTip(gate.allowed ? QString() : gate.why);
        }
    }
    m_enableAll->setEnabled(anyAllowed);
    m_enableAll->setToolTip(anyAllowed ? QString() : tr("Needs Security Admin on the subscriptions."));
}

// ---- the page

LegacyConnectorPage::LegacyConnectorPage(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_setup(session->setup())
{
    setObjectName(QStringLiteral("legacyConnectorPage"));
    buildUi();
    retranslateUi();
    connect(m_setup, &SetupService::changed, this, &LegacyConnectorPage::updateFromModel);
    updateFromModel();
}

void LegacyConnectorPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *body = new QWidget(scroll);
    body->setObjectName(QStringLiteral("legacyConnectorBody"));
    scroll->setWidget(body);
    auto *v = new QVBoxLayout(body);
    v->setContentsMargins(16, 12, 16, 16);
    v->setSpacing(10);

    auto *top = new QHBoxLayout;
    m_back = new QPushButton(body);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setFlat(true);
    connect(m_back, &QPushButton::clicked, this, &LegacyConnectorPage::backRequested);
    top->addWidget(m_back);
    m_title = heading(body, "connectorTitle", 1.3);
    top->addWidget(m_title, 1);
    m_refresh = new QPushButton(body);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, m_setup, &SetupService::refresh);
    top->addWidget(m_refresh);
    v->addLayout(top);
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("connectorStatus"));
    v->addWidget(m_status);
    m_description = new QLabel(body);
    m_description->setWordWrap(true);
    v->addWidget(m_description);

    m_doctor = new DoctorPanel(m_session,
                               {integration::DuplicateFinding::Kind::LegacyBesideTenant,
                                integration::DuplicateFinding::Kind::RuleWithXdrIncidents},
                               false, body);
    v->addWidget(m_doctor);

    m_prereqTitle = heading(body, "prerequisitesTitle");
    v->addWidget(m_prereqTitle);
    m_prereqs = new QLabel(body);
    m_prereqs->setObjectName(QStringLiteral("prerequisites"));
    m_prereqs->setWordWrap(true);
    m_prereqs->setTextFormat(Qt::RichText);
    v->addWidget(m_prereqs);

    m_configTitle = heading(body, "configurationTitle");
    v->addWidget(m_configTitle);
    m_enableDefender = new QPushButton(body);
    m_enableDefender->setObjectName(QStringLiteral("enableDefenderButton"));
    connect(m_enableDefender, &QPushButton::clicked, this, [this] {
        auto *dialog = new PlansDialog(m_setup, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *defenderRow = new QHBoxLayout;
    defenderRow->addWidget(m_enableDefender);
    defenderRow->addStretch(1);
    v->addLayout(defenderRow);

    auto *bar = new QHBoxLayout;
    m_connect = new QPushButton(body);
    m_connect->setObjectName(QStringLiteral("connectMarkedButton"));
    connect(m_connect, &QPushButton::clicked, this, [this] {
        QStringList subs;
        for (const QString &sub : markedSubscriptions()) {
            const SubscriptionSetup *s = m_setup->subscription(sub);
            if (s && !s->legacyConnected && m_setup->mayConnect(sub).allowed)
                subs << sub;
        }
        m_setup->setLegacyConnected(subs, true);
    });
    bar->addWidget(m_connect);
    m_enableSync = new QPushButton(body);
    m_enableSync->setObjectName(QStringLiteral("enableSyncMarkedButton"));
    connect(m_enableSync, &QPushButton::clicked, this, [this] {
        QStringList subs;
        for (const QString &sub : markedSubscriptions()) {
            const SubscriptionSetup *s = m_setup->subscription(sub);
            if (s && !s->sync && m_setup->maySetSync(sub).allowed)
                subs << sub;
        }
        m_setup->setSync(subs, true);
    });
    bar->addWidget(m_enableSync);
    m_marked = new QLabel(body);
    m_marked->setObjectName(QStringLiteral("markedCount"));
    bar->addWidget(m_marked);
    bar->addStretch(1);
    v->addLayout(bar);

    m_table = new QTableWidget(body);
    m_table->setObjectName(QStringLiteral("subscriptionsTable"));
    m_table->setColumnCount(ColCount);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ColPlans, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(36);
    v->addWidget(m_table);

    m_createTitle = heading(body, "createIncidentsTitle");
    v->addWidget(m_createTitle);
    auto *create = new QHBoxLayout;
    m_createOn = new QRadioButton(body);
    m_createOn->setObjectName(QStringLiteral("createIncidentsEnabled"));
    m_createOff = new QRadioButton(body);
    m_createOff->setObjectName(QStringLiteral("createIncidentsDisabled"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_createOn);
    group->addButton(m_createOff);
    connect(m_createOn, &QRadioButton::clicked, this, [this] { onCreateIncidents(true); });
    connect(m_createOff, &QRadioButton::clicked, this, [this] { onCreateIncidents(false); });
    create->addWidget(m_createOn);
    create->addWidget(m_createOff);
    create->addStretch(1);
    v->addLayout(create);
    m_createNote = new QLabel(body);
    m_createNote->setObjectName(QStringLiteral("createIncidentsNote"));
    m_createNote->setWordWrap(true);
    v->addWidget(m_createNote);

    m_nextTitle = heading(body, "nextStepsTitle", 1.15);
    v->addWidget(m_nextTitle);
    m_samplesTitle = heading(body, "sampleQueriesTitle");
    v->addWidget(m_samplesTitle);
    m_samples = new QWidget(body);
    m_samples->setObjectName(QStringLiteral("sampleQueries"));
    new QVBoxLayout(m_samples);
    m_samples->layout()->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_samples);
    m_templatesTitle = heading(body, "ruleTemplatesTitle");
    v->addWidget(m_templatesTitle);
    auto *templates = new QHBoxLayout;
    m_templates = new QLabel(body);
    m_templates->setWordWrap(true);
    templates->addWidget(m_templates, 1);
    m_openRules = new QPushButton(body);
    m_openRules->setObjectName(QStringLiteral("openRulesButton"));
    connect(m_openRules, &QPushButton::clicked, this, &LegacyConnectorPage::rulesRequested);
    templates->addWidget(m_openRules, 0, Qt::AlignTop);
    v->addLayout(templates);
    m_workbooksTitle = heading(body, "workbooksTitle");
    v->addWidget(m_workbooksTitle);
    m_workbooks = new QLabel(body);
    m_workbooks->setWordWrap(true);
    m_workbooks->setTextFormat(Qt::RichText);
    m_workbooks->setOpenExternalLinks(true);
    v->addWidget(m_workbooks);
    v->addStretch(1);
}

void LegacyConnectorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

namespace {
struct Sample
{
    const char *title;
    const char *kql;
};
// The connector's own sample queries (Sentinel lists these under Next steps).
const Sample kSamples[] = {
    {QT_TRANSLATE_NOOP("wf::ui::LegacyConnectorPage", "All Defender for Cloud alerts"),
     "SecurityAlert | where ProductName == \"Azure Security Center\""},
    {QT_TRANSLATE_NOOP("wf::ui::LegacyConnectorPage", "Defender for Cloud alerts by severity, last 14 days"),
     "SecurityAlert\n| where ProductName == \"Azure Security Center\" and TimeGenerated > ago(14d)\n"
     "| summarize Alerts = count() by AlertSeverity"},
    {QT_TRANSLATE_NOOP("wf::ui::LegacyConnectorPage", "Alerts that arrived twice (both connectors)"),
     "SecurityAlert\n| where ProductName == \"Azure Security Center\"\n"
     "| summarize Copies = count() by VendorOriginalId, AlertName\n| where Copies > 1"},
};
} // namespace

void LegacyConnectorPage::retranslateUi()
{
    m_back->setText(tr("‹ Connectors"));
    m_back->setToolTip(tr("Back to the list of connectors"));
    m_refresh->setText(tr("Refresh"));
    m_description->setText(
        tr("Brings the security alerts of each connected subscription into the SecurityAlert table. Connect a "
           "subscription with its Status switch, or mark several and use Connect."));
    m_prereqTitle->setText(tr("Prerequisites"));
    m_configTitle->setText(tr("Configuration"));
    m_enableDefender->setText(tr("Enable Microsoft Defender for all subscriptions…"));
    m_enableDefender->setToolTip(tr("Turn Defender plans on per subscription"));
    m_connect->setText(tr("Connect"));
    m_connect->setToolTip(tr("Connect the marked subscriptions"));
    m_enableSync->setText(tr("Enable bi-directional sync"));
    m_enableSync->setToolTip(tr("Turn on bi-directional sync for the marked subscriptions"));
    m_table->setHorizontalHeaderLabels({QString(), tr("Subscription"), tr("Cloud"), tr("Status"),
                                        tr("Bi-directional sync"), tr("Microsoft Defender plans")});
    m_createTitle->setText(tr("Create incidents (recommended)"));
    m_createOn->setText(tr("Enabled"));
    m_createOff->setText(tr("Disabled"));
    m_nextTitle->setText(tr("Next steps"));
    m_samplesTitle->setText(tr("Sample queries"));
    m_templatesTitle->setText(tr("Rule templates"));
    m_templates->setText(tr("Create incidents based on Microsoft Defender for Cloud alerts (Microsoft security "
                            "incident creation)."));
    m_openRules->setText(tr("Open analytics rules"));
    m_workbooksTitle->setText(tr("Workbooks"));
    m_workbooks->setText(tr("<b>Microsoft Defender for Cloud alerts</b> and <b>Microsoft Defender for Cloud "
                            "coverage</b> come with the Microsoft Defender for Cloud solution; open them in the "
                            "<a href=\"https://portal.azure.com/#view/Microsoft_Azure_Security_Insights\">Microsoft "
                            "Sentinel workbooks</a>."));

    QLayout *samples = m_samples->layout();
    while (QLayoutItem *item = samples->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int i = 0;
    for (const Sample &s : kSamples) {
        auto *row = new QWidget(m_samples);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *text = new QLabel(QStringLiteral("%1<br><code>%2</code>")
                                    .arg(tr(s.title).toHtmlEscaped(),
                                         QString::fromUtf8(s.kql).toHtmlEscaped().replace(u'\n', u' ')),
                                row);
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        h->addWidget(text, 1);
        auto *run = new QPushButton(tr("Run query"), row);
        run->setObjectName(QStringLiteral("runSampleQuery%1").arg(i++));
        const QString kql = QString::fromUtf8(s.kql);
        connect(run, &QPushButton::clicked, this, [this, kql] { Q_EMIT queryRequested(kql); });
        h->addWidget(run, 0, Qt::AlignTop);
        samples->addWidget(row);
    }
    rebuildRows();
    updateFromModel();
}

QStringList LegacyConnectorPage::markedSubscriptions() const
{
    QStringList out;
    for (const Row &r : m_rows) {
        if (r.mark->isChecked())
            out << r.sub;
    }
    return out;
}

QString LegacyConnectorPage::plansText(const SubscriptionSetup &s) const
{
    if (!s.plansKnown)
        return QString();
    switch (s.coverage()) {
    case SubscriptionSetup::Coverage::None:
        return QString(); // blank = no plan, as in the portal
    case SubscriptionSetup::Coverage::All:
        return tr("All enabled");
    case SubscriptionSetup::Coverage::Some:
        break;
    }
    const Gate gate = m_setup->maySetPlans(s.id);
    if (!gate.allowed)
        return tr("Some enabled");
    return tr("Some enabled · <a href=\"enable\">Enable all</a>");
}

void LegacyConnectorPage::rebuildRows()
{
    const QStringList marked = markedSubscriptions();
    m_rows.clear();
    m_table->setRowCount(0);
    const QList<SubscriptionSetup> &subs = m_setup->subscriptions();
    m_table->setRowCount(int(subs.size()));
    for (int r = 0; r < subs.size(); ++r) {
        const SubscriptionSetup &s = subs[r];
        Row row;
        row.sub = s.id;
        row.mark = new QCheckBox;
        row.mark->setObjectName(QStringLiteral("mark-") + s.id);
        row.mark->setAccessibleName(tr("Mark %1").arg(s.name));
        row.mark->setChecked(marked.contains(s.id));
        connect(row.mark, &QCheckBox::toggled, this, &LegacyConnectorPage::updateBar);
        m_table->setCellWidget(r, ColMark, cell(row.mark));
        auto *name = new QTableWidgetItem(s.name);
        name->setToolTip(s.id);
        m_table->setItem(r, ColName, name);
        m_table->setItem(r, ColCloud, new QTableWidgetItem(SetupService::cloudName(s.cloud)));
        row.status = new ToggleSwitch;
        row.status->setObjectName(QStringLiteral("status-") + s.id);
        row.status->setAccessibleName(tr("Status of %1").arg(s.name));
        row.status->setStateTexts(tr("Connected"), tr("Disconnected"));
        const QString sub = s.id;
        connect(row.status, &ToggleSwitch::clicked, this, [this, sub](bool on) { m_setup->setLegacyConnected({sub}, on); });
        m_table->setCellWidget(r, ColStatus, cell(row.status));
        row.sync = new QComboBox;
        row.sync->setObjectName(QStringLiteral("sync-") + s.id);
        row.sync->setAccessibleName(tr("Bi-directional sync of %1").arg(s.name));
        row.sync->addItem(tr("Enabled"), true);
        row.sync->addItem(tr("Disabled"), false);
        connect(row.sync, &QComboBox::activated, this, [this, sub, combo = row.sync](int index) {
            const bool on = combo->itemData(index).toBool();
            const SubscriptionSetup *x = m_setup->subscription(sub);
            if (x && x->sync != on)
                m_setup->setSync({sub}, on);
        });
        m_table->setCellWidget(r, ColSync, cell(row.sync));
        row.plans = new QLabel;
        row.plans->setObjectName(QStringLiteral("plans-") + s.id);
        row.plans->setTextFormat(Qt::RichText);
        connect(row.plans, &QLabel::linkActivated, this, [this, sub] { m_setup->enableAllPlans({sub}); });
        m_table->setCellWidget(r, ColPlans, cell(row.plans));
        m_rows << row;
    }
    m_table->resizeColumnToContents(ColMark);
    m_table->resizeColumnToContents(ColCloud);
    m_table->setColumnWidth(ColStatus, 170);
    m_table->setColumnWidth(ColSync, 150);
    // The page scrolls, not the table: it is as tall as its rows.
    int h = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        h += m_table->rowHeight(r);
    m_table->setFixedHeight(h);
}

void LegacyConnectorPage::updateFromModel()
{
    // Rows follow the subscriptions; their widgets are kept while the list is the same, so
    // focus and marks survive a refresh.
    const QList<SubscriptionSetup> &subs = m_setup->subscriptions();
    bool same = subs.size() == m_rows.size();
    for (int i = 0; same && i < subs.size(); ++i)
        same = subs[i].id == m_rows[i].sub;
    if (!same)
        rebuildRows();

    for (const Row &row : std::as_const(m_rows)) {
        const SubscriptionSetup *s = m_setup->subscription(row.sub);
        if (!s)
            continue;
        const QString legacyKey = QStringLiteral("legacy:") + s->id;
        const QString syncKey = QStringLiteral("sync:") + s->id;
        const Gate connect = m_setup->mayConnect(s->id);
        const Gate sync = m_setup->maySetSync(s->id);
        // Disconnecting needs the roles, not the prerequisites.
        const Gate toggle = s->legacyConnected ? m_setup->mayDisconnect(s->id) : connect;
        const bool mayToggle = toggle.allowed;
        row.status->setCheckedQuietly(m_setup->shown(legacyKey, s->legacyConnected));
        row.status->setPending(m_setup->isPending(legacyKey));
        row.status->setEnabled(mayToggle && !m_setup->isPending(legacyKey));
        row.status->setToolTip(m_setup->isPending(legacyKey) ? tr("Saving…") : toggle.why);
        row.sync->setCurrentIndex(m_setup->shown(syncKey, s->sync) ? 0 : 1);
        row.sync->setEnabled(sync.allowed && !m_setup->isPending(syncKey));
        row.sync->setToolTip(m_setup->isPending(syncKey) ? tr("Saving…") : sync.why);
        row.mark->setEnabled(connect.allowed || sync.allowed);
        row.mark->setToolTip(connect.allowed || sync.allowed ? QString() : connect.why);
        if (!row.mark->isEnabled())
            row.mark->setChecked(false);
        bool plansPending = false;
        for (auto it = s->plans.cbegin(); it != s->plans.cend(); ++it)
            plansPending = plansPending || m_setup->isPending(QStringLiteral("plans:%1:%2").arg(s->id, it.key()));
        row.plans->setText(plansPending ? tr("Enabling…") : plansText(*s));
        row.plans->setToolTip(m_setup->maySetPlans(s->id).why);
    }
    const auto [connected, eligible] = m_setup->legacyCount();

    // With the tenant-based connector available, this one is the legacy one (as Sentinel names it).
    m_title->setText(m_setup->tenantConnectorListed()
                         ? tr("Subscription-based Microsoft Defender for Cloud (Legacy)")
                         : tr("Microsoft Defender for Cloud"));
    if (!m_setup->hasLoaded())
        m_status->setText(m_setup->isLoading() ? tr("Reading the connector's state…") : QString());
    else if (!m_setup->loadError().isEmpty())
        m_status->setText(m_setup->loadError());
    else
        m_status->setText(connected > 0 ? tr("Status: Connected · %1 of %2 subscriptions").arg(connected).arg(eligible)
                                        : tr("Status: Not connected"));

    // Prerequisites, each with whether the signed-in principal meets it.
    int withPlan = 0, registered = 0, mayConnectCount = 0;
    for (const SubscriptionSetup &s : subs) {
        withPlan += s.coverage() != SubscriptionSetup::Coverage::None ? 1 : 0;
        registered += s.insightsRegistered.value_or(true) ? 1 : 0;
        mayConnectCount += m_setup->mayConnect(s.id).allowed ? 1 : 0;
    }
    // Per-subscription prerequisites: met by all, by none, or by some (•).
    const auto some = [n = subs.size()](qsizetype met) -> std::optional<bool> {
        if (met == n)
            return true;
        if (met == 0)
            return false;
        return std::nullopt;
    };
    QStringList lines;
    lines << prerequisiteLine(m_setup->workspaceAllows(wire::armaction::DataConnectorsWrite),
                              tr("Workspace: read and write permissions (Microsoft Sentinel Contributor)."));
    lines << prerequisiteLine(some(mayConnectCount), tr("Subscriptions: Contributor or Owner on each subscription to connect "
                                          "(%1 of %2 you may connect).").arg(mayConnectCount).arg(subs.size()));
    lines << prerequisiteLine(some(withPlan), tr("At least one Microsoft Defender plan on the subscription (%1 of %2 "
                                              "have one).").arg(withPlan).arg(subs.size()));
    lines << prerequisiteLine(some(registered), tr("The Microsoft.SecurityInsights resource provider registered on the "
                                                "subscription (%1 of %2).").arg(registered).arg(subs.size()));
    m_prereqs->setText(lines.join(QStringLiteral("<br>")));

    m_enableDefender->setEnabled(!subs.isEmpty());
    updateBar();
    updateCreateIncidents();
    m_refresh->setEnabled(!m_setup->isLoading());
}

void LegacyConnectorPage::updateBar()
{
    const QStringList marked = markedSubscriptions();
    m_connect->setEnabled(!marked.isEmpty());
    m_enableSync->setEnabled(!marked.isEmpty());
    m_marked->setText(marked.isEmpty() ? tr("Mark subscriptions to act on several at once.")
                                       : tr("%1 marked").arg(marked.size()));
}

void LegacyConnectorPage::updateCreateIncidents()
{
    const QList<integration::IncidentRule> all = m_setup->defenderForCloudRules(false);
    bool on = false, pending = false;
    for (const integration::IncidentRule &r : all) {
        on = on || m_setup->shown(QStringLiteral("rule:") + r.name, r.enabled);
        pending = pending || m_setup->isPending(QStringLiteral("rule:") + r.name);
    }
    pending = pending || m_setup->isPending(QStringLiteral("rule:defender-for-cloud-incidents"));
    m_createOn->setChecked(on);
    m_createOff->setChecked(!on);
    const Gate gate = m_setup->mayWriteRules();
    for (QRadioButton *b : {m_createOn, m_createOff}) {
        // Only once the rules could be read: else Enabled would add a rule beside unseen ones.
        b->setEnabled(gate.allowed && !pending && m_setup->incidentRulesKnown());
        b->setToolTip(gate.why);
    }
    QString note = tr("Turns on the analytics rule that makes a Sentinel incident for every Defender for Cloud "
                      "alert.");
    if (pending)
        note = tr("Saving…");
    else if (on && m_setup->xdrIncidents())
        note = tr("The Defender XDR connector already brings incidents for these alerts: with this rule on, each "
                  "alert makes a second incident. The duplicate doctor above has the fix.");
    m_createNote->setText(note);
}

void LegacyConnectorPage::onCreateIncidents(bool enabled)
{
    const QList<integration::IncidentRule> all = m_setup->defenderForCloudRules(false);
    if (enabled) {
        if (all.isEmpty()) {
            m_setup->createDefenderForCloudRule();
            return;
        }
        for (const integration::IncidentRule &r : all) {
            if (!r.enabled) {
                m_setup->setRuleEnabled(r.name, true);
                return; // one rule is enough
            }
        }
        return;
    }
    for (const integration::IncidentRule &r : all) {
        if (r.enabled)
            m_setup->setRuleEnabled(r.name, false);
    }
}

} // namespace wf::ui
