// watchfloor-server: the tenant simulator as a program, for classrooms, demos and tests.
#include "serverhost.h"
#include "util/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int s_signalFd[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(s_signalFd[0], &c, 1);
}
} // namespace

// The translation context of this program's messages.
struct ServerMain
{
    Q_DECLARE_TR_FUNCTIONS(ServerMain)
};
using Msg = ServerMain;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("watchfloor-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Watchfloor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WATCHFLOOR_VERSION));
    wf::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Msg::tr("Simulates a Microsoft Defender XDR / Defender for Cloud tenant over the Microsoft "
           "Graph security API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), Msg::tr("Generate the demo tenant's history into an empty database."));
    const QCommandLineOption seed(QStringLiteral("seed"), Msg::tr("Seed of the demo tenant (default 1)."), Msg::tr("N"), QStringLiteral("1"));
    const QCommandLineOption alerts(QStringLiteral("alerts"), Msg::tr("Alerts in the demo history (default 10000)."), Msg::tr("N"), QStringLiteral("10000"));
    const QCommandLineOption days(QStringLiteral("days"), Msg::tr("Days of demo history (default 30)."), Msg::tr("N"), QStringLiteral("30"));
    const QCommandLineOption epoch(QStringLiteral("epoch"), Msg::tr("End of the demo history, ISO 8601 (default: now)."), Msg::tr("TIME"));
    const QCommandLineOption db(QStringLiteral("db"), Msg::tr("SQLite database file (default: in the user's data folder)."), Msg::tr("PATH"));
    const QCommandLineOption reset(QStringLiteral("reset"), Msg::tr("Delete the database first."));
    const QCommandLineOption listen(QStringLiteral("listen"), Msg::tr("Address to listen on (default 127.0.0.1)."), Msg::tr("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), Msg::tr("Port; 0 picks a free one (default 0)."), Msg::tr("PORT"), QStringLiteral("0"));
    const QCommandLineOption throttle(QStringLiteral("throttle"), Msg::tr("Allow N requests per minute per client, then answer 429."), Msg::tr("N"), QStringLiteral("0"));
    const QCommandLineOption window(QStringLiteral("window-hours"), Msg::tr("Correlation window in hours (default 6)."), Msg::tr("HOURS"), QStringLiteral("6"));
    const QCommandLineOption import(QStringLiteral("import"), Msg::tr("Load Graph-shaped incidents/alerts from FILE (repeatable)."), Msg::tr("FILE"));
    const QCommandLineOption syncDelay(QStringLiteral("sync-delay"),
        Msg::tr("Seconds before a status change shows on the other side of the Defender for Cloud / "
                "Sentinel sync (default 3; minutes are realistic)."),
        Msg::tr("SECONDS"), QStringLiteral("3"));
    parser.addOptions({demo, seed, alerts, days, epoch, db, reset, listen, port, throttle, window, syncDelay, import});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto number = [&](const QCommandLineOption &o, qint64 lo, qint64 hi) -> qint64 {
        bool ok = false;
        const qint64 v = parser.value(o).toLongLong(&ok);
        if (!ok || v < lo || v > hi) {
            err << Msg::tr("--%1 must be a whole number from %2 to %3.").arg(o.names().first()).arg(lo).arg(hi) << Qt::endl;
            std::exit(2);
        }
        return v;
    };

    wf::server::ServerConfig config;
    config.demo = parser.isSet(demo);
    config.reset = parser.isSet(reset);
    config.demoOptions.seed = quint64(number(seed, 0, std::numeric_limits<qint64>::max()));
    config.demoOptions.alerts = number(alerts, 1, 1'000'000);
    config.demoOptions.days = int(number(days, 1, 365));
    if (parser.isSet(epoch) && !wf::Timestamp::parse(parser.value(epoch), &config.demoOptions.end)) {
        err << Msg::tr("--epoch must be an ISO 8601 date and time such as 2026-11-01T00:00:00Z.") << Qt::endl;
        return 2;
    }
    config.port = quint16(number(port, 0, 65535));
    config.throttlePerMinute = int(number(throttle, 0, 1'000'000));
    config.correlationWindowSecs = number(window, 1, 24 * 30) * 3600;
    config.syncDelayMs = number(syncDelay, 0, 24 * 3600) * 1000;
    config.importFiles = parser.values(import);
    if (!config.listenAddress.setAddress(parser.value(listen))) {
        err << Msg::tr("--listen: '%1' is not an IP address.").arg(parser.value(listen)) << Qt::endl;
        return 2;
    }
    if (parser.isSet(db)) {
        config.dbPath = parser.value(db);
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        config.dbPath = dir + QStringLiteral("/tenant-seed%1.sqlite").arg(config.demoOptions.seed);
    }

    wf::server::ServerHost host;
    QString error;
    qint64 lastShown = -1;
    const bool ok = host.start(config, &error, [&](qint64 done, qint64 total) {
        const qint64 percent = total ? done * 100 / total : 100;
        if (percent / 5 != lastShown) {
            lastShown = percent / 5;
            err << Msg::tr("Generating the demo tenant: %1 of %2 alerts (%3%)").arg(done).arg(total).arg(percent) << Qt::endl;
        }
    });
    if (!ok) {
        err << Msg::tr("watchfloor-server: %1").arg(error) << Qt::endl;
        return 1;
    }
    const wf::server::ServerInfo &info = host.info();
    for (const QString &note : info.notes)
        err << Msg::tr("Note: %1").arg(note) << Qt::endl;
    out << Msg::tr("Watchfloor tenant simulator listening on %1").arg(info.baseUrl) << Qt::endl;
    out << Msg::tr("Tenant: %1 (%2), id %3").arg(info.tenantName, info.domain, info.tenantId) << Qt::endl;
    out << Msg::tr("Data: %1 incidents, %2 alerts in %3").arg(info.incidents).arg(info.alerts).arg(config.dbPath) << Qt::endl;
    out << Msg::tr("Token endpoint: %1/%2/oauth2/v2.0/token").arg(info.baseUrl, info.tenantId) << Qt::endl;
    out << Msg::tr("Device code sign-in page: %1/devicelogin").arg(info.baseUrl) << Qt::endl;
    out << Msg::tr("Graph: %1/v1.0/security/incidents").arg(info.baseUrl) << Qt::endl;
    out << Msg::tr("Log Analytics query: %1/v1/workspaces/%2/query").arg(info.baseUrl, info.workspaceId) << Qt::endl;
    out << Qt::endl << Msg::tr("Demo sign-ins (password grant for users, client credentials for apps):") << Qt::endl;
    for (const auto &c : info.credentials)
        out << QStringLiteral("  %1  %2\n      %3\n").arg(c.login, -44).arg(c.secret, c.description);
    out << Qt::endl << Msg::tr("Press Ctrl+C to stop.") << Qt::endl;

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(s_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    const int rc = QCoreApplication::exec();
    host.stop();
    return rc;
}
