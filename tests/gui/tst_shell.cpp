// The shell against the real watchfloor-server, in-process on a loopback port: sync state,
// the error banner when the server goes away mid-sync and its recovery, cached data before
// the network answers, switching principal and profile through the Connect dialog's seam,
// a device code sign-in shown in the dialog and approved on the server's page, secrets kept
// out of every file, palette and language changes.
#include "common/secretstore.h"
#include "markingtranslator.h"
#include "palettes.h"
#include "serverhost.h"
#include "session/profile.h"
#include "session/session.h"
#include "shell/connectdialog.h"
#include "shell/devicecodepanel.h"
#include "shell/errorbanner.h"
#include "shell/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace wf;
using ui::MainWindow;

namespace {

constexpr int kSyncTimeoutMs = 60000;
const QSize kWindowSize(1280, 800);

ui::EmbeddedTenant tenantOf(const server::ServerInfo &info)
{
    ui::EmbeddedTenant t;
    t.baseUrl = QUrl(info.baseUrl);
    t.tenantId = info.tenantId;
    t.tenantName = info.tenantName;
    t.domain = info.domain;
    for (const auto &c : info.credentials)
        t.principals.append({c.login, c.secret, c.roles, c.description});
    return t;
}

// The offscreen platform warns about every top-level window it cannot size-hint; noise.
QtMessageHandler s_previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"does not support propagateSizeHints"))
        return;
    s_previousHandler(type, context, message);
}

// The files below `dir` that hold `secret`, besides the server's own database; `scanned`
// counts the files read.
QStringList filesHolding(const QString &dir, const QString &secret, int *scanned)
{
    QStringList holding;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.fileName().endsWith(u".db") || f.fileName().endsWith(u".db-wal")
            || f.fileName().endsWith(u".db-shm"))
            continue;
        if (!f.open(QIODevice::ReadOnly) || f.readAll().contains(secret.toUtf8()))
            holding << f.fileName();
        ++*scanned;
    }
    return holding;
}

bool upToDate(MainWindow *w)
{
    session::Session *s = w->session();
    return s && s->sync() && !s->sync()->isStale()
        && s->sync()->state() == store::SyncService::State::Idle;
}

} // namespace

class ShellTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void opensAndSyncs();
    void serverStoppedMidSync();
    void cachedDataBeforeNetworkThenSwitchBack();
    void switchPrincipalThroughConnectSeam();
    void remoteProfileSecretStaysInMemory();
    void connectDialogValidates();
    void deviceCodeSignInThroughDialog();
    void keyringFailureKeepsSecretInMemory();
    void bannerFollowsPalette();
    void retranslates();

private:
    std::unique_ptr<MainWindow> window(const QString &cacheName);
    session::Profile profile(const QString &user, QString *secret) const;
    bool restartServer(QString *error);

    QTemporaryDir m_dir;
    server::ServerConfig m_config;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    ui::EmbeddedTenant m_tenant;
    int m_caches = 0;
};

void ShellTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    s_previousHandler = qInstallMessageHandler(quietHandler);
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    // Settings in the test's own folder, and no test ever touches a real keyring.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    ui::SecretStore::setKeyringDisabled(true);

    m_config.dbPath = m_dir.filePath(u"tenant.db"_s);
    m_config.port = 0;
    m_config.demo = true;
    m_config.demoOptions.alerts = 1500;
    m_config.deviceFlow.intervalSecs = 1; // device code polls a second apart, not five
    QVERIFY(Timestamp::parse(u"2026-11-20T00:00:00Z", &m_config.demoOptions.end));
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(m_config, &error), qPrintable(error));
    m_info = m_host->info();
    m_tenant = tenantOf(m_info);
    QVERIFY(m_info.incidents > 50); // more than one page: a sync has a middle
    QVERIFY(m_tenant.principal(m_tenant.defaultLogin()));
}

void ShellTest::cleanupTestCase()
{
    m_host.reset();
}

