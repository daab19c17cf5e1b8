// watchfloor: the analyst's console. Thin: options, the embedded demo tenant on its own
// thread, the main window, and --screenshot.
#include "common/secretstore.h"
#include "hunting/huntingpage.h"
#include "incident/incidentpage.h"
#include "incident/investigationarea.h"
#include "serverhost.h"
#include "session/profile.h"
#include "session/session.h"
#include "shell/embeddedtenant.h"
#include "shell/errorbanner.h"
#include "shell/mainwindow.h"
#include "util/translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

// The translation context of this program's messages.
struct ConsoleMain
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleMain)
};
using Msg = ConsoleMain;

namespace {

using wf::session::Profile;
using wf::ui::MainWindow;

struct Options
{
    QString screenshot; // file to write, or empty
    QString page = QStringLiteral("incidents");
    QSize size {1400, 900};
    QString profile;
    QString dataDir;
    QString signInAs; // embedded demo: a demo user's login, with or without the domain
    QString query;    // KQL to run in the hunting view
};

void complain(const QString &message)
{
    QTextStream(stderr) << Msg::tr("watchfloor: %1").arg(message) << Qt::endl;
}

// Starts the embedded tenant. ServerHost::start blocks until the server listens (the first
// run generates the tenant first), so it runs on a worker thread and the GUI stays alive;
// progress reaches a small window through queued calls, as the callback runs on the
// server's thread. `done` runs on the GUI thread.
QThread *startEmbedded(wf::server::ServerHost &host, const QString &dbPath, bool showProgress,
    std::function<void(bool ok, const QString &error)> done)
{
    QProgressDialog *progress = nullptr;
    if (showProgress) {
        const bool firstRun = !QFileInfo::exists(dbPath);
        progress = new QProgressDialog;
        progress->setObjectName(QStringLiteral("startupProgress"));
        progress->setWindowTitle(Msg::tr("Watchfloor"));
        progress->setLabelText(firstRun ? Msg::tr("Generating the demo tenant (first start)…")
                                        : Msg::tr("Starting the demo tenant…"));
        progress->setCancelButton(nullptr);
        progress->setRange(0, 0);
        progress->setMinimumWidth(380);
        progress->setMinimumDuration(firstRun ? 0 : 700);
        progress->setValue(0);
    }
    wf::server::ServerConfig config;
    config.dbPath = dbPath;
    config.demo = true;
    config.port = 0;
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);

    QThread *worker = QThread::create([&host, config, progress, done] {
        QString error;
        // Posted before start() returns; `progress` is deleted only by the final call
        // below, which is queued after all of these.
        auto report = [progress](qint64 n, qint64 total) {
            if (!progress)
                return;
            QMetaObject::invokeMethod(
                progress,
                [progress, n, total] {
                    progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
                    progress->setValue(int(qMin<qint64>(n, total)));
                    progress->setLabelText(
                        Msg::tr("Generating the demo tenant (first start): %1 of %2 alerts…")
                            .arg(QLocale().toString(n), QLocale().toString(total)));
                },
                Qt::QueuedConnection);
        };
        const bool ok = host.start(config, &error, report);
        QMetaObject::invokeMethod(
            qApp,
            [progress, done, ok, error] {
                delete progress;
                done(ok, error);
            },
            Qt::QueuedConnection);
    });
    worker->setObjectName(QStringLiteral("watchfloor-embedded-start"));
    worker->start();
    return worker;
}

wf::ui::EmbeddedTenant tenantOf(const wf::server::ServerInfo &info)
{
    wf::ui::EmbeddedTenant t;
    t.baseUrl = QUrl(info.baseUrl);
    t.tenantId = info.tenantId;
    t.tenantName = info.tenantName;
    t.domain = info.domain;
    for (const auto &c : info.credentials)
        t.principals.append({c.login, c.secret, c.roles, c.description});
    return t;
}

// --screenshot: once the first sync finished (or cached data has been on screen for a
// while), grabs the real window into a PNG and ends the program.
class Screenshot
{
public:
    Screenshot(MainWindow *window, QString file, QString page)
        : m_window(window)
        , m_file(std::move(file))
        , m_page(std::move(page))
    {
    }

    void watch(wf::session::Session *session)
    {
        m_timer.setSingleShot(true);
        QObject::connect(session->sync(), &wf::store::SyncService::synced, window(), [this, session] {
            // An incident page needs its incident: on a first start it arrives with the sync.
            if (m_page.startsWith(QLatin1StringView("incident")) && m_window->investigations()
                && m_window->investigations()->count() == 0)
                m_window->showPageNamed(m_page);
            // Pages that show the set-up wait for it (and for the queries behind their
            // counts); then the pages get a few turns of the event loop to take it in.
            waitUntilReady(session, 0);
        });
        QObject::connect(session->sync(), &wf::store::SyncService::failed, window(),
            [this](const wf::net::ApiError &e) {
                if (e.kind != wf::net::ApiError::Kind::Cancelled)
                    later(300, 1, Msg::tr("the sync failed: %1").arg(e.sentence()));
            });
        // Cached data on screen for ~15 s counts as ready even if the server is slow.
        QTimer::singleShot(15000, window(), [this, session] {
            if (session->store()->incidents().size() + session->store()->alerts().size() > 0)
                later(0, 0, {});
        });
        QTimer::singleShot(300000, window(),
            [this] { later(0, 1, Msg::tr("timed out waiting for the first sync")); });
    }

