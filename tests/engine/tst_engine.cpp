// The simulator's rules, checked on the engine itself: plan coverage, one detection one
// alert, correlation by shared entities inside the window, merges, severity, cascades,
// and that a seed always gives the same tenant.
#include "engine/engine.h"
#include "sim/catalog.h"
#include "sim/generator.h"
#include "store/tenantdb.h"
#include "wire/codec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::server;

namespace {

Timestamp at(const char *iso)
{
    Timestamp t;
    if (!Timestamp::parse(QString::fromLatin1(iso), &t))
        qFatal("bad time %s", iso);
    return t;
}

// A small hand-made tenant: subscription A has the Servers plan, B has none.
sim::Tenant smallTenant()
{
    sim::Tenant t;
    t.id = QStringLiteral("11111111-1111-1111-1111-111111111111");
    t.domain = QStringLiteral("test.example");
    sim::Subscription a;
    a.id = QStringLiteral("sub-a");
    a.tenantId = t.id;
    a.plans.insert(QStringLiteral("VirtualMachines"), true);
    sim::Subscription b = a;
    b.id = QStringLiteral("sub-b");
    b.plans.insert(QStringLiteral("VirtualMachines"), false);
    t.subscriptions = {a, b};
    return t;
}

Evidence resource(const QString &name)
{
    Evidence e;
    auto &r = e.make<AzureResourceEvidence>();
    r.resourceId = QStringLiteral("/subscriptions/sub-a/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/") + name;
    r.resourceName = name;
    e.verdict = Enum<EvidenceVerdict>(EvidenceVerdict::suspicious);
    return e;
}

Evidence ip(const QString &address)
{
    Evidence e;
    e.make<IpEvidence>().ipAddress = address;
    return e;
}

Alert alert(const QString &id, Timestamp when, QList<Evidence> evidence,
            AlertSeverity severity = AlertSeverity::medium, const QString &title = QStringLiteral("Test alert"))
{
    Alert a;
    a.id = id;
    a.title = title;
    a.category = QStringLiteral("Execution");
    a.status = Enum<AlertStatus>(AlertStatus::new_);
    a.severity = Enum<AlertSeverity>(severity);
    a.serviceSource = Enum<ServiceSource>(ServiceSource::microsoftDefenderForCloud);
    a.createdDateTime = when;
    a.lastUpdateDateTime = when;
    a.evidence = evidence;
    return a;
}

struct Fixture
{
    QTemporaryDir dir;
    TenantDb db;
    sim::Tenant tenant = smallTenant();
    std::unique_ptr<Engine> engine;

    Fixture()
    {
        QString error;
        if (!db.open(dir.filePath(QStringLiteral("t.sqlite")), &error))
            qFatal("%s", qPrintable(error));
        EngineConfig config;
        config.correlationWindowSecs = 6 * 3600;
        engine = std::make_unique<Engine>(db, tenant, config);
    }
    qint64 incidentOf(const QString &alertId)
    {
        qint64 num = -1;
        db.alert(alertId, &num);
        return num;
    }
    Engine::Outcome ingest(const Alert &a, const QString &sub = QStringLiteral("sub-a"), QString key = {})
    {
        if (key.isEmpty())
            key = a.id.value();
        return engine->ingest(a, sub, QStringLiteral("VirtualMachines"), key);
    }
};

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void planCoverage();
    void oneDetectionOneAlert();
    void correlationWindow();
    void mergeRedirects();
    void severityFollowsAlerts();
    void resolveCascades();
    void mergedIncidentRefusesChanges();
    void indexSurvivesRestart();
    void demoTenantShape();
    void demoIsDeterministic();
};

void TestEngine::planCoverage()
{
    Fixture f;
    QCOMPARE(f.ingest(alert(QStringLiteral("a1"), at("2026-01-01T10:00:00Z"), {resource(QStringLiteral("vm1"))}),
                      QStringLiteral("sub-b")),
             Engine::Outcome::NoPlan);
    QCOMPARE(f.db.alertCount(), 0);
    QCOMPARE(f.ingest(alert(QStringLiteral("a2"), at("2026-01-01T10:00:00Z"), {resource(QStringLiteral("vm1"))})),
             Engine::Outcome::Ingested);
    QCOMPARE(f.db.alertCount(), 1);
    QCOMPARE(f.db.incidentCount(), 1);
    QCOMPARE(f.engine->stats().noPlan, 1);
}

