// Issue 3's figures: the console's data layer at 100k alerts, each beside its baseline.
#include "benches.h"

#include "integration/duplicatedoctor.h"
#include "item/entityindex.h"
#include "item/queuemodel.h"
#include "serverhost.h"
#include "store/localcache.h"
#include "wire/codec.h"
#include "wire/jsonscan.h"
#include "wire/schema.h"
#include "session/session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <malloc.h>
#include <sys/resource.h>
#include <time.h>

namespace bench {

namespace {

qint64 residentBytes()
{
    malloc_trim(0); // hand freed heap back, so RSS counts what is held, not what was parsed
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.value(1).toLongLong() * 4096;
}

// CPU time (ns) each thread of this process has used so far, summed by thread name
// (/proc/self/task/*/schedstat): the in-process server, the sync's worker, Qt's network
// thread and the GUI thread apart.
QHash<QString, qint64> cpuByThread()
{
    QHash<QString, qint64> out;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm"))),
            stat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        out[QString::fromUtf8(comm.readAll().trimmed())]
            += stat.readAll().split(' ').value(0).toLongLong();
    }
    return out;
}

// With WATCHFLOOR_BENCH_MARKS set, the CLOCK_MONOTONIC window of what just took `ms` goes to
// stderr ("MARK sync START END"), to cut a `perf record -k CLOCK_MONOTONIC` profile to it
// with `perf report --time START,END`.
void markWindow(const char *what, double ms)
{
    static const bool marks = qEnvironmentVariableIsSet("WATCHFLOOR_BENCH_MARKS");
    if (!marks)
        return;
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    const double end = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    fprintf(stderr, "MARK %s %.6f %.6f\n", what, end - ms / 1e3, end);
}

bool waitFor(QObject *sender, const char *signal, int timeoutMs)
{
    QSignalSpy spy(sender, signal);
    return spy.wait(timeoutMs);
}

// Fetches `urls` one after the other through the session's gateway; their bodies, and the
// time it took.
double fetchPages(wf::session::Session &s, const QStringList &urls, QList<QByteArray> *bodies)
{
    QElapsedTimer t;
    t.start();
    for (const QString &url : urls) {
        wf::net::RestRequest r;
        r.url = QUrl(url);
        r.resource = QString::fromLatin1(wf::net::GraphClient::kResource);
        wf::net::RestCall *call = s.gateway()->send(r);
        QEventLoop loop;
        QObject::connect(
            call, &wf::net::RestCall::finished, &loop, [&](const wf::net::RestResult &res) {
                bodies->append(res.body);
                loop.quit();
            });
        loop.exec();
    }
    return double(t.nsecsElapsed()) / 1e6;
}

QString bearerToken(wf::session::Session &s)
{
    QString token;
    bool done = false;
    QEventLoop loop;
    // A cached token comes back at once, before the loop would run.
    s.gateway()->tokens()->token(QString::fromLatin1(wf::net::GraphClient::kResource),
                                 [&](const QString &t, const wf::net::ApiError &) {
                                     token = t;
                                     done = true;
                                     loop.quit();
                                 });
    if (!done)
        loop.exec();
    return token;
}

// Where a sync's time goes: each stage over the very same pages, one after the other.
void syncStages(double alertWalkMs, double incidentWalkMs, const QList<QByteArray> &alertPages,
                const QList<QByteArray> &incidentPages)
{
    // Walking each page once: items found, their fields read (as the sync's worker does).
    QElapsedTimer t;
    t.start();
    QList<QList<QByteArrayView>> alertItems, incidentItems;
    QList<wf::store::AlertRecord> alerts;
    QList<wf::store::IncidentRecord> incidents;
    bool ok = false;
    for (const QByteArray &p : alertPages) {
        alertItems.append(QList<QByteArrayView>());
        wf::wire::forEachCollectionItem(p, [&](wf::wire::JsonScanner &s, auto bytes) {
            alerts << wf::store::AlertRecord::read(s, &ok);
            alertItems.last() << bytes();
        });
    }
    for (const QByteArray &p : incidentPages) {
        incidentItems.append(QList<QByteArrayView>());
        wf::wire::forEachCollectionItem(p, [&](wf::wire::JsonScanner &s, auto bytes) {
            incidents << wf::store::IncidentRecord::read(s, &ok);
            incidentItems.last() << bytes();
        });
    }
    const double parseMs = double(t.nsecsElapsed()) / 1e6;
    QTemporaryDir dir;
    wf::store::LocalCache cache;
    QString error;
    if (!cache.open(dir.filePath(QStringLiteral("stages.sqlite")), &error))
        qFatal("%s", qPrintable(error));
    t.restart();
    for (const auto &items : std::as_const(alertItems))
        cache.putItems(wf::store::LocalCache::Kind::Alerts, items);
    for (const auto &items : std::as_const(incidentItems))
        cache.putItems(wf::store::LocalCache::Kind::Incidents, items);
    const double cacheMs = double(t.nsecsElapsed()) / 1e6;
    wf::store::QueueStore store;
    t.restart();
    for (qsizetype i = 0; i < alerts.size(); i += 2000)
        store.apply({}, alerts.mid(i, 2000));
    for (qsizetype i = 0; i < incidents.size(); i += 50)
        store.apply(incidents.mid(i, 50), {});
    const double applyMs = double(t.nsecsElapsed()) / 1e6;
    figure(QStringLiteral("console_sync_stages"), parseMs + cacheMs + applyMs, QStringLiteral("ms"),
           {{QStringLiteral("fetch_alert_pages_ms"), alertWalkMs},
            {QStringLiteral("fetch_incident_pages_ms"), incidentWalkMs},
            {QStringLiteral("scan_and_parse_ms"), parseMs},
            {QStringLiteral("cache_write_lz4_ms"), cacheMs},
            {QStringLiteral("store_apply_ms"), applyMs},
            {QStringLiteral("note"), QStringLiteral("each stage alone over the same pages; the sync overlaps fetching with the rest")}});
}

} // namespace

