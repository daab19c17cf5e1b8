// watchfloor-bench --story: the attack story view on large synthetic incidents (set-up to
// first paint, offscreen frames of 2,000 items) and dot vs sfdp layout times by size.
#include "benches.h"
#include "incident/attackstoryview.h"
#include "story/graphlayout.h"
#include "story/storygraph.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QTimer>

namespace bench {

namespace {

// Evidence for entity number `n` of a synthetic incident, cycling through the types an
// analyst meets in a cloud incident.
wf::Evidence syntheticEvidence(int n)
{
    wf::Evidence e;
    e.roles = QList<wf::Enum<wf::EvidenceRole>> {
        n % 3 ? wf::EvidenceRole::compromised : wf::EvidenceRole::attacker};
    const QString id = QString::number(n);
    switch (n % 8) {
    case 0:
        e.make<wf::IpEvidence>().ipAddress
            = QStringLiteral("198.51.%1.%2").arg(n / 250).arg(n % 250);
        break;
    case 1: {
        wf::UserAccount account;
        account.userPrincipalName = QStringLiteral("user%1@contoso.com").arg(n);
        e.make<wf::UserEvidence>().userAccount = account;
        break;
    }
    case 2: {
        auto &az = e.make<wf::AzureResourceEvidence>();
        az.resourceId = QStringLiteral("/subscriptions/1111/resourceGroups/rg/providers/"
                                       "Microsoft.Compute/virtualMachines/vm-az-")
            + id;
        az.resourceName = QStringLiteral("vm-az-") + id;
        break;
    }
    case 3: {
        auto &aws = e.make<wf::AmazonResourceEvidence>();
        aws.amazonResourceId
            = QStringLiteral("arn:aws:ec2:eu-central-1:123456789012:instance/i-") + id;
        aws.resourceName = QStringLiteral("ec2-") + id;
        aws.resourceType = QStringLiteral("AWS::EC2::Instance");
        break;
    }
    case 4: {
        auto &gcp = e.make<wf::GoogleCloudResourceEvidence>();
        gcp.fullResourceName
            = QStringLiteral("//compute.googleapis.com/projects/p/zones/z/instances/gce-") + id;
        gcp.resourceName = QStringLiteral("gce-") + id;
        gcp.projectId = QStringLiteral("wf-prod");
        break;
    }
    case 5: {
        auto &p = e.make<wf::ProcessEvidence>();
        p.processId = n;
        p.mdeDeviceId = QStringLiteral("dev");
        wf::FileDetails image;
        image.fileName = QStringLiteral("proc%1.exe").arg(n);
        p.imageFile = image;
        break;
    }
    case 6: {
        wf::FileDetails file;
        file.fileName = QStringLiteral("drop%1.bin").arg(n);
        file.sha256 = QStringLiteral("%1").arg(n, 64, 10, QLatin1Char('0'));
        e.make<wf::FileEvidence>().fileDetails = file;
        break;
    }
    default:
        e.make<wf::UrlEvidence>().url = QStringLiteral("https://c2-%1.example/x").arg(n);
        break;
    }
    return e;
}

// `alerts` alerts naming `entities` distinct entities: most belong to one alert, a pool of
// `shared` shows up in three alerts each.
QList<wf::Alert> syntheticIncident(int alerts, int entities, int shared)
{
    QList<wf::Alert> list;
    const int own = entities - shared;
    for (int a = 0; a < alerts; ++a) {
        wf::Alert alert;
        alert.id = QStringLiteral("bench-a%1").arg(a);
        alert.title = QStringLiteral("Synthetic alert %1 on a multi-cloud estate").arg(a);
        alert.severity = wf::Enum<wf::AlertSeverity>(wf::AlertSeverity(1 + a % 4));
        alert.firstActivityDateTime = fixedEnd().addSecs(-3600 + a * 30);
        QList<wf::Evidence> evidence;
        for (int n = a; n < own; n += alerts)
            evidence << syntheticEvidence(n);
        for (int k = 0; k < 3 && shared > 0; ++k)
            evidence << syntheticEvidence(own + (a * 3 + k * 7) % shared);
        alert.evidence = evidence;
        list << alert;
    }
    return list;
}

// Sets the incident and returns the ms until the layout is in and the graph painted once.
double timeToFirstPaint(wf::ui::AttackStoryView &view, const QList<wf::Alert> &alerts, int run)
{
    QEventLoop loop;
    const auto c
        = QObject::connect(&view, &wf::ui::AttackStoryView::layoutReady, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    view.setIncident(run, QStringLiteral("bench-%1").arg(run), alerts); // a new version: no cache
    loop.exec();
    view.graphView()->viewport()->repaint();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    QObject::disconnect(c);
    return ms;
}

} // namespace

void benchStory(int runs)
{
    runs = qBound(3, runs, 50);
    const QList<wf::Alert> incident = syntheticIncident(60, 500, 40);
    wf::ui::AttackStoryView view;
    view.resize(1200, 800);
    view.show();
    for (const bool collapse : {true, false}) {
        wf::story::StoryOptions options;
        options.collapse = collapse;
        view.setOptions(options);
        timeToFirstPaint(view, incident, 0); // warm-up: fonts, marks, Graphviz plugins
        QList<double> ms;
        for (int r = 1; r <= runs; ++r)
            ms << timeToFirstPaint(view, incident, r);
        figure(collapse ? QStringLiteral("story_500_entities_first_paint_p50")
                        : QStringLiteral("story_500_entities_uncollapsed_first_paint_p50"),
            percentile(ms, 0.5), QStringLiteral("ms"),
            {{QStringLiteral("alerts"), 60},
                {QStringLiteral("entities"), view.graph().nodes.size() - view.graph().alertCount()},
                {QStringLiteral("visible_nodes"), view.visibleGraph().nodes.size()},
                {QStringLiteral("visible_edges"), view.visibleGraph().edges.size()},
                {QStringLiteral("engine"), view.layout().engine},
                {QStringLiteral("layout_ms"), view.layout().ms},
                {QStringLiteral("p90"), percentile(ms, 0.9)}, {QStringLiteral("runs"), runs},
                {QStringLiteral("target"), QStringLiteral("<= 300 ms")}});
    }

    // (b) 2,000 items: 200 alerts and 1,800 entities, uncollapsed, rendered offscreen.
    {
        wf::story::StoryOptions options;
        options.collapse = false;
        view.setOptions(options);
        timeToFirstPaint(view, syntheticIncident(200, 1800, 150), 1000);
        QGraphicsScene *scene = view.scene();
        const QRectF all = scene->sceneRect();
        QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        // Whole scene fitted into the frame (zoomed out: no labels), and a 1:1 piece of it
        // (labels, marks and text).
        for (const bool whole : {true, false}) {
            const QRectF source = whole ? all : QRectF(all.center(), QSizeF(1600, 1000));
            QList<double> ms;
            for (int r = 0; r < runs + 1; ++r) {
                image.fill(Qt::white);
                QElapsedTimer t;
                t.start();
                {
                    QPainter p(&image);
                    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                    scene->render(&p, QRectF(image.rect()), source, Qt::KeepAspectRatio);
                }
                if (r > 0) // the first frame builds the scene index
                    ms << double(t.nsecsElapsed()) / 1e6;
            }
            figure(whole ? QStringLiteral("story_2000_items_frame_fit_p50")
                         : QStringLiteral("story_2000_items_frame_1to1_p50"),
                percentile(ms, 0.5), QStringLiteral("ms"),
                {{QStringLiteral("items"), scene->items().size()},
                    {QStringLiteral("edges"), view.visibleGraph().edges.size()},
                    {QStringLiteral("frame"), QStringLiteral("1600x1000")},
                    {QStringLiteral("p90"), percentile(ms, 0.9)},
                    {QStringLiteral("target"), QStringLiteral("<= 16 ms")}});
        }
    }

    // (c) dot vs the scalable engine by size: where the threshold goes.
    for (const int nodes : {50, 100, 200, 400, 800, 1000, 1200, 1600}) {
        const int alerts = qMax(5, nodes / 9);
        wf::story::StoryOptions uncollapsed;
        uncollapsed.collapse = false;
        const wf::story::StoryGraph g = wf::story::visibleGraph(
            wf::story::build(syntheticIncident(alerts, nodes - alerts, qMax(4, nodes / 12))),
            uncollapsed);
        for (const auto engine :
            {wf::story::LayoutEngine::Dot, wf::story::LayoutEngine::Scalable}) {
            const int n = nodes >= 800 ? 3 : qMin(runs, 9);
            QList<double> ms;
            QString name;
            for (int r = 0; r < n; ++r) {
                const wf::story::Layout l = wf::story::layoutGraph(g, engine);
                ms << l.ms;
                name = l.engine;
            }
            figure(QStringLiteral("story_layout_%1_%2_p50").arg(name).arg(nodes),
                percentile(ms, 0.5), QStringLiteral("ms"),
                {{QStringLiteral("nodes"), g.nodes.size()},
                    {QStringLiteral("edges"), g.edges.size()}, {QStringLiteral("runs"), n},
                    {QStringLiteral("threshold"), wf::story::ScalableEngineThreshold}});
        }
    }
}

} // namespace bench
