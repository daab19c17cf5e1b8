// Graphviz layout of story graphs on a worker thread.
#include "graphlayout.h"

#include <QElapsedTimer>
#include <QLineF>
#include <QMutex>
#include <QMutexLocker>

#include <cstdlib>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace wf::story {

namespace {

// Graphviz keeps global state (the context, attribute symbols, memory pools): every call
// into it goes through this one lock.
QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

// One context for the process, made on first use: gvContext() reads the plugin
// configuration, which would cost every layout otherwise.
struct Context
{
    GVC_t *gvc = gvContext();
    ~Context() { gvFreeContext(gvc); }
};
GVC_t *context()
{
    static Context c;
    return c.gvc;
}

char *cs(const char *s)
{
    return const_cast<char *>(s); // cgraph takes char * but never writes through it
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 3);
}

bool hasLayoutPlugin(const char *name)
{
    int size = 0;
    char **list = gvPluginList(context(), "layout", &size, nullptr);
    bool found = false;
    for (int i = 0; i < size; ++i) {
        found = found || qstrcmp(list[i], name) == 0
            || QByteArray(list[i]).startsWith(QByteArray(QByteArray(name) + ':'));
        std::free(list[i]);
    }
    std::free(list);
    return found;
}

QPointF cubicAt(
    const QPointF &p0, const QPointF &c1, const QPointF &c2, const QPointF &p1, double t)
{
    const double u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * p1;
}

// The point at `fraction` of the spline's segments (not of its length: close enough for
// placing a label).
QPointF pointAlong(const QList<QPointF> &points, double fraction)
{
    const int segments = int(points.size() - 1) / 3;
    if (segments <= 0)
        return points.value(0);
    const double at = segments * fraction;
    const int s = qMin(segments - 1, int(at));
    const int i = 3 * s;
    return cubicAt(points.at(i), points.at(i + 1), points.at(i + 2), points.at(i + 3), at - s);
}