// An entity page's lookup (the busiest cloud resource of the first 2,000 alerts) and the
// assets tab's (every entity of the incident with the most alerts, processes included).
void benchEntityLookup(const wf::session::Session &s, int runs)
{
    const wf::store::QueueStore &store = *s.store();
    QHash<QString, int> seen;
    QHash<QString, wf::EntityInfo> info;
    for (int r = 0; r < qMin(2000, store.alerts().size()); ++r) {
        const auto json = s.alertJson(store.alerts().id[r]);
        const auto alert = json ? wf::wire::decode<wf::Alert>(*json) : std::nullopt;
        if (!alert)
            continue;
        for (const wf::EntityInfo &e : wf::item::entitiesOf({*alert})) {
            if (e.type == wf::EntityType::CloudResource) {
                ++seen[e.key];
                info.insert(e.key, e);
            }
        }
    }
    QString busiest;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (busiest.isEmpty() || *it > seen.value(busiest))
            busiest = it.key();
    }
    if (busiest.isEmpty())
        return;
    QList<double> ms;
    wf::item::EntityLookupStats stats;
    qsizetype found = 0;
    for (int i = 0; i < qMax(5, runs / 4); ++i) {
        QElapsedTimer k;
        k.start();
        found = wf::item::findEntities(s, {info[busiest]}, &stats).value(busiest).alertIds.size();
        ms << double(k.nsecsElapsed()) / 1e6;
    }
    figure(QStringLiteral("entity_lookup_ms"), percentile(ms, 0.5), QStringLiteral("ms"),
           {{QStringLiteral("rows"), store.alerts().size()}, {QStringLiteral("alerts_found"), found},
            {QStringLiteral("candidates"), stats.candidates},
            {QStringLiteral("target"), QStringLiteral("<= 50 ms")}});

    const wf::store::IncidentTable &inc = store.incidents();
    int biggest = 0;
    for (int r = 1; r < inc.size(); ++r) {
        if (inc.alertCount[r] > inc.alertCount[biggest])
            biggest = r;
    }
    // What the Assets tab looks up: the incident's indexed entities.
    const QList<wf::EntityInfo> entities = wf::item::indexedOnly(wf::item::entitiesOf(
        wf::item::decodeAlerts(s.alertsOfIncidentJson(QString::number(inc.id[biggest])))));
    ms.clear();
    for (int i = 0; i < qMax(3, runs / 8); ++i) {
        QElapsedTimer k;
        k.start();
        wf::item::findEntities(s, entities, &stats);
        ms << double(k.nsecsElapsed()) / 1e6;
    }
    figure(QStringLiteral("assets_tab_lookup_ms"), percentile(ms, 0.5), QStringLiteral("ms"),
           {{QStringLiteral("rows"), store.alerts().size()}, {QStringLiteral("entities"), entities.size()},
            {QStringLiteral("candidates"), stats.candidates}, {QStringLiteral("raw_scanned"), stats.rawScanned}});
}

