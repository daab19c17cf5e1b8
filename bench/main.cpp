// watchfloor-bench: measures the figures the issues name and prints one JSON line each.
// Usage: watchfloor-bench [--ingest-alerts N] [--page-alerts N] [--console-alerts N] [--sync-runs
// N] [--work DIR] [--runs N] [--story]
#include "benches.h"
#include "engine/engine.h"
#include "serverhost.h"
#include "cloud/integration.h"
#include "sim/generator.h"
#include "store/tenantdb.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QUrlQuery>

#include <algorithm>

namespace bench {

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
} // namespace

void figure(const QString &name, double value, const QString &unit, const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("figure"), name);
    o.insert(QStringLiteral("value"), value);
    o.insert(QStringLiteral("unit"), unit);
    out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const qsizetype i = qMin(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v[i];
}

wf::server::ServerInfo startDemo(wf::server::ServerHost &host, const QString &dbPath, qint64 alerts)
{
    wf::server::ServerConfig config;
    config.dbPath = dbPath;
    config.demo = true;
    config.demoOptions.alerts = alerts;
    config.demoOptions.end = fixedEnd();
    QString error;
    if (!host.start(config, &error))
        qFatal("%s", qPrintable(error));
    return host.info();
}

wf::Timestamp fixedEnd()
{
    wf::Timestamp t;
    wf::Timestamp::parse(u"2026-11-20T00:00:00Z", &t);
    return t;
}

} // namespace bench

using namespace bench;

namespace {

// Builds a tenant of `alerts` alerts straight through the engine and reports the rate.
// Alert tuning rules that never match but are each asked about every alert, on its
// evidence (resource name) and title: what rules in force cost at ingest.
QJsonArray tuningRules(int count)
{
    QJsonArray rules;
    for (int i = 0; i < count; ++i) {
        const QJsonObject condition{{QStringLiteral("field"), i % 2 ? QStringLiteral("resourceName") : QStringLiteral("alertTitle")},
                                    {QStringLiteral("operator"), QStringLiteral("Contains")},
                                    {QStringLiteral("values"), QJsonArray{QStringLiteral("no-such-thing-%1").arg(i)}}};
        rules.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("bench-%1").arg(i)},
                                 {QStringLiteral("properties"),
                                  QJsonObject{{QStringLiteral("displayName"), QStringLiteral("bench")},
                                              {QStringLiteral("action"), QStringLiteral("Hide")},
                                              {QStringLiteral("conditions"), QJsonArray{condition}}}}});
    }
    return rules;
}

void benchIngest(const QString &dir, qint64 alerts, int tuning)
{
    const QString path = dir + QStringLiteral("/ingest-bench.sqlite");
    for (const char *s : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(s));
    wf::server::TenantDb db;
    QString error;
    if (!db.open(path, &error))
        qFatal("%s", qPrintable(error));
    wf::sim::DemoOptions options;
    options.alerts = alerts;
    options.end = fixedEnd();
    wf::sim::DemoGenerator generator(options);
    db.begin();
    wf::sim::Tenant tenant = generator.buildTenant();
    db.saveTenant(tenant);
    db.commit();
    // As the server runs it: the XDR engine with the Sentinel / Defender for Cloud side
    // in the demo's starting state (legacy connector on half the subscriptions, the
    // incident-creation rule and the XDR incident integration on).
    wf::server::Engine engine(db, tenant);
    wf::server::Integration integration(db, tenant);
    integration.state() = wf::server::CloudState::demo(tenant);
    integration.state().alertTuningRules = tuningRules(tuning);
    integration.saveState();
    engine.setIntegration(&integration);
    integration.setEngine(&engine);
    generator.run(engine, tenant);
    const double rate = double(alerts) / (double(generator.ingestMs()) / 1000.0);
    figure(QStringLiteral("ingest_rate"), rate, QStringLiteral("alerts/s"),
           {{QStringLiteral("alerts"), alerts},
            {QStringLiteral("ingest_ms"), generator.ingestMs()},
            {QStringLiteral("history_ms"), generator.historyMs()},
            {QStringLiteral("incidents"), engine.stats().incidentsCreated},
            {QStringLiteral("dropped_no_plan"), engine.stats().noPlan},
            {QStringLiteral("duplicates"), engine.stats().duplicates},
            {QStringLiteral("tuning_rules"), tuning},
            {QStringLiteral("target"), QStringLiteral(">= 5000 alerts/s")}});
}

