// Sync, cache restart, durable edits and queue filtering, against the real server.
#include "item/queuemodel.h"
#include "net/graphclient.h"
#include "rawpeer.h"
#include "serverhost.h"
#include "session/session.h"
#include "store/localcache.h"
#include "store/queuestore.h"
#include "store/syncservice.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace wf;
using namespace Qt::StringLiterals;

namespace {

Timestamp fixedEnd()
{
    Timestamp t;
    Timestamp::parse(u"2026-11-20T00:00:00Z", &t);
    return t;
}

// Runs SQL on a SQLite file outside the cache (an older schema, damage); the failing
// statement, or an empty string.
QString runSql(const QString &path, const QList<QByteArray> &statements)
{
    QString failed;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (!db.open())
            return path;
        QSqlQuery q(db);
        for (const QByteArray &sql : statements) {
            if (!q.exec(QString::fromUtf8(sql))) {
                failed = QString::fromUtf8(sql);
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return failed;
}

// The edits table of schemas 1 and 2 (and today's).
const char *const kEditsTable
    = "CREATE TABLE edits(seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
      "target TEXT NOT NULL, patch BLOB NOT NULL, is_comment INTEGER NOT NULL, if_match TEXT, "
      "base_last_update INTEGER, created INTEGER NOT NULL, state INTEGER NOT NULL, error TEXT, "
      "attempts INTEGER NOT NULL DEFAULT 0, batch TEXT)";
const char *const kPendingEdit
    = "INSERT INTO edits(kind, target, patch, is_comment, created, state) "
      "VALUES('incident', '1', '{\"status\":\"resolved\"}', 0, 1, 0)";

// A sync against a foreign peer (a RawPeer speaking Graph's paging), with its own cache.
struct ForeignSync
{
    explicit ForeignSync(const testsupport::RawPeer &peer)
        : graph(&gw, QUrl(peer.base() + u"/v1.0"_s), nullptr, {QString(), "@odata.nextLink", {}})
    {
        opened = cache.open(dir.filePath(u"cache.sqlite"_s), &error);
        sync = std::make_unique<store::SyncService>(&graph, &store, &cache);
    }
    net::RestGateway gw;
    net::GraphClient graph;
    QTemporaryDir dir;
    store::LocalCache cache;
    store::QueueStore store;
    std::unique_ptr<store::SyncService> sync;
    QString error;
    bool opened = false;
};

} // namespace

class DataLayerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullSyncMatchesServer();
    void incidentsInChains();
    void brokenPageEndsTheSync();
    void chainsWithoutSkip();
    void olderCopyNeverWins();
    void watermarkFromTheFirstPage();
    void modelsPassTester();
    void filterAndSearchMatchBruteForce();
    void sortByLastActivity();
    void deltaSyncPicksUpChanges();
    void cacheShowsDataBeforeNetwork();
    void serverDownMidSyncThenResumes();
    void editWhileDownAppliedOnce();
    void staleEtagIsAConflict();
    void cacheCompactsOldCopies();
    void cacheOfSchema1KeepsEdits();
    void cacheOfSchema2KeepsEdits();
    void cacheReadsItemsAcrossChunks();
    void armThroughTheSameGateway();

private:
    std::unique_ptr<session::Session> newSession(const QString &cacheDir, quint16 port = 0);
    bool startServer(quint16 port = 0);

    QTemporaryDir m_dir;
    server::ServerConfig m_config;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    quint16 m_port = 0;
};

bool DataLayerTest::startServer(quint16 port)
{
    m_config.port = port;
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    if (!m_host->start(m_config, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_info = m_host->info();
    m_port = m_info.port;
    return true;
}

void DataLayerTest::initTestCase()
{
    m_config.dbPath = m_dir.filePath(QStringLiteral("tenant.sqlite"));
    m_config.demo = true;
    m_config.demoOptions.alerts = 1500;
    m_config.demoOptions.end = fixedEnd();
    QVERIFY(startServer());
}

void DataLayerTest::cleanupTestCase()
{
    m_host.reset();
}

std::unique_ptr<session::Session> DataLayerTest::newSession(const QString &cacheDir, quint16 port)
{
    session::Profile p;
    p.id = QStringLiteral("test");
    p.kind = session::Profile::Kind::RemoteServer;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port ? port : m_port);
    p.authority = QUrl(base);
    p.graphBase = QUrl(base + QStringLiteral("/v1.0"));
    p.tenant = m_info.tenantId;
    p.username = QStringLiteral("analyst@") + m_info.domain;
    QString password;
    for (const auto &c : m_info.credentials) {
        if (c.login == p.username)
            password = c.secret;
    }
    auto s = std::make_unique<session::Session>(p, password, cacheDir);
    connect(s->gateway(), &net::RestGateway::failed, this, [](const net::ApiError &e) {
        qInfo("gateway: %s", qPrintable(e.sentence()));
    });
    return s;
}

void DataLayerTest::fullSyncMatchesServer()
{
    QTemporaryDir cache;
    auto s = newSession(cache.path());
    QSignalSpy synced(s->sync(), &store::SyncService::synced);
    QString error;
    QVERIFY2(s->start(&error, 0), qPrintable(error));
    QVERIFY(synced.wait(30000));
    QCOMPARE(s->store()->incidents().size(), m_info.incidents);
    QCOMPARE(s->store()->alerts().size(), m_info.alerts);
    // Every item's JSON is in the cache where the store says it is.
    for (int r = 0; r < s->store()->alerts().size(); r += 7) {
        const QString id = s->store()->alerts().id[r];
        const auto json = s->alertJson(id);
        QVERIFY2(json, qPrintable(id));
        QCOMPARE(json->value(QStringLiteral("id")).toString(), id);
    }
    for (int r = 0; r < s->store()->incidents().size(); r += 7) {
        const QString id = QString::number(s->store()->incidents().id[r]);
        const auto json = s->incidentJson(id);
        QVERIFY2(json, qPrintable(id));
        QCOMPARE(json->value(QStringLiteral("id")).toString(), id);
        QCOMPARE(s->alertsOfIncidentJson(id).size(), s->store()->incidents().alertCount[r]);
    }
    QVERIFY(!s->sync()->isStale());
    // Incident aggregates come from their alerts.
    const store::IncidentTable &t = s->store()->incidents();
    qint64 alertsInIncidents = 0;
    for (int r = 0; r < t.size(); ++r)
        alertsInIncidents += t.alertCount[r];
    QCOMPARE(alertsInIncidents, m_info.alerts);
}

// A full sync walks the incidents in chains that start at $skip offsets and end where the
// next began: every incident once, none missed, nothing twice.
void DataLayerTest::incidentsInChains()
{
    QTemporaryDir cache;
    auto s = newSession(cache.path());
    s->sync()->setIncidentChains(4, 20);
    QStringList skips;
    int incidentPages = 0;
    connect(
        s->gateway()->network(), &QNetworkAccessManager::finished, this, [&](QNetworkReply *reply) {
            const QUrl url = reply->url();
            if (!url.path().endsWith(u"/security/incidents")
                || reply->error() != QNetworkReply::NoError)
                return;
            ++incidentPages;
            const QString skip = QUrlQuery(url).queryItemValue(QStringLiteral("$skip"));
            if (!skip.isEmpty())
                skips << skip;
        });
    QSignalSpy synced(s->sync(), &store::SyncService::synced);
    QString error;
    QVERIFY2(s->start(&error, 0), qPrintable(error));
    QVERIFY(synced.wait(30000));
    const qint64 n = m_info.incidents;
    QVERIFY(n >= 80);
    // The chains run at once: their first replies finish in any order.
    std::sort(skips.begin(), skips.end(),
        [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
    QCOMPARE(skips,
        (QStringList {
            QString::number(n / 4), QString::number(n * 2 / 4), QString::number(n * 3 / 4)}));
    // Each chain let go of its pager where the next began: about one page per 50 incidents,
    // and at most a page or two more per chain.
    QVERIFY2(incidentPages <= (n + 49) / 50 + 4 * 2, qPrintable(QString::number(incidentPages)));
    // Every incident the server lists, once, with its alerts.
    const store::IncidentTable &t = s->store()->incidents();
    QCOMPARE(qint64(t.size()), n);
    QSqlDatabase db
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("chains"));
    db.setDatabaseName(m_config.dbPath);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT num FROM incidents")));
        qint64 listed = 0;
        while (q.next()) {
            QVERIFY2(t.rowOf(q.value(0).toLongLong()) >= 0, qPrintable(q.value(0).toString()));
            ++listed;
        }
        QCOMPARE(listed, n);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("chains"));
    qint64 alertsInIncidents = 0;
    for (int r = 0; r < t.size(); ++r)
        alertsInIncidents += t.alertCount[r];
    QCOMPARE(alertsInIncidents, m_info.alerts);
}

// A page that starts well and breaks in its items: the pager followed its link from the
// start, the worker finds the fault and ends the walk. What was read before the fault is
// kept; the walk fails (no watermark), and the next sync asks again.
void DataLayerTest::brokenPageEndsTheSync()
{
    testsupport::RawPeer peer;
    const QByteArray alerts = R"({"@odata.count":3,"@odata.nextLink":")" + peer.base().toUtf8()
        + R"(/v1.0/security/alerts_v2?page=2","value":[{"id":"a1","incidentId":"1","title":"one"}]})";
    const QByteArray broken = R"({"@odata.nextLink":")" + peer.base().toUtf8()
        + R"(/v1.0/security/alerts_v2?page=3","value":[{"id":"a2","incidentId":"1","title":"two"},{"id":"a3","title":)";
    peer.route("/v1.0/security/alerts_v2?$count=true&$top=2000",
        testsupport::httpAnswer("200 OK", alerts));
    peer.route("/v1.0/security/alerts_v2?page=2", testsupport::httpAnswer("200 OK", broken));
    peer.route("/v1.0/security/alerts_v2?page=3",
        testsupport::httpAnswer(
            "200 OK", R"({"value":[{"id":"a4","incidentId":"1","title":"four"}]})"));
    peer.route("/v1.0/security/incidents?$count=true&$top=50",
        testsupport::httpAnswer(
            "200 OK", R"({"@odata.count":1,"value":[{"id":"1","displayName":"x"}]})"));
    ForeignSync f(peer);
    QVERIFY2(f.opened, qPrintable(f.error));
    QSignalSpy failed(f.sync.get(), &store::SyncService::failed);
    f.sync->syncNow();
    QVERIFY(failed.wait(20000));
    const auto e = failed.first().first().value<net::ApiError>();
    QCOMPARE(e.kind, net::ApiError::Kind::Malformed);
    QVERIFY2(e.sentence().contains(u"not JSON"), qPrintable(e.sentence()));
    QCOMPARE(f.sync->state(), store::SyncService::State::Failed);
    QCOMPARE(f.store.alerts().size(), 2); // a1, and a2 before the fault; not a4 after it
    QVERIFY(f.store.alerts().rowOf(u"a2"_s) >= 0);
    QCOMPARE(f.store.incidents().size(), 1);
    QCOMPARE(f.cache.meta(store::SyncService::watermarkKey(false)), QString());
}

