// The sample queries and the QueryRunner against the real watchfloor-server (in-process,
// loopback HTTP, SQLite file): every sample runs on the server's KQL subset with the
// columns it promises and figures that agree with a brute-force count; the runner places
// query errors of both APIs; a cancelled run answers once, as cancelled.
#include "demosession.h"
#include "integration/logquery.h"
#include "integration/samplequeries.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wf;
using integration::QueryApi;
using integration::QueryResult;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kAllTime = u"2000-01-01T00:00:00Z/2100-01-01T00:00:00Z"_s;
const QString kProduct = u"Azure Security Center"_s;

net::RestResult wait(net::RestCall *call)
{
    net::RestResult out;
    bool done = false;
    QObject::connect(call, &net::RestCall::finished, [&](const net::RestResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kTimeoutMs))
        out.error.kind = net::ApiError::Kind::Network; // no answer in time
    return out;
}

QJsonObject json(const net::RestResult &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class SampleQueriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void samplesAreWellFormed();
    void everySampleRuns();
    void dfcAlertsMatchTheDatabase();
    void perConnectorAddsUp();
    void duplicatesFoundAfterBothConnectors();
    void incidentsByProviderAddUp();
    void errorsCarryTheirPosition();
    void cancelAnswersOnce();

private:
    QueryResult run(QueryApi api, const QString &kql, const QString &timespan = {});
    qint64 sqliteCount(const QString &sql);
    QStringList names(const QueryResult &r) const;
    QStringList types(const QueryResult &r) const;

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    std::unique_ptr<session::Session> m_analyst, m_admin;
    std::unique_ptr<integration::QueryRunner> m_runner;
    QString m_workspaceResourceId;
};

void SampleQueriesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    server::ServerConfig config;
    config.dbPath = m_dir.filePath(u"tenant.sqlite"_s);
    config.demo = true;
    config.demoOptions.seed = 4242;
    config.demoOptions.alerts = 900;
    config.demoOptions.days = 20;
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(config, &error), qPrintable(error));
    m_info = m_host->info();
    m_analyst = testsupport::demoSession(m_info, u"analyst"_s, m_dir.filePath(u"cache"_s));
    m_admin = testsupport::demoSession(m_info, u"admin"_s, m_dir.filePath(u"cache"_s));
    QVERIFY(m_analyst && m_admin);

    // The workspace, as the console learns it: our tenantSettings resource over ARM.
    const net::RestResult settings
        = wait(m_analyst->arm()->get(u"providers/Watchfloor.Simulator/tenantSettings/default"_s));
    QVERIFY2(settings.error.ok(), qPrintable(settings.error.sentence()));
    const QJsonObject props = json(settings).value(u"properties").toObject();
    QCOMPARE(props.value(u"workspaceId").toString(), m_info.workspaceId);
    m_workspaceResourceId = props.value(u"workspaceResourceId").toString();
    QVERIFY(!m_workspaceResourceId.isEmpty());
    m_runner = std::make_unique<integration::QueryRunner>(m_analyst->logs(), m_analyst->graph());
    m_runner->setWorkspaceId(props.value(u"workspaceId").toString());
}

void SampleQueriesTest::cleanupTestCase()
{
    m_runner.reset();
    m_analyst.reset();
    m_admin.reset();
    m_host.reset();
}

QueryResult SampleQueriesTest::run(QueryApi api, const QString &kql, const QString &timespan)
{
    QueryResult out;
    int calls = 0;
    m_runner->run(api, kql, timespan, this, [&](const QueryResult &r) {
        out = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, kTimeoutMs))
        out.error.kind = net::ApiError::Kind::Network;
    return out;
}

qint64 SampleQueriesTest::sqliteCount(const QString &sql)
{
    return testsupport::sqliteCount(m_dir.filePath(u"tenant.sqlite"_s), sql);
}

QStringList SampleQueriesTest::names(const QueryResult &r) const
{
    QStringList out;
    for (const auto &c : r.columns)
        out << c.name;
    return out;
}