// One filter keystroke (our model vs QSortFilterProxyModel over QStandardItemModel with the
// same data) and a sort by last activity, over the session's store.
void benchQueueModel(const wf::session::Session &session, int runs)
{
    // ---- one filter keystroke: our model vs QSortFilterProxyModel over QStandardItemModel
    wf::item::AlertTableModel model(session.store());
    const int rows = session.store()->alerts().size();
    QStandardItemModel standard(rows, wf::item::AlertTableModel::ColumnCount);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < wf::item::AlertTableModel::ColumnCount; ++c)
            standard.setItem(r, c, new QStandardItem(model.index(r, c).data().toString()));
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&standard);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const QStringList keystrokes = {QStringLiteral("v"), QStringLiteral("vm"), QStringLiteral("vm-"),
                                    QStringLiteral("vm-w"), QStringLiteral("vm-we"), QStringLiteral("vm-web"),
                                    QStringLiteral("s"), QStringLiteral("su"), QStringLiteral("sus"),
                                    QStringLiteral("susp")};
    QList<double> ours, theirs;
    for (int i = 0; i < runs; ++i) {
        const QString text = keystrokes[i % keystrokes.size()];
        wf::item::QueueFilter f;
        f.search = text;
        QElapsedTimer k;
        k.start();
        model.setFilter(f);
        ours << double(k.nsecsElapsed()) / 1e6;
        k.restart();
        proxy.setFilterFixedString(text);
        theirs << double(k.nsecsElapsed()) / 1e6;
    }
    figure(QStringLiteral("filter_keystroke_100k_p50"), percentile(ours, 0.5), QStringLiteral("ms"),
           {{QStringLiteral("rows"), rows}, {QStringLiteral("target"), QStringLiteral("p50 <= 16 ms")}});
    figure(QStringLiteral("filter_keystroke_qsfpm_p50"), percentile(theirs, 0.5), QStringLiteral("ms"),
           {{QStringLiteral("rows"), rows}});
    figure(QStringLiteral("filter_keystroke_speedup"), percentile(theirs, 0.5) / percentile(ours, 0.5),
           QStringLiteral("ratio"), {{QStringLiteral("target"), QStringLiteral(">= 10")}});

    // ---- sort by last activity
    model.setFilter({});
    QList<double> sortMs;
    for (int i = 0; i < qMax(5, runs / 4); ++i) {
        QElapsedTimer k;
        k.start();
        model.sort(wf::item::AlertTableModel::LastActivity, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        sortMs << double(k.nsecsElapsed()) / 1e6;
    }
    figure(QStringLiteral("sort_last_activity_100k_p50"), percentile(sortMs, 0.5), QStringLiteral("ms"),
           {{QStringLiteral("rows"), rows}, {QStringLiteral("target"), QStringLiteral("<= 50 ms")}});

}

