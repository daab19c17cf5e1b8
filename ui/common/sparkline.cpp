// Sparkline painting.
#include "sparkline.h"

#include <QPainter>

namespace wf::ui {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<qint64> &values)
{
    m_values = values;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    const QRect r = rect().adjusted(1, 2, -1, -2);
    QColor base = pal.color(QPalette::Mid);
    p.setPen(base);
    p.drawLine(r.bottomLeft(), r.bottomRight());
    if (m_values.isEmpty())
        return;
    const qint64 peak = *std::max_element(m_values.cbegin(), m_values.cend());
    if (peak <= 0)
        return;
    const int n = int(m_values.size());
    const qreal slot = qreal(r.width()) / n;
    const qreal barW = qMax<qreal>(1.0, slot - 2);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < n; ++i) {
        const qreal h = m_values[i] <= 0 ? 0 : qMax<qreal>(1.5, r.height() * qreal(m_values[i]) / peak);
        QColor c = pal.color(QPalette::Highlight);
        if (i != n - 1)
            c.setAlphaF(0.7f);
        p.setBrush(c);
        p.drawRect(QRectF(r.left() + i * slot + (slot - barW) / 2, r.bottom() - h, barW, h));
    }
}

} // namespace wf::ui