void TestEngine::oneDetectionOneAlert()
{
    Fixture f;
    const Alert a = alert(QStringLiteral("a1"), at("2026-01-01T10:00:00Z"), {resource(QStringLiteral("vm1"))});
    Alert fromEndpoint = a;
    fromEndpoint.id = QStringLiteral("a1-mde");
    fromEndpoint.detectionSource = Enum<DetectionSource>(DetectionSource::microsoftDefenderForEndpoint);
    QCOMPARE(f.ingest(a, QStringLiteral("sub-a"), QStringLiteral("detection-1")), Engine::Outcome::Ingested);
    QCOMPARE(f.ingest(fromEndpoint, QStringLiteral("sub-a"), QStringLiteral("detection-1")), Engine::Outcome::Duplicate);
    QCOMPARE(f.db.alertCount(), 1);
    QCOMPARE(f.db.incidentCount(), 1);
    QVERIFY(!f.db.alert(QStringLiteral("a1-mde")));
}

void TestEngine::correlationWindow()
{
    Fixture f;
    f.ingest(alert(QStringLiteral("a1"), at("2026-01-01T10:00:00Z"), {resource(QStringLiteral("vm1"))}));
    f.ingest(alert(QStringLiteral("a2"), at("2026-01-01T12:00:00Z"), {resource(QStringLiteral("vm1"))}));
    f.ingest(alert(QStringLiteral("a3"), at("2026-01-01T12:30:00Z"), {resource(QStringLiteral("vm2"))}));
    // Seven hours after the incident's first alert: outside the 6 h window.
    f.ingest(alert(QStringLiteral("a4"), at("2026-01-01T17:00:00Z"), {resource(QStringLiteral("vm1"))}));
    QCOMPARE(f.incidentOf(QStringLiteral("a1")), f.incidentOf(QStringLiteral("a2")));
    QVERIFY(f.incidentOf(QStringLiteral("a3")) != f.incidentOf(QStringLiteral("a1")));
    QVERIFY(f.incidentOf(QStringLiteral("a4")) != f.incidentOf(QStringLiteral("a1")));
    QCOMPARE(f.db.incidentCount(), 3);
    const auto incident = f.db.incident(f.incidentOf(QStringLiteral("a1")));
    QVERIFY(incident);
    QCOMPARE(incident->createdDateTime.value(), at("2026-01-01T10:00:00Z"));
    QCOMPARE(f.db.alertsOfIncident(incident->id->toLongLong()).size(), 2);
    // The alert carries its incident's id and link.
    QCOMPARE(f.db.alert(QStringLiteral("a2"))->incidentId.value(), incident->id.value());
}

void TestEngine::mergeRedirects()
{
    Fixture f;
    f.ingest(alert(QStringLiteral("a1"), at("2026-01-01T10:00:00Z"), {resource(QStringLiteral("vm1")), ip(QStringLiteral("203.0.113.1"))}));
    f.ingest(alert(QStringLiteral("a2"), at("2026-01-01T10:10:00Z"), {resource(QStringLiteral("vm2")), ip(QStringLiteral("203.0.113.2"))}));
    const qint64 first = f.incidentOf(QStringLiteral("a1"));
    const qint64 second = f.incidentOf(QStringLiteral("a2"));
    QVERIFY(first != second);
    // An alert that shares the first's IP and the second's VM: the two are one incident.
    f.ingest(alert(QStringLiteral("a3"), at("2026-01-01T10:20:00Z"), {resource(QStringLiteral("vm2")), ip(QStringLiteral("203.0.113.1"))}));
    QCOMPARE(f.incidentOf(QStringLiteral("a3")), first);
    QCOMPARE(f.incidentOf(QStringLiteral("a2")), first);
    const auto merged = f.db.incident(second);
    QVERIFY(merged);
    QCOMPARE(merged->status.value(), Enum<IncidentStatus>(IncidentStatus::redirected));
    QCOMPARE(merged->redirectIncidentId.value(), QString::number(first));
    QCOMPARE(f.db.alertsOfIncident(second).size(), 0);
    QCOMPARE(f.db.alertsOfIncident(first).size(), 3);
    QCOMPARE(f.db.alert(QStringLiteral("a2"))->incidentId.value(), QString::number(first));
    QCOMPARE(f.engine->stats().merges, 1);
}

void TestEngine::severityFollowsAlerts()
{
    Fixture f;
    f.ingest(alert(QStringLiteral("a1"), at("2026-01-01T10:00:00Z"), {resource(QStringLiteral("vm1"))}, AlertSeverity::low, QStringLiteral("Low one")));
    const qint64 num = f.incidentOf(QStringLiteral("a1"));
    QCOMPARE(f.db.incident(num)->severity.value(), Enum<AlertSeverity>(AlertSeverity::low));
    QCOMPARE(f.db.incident(num)->displayName.value(), QStringLiteral("'Low one' on vm1"));
    f.ingest(alert(QStringLiteral("a2"), at("2026-01-01T10:05:00Z"), {resource(QStringLiteral("vm1"))}, AlertSeverity::high, QStringLiteral("High one")));
    QCOMPARE(f.db.incident(num)->severity.value(), Enum<AlertSeverity>(AlertSeverity::high));
    QVERIFY(f.db.incident(num)->displayName->startsWith(QStringLiteral("Multi-stage incident")));
}

