// Graphviz layout of a visible story graph (dot for small graphs, sfdp/neato for large
// ones), and the service that runs layouts on one worker thread with an LRU cache.
#pragma once

#include "storygraph.h"

#include <QCache>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QThread>

namespace wf::story {

// Node boxes in points; the view draws nodes at exactly these sizes.
QSizeF nodeSize(NodeKind kind);

enum class LayoutEngine : quint8 { Dot, Scalable };

// Above this many nodes dot gets slower than ~150 ms (measured: 89 ms at 800 nodes, 163 ms
// at 1,000; sfdp 61 and 126 ms; docs/benchmarks.md, "story_layout_*"), so larger graphs go
// to the scalable engine.
inline constexpr int ScalableEngineThreshold = 900;
LayoutEngine engineFor(int nodeCount);
// "sfdp" when the installed Graphviz plugins have it, else "neato".
QString scalableEngineName();

struct NodeBox
{
    QPointF centre; // points, y down
    QSizeF size;
};

struct EdgePath
{
    // A cubic Bézier spline: the start point, then three points (two controls and an end)
    // per segment, ready for QPainterPath::moveTo / cubicTo. From the alert to the entity.
    QList<QPointF> points;
    QPointF labelPos; // where the roles label goes (towards the entity end)
};

struct Layout
{
    QList<NodeBox> nodes; // in the graph's node order
    QList<EdgePath> edges; // in the graph's edge order
    QRectF bounds;
    QString engine; // "dot", "sfdp", "neato"
    double ms = 0; // time the layout took
    bool ok = false;
};

// Lays out synchronously (serialised with every other Graphviz call in the process).
// Deterministic: the same graph gives the same coordinates. `engine` overrides the
// choice by size (benchmarks compare engines with it).
Layout layoutGraph(const StoryGraph &graph);
Layout layoutGraph(const StoryGraph &graph, LayoutEngine engine);

// The cache key of a layout: one incident at one version, seen through one set of options.
QString layoutKey(qint64 incidentId, const QString &version, const StoryOptions &options);

// Lays out on its own thread, one graph at a time. Only the answer for the latest request
// is announced; answers to older ones are cached but not emitted, and a request made
// while a layout runs waits (replacing any other waiting request).
class LayoutService : public QObject
{
    Q_OBJECT
public:
    explicit LayoutService(QObject *parent = nullptr);
    ~LayoutService() override;

    // Emits ready(key, ...) later (also for a cached key, from the event loop).
    void request(const QString &key, const StoryGraph &graph);
    bool isCached(const QString &key) const { return m_cache.contains(key); }
    bool isBusy() const { return !m_running.isEmpty(); }
    QString latestKey() const { return m_latest; }

Q_SIGNALS:
    void ready(const QString &key, const wf::story::Layout &layout);

private:
    void start(const QString &key, const StoryGraph &graph);
    void finished(const QString &key, const Layout &layout);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; runs the queued layouts
    QCache<QString, Layout> m_cache {32};
    QString m_latest; // the request the caller waits for
    QString m_running; // the layout on the worker now, or empty
    QString m_pendingKey;
    StoryGraph m_pendingGraph;
    bool m_hasPending = false;
};

} // namespace wf::story