// A Graph-like service that refuses $skip: the chain before the refused one walks on to
// the end, and the sync has every incident.
void DataLayerTest::chainsWithoutSkip()
{
    testsupport::RawPeer peer(testsupport::httpAnswer("400 Bad Request",
        R"({"error":{"code":"BadRequest","message":"Query option 'Skip' is not allowed."}})"));
    auto page = [&](int from, int count, const QByteArray &next, bool withCount) {
        QByteArray body = "{";
        if (withCount)
            body += R"("@odata.count":6,)";
        if (!next.isEmpty())
            body += R"("@odata.nextLink":")" + peer.base().toUtf8() + next + R"(",)";
        body += R"("value":[)";
        for (int i = 0; i < count; ++i)
            body += QByteArray(i ? "," : "") + R"({"id":")" + QByteArray::number(from - i)
                + R"(","displayName":"i"})";
        return testsupport::httpAnswer("200 OK", body + "]}");
    };
    peer.route("/v1.0/security/incidents?$count=true&$top=50",
        page(6, 2, "/v1.0/security/incidents?p=2", true));
    peer.route("/v1.0/security/incidents?p=2", page(4, 2, "/v1.0/security/incidents?p=3", false));
    peer.route("/v1.0/security/incidents?p=3", page(2, 2, {}, false));
    peer.route("/v1.0/security/alerts_v2?$count=true&$top=2000",
        testsupport::httpAnswer("200 OK", R"({"@odata.count":0,"value":[]})"));
    ForeignSync f(peer);
    QVERIFY2(f.opened, qPrintable(f.error));
    f.sync->setIncidentChains(3, 1);
    QSignalSpy banner(&f.gw, &net::RestGateway::failed);
    QSignalSpy synced(f.sync.get(), &store::SyncService::synced);
    QSignalSpy failed(f.sync.get(), &store::SyncService::failed);
    f.sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() + failed.size() > 0, 20000);
    QVERIFY(failed.isEmpty());
    QVERIFY(banner.isEmpty()); // nothing for the window's banner either
    QCOMPARE(f.store.incidents().size(), 6);
    QVERIFY(peer.targets.contains("/v1.0/security/incidents?$skip=2&$top=50"));
    QVERIFY(peer.targets.contains("/v1.0/security/incidents?$skip=4&$top=50"));
}