class Client
{
public:
    QByteArray get(const QString &url, int *status)
    {
        QNetworkRequest req{QUrl(url)};
        req.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply *reply = m_nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }
    void signIn(const wf::server::ServerInfo &info)
    {
        QNetworkRequest req{QUrl(info.baseUrl + u'/' + info.tenantId + QStringLiteral("/oauth2/v2.0/token"))};
        req.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        for (const auto &c : info.credentials) {
            if (c.login.startsWith(QLatin1StringView("analyst@"))) {
                form.addQueryItem(QStringLiteral("username"), c.login);
                form.addQueryItem(QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(c.secret)));
            }
        }
        QNetworkReply *reply = m_nam.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        m_token = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString().toLatin1();
        reply->deleteLater();
        if (m_token.isEmpty())
            qFatal("sign-in failed");
    }

private:
    QNetworkAccessManager m_nam;
    QByteArray m_token;
};

// Times `runs` GETs of a URL; returns milliseconds per request.
QList<double> timeGets(Client &client, const QString &url, int runs, qint64 *bytes)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        int status = 0;
        const QByteArray body = client.get(url, &status);
        ms.append(double(t.nsecsElapsed()) / 1e6);
        if (status != 200)
            qFatal("GET %s -> %d: %s", qPrintable(url), status, body.left(300).constData());
        *bytes = body.size();
    }
    return ms;
}