// Runs one engine on a graph made from `graph`; false if Graphviz refused.
bool runGraphviz(const StoryGraph &graph, const char *engine, Layout *out)
{
    const bool dot = qstrcmp(engine, "dot") == 0;
    Agraph_t *g = agopen(cs("story"), Agdirected, nullptr);
    agattr(g, AGRAPH, cs("rankdir"), cs("LR"));
    agattr(g, AGRAPH, cs("nodesep"), cs("0.18"));
    // Room between the alert and entity columns for the role labels.
    agattr(g, AGRAPH, cs("ranksep"), cs("2.0"));
    agattr(g, AGRAPH, cs("splines"), cs(dot ? "true" : "false"));
    agattr(g, AGRAPH, cs("start"), cs("1")); // fixed seed: the same graph, the same picture
    // sfdp's default overlap removal (prism) is not deterministic in Graphviz 2.43, not even
    // with srand() fixed; scaling is, at the cost of a sparser picture.
    agattr(g, AGRAPH, cs("overlap"), cs(dot ? "true" : "scale"));
    agattr(g, AGRAPH, cs("sep"), cs("+8"));
    agattr(g, AGRAPH, cs("outputorder"), cs("edgesfirst"));
    const QSizeF entity = nodeSize(NodeKind::Entity);
    Agsym_t *width = agattr(g, AGNODE, cs("width"), cs(inches(entity.width()).constData()));
    Agsym_t *height = agattr(g, AGNODE, cs("height"), cs(inches(entity.height()).constData()));
    agattr(g, AGNODE, cs("shape"), cs("box"));
    agattr(g, AGNODE, cs("fixedsize"), cs("true"));
    // No labels: Graphviz would measure text with its own fonts; the view draws the text.
    agattr(g, AGNODE, cs("label"), cs(""));
    agattr(g, AGEDGE, cs("arrowhead"), cs("none"));
    agattr(g, AGEDGE, cs("label"), cs(""));
    Agsym_t *style = agattr(g, AGEDGE, cs("style"), cs(""));
    Agsym_t *weight = agattr(g, AGEDGE, cs("weight"), cs("1"));
    Agsym_t *constraint = agattr(g, AGEDGE, cs("constraint"), cs("true"));

    QList<Agnode_t *> nodes(graph.nodes.size());
    for (int i = 0; i < nodes.size(); ++i) {
        nodes[i] = agnode(g, cs(QByteArray("n" + QByteArray::number(i)).constData()), 1);
        const QSizeF size = nodeSize(graph.nodes.at(i).kind);
        if (size != entity) {
            agxset(nodes[i], width, cs(inches(size.width()).constData()));
            agxset(nodes[i], height, cs(inches(size.height()).constData()));
        }
    }
    QList<Agedge_t *> edges(graph.edges.size());
    for (int i = 0; i < edges.size(); ++i) {
        const StoryEdge &e = graph.edges.at(i);
        edges[i] = agedge(g, nodes.at(e.alert), nodes.at(e.entity), nullptr, 1);
    }
    if (dot && graph.alertCount() > 1) {
        // Alerts in one column in time order: a same-rank chain of invisible edges.
        Agraph_t *column = agsubg(g, cs("alerts"), 1);
        agsafeset(column, cs("rank"), cs("same"), cs(""));
        for (int i = 0; i < graph.alertCount(); ++i)
            agsubnode(column, nodes.at(i), 1);
        for (int i = 1; i < graph.alertCount(); ++i) {
            Agedge_t *chain = agedge(g, nodes.at(i - 1), nodes.at(i),
                cs(QByteArray("c" + QByteArray::number(i)).constData()), 1);
            agxset(chain, style, cs("invis"));
            agxset(chain, weight, cs("100"));
            agxset(chain, constraint, cs("true"));
        }
    }

    // sfdp draws from the C library's generators besides its own seed: reset them so the
    // second layout of a graph equals the first (we hold the Graphviz lock).
    std::srand(1);
    srand48(1);
    const bool ok = gvLayout(context(), g, engine) == 0;
    if (ok) {
        const boxf bb = GD_bb(g);
        const double top = bb.UR.y;
        auto flip = [top](pointf p) { return QPointF(p.x, top - p.y); };
        out->bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, top - bb.LL.y));
        out->nodes.resize(nodes.size());
        for (int i = 0; i < nodes.size(); ++i) {
            out->nodes[i].centre = flip(ND_coord(nodes.at(i)));
            out->nodes[i].size
                = QSizeF(ND_width(nodes.at(i)) * 72.0, ND_height(nodes.at(i)) * 72.0);
        }
        out->edges.resize(edges.size());
        for (int i = 0; i < edges.size(); ++i) {
            EdgePath &path = out->edges[i];
            const splines *spl = ED_spl(edges.at(i));
            if (spl && spl->size > 0 && spl->list[0].size >= 4) {
                const bezier &bz = spl->list[0];
                path.points.reserve(bz.size);
                for (int p = 0; p < bz.size; ++p)
                    path.points.append(flip(bz.list[p]));
                // The spline may run entity -> alert; the view wants alert -> entity.
                const QPointF alert = out->nodes.at(graph.edges.at(i).alert).centre;
                const QLineF fromStart(alert, path.points.first()),
                    fromEnd(alert, path.points.last());
                if (fromEnd.length() < fromStart.length())
                    std::reverse(path.points.begin(), path.points.end());
            } else {
                // No routed spline (sfdp without splines): a straight line as a cubic.
                const QPointF a = out->nodes.at(graph.edges.at(i).alert).centre;
                const QPointF b = out->nodes.at(graph.edges.at(i).entity).centre;
                path.points = {a, a, b, b};
            }
            // Near the entity end: edges into one alert bunch up at the alert, while the
            // entities they reach are spread out, so labels there rarely collide.
            path.labelPos = pointAlong(path.points, 0.6);
        }
        gvFreeLayout(context(), g);
    }
    agclose(g);
    return ok;
}

} // namespace