void ShellTest::cleanup()
{
    ui::ConnectDialog::setNextAnswer({});
    QApplication::setPalette(QApplication::style()->standardPalette());
}

std::unique_ptr<MainWindow> ShellTest::window(const QString &cacheName)
{
    auto w = std::make_unique<MainWindow>();
    w->setCacheDir(m_dir.filePath(cacheName));
    w->setEmbeddedTenant(m_tenant);
    w->resize(kWindowSize);
    w->show();
    return w;
}

session::Profile ShellTest::profile(const QString &user, QString *secret) const
{
    return m_tenant.profileFor(user + u'@' + m_info.domain, secret);
}

bool ShellTest::restartServer(QString *error)
{
    // Same database; the same port if it is still free, else a new one (the caller then
    // points the session at it).
    m_config.port = m_info.port;
    m_host = std::make_unique<server::ServerHost>();
    if (!m_host->start(m_config, error)) {
        m_config.port = 0;
        if (!m_host->start(m_config, error))
            return false;
    }
    m_info = m_host->info();
    m_tenant = tenantOf(m_info);
    return true;
}

// ---- tests

void ShellTest::opensAndSyncs()
{
    auto w = window(u"cache-opens"_s);
    QCOMPARE(w->syncStatusText(), u"Not connected"_s);
    QCOMPARE(w->page(MainWindow::Page::Incidents)->objectName(), u"notConnectedPage"_s);

    QString secret;
    QVERIFY(w->openProfile(profile(u"analyst"_s, &secret), secret));
    QVERIFY(w->session());
    QCOMPARE(w->session()->signedInAs(), m_tenant.defaultLogin());
    QTRY_VERIFY_WITH_TIMEOUT(upToDate(w.get()), kSyncTimeoutMs);
    QVERIFY2(w->syncStatusText().startsWith(u"Up to date · "), qPrintable(w->syncStatusText()));
    QVERIFY(!w->errorBanner()->isVisible());
    QVERIFY(!w->findChild<QProgressBar *>(u"syncProgress"_s)->isVisible());
    QVERIFY(!w->findChild<QLabel *>(u"pendingLabel"_s)->isVisible());
    QCOMPARE(w->session()->store()->alerts().size(), int(m_info.alerts));
    const QString principal = w->findChild<QLabel *>(u"principalLabel"_s)->text();
    QVERIFY2(principal.contains(m_tenant.defaultLogin()), qPrintable(principal));
    QVERIFY(w->windowTitle().contains(u"Watchfloor"));

    // Pages come from the queue part, one per navigation entry.
    QVERIFY(w->page(MainWindow::Page::Incidents));
    QVERIFY(w->page(MainWindow::Page::Alerts));
    QVERIFY(w->page(MainWindow::Page::Incidents)->objectName() != u"notConnectedPage"_s);
    QCOMPARE(w->currentPage(), MainWindow::Page::Incidents);
    auto *showAlerts = w->findChild<QAction *>(u"actionShowAlerts"_s);
    QVERIFY(showAlerts);
    showAlerts->trigger();
    QCOMPARE(w->currentPage(), MainWindow::Page::Alerts);
    QCOMPARE(w->findChild<QListWidget *>(u"navigation"_s)->currentRow(), 1);
    w->findChild<QListWidget *>(u"navigation"_s)->setCurrentRow(0);
    QCOMPARE(w->currentPage(), MainWindow::Page::Incidents);

    // Shortcuts the brief names.
    QCOMPARE(w->findChild<QAction *>(u"actionConnect"_s)->shortcut(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QCOMPARE(w->findChild<QAction *>(u"actionSyncNow"_s)->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(w->findChild<QAction *>(u"actionQuit"_s));

    // F5: another sync, a delta one, ends up to date again.
    w->findChild<QAction *>(u"actionSyncNow"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(upToDate(w.get()), kSyncTimeoutMs);

    // Every interactive widget of the shell (the pages are the queue part's) has a name.
    QWidget *pages = w->findChild<QStackedWidget *>(u"pages"_s);
    for (QWidget *child : w->findChildren<QWidget *>()) {
        bool inPages = false; // popups of the pages are windows of their own: walk up
        for (QWidget *p = child; p && !inPages; p = p->parentWidget())
            inPages = p == pages;
        if (inPages)
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(child)
            || qobject_cast<QComboBox *>(child) || qobject_cast<QLineEdit *>(child)
            || qobject_cast<QAbstractItemView *>(child) || qobject_cast<QProgressBar *>(child);
        if (!interactive || qobject_cast<QAbstractItemView *>(child->parentWidget()))
            continue;
        QString path;
        for (QWidget *p = child; p; p = p->parentWidget())
            path += u" < "_s + QLatin1StringView(p->metaObject()->className()) + u'#'
                + p->objectName();
        QVERIFY2(!child->objectName().isEmpty(), qPrintable(path));
    }

    // Geometry and state survive in QSettings.
    w->saveWindowState();
    QVERIFY(!QSettings().value(u"mainWindow/geometry"_s).toByteArray().isEmpty());
}

void ShellTest::serverStoppedMidSync()
{
    auto w = window(u"cache-stopped"_s); // an empty cache: a full sync, many pages
    QString secret;
    const session::Profile p = profile(u"analyst"_s, &secret);
    auto s = std::make_unique<session::Session>(p, secret, w->cacheDir());
    // The server goes away as soon as the first page is in: the rest of the walk fails.
    bool stopped = false;
    QObject guard;
    session::Session *raw = s.get();
    QString error;
    QVERIFY2(s->start(&error), qPrintable(error));
    connect(raw->sync(), &store::SyncService::progress, &guard, [&] {
        if (!stopped) {
            stopped = true;
            m_host->stop();
        }
    });
    w->setSession(std::move(s));
    QCOMPARE(w->session(), raw);

    QTRY_VERIFY_WITH_TIMEOUT(stopped, kSyncTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(w->errorBanner()->isVisible(), kSyncTimeoutMs);
    QVERIFY2(w->errorBanner()->message().startsWith(u"Cannot reach the server"),
        qPrintable(w->errorBanner()->message()));
    QTRY_COMPARE_WITH_TIMEOUT(
        raw->sync()->state(), store::SyncService::State::Failed, kSyncTimeoutMs);
    QVERIFY(raw->sync()->isStale());
    QVERIFY2(w->syncStatusText().contains(u"stale") || w->syncStatusText() == u"Not synced yet"_s,
        qPrintable(w->syncStatusText()));
    QVERIFY(!w->findChild<QProgressBar *>(u"syncProgress"_s)->isVisible());
    auto *retry = w->findChild<QAbstractButton *>(u"errorBannerRetry"_s);
    QVERIFY(retry && retry->isEnabled());

    // The server comes back on the same database; Retry resumes the sync, the banner goes.
    QVERIFY2(restartServer(&error), qPrintable(error));
    if (QUrl(m_info.baseUrl) != QUrl(p.authority)) {
        // The old port was taken meanwhile: point the session at the new address.
        QVERIFY(w->openProfile(profile(u"analyst"_s, &secret), secret));
    }
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(upToDate(w.get()), kSyncTimeoutMs);
    QTRY_VERIFY(!w->errorBanner()->isVisible());
    QVERIFY2(w->syncStatusText().startsWith(u"Up to date"), qPrintable(w->syncStatusText()));
    QCOMPARE(w->session()->store()->alerts().size(), int(m_info.alerts));
}

void ShellTest::cachedDataBeforeNetworkThenSwitchBack()
{
    QString secret;
    {
        auto first = window(u"cache-restart"_s);
        QVERIFY(first->openProfile(profile(u"analyst"_s, &secret), secret));
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(first.get()), kSyncTimeoutMs);
    }
    // A port where nothing listens stands for a server that is down.
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        deadPort = probe.serverPort();
    }
    session::Profile down = profile(u"analyst"_s, &secret);
    const QString deadBase = u"http://127.0.0.1:%1"_s.arg(deadPort);
    down.authority = QUrl(deadBase);
    down.graphBase = QUrl(deadBase + u"/v1.0"_s);

    auto w = window(u"cache-restart"_s);
    QVERIFY(w->openProfile(down, secret));
    // The cache is on screen before the network answered.
    QVERIFY(w->session()->store()->incidents().size() > 0);
    QCOMPARE(w->session()->store()->alerts().size(), int(m_info.alerts));
    QVERIFY2(w->syncStatusText().startsWith(u"Showing cached data (stale)"),
        qPrintable(w->syncStatusText()));
    QTRY_VERIFY_WITH_TIMEOUT(w->errorBanner()->isVisible(), kSyncTimeoutMs);
    QVERIFY2(w->errorBanner()->message().startsWith(u"Cannot reach the server"),
        qPrintable(w->errorBanner()->message()));
    QTRY_VERIFY_WITH_TIMEOUT(
        w->session()->sync()->state() == store::SyncService::State::Failed, kSyncTimeoutMs);
    QCOMPARE(w->syncStatusText(), u"Showing cached data (stale)"_s);

    // Switching back to the live server: the sync resumes from the cache, the banner goes.
    QVERIFY(w->openProfile(profile(u"analyst"_s, &secret), secret));
    QTRY_VERIFY_WITH_TIMEOUT(upToDate(w.get()), kSyncTimeoutMs);
    QTRY_VERIFY(!w->errorBanner()->isVisible());
}

void ShellTest::switchPrincipalThroughConnectSeam()
{
    auto w = window(u"cache-switch"_s);
    QString secret;
    QVERIFY(w->openProfile(profile(u"analyst"_s, &secret), secret));
    QTRY_VERIFY_WITH_TIMEOUT(upToDate(w.get()), kSyncTimeoutMs);
    QPointer<session::Session> before = w->session();
    QPointer<QWidget> oldPage = w->page(MainWindow::Page::Incidents);
    w->showPage(MainWindow::Page::Alerts);

    const QString reader = u"reader@"_s + m_info.domain;
    QStringList listed;
    QString shownProfile;
    ui::ConnectDialog::setNextAnswer([&](ui::ConnectDialog &d) {
        listed = d.principalLogins();
        shownProfile = d.currentProfileId();
        d.selectPrincipal(reader);
        return int(QDialog::Accepted);
    });
    w->findChild<QAction *>(u"actionConnect"_s)->trigger();
    QVERIFY(!ui::ConnectDialog::hasNextAnswer());
    QCOMPARE(shownProfile, session::Profile::embeddedDemo().id);
    QCOMPARE(listed.size(), m_info.credentials.size());
    QVERIFY(listed.contains(reader));

    QTRY_VERIFY(w->session() && w->session()->signedInAs() == reader);
    QVERIFY(before.isNull()); // the old session is gone: no restart, no leftovers
    QVERIFY(oldPage.isNull());
    QCOMPARE(w->currentPage(), MainWindow::Page::Alerts); // the page stays
    QTRY_VERIFY_WITH_TIMEOUT(upToDate(w.get()), kSyncTimeoutMs);
    QVERIFY(!w->errorBanner()->isVisible());
    QVERIFY(w->findChild<QLabel *>(u"principalLabel"_s)->text().contains(reader));

    // Remembered: the embedded profile signs in as the reader next time.
    QCOMPARE(session::ProfileStore::lastUsed(), session::Profile::embeddedDemo().id);
    bool remembered = false;
    for (const session::Profile &p : session::ProfileStore::load())
        remembered |= p.kind == session::Profile::Kind::EmbeddedDemo && p.username == reader;
    QVERIFY(remembered);

    // Cancel changes nothing.
    QPointer<session::Session> current = w->session();
    ui::ConnectDialog::setNextAnswer([](ui::ConnectDialog &) { return int(QDialog::Rejected); });
    w->openConnectDialog();
    QCOMPARE(w->session(), current.data());

    // An app sign-in (client credentials) from the same list works too.
    QString appId;
    for (const ui::DemoPrincipal &p : std::as_const(m_tenant.principals)) {
        if (p.isApp() && p.roles.contains(u"SecurityIncident.ReadWrite.All"))
            appId = p.login;
    }
    QVERIFY(!appId.isEmpty());
    ui::ConnectDialog::setNextAnswer([&](ui::ConnectDialog &d) {
        d.selectPrincipal(appId);
        return int(QDialog::Accepted);
    });
    w->openConnectDialog();
    QTRY_VERIFY(w->session() && w->session()->signedInAs() == appId);
    QVERIFY(w->session()->profile().useClientSecret);
    QTRY_VERIFY_WITH_TIMEOUT(upToDate(w.get()), kSyncTimeoutMs);
}

void ShellTest::remoteProfileSecretStaysInMemory()
{
    auto w = window(u"cache-remote"_s);
    const QString login = u"secadmin@"_s + m_info.domain;
    QString secret;
    m_tenant.profileFor(login, &secret);
    QVERIFY(!secret.isEmpty());

    QString profileId;
    ui::ConnectDialog::setNextAnswer([&](ui::ConnectDialog &d) {
        d.addProfile(session::Profile::Kind::RemoteServer);
        d.setRemote(m_info.baseUrl, login, secret);
        profileId = d.currentProfileId();
        return int(QDialog::Accepted);
    });
    w->openConnectDialog();
    QTRY_VERIFY(w->session() && w->session()->signedInAs() == login);
    const session::Profile &p = w->session()->profile();
    QCOMPARE(p.kind, session::Profile::Kind::RemoteServer);
    QCOMPARE(p.id, profileId);
    QCOMPARE(p.graphBase, QUrl(m_info.baseUrl + u"/v1.0"_s));
    QTRY_VERIFY_WITH_TIMEOUT(upToDate(w.get()), kSyncTimeoutMs);
    QVERIFY(!w->errorBanner()->isVisible());

    // No keyring here: the secret lives in memory, the user was told, and no file has it.
    QCOMPARE(ui::SecretStore::memorySecret(profileId + u'/' + login), secret);
    QVERIFY2(w->statusBar()->currentMessage().contains(u"kept in memory"),
        qPrintable(w->statusBar()->currentMessage()));
    QSettings().sync();
    int files = 0;
    QCOMPARE(filesHolding(m_dir.path(), secret, &files), QStringList());
    QVERIFY(files > 0);
    bool stored = false;
    for (const session::Profile &sp : session::ProfileStore::load())
        stored |= sp.id == profileId && sp.username == login;
    QVERIFY(stored);

    // Opening the dialog again finds the secret (memory this run) and says where it is.
    QString note;
    ui::ConnectDialog::setNextAnswer([&](ui::ConnectDialog &) { return int(QDialog::Rejected); });
    QPointer<ui::ConnectDialog> dialog(
        ui::ConnectDialog::ask(w.get(), m_tenant, profileId, [](const ui::ConnectChoice &) {}));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog.isNull()); // rejected and deleted, no modal loop anywhere
    auto *probe = new ui::ConnectDialog(m_tenant, profileId, w.get());
    QCOMPARE(probe->currentProfileId(), profileId);
    QTRY_VERIFY(!probe->secretNote().isEmpty());
    QVERIFY2(probe->secretNote().contains(u"memory"), qPrintable(probe->secretNote()));
    QCOMPARE(probe->findChild<QLineEdit *>(u"remoteSecretEdit"_s)->text(), secret);
    delete probe;
}

void ShellTest::connectDialogValidates()
{
    ui::ConnectDialog d(m_tenant, QString(), nullptr);
    d.addProfile(session::Profile::Kind::RemoteServer);
    d.setRemote(u"not a url at all"_s, QString(), QString());
    bool chose = false;
    connect(&d, &ui::ConnectDialog::chosen, this, [&] { chose = true; });
    d.accept();
    QVERIFY(!chose);
    QVERIFY2(d.errorText().contains(u"address"), qPrintable(d.errorText()));
    d.setRemote(m_info.baseUrl, QString(), QString());
    d.accept();
    QVERIFY2(d.errorText().contains(u"who signs in"), qPrintable(d.errorText()));
    d.setRemote(m_info.baseUrl, u"reader@"_s + m_info.domain, QString());
    d.accept();
    QVERIFY2(d.errorText().contains(u"password"), qPrintable(d.errorText()));

    d.addProfile(session::Profile::Kind::MicrosoftTenant);
    const session::Profile ms = d.currentProfile();
    QCOMPARE(ms.graphBase, QUrl(u"https://graph.microsoft.com/v1.0"_s));
    QCOMPARE(ms.authority, QUrl(u"https://login.microsoftonline.com"_s));
    QCOMPARE(ms.armBase, QUrl(u"https://management.azure.com"_s));
    QVERIFY(ms.useClientSecret);
    QVERIFY(!ms.etags);
    d.accept();
    QVERIFY(d.errorText().contains(u"tenant id"));
    QVERIFY(!chose);

    // Without an embedded tenant in this run, the demo profile cannot be chosen.
    ui::ConnectDialog none(ui::EmbeddedTenant(), session::Profile::embeddedDemo().id, nullptr);
    QVERIFY(!none.findChild<QAbstractButton *>(u"connectButton"_s)->isEnabled());
}

// The Microsoft tenant profile with a device code, pointed at our server: the dialog shows
// the code and where to enter it, the "browser" approves it on the server's page, and the
// session opens as that user with the refresh token kept (in memory here, never in a file).
void ShellTest::deviceCodeSignInThroughDialog()
{
    auto w = window(u"cache-devicecode"_s);
    QString appId;
    for (const ui::DemoPrincipal &p : std::as_const(m_tenant.principals)) {
        if (p.isApp() && p.roles.contains(u"SecurityIncident.ReadWrite.All"))
            appId = p.login;
    }
    QVERIFY(!appId.isEmpty());
    auto fill = [&](ui::ConnectDialog &d) {
        d.addProfile(session::Profile::Kind::MicrosoftTenant);
        d.findChild<QLineEdit *>(u"authorityEdit"_s)->setText(m_info.baseUrl);
        d.findChild<QLineEdit *>(u"graphBaseEdit"_s)->setText(m_info.baseUrl + u"/v1.0"_s);
        d.findChild<QLineEdit *>(u"armBaseEdit"_s)->setText(m_info.baseUrl);
        d.setTenant(m_info.tenantId, appId, QString());
        d.setTenantDeviceCode(true);
    };

    // Cancelled from the panel: the dialog stays, usable, and says so.
    {
        ui::ConnectDialog d(m_tenant, QString(), w.get());
        fill(d);
        d.show();
        QVERIFY(!d.findChild<QLineEdit *>(u"clientSecretEdit"_s)->isVisible());
        d.accept();
        QVERIFY(d.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(d.deviceCodePanel()->userCode().size(), 9, kSyncTimeoutMs);
        QVERIFY(d.deviceCodePanel()->isVisible());
        d.findChild<QAbstractButton *>(u"cancelSignInButton"_s)->click();
        QVERIFY(!d.isBusy());
        QCOMPARE(d.deviceCodePanel()->statusText(), u"The sign-in was cancelled."_s);
        QVERIFY(d.deviceCodePanel()->userCode().isEmpty());
        QVERIFY(d.isVisible());
        d.reject();
    }

    const QString reader = u"reader@"_s + m_info.domain;
    QPointer<ui::ConnectDialog> dialog;
    QString profileId;
    ui::ConnectDialog::setNextAnswer([&](ui::ConnectDialog &d) {
        fill(d);
        profileId = d.currentProfileId();
        dialog = &d;
        return int(QDialog::Accepted);
    });
    w->openConnectDialog();
    QVERIFY(dialog);
    ui::DeviceCodePanel *panel = dialog->deviceCodePanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->userCode().size(), 9, kSyncTimeoutMs);
    const QString code = panel->userCode();
    QVERIFY(!panel->isHidden());
    const QString page = m_info.baseUrl + u"/devicelogin"_s;
    const QString instructions = panel->findChild<QLabel *>(u"deviceSignInInstructions"_s)->text();
    QVERIFY2(instructions.startsWith(u"To sign in, open <a href=\""_s + page + u"\">"_s)
            && instructions.endsWith(u" in a browser and enter this code:"_s),
        qPrintable(instructions));
    QVERIFY2(QRegularExpression(u"^Waiting for the sign-in in the browser. The code expires in "
                                "1[45]:\\d\\d\\.$"_s)
                 .match(panel->statusText())
                 .hasMatch(),
        qPrintable(panel->statusText()));
    auto *codeEdit = panel->findChild<QLineEdit *>(u"deviceUserCode"_s);
    QVERIFY(codeEdit->isReadOnly());
    QCOMPARE(codeEdit->text(), code);
    panel->findChild<QAbstractButton *>(u"copyCodeButton"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), code);
    QVERIFY(dialog->isBusy());
    QVERIFY(!w->session() || w->session()->profile().id != profileId);

    // The person in the browser.
    QByteArray form = "code=" + code.toLatin1() + "&username=" + QUrl::toPercentEncoding(reader)
        + "&password=" + QUrl::toPercentEncoding(m_tenant.principal(reader)->secret);
    QNetworkAccessManager nam;
    QNetworkRequest request {QUrl(page)};
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(nam.post(request, form));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kSyncTimeoutMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QTRY_VERIFY_WITH_TIMEOUT(
        w->session() && w->session()->profile().id == profileId, kSyncTimeoutMs);
    const session::Profile &p = w->session()->profile();
    QVERIFY(p.useDeviceCode);
    QVERIFY(!p.useClientSecret);
    QCOMPARE(w->session()->signedInAs(), reader);
    QTRY_VERIFY_WITH_TIMEOUT(upToDate(w.get()), kSyncTimeoutMs);
    QVERIFY(!w->errorBanner()->isVisible());
    QVERIFY(w->findChild<QLabel *>(u"principalLabel"_s)->text().contains(reader));

    // The refresh token is the profile's secret: in memory here (no keyring), in no file.
    const QString refresh = ui::SecretStore::memorySecret(p.secretKey());
    QVERIFY(!refresh.isEmpty());
    QSettings().sync();
    int files = 0;
    QCOMPARE(filesHolding(m_dir.path(), refresh, &files), QStringList());
    QVERIFY(files > 0);
    bool stored = false;
    for (const session::Profile &sp : session::ProfileStore::load())
        stored |= sp.id == profileId && sp.useDeviceCode && sp.username == reader;
    QVERIFY(stored);

    // Next start: the kept refresh token opens the profile with nobody asked.
    auto later = window(u"cache-devicecode-later"_s);
    QVERIFY(later->openProfile(p, refresh));
    QTRY_VERIFY_WITH_TIMEOUT(upToDate(later.get()), kSyncTimeoutMs);
    QVERIFY(!later->errorBanner()->isVisible());
}

void ShellTest::keyringFailureKeepsSecretInMemory()
{
    // The real QtKeychain, only where it cannot reach any keyring (no session bus, no
    // display): it must fail, and the secret must then live in memory only.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        QSKIP("a keyring may exist here; the tests never write into a real one");
    ui::SecretStore::setKeyringDisabled(false);
    auto restore = qScopeGuard([] { ui::SecretStore::setKeyringDisabled(true); });
    const QString key = u"tst_shell-probe/nobody@example.test"_s;
    std::optional<ui::SecretStore::Result> written, read;
    QObject context;
    ui::SecretStore::write(
        key, u"s3cret-probe"_s, &context, [&](const ui::SecretStore::Result &r) { written = r; });
    QTRY_VERIFY(written.has_value());
    QCOMPARE(written->where, ui::SecretStore::Where::Memory);
    QVERIFY(!written->keyringError.isEmpty());
    QCOMPARE(ui::SecretStore::memorySecret(key), u"s3cret-probe"_s);
    ui::SecretStore::read(key, &context, [&](const ui::SecretStore::Result &r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->secret, u"s3cret-probe"_s);
    ui::SecretStore::remove(key);
    QVERIFY(ui::SecretStore::memorySecret(key).isEmpty());
}

void ShellTest::bannerFollowsPalette()
{
    auto w = window(u"cache-palette"_s);
    ui::ErrorBanner *banner = w->errorBanner();
    QCOMPARE(banner->objectName(), u"errorBanner"_s);
    w->showError(u"Cannot reach the server (connection refused)."_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->message(), u"Cannot reach the server (connection refused)."_s);

    QPalette light = QApplication::style()->standardPalette();
    light.setColor(QPalette::Window, QColor(0xf3, 0xf3, 0xf3));
    light.setColor(QPalette::WindowText, Qt::black);
    QApplication::setPalette(light);
    QTRY_VERIFY(!banner->usesDarkVariant());
    QVERIFY(banner->backgroundColor().lightness() > 200);
    QVERIFY(banner->textColor().lightness() < 100);

    const QPalette dark = guitest::darkPalette();
    QApplication::setPalette(dark);
    QTRY_VERIFY(banner->usesDarkVariant());
    QVERIFY(banner->backgroundColor().lightness() < 80);
    QVERIFY(banner->textColor().lightness() > 150);
    QCOMPARE(
        banner->findChild<QLabel *>(u"errorBannerText"_s)->palette().color(QPalette::WindowText),
        banner->textColor());
    // Shell widgets take the palette's roles, not fixed colours.
    QCOMPARE(w->findChild<QLabel *>(u"syncLabel"_s)->palette().color(QPalette::WindowText),
        dark.color(QPalette::WindowText));

    QTest::mouseClick(w->findChild<QAbstractButton *>(u"errorBannerDismiss"_s), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void ShellTest::retranslates()
{
    auto w = window(u"cache-i18n"_s);
    w->showError(u"x"_s);
    auto *panel = new ui::DeviceCodePanel(w.get());
    panel->showStarting();
    guitest::MarkingTranslator translator("wf::ui::");
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto *nav = w->findChild<QListWidget *>(u"navigation"_s);
    QTRY_COMPARE(nav->item(0)->text(), u"[Incidents]"_s);
    QCOMPARE(nav->item(1)->text(), u"[Alerts]"_s);
    QCOMPARE(w->findChild<QAction *>(u"actionConnect"_s)->text(), u"[&Connect…]"_s);
    QCOMPARE(w->findChild<QAbstractButton *>(u"errorBannerRetry"_s)->text(), u"[Retry]"_s);
    QCOMPARE(w->syncStatusText(), u"[Not connected]"_s);
    QCOMPARE(qobject_cast<QLabel *>(w->page(MainWindow::Page::Alerts))->text(),
        u"[Not connected. Choose File › Connect… to sign in.]"_s);
    QCOMPARE(panel->findChild<QAbstractButton *>(u"copyCodeButton"_s)->text(), u"[&Copy code]"_s);
    QCOMPARE(panel->statusText(), u"[Asking for a sign-in code…]"_s);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(nav->item(0)->text(), u"Incidents"_s);
    QCOMPARE(w->findChild<QAbstractButton *>(u"errorBannerRetry"_s)->text(), u"Retry"_s);
}

QTEST_MAIN(ShellTest)
#include "tst_shell.moc"
