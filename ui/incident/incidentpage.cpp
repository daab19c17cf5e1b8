// The incident page: header, tabs, summary and manage panel.
#include "incidentpage.h"

#include "assetstab.h"
#include "attackstoryview.h"
#include "common/entityicons.h"
#include "item/entityindex.h"
#include "item/queuemodel.h"
#include "queue/detailhtml.h"
#include "queue/edittracker.h"
#include "queue/managepane.h"
#include "queue/queuepagecore.h"
#include "queue/queuestyle.h"
#include "session/session.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace wf::ui {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

} // namespace

IncidentPage::IncidentPage(session::Session *session, qint64 incidentId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_id(incidentId)
{
    setObjectName(QStringLiteral("incidentPage"));
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150);
    connect(&m_reloadTimer, &QTimer::timeout, this, &IncidentPage::reload);
    buildUi();
    retranslateUi();
    if (session) {
        // Live refresh: the incident or one of its alerts changed.
        connect(session->store(), &store::QueueStore::changed, this,
                [this](const QList<int> &incidentRows, const QList<int> &alertRows) {
                    if (!m_session)
                        return;
                    const store::QueueStore *s = m_session->store();
                    const int row = s->incidents().rowOf(m_id);
                    bool mine = row >= 0 && incidentRows.contains(row);
                    for (int i = 0; !mine && i < alertRows.size(); ++i)
                        mine = s->alerts().incident[alertRows[i]] == m_id;
                    if (mine)
                        m_reloadTimer.start();
                });
        connect(session->store(), &store::QueueStore::cleared, this, [this] { m_reloadTimer.start(); });
    }
    reload();
}

IncidentPage::~IncidentPage()
{
    QSettings().setValue(QStringLiteral("incidentPage/splitter"), m_splitter->saveState());
}

bool IncidentPage::isReady() const
{
    return m_loaded && m_storyDone;
}

QString IncidentPage::title() const
{
    const QString name = str(m_incident, "displayName");
    if (name.isEmpty())
        return tr("Incident %1").arg(m_id);
    const QString shortName = name.size() > 40 ? name.left(38) + QChar(0x2026) : name;
    return tr("#%1 %2").arg(m_id).arg(shortName);
}