QSizeF nodeSize(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Alert:
        return {290, 60}; // a title on two lines, then time and severity
    case NodeKind::Group:
        return {160, 40};
    case NodeKind::Entity:
        break;
    }
    return {230, 46};
}

LayoutEngine engineFor(int nodeCount)
{
    return nodeCount > ScalableEngineThreshold ? LayoutEngine::Scalable : LayoutEngine::Dot;
}

QString scalableEngineName()
{
    QMutexLocker locker(&graphvizLock());
    static const bool sfdp = hasLayoutPlugin("sfdp");
    return sfdp ? QStringLiteral("sfdp") : QStringLiteral("neato");
}

Layout layoutGraph(const StoryGraph &graph)
{
    return layoutGraph(graph, engineFor(int(graph.nodes.size())));
}

Layout layoutGraph(const StoryGraph &graph, LayoutEngine engine)
{
    Layout layout;
    if (graph.nodes.isEmpty()) {
        layout.ok = true;
        return layout;
    }
    const QString scalable = engine == LayoutEngine::Scalable ? scalableEngineName() : QString();
    QMutexLocker locker(&graphvizLock());
    QElapsedTimer timer;
    timer.start();
    if (engine == LayoutEngine::Dot) {
        layout.engine = QStringLiteral("dot");
        layout.ok = runGraphviz(graph, "dot", &layout);
    } else {
        layout.engine = scalable;
        layout.ok = runGraphviz(graph, scalable.toLatin1().constData(), &layout);
        if (!layout.ok && scalable != QLatin1StringView("neato")) {
            layout = {};
            layout.engine = QStringLiteral("neato");
            layout.ok = runGraphviz(graph, "neato", &layout);
        }
    }
    layout.ms = double(timer.nsecsElapsed()) / 1e6;
    return layout;
}

QString layoutKey(qint64 incidentId, const QString &version, const StoryOptions &options)
{
    return QString::number(incidentId) + u'|' + version + u'|'
        + QString::number(options.hash(), 16);
}

LayoutService::LayoutService(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("story-layout"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

LayoutService::~LayoutService()
{
    m_thread.quit();
    m_thread.wait(); // lets a running layout finish: Graphviz cannot be interrupted
}

void LayoutService::request(const QString &key, const StoryGraph &graph)
{
    m_latest = key;
    if (const Layout *hit = m_cache.object(key)) {
        const Layout copy = *hit;
        QMetaObject::invokeMethod(
            this,
            [this, key, copy] {
                if (key == m_latest)
                    Q_EMIT ready(key, copy);
            },
            Qt::QueuedConnection);
        return;
    }
    if (key == m_running)
        return;
    if (!m_running.isEmpty()) {
        m_pendingKey = key;
        m_pendingGraph = graph;
        m_hasPending = true;
        return;
    }
    start(key, graph);
}

void LayoutService::start(const QString &key, const StoryGraph &graph)
{
    m_running = key;
    QMetaObject::invokeMethod(
        m_worker,
        [this, key, graph] {
            const Layout layout = layoutGraph(graph);
            // Posted to the service: dropped by Qt if the service is gone by then.
            QMetaObject::invokeMethod(
                this, [this, key, layout] { finished(key, layout); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LayoutService::finished(const QString &key, const Layout &layout)
{
    m_running.clear();
    m_cache.insert(key, new Layout(layout));
    if (key == m_latest)
        Q_EMIT ready(key, layout);
    if (m_hasPending) {
        m_hasPending = false;
        const StoryGraph graph = std::exchange(m_pendingGraph, {});
        if (m_pendingKey == m_latest && !m_cache.contains(m_pendingKey))
            start(m_pendingKey, graph);
    }
}

} // namespace wf::story
