// MainWindow: layout, actions, session wiring, status bar and banner logic.
#include "mainwindow.h"

#include "common/secretstore.h"
#include "connectors/connectorsarea.h"
#include "connectors/tenantpages.h"
#include "errorbanner.h"
#include "hunting/huntingpage.h"
#include "incident/incidentpage.h"
#include "incident/investigationarea.h"
#include "rules/rulespage.h"
#include "queue/queuepages.h"
#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace wf::ui {

using session::Profile;
using session::Session;

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    buildUi();
    retranslate();
    rebuildPages();
    updatePrincipal();
    updateSyncStatus();
    updatePending();
}

MainWindow::~MainWindow()
{
    // Pages first: they hold pointers into the session.
    while (m_stack->count() > 0) {
        QWidget *w = m_stack->widget(0);
        m_stack->removeWidget(w);
        delete w;
    }
    delete m_sessionContext;
    m_sessionContext = nullptr;
    m_session.reset();
}

// ---- building

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_banner = new ErrorBanner(central);
    outer->addWidget(m_banner);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::retry);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    // A side rail in the palette's Window role, a shade off the tables' Base: right on
    // light and dark palettes alike.
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setFixedWidth(168);
    // One entry per Page, in the same order as the stack.
    for (int i = 0; i < int(Page::Count); ++i) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setSizeHint(QSize(0, 32));
    }
    body->addWidget(m_navigation);
    auto *rule = new QFrame(central);
    rule->setObjectName(QStringLiteral("navigationRule"));
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    body->addWidget(rule);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pages"));
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_stack->count())
            m_stack->setCurrentIndex(row);
        for (int i = 0; i < m_pageActions.size(); ++i)
            m_pageActions[i]->setChecked(i == row);
        if (row >= int(Page::Hunting) && row != int(Page::Investigations))
            ensureSetupRead();
    });

    // Actions and menus.
    m_connectAction = new QAction(this);
    m_connectAction->setObjectName(QStringLiteral("actionConnect"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::openConnectDialog);
    m_syncAction = new QAction(this);
    m_syncAction->setObjectName(QStringLiteral("actionSyncNow"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncNow);
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    static const char *const actionNames[] = {"actionShowIncidents", "actionShowAlerts", "actionShowHunting",
                                              "actionShowConnectors", "actionShowRules", "actionShowSettings",
                                              "actionShowInvestigations"};
    static_assert(std::size(actionNames) == size_t(Page::Count));
    for (int i = 0; i < int(Page::Count); ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1StringView(actionNames[i]));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        m_pageActions << action;
    }

    menuBar()->setObjectName(QStringLiteral("menuBar"));
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addAction(m_syncAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addActions(m_pageActions);

    // Status bar: who and where on the left; sync state and pending edits on the right.
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    m_principalLabel = new QLabel(bar);
    m_principalLabel->setObjectName(QStringLiteral("principalLabel"));
    m_principalLabel->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(m_principalLabel, 1);
    m_pendingLabel = new QLabel(bar);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_pendingLabel->setContentsMargins(6, 0, 6, 0);
    bar->addPermanentWidget(m_pendingLabel);
    m_syncProgress = new QProgressBar(bar);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setTextVisible(false);
    m_syncProgress->setFixedWidth(140);
    m_syncProgress->setMaximumHeight(14);
    m_syncProgress->hide();
    bar->addPermanentWidget(m_syncProgress);
    m_syncLabel = new QLabel(bar);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_syncLabel->setContentsMargins(6, 0, 6, 0);
    bar->addPermanentWidget(m_syncLabel);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_connectAction->setText(tr("&Connect…"));
    m_connectAction->setStatusTip(tr("Choose a connection profile and who signs in"));
    m_syncAction->setText(tr("&Sync Now"));
    m_syncAction->setStatusTip(tr("Fetch what changed on the server"));
    m_quitAction->setText(tr("&Quit"));
    const QString actionTexts[] = {tr("&Incidents"), tr("&Alerts"), tr("&Hunting"), tr("C&onnectors"), tr("&Rules"),
                                   tr("S&ettings"), tr("In&vestigations")};
    const InvestigationArea *area = investigations();
    const int open = area ? area->count() : 0;
    const QString pageNames[] = {tr("Incidents"), tr("Alerts"), tr("Hunting"), tr("Connectors"), tr("Rules"),
                                 tr("Settings"),
                                 open ? tr("Investigations (%1)").arg(open) : tr("Investigations")};
    for (int i = 0; i < int(Page::Count); ++i) {
        m_pageActions[i]->setText(actionTexts[i]);
        m_navigation->item(i)->setText(pageNames[i]);
    }
    m_navigation->setAccessibleName(tr("Pages"));
    m_syncProgress->setAccessibleName(tr("Sync progress"));
    for (auto *placeholder : m_stack->findChildren<QLabel *>(
             QStringLiteral("notConnectedPage"), Qt::FindDirectChildrenOnly))
        placeholder->setText(notConnectedText());
    updatePrincipal();
    updateSyncStatus();
    updatePending();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QString MainWindow::notConnectedText()
{
    return tr("Not connected. Choose File › Connect… to sign in.");
}

QWidget *MainWindow::placeholderPage()
{
    auto *label = new QLabel(notConnectedText());
    label->setObjectName(QStringLiteral("notConnectedPage"));
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void MainWindow::rebuildPages()
{
    const int current = qMax(0, m_navigation->currentRow());
    while (m_stack->count() > 0) {
        QWidget *w = m_stack->widget(0);
        m_stack->removeWidget(w);
        delete w;
    }
    if (m_session) {
        QWidget *incidents = createIncidentQueuePage(m_session.get(), m_stack);
        QWidget *alerts = createAlertQueuePage(m_session.get(), m_stack);
        m_stack->addWidget(incidents);
        m_stack->addWidget(alerts);
        for (QWidget *w : {incidents, alerts}) {
            auto *page = qobject_cast<QueuePage *>(w);
            if (!page)
                continue;
            connect(page, &QueuePage::statusMessage, this,
                    [this](const QString &text) { statusBar()->showMessage(text, 10000); });
            // Enter on an incident, "Open incident" on an alert: the incident's own page.
            connect(page, &QueuePage::openIncidentRequested, this, &MainWindow::openIncident);
            connect(page, &QueuePage::incidentActivated, this, &MainWindow::openIncident);
        }
        auto *hunting = qobject_cast<HuntingPage *>(createHuntingPage(m_session.get(), m_session->queries(), m_stack));
        m_stack->addWidget(hunting);
        connect(hunting, &HuntingPage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        auto *connectors = new ConnectorsArea(m_session.get(), m_stack);
        m_stack->addWidget(connectors);
        // Next steps: a sample query opens in the hunting view and runs.
        connect(connectors, &ConnectorsArea::queryRequested, this, &MainWindow::runQuery);
        auto *rules = qobject_cast<RulesPage *>(createRulesPage(m_session.get(), m_stack));
        m_stack->addWidget(rules);
        connect(connectors, &ConnectorsArea::rulesRequested, this, [this] { showPage(Page::Rules); });
        connect(rules, &RulesPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        // The connector pages' "Create incidents" and the doctor read the same rules.
        connect(rules, &RulesPage::incidentCreationRulesChanged, m_session->setup(), &integration::SetupService::refresh);
        // Write controls follow the principal's permissions, as on the connector pages.
        auto gateRules = [setup = m_session->setup(), rules] {
            const integration::Gate workspace = setup->mayWriteRules();
            const integration::Gate tuning = setup->mayWriteTuningRules();
            rules->setWriteAccess(workspace.allowed, workspace.why, tuning.allowed, tuning.why);
        };
        connect(m_session->setup(), &integration::SetupService::loaded, rules, gateRules);
        gateRules();
        auto *settings = new XdrSettingsPage(m_session.get(), m_stack);
        connect(settings, &XdrSettingsPage::connectRequested, this, &MainWindow::openConnectDialog);
        m_stack->addWidget(settings);
        auto *area = new InvestigationArea(m_session.get(), m_stack);
        m_stack->addWidget(area);
        connect(area, &InvestigationArea::shown, this, [this] { showPage(Page::Investigations); });
        connect(area, &InvestigationArea::countChanged, this, &MainWindow::retranslate);
        connect(area, &InvestigationArea::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    } else {
        for (int i = 0; i < int(Page::Count); ++i)
            m_stack->addWidget(placeholderPage());
    }
    m_navigation->setCurrentRow(current);
    m_stack->setCurrentIndex(current);
}

// ---- pages

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::ensureSetupRead()
{
    // The set-up is read when a page that shows it is first opened.
    if (!m_session)
        return;
    integration::SetupService *setup = m_session->setup();
    if (!setup->hasLoaded() && !setup->isLoading())
        setup->refresh();
}

void MainWindow::runQuery(const QString &kql)
{
    auto *hunting = qobject_cast<HuntingPage *>(page(Page::Hunting));
    if (!hunting)
        return;
    showPage(Page::Hunting);
    ensureSetupRead();
    integration::SetupService *setup = m_session->setup();
    if (!m_session->queries()->workspaceId().isEmpty() || (setup->hasLoaded() && !setup->isLoading())) {
        hunting->openQuery(kql, integration::QueryApi::Workspace);
        return;
    }
    // Once: the next time the set-up has been read.
    auto *once = new QObject(hunting);
    connect(setup, &integration::SetupService::loaded, once, [hunting, kql, once] {
        hunting->openQuery(kql, integration::QueryApi::Workspace);
        once->deleteLater();
    });
}

namespace {
// "incident[/<id>][/story|alerts|assets]": captured 1 the id, 2 the tab.
QRegularExpressionMatch matchIncidentPage(const QString &name)
{
    static const QRegularExpression incident(
        QStringLiteral("^incident(?:/([0-9]+))?(?:/(story|alerts|assets))?$"));
    return incident.match(name);
}
} // namespace

bool MainWindow::isPageName(const QString &name)
{
    return pageNames().contains(name) || matchIncidentPage(name).hasMatch();
}

InvestigationArea *MainWindow::investigations() const
{
    return qobject_cast<InvestigationArea *>(page(Page::Investigations));
}

IncidentPage *MainWindow::openIncident(qint64 incidentId)
{
    InvestigationArea *area = investigations();
    return area ? area->openIncident(incidentId) : nullptr;
}

qint64 MainWindow::showcaseIncident() const
{
    if (!m_session)
        return 0;
    const store::IncidentTable &t = m_session->store()->incidents();
    int best = -1;
    auto rank = [&t](int r) {
        // Enough alerts to tell a story, few enough to read on one screen.
        return std::tuple(qPopulationCount(t.clouds[r]), -qAbs(t.alertCount[r] - 7), t.lastUpdate[r]);
    };
    for (int r = 0; r < t.size(); ++r) {
        if (best < 0 || rank(r) > rank(best))
            best = r;
    }
    return best < 0 ? 0 : t.id[best];
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("incidents"), QStringLiteral("alerts"), QStringLiteral("hunting"), QStringLiteral("connectors"),
            QStringLiteral("connectors/legacy"), QStringLiteral("connectors/tenant"), QStringLiteral("connectors/xdr"),
            QStringLiteral("rules"), QStringLiteral("rules/automation"), QStringLiteral("rules/tuning"),
            QStringLiteral("settings"), QStringLiteral("investigations"), QStringLiteral("incident")};
}

bool MainWindow::showPageNamed(const QString &name)
{
    const QString top = name.section(u'/', 0, 0);
    const QString sub = name.section(u'/', 1);
    if (const QRegularExpressionMatch m = matchIncidentPage(name); m.hasMatch()) {
        const qint64 id = m.hasCaptured(1) ? m.captured(1).toLongLong() : showcaseIncident();
        static const QHash<QString, IncidentPage::Tab> tabs{{QStringLiteral("story"), IncidentPage::StoryTab},
                                                            {QStringLiteral("alerts"), IncidentPage::AlertsTab},
                                                            {QStringLiteral("assets"), IncidentPage::AssetsTab_}};
        IncidentPage *incident = id > 0 ? openIncident(id) : nullptr;
        if (!incident)
            return false;
        incident->showTab(tabs.value(m.captured(2), IncidentPage::StoryTab));
        return true;
    }
    static const QHash<QString, Page> pages{{QStringLiteral("incidents"), Page::Incidents},
                                            {QStringLiteral("alerts"), Page::Alerts},
                                            {QStringLiteral("hunting"), Page::Hunting},
                                            {QStringLiteral("connectors"), Page::Connectors},
                                            {QStringLiteral("rules"), Page::Rules},
                                            {QStringLiteral("settings"), Page::Settings},
                                            {QStringLiteral("investigations"), Page::Investigations}};
    if (!pages.contains(top) || !pageNames().contains(name))
        return false;
    showPage(pages.value(top));
    if (pages.value(top) >= Page::Hunting)
        ensureSetupRead();
    if (auto *area = qobject_cast<ConnectorsArea *>(page(Page::Connectors))) {
        static const QHash<QString, ConnectorsArea::Page> subs{
            {QString(), ConnectorsArea::Page::Overview},
            {QStringLiteral("legacy"), ConnectorsArea::Page::Legacy},
            {QStringLiteral("tenant"), ConnectorsArea::Page::TenantBased},
            {QStringLiteral("xdr"), ConnectorsArea::Page::XdrIncidents}};
        if (top == QLatin1StringView("connectors"))
            area->showPage(subs.value(sub));
    }
    if (auto *rules = qobject_cast<RulesPage *>(page(Page::Rules)); rules && top == QLatin1StringView("rules")) {
        rules->showTab(sub == QLatin1StringView("automation") ? RulesPage::AutomationTab
                       : sub == QLatin1StringView("tuning")   ? RulesPage::TuningTab
                                                              : RulesPage::AnalyticsTab);
    }
    return true;
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qMax(0, m_stack->currentIndex()));
}

QWidget *MainWindow::page(Page page) const
{
    return m_stack->widget(int(page));
}

// ---- session

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    // Order matters: the old pages hold pointers into the old session, and the old
    // session's last signals (cancelled calls) must not reach this window.
    while (m_stack->count() > 0) {
        QWidget *w = m_stack->widget(0);
        m_stack->removeWidget(w);
        delete w;
    }
    delete m_sessionContext;
    m_sessionContext = nullptr;
    m_session = std::move(session);
    m_progressDone = 0;
    m_progressExpected = -1;
    m_banner->hide();
    rebuildPages();
    connectSession();
    updatePrincipal();
    updateSyncStatus();
    updatePending();
    Q_EMIT sessionChanged(m_session.get());
}

void MainWindow::connectSession()
{
    if (!m_session)
        return;
    m_sessionContext = new QObject(this);
    QObject *ctx = m_sessionContext;
    if (store::SyncService *sync = m_session->sync()) {
        connect(sync, &store::SyncService::stateChanged, ctx, [this](store::SyncService::State s) {
            if (s == store::SyncService::State::Syncing) {
                m_progressDone = 0;
                m_progressExpected = -1;
            }
            updateSyncStatus();
        });
        connect(sync, &store::SyncService::progress, ctx, [this](qint64 done, qint64 expected) {
            m_progressDone = done;
            m_progressExpected = expected;
            updateSyncStatus();
        });
        connect(sync, &store::SyncService::synced, ctx, [this] {
            m_banner->hide();
            updateSyncStatus();
        });
        connect(sync, &store::SyncService::failed, ctx,
            [this](const net::ApiError &error) { onSyncFailed(error); });
    }
    // Every refresh brings a new refresh token: the keyring keeps the newest, so the next
    // start needs nobody. A refused one is worth nothing and goes.
    if (m_session->profile().useDeviceCode) {
        connect(m_session->gateway()->tokens(), &net::TokenProvider::refreshTokenChanged, ctx,
            [key = m_session->profile().secretKey()](const QString &token) {
                if (token.isEmpty())
                    SecretStore::remove(key);
                else
                    SecretStore::write(key, token, nullptr, [](const SecretStore::Result &) {});
            });
    }
    connect(
        m_session->gateway(), &net::RestGateway::failed, ctx, [this](const net::ApiError &error) {
            if (error.kind != net::ApiError::Kind::Cancelled)
                showError(error.sentence());
        });
    if (store::EditService *edits = m_session->edits()) {
        connect(edits, &store::EditService::pendingChanged, ctx, [this] { updatePending(); });
        connect(edits, &store::EditService::offline, ctx,
            [this](const QString &sentence) { showError(sentence); });
        connect(
            edits, &store::EditService::editFailed, ctx, [this](const store::PendingEdit &edit) {
                statusBar()->showMessage(
                    tr("The server refused a change: %1").arg(edit.error), 15000);
                updatePending();
            });
    }
    // The store fills from the cache before any signal: the stale hint depends on it.
    connect(m_session->store(), &store::QueueStore::changed, ctx, [this] {
        if (m_session && m_session->sync() && m_session->sync()->isStale())
            updateSyncStatus();
    });
}

bool MainWindow::openProfile(const Profile &profile, const QString &secret, QString *error)
{
    auto next = std::make_unique<Session>(profile, secret, m_cacheDir);
    QString why;
    if (!next->start(&why)) {
        const QString sentence = tr("Cannot open the local cache in %1: %2").arg(m_cacheDir, why);
        showError(sentence);
        if (error)
            *error = sentence;
        return false;
    }
    setSession(std::move(next));
    return true;
}

void MainWindow::openConnectDialog()
{
    openConnectDialogFor(m_session ? m_session->profile().id : QString());
}

void MainWindow::openConnectDialogFor(const QString &profileId)
{
    ConnectDialog::ask(this, m_embedded, profileId,
        [this](const ConnectChoice &choice) { onConnectChosen(choice); });
}

void MainWindow::onConnectChosen(const ConnectChoice &choice)
{
    if (!openProfile(choice.profile, choice.secret))
        return;
    if (!choice.note.isEmpty())
        statusBar()->showMessage(choice.note, 20000);
}

void MainWindow::syncNow()
{
    if (m_session && m_session->sync())
        m_session->sync()->syncNow();
}

void MainWindow::retry()
{
    if (!m_session)
        return;
    if (m_session->sync())
        m_session->sync()->syncNow();
    if (m_session->edits())
        m_session->edits()->replay();
}

void MainWindow::showError(const QString &sentence)
{
    m_banner->showMessage(sentence);
    m_banner->setRetryEnabled(m_session && m_session->sync()
        && m_session->sync()->state() != store::SyncService::State::Syncing);
}

void MainWindow::onSyncFailed(const net::ApiError &error)
{
    if (error.kind != net::ApiError::Kind::Cancelled)
        showError(error.sentence());
    updateSyncStatus();
}

// ---- status bar

QString MainWindow::syncStatusText() const
{
    return m_syncLabel->text();
}

void MainWindow::updatePrincipal()
{
    if (!m_session) {
        m_principalLabel->setText(tr("Not signed in"));
        setWindowTitle(tr("Watchfloor"));
        return;
    }
    const Profile &p = m_session->profile();
    QString place = p.name;
    if (p.kind == Profile::Kind::EmbeddedDemo)
        place = m_embedded.tenantName.isEmpty()
            ? tr("Embedded demo tenant")
            : tr("Embedded demo tenant: %1").arg(m_embedded.tenantName);
    m_principalLabel->setText(tr("Signed in as %1 · %2").arg(m_session->signedInAs(), place));
    setWindowTitle(tr("%1 — Watchfloor").arg(place));
}

void MainWindow::updateSyncStatus()
{
    store::SyncService *sync = m_session ? m_session->sync() : nullptr;
    if (!sync) {
        m_syncLabel->setText(tr("Not connected"));
        m_syncProgress->hide();
        m_syncAction->setEnabled(false);
        return;
    }
    m_syncAction->setEnabled(true);
    const QLocale locale;
    const store::QueueStore *store = m_session->store();
    const bool hasRows = store->incidents().size() + store->alerts().size() > 0;
    const bool stale = sync->isStale();
    // Hours and minutes are enough for a glance (the C locale's short format has seconds).
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1StringView(":ss"));
    const QString when
        = locale.toString(QDateTime::fromMSecsSinceEpoch(sync->lastSyncMs()).time(), timeFormat);
    QString text;
    const bool syncing = sync->state() == store::SyncService::State::Syncing;
    if (syncing) {
        if (m_progressExpected > 0)
            text = tr("Syncing… %1 of %2")
                       .arg(locale.toString(m_progressDone), locale.toString(m_progressExpected));
        else if (m_progressDone > 0)
            text = tr("Syncing… %1").arg(locale.toString(m_progressDone));
        else
            text = tr("Syncing…");
        if (stale && hasRows)
            text = tr("Showing cached data (stale) · %1").arg(text);
        if (m_progressExpected > 0) {
            const int max = int(qMin<qint64>(m_progressExpected, INT_MAX));
            m_syncProgress->setRange(0, max);
            m_syncProgress->setValue(int(qMin<qint64>(m_progressDone, max)));
        } else {
            m_syncProgress->setRange(0, 0); // busy
        }
    } else if (stale) {
        text = hasRows ? tr("Showing cached data (stale)") : tr("Not synced yet");
    } else if (sync->state() == store::SyncService::State::Failed) {
        text = tr("Sync failed · last up to date %1").arg(when);
    } else {
        text = tr("Up to date · %1").arg(when);
    }
    m_syncProgress->setVisible(syncing);
    m_syncLabel->setText(text);
    m_banner->setRetryEnabled(!syncing);
}

void MainWindow::updatePending()
{
    const int n = m_session && m_session->edits() ? m_session->edits()->pendingCount() : 0;
    // Two sentences rather than "%n change(s)": English has no .ts of its own to pluralise.
    m_pendingLabel->setText(n == 1
            ? tr("1 change waiting for the server")
            : tr("%1 changes waiting for the server").arg(QLocale().toString(n)));
    m_pendingLabel->setVisible(n > 0);
}

// ---- geometry

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());
    showPage(Page(qBound(0, settings.value(kPageKey, 0).toInt(), m_stack->count() - 1)));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, int(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace wf::ui