void IncidentPage::buildUi()
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(8, 8, 8, 4);
    root->setSpacing(6);

    // Header: name, facts, actions.
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("incidentName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names are elided to the room there is (resizeEvent); the tooltip has it whole.
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    titles->addWidget(m_name);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("incidentFacts"));
    m_facts->setTextFormat(Qt::RichText);
    titles->addWidget(m_facts);
    header->addLayout(titles, 1);

    auto button = [this, header](QToolButton *&b, const char *name) {
        b = new QToolButton(this);
        b->setObjectName(QLatin1StringView(name));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(false);
        header->addWidget(b, 0, Qt::AlignTop);
    };
    button(m_assignMe, "assignToMeButton");
    button(m_inProgress, "inProgressButton");
    button(m_resolve, "resolveButton");
    button(m_classify, "classifyButton");
    button(m_tag, "tagButton");
    button(m_comment, "commentButton");
    button(m_summaryToggle, "summaryToggle");
    button(m_keys, "shortcutsButton");
    root->addLayout(header);

    m_editState = new QLabel(this);
    m_editState->setObjectName(QStringLiteral("editState"));
    m_editState->setWordWrap(true);
    m_editState->hide();
    root->addWidget(m_editState);

    // Tabs | summary + manage.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("incidentSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("incidentTabs"));
    m_tabs->setDocumentMode(true);

    m_story = new AttackStoryView(m_tabs);
    connect(m_story, &AttackStoryView::layoutReady, this, [this] { m_storyDone = true; });
    connect(m_story, &AttackStoryView::entityActivated, this, &IncidentPage::entityActivated);
    connect(m_story, &AttackStoryView::alertActivated, this, [this](const QString &alertId) {
        showTab(AlertsTab);
        m_alertList->selectId(alertId);
    });
    m_tabs->addTab(m_story, QString());
    m_alertList = new queue::QueuePageCore(queue::QueuePageCore::Kind::Alerts, m_session, m_tabs,
                                           queue::QueuePageCore::Mode::Embedded);
    m_alertList->setScope({m_id}, {});
    connect(m_alertList, &queue::QueuePageCore::statusMessage, this, &IncidentPage::statusMessage);
    connect(m_alertList, &queue::QueuePageCore::openIncidentRequested, this,
            [this](qint64 id) {
                if (id != m_id)
                    Q_EMIT openIncidentRequested(id);
            });
    m_tabs->addTab(m_alertList, QString());
    m_assets = new AssetsTab(m_session, m_tabs);
    connect(m_assets, &AssetsTab::entityActivated, this, &IncidentPage::entityActivated);
    connect(m_assets, &AssetsTab::statusMessage, this, &IncidentPage::statusMessage);
    m_tabs->addTab(m_assets, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &IncidentPage::updateShortcuts);
    m_splitter->addWidget(m_tabs);

    auto *side = new QWidget(m_splitter);
    side->setObjectName(QStringLiteral("incidentSidePanel"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QTextBrowser(side);
    m_summary->setObjectName(QStringLiteral("incidentSummary"));
    m_summary->setOpenLinks(false);
    connect(m_summary, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"incident") {
            if (const qint64 id = url.path().toLongLong(); id > 0)
                Q_EMIT openIncidentRequested(id);
        } else if (url.scheme() == u"entity") {
            const int n = url.path().toInt();
            if (n >= 0 && n < m_impacted.size())
                Q_EMIT entityActivated(m_impacted.at(n));
        }
    });
    sideLayout->addWidget(m_summary, 3);
    m_manage = new queue::ManagePane(true, nullptr);
    m_manage->setSingleItem(tr("Manage incident"));
    auto *manageScroll = new QScrollArea(side);
    manageScroll->setObjectName(QStringLiteral("incidentManageScroll"));
    manageScroll->setWidgetResizable(true);
    manageScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    manageScroll->setFrameShape(QFrame::NoFrame);
    manageScroll->setWidget(m_manage);
    sideLayout->addWidget(manageScroll, 2);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({1000, 330});
    side->setMinimumWidth(280);
    m_splitter->restoreState(QSettings().value(QStringLiteral("incidentPage/splitter")).toByteArray());
    root->addWidget(m_splitter, 1);
    // The summary and manage panel can give its room to the story (S).
    m_summaryToggle->setCheckable(true);
    m_summaryToggle->setChecked(QSettings().value(QStringLiteral("incidentPage/summaryVisible"), true).toBool());
    side->setVisible(m_summaryToggle->isChecked());
    connect(m_summaryToggle, &QToolButton::toggled, this, [side](bool on) {
        side->setVisible(on);
        QSettings().setValue(QStringLiteral("incidentPage/summaryVisible"), on);
    });

    if (m_session && m_session->edits()) {
        m_tracker = new queue::EditTracker(m_session->edits(), this);
        connect(m_tracker, &queue::EditTracker::finished, this, &IncidentPage::onEditFinished);
        connect(m_tracker, &queue::EditTracker::waiting, this, [this](const QString &sentence) {
            m_editState->setText(tr("Saved here; it is sent when the server answers again (%1).").arg(sentence));
            m_editState->show();
        });
        m_manage->setAssignees({}, m_session->signedInAs());
    }
    connect(m_manage, &queue::ManagePane::applyRequested, this, [this](const queue::ManagePane::Request &r) {
        submit(r);
        m_manage->resetFields();
    });
    connect(m_manage, &queue::ManagePane::assignToMeRequested, this, &IncidentPage::assignToMe);

    // The header's actions and their keys (the queue's letters). Letters belong to the
    // alert list while the Alerts tab shows, as they do in the alert queue.
    connect(m_assignMe, &QToolButton::clicked, this, &IncidentPage::assignToMe);
    connect(m_inProgress, &QToolButton::clicked, this, [this] { setStatus(QStringLiteral("inProgress")); });
    connect(m_resolve, &QToolButton::clicked, m_manage, &queue::ManagePane::prepareResolve);
    connect(m_classify, &QToolButton::clicked, m_manage, &queue::ManagePane::prepareClassify);
    connect(m_tag, &QToolButton::clicked, m_manage, &queue::ManagePane::prepareTags);
    connect(m_comment, &QToolButton::clicked, m_manage, &queue::ManagePane::prepareComment);
    connect(m_keys, &QToolButton::clicked, this, &IncidentPage::showShortcuts);
    const std::pair<QKeySequence, QToolButton *> keys[] = {
        {QKeySequence(Qt::Key_A), m_assignMe}, {QKeySequence(Qt::Key_P), m_inProgress},
        {QKeySequence(Qt::Key_R), m_resolve},  {QKeySequence(Qt::Key_C), m_classify},
        {QKeySequence(Qt::Key_T), m_tag},      {QKeySequence(Qt::Key_N), m_comment},
        {QKeySequence(Qt::Key_S), m_summaryToggle},
        {QKeySequence(Qt::Key_Question), m_keys}};
    for (const auto &[seq, b] : keys) {
        auto *sc = new QShortcut(seq, this);
        sc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, b, &QToolButton::click);
        m_actionKeys << sc;
    }
    for (int tab = 0; tab < 3; ++tab) {
        auto *sc = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + tab)), this);
        sc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, this, [this, tab] { showTab(Tab(tab)); });
    }
    updateShortcuts();
}