// Pages of one walk may come out of order (several chains, a retried page): an older copy
// of an item never replaces a newer one in the store.
void DataLayerTest::olderCopyNeverWins()
{
    store::QueueStore store;
    auto incident = [](const char *updated, const char *name) {
        bool ok = false;
        const QByteArray json = QByteArray(R"({"id":"7","displayName":")") + name
            + R"(","lastUpdateDateTime":")" + updated + R"("})";
        // The record views `json`'s bytes: the pair keeps them.
        return std::make_pair(json, store::IncidentRecord::fromJson(json, &ok));
    };
    auto alert = [](const char *updated, const char *title) {
        const QByteArray json = QByteArray(R"({"id":"a7","incidentId":"7","title":")") + title
            + R"(","lastUpdateDateTime":")" + updated + R"("})";
        return json;
    };
    {
        const auto [json, r] = incident("2026-11-20T10:00:00Z", "newer");
        const QByteArray a = alert("2026-11-20T10:00:00Z", "newer");
        store.apply({r}, {store::AlertRecord::fromJson(a)});
    }
    {
        const auto [json, r] = incident("2026-11-20T09:00:00Z", "older");
        const QByteArray a = alert("2026-11-20T09:00:00Z", "older");
        store.apply({r}, {store::AlertRecord::fromJson(a)});
    }
    QCOMPARE(store.incidents().size(), 1);
    QCOMPARE(store.incidents().displayName[0], u"newer"_s);
    QCOMPARE(store.pool().at(store.alerts().title[0]), u"newer"_s);
    {
        const auto [json, r] = incident("2026-11-20T11:00:00Z", "newest");
        store.apply({r}, {});
    }
    QCOMPARE(store.incidents().displayName[0], u"newest"_s);
}

