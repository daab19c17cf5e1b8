// Log query API tests: the real watchfloor-server in-process on a loopback port with a demo
// tenant, queried over HTTP through Log Analytics' POST /v1/workspaces/{id}/query and Graph's
// POST /v1.0/security/runHuntingQuery. Counts are checked against plain queries counted on
// the client and against the server's SQLite file opened read-only.
#include "apiclient.h"
#include "demosession.h"
#include "demotenant.h"
#include "query/kql.h"
#include "query/kqltables.h"
#include "serverhost.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace wf;
using namespace wf::apitest;
using namespace Qt::StringLiterals;

namespace {

const QString kHunting = u"/v1.0/security/runHuntingQuery"_s;
const QString kLogAnalytics = u"https://api.loganalytics.io/.default"_s;
const QString kGraph = u"https://graph.microsoft.com/.default"_s;
// Wide enough for every row, so both APIs see the same ones.
const QString kAllTime = u"2000-01-01T00:00:00Z/2100-01-01T00:00:00Z"_s;

// A Log Analytics result table: column names and types, rows of arrays.
struct Columns
{
    QStringList names, types;

    int column(const QString &name) const { return int(names.indexOf(name)); }
    // Reads [{"name","type"}], the shape of both APIs' column lists.
    void read(const QJsonArray &columns)
    {
        for (const QJsonValue &c : columns) {
            names << c.toObject().value(u"name").toString();
            types << c.toObject().value(u"type").toString();
        }
    }
};

// A Log Analytics result table: rows of arrays.
struct LaTable : Columns
{
    QJsonArray rows;
    QJsonObject error; // the PartialError beside "tables", if any
};

// A hunting result: rows as objects.
struct HuntingResult : Columns
{
    QJsonArray results;
    QString context;
};

// A token for `scope` from the tenant `info` describes: for the demo user `user`, or with
// a null `user` for the demo app (the read-write one or the read-only one).
void fetchToken(Client &client, const server::ServerInfo &info, const char *user, bool readWrite,
    const QString &scope, QString *out)
{
    QList<std::pair<QString, QString>> form {{u"scope"_s, scope}};
    if (user) {
        form += {{u"grant_type"_s, u"password"_s}, {u"client_id"_s, appClientId(info, true)},
            {u"username"_s, demoLogin(info, user)},
            {u"password"_s, secretOf(info, demoLogin(info, user))}};
    } else {
        const QString app = appClientId(info, readWrite);
        QVERIFY(!app.isEmpty());
        form += {{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, app},
            {u"client_secret"_s, secretOf(info, app)}};
    }
    const Reply r = client.send("POST", u'/' + info.tenantId + u"/oauth2/v2.0/token"_s,
        encodeQuery(form).mid(1).toLatin1(),
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QVERIFY2(r.status == 200, r.describe().constData());
    *out = r.json().value(u"access_token").toString();
    QVERIFY(!out->isEmpty());
}

} // namespace

class LogQueryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void productNameQuery();
    void takeFive();
    void summarizeMatchesBruteForce();
    void securityIncident();
    void getWithUrlQuery();
    void hunting();
    void huntingDefaultsToThirtyDays();
    void queryOutsideSubset();
    void malformedRequests();
    void unknownWorkspace();
    void wrongAudience();
    void permissions();
    void rowLimits();

private:
    static QString laPath(const QString &workspace)
    {
        return u"/v1/workspaces/"_s + workspace + u"/query"_s;
    }
    QString laPath() const { return laPath(m_info.workspaceId); }
    Reply laPost(const QByteArray &body, const QString &token, const QString &workspace = {})
    {
        return m_client.send("POST", laPath(workspace.isEmpty() ? m_info.workspaceId : workspace),
            body, bearer(token));
    }
    Reply huntPost(const QByteArray &body, const QString &token)
    {
        return m_client.send("POST", kHunting, body, bearer(token));
    }
    // Posts `query` (and `timespan`) in the API's body shape to `path`; expects 200.
    void postQuery(const QString &path, const QString &token, bool graph, const QString &query,
        const QString &timespan, QJsonObject *out);
    // Runs `query` through Log Analytics and expects 200.
    void la(const QString &query, LaTable *out, const QString &timespan = {});
    // Runs `query` through runHuntingQuery and expects 200.
    void hunt(const QString &query, HuntingResult *out, const QString &timespan = {});
    qint64 sqliteCount(const QString &sql);
    void expectLaError(const Reply &r, int status, const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    Client m_client;
    // Tokens for Log Analytics (la*) and Graph (graph*).
    QString m_laAnalyst, m_laTier1, m_laCloudops, m_laApp;
    QString m_graphAnalyst, m_graphReader, m_graphTier1, m_graphCloudops, m_graphRwApp,
        m_graphRoApp;
};

// ---- helpers

void LogQueryTest::postQuery(const QString &path, const QString &token, bool graph,
    const QString &query, const QString &timespan, QJsonObject *out)
{
    QJsonObject body {{graph ? u"Query"_s : u"query"_s, query}};
    if (!timespan.isEmpty())
        body.insert(graph ? u"Timespan"_s : u"timespan"_s, timespan);
    const Reply r = m_client.send("POST", path, json(body), bearer(token));
    QVERIFY2(r.status == 200, qPrintable(query + u" -> "_s + QString::fromUtf8(r.describe())));
    *out = r.json();
}

void LogQueryTest::la(const QString &query, LaTable *out, const QString &timespan)
{
    QJsonObject o;
    CALL(postQuery(laPath(), m_laAnalyst, false, query, timespan, &o));
    const QJsonArray tables = o.value(u"tables").toArray();
    QCOMPARE(tables.size(), 1);
    const QJsonObject t = tables.at(0).toObject();
    QCOMPARE(t.value(u"name").toString(), u"PrimaryResult"_s);
    *out = LaTable();
    out->read(t.value(u"columns").toArray());
    out->rows = t.value(u"rows").toArray();
    out->error = o.value(u"error").toObject();
    for (const QJsonValue &row : std::as_const(out->rows))
        QCOMPARE(row.toArray().size(), out->names.size());
}

void LogQueryTest::hunt(const QString &query, HuntingResult *out, const QString &timespan)
{
    QJsonObject o;
    CALL(postQuery(kHunting, m_graphAnalyst, true, query, timespan, &o));
    *out = HuntingResult();
    out->context = o.value(u"@odata.context").toString();
    out->read(o.value(u"schema").toArray());
    QVERIFY(o.value(u"results").isArray());
    out->results = o.value(u"results").toArray();
}

qint64 LogQueryTest::sqliteCount(const QString &sql)
{
    // The brute-force side: the server's own file, opened read-only beside it.
    return testsupport::sqliteCount(m_dir.filePath(u"tenant.db"_s), sql);
}

void LogQueryTest::expectLaError(const Reply &r, int status, const QString &code)
{
    QVERIFY2(r.status == status, r.describe().constData());
    QVERIFY2(r.header("content-type").startsWith("application/json"),
        r.header("content-type").constData());
    const QJsonObject error = r.json().value(u"error").toObject();
    QVERIFY2(error.value(u"code").toString() == code, r.describe().constData());
    QVERIFY2(!error.value(u"message").toString().isEmpty(), r.describe().constData());
}

// ---- setup

void LogQueryTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    server::ServerConfig config;
    config.dbPath = m_dir.filePath(u"tenant.db"_s);
    config.port = 0;
    config.demo = true;
    config.demoOptions.seed = 20261123;
    config.demoOptions.alerts = 800;
    config.demoOptions.days = 40; // longer than hunting's default 30-day window
    QString error;
    m_host = std::make_unique<server::ServerHost>();
    QVERIFY2(m_host->start(config, &error), qPrintable(error));
    m_info = m_host->info();
    QVERIFY(!m_info.workspaceId.isEmpty());
    m_client.setBaseUrl(m_info.baseUrl);