void benchPages(const QString &dir, qint64 alerts, int runs)
{
    wf::server::ServerHost host;
    QElapsedTimer built;
    built.start();
    const wf::server::ServerInfo info = startDemo(host, dir + QStringLiteral("/page-bench-%1.sqlite").arg(alerts), alerts);
    QTextStream(stderr) << "page bench tenant: " << info.alerts << " alerts, " << info.incidents
                        << " incidents (ready in " << built.elapsed() / 1000 << " s)" << Qt::endl;
    Client client;
    client.signIn(info);
    struct Case
    {
        const char *name;
        QString collection;
        int top;
    };
    for (const Case &c : {Case{"incidents_page50", QStringLiteral("incidents"), 50},
                          Case{"alerts_page2000", QStringLiteral("alerts_v2"), 2000}}) {
        const QString first = info.baseUrl + QStringLiteral("/v1.0/security/%1?$top=%2").arg(c.collection).arg(c.top);
        // Page 400 through the API itself: $skip to page 399 once, then its nextLink
        // (a keyset $skiptoken) is page 400.
        int status = 0;
        const QByteArray p399 = client.get(first + QStringLiteral("&$skip=%1").arg(qint64(c.top) * 398), &status);
        const QString deep = QJsonDocument::fromJson(p399).object().value(QStringLiteral("@odata.nextLink")).toString();
        if (deep.isEmpty())
            qFatal("no page 400 for %s: the tenant is too small", c.name);
        qint64 bytesFirst = 0, bytesDeep = 0;
        timeGets(client, first, 3, &bytesFirst); // warm-up
        QList<double> a, b;
        for (int i = 0; i < runs; ++i) { // interleaved, so noise hits both alike
            a += timeGets(client, first, 1, &bytesFirst);
            b += timeGets(client, deep, 1, &bytesDeep);
        }
        const QJsonObject common{{QStringLiteral("alerts_stored"), info.alerts},
                                 {QStringLiteral("incidents_stored"), info.incidents},
                                 {QStringLiteral("runs"), runs}};
        auto with = [&](QJsonObject o, qint64 bytes) {
            for (auto it = common.begin(); it != common.end(); ++it)
                o.insert(it.key(), it.value());
            o.insert(QStringLiteral("bytes"), bytes);
            o.insert(QStringLiteral("target"), QStringLiteral("p99 <= 20 ms"));
            return o;
        };
        const QString n = QLatin1StringView(c.name);
        figure(n + QStringLiteral("_first_p50"), percentile(a, 0.5), QStringLiteral("ms"), with({}, bytesFirst));
        figure(n + QStringLiteral("_first_p99"), percentile(a, 0.99), QStringLiteral("ms"), with({}, bytesFirst));
        figure(n + QStringLiteral("_page400_p50"), percentile(b, 0.5), QStringLiteral("ms"), with({}, bytesDeep));
        figure(n + QStringLiteral("_page400_p99"), percentile(b, 0.99), QStringLiteral("ms"), with({}, bytesDeep));
        figure(n + QStringLiteral("_page400_vs_first_p50"), percentile(b, 0.5) / percentile(a, 0.5), QStringLiteral("ratio"),
               {{QStringLiteral("target"), QStringLiteral("<= 1.5")}});
    }
    host.stop();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the story figures show widgets
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Watchfloor benchmarks; one JSON line per figure."));
    parser.addHelpOption();
    const QCommandLineOption ingest(QStringLiteral("ingest-alerts"),
        QStringLiteral("Alerts for the ingest figure (0 skips)."), QStringLiteral("N"),
        QStringLiteral("100000"));
    const QCommandLineOption pages(QStringLiteral("page-alerts"),
        QStringLiteral("Alerts stored for the paging figures (0 skips); the database is kept in "
                       "--work and reused."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption work(QStringLiteral("work"),
        QStringLiteral("Folder for the bench databases."), QStringLiteral("DIR"),
        QDir::tempPath() + QStringLiteral("/watchfloor-bench"));
    const QCommandLineOption runs(QStringLiteral("runs"),
        QStringLiteral("Timed requests per page figure."), QStringLiteral("N"),
        QStringLiteral("200"));
    const QCommandLineOption console(QStringLiteral("console-alerts"),
        QStringLiteral("Alerts for the console figures (0 skips)."), QStringLiteral("N"),
        QStringLiteral("100000"));
    const QCommandLineOption startup(QStringLiteral("startup"),
        QStringLiteral("Measure the console's start to first painted queue."));
    const QCommandLineOption tuning(QStringLiteral("tuning-rules"),
        QStringLiteral("Alert tuning rules in force during the ingest figure (none match)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption story(
        QStringLiteral("story"), QStringLiteral("Measure the attack story view and its layouts."));
    const QCommandLineOption incidentPage(QStringLiteral("incident-page"),
        QStringLiteral("Alerts of the demo tenant for the incident page figures (0 skips)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption syncRuns(QStringLiteral("sync-runs"),
        QStringLiteral(
            "Full syncs of the console figures, each paired with a curl run over the same pages."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption syncOnly(QStringLiteral("sync-only"),
        QStringLiteral("Of the console figures, only the sync and its baseline."));
    parser.addOptions({ingest, pages, work, runs, console, syncRuns, syncOnly, startup, tuning,
        story, incidentPage});
    parser.process(app);
    QDir().mkpath(parser.value(work));
    if (parser.value(ingest).toLongLong() > 0)
        benchIngest(parser.value(work), parser.value(ingest).toLongLong(), parser.value(tuning).toInt());
    if (parser.value(pages).toLongLong() > 0)
        benchPages(parser.value(work), parser.value(pages).toLongLong(), parser.value(runs).toInt());
    if (parser.value(console).toLongLong() > 0)
        benchConsole(parser.value(work), parser.value(console).toLongLong(),
            parser.value(runs).toInt(), parser.value(syncRuns).toInt(), parser.isSet(syncOnly));
    if (parser.isSet(startup))
        benchStartup(parser.value(runs).toInt());
    if (parser.isSet(story))
        benchStory(parser.value(runs).toInt());
    if (parser.value(incidentPage).toLongLong() > 0)
        benchIncidentPage(parser.value(work), parser.value(incidentPage).toLongLong(), parser.value(runs).toInt());
    return 0;
}