// The watermark of a full walk comes from its first page: an item created after that page
// (which a walk that goes newest first never meets) is still asked for by the next delta,
// however new the items on later pages are.
void DataLayerTest::watermarkFromTheFirstPage()
{
    testsupport::RawPeer peer;
    peer.route("/v1.0/security/incidents?$count=true&$top=50",
        testsupport::httpAnswer("200 OK",
            R"({"@odata.count":2,"@odata.nextLink":")" + peer.base().toUtf8()
                + R"(/v1.0/security/incidents?p=2","value":[{"id":"2","lastUpdateDateTime":"2026-11-20T10:00:00Z"}]})"));
    peer.route("/v1.0/security/incidents?p=2",
        testsupport::httpAnswer(
            "200 OK", R"({"value":[{"id":"1","lastUpdateDateTime":"2026-11-20T12:00:00Z"}]})"));
    peer.route("/v1.0/security/alerts_v2?$count=true&$top=2000",
        testsupport::httpAnswer("200 OK", R"({"@odata.count":0,"value":[]})"));
    ForeignSync f(peer);
    QVERIFY2(f.opened, qPrintable(f.error));
    QSignalSpy synced(f.sync.get(), &store::SyncService::synced);
    f.sync->syncNow();
    QVERIFY(synced.wait(20000));
    QCOMPARE(f.store.incidents().size(), 2);
    QCOMPARE(f.cache.meta(store::SyncService::watermarkKey(true)), u"2026-11-20T10:00:00Z"_s);
}

