// Painting of the attack story's nodes and edges.
#include "storyitems.h"

#include "common/entityicons.h"
#include "item/queuemodel.h"
#include "queue/queuestyle.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <cmath>

namespace wf::ui {

namespace {

constexpr int MarkSize = 26; // entity and alert marks, in points
constexpr int ProviderSize = 14; // the cloud provider's badge on a resource's mark
constexpr qreal Padding = 8;
constexpr qreal LabelLod = 0.5; // below this zoom, text is unreadable: drop it

// Marks are painted from pixmaps on screen (2x, for zooming in) and as vectors into SVG.
bool isVectorDevice(const QPainter *painter)
{
    return painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::SVG;
}

QPixmap renderMark(QSvgRenderer *renderer, int size)
{
    QPixmap pixmap(size * 2, size * 2);
    pixmap.fill(Qt::transparent);
    if (renderer) {
        QPainter p(&pixmap);
        renderer->render(&p);
    }
    pixmap.setDevicePixelRatio(2);
    return pixmap;
}

QString entityTitle(const story::StoryNode &node)
{
    if (node.kind == story::NodeKind::Group)
        return EntityText::typeCount(node.entity.type, node.count);
    if (!node.entity.name.isEmpty())
        return node.entity.name;
    return EntityText::typeName(node.entity.type);
}

QString entitySubtitle(const story::StoryNode &node)
{
    if (node.kind == story::NodeKind::Group)
        return QCoreApplication::translate("wf::ui::AttackStoryView", "only in this alert");
    QString line = node.entity.resourceType;
    if (line.isEmpty())
        line = EntityText::typeName(node.entity.type);
    if (!node.hostName.isEmpty()
        && node.hostName.compare(node.entity.name, Qt::CaseInsensitive) != 0)
        line = QCoreApplication::translate("wf::ui::AttackStoryView", "%1 · host %2")
                   .arg(line, node.hostName);
    return line;
}

QString alertSubtitle(const story::StoryNode &node)
{
    return QCoreApplication::translate("wf::ui::AttackStoryView", "%1 · %2")
        .arg(storyTimeText(node.time), item::severityText(node.severity.ordinal()));
}

QStaticText staticText(const QString &text, const QFont &font, qreal width)
{
    QStaticText s(QFontMetricsF(font).elidedText(text, Qt::ElideMiddle, width));
    s.setTextFormat(Qt::PlainText);
    s.prepare(QTransform(), font);
    return s;
}

// The first line of `text` that fits `width` (broken at a space where one fits), and the
// rest: an alert title gets two lines, so "Unusual AWS console sign-in by a compromised
// user" is read, not guessed.
std::pair<QString, QString> splitLine(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(text) <= width)
        return {text, {}};
    qsizetype cut = text.size();
    while (cut > 0 && metrics.horizontalAdvance(text.left(cut)) > width)
        cut = text.lastIndexOf(u' ', cut - 1);
    if (cut <= 0) // one long word: let elision handle it
        return {text, {}};
    return {text.left(cut), text.mid(cut + 1)};
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

QString storyTimeText(const Timestamp &time)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(time.toMSecs(), Qt::UTC);
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString roleLabel(const QList<Enum<EvidenceRole>> &roles)
{
    QStringList names;
    for (const auto &role : roles) {
        if (role == EvidenceRole::unknown)
            continue;
        names << EntityText::roleName(role);
    }
    return names.join(QStringLiteral(", "));
}

StoryStyle::StoryStyle(const QPalette &p, const QFont &f)
    : palette(p)
    , dark(queue::isDarkPalette(p))
    , font(f)
    , boldFont(f)
    , smallFont(f)
{
    boldFont.setBold(true);
    smallFont.setPointSizeF(f.pointSizeF() > 0 ? f.pointSizeF() * 0.85 : 8);
    text = p.color(QPalette::Text);
    muted = queue::mutedText(p);
    background = p.color(QPalette::Base);
    // Nodes sit a step off the background so they read as cards on light and dark alike.
    nodeBrush = QBrush(blend(background, text, dark ? 0.10 : 0.03));
    groupBrush = QBrush(blend(background, text, dark ? 0.16 : 0.07));
    labelBrush = QBrush(background);
    nodePen = QPen(blend(background, text, 0.35), 1);
    groupPen = QPen(blend(background, text, 0.45), 1, Qt::DashLine);
    const QColor highlight = p.color(QPalette::Highlight);
    const QColor accent = dark ? highlight.lighter(150) : highlight;
    selectedPen = QPen(accent, 3);
    neighbourPen = QPen(accent, 2);
    edgePen = QPen(blend(background, text, dark ? 0.45 : 0.40), 1.2);
    edgeDimPen = QPen(blend(background, text, 0.14), 1);
    edgeHighlightPen = QPen(accent, 2.2);
}

QColor StoryStyle::severityColor(const Enum<AlertSeverity> &severity) const
{
    return queue::severityColor(severity.ordinal(), palette);
}

QPen StoryStyle::alertPen(const Enum<AlertSeverity> &severity) const
{
    const quint64 key = quint64(severity.ordinal());
    auto it = m_alertPens.constFind(key);
    if (it == m_alertPens.cend())
        it = m_alertPens.insert(key, QPen(severityColor(severity), 2));
    return *it;
}

QPixmap StoryStyle::mark(
    quint64 key, const std::function<QSvgRenderer *()> &renderer, int size) const
{
    key = (key << 16) | quint64(size);
    auto it = m_pixmaps.constFind(key);
    if (it == m_pixmaps.cend())
        it = m_pixmaps.insert(key, renderMark(renderer(), size));
    return *it;
}

QPixmap StoryStyle::entityMark(EntityType type, int size) const
{
    return mark(
        (quint64(1) << 8) | quint64(type), [&] { return entityRenderer(type, text); }, size);
}

QPixmap StoryStyle::providerMark(CloudProvider provider, int size) const
{
    return mark(
        (quint64(2) << 8) | quint64(provider), [&] { return providerRenderer(provider); }, size);
}

QPixmap StoryStyle::alertMark(int size) const
{
    return mark(
        quint64(3) << 8, [] { return alertRenderer(); }, size);
}

StoryNodeItem::StoryNodeItem(
    const story::StoryNode &node, int index, const QSizeF &size, const StoryStyle *style)
    : m_node(&node)
    , m_index(index)
    , m_rect(QPointF(-size.width() / 2, -size.height() / 2), size)
    , m_style(style)
{
    const qreal textWidth = size.width() - MarkSize - 3 * Padding;
    if (node.isAlert()) {
        const auto [first, rest] = splitLine(node.title, style->boldFont, textWidth);
        m_primary = staticText(first, style->boldFont, textWidth);
        if (!rest.isEmpty())
            m_primary2 = staticText(rest, style->boldFont, textWidth);
        m_secondary = staticText(alertSubtitle(node), style->smallFont, textWidth);
    } else {
        m_primary = staticText(entityTitle(node),
            node.kind == story::NodeKind::Group ? style->boldFont : style->font, textWidth);
        m_secondary = staticText(entitySubtitle(node), style->smallFont, textWidth);
    }
    setToolTip(node.isAlert() ? node.title : entityTitle(node));
    setZValue(1);
}

void StoryNodeItem::setEmphasis(Emphasis emphasis)
{
    if (m_emphasis == emphasis)
        return;
    m_emphasis = emphasis;
    update();
}

QRectF StoryNodeItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2); // room for the selection pen
}

void StoryNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const StoryStyle &s = *m_style;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (m_emphasis == Emphasis::Dimmed)
        painter->setOpacity(0.3);
    QPen pen = m_node->isAlert()                 ? s.alertPen(m_node->severity)
        : m_node->kind == story::NodeKind::Group ? s.groupPen
                                                 : s.nodePen;
    if (m_emphasis == Emphasis::Selected)
        pen = s.selectedPen;
    else if (m_emphasis == Emphasis::Neighbour)
        pen = s.neighbourPen;
    painter->setPen(pen);
    painter->setBrush(m_node->kind == story::NodeKind::Group ? s.groupBrush : s.nodeBrush);
    if (lod < LabelLod) {
        painter->drawRect(m_rect);
        return;
    }
    painter->drawRoundedRect(m_rect, 6, 6);

    const QRectF mark(
        m_rect.left() + Padding, m_rect.center().y() - MarkSize / 2.0, MarkSize, MarkSize);
    const bool vector = isVectorDevice(painter);
    const CloudProvider provider = m_node->entity.type == EntityType::CloudResource
        ? m_node->entity.provider
        : CloudProvider::None;
    if (vector) {
        QSvgRenderer *r
            = m_node->isAlert() ? alertRenderer() : entityRenderer(m_node->entity.type, s.text);
        if (r)
            r->render(painter, mark);
    } else {
        painter->drawPixmap(mark.topLeft(),
            m_node->isAlert() ? s.alertMark(MarkSize)
                              : s.entityMark(m_node->entity.type, MarkSize));
    }
    if (provider != CloudProvider::None) {
        const QRectF badge(mark.right() - ProviderSize + 4, mark.bottom() - ProviderSize + 4,
            ProviderSize, ProviderSize);
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.labelBrush);
        painter->drawEllipse(badge.adjusted(-1.5, -1.5, 1.5, 1.5));
        if (vector) {
            if (QSvgRenderer *r = providerRenderer(provider))
                r->render(painter, badge);
        } else {
            painter->drawPixmap(badge.topLeft(), s.providerMark(provider, ProviderSize));
        }
    }

    const qreal x = mark.right() + Padding;
    const qreal top = m_rect.top() + 6;
    painter->setPen(s.text);
    painter->setFont(
        m_node->isAlert() || m_node->kind == story::NodeKind::Group ? s.boldFont : s.font);
    painter->drawStaticText(QPointF(x, top), m_primary);
    if (!m_primary2.text().isEmpty())
        painter->drawStaticText(QPointF(x, top + m_primary.size().height()), m_primary2);
    painter->setPen(s.muted);
    painter->setFont(s.smallFont);
    painter->drawStaticText(
        QPointF(x, m_rect.bottom() - 6 - m_secondary.size().height()), m_secondary);
}