void TestEngine::resolveCascades()
{
    Fixture f;
    f.ingest(alert(QStringLiteral("a1"), at("2026-01-01T10:00:00Z"), {resource(QStringLiteral("vm1"))}));
    f.ingest(alert(QStringLiteral("a2"), at("2026-01-01T10:05:00Z"), {resource(QStringLiteral("vm1"))}));
    const qint64 num = f.incidentOf(QStringLiteral("a1"));
    IncidentChange c;
    c.status = Enum<IncidentStatus>(IncidentStatus::resolved);
    c.classification = Enum<AlertClassification>(AlertClassification::truePositive);
    c.assignedTo = QStringLiteral("kai@test.example");
    const Timestamp when = at("2026-01-02T09:00:00Z");
    QVERIFY(f.engine->changeIncident(num, c, QStringLiteral("kai@test.example"), when));
    for (const Alert &a : f.db.alertsOfIncident(num)) {
        QCOMPARE(a.status.value(), Enum<AlertStatus>(AlertStatus::resolved));
        QCOMPARE(a.resolvedDateTime.value(), when);
        QCOMPARE(a.assignedTo.value(), QStringLiteral("kai@test.example"));
        QCOMPARE(a.classification.value(), Enum<AlertClassification>(AlertClassification::truePositive));
    }
    // A new alert on the same VM does not join a resolved incident.
    f.ingest(alert(QStringLiteral("a3"), at("2026-01-01T10:10:00Z"), {resource(QStringLiteral("vm1"))}));
    QVERIFY(f.incidentOf(QStringLiteral("a3")) != num);
}

void TestEngine::mergedIncidentRefusesChanges()
{
    Fixture f;
    f.ingest(alert(QStringLiteral("a1"), at("2026-01-01T10:00:00Z"), {resource(QStringLiteral("vm1"))}));
    f.ingest(alert(QStringLiteral("a2"), at("2026-01-01T10:01:00Z"), {resource(QStringLiteral("vm2"))}));
    f.ingest(alert(QStringLiteral("a3"), at("2026-01-01T10:02:00Z"), {resource(QStringLiteral("vm1")), resource(QStringLiteral("vm2"))}));
    const qint64 redirected = f.incidentOf(QStringLiteral("a1")) == 1000 ? 1001 : 1000;
    QCOMPARE(f.db.incident(redirected)->status.value(), Enum<IncidentStatus>(IncidentStatus::redirected));
    IncidentChange c;
    c.status = Enum<IncidentStatus>(IncidentStatus::resolved);
    QVERIFY(!f.engine->changeIncident(redirected, c, QStringLiteral("x"), at("2026-01-01T11:00:00Z")));
    QCOMPARE(f.db.incident(redirected)->status.value(), Enum<IncidentStatus>(IncidentStatus::redirected));
}

void TestEngine::indexSurvivesRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    const sim::Tenant tenant = smallTenant();
    qint64 first = 0;
    {
        TenantDb db;
        QString error;
        QVERIFY(db.open(path, &error));
        Engine engine(db, tenant);
        engine.ingest(alert(QStringLiteral("a1"), at("2026-01-01T10:00:00Z"), {resource(QStringLiteral("vm1"))}),
                      QStringLiteral("sub-a"), QStringLiteral("VirtualMachines"), QStringLiteral("k1"));
        db.alert(QStringLiteral("a1"), &first);
    }
    TenantDb db;
    QString error;
    QVERIFY(db.open(path, &error));
    Engine engine(db, tenant);
    engine.rebuildIndex(at("2026-01-01T11:00:00Z"));
    engine.ingest(alert(QStringLiteral("a2"), at("2026-01-01T11:00:00Z"), {resource(QStringLiteral("vm1"))}),
                  QStringLiteral("sub-a"), QStringLiteral("VirtualMachines"), QStringLiteral("k2"));
    qint64 second = 0;
    db.alert(QStringLiteral("a2"), &second);
    QCOMPARE(second, first);
    // Dedup keys are durable too.
    QCOMPARE(engine.ingest(alert(QStringLiteral("a3"), at("2026-01-01T11:00:00Z"), {resource(QStringLiteral("vm1"))}),
                           QStringLiteral("sub-a"), QStringLiteral("VirtualMachines"), QStringLiteral("k1")),
             Engine::Outcome::Duplicate);
}