    void fail(const QString &why) { capture(1, why, false); }

private:
    QWidget *window() const { return m_window; }
    void waitUntilReady(wf::session::Session *session, int waitedMs)
    {
        const bool investigating = m_window->currentPage() == MainWindow::Page::Investigations;
        const bool needsSetup = m_window->currentPage() >= MainWindow::Page::Hunting && !investigating;
        const auto *hunting = qobject_cast<const wf::ui::HuntingPage *>(m_window->page(MainWindow::Page::Hunting));
        const wf::ui::IncidentPage *incident
            = m_window->investigations() ? m_window->investigations()->currentIncident() : nullptr;
        const bool ready = investigating ? incident && incident->isReady()
            : !needsSetup
            || (session->setup()->hasLoaded() && !session->setup()->isLoading()
                && !session->doctor()->isExamining() && !(hunting && hunting->isRunning()));
        if (ready || waitedMs > 20000) {
            later(needsSetup ? 1500 : 600, 0, {});
            return;
        }
        QTimer::singleShot(200, window(), [this, session, waitedMs] { waitUntilReady(session, waitedMs + 200); });
    }
    void later(int ms, int rc, const QString &why)
    {
        QTimer::singleShot(ms, window(), [this, rc, why] { capture(rc, why, true); });
    }
    void capture(int rc, const QString &why, bool grab)
    {
        if (m_done)
            return;
        m_done = true;
        if (grab) {
            const QPixmap pixmap = m_window->grab();
            if (!pixmap.save(m_file, "PNG")) {
                complain(Msg::tr("cannot write %1").arg(m_file));
                rc = 1;
            }
        }
        if (!why.isEmpty())
            complain(why);
        QCoreApplication::exit(rc);
    }

    MainWindow *m_window;
    QString m_file;
    QString m_page;
    QTimer m_timer;
    bool m_done = false;
};

// For watchfloor-bench: with WATCHFLOOR_REPORT_FIRST_PAINT set, reports on stderr when
// the incident queue is first painted with rows, and quits then.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QElapsedTimer *sinceStart)
        : m_sinceStart(sinceStart)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && watched->parent()
            && watched->parent()->objectName() == QLatin1StringView("incidentTable")) {
            auto *table = qobject_cast<QAbstractItemView *>(watched->parent());
            if (table && table->model() && table->model()->rowCount() > 0) {
                m_done = true;
                std::fprintf(stderr, "first-queue-paint-ms %lld rows %d\n", qlonglong(m_sinceStart->elapsed()),
                             table->model()->rowCount());
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
        }
        return false;
    }