void IncidentPage::retranslateUi()
{
    m_tabs->setTabText(StoryTab, tr("Attack story"));
    m_tabs->setTabText(AlertsTab, tr("Alerts (%1)").arg(m_alerts.size()));
    m_tabs->setTabText(AssetsTab_, tr("Assets (%1)").arg(m_assets->entityCount()));
    for (int i = 0; i < 3; ++i)
        m_tabs->setTabToolTip(i, tr("Alt+%1").arg(i + 1));
    m_assignMe->setText(tr("Assign to me"));
    m_assignMe->setToolTip(tr("Assign this incident to you (A)"));
    m_inProgress->setText(tr("In progress"));
    m_inProgress->setToolTip(tr("Set the status to In progress (P)"));
    m_resolve->setText(tr("Resolve..."));
    m_resolve->setToolTip(tr("Resolve with a classification and a comment (R)"));
    m_classify->setText(tr("Classify..."));
    m_classify->setToolTip(tr("Set classification and determination (C)"));
    m_tag->setText(tr("Tags..."));
    m_tag->setToolTip(tr("Add tags (T)"));
    m_comment->setText(tr("Comment..."));
    m_comment->setToolTip(tr("Add a comment (N)"));
    m_summaryToggle->setText(tr("Summary"));
    m_summaryToggle->setToolTip(tr("Show or hide the summary and manage panel (S)"));
    m_keys->setText(tr("?"));
    m_keys->setToolTip(tr("Keyboard shortcuts (?)"));
    m_manage->setSingleItem(tr("Manage incident"));
    updateHeader();
    updateSummary();
}

void IncidentPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IncidentPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateHeader();
}

void IncidentPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
    if (tab == AlertsTab && m_alertList)
        m_alertList->setFocus();
}

void IncidentPage::updateShortcuts()
{
    const bool alertsHaveKeys = m_tabs->currentIndex() == AlertsTab;
    for (QShortcut *sc : std::as_const(m_actionKeys))
        sc->setEnabled(!alertsHaveKeys || sc->key() == QKeySequence(Qt::Key_Question));
}

void IncidentPage::reload()
{
    m_reloadTimer.stop();
    if (!m_session)
        return;
    const QString id = QString::number(m_id);
    const std::optional<QJsonObject> incident = m_session->incidentJson(id);
    m_incident = incident.value_or(QJsonObject());
    m_alertJson = m_session->alertsOfIncidentJson(id);
    // The story and the assets depend on the alerts alone: which ones, and their last
    // updates. A change to the incident itself only redraws the header and the summary.
    QString newest;
    QStringList ids;
    for (const QJsonObject &a : std::as_const(m_alertJson)) {
        newest = qMax(newest, str(a, "lastUpdateDateTime"));
        ids << str(a, "id");
    }
    ids.sort();
    const QString version = QString::number(qHash(ids)) + u'|' + newest;
    const bool changed = version != m_version || !m_loaded;
    m_version = version;
    if (changed) {
        m_alerts = item::decodeAlerts(m_alertJson);
        // Time order, as the story tells it.
        std::stable_sort(m_alerts.begin(), m_alerts.end(), [](const Alert &a, const Alert &b) {
            const Timestamp ta = a.firstActivityDateTime.valueOr(a.createdDateTime.valueOr({}));
            const Timestamp tb = b.firstActivityDateTime.valueOr(b.createdDateTime.valueOr({}));
            return ta < tb;
        });
        m_impacted = item::impactedAssets(item::entitiesOf(m_alerts));
        m_storyDone = m_alerts.isEmpty();
        m_story->setIncident(m_id, m_version, m_alerts);
        m_assets->setIncident(m_id, m_alerts);
    }
    m_loaded = incident.has_value();
    retranslateUi();
    Q_EMIT titleChanged(title());
}