void DataLayerTest::modelsPassTester()
{
    QTemporaryDir cache;
    auto s = newSession(cache.path());
    item::IncidentTableModel incidents(s->store());
    item::AlertTableModel alerts(s->store());
    QAbstractItemModelTester t1(&incidents, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy synced(s->sync(), &store::SyncService::synced);
    QString error;
    QVERIFY(s->start(&error, 0));
    QVERIFY(synced.wait(30000));
    incidents.sort(item::IncidentTableModel::LastUpdate, Qt::DescendingOrder);
    alerts.sort(item::AlertTableModel::Severity, Qt::AscendingOrder);
    item::QueueFilter f;
    f.search = QStringLiteral("vm-");
    incidents.setFilter(f);
    alerts.setFilter(f);
    QVERIFY(incidents.rowCount() > 0);
    QVERIFY(alerts.rowCount() > 0);
    QCOMPARE(incidents.data(incidents.index(0, 0), item::IdRole).toString(), incidents.idAt(0));
}

void DataLayerTest::filterAndSearchMatchBruteForce()
{
    QTemporaryDir cache;
    auto s = newSession(cache.path());
    QSignalSpy synced(s->sync(), &store::SyncService::synced);
    QString error;
    QVERIFY(s->start(&error, 0));
    QVERIFY(synced.wait(30000));
    item::AlertTableModel model(s->store());
    const store::AlertTable &t = s->store()->alerts();
    const store::StringPool &pool = s->store()->pool();

    // Pick real values from the data to search for.
    QString someResourceId, someAsset, someSubscription;
    for (int r = 0; r < t.size() && (someResourceId.isEmpty() || someAsset.isEmpty()); ++r) {
        for (const QString &part : t.search.parts(r)) {
            if (part.contains(QStringLiteral("virtualmachines")))
                someResourceId = part;
        }
        if (!t.assets.get(r).isEmpty())
            someAsset = pool.at(t.assets.get(r).first());
        someSubscription = pool.at(t.subscription[r]);
    }
    QVERIFY(!someResourceId.isEmpty());
    struct Case
    {
        const char *name;
        item::QueueFilter filter;
        std::function<bool(int)> expect;
    };
    QList<Case> cases;
    {
        item::QueueFilter f;
        f.search = someResourceId.toUpper(); // case-insensitive
        cases.append({"by resource id", f, [&](int r) {
                          for (const QString &part : t.search.parts(r)) {
                              if (part.contains(someResourceId, Qt::CaseInsensitive))
                                  return true;
                          }
                          return false;
                      }});
    }
    {
        item::QueueFilter f;
        f.search = someAsset;
        cases.append({"by asset name", f, [&](int r) {
                          auto has = [&](const store::RefLists &l) {
                              for (int id : l.get(r)) {
                                  if (pool.at(id).contains(someAsset, Qt::CaseInsensitive))
                                      return true;
                              }
                              return false;
                          };
                          bool inSearch = false;
                          for (const QString &part : t.search.parts(r))
                              inSearch = inSearch || part.contains(someAsset, Qt::CaseInsensitive);
                          return has(t.assets) || inSearch || pool.at(t.title[r]).contains(someAsset, Qt::CaseInsensitive)
                              || t.id[r].contains(someAsset, Qt::CaseInsensitive);
                      }});
    }
    {
        item::QueueFilter f;
        f.clouds = store::CloudAws | store::CloudGcp;
        f.severities = {int(AlertSeverity::high)};
        cases.append({"AWS or GCP, high", f, [&](int r) {
                          return (t.clouds[r] & (store::CloudAws | store::CloudGcp)) && t.severity[r] == int(AlertSeverity::high);
                      }});
    }
    {
        item::QueueFilter f;
        f.subscriptions = {someSubscription};
        f.statuses = {int(AlertStatus::resolved)};
        cases.append({"subscription, resolved", f, [&](int r) {
                          return pool.at(t.subscription[r]) == someSubscription && t.status[r] == int(AlertStatus::resolved);
                      }});
    }
    {
        item::QueueFilter f;
        f.assignedTo = {QString()};
        cases.append({"unassigned", f, [&](int r) { return t.assignedTo[r] == 0; }});
    }
    for (const Case &c : cases) {
        model.setFilter(c.filter);
        const QStringList all = model.ids();
        const QSet<QString> got(all.begin(), all.end());
        QSet<QString> want;
        for (int r = 0; r < t.size(); ++r) {
            if (c.expect(r))
                want.insert(t.id[r]);
        }
        QVERIFY2(!want.isEmpty(), c.name);
        QVERIFY2(want.size() < t.size(), c.name);
        QVERIFY2(got == want, qPrintable(QStringLiteral("%1: got %2, want %3").arg(QLatin1StringView(c.name)).arg(got.size()).arg(want.size())));
    }
}

void DataLayerTest::sortByLastActivity()
{
    QTemporaryDir cache;
    auto s = newSession(cache.path());
    QSignalSpy synced(s->sync(), &store::SyncService::synced);
    QString error;
    QVERIFY(s->start(&error, 0));
    QVERIFY(synced.wait(30000));
    item::IncidentTableModel model(s->store());
    model.sort(item::IncidentTableModel::LastActivity, Qt::DescendingOrder);
    const store::IncidentTable &t = s->store()->incidents();
    QCOMPARE(model.rowCount(), t.size());
    for (int i = 1; i < model.rowCount(); ++i)
        QVERIFY(t.lastActivity[model.storeRow(i - 1)] >= t.lastActivity[model.storeRow(i)]);
}

void DataLayerTest::deltaSyncPicksUpChanges()
{
    QTemporaryDir cache;
    auto s = newSession(cache.path());
    QSignalSpy synced(s->sync(), &store::SyncService::synced);
    QString error;
    QVERIFY(s->start(&error, 0));
    QVERIFY(synced.wait(30000));
    // Someone else (a second session, as another analyst would) resolves an incident.
    QTemporaryDir otherCache;
    auto other = newSession(otherCache.path());
    const store::IncidentTable &t = s->store()->incidents();
    int row = -1;
    for (int r = 0; r < t.size() && row < 0; ++r) {
        if (t.status[r] == int(IncidentStatus::active))
            row = r;
    }
    QVERIFY(row >= 0);
    const qint64 id = t.id[row];
    net::RestCall *call = other->graph()->patch(QStringLiteral("security/incidents/%1").arg(id),
                                                {{QStringLiteral("status"), QStringLiteral("resolved")}});
    QSignalSpy done(call, &net::RestCall::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(done.first().first().value<net::RestResult>().error.ok());
    s->sync()->syncNow();
    QVERIFY(synced.wait(30000));
    QCOMPARE(int(t.status[t.rowOf(id)]), int(IncidentStatus::resolved));
    QCOMPARE(s->store()->incidents().size(), m_info.incidents); // no duplicates
}

void DataLayerTest::cacheShowsDataBeforeNetwork()
{
    QTemporaryDir cache;
    {
        auto s = newSession(cache.path());
        QSignalSpy synced(s->sync(), &store::SyncService::synced);
        QString error;
        QVERIFY(s->start(&error, 0));
        QVERIFY(synced.wait(30000));
    }
    // Restart against a port where nothing listens: the cached queue is there at once.
    auto s = newSession(cache.path(), 1);
    QString error;
    QVERIFY(s->start(&error, 0));
    QCOMPARE(s->store()->incidents().size(), m_info.incidents);
    QCOMPARE(s->store()->alerts().size(), m_info.alerts);
    QVERIFY(s->sync()->isStale());
    QSignalSpy failed(s->sync(), &store::SyncService::failed);
    QVERIFY(failed.wait(30000));
    const auto e = failed.first().first().value<net::ApiError>();
    QCOMPARE(e.kind, net::ApiError::Kind::Network);
    QVERIFY(!e.sentence().isEmpty());
    QCOMPARE(s->store()->alerts().size(), m_info.alerts); // nothing lost
}

void DataLayerTest::serverDownMidSyncThenResumes()
{
    QTemporaryDir cache;
    auto s = newSession(cache.path());
    QSignalSpy synced(s->sync(), &store::SyncService::synced);
    QSignalSpy failed(s->sync(), &store::SyncService::failed);
    QSignalSpy progress(s->sync(), &store::SyncService::progress);
    QString error;
    QVERIFY(s->start(&error, 0));
    // Stop the server as soon as the first page arrived.
    QVERIFY(progress.wait(30000));
    const quint16 port = m_port;
    m_host->stop();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() + failed.size() > 0, 60000);
    if (failed.isEmpty())
        QSKIP("the sync finished before the server went down");
    QVERIFY(s->store()->alerts().size() < m_info.alerts || s->store()->incidents().size() < m_info.incidents);
    QVERIFY(startServer(port));
    QCOMPARE(m_port, port);
    s->sync()->syncNow();
    QVERIFY(synced.wait(30000));
    QCOMPARE(s->store()->alerts().size(), m_info.alerts);
    QCOMPARE(s->store()->incidents().size(), m_info.incidents);
}

void DataLayerTest::editWhileDownAppliedOnce()
{
    QTemporaryDir cache;
    auto s = newSession(cache.path());
    QSignalSpy synced(s->sync(), &store::SyncService::synced);
    QString error;
    QVERIFY(s->start(&error, 0));
    QVERIFY(synced.wait(30000));
    const store::IncidentTable &t = s->store()->incidents();
    int row = -1;
    for (int r = 0; r < t.size() && row < 0; ++r) {
        if (t.status[r] == int(IncidentStatus::active))
            row = r;
    }
    QVERIFY(row >= 0);
    const QString id = QString::number(t.id[row]);

    const quint16 port = m_port;
    m_host->stop();
    QSignalSpy offline(s->edits(), &store::EditService::offline);
    s->edits()->submit(true, {id}, {{QStringLiteral("status"), QStringLiteral("inProgress")}});
    s->edits()->submit(true, {id}, {}, QStringLiteral("Looked at this while the server was down"));
    QVERIFY(offline.wait(30000));
    QCOMPARE(s->edits()->pendingCount(), 2);
    QVERIFY(s->edits()->pendingIds().contains(id));

    // The edits are durable: a new session on the same cache still has them.
    s.reset();
    QVERIFY(startServer(port));
    s = newSession(cache.path());
    QSignalSpy batches(s->edits(), &store::EditService::pendingChanged);
    QVERIFY(s->start(&error, 0));
    QTRY_COMPARE_WITH_TIMEOUT(s->edits()->pendingCount(), 0, 30000);
    QVERIFY(s->edits()->failedEdits().isEmpty());

    net::RestCall *get = s->graph()->get(QStringLiteral("security/incidents/") + id);
    QSignalSpy done(get, &net::RestCall::finished);
    QVERIFY(done.wait(10000));
    const QJsonObject incident = QJsonDocument::fromJson(done.first().first().value<net::RestResult>().body).object();
    QCOMPARE(incident.value(QStringLiteral("status")).toString(), QStringLiteral("inProgress"));
    int comments = 0;
    for (const QJsonValue &c : incident.value(QStringLiteral("comments")).toArray())
        comments += c.toObject().value(QStringLiteral("comment")).toString() == QStringLiteral("Looked at this while the server was down");
    QCOMPARE(comments, 1);
}

void DataLayerTest::staleEtagIsAConflict()
{
    QTemporaryDir cache;
    auto s = newSession(cache.path());
    QSignalSpy synced(s->sync(), &store::SyncService::synced);
    QString error;
    QVERIFY(s->start(&error, 0));
    QVERIFY(synced.wait(30000));
    const store::AlertTable &t = s->store()->alerts();
    const QString id = t.id[0];
    // Another client changes the alert; our copy's ETag is now stale.
    QTemporaryDir otherCache;
    auto other = newSession(otherCache.path());
    net::RestCall *call = other->graph()->patch(QStringLiteral("security/alerts_v2/") + id,
                                                {{QStringLiteral("assignedTo"), QStringLiteral("someone@else")}});
    QSignalSpy done(call, &net::RestCall::finished);
    QVERIFY(done.wait(10000));
    QSignalSpy failedEdit(s->edits(), &store::EditService::editFailed);
    s->edits()->submit(false, {id}, {{QStringLiteral("assignedTo"), QStringLiteral("me@here")}});
    QVERIFY(failedEdit.wait(30000));
    const auto e = failedEdit.first().first().value<store::PendingEdit>();
    QVERIFY2(e.error.contains(QStringLiteral("changed")), qPrintable(e.error));
    // The queue shows the server's truth, not our lost change.
    QTRY_COMPARE_WITH_TIMEOUT(s->store()->pool().at(t.assignedTo[t.rowOf(id)]), QStringLiteral("someone@else"), 10000);
}

void DataLayerTest::cacheCompactsOldCopies()
{
    QTemporaryDir cache;
    qint64 segmentsBefore = 0;
    {
        auto s = newSession(cache.path());
        QSignalSpy synced(s->sync(), &store::SyncService::synced);
        QString error;
        QVERIFY2(s->start(&error, 0), qPrintable(error));
        QVERIFY(synced.wait(30000));
        // A second full sync writes every item again: the first copies are superseded.
        for (bool incidents : {true, false})
            s->cache()->setMeta(store::SyncService::watermarkKey(incidents), QString());
        s->sync()->syncNow();
        QVERIFY(synced.wait(30000));
        segmentsBefore = s->cache()->segmentCount();
    }
    auto s = newSession(cache.path());
    s->sync()->setCompactAboveBytes(0);
    QSignalSpy synced(s->sync(), &store::SyncService::synced);
    QString error;
    QVERIFY2(s->start(&error, 0), qPrintable(error));
    // Loaded (and compacted) before the network answers.
    QCOMPARE(s->store()->incidents().size(), m_info.incidents);
    QCOMPARE(s->store()->alerts().size(), m_info.alerts);
    const qint64 segmentsAfter = s->cache()->segmentCount();
    QVERIFY2(segmentsAfter > 0 && segmentsAfter < segmentsBefore / 2,
             qPrintable(QStringLiteral("%1 -> %2 segments").arg(segmentsBefore).arg(segmentsAfter)));
    for (int r = 0; r < s->store()->alerts().size(); ++r) {
        const QString id = s->store()->alerts().id[r];
        const auto json = s->alertJson(id);
        QVERIFY2(json && json->value(QStringLiteral("id")).toString() == id, qPrintable(id));
    }
    for (int r = 0; r < s->store()->incidents().size(); ++r) {
        const QString id = QString::number(s->store()->incidents().id[r]);
        const auto json = s->incidentJson(id);
        QVERIFY2(json && json->value(QStringLiteral("id")).toString() == id, qPrintable(id));
    }
    QVERIFY(synced.wait(30000));
}

void DataLayerTest::cacheOfSchema1KeepsEdits()
{
    // A cache written by the item-per-row schema: its items are synced again, its
    // pending edits are kept.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QString failed = runSql(path,
        {"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE incidents(id TEXT PRIMARY KEY, last_update INTEGER, json BLOB NOT NULL)",
            "CREATE TABLE alerts(id TEXT PRIMARY KEY, incident_id TEXT, last_update INTEGER, json "
            "BLOB NOT NULL)",
            kEditsTable, "INSERT INTO meta VALUES('watermark.alerts', '2026-11-01T00:00:00Z')",
            "INSERT INTO incidents VALUES('1', 0, '{\"id\":\"1\"}')", kPendingEdit,
            "PRAGMA user_version=1"});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    store::LocalCache cache;
    QString error;
    QVERIFY2(cache.open(path, &error), qPrintable(error));
    const QList<store::PendingEdit> pending = cache.edits(store::PendingEdit::State::Pending);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().patch.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(cache.meta(store::SyncService::watermarkKey(false)), QString());
    QCOMPARE(cache.segmentCount(), 0);
}