    auto token = [this](const char *user, bool readWrite, const QString &scope, QString *out) {
        fetchToken(m_client, m_info, user, readWrite, scope, out);
    };
    CALL(token("analyst", true, kLogAnalytics, &m_laAnalyst));
    CALL(token("tier1", true, kLogAnalytics, &m_laTier1));
    CALL(token("cloudops", true, kLogAnalytics, &m_laCloudops));
    CALL(token(nullptr, true, kLogAnalytics, &m_laApp));
    CALL(token("analyst", true, kGraph, &m_graphAnalyst));
    CALL(token("reader", true, kGraph, &m_graphReader));
    CALL(token("tier1", true, kGraph, &m_graphTier1));
    CALL(token("cloudops", true, kGraph, &m_graphCloudops));
    CALL(token(nullptr, true, kGraph, &m_graphRwApp));
    CALL(token(nullptr, false, kGraph, &m_graphRoApp));
}

void LogQueryTest::cleanupTestCase()
{
    m_host.reset();
}

// ---- results

void LogQueryTest::productNameQuery()
{
    LaTable count;
    CALL(la(u"SecurityAlert | where ProductName == \"Azure Security Center\" | count"_s, &count));
    QCOMPARE(count.names, QStringList {u"Count"_s});
    QCOMPARE(count.types, QStringList {u"long"_s});
    QCOMPARE(count.rows.size(), 1);
    const qint64 n = count.rows.at(0).toArray().at(0).toInteger(-1);

    // Every SecurityAlert row the connectors wrote is a Defender for Cloud alert.
    const qint64 stored = sqliteCount(u"SELECT COUNT(*) FROM security_alerts"_s);
    QVERIFY2(stored > 0, "the demo's legacy connector should have written SecurityAlert rows");
    QCOMPARE(n, stored);

    LaTable byProvider;
    CALL(la(u"SecurityAlert | summarize count() by ProviderName"_s, &byProvider));
    QCOMPARE(byProvider.names, (QStringList {u"ProviderName"_s, u"count_"_s}));
    qint64 total = 0;
    for (const QJsonValue &row : std::as_const(byProvider.rows))
        total += row.toArray().at(1).toInteger();
    QCOMPARE(total, stored);
    QCOMPARE(byProvider.rows.size(),
        qsizetype(sqliteCount(u"SELECT COUNT(DISTINCT via) FROM security_alerts"_s)));

    // The rows themselves, not only their count.
    LaTable rows;
    CALL(la(u"SecurityAlert | where ProductName == \"Azure Security Center\""_s, &rows));
    QCOMPARE(rows.rows.size(), qsizetype(stored));
    const int product = rows.column(u"ProductName"_s);
    for (const QJsonValue &row : std::as_const(rows.rows))
        QCOMPARE(row.toArray().at(product).toString(), u"Azure Security Center"_s);
    QVERIFY(rows.error.isEmpty());
}