void IncidentPage::updateHeader()
{
    if (!m_loaded) {
        m_name->setText(tr("Incident %1").arg(m_id));
        m_facts->setText(tr("This incident is not in the local cache (yet). It shows as soon as it is synced."));
        for (QToolButton *b : {m_assignMe, m_inProgress, m_resolve, m_classify, m_tag, m_comment})
            b->setEnabled(false);
        return;
    }
    for (QToolButton *b : {m_assignMe, m_inProgress, m_resolve, m_classify, m_tag, m_comment})
        b->setEnabled(m_tracker != nullptr);
    const QString name = str(m_incident, "displayName");
    m_name->setText(m_name->fontMetrics().elidedText(name, Qt::ElideRight, qMax(100, m_name->width())));
    m_name->setToolTip(name);
    const QPalette &pal = palette();
    const int sev = EnumInfo<AlertSeverity>::names().ordinalOf(str(m_incident, "severity"));
    const int status = EnumInfo<IncidentStatus>::names().ordinalOf(str(m_incident, "status"));
    QStringList facts;
    facts << QStringLiteral("<span style=\"color:%1;\">%2</span>")
                 .arg(queue::mutedText(pal).name(), tr("Incident %1").arg(m_id).toHtmlEscaped());
    if (sev >= 0)
        facts << QStringLiteral("<span style=\"color:%1; font-weight:bold;\">&#9679; %2</span>")
                     .arg(queue::severityColor(sev, pal).name(), item::severityText(sev).toHtmlEscaped());
    if (status >= 0)
        facts << item::incidentStatusText(status).toHtmlEscaped();
    const QString assigned = str(m_incident, "assignedTo");
    facts << (assigned.isEmpty() ? tr("Unassigned") : assigned).toHtmlEscaped();
    facts << (m_alerts.size() == 1 ? tr("1 alert") : tr("%1 alerts").arg(m_alerts.size())).toHtmlEscaped();
    m_facts->setText(facts.join(QStringLiteral(" &middot; ")));
}

void IncidentPage::updateSummary()
{
    if (!m_loaded) {
        m_summary->setHtml(queue::placeholderHtml(
            tr("Incident %1 is not in the local cache.").arg(m_id), palette()));
        return;
    }
    m_summary->setHtml(queue::incidentSummaryHtml(m_incident, m_alertJson, m_impacted, palette()));
}

void IncidentPage::submit(const queue::ManagePane::Request &request)
{
    if (!m_session || !m_tracker)
        return;
    const QString what = m_tracker->submit(m_session, true, {QString::number(m_id)}, request);
    if (what.isEmpty())
        return;
    m_editState->setText(tr("Applying: %1").arg(what));
    m_editState->show();
}

void IncidentPage::assignToMe()
{
    if (!m_session)
        return;
    queue::ManagePane::Request r;
    r.patch.insert(QStringLiteral("assignedTo"), m_session->signedInAs());
    submit(r);
}

void IncidentPage::setStatus(const QString &wireStatus)
{
    queue::ManagePane::Request r;
    r.patch.insert(QStringLiteral("status"), wireStatus);
    submit(r);
}

void IncidentPage::onEditFinished(int done, int total, int failed)
{
    Q_UNUSED(done)
    if (failed > 0) {
        m_editState->setText(tr("The change was not applied: %1")
                                 .arg(m_tracker->failures().join(QStringLiteral("; "))));
    } else {
        m_editState->setText(total == 1 ? tr("Saved.") : tr("Saved %1 changes.").arg(total));
        QTimer::singleShot(4000, m_editState, [this] {
            if (m_tracker && !m_tracker->isRunning())
                m_editState->hide();
        });
    }
    m_editState->show();
}

void IncidentPage::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("incidentShortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    const QList<std::pair<QString, QString>> rows = {
        {tr("A"), tr("Assign the incident to me")},
        {tr("P"), tr("Set the incident In progress")},
        {tr("R"), tr("Resolve: classification, determination and comment")},
        {tr("C"), tr("Classify")},
        {tr("T"), tr("Add tags")},
        {tr("N"), tr("Add a comment")},
        {tr("S"), tr("Show or hide the summary and manage panel")},
        {tr("Alt+1, Alt+2, Alt+3"), tr("Attack story, Alerts, Assets")},
        {tr("Esc"), tr("Attack story: let go of the selected node")},
        {tr("Ctrl+W"), tr("Close this page")},
        {tr("?"), tr("This list")},
        {QString(), tr("In the Alerts tab the letters act on the alerts, as in the alert queue.")}};
    table->setColumnCount(2);
    table->setRowCount(int(rows.size()));
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(560, 380);
    dialog->show();
}

} // namespace wf::ui