QStringList SampleQueriesTest::types(const QueryResult &r) const
{
    QStringList out;
    for (const auto &c : r.columns)
        out << c.type;
    return out;
}

// ---- tests

void SampleQueriesTest::samplesAreWellFormed()
{
    const QList<integration::SampleQuery> samples = integration::sampleQueries();
    QVERIFY(samples.size() >= 7);
    QCOMPARE(samples.first().title, u"Defender for Cloud alerts in Sentinel"_s);
    QCOMPARE(
        samples.first().kql, u"SecurityAlert | where ProductName == \"Azure Security Center\""_s);
    QCOMPARE(samples.first().api, QueryApi::Workspace);
    QSet<QString> ids;
    bool hunting = false;
    for (const auto &s : samples) {
        QVERIFY2(!ids.contains(s.id), qPrintable(s.id));
        ids.insert(s.id);
        QVERIFY(!s.title.isEmpty());
        QVERIFY(!s.description.isEmpty());
        QVERIFY(!s.description.contains(u'\n'));
        hunting = hunting || s.api == QueryApi::Hunting;
        QCOMPARE(integration::sampleQuery(s.id)->kql, s.kql);
    }
    QVERIFY(hunting);
    QVERIFY(!integration::sampleQuery(u"no-such-sample").has_value());
}

void SampleQueriesTest::everySampleRuns()
{
    // The columns each sample promises, in order, with the API's type names.
    const QHash<QString, QStringList> columns {
        {u"severity-14d"_s, {u"AlertSeverity"_s, u"Alerts"_s}},
        {u"per-connector-daily"_s, {u"ProviderName"_s, u"Day"_s, u"Alerts"_s}},
        {u"duplicates"_s,
            {u"VendorOriginalId"_s, u"AlertName"_s, u"Copies"_s, u"Connectors"_s, u"FirstSeen"_s}},
        {u"incidents-by-provider"_s, {u"ProviderName"_s, u"Incidents"_s, u"Open"_s}},
        {u"high-24h"_s,
            {u"TimeGenerated"_s, u"AlertName"_s, u"CompromisedEntity"_s, u"ProviderName"_s,
                u"Status"_s, u"ResourceId"_s}},
        {u"hunting-resources"_s,
            {u"CompromisedEntity"_s, u"ResourceId"_s, u"Alerts"_s, u"Severities"_s, u"LastSeen"_s}},
    };
    const QHash<QString, QStringList> typesOf {
        {u"severity-14d"_s, {u"string"_s, u"long"_s}},
        {u"per-connector-daily"_s, {u"string"_s, u"datetime"_s, u"long"_s}},
        {u"duplicates"_s, {u"string"_s, u"string"_s, u"long"_s, u"dynamic"_s, u"datetime"_s}},
        {u"incidents-by-provider"_s, {u"string"_s, u"long"_s, u"long"_s}},
        {u"hunting-resources"_s,
            {u"String"_s, u"String"_s, u"Int64"_s, u"Object"_s, u"DateTime"_s}},
    };
    for (const auto &s : integration::sampleQueries()) {
        // As the hunting page sends them: with the default 7 days, and with no timespan.
        for (const QString &timespan : {u"P7D"_s, QString()}) {
            const QueryResult r = run(s.api, s.kql, timespan);
            QVERIFY2(r.ok(), qPrintable(s.id + u": "_s + r.error.sentence()));
            QVERIFY2(r.warning.isEmpty(), qPrintable(r.warning));
            QVERIFY2(!r.columns.isEmpty(), qPrintable(s.id));
            if (columns.contains(s.id))
                QCOMPARE(names(r), columns.value(s.id));
            if (typesOf.contains(s.id))
                QCOMPARE(types(r), typesOf.value(s.id));
            for (const QJsonArray &row : r.rows)
                QCOMPARE(row.size(), r.columns.size());
            qInfo("%s (%s): %lld rows in %lld ms", qPrintable(s.id),
                timespan.isEmpty() ? "no timespan" : qPrintable(timespan), qint64(r.rows.size()),
                r.elapsedMs);
        }
    }

    // The ones that should find something in a demo tenant do.
    QVERIFY(
        run(QueryApi::Workspace, integration::sampleQuery(u"severity-14d")->kql).rows.size() >= 2);
    const QueryResult resources
        = run(QueryApi::Hunting, integration::sampleQuery(u"hunting-resources")->kql);
    QVERIFY(!resources.rows.isEmpty());
    QVERIFY(resources.rows.size() <= 25);
    for (qsizetype i = 1; i < resources.rows.size(); ++i)
        QVERIFY(resources.rows[i - 1].at(2).toInteger() >= resources.rows[i].at(2).toInteger());
}