void DataLayerTest::cacheOfSchema2KeepsEdits()
{
    // A cache of whole-page segments (schema 2): its segments are synced again in chunks,
    // its pending edits are kept.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    const QString failed = runSql(path,
        {"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE segments(seq INTEGER PRIMARY KEY AUTOINCREMENT, kind INTEGER NOT NULL, "
            "raw_size INTEGER NOT NULL, data BLOB NOT NULL)",
            kEditsTable, "INSERT INTO meta VALUES('watermark.incidents', '2026-11-01T00:00:00Z')",
            "INSERT INTO segments(kind, raw_size, data) VALUES(0, 11, x'b07b226964223a2231227d0a')",
            kPendingEdit, "PRAGMA user_version=2"});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    store::LocalCache cache;
    QString error;
    QVERIFY2(cache.open(path, &error), qPrintable(error));
    QCOMPARE(cache.edits(store::PendingEdit::State::Pending).size(), 1);
    QCOMPARE(cache.meta(store::SyncService::watermarkKey(true)), QString());
    QCOMPARE(cache.segmentCount(), 0);
    const QList<store::CacheRef> refs
        = cache.putItems(store::LocalCache::Kind::Incidents, {QByteArrayView(R"({"id":"1"})")});
    QCOMPARE(refs.size(), 1);
    QCOMPARE(cache.itemBytes(refs.first()), QByteArray(R"({"id":"1"})"));
}