private:
    QElapsedTimer *m_sinceStart;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // --screenshot draws offscreen unless the caller picked a platform (e.g. xvfb-run's);
    // --help and --version work without a display too.
    const bool noDisplay
        = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const bool offscreen = arg == "--screenshot" || arg.startsWith("--screenshot=")
            || (noDisplay
                && (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
                    || arg == "-v"));
        if (offscreen && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Watchfloor"));
    QCoreApplication::setApplicationName(QStringLiteral("watchfloor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WATCHFLOOR_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Watchfloor"));
    wf::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Msg::tr("A console for SOC analysts triaging Microsoft Defender for Cloud alerts and "
                "incidents. Without options it runs a demo tenant inside the program."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        Msg::tr(
            "Render the main window offscreen into FILE (PNG) after the first sync, then quit."),
        Msg::tr("FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        Msg::tr("Page to show: %1, or incident/ID[/story|alerts|assets].").arg(MainWindow::pageNames().join(QStringLiteral(", "))), Msg::tr("NAME"),
        QStringLiteral("incidents"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        Msg::tr("Window size for --screenshot (default 1400x900)."), Msg::tr("WxH"),
        QStringLiteral("1400x900"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        Msg::tr("Open the connection profile with this id."), Msg::tr("ID"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        Msg::tr("Keep the demo tenant, caches and settings in DIR instead of the user's data "
                "folder."),
        Msg::tr("DIR"));
    const QCommandLineOption signInOption(QStringLiteral("sign-in-as"),
        Msg::tr("Embedded demo: sign in as this demo user (admin, secadmin, analyst, reader, cloudops, "
                "tier1)."),
        Msg::tr("LOGIN"));
    const QCommandLineOption queryOption(QStringLiteral("query"),
        Msg::tr("Open KQL in the hunting view and run it on the Sentinel workspace."), Msg::tr("KQL"));
    parser.addOptions({screenshotOption, pageOption, sizeOption, profileOption, dataDirOption, signInOption,
                       queryOption});
    parser.process(app);

    Options options;
    options.screenshot = parser.value(screenshotOption);
    options.profile = parser.value(profileOption);
    options.signInAs = parser.value(signInOption);
    options.query = parser.value(queryOption);
    options.page = parser.value(pageOption).toLower();
    if (!MainWindow::isPageName(options.page)) {
        complain(Msg::tr("--page must be one of %1, not '%2'.")
                     .arg(MainWindow::pageNames().join(QStringLiteral(", ")), options.page));
        return 2;
    }
    const QRegularExpressionMatch size
        = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"))
              .match(parser.value(sizeOption));
    if (!size.hasMatch()) {
        complain(Msg::tr("--size must look like 1400x900."));
        return 2;
    }
    options.size = QSize(size.captured(1).toInt(), size.captured(2).toInt());

    // The data location; --data-dir moves everything, settings included, so a test or a
    // screenshot starts from nothing.
    QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(dataDirOption)) {
        dataDir = QDir(parser.value(dataDirOption)).absolutePath();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir);
    }
    if (!QDir().mkpath(dataDir)) {
        complain(Msg::tr("cannot create the data folder %1").arg(dataDir));
        return 1;
    }

    // Which profile: --profile, else the last one used, else the embedded demo.
    const QString embeddedId = Profile::embeddedDemo().id;
    QString wanted
        = options.profile.isEmpty() ? wf::session::ProfileStore::lastUsed() : options.profile;
    if (wanted.isEmpty())
        wanted = embeddedId;
    Profile profile = Profile::embeddedDemo();
    bool found = wanted == embeddedId;
    QStringList known {embeddedId};
    for (const Profile &p : wf::session::ProfileStore::load()) {
        if (p.kind != Profile::Kind::EmbeddedDemo)
            known.append(p.id);
        if (p.id == wanted) {
            profile = p;
            found = true;
        }
    }
    if (!found) {
        if (!options.profile.isEmpty()) {
            complain(Msg::tr("no profile '%1'; known profiles: %2")
                         .arg(options.profile, known.join(QStringLiteral(", "))));
            return 2;
        }
        profile = Profile::embeddedDemo(); // the last used one was removed
    }

    wf::server::ServerHost host; // outlives the window: its session talks to it
    QThread *worker = nullptr;
    auto window = std::make_unique<MainWindow>();
    window->setCacheDir(dataDir);
    const bool screenshot = !options.screenshot.isEmpty();
    std::unique_ptr<Screenshot> shot;
    if (screenshot) {
        shot = std::make_unique<Screenshot>(window.get(), options.screenshot, options.page);
        window->resize(options.size);
    } else {
        window->restoreWindowState();
    }
    window->showPageNamed(options.page);

    auto opened = [&](bool ok) {
        if (ok && window->session()) {
            window->showPageNamed(options.page); // sub-pages exist once the session does
            if (!options.query.isEmpty())
                window->runQuery(options.query);
        }
        if (!screenshot)
            return;
        if (!ok || !window->session())
            shot->fail(window->errorBanner()->message());
        else
            shot->watch(window->session());
    };

    if (profile.kind == Profile::Kind::EmbeddedDemo) {
        const QString dbPath = QDir(dataDir).filePath(QStringLiteral("demo-tenant.sqlite"));
        worker
            = startEmbedded(host, dbPath, !screenshot, [&, profile](bool ok, const QString &error) {
                  if (!ok) {
                      const QString sentence
                          = Msg::tr("The embedded demo tenant could not start: %1").arg(error);
                      complain(sentence);
                      window->showError(sentence);
                      window->show();
                      opened(false);
                      return;
                  }
                  const wf::ui::EmbeddedTenant tenant = tenantOf(host.info());
                  window->setEmbeddedTenant(tenant);
                  QString secret;
                  QString login = options.signInAs.isEmpty() ? profile.login() : options.signInAs;
                  if (!login.isEmpty() && !login.contains(u'@'))
                      login += u'@' + tenant.domain;
                  if (!options.signInAs.isEmpty() && !tenant.principal(login)) {
                      complain(Msg::tr("the demo tenant has no user '%1'").arg(options.signInAs));
                      login.clear();
                  }
                  const Profile p = tenant.profileFor(login, &secret);
                  const bool started = window->openProfile(p, secret);
                  window->show();
                  opened(started);
              });
    } else {
        window->show();
        wf::ui::SecretStore::read(
            profile.secretKey(), window.get(), [&, profile](const wf::ui::SecretStore::Result &r) {
                if (r.secret.isEmpty()) {
                    if (screenshot) {
                        shot->fail(Msg::tr("no stored secret for profile '%1'").arg(profile.id));
                        return;
                    }
                    // Ask; the dialog says whether a keyring exists at all.
                    window->openConnectDialogFor(profile.id);
                    return;
                }
                opened(window->openProfile(profile, r.secret));
            });
    }

    FirstPaintProbe probe(&sinceStart);
    if (qEnvironmentVariableIsSet("WATCHFLOOR_REPORT_FIRST_PAINT"))
        app.installEventFilter(&probe);
    const int rc = app.exec();
    window.reset(); // the session goes before the server it talks to
    if (worker) {
        worker->wait(); // a tenant still being generated finishes first
        delete worker;
    }
    host.stop();
    return rc;
}