namespace {
// One full sync on a fresh cache, timed from the session's start to `synced`, with the CPU
// each thread used meanwhile; the set-up reads and the duplicate doctor's log queries that
// follow it are waited out (they hold the single-threaded server) and timed apart.
struct SyncRun
{
    double ms = 0, setupAfterMs = 0;
    QHash<QString, qint64> cpuNs;
    qint64 pageFaults = 0; // the process's minor faults: first touches of memory
    QStringList alertUrls, incidentUrls; // every page the sync fetched, in the order they came
};

qint64 minorFaults()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

SyncRun timedSync(wf::session::Session &s)
{
    SyncRun run;
    QSignalSpy examined(s.doctor(), &wf::integration::DuplicateDoctor::examined);
    QString error;
    // The pages it fetched, for curl to fetch the very same ones.
    const QMetaObject::Connection pages = QObject::connect(
        s.gateway()->network(), &QNetworkAccessManager::finished, [&run](QNetworkReply *reply) {
            const QString path = reply->url().path();
            if (reply->error() != QNetworkReply::NoError)
                return; // a page asked for early and let go
            if (path.endsWith(QLatin1StringView("/security/alerts_v2")))
                run.alertUrls << reply->url().toString(QUrl::FullyEncoded);
            else if (path.endsWith(QLatin1StringView("/security/incidents")))
                run.incidentUrls << reply->url().toString(QUrl::FullyEncoded);
        });
    const QHash<QString, qint64> cpuBefore = cpuByThread();
    const qint64 faultsBefore = minorFaults();
    QElapsedTimer t;
    t.start();
    if (!s.start(&error, 0))
        qFatal("%s", qPrintable(error));
    if (!waitFor(s.sync(), SIGNAL(synced()), 600000))
        qFatal("sync did not finish: %s", qPrintable(s.sync()->lastError()));
    run.ms = double(t.nsecsElapsed()) / 1e6;
    QObject::disconnect(pages);
    run.pageFaults = minorFaults() - faultsBefore;
    const QHash<QString, qint64> cpuAfter = cpuByThread();
    for (auto it = cpuAfter.cbegin(); it != cpuAfter.cend(); ++it)
        run.cpuNs[it.key()] = it.value() - cpuBefore.value(it.key());
    markWindow("sync", run.ms);
    t.restart();
    if (examined.isEmpty() && !examined.wait(600000))
        qFatal("the duplicate doctor did not finish");
    run.setupAfterMs = double(t.nsecsElapsed()) / 1e6;
    return run;
}

double timedCurl(const QStringList &args)
{
    QElapsedTimer c;
    c.start();
    QProcess curl;
    curl.start(QStringLiteral("curl"), args);
    if (!curl.waitForFinished(600000) || curl.exitCode() != 0)
        qFatal("curl failed (is curl installed?): %s", curl.readAllStandardError().constData());
    const double ms = double(c.nsecsElapsed()) / 1e6;
    markWindow("curl", ms);
    return ms;
}
} // namespace