// Items of every size, some across the 64 KiB chunks a segment is packed in, some bigger
// than a chunk, read back one by one, out of order and as whole segments; a damaged
// segment reads as nothing, with no crash.
void DataLayerTest::cacheReadsItemsAcrossChunks()
{
    QTemporaryDir dir;
    store::LocalCache cache;
    QString error;
    QVERIFY2(cache.open(dir.filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QList<QByteArray> items;
    QList<QByteArrayView> views;
    quint32 seed = 7;
    for (int i = 0; i < 300; ++i) {
        seed = seed * 1103515245u + 12345u;
        const int size = i % 50 == 7 ? 150000 : int(seed % 3000) + 1;
        QByteArray item = "{\"id\":\"" + QByteArray::number(i) + "\",\"x\":\"";
        for (int k = 0; item.size() < size; ++k)
            item += char('a' + (k * 7 + i) % 26);
        items << item + "\"}";
    }
    for (const QByteArray &item : std::as_const(items))
        views << item;
    const QList<store::CacheRef> refs = cache.putItems(store::LocalCache::Kind::Alerts, views);
    QCOMPARE(refs.size(), items.size());
    QVERIFY(refs.last().offset > 5 * 65536);
    for (int i = int(items.size()) - 1; i >= 0; i -= 3)
        QCOMPARE(cache.itemBytes(refs[i]), items[i]);
    for (int i = 0; i < items.size(); ++i)
        QCOMPARE(cache.itemBytes(refs[i]), items[i]);
    QByteArray whole;
    cache.forEachSegment(
        [&](store::LocalCache::Kind, qint32, const QByteArray &bytes) { whole = bytes; });
    QCOMPARE(whole, items.join('\n') + '\n');

    // Damage the packed bytes: the chunk table, then a chunk's data.
    const store::CacheRef second
        = cache.putItems(store::LocalCache::Kind::Alerts, {QByteArrayView(items[3])}).first();
    cache.close();
    const QString failed = runSql(dir.filePath(u"cache.sqlite"_s),
        {"UPDATE segments SET data = x'ffffffff' WHERE seq = "
                + QByteArray::number(refs[0].segment),
            "UPDATE segments SET data = substr(data, 1, 10) WHERE seq = "
                + QByteArray::number(second.segment)});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY2(cache.open(dir.filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cache: segment \\d+ is damaged"_s));
    QCOMPARE(cache.itemBytes(refs[5]), QByteArray());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cache: segment \\d+ is damaged"_s));
    QCOMPARE(cache.itemBytes(second), QByteArray());
    int segments = 0;
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(u"cache: segment \\d+ is damaged; skipped"_s));
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(u"cache: segment \\d+ is damaged; skipped"_s));
    cache.forEachSegment([&](store::LocalCache::Kind, qint32, const QByteArray &) { ++segments; });
    QCOMPARE(segments, 0);
}

void DataLayerTest::armThroughTheSameGateway()
{
    // The session's ARM client: same gateway and sign-in, its own token resource,
    // paging by nextLink, ARM's error bodies as sentences.
    QTemporaryDir cache;
    auto s = newSession(cache.path());
    QStringList subscriptions;
    bool done = false;
    net::ApiError error;
    net::Pager *subs = s->arm()->list(QStringLiteral("subscriptions"), {}, 0);
    connect(subs, &net::Pager::page, this, [&](const QByteArray &, const QJsonArray &items, qint64) {
        for (const QJsonValue &v : items)
            subscriptions << v.toObject().value(QStringLiteral("subscriptionId")).toString();
    });
    connect(subs, &net::Pager::finished, this, [&](const net::ApiError &e, qint64) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(error.ok(), qPrintable(error.sentence()));
    QVERIFY(subscriptions.size() >= 8);

    // Defender for Cloud alerts come 50 to a page: the walk follows nextLink to the end.
    QString busiest;
    qint64 most = 0;
    for (const QString &sub : std::as_const(subscriptions)) {
        QSet<QString> names;
        int pages = 0;
        done = false;
        net::Pager *alerts = s->arm()->list(QStringLiteral("subscriptions/%1/providers/Microsoft.Security/alerts").arg(sub), {}, 0);
        connect(alerts, &net::Pager::page, this, [&](const QByteArray &, const QJsonArray &items, qint64) {
            ++pages;
            for (const QJsonValue &v : items)
                names.insert(v.toObject().value(QStringLiteral("name")).toString());
        });
        connect(alerts, &net::Pager::finished, this, [&](const net::ApiError &e, qint64 count) {
            error = e;
            done = true;
            QCOMPARE(count, qint64(-1)); // ARM lists carry no count
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(error.ok(), qPrintable(error.sentence()));
        if (names.size() > most) {
            most = names.size();
            busiest = sub;
        }
        if (names.size() > 50)
            QVERIFY(pages >= 2);
    }
    QVERIFY2(most > 50, "one subscription's alerts span pages");

    // The analyst reads plans but may not change them: the 403 names the role.
    done = false;
    net::RestCall *put = s->arm()->put(
        QStringLiteral("subscriptions/%1/providers/Microsoft.Security/pricings/VirtualMachines").arg(busiest),
        {{QStringLiteral("properties"), QJsonObject{{QStringLiteral("pricingTier"), QStringLiteral("Free")}}}});
    connect(put, &net::RestCall::finished, this, [&](const net::RestResult &r) {
        error = r.error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, net::ApiError::Kind::Forbidden);
    QVERIFY2(error.sentence().contains(QStringLiteral("Security Admin")), qPrintable(error.sentence()));
}

QTEST_GUILESS_MAIN(DataLayerTest)
#include "tst_datalayer.moc"