void TestEngine::demoTenantShape()
{
    QVERIFY(sim::AlertCatalog::builtIn().entries().size() >= 40);
    for (quint64 seed : {1ull, 2ull, 7ull, 12345ull}) {
        sim::DemoOptions options;
        options.seed = seed;
        sim::DemoGenerator generator(options);
        const sim::Tenant t = generator.buildTenant();
        QVERIFY2(t.subscriptions.size() >= 10 && t.subscriptions.size() <= 15, qPrintable(QString::number(t.subscriptions.size())));
        QSet<int> clouds;
        int foreign = 0, unregistered = 0, none = 0, all = 0, some = 0;
        for (const sim::Subscription &s : t.subscriptions) {
            clouds.insert(int(s.cloud));
            foreign += s.tenantId != t.id;
            unregistered += !s.securityInsightsRegistered;
            int on = 0;
            for (bool v : s.plans)
                on += v;
            if (on == 0)
                ++none;
            else if (on == s.plans.size())
                ++all;
            else
                ++some;
        }
        QCOMPARE(clouds.size(), 3);
        QCOMPARE(foreign, 1);
        QCOMPARE(unregistered, 1);
        QVERIFY(none >= 1 && all >= 1 && some >= 1);
        QSet<int> kinds;
        for (const sim::Resource &r : t.resources)
            kinds.insert(int(r.kind));
        QVERIFY(kinds.contains(int(sim::ResourceKind::VirtualMachine)));
        QVERIFY(kinds.contains(int(sim::ResourceKind::StorageAccount)));
        QVERIFY(kinds.contains(int(sim::ResourceKind::KeyVault)));
        QVERIFY(kinds.contains(int(sim::ResourceKind::SqlServer)));
        QVERIFY(kinds.contains(int(sim::ResourceKind::KubernetesCluster)));
        // Every row of the permission table has a principal.
        for (const char *upn : {"admin@", "secadmin@", "analyst@", "reader@", "cloudops@"})
            QVERIFY(t.principalByUpn(QLatin1StringView(upn) + t.domain));
    }
}

namespace {
QList<QByteArray> generate(const QString &path, quint64 seed, qint64 alerts)
{
    TenantDb db;
    QString error;
    if (!db.open(path, &error))
        qFatal("%s", qPrintable(error));
    sim::DemoOptions options;
    options.seed = seed;
    options.alerts = alerts;
    options.days = 5;
    options.end = at("2026-11-20T00:00:00Z");
    sim::DemoGenerator generator(options);
    const sim::Tenant tenant = generator.buildTenant();
    db.saveTenant(tenant);
    Engine engine(db, tenant);
    generator.run(engine, tenant);
    QList<QByteArray> rows;
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT json FROM alerts ORDER BY seq"));
    while (q.next())
        rows << q.value(0).toByteArray();
    q.exec(QStringLiteral("SELECT json FROM incidents ORDER BY num"));
    while (q.next())
        rows << q.value(0).toByteArray();
    return rows;
}
} // namespace

void TestEngine::demoIsDeterministic()
{
    QTemporaryDir dir;
    const QList<QByteArray> a = generate(dir.filePath(QStringLiteral("a.sqlite")), 42, 800);
    const QList<QByteArray> b = generate(dir.filePath(QStringLiteral("b.sqlite")), 42, 800);
    const QList<QByteArray> c = generate(dir.filePath(QStringLiteral("c.sqlite")), 43, 800);
    QVERIFY(a.size() > 800);
    QCOMPARE(a, b);
    QVERIFY(a != c);
    // Exactly the requested number of alerts, inside the history's span, with a
    // multi-stage incident among them.
    int alerts = 0, multiStage = 0;
    for (const QByteArray &row : a) {
        const QJsonObject o = QJsonDocument::fromJson(row).object();
        if (o.contains(QStringLiteral("title"))) {
            ++alerts;
            Timestamp created;
            QVERIFY(Timestamp::parse(o.value(QStringLiteral("createdDateTime")).toString(), &created));
            QVERIFY(created <= at("2026-11-20T00:00:00Z"));
            QVERIFY(created >= at("2026-11-15T00:00:00Z"));
        } else if (o.value(QStringLiteral("displayName")).toString().startsWith(QStringLiteral("Multi-stage"))) {
            ++multiStage;
        }
    }
    QCOMPARE(alerts, 800);
    QVERIFY(multiStage > 0);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