void benchConsole(const QString &dir, qint64 alerts, int runs, int syncRuns, bool syncOnly)
{
    const qint64 rssBefore = residentBytes();
    wf::server::ServerHost host;
    const wf::server::ServerInfo info
        = startDemo(host, dir + QStringLiteral("/console-bench-%1.sqlite").arg(alerts), alerts);

    // ---- full sync vs curl over the same pages, in alternating pairs: the machine's noise
    // falls on both sides of each ratio alike.
    // The first session is kept for the figures after the sync: its heap is the fresh one a
    // console starts with (later sessions would reuse what earlier ones left in pieces).
    std::unique_ptr<QTemporaryDir> firstDir;
    std::unique_ptr<wf::session::Session> first;
    QStringList curlArgs;
    qsizetype pages = 0;
    QList<double> syncMs, curlMs, ratios, setupMs;
    QHash<QString, QList<double>> cpuMs;
    QJsonArray faults;
    for (int run = 0; run < qMax(1, syncRuns); ++run) {
        auto cacheDir = std::make_unique<QTemporaryDir>();
        auto s = sessionOn(info, cacheDir->path());
        const SyncRun sync = timedSync(*s);
        syncMs << sync.ms;
        setupMs << sync.setupAfterMs;
        faults.append(sync.pageFaults);
        for (auto it = sync.cpuNs.cbegin(); it != sync.cpuNs.cend(); ++it)
            cpuMs[it.key()] << double(it.value()) / 1e6;
        if (run == 0) {
            // The pages the sync fetched, fetched again by the gateway alone, one after the
            // other (the stage walk).
            QList<QByteArray> alertPages, incidentPages;
            const double alertWalkMs = fetchPages(*s, sync.alertUrls, &alertPages);
            const double incidentWalkMs = fetchPages(*s, sync.incidentUrls, &incidentPages);
            syncStages(alertWalkMs, incidentWalkMs, alertPages, incidentPages);
            curlArgs = QStringList {QStringLiteral("-s"), QStringLiteral("--fail"),
                QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + bearerToken(*s)};
        }
        // curl fetches the very pages this sync fetched, one after the other.
        QStringList args = curlArgs;
        for (const QString &u : sync.alertUrls + sync.incidentUrls)
            args << QStringLiteral("-o") << QStringLiteral("/dev/null") << u;
        pages = sync.alertUrls.size() + sync.incidentUrls.size();
        curlMs << timedCurl(args);
        ratios << syncMs.last() / curlMs.last();
        if (run == 0) {
            first = std::move(s);
            firstDir = std::move(cacheDir);
        }
    }
    auto &s = first;
    QJsonArray syncRunsMs, curlRunsMs;
    for (qsizetype i = 0; i < syncMs.size(); ++i) {
        syncRunsMs.append(qRound(syncMs[i]));
        curlRunsMs.append(qRound(curlMs[i]));
    }
    QJsonObject cpu;
    double cpuTotal = 0;
    for (auto it = cpuMs.cbegin(); it != cpuMs.cend(); ++it) {
        const double ms = percentile(it.value(), 0.5);
        if (ms >= 1) {
            cpu.insert(it.key(), qRound(ms));
            cpuTotal += ms;
        }
    }
    figure(QStringLiteral("console_full_sync_cpu"), cpuTotal, QStringLiteral("ms"),
        {{QStringLiteral("by_thread_ms"), cpu}, {QStringLiteral("page_faults_by_run"), faults},
            {QStringLiteral("note"),
                QStringLiteral("CPU used during the sync by each thread of the process, the "
                               "in-process server's included; medians")}});
    figure(QStringLiteral("console_setup_after_first_sync"), percentile(setupMs, 0.5),
        QStringLiteral("ms"),
        {{QStringLiteral("alerts"), s->store()->alerts().size()},
            {QStringLiteral("note"),
                QStringLiteral("set-up reads and the duplicate doctor's log queries, which hold "
                               "the server")}});
    figure(QStringLiteral("console_full_sync"), percentile(syncMs, 0.5), QStringLiteral("ms"),
        {{QStringLiteral("alerts"), s->store()->alerts().size()},
            {QStringLiteral("incidents"), s->store()->incidents().size()},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("curl_same_pages_ms"), percentile(curlMs, 0.5)},
            {QStringLiteral("sync_runs_ms"), syncRunsMs},
            {QStringLiteral("curl_runs_ms"), curlRunsMs}});
    figure(QStringLiteral("console_full_sync_vs_curl"), percentile(ratios, 0.5),
        QStringLiteral("ratio"),
        {{QStringLiteral("pairs"), ratios.size()},
            {QStringLiteral("note"),
                QStringLiteral("median of the ratios of alternating sync / curl pairs")},
            {QStringLiteral("target"), QStringLiteral("<= 1.5")}});
    if (syncOnly)
        return;
    // What the console holds: the process's memory with the session alive, less what is left
    // once the session is gone, all with the in-process server stopped (its page cache and
    // what its thread leaves behind are the simulator's, not the console's). Taken after the
    // sync, and again after the queue and entity figures below have used the store (sort
    // orders, the entity index): the second is the figure.
    host.stop();
    const qint64 rssSynced = residentBytes();
    benchQueueModel(*s, runs);
    benchEntityLookup(*s, runs);
    const qint64 rssUsed = residentBytes();
    const qint64 alertsHeld = qMax<qint64>(1, s->store()->alerts().size());
    const qint64 incidentsHeld = s->store()->incidents().size();
    s.reset();
    firstDir.reset();
    const qint64 rssGone = residentBytes();
    figure(QStringLiteral("console_resident_bytes_per_alert"), double(rssUsed - rssGone) / double(alertsHeld),
           QStringLiteral("bytes"),
           {{QStringLiteral("alerts"), alertsHeld},
            {QStringLiteral("incidents"), incidentsHeld},
            {QStringLiteral("after_sync_bytes_per_alert"), double(rssSynced - rssGone) / double(alertsHeld)},
            {QStringLiteral("process_growth_bytes_per_alert"), double(rssUsed - rssBefore) / double(alertsHeld)},
            {QStringLiteral("left_after_session_mib"), double(rssGone - rssBefore) / (1024.0 * 1024.0)},
            {QStringLiteral("note"), QStringLiteral("RSS the session gives back when it goes (store, string pool, entity index, SQLite cache connections, network), per alert, after filtering, sorting and entity lookups; process_growth also counts what the stopped in-process server and the benches left")},
            {QStringLiteral("target"), QStringLiteral("<= 1024")}});
}


} // namespace bench