void SampleQueriesTest::dfcAlertsMatchTheDatabase()
{
    const QString kql = integration::sampleQueries().first().kql;
    const QueryResult all = run(QueryApi::Workspace, kql);
    QVERIFY2(all.ok(), qPrintable(all.error.sentence()));
    const qint64 stored = sqliteCount(u"SELECT COUNT(*) FROM security_alerts"_s);
    QVERIFY(stored > 0);
    QCOMPARE(qint64(all.rows.size()), stored);
    const int product = all.column(u"ProductName");
    QVERIFY(product >= 0);
    for (const QJsonArray &row : all.rows)
        QCOMPARE(row.at(product).toString(), kProduct);
    // The count the hunting page's test compares with.
    const QueryResult count = run(QueryApi::Workspace, kql + u" | count"_s);
    QCOMPARE(count.scalar(u"Count").toInteger(), stored);
}

void SampleQueriesTest::perConnectorAddsUp()
{
    const QueryResult r
        = run(QueryApi::Workspace, integration::sampleQuery(u"per-connector-daily")->kql);
    QVERIFY2(r.ok(), qPrintable(r.error.sentence()));
    qint64 total = 0;
    QSet<QString> providers;
    for (const QJsonArray &row : r.rows) {
        providers.insert(row.at(0).toString());
        QVERIFY(
            QDateTime::fromString(row.at(1).toString(), Qt::ISODateWithMs).time() == QTime(0, 0));
        total += row.at(2).toInteger();
    }
    QCOMPARE(total, sqliteCount(u"SELECT COUNT(*) FROM security_alerts"_s));
    QVERIFY(providers.size() >= 1);
    for (const QString &p : providers)
        QVERIFY2(p == kProduct || p == u"Microsoft XDR", qPrintable(p));
}