StoryEdgeLayer::StoryEdgeLayer(
    const story::StoryGraph &graph, const story::Layout &layout, const StoryStyle *style)
    : m_style(style)
{
    m_edges.reserve(graph.edges.size());
    // Placed labels on a coarse grid, so each new one is checked against its neighbours only.
    constexpr qreal Cell = 128;
    QHash<quint64, QList<QRectF>> placed;
    auto cellsOf = [](const QRectF &r, auto &&visit) {
        for (int x = int(std::floor(r.left() / Cell)); x <= int(std::floor(r.right() / Cell));
             ++x) {
            for (int y = int(std::floor(r.top() / Cell)); y <= int(std::floor(r.bottom() / Cell));
                 ++y)
                visit((quint64(quint32(x)) << 32) | quint32(y));
        }
    };
    for (const story::NodeBox &node : layout.nodes) {
        const QRectF box(
            node.centre - QPointF(node.size.width(), node.size.height()) / 2, node.size);
        cellsOf(box, [&](quint64 cell) { placed[cell].append(box); });
    }
    for (int i = 0; i < graph.edges.size() && i < layout.edges.size(); ++i) {
        const story::EdgePath &geometry = layout.edges.at(i);
        Edge e;
        e.alert = graph.edges.at(i).alert;
        e.entity = graph.edges.at(i).entity;
        const QList<QPointF> &pts = geometry.points;
        if (pts.isEmpty())
            continue;
        e.path.moveTo(pts.first());
        for (int p = 1; p + 2 < pts.size(); p += 3)
            e.path.cubicTo(pts.at(p), pts.at(p + 1), pts.at(p + 2));
        e.bounds = e.path.boundingRect();
        const QString label = roleLabel(graph.edges.at(i).roles);
        if (!label.isEmpty()) {
            e.label = QStaticText(label);
            e.label.setTextFormat(Qt::PlainText);
            e.label.prepare(QTransform(), style->smallFont);
            const QSizeF size = e.label.size();
            e.labelPos = geometry.labelPos - QPointF(size.width() / 2, size.height() / 2);
            const QRectF box = QRectF(e.labelPos, size).adjusted(-3, -1, 3, 1);
            bool free = true;
            cellsOf(box, [&](quint64 cell) {
                for (const QRectF &other : placed.value(cell))
                    free = free && !other.intersects(box);
            });
            if (free) {
                e.showLabel = true;
                cellsOf(box, [&](quint64 cell) { placed[cell].append(box); });
            }
            e.bounds |= box;
        }
        m_bounds |= e.bounds.adjusted(-2, -2, 2, 2);
        m_edges.append(std::move(e));
    }
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: paint only what is on screen
    setZValue(0);
}

void StoryEdgeLayer::setFocusNode(int index)
{
    if (m_focus == index)
        return;
    m_focus = index;
    update();
}

StoryEdgeLabels::StoryEdgeLabels(const StoryEdgeLayer *edges)
    : m_edges(edges)
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(2); // above the nodes: a label touching a node stays readable
}

QRectF StoryEdgeLabels::boundingRect() const
{
    return m_edges->boundingRect();
}

void StoryEdgeLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < LabelLod)
        return;
    const StoryStyle &s = *m_edges->m_style;
    const int focus = m_edges->m_focus;
    painter->setFont(s.smallFont);
    for (const StoryEdgeLayer::Edge &e : m_edges->m_edges) {
        if (e.label.text().isEmpty() || !e.bounds.intersects(option->exposedRect))
            continue;
        const bool focused = focus >= 0 && m_edges->touchesFocus(e);
        // With a focus, its labels all show and the others none (they would be noise);
        // without, the ones that cover neither a node nor another label.
        if (focus >= 0 ? !focused : !e.showLabel)
            continue;
        const QRectF box = QRectF(e.labelPos, e.label.size()).adjusted(-3, -1, 3, 1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.labelBrush);
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(focused ? s.edgeHighlightPen.color() : s.muted);
        painter->drawStaticText(e.labelPos, e.label);
    }
}

void StoryEdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const StoryStyle &s = *m_style;
    const QRectF exposed = option->exposedRect;
    painter->setBrush(Qt::NoBrush);
    // Unfocused edges first, then the focused ones on top.
    painter->setPen(m_focus < 0 ? s.edgePen : s.edgeDimPen);
    for (const Edge &e : m_edges) {
        if ((m_focus < 0 || !touchesFocus(e)) && e.bounds.intersects(exposed))
            painter->drawPath(e.path);
    }
    if (m_focus >= 0) {
        painter->setPen(s.edgeHighlightPen);
        for (const Edge &e : m_edges) {
            if (touchesFocus(e) && e.bounds.intersects(exposed))
                painter->drawPath(e.path);
        }
    }
}

} // namespace wf::ui
