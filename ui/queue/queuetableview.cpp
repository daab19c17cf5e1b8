// Queue table view and delegate.
#include "queuetableview.h"

#include "item/queuemodel.h"
#include "queuestyle.h"
#include "store/queuestore.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace wf::ui::queue {

QueueTableView::QueueTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    // Uniform rows: the header never measures 100k rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
}

int QueueTableView::rowsPerPage() const
{
    const int h = verticalHeader()->defaultSectionSize();
    return qMax(1, viewport()->height() / qMax(1, h) - 1);
}

QList<int> QueueTableView::visibleColumns() const
{
    QList<int> out;
    const QHeaderView *h = horizontalHeader();
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        if (!h->isSectionHidden(logical))
            out.append(logical);
    }
    return out;
}

int QueueTableView::firstVisibleColumn() const
{
    const QHeaderView *h = horizontalHeader();
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        if (!h->isSectionHidden(logical))
            return logical;
    }
    return 0;
}

void QueueTableView::keyPressEvent(QKeyEvent *event)
{
    if (m_keyHandler && m_keyHandler(event)) {
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void QueueTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    // The cursor is drawn across the whole row, not just the current cell.
    viewport()->update();
}

// ---- delegate

QueueDelegate::QueueDelegate(QueueTableView *view, int severityColumn, int assetsColumn)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_severityColumn(severityColumn)
    , m_assetsColumn(assetsColumn)
{
}

QIcon QueueDelegate::severityIcon(int severity, const QPalette &palette) const
{
    const bool dark = isDarkPalette(palette);
    if (dark != m_iconsDark) {
        m_icons.clear();
        m_iconsDark = dark;
    }
    auto it = m_icons.constFind(severity);
    if (it != m_icons.constEnd())
        return *it;
    const qreal dpr = m_view->devicePixelRatioF();
    QPixmap pm(QSize(10, 10) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(severityColor(severity, palette));
        p.drawEllipse(QRectF(1, 1, 8, 8));
    }
    const QIcon icon(pm);
    m_icons.insert(severity, icon);
    return icon;
}

void QueueDelegate::drawCursor(QPainter *painter, const QStyleOptionViewItem &opt, bool first) const
{
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor c = selected ? opt.palette.color(QPalette::HighlightedText)
                              : opt.palette.color(QPalette::Highlight);
    painter->save();
    if (first)
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 3, opt.rect.height()), c);
    if (!selected) {
        QColor line = c;
        line.setAlpha(170);
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), opt.rect.width(), 1), line);
        painter->fillRect(QRect(opt.rect.left(), opt.rect.bottom(), opt.rect.width(), 1), line);
    }
    painter->restore();
}

void QueueDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.state &= ~QStyle::State_HasFocus; // the cursor row is drawn below instead
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool selected = opt.state & QStyle::State_Selected;
    const bool pending = index.data(item::PendingRole).toBool();
    const int column = index.column();
    const bool first = column == m_view->firstVisibleColumn();
    const QColor textColor
        = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (pending)
        opt.font.setItalic(true);

    QFont smallFont = opt.font;
    smallFont.setPointSizeF(qMax(6.0, opt.font.pointSizeF() * 0.85));
    const QFontMetrics smallMetrics(smallFont);
    QString pendingText;
    int reserve = 0;
    if (pending && first) {
        pendingText = tr("pending");
        reserve = smallMetrics.horizontalAdvance(pendingText) + 14;
    }

    if (column == m_severityColumn) {
        const int severity = index.data(item::SeverityRole).toInt();
        if (!selected)
            opt.palette.setColor(QPalette::Text, severityColor(severity, opt.palette));
        opt.features |= QStyleOptionViewItem::HasDecoration;
        opt.icon = severityIcon(severity, opt.palette);
        opt.decorationSize = QSize(10, 10);
    }

    QString text = opt.text;
    quint8 clouds = 0;
    if (column == m_assetsColumn) {
        clouds = quint8(index.data(item::CloudsRole).toInt());
        const QString prefix = QStringLiteral("[%1] ").arg(item::cloudsText(clouds));
        if (clouds && text.startsWith(prefix))
            text = text.mid(prefix.size());
        opt.text.clear();
    }
    // The text rectangle costs a text layout: only the cells that draw beside the text ask.
    const bool custom = column == m_assetsColumn || reserve > 0;
    const QRect textRect
        = custom ? style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget) : QRect();
    if (column != m_assetsColumn && reserve > 0) {
        opt.text = QFontMetrics(opt.font).elidedText(
            opt.text, Qt::ElideRight, qMax(0, textRect.width() - reserve));
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (column == m_assetsColumn) {
        int x = textRect.left() + 2;
        const int h = smallMetrics.height() + 2;
        const int y = textRect.top() + (textRect.height() - h) / 2;
        painter->setFont(smallFont);
        for (int bit : {int(store::CloudAzure), int(store::CloudAws), int(store::CloudGcp)}) {
            if (!(clouds & bit))
                continue;
            const QString label = cloudLabel(bit);
            const int w = smallMetrics.horizontalAdvance(label) + 8;
            const QRect badge(x, y, w, h);
            painter->setPen(Qt::NoPen);
            painter->setBrush(cloudFill(bit, opt.palette));
            painter->drawRoundedRect(badge, 3, 3);
            painter->setPen(cloudText(bit));
            painter->drawText(badge, Qt::AlignCenter, label);
            x += w + 4;
        }
        const QRect rest(x + (clouds ? 2 : 0), textRect.top(), textRect.right() - x - reserve,
            textRect.height());
        painter->setFont(opt.font);
        painter->setPen(textColor);
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(opt.font).elidedText(text, Qt::ElideRight, rest.width()));
    }
    if (!pendingText.isEmpty()) {
        const int w = smallMetrics.horizontalAdvance(pendingText) + 8;
        const int h = smallMetrics.height();
        const QRect pill(
            opt.rect.right() - w - 4, opt.rect.top() + (opt.rect.height() - h) / 2, w, h);
        QColor border = selected ? textColor : mutedText(opt.palette);
        painter->setPen(QPen(border, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        QFont f = smallFont;
        f.setItalic(true);
        painter->setFont(f);
        painter->setPen(textColor);
        painter->drawText(pill, Qt::AlignCenter, pendingText);
    }
    painter->restore();

    if (m_view->currentIndex().isValid() && m_view->currentIndex().row() == index.row())
        drawCursor(painter, opt, first);
}

} // namespace wf::ui::queue
