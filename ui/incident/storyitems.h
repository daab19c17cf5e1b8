// The graphics items of the attack story: one item per node and one item for all edges
// (it paints only the edges in the exposed area), with the pens, brushes and mark pixmaps
// they share built once per palette.
#pragma once

#include "story/graphlayout.h"
#include "story/storygraph.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsItem>
#include <QHash>
#include <QPainterPath>
#include <QPalette>
#include <QPen>
#include <QPixmap>
#include <QStaticText>

#include <functional>

class QSvgRenderer;

namespace wf::ui {

// Drawing state shared by every item of one scene; rebuilt when the palette changes.
struct StoryStyle
{
    explicit StoryStyle(const QPalette &palette, const QFont &font);

    QPalette palette;
    bool dark = false;
    QFont font, boldFont, smallFont;
    QColor text, muted, background;
    QBrush nodeBrush, groupBrush, labelBrush;
    QPen nodePen, groupPen, selectedPen, neighbourPen;
    QPen edgePen, edgeDimPen, edgeHighlightPen;

    QColor severityColor(const Enum<AlertSeverity> &severity) const;
    QPen alertPen(const Enum<AlertSeverity> &severity) const;
    // The mark of a node kind / entity type, tinted to the palette, at `size` points.
    QPixmap entityMark(EntityType type, int size) const;
    QPixmap providerMark(CloudProvider provider, int size) const;
    QPixmap alertMark(int size) const;

private:
    QPixmap mark(quint64 key, const std::function<QSvgRenderer *()> &renderer, int size) const;

    mutable QHash<quint64, QPixmap> m_pixmaps;
    mutable QHash<quint64, QPen> m_alertPens;
};

enum class Emphasis : quint8 { Normal, Selected, Neighbour, Dimmed };

class StoryNodeItem final : public QGraphicsItem
{
public:
    // `node` must outlive the item (the view keeps the visible graph alongside the scene).
    StoryNodeItem(
        const story::StoryNode &node, int index, const QSizeF &size, const StoryStyle *style);

    int index() const { return m_index; }
    const story::StoryNode &node() const { return *m_node; }
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    // The two lines of text as drawn (elided); for tests and tool tips.
    QString primaryText() const
    {
        return m_primary2.text().isEmpty() ? m_primary.text()
                                           : m_primary.text() + u' ' + m_primary2.text();
    }
    QString secondaryText() const { return m_secondary.text(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const story::StoryNode *m_node;
    int m_index;
    QRectF m_rect;
    const StoryStyle *m_style;
    QStaticText m_primary, m_primary2, m_secondary; // m_primary2: an alert title's second line
    Emphasis m_emphasis = Emphasis::Normal;
};

class StoryEdgeLabels;

// Every edge of the scene in one item, under the nodes; a StoryEdgeLabels item paints their
// labels (translated roles) above the nodes, only from 0.5x zoom on.
class StoryEdgeLayer final : public QGraphicsItem
{
public:
    struct Edge
    {
        QPainterPath path;
        QRectF bounds; // path and label, for culling
        QStaticText label;
        QPointF labelPos;
        bool showLabel = false; // false where it would cover a node or an earlier label
        int alert = -1, entity = -1;
    };
    StoryEdgeLayer(
        const story::StoryGraph &graph, const story::Layout &layout, const StoryStyle *style);
    // Highlights the edges of node `index` and dims the others; -1 for none.
    void setFocusNode(int index);
    int focusNode() const { return m_focus; }
    int edgeCount() const { return int(m_edges.size()); }
    const Edge &edge(int i) const { return m_edges.at(i); }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    friend class StoryEdgeLabels;
    bool touchesFocus(const Edge &e) const { return e.alert == m_focus || e.entity == m_focus; }

    QList<Edge> m_edges;
    QRectF m_bounds;
    const StoryStyle *m_style;
    int m_focus = -1;
};

// The edge labels of a StoryEdgeLayer, stacked above the nodes. Reads the layer's edges and
// focus: update() it with the layer, and remove both from the scene together.
class StoryEdgeLabels final : public QGraphicsItem
{
public:
    explicit StoryEdgeLabels(const StoryEdgeLayer *edges);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const StoryEdgeLayer *m_edges;
};

// An alert's or entity's time as the story shows it (local time, short format).
QString storyTimeText(const Timestamp &time);

// "Compromised, Attacker": an edge's roles as the analyst reads them.
QString roleLabel(const QList<Enum<EvidenceRole>> &roles);

} // namespace wf::ui
