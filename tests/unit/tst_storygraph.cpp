// The attack story graph of tests/fixtures/incident_story.json: nodes, edges, the VM
// merge, the view filter, and the Graphviz layout (deterministic, complete, engine by size).
#include "story/graphlayout.h"
#include "story/storygraph.h"
#include "wire/codec.h"
#include "wire/schema.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace wf;
using namespace wf::story;

class TestStoryGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nodesAndEdges();
    void mergesVmsIntoTheirResource();
    void collapsesLeavesOfOneTypeOnOneAlert();
    void hidesTypes();
    void hidesSparseNodes();
    void timeCutoff();
    void optionsHash();
    void layoutIsDeterministicAndComplete();
    void engineBySize();
    void serviceAnswersTheLatestRequest();

private:
    QList<Alert> m_alerts;
    StoryGraph m_graph;
};

namespace {

QList<Alert> fixtureAlerts()
{
    QFile f(QStringLiteral(WF_FIXTURES_DIR "/incident_story.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    QString error;
    const std::optional<Incident> incident
        = wire::decode<Incident>(QJsonDocument::fromJson(f.readAll()).object(), &error);
    if (!incident)
        qFatal("fixture does not decode: %s", qPrintable(error));
    return incident->alerts.value();
}

QStringList keys(const StoryGraph &g)
{
    QStringList k;
    for (const StoryNode &n : g.nodes)
        k << n.key;
    return k;
}

const QString GcpVm = QStringLiteral(
    "res://compute.googleapis.com/projects/wf-prod/zones/europe-west1-b/instances/vm-gcp-web");
const QString AwsVm
    = QStringLiteral("res:arn:aws:ec2:eu-central-1:123456789012:instance/i-0abc1234");
const QString AzureVm
    = QStringLiteral("res:/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/"
                     "rg-app/providers/microsoft.compute/virtualmachines/vm-az-app");
const QString Ivan = QStringLiteral("acct:ivan.petrov@contoso.com");

// A synthetic graph of `alerts` alerts and about `entities` entities (some shared).
StoryGraph synthetic(int alerts, int entities)
{
    QList<Alert> list;
    for (int a = 0; a < alerts; ++a) {
        Alert alert;
        alert.id = QStringLiteral("a%1").arg(a);
        alert.title = QStringLiteral("alert %1").arg(a);
        alert.firstActivityDateTime = Timestamp::fromMSecs(1'700'000'000'000 + a * 60'000);
        QList<Evidence> ev;
        for (int e = a; e < entities; e += alerts) {
            Evidence x;
            x.make<IpEvidence>().ipAddress = QStringLiteral("10.0.%1.%2").arg(e / 250).arg(e % 250);
            ev << x;
        }
        Evidence shared;
        shared.make<IpEvidence>().ipAddress = QStringLiteral("192.0.2.%1").arg(a % 7);
        ev << shared;
        alert.evidence = ev;
        list << alert;
    }
    return build(list);
}

} // namespace

void TestStoryGraph::initTestCase()
{
    m_alerts = fixtureAlerts();
    QCOMPARE(m_alerts.size(), 5);
    m_graph = build(m_alerts);
}

void TestStoryGraph::nodesAndEdges()
{
    QCOMPARE(m_graph.alertCount(), 5);
    QCOMPARE(m_graph.nodes.size(), 23); // 5 alerts, 18 entities
    QCOMPARE(m_graph.edges.size(), 24);
    // Alerts first, in time order (the fixture lists them shuffled; a3 has no first activity
    // and goes by its creation time).
    const QStringList k = keys(m_graph);
    QCOMPARE(k.mid(0, 5),
        (QStringList {QStringLiteral("alert:wf-story-a1"), QStringLiteral("alert:wf-story-a2"),
            QStringLiteral("alert:wf-story-a3"), QStringLiteral("alert:wf-story-a4"),
            QStringLiteral("alert:wf-story-a5")}));
    const StoryNode *a1 = m_graph.node(QStringLiteral("alert:wf-story-a1"));
    QVERIFY(a1);
    QCOMPARE(a1->title, QStringLiteral("SSH brute force succeeded on a Google Cloud VM"));
    QVERIFY(a1->severity == AlertSeverity::high);

    // Shared entities know all their alerts and when they first appeared.
    const StoryNode *ivan = m_graph.node(Ivan);
    QVERIFY(ivan);
    QCOMPARE(ivan->entity.type, EntityType::Account);
    QCOMPARE(ivan->alertIds,
        (QStringList {QStringLiteral("wf-story-a1"), QStringLiteral("wf-story-a2"),
            QStringLiteral("wf-story-a3")}));
    QCOMPARE(ivan->time, a1->time);
    const StoryNode *tor = m_graph.node(QStringLiteral("ip:203.0.113.9"));
    QVERIFY(tor);
    QCOMPARE(tor->alertIds.size(), 2);
    QCOMPARE(tor->time, m_graph.node(QStringLiteral("alert:wf-story-a3"))->time);
    QCOMPARE(m_graph.degree(m_graph.indexOf(QStringLiteral(
                 "file:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))),
        2);

    // Evidence with nothing to tell it apart gets a node of its own.
    const StoryNode *pod = m_graph.node(QStringLiteral("anon:wf-story-a4#3"));
    QVERIFY(pod);
    QCOMPARE(pod->entity.type, EntityType::Other);

    // Edge roles: the enums, merged per (alert, entity).
    const int a5 = m_graph.indexOf(QStringLiteral("alert:wf-story-a5"));
    const int azureVm = m_graph.indexOf(AzureVm);
    QVERIFY(azureVm > 0);
    bool found = false;
    for (const StoryEdge &e : m_graph.edges) {
        if (e.alert == a5 && e.entity == azureVm) {
            found = true;
            QCOMPARE(e.roles.size(), 2);
            QVERIFY(e.roles.at(0) == EvidenceRole::compromised);
            QVERIFY(e.roles.at(1) == EvidenceRole::attacked);
        }
        QVERIFY(m_graph.nodes.at(e.alert).isAlert());
        QVERIFY(!m_graph.nodes.at(e.entity).isAlert());
    }
    QVERIFY(found);
    // Deterministic: the same alerts in another order give the same graph.
    QList<Alert> reversed(m_alerts.rbegin(), m_alerts.rend());
    QCOMPARE(keys(build(reversed)), k);
}

void TestStoryGraph::mergesVmsIntoTheirResource()
{
    // By host name (case-insensitive), in the alert with the resource and in one without.
    const StoryNode *gcp = m_graph.node(GcpVm);
    QVERIFY(gcp);
    QCOMPARE(gcp->entity.type, EntityType::CloudResource);
    QCOMPARE(gcp->entity.provider, CloudProvider::Gcp);
    QCOMPARE(gcp->hostName, QStringLiteral("VM-GCP-WEB"));
    QCOMPARE(gcp->alertIds,
        (QStringList {QStringLiteral("wf-story-a1"), QStringLiteral("wf-story-a2")}));
    QVERIFY(!m_graph.node(QStringLiteral("host:vm-gcp-web")));
    // By vmMetadata resource id (host name differs).
    const StoryNode *aws = m_graph.node(AwsVm);
    QVERIFY(aws);
    QCOMPARE(aws->entity.provider, CloudProvider::Aws);
    QCOMPARE(aws->hostName, QStringLiteral("ip-10-0-0-5"));
    QVERIFY(!m_graph.node(QStringLiteral("host:ip-10-0-0-5")));
    QVERIFY(m_graph.node(AzureVm));
    QVERIFY(!m_graph.node(QStringLiteral("host:vm-az-app")));
    int devices = 0;
    for (const StoryNode &n : m_graph.nodes)
        devices += n.entity.type == EntityType::Device && !n.isAlert();
    QCOMPARE(devices, 0);
}

void TestStoryGraph::collapsesLeavesOfOneTypeOnOneAlert()
{
    StoryOptions off;
    off.collapse = false;
    QCOMPARE(visibleGraph(m_graph, off).nodes.size(), 23);

    const StoryOptions on; // collapse at 3 by default
    const StoryGraph v = visibleGraph(m_graph, on);
    QCOMPARE(v.nodes.size(), 19);
    QCOMPARE(v.edges.size(), 20);
    const StoryNode *g1 = v.node(QStringLiteral("group:alert:wf-story-a1|ip"));
    QVERIFY(g1);
    QCOMPARE(g1->kind, NodeKind::Group);
    QCOMPARE(g1->count, 3);
    QCOMPARE(g1->members,
        (QStringList {QStringLiteral("ip:198.51.100.24"), QStringLiteral("ip:198.51.100.25"),
            QStringLiteral("ip:198.51.100.26")}));
    QVERIFY(v.node(QStringLiteral("ip:198.51.100.23"))); // shared with a2: not a leaf
    QVERIFY(v.node(QStringLiteral("group:alert:wf-story-a5|ip")));
    QVERIFY(!v.node(QStringLiteral("ip:192.0.2.10")));
    // The group's edge carries its members' roles.
    const int a5 = v.indexOf(QStringLiteral("alert:wf-story-a5"));
    const int g5 = v.indexOf(QStringLiteral("group:alert:wf-story-a5|ip"));
    bool found = false;
    for (const StoryEdge &e : v.edges) {
        if (e.alert == a5 && e.entity == g5) {
            found = true;
            QCOMPARE(e.roles.size(), 1);
            QVERIFY(e.roles.first() == EvidenceRole::commandAndControl);
        }
    }
    QVERIFY(found);

    StoryOptions four;
    four.collapseThreshold = 4;
    QCOMPARE(visibleGraph(m_graph, four).nodes.size(), 23);
}

void TestStoryGraph::hidesTypes()
{
    StoryOptions o;
    o.setHidden(EntityType::Ip, true);
    QVERIFY(o.isHidden(EntityType::Ip));
    const StoryGraph v = visibleGraph(m_graph, o);
    QCOMPARE(v.nodes.size(), 15);
    QCOMPARE(v.edges.size(), 14); // ten IP edges gone (.23 and .9 have two)
    for (const StoryNode &n : v.nodes)
        QVERIFY(n.isAlert() || n.entity.type != EntityType::Ip);
    o.setHidden(EntityType::Ip, false);
    QCOMPARE(o.hiddenTypes, 0u);
}

void TestStoryGraph::hidesSparseNodes()
{
    StoryOptions o;
    o.hideSparse = true;
    const StoryGraph v = visibleGraph(m_graph, o);
    QCOMPARE(v.alertCount(), 5); // alerts stay
    QCOMPARE(v.nodes.size(), 10);
    QCOMPARE(v.edges.size(), 11);
    QCOMPARE(keys(v).mid(5),
        (QStringList {GcpVm, Ivan, QStringLiteral("ip:198.51.100.23"),
            QStringLiteral("file:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            QStringLiteral("ip:203.0.113.9")}));
}

void TestStoryGraph::timeCutoff()
{
    StoryOptions o;
    o.collapse = false;
    o.hasCutoff = true;
    o.cutoff = m_graph.node(QStringLiteral("alert:wf-story-a2"))->time;
    StoryGraph v = visibleGraph(m_graph, o);
    QCOMPARE(v.alertCount(), 2);
    QCOMPARE(v.nodes.size(), 10);
    QCOMPARE(v.edges.size(), 11);
    QCOMPARE(v.node(Ivan)->alertIds.size(), 2); // only the alerts shown so far
    QVERIFY(!v.node(AwsVm));

    o.collapse = true; // .24-.26 collapse; the file is a leaf of a2 now but alone
    QCOMPARE(visibleGraph(m_graph, o).nodes.size(), 8);

    // a3 counts by its creation time (it has no first activity).
    o.cutoff = Timestamp::fromMSecs(0);
    Timestamp::parse(u"2026-11-20T09:00:00Z", &o.cutoff);
    QCOMPARE(visibleGraph(m_graph, o).alertCount(), 3);
    o.cutoff = o.cutoff.addMSecs(-1);
    QCOMPARE(visibleGraph(m_graph, o).alertCount(), 2);
}

void TestStoryGraph::optionsHash()
{
    StoryOptions a, b;
    QCOMPARE(a.hash(), b.hash());
    b.hideSparse = true;
    QVERIFY(a.hash() != b.hash());
    b = a;
    b.setHidden(EntityType::File, true);
    QVERIFY(a.hash() != b.hash());
    QVERIFY(layoutKey(1, QStringLiteral("v1"), a) != layoutKey(1, QStringLiteral("v2"), a));
}

void TestStoryGraph::layoutIsDeterministicAndComplete()
{
    const StoryGraph v = visibleGraph(m_graph, {});
    const Layout one = layoutGraph(v);
    const Layout two = layoutGraph(v);
    QVERIFY(one.ok);
    QCOMPARE(one.engine, QStringLiteral("dot"));
    QCOMPARE(one.nodes.size(), v.nodes.size());
    QCOMPARE(one.edges.size(), v.edges.size());
    for (int i = 0; i < one.nodes.size(); ++i) {
        QCOMPARE(one.nodes.at(i).centre, two.nodes.at(i).centre);
        const QRectF node(one.nodes.at(i).centre
                - QPointF(one.nodes.at(i).size.width(), one.nodes.at(i).size.height()) / 2,
            one.nodes.at(i).size);
        QVERIFY2(one.bounds.adjusted(-1, -1, 1, 1).contains(node), qPrintable(v.nodes.at(i).key));
        QCOMPARE(one.nodes.at(i).size, nodeSize(v.nodes.at(i).kind));
    }
    // Alerts in one column, in time order, left of the entities.
    for (int i = 1; i < v.alertCount(); ++i) {
        QCOMPARE(one.nodes.at(i).centre.x(), one.nodes.at(0).centre.x());
        QVERIFY(one.nodes.at(i).centre.y() > one.nodes.at(i - 1).centre.y());
    }
    for (int i = v.alertCount(); i < v.nodes.size(); ++i)
        QVERIFY(one.nodes.at(i).centre.x() > one.nodes.at(0).centre.x());
    // No two boxes overlap.
    auto box = [&](int i) {
        const NodeBox &n = one.nodes.at(i);
        return QRectF(n.centre - QPointF(n.size.width(), n.size.height()) / 2, n.size);
    };
    for (int i = 0; i < one.nodes.size(); ++i) {
        for (int j = i + 1; j < one.nodes.size(); ++j)
            QVERIFY(!box(i).adjusted(1, 1, -1, -1).intersects(box(j)));
    }
    for (int i = 0; i < one.edges.size(); ++i) {
        QCOMPARE(one.edges.at(i).points, two.edges.at(i).points);
        QVERIFY(one.edges.at(i).points.size() >= 4);
        QCOMPARE((one.edges.at(i).points.size() - 1) % 3, 0);
    }

    // The scalable engine is deterministic too.
    const StoryGraph big = synthetic(30, 300);
    const Layout s1 = layoutGraph(big, LayoutEngine::Scalable);
    const Layout s2 = layoutGraph(big, LayoutEngine::Scalable);
    QVERIFY(s1.ok);
    QCOMPARE(s1.engine, scalableEngineName());
    QCOMPARE(s1.nodes.size(), big.nodes.size());
    for (int i = 0; i < s1.nodes.size(); ++i)
        QCOMPARE(s1.nodes.at(i).centre, s2.nodes.at(i).centre);
}

void TestStoryGraph::engineBySize()
{
    QCOMPARE(engineFor(10), LayoutEngine::Dot);
    QCOMPARE(engineFor(ScalableEngineThreshold), LayoutEngine::Dot);
    QCOMPARE(engineFor(ScalableEngineThreshold + 1), LayoutEngine::Scalable);
    QCOMPARE(scalableEngineName(), QStringLiteral("sfdp")); // Debian's libgvc has it
    const StoryGraph big = synthetic(40, ScalableEngineThreshold + 20);
    QVERIFY(big.nodes.size() > ScalableEngineThreshold);
    QCOMPARE(layoutGraph(big).engine, QStringLiteral("sfdp"));
    QCOMPARE(layoutGraph(visibleGraph(m_graph, {})).engine, QStringLiteral("dot"));
}

void TestStoryGraph::serviceAnswersTheLatestRequest()
{
    LayoutService service;
    QSignalSpy ready(&service, &LayoutService::ready);
    StoryOptions sparse;
    sparse.hideSparse = true;
    const QString k1 = layoutKey(4711, QStringLiteral("v1"), {});
    const QString k2 = layoutKey(4711, QStringLiteral("v1"), sparse);
    service.request(k1, visibleGraph(m_graph, {}));
    service.request(k2, visibleGraph(m_graph, sparse)); // supersedes k1
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(0).toString(), k2);
    QCOMPARE(ready.at(0).at(1).value<Layout>().nodes.size(), 10);
    QVERIFY(!service.isBusy());
    QVERIFY(service.isCached(k1)); // the stale answer is kept, not announced
    // A cached key answers from the event loop.
    service.request(k1, visibleGraph(m_graph, {}));
    QCOMPARE(ready.size(), 1);
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(ready.at(1).at(0).toString(), k1);
    QCOMPARE(ready.at(1).at(1).value<Layout>().nodes.size(), 19);
}

QTEST_GUILESS_MAIN(TestStoryGraph)
#include "tst_storygraph.moc"