namespace bench {

// Start to the first painted incident queue, as a user sees it: the real program,
// offscreen, from a fresh data folder (it generates the demo tenant) and again with
// the folder in place. Wall time of the process, from exec to the paint.
void benchStartup(int runs)
{
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/watchfloor/watchfloor");
    if (!QFile::exists(program)) {
        qWarning("startup figures skipped: %s not built", qPrintable(program));
        return;
    }
    auto once = [&](const QString &dataDir) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("WATCHFLOOR_REPORT_FIRST_PAINT"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(program, {QStringLiteral("--data-dir"), dataDir});
        if (!p.waitForFinished(120000) || !p.readAllStandardError().contains("first-queue-paint-ms"))
            qFatal("the console did not paint its queue");
        return double(t.nsecsElapsed()) / 1e6;
    };
    QList<double> cold, warm;
    for (int i = 0; i < qMax(3, runs / 10); ++i) {
        QTemporaryDir dir;
        cold << once(dir.path());
        for (int j = 0; j < 2; ++j)
            warm << once(dir.path());
    }
    figure(QStringLiteral("startup_first_paint_existing_db_p50"), percentile(warm, 0.5), QStringLiteral("ms"),
           {{QStringLiteral("runs"), warm.size()}, {QStringLiteral("target"), QStringLiteral("<= 1000 ms")}});
    figure(QStringLiteral("startup_first_paint_first_start_p50"), percentile(cold, 0.5), QStringLiteral("ms"),
           {{QStringLiteral("runs"), cold.size()},
            {QStringLiteral("note"), QStringLiteral("generates the 10k-alert demo tenant, with a progress window")},
            {QStringLiteral("target"), QStringLiteral("<= 5000 ms")}});
}

std::unique_ptr<wf::session::Session> sessionOn(const wf::server::ServerInfo &info, const QString &cacheDir)
{
    wf::session::Profile p;
    p.id = QStringLiteral("bench");
    p.kind = wf::session::Profile::Kind::RemoteServer;
    p.authority = QUrl(info.baseUrl);
    p.graphBase = QUrl(info.baseUrl + QStringLiteral("/v1.0"));
    p.tenant = info.tenantId;
    p.username = QStringLiteral("analyst@") + info.domain;
    QString password;
    for (const auto &c : info.credentials) {
        if (c.login == p.username)
            password = c.secret;
    }
    return std::make_unique<wf::session::Session>(p, password, cacheDir);
}

} // namespace bench