void LogQueryTest::takeFive()
{
    LaTable t;
    CALL(la(u"SecurityAlert | take 5"_s, &t));
    QCOMPARE(t.rows.size(), 5);
    const QList<server::kql::Column> &documented = server::kql::securityAlertColumns();
    QCOMPARE(t.names.size(), documented.size());
    for (qsizetype i = 0; i < documented.size(); ++i) {
        QCOMPARE(t.names.at(i), documented.at(i).name);
        QCOMPARE(t.types.at(i), QString(server::kql::typeName(documented.at(i).type)));
    }
    for (const char *name : {"TimeGenerated", "AlertName", "AlertSeverity", "SystemAlertId",
             "ProductName", "ConfidenceScore", "IsIncident", "Entities", "Type"})
        QVERIFY2(t.column(QLatin1StringView(name)) >= 0, name);
    QCOMPARE(t.types.at(t.column(u"TimeGenerated"_s)), u"datetime"_s);
    QCOMPARE(t.types.at(t.column(u"ConfidenceScore"_s)), u"real"_s);
    QCOMPARE(t.types.at(t.column(u"IsIncident"_s)), u"bool"_s);
    for (const QJsonValue &v : std::as_const(t.rows)) {
        const QJsonArray row = v.toArray();
        QVERIFY(QDateTime::fromString(
            row.at(t.column(u"TimeGenerated"_s)).toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(row.at(t.column(u"IsIncident"_s)).isBool());
        QVERIFY(!row.at(t.column(u"SystemAlertId"_s)).toString().isEmpty());
        QCOMPARE(row.at(t.column(u"Type"_s)).toString(), u"SecurityAlert"_s);
        // Entities is a string column holding JSON text.
        QVERIFY(
            QJsonDocument::fromJson(row.at(t.column(u"Entities"_s)).toString().toUtf8()).isArray());
    }
}

void LogQueryTest::summarizeMatchesBruteForce()
{
    LaTable all;
    CALL(la(u"SecurityAlert"_s, &all));
    QHash<QString, qint64> expected;
    const int severity = all.column(u"AlertSeverity"_s);
    QVERIFY(severity >= 0);
    for (const QJsonValue &row : std::as_const(all.rows))
        ++expected[row.toArray().at(severity).toString()];
    QVERIFY(expected.size() > 1);

    LaTable bySeverity;
    CALL(la(
        u"SecurityAlert | summarize n = count() by AlertSeverity | sort by n desc"_s, &bySeverity));
    QCOMPARE(bySeverity.names, (QStringList {u"AlertSeverity"_s, u"n"_s}));
    QCOMPARE(bySeverity.types, (QStringList {u"string"_s, u"long"_s}));
    QHash<QString, qint64> got;
    qint64 last = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : std::as_const(bySeverity.rows)) {
        const QJsonArray row = v.toArray();
        got.insert(row.at(0).toString(), row.at(1).toInteger());
        QVERIFY(row.at(1).toInteger() <= last);
        last = row.at(1).toInteger();
    }
    QCOMPARE(got, expected);

    // The same through Graph, over the same rows.
    HuntingResult hunted;
    CALL(hunt(u"SecurityAlert | summarize count() by AlertSeverity"_s, &hunted, kAllTime));
    QHash<QString, qint64> huntedCounts;
    for (const QJsonValue &v : std::as_const(hunted.results))
        huntedCounts.insert(v.toObject().value(u"AlertSeverity").toString(),
            v.toObject().value(u"count_").toInteger());
    QCOMPARE(huntedCounts, expected);
}

void LogQueryTest::securityIncident()
{
    const qint64 stored = sqliteCount(u"SELECT COUNT(*) FROM sentinel_incidents"_s);
    QVERIFY2(stored > 0, "the demo's incident-creation rule should have made Sentinel incidents");
    LaTable count;
    CALL(la(u"SecurityIncident | count"_s, &count));
    QCOMPARE(count.rows.at(0).toArray().at(0).toInteger(), stored);

    LaTable t;
    CALL(la(u"SecurityIncident | project IncidentNumber, Title, Severity, Status, AlertIds, "
            "CreatedTime | take 20"_s,
        &t));
    QCOMPARE(t.names,
        (QStringList {u"IncidentNumber"_s, u"Title"_s, u"Severity"_s, u"Status"_s, u"AlertIds"_s,
            u"CreatedTime"_s}));
    QCOMPARE(t.types,
        (QStringList {
            u"int"_s, u"string"_s, u"string"_s, u"string"_s, u"dynamic"_s, u"datetime"_s}));
    QCOMPARE(t.rows.size(), qMin<qsizetype>(20, stored));
    qint64 previous = 0;
    qsizetype linked = 0;
    for (const QJsonValue &v : std::as_const(t.rows)) {
        const QJsonArray row = v.toArray();
        QVERIFY(row.at(0).isDouble());
        QVERIFY(row.at(0).toInteger() > previous);
        previous = row.at(0).toInteger();
        QVERIFY(!row.at(1).toString().isEmpty());
        // Dynamic arrays travel as their JSON text, as Log Analytics sends them.
        const QJsonDocument ids = QJsonDocument::fromJson(row.at(4).toString().toUtf8());
        QVERIFY2(ids.isArray(), qPrintable(row.at(4).toString()));
        linked += ids.array().isEmpty() ? 0 : 1;
        // Exactly the incident's own SecurityAlert rows, each found by its text.
        const qint64 number = row.at(0).toInteger();
        QCOMPARE(ids.array().size(),
                 sqliteCount(u"SELECT COUNT(*) FROM sentinel_incident_alerts WHERE incident = %1"_s.arg(number)));
        for (const QJsonValue &id : ids.array()) {
            QCOMPARE(sqliteCount(u"SELECT COUNT(*) FROM sentinel_incident_alerts a JOIN security_alerts s "
                                 "ON s.seq = a.alert_seq WHERE a.incident = %1 AND "
                                 "instr(CAST(s.row AS TEXT), '\"SystemAlertId\":\"%2\"') > 0"_s
                                     .arg(number)
                                     .arg(id.toString())),
                     qint64(1));
        }
    }
    QVERIFY2(linked > 0, "no incident lists the SecurityAlert rows it was made from");

    // One incident by number.
    LaTable one;
    CALL(
        la(u"SecurityIncident | where IncidentNumber == %1 | project Title"_s.arg(previous), &one));
    QCOMPARE(one.rows.size(), 1);
    QCOMPARE(one.rows.at(0).toArray().at(0), t.rows.last().toArray().at(1));
}

void LogQueryTest::getWithUrlQuery()
{
    const QString query = u"SecurityAlert | where AlertSeverity == \"High\" | count"_s;
    const Reply r = m_client.send("GET",
        laPath() + encodeQuery({{u"query"_s, query}, {u"timespan"_s, kAllTime}}), {},
        bearer(m_laAnalyst));
    QVERIFY2(r.status == 200, r.describe().constData());
    LaTable posted;
    CALL(la(query, &posted));
    QCOMPARE(
        r.json().value(u"tables").toArray().at(0).toObject().value(u"rows").toArray(), posted.rows);
}

void LogQueryTest::hunting()
{
    HuntingResult h;
    CALL(hunt(u"SecurityAlert | where ProductName == \"Azure Security Center\" | project "
              "TimeGenerated, AlertName, ConfidenceScore, IsIncident | take 3"_s,
        &h, kAllTime));
    QCOMPARE(h.context,
        m_info.baseUrl + u"/v1.0/$metadata#microsoft.graph.security.huntingQueryResults"_s);
    QCOMPARE(h.names,
        (QStringList {u"TimeGenerated"_s, u"AlertName"_s, u"ConfidenceScore"_s, u"IsIncident"_s}));
    QCOMPARE(h.types, (QStringList {u"DateTime"_s, u"String"_s, u"Double"_s, u"Boolean"_s}));
    QCOMPARE(h.results.size(), 3);
    for (const QJsonValue &v : std::as_const(h.results)) {
        const QJsonObject row = v.toObject();
        QCOMPARE(row.size(), 4);
        QVERIFY(!row.value(u"AlertName").toString().isEmpty());
        QVERIFY(row.value(u"IsIncident").isBool());
    }

    // The schema's lower-case parameter names work too, and the total matches Log Analytics.
    const Reply r
        = huntPost(json({{u"query"_s, u"SecurityAlert | count"_s}, {u"timespan"_s, kAllTime}}),
            m_graphAnalyst);
    QVERIFY2(r.status == 200, r.describe().constData());
    LaTable count;
    CALL(la(u"SecurityAlert | count"_s, &count));
    QCOMPARE(r.json().value(u"results").toArray().at(0).toObject().value(u"Count").toInteger(),
        count.rows.at(0).toArray().at(0).toInteger());

    HuntingResult incidents;
    CALL(
        hunt(u"SecurityIncident | project IncidentNumber, Owner | take 1"_s, &incidents, kAllTime));
    QCOMPARE(incidents.types, (QStringList {u"Int32"_s, u"Object"_s}));
    QVERIFY(incidents.results.at(0).toObject().value(u"IncidentNumber").toInteger() > 0);
}

void LogQueryTest::huntingDefaultsToThirtyDays()
{
    // The demo history spans 40 days; without a Timespan hunting looks back 30.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    HuntingResult windowed;
    CALL(hunt(u"SecurityAlert | summarize n = count(), oldest = min(TimeGenerated)"_s, &windowed));
    const QJsonObject w = windowed.results.at(0).toObject();
    const QDateTime oldest
        = QDateTime::fromString(w.value(u"oldest").toString(), Qt::ISODateWithMs);
    QVERIFY2(oldest.isValid(), qPrintable(w.value(u"oldest").toString()));
    QVERIFY2(oldest >= before.addDays(-30).addSecs(-5), qPrintable(oldest.toString(Qt::ISODate)));

    LaTable all;
    CALL(la(u"SecurityAlert | summarize n = count(), oldest = min(TimeGenerated)"_s, &all));
    const QDateTime allOldest
        = QDateTime::fromString(all.rows.at(0).toArray().at(1).toString(), Qt::ISODateWithMs);
    QVERIFY2(allOldest < before.addDays(-31), "the demo should reach back further than 30 days");
    QVERIFY(w.value(u"n").toInteger() < all.rows.at(0).toArray().at(0).toInteger());

    // Log Analytics applies a timespan only when asked.
    LaTable lastWeek;
    CALL(la(u"SecurityAlert | summarize oldest = min(TimeGenerated)"_s, &lastWeek, u"P7D"_s));
    const QDateTime weekOldest
        = QDateTime::fromString(lastWeek.rows.at(0).toArray().at(0).toString(), Qt::ISODateWithMs);
    QVERIFY2(
        weekOldest >= before.addDays(-7).addSecs(-5), qPrintable(weekOldest.toString(Qt::ISODate)));
}

// ---- errors

void LogQueryTest::queryOutsideSubset()
{
    const QString query = u"SecurityAlert | join X"_s;
    Reply r = laPost(json({{u"query"_s, query}}), m_laAnalyst);
    CALL(expectLaError(r, 400, u"BadArgumentError"_s));
    const QJsonObject inner = r.json().value(u"error").toObject().value(u"innererror").toObject();
    QCOMPARE(inner.value(u"code").toString(), u"SyntaxError"_s);
    const QJsonObject detail = inner.value(u"innererror").toObject();
    QCOMPARE(detail.value(u"line").toInt(), 1);
    QCOMPARE(detail.value(u"pos").toInt(), 16);
    QCOMPARE(detail.value(u"token").toString(), u"join"_s);
    QVERIFY2(detail.value(u"message").toString().contains(u"expected"), r.describe().constData());

    r = huntPost(json({{u"Query"_s, query}}), m_graphAnalyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    QVERIFY2(r.errorMessage().contains(u"position 16"), r.describe().constData());
    QVERIFY2(r.errorMessage().contains(u"expected"), r.describe().constData());

    // A column that does not exist is a semantic error.
    r = laPost(json({{u"query"_s, u"SecurityAlert | where Foo == 1"_s}}), m_laAnalyst);
    CALL(expectLaError(r, 400, u"BadArgumentError"_s));
    QCOMPARE(r.json()
                 .value(u"error")
                 .toObject()
                 .value(u"innererror")
                 .toObject()
                 .value(u"code")
                 .toString(),
        u"SemanticError"_s);
    // So is a table that is not in the workspace.
    r = huntPost(json({{u"Query"_s, u"DeviceProcessEvents | take 1"_s}}), m_graphAnalyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
}

void LogQueryTest::malformedRequests()
{
    const QList<std::pair<QByteArray, QString>> bad {
        {"{\"query\": ", u"not valid"_s},
        {"[\"SecurityAlert\"]", u"not valid"_s},
        {"", u"not valid"_s},
        {"{}", u"query"_s},
        {"{\"query\": 42}", u"query"_s},
        {"{\"query\": \"  \"}", u"query"_s},
        {"{\"query\": \"SecurityAlert\", \"timespan\": \"P1Y\"}", u"timespan"_s},
        {"{\"query\": \"SecurityAlert\", \"timespan\": \"yesterday\"}", u"timespan"_s},
        {"{\"query\": \"SecurityAlert\", \"timespan\": 7}", u"timespan"_s},
    };
    for (const auto &[body, mention] : bad) {
        const Reply r = laPost(body, m_laAnalyst);
        CALL(expectLaError(r, 400, u"BadArgumentError"_s));
        QVERIFY2(r.errorMessage().contains(mention, Qt::CaseInsensitive), r.describe().constData());
    }
    for (const auto &[body, mention] : bad) {
        const Reply r = huntPost(body, m_graphAnalyst);
        CALL(expectGraphError(r, 400, u"BadRequest"_s));
        QVERIFY2(r.errorMessage().contains(mention, Qt::CaseInsensitive), r.describe().constData());
    }
    // A GET without ?query=.
    const Reply r = m_client.send("GET", laPath(), {}, bearer(m_laAnalyst));
    CALL(expectLaError(r, 400, u"BadArgumentError"_s));
}

void LogQueryTest::unknownWorkspace()
{
    const Reply r = laPost(json({{u"query"_s, u"SecurityAlert | take 1"_s}}), m_laAnalyst,
        u"00000000-0000-0000-0000-000000000000"_s);
    CALL(expectLaError(r, 404, u"WorkspaceNotFoundError"_s));
    QVERIFY2(r.errorMessage().contains(u"00000000-0000-0000-0000-000000000000"),
        r.describe().constData());
    // Workspace ids are GUIDs: any case will do.
    const Reply upper = laPost(json({{u"query"_s, u"SecurityAlert | take 1"_s}}), m_laAnalyst,
        m_info.workspaceId.toUpper());
    QVERIFY2(upper.status == 200, upper.describe().constData());
}

void LogQueryTest::wrongAudience()
{
    const QByteArray body = json({{u"query"_s, u"SecurityAlert | take 1"_s}});
    Reply r = laPost(body, m_graphAnalyst);
    CALL(expectLaError(r, 401, u"InvalidAuthenticationTokenAudience"_s));
    QVERIFY2(r.errorMessage().contains(u"https://api.loganalytics.io"), r.describe().constData());
    r = huntPost(body, m_laAnalyst);
    CALL(expectGraphError(r, 401, u"InvalidAuthenticationToken"_s));
    QVERIFY2(r.errorMessage().contains(u"https://graph.microsoft.com"), r.describe().constData());
}

void LogQueryTest::permissions()
{
    const QByteArray body = json({{u"query"_s, u"SecurityAlert | take 1"_s}});
    // Log Analytics: read access to the workspace, whatever the Entra roles.
    for (const QString *token : {&m_laAnalyst, &m_laTier1, &m_laCloudops}) {
        const Reply r = laPost(body, *token);
        QVERIFY2(r.status == 200, r.describe().constData());
    }
    // A Graph permission does not reach Log Analytics; the demo apps have no workspace role.
    Reply r = laPost(body, m_laApp);
    CALL(expectLaError(r, 403, u"InsufficientAccessError"_s));
    QVERIFY2(r.errorMessage().contains(u"Log Analytics Reader"), r.describe().constData());
    QVERIFY2(r.errorMessage().contains(u"Microsoft Sentinel Reader"), r.describe().constData());

    // Hunting: a security role for users, ThreatHunting.Read.All for apps.
    for (const QString *token : {&m_graphAnalyst, &m_graphReader, &m_graphTier1, &m_graphRwApp}) {
        r = huntPost(body, *token);
        QVERIFY2(r.status == 200, r.describe().constData());
    }
    r = huntPost(body, m_graphCloudops);
    CALL(expectGraphError(r, 403, u"Forbidden"_s));
    for (const char *role :
        {"Security Reader", "Security Operator", "Security Administrator", "Global Administrator"})
        QVERIFY2(r.errorMessage().contains(QLatin1StringView(role)), r.describe().constData());
    QVERIFY2(r.errorMessage().contains(demoLogin(m_info, "cloudops")), r.describe().constData());
    r = huntPost(body, m_graphRoApp);
    CALL(expectGraphError(r, 403, u"Forbidden"_s));
    QVERIFY2(r.errorMessage().contains(u"ThreatHunting.Read.All"), r.describe().constData());

    // Defender for Cloud data in hunting follows XDR's rule: tier1 (Security Operator
    // without a Defender for Cloud data role) finds no rows where the analyst finds some.
    const QByteArray count = json({{u"query"_s, u"SecurityAlert | count"_s}});
    auto rows = [&](const QString &token) {
        const Reply c = huntPost(count, token);
        return c.json().value(u"results").toArray().at(0).toObject().value(u"Count").toInteger(-1);
    };
    QVERIFY(rows(m_graphAnalyst) > 0);
    QCOMPARE(rows(m_graphTier1), 0);
}

void LogQueryTest::rowLimits()
{
    // A second, small tenant with tiny limits shows what a cut-short result looks like.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    server::ServerConfig config;
    config.dbPath = dir.filePath(u"small.db"_s);
    config.demo = true;
    config.demoOptions.seed = 7;
    config.demoOptions.alerts = 150;
    config.queryLimits.logAnalyticsRows = 7;
    config.queryLimits.huntingRows = 5;
    server::ServerHost host;
    QString error;
    QVERIFY2(host.start(config, &error), qPrintable(error));
    const server::ServerInfo &info = host.info();
    Client client;
    client.setBaseUrl(info.baseUrl);
    QString laToken, graphToken;
    CALL(fetchToken(client, info, "analyst", true, kLogAnalytics, &laToken));
    CALL(fetchToken(client, info, "analyst", true, kGraph, &graphToken));

    auto laRows = [&](const QString &query, QJsonObject *partial) {
        const Reply r = client.send(
            "POST", laPath(info.workspaceId), json({{u"query"_s, query}}), bearer(laToken));
        *partial = r.json().value(u"error").toObject();
        return r.status == 200
            ? r.json().value(u"tables").toArray().at(0).toObject().value(u"rows").toArray().size()
            : -1;
    };
    QJsonObject partial;
    QCOMPARE(laRows(u"SecurityAlert | count"_s, &partial), 1);
    QVERIFY(partial.isEmpty());
    QCOMPARE(laRows(u"SecurityAlert"_s, &partial), 7);
    QCOMPARE(partial.value(u"code").toString(), u"PartialError"_s);
    QVERIFY2(partial.value(u"details")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"message")
                 .toString()
                 .contains(u"record count limit 7"),
        qPrintable(QString::fromUtf8(json(partial))));
    // Exactly the limit is not cut short.
    QCOMPARE(laRows(u"SecurityAlert | take 7"_s, &partial), 7);
    QVERIFY(partial.isEmpty());

    const Reply r = client.send("POST", kHunting,
        json({{u"Query"_s, u"SecurityAlert"_s}, {u"Timespan"_s, kAllTime}}), bearer(graphToken));
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(u"results").toArray().size(), 5);
}

QTEST_GUILESS_MAIN(LogQueryTest)
#include "tst_logquery.moc"