void SampleQueriesTest::duplicatesFoundAfterBothConnectors()
{
    const QString duplicates = integration::sampleQuery(u"duplicates")->kql;
    // The demo starts with the legacy connector alone: no alert is stored twice.
    QueryResult r = run(QueryApi::Workspace, duplicates);
    QVERIFY2(r.ok(), qPrintable(r.error.sentence()));
    QCOMPARE(r.rows.size(), 0);

    // The documented duplicate: the tenant-based connector on beside a subscription in the
    // legacy one, then new alerts on that subscription.
    const QString connectors
        = m_workspaceResourceId + u"/providers/Microsoft.SecurityInsights/dataConnectors"_s;
    net::RestResult res
        = wait(m_admin->arm()->put(connectors + u"/MicrosoftDefenderForCloudTenantBased"_s,
            {{u"kind"_s, u"MicrosoftDefenderForCloudTenantBased"_s},
                {u"properties"_s,
                    QJsonObject {{u"dataTypes"_s,
                        QJsonObject {{u"alerts"_s, QJsonObject {{u"state"_s, u"Enabled"_s}}}}}}}}));
    QVERIFY2(res.error.ok(), qPrintable(res.error.sentence()));
    res = wait(m_admin->arm()->get(connectors));
    QString legacySub;
    for (const QJsonValue &v : json(res).value(u"value").toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(u"kind").toString() == u"AzureSecurityCenter")
            legacySub = c.value(u"properties").toObject().value(u"subscriptionId").toString();
    }
    QVERIFY(!legacySub.isEmpty());
    const QString security = u"subscriptions/"_s + legacySub + u"/providers/Microsoft.Security"_s;
    res = wait(m_admin->arm()->get(security + u"/pricings"_s));
    QString plan;
    for (const QJsonValue &v : json(res).value(u"value").toArray()) {
        if (v.toObject().value(u"properties").toObject().value(u"pricingTier").toString()
            == u"Standard")
            plan = v.toObject().value(u"name").toString();
    }
    QVERIFY2(!plan.isEmpty(), "a connected subscription has a plan on");
    for (int i = 0; i < 3; ++i) {
        res = wait(
            m_admin->arm()->post(security + u"/locations/centralus/alerts/default/simulate"_s,
                {{u"properties"_s,
                    QJsonObject {{u"kind"_s, u"Bundles"_s}, {u"bundles"_s, QJsonArray {plan}}}}}));
        QVERIFY2(res.error.ok(), qPrintable(res.error.sentence()));
    }

    r = run(QueryApi::Workspace, duplicates);
    QVERIFY2(r.ok(), qPrintable(r.error.sentence()));
    QVERIFY(!r.rows.isEmpty());
    // Brute force: the alert rows grouped by the Defender for Cloud alert on the client.
    const QueryResult all = run(QueryApi::Workspace, integration::sampleQueries().first().kql);
    const int original = all.column(u"VendorOriginalId");
    QHash<QString, int> copies;
    for (const QJsonArray &row : all.rows)
        ++copies[row.at(original).toString()];
    QSet<QString> twice;
    for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
        if (it.value() > 1)
            twice.insert(it.key());
    }
    QSet<QString> found;
    for (const QJsonArray &row : r.rows) {
        found.insert(row.at(0).toString());
        QCOMPARE(row.at(2).toInteger(), 2);
        const QJsonArray via = QJsonDocument::fromJson(row.at(3).toString().toUtf8()).array();
        QCOMPARE(via.size(), 2); // one copy through each connector
    }
    QCOMPARE(found, twice);
}

void SampleQueriesTest::incidentsByProviderAddUp()
{
    const QueryResult r
        = run(QueryApi::Workspace, integration::sampleQuery(u"incidents-by-provider")->kql);
    QVERIFY2(r.ok(), qPrintable(r.error.sentence()));
    qint64 total = 0;
    for (const QJsonArray &row : r.rows) {
        QVERIFY(row.at(2).toInteger() <= row.at(1).toInteger());
        total += row.at(1).toInteger();
    }
    QVERIFY(total > 0);
    QCOMPARE(total, sqliteCount(u"SELECT COUNT(*) FROM sentinel_incidents"_s));
}

void SampleQueriesTest::errorsCarryTheirPosition()
{
    const QString kql = u"SecurityAlert\n| join X"_s; // "join" at index 16
    for (QueryApi api : {QueryApi::Workspace, QueryApi::Hunting}) {
        const QueryResult r = run(api, kql);
        QCOMPARE(r.error.kind, net::ApiError::Kind::BadRequest);
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.errorPosition, 16);
        QVERIFY2(r.error.message.contains(u"expected"), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(u"join"), qPrintable(r.error.message));
    }
    QCOMPARE(run(QueryApi::Workspace, kql).errorToken, u"join"_s);

    const QString semantic = u"SecurityAlert | where Foo == 1"_s;
    const QueryResult r = run(QueryApi::Workspace, semantic);
    QCOMPARE(r.error.kind, net::ApiError::Kind::BadRequest);
    QCOMPARE(semantic.mid(r.errorPosition, 3), u"Foo"_s);
    QVERIFY2(r.error.message.contains(u"not a column"), qPrintable(r.error.message));
}

void SampleQueriesTest::cancelAnswersOnce()
{
    int calls = 0;
    QueryResult out;
    net::RestCall *call = m_runner->run(QueryApi::Workspace,
        integration::sampleQueries().first().kql, {}, this, [&](const QueryResult &r) {
            out = r;
            ++calls;
        });
    call->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kTimeoutMs);
    QCOMPARE(out.error.kind, net::ApiError::Kind::Cancelled);
    QTest::qWait(200);
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(SampleQueriesTest)
#include "tst_samplequeries.moc"
