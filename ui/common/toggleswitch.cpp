// Painting of the toggle switch from the palette (light and dark alike).
#include "toggleswitch.h"

#include <QPainter>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace wf::ui {

namespace {
constexpr int kTrackW = 34;
constexpr int kTrackH = 18;
constexpr int kGap = 8;
} // namespace

ToggleSwitch::ToggleSwitch(QWidget *parent)
    : QAbstractButton(parent)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ToggleSwitch::setStateTexts(const QString &on, const QString &off)
{
    m_on = on;
    m_off = off;
    setText(stateText());
    updateGeometry();
    update();
}

void ToggleSwitch::setPending(bool pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    setText(stateText());
    update();
}

void ToggleSwitch::setCheckedQuietly(bool on)
{
    const QSignalBlocker block(this);
    setChecked(on);
}

void ToggleSwitch::checkStateSet()
{
    setText(stateText());
}

QString ToggleSwitch::stateText() const
{
    const QString t = isChecked() ? m_on : m_off;
    return m_pending ? QString(t + QChar(0x2026)) : t;
}

QSize ToggleSwitch::sizeHint() const
{
    const QFontMetrics fm(font());
    const int textW = qMax(fm.horizontalAdvance(QString(m_on + QChar(0x2026))),
                           fm.horizontalAdvance(QString(m_off + QChar(0x2026))));
    return {kTrackW + (textW > 0 ? kGap + textW : 0) + 4, qMax(kTrackH, fm.height()) + 6};
}

void ToggleSwitch::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const bool enabled = isEnabled();
    const bool on = isChecked();
    const QRectF track(2, (height() - kTrackH) / 2.0, kTrackW, kTrackH);
    QColor fill = on ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    if (!enabled || m_pending)
        fill.setAlphaF(0.45f);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(track, kTrackH / 2.0, kTrackH / 2.0);
    const qreal d = kTrackH - 4;
    const qreal x = on ? track.right() - d - 2 : track.left() + 2;
    // The knob stands out on both tracks in light and dark palettes alike.
    QColor knob = on ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Light);
    if (!enabled)
        knob = pal.color(QPalette::Disabled, QPalette::Button);
    p.setBrush(knob);
    p.setPen(QPen(pal.color(QPalette::Dark), 0.8));
    p.drawEllipse(QRectF(x, track.top() + 2, d, d));
    p.setPen(Qt::NoPen);
    if (hasFocus()) {
        QPen pen(pal.color(QPalette::Highlight), 1.5);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(track.adjusted(-1.5, -1.5, 1.5, 1.5), kTrackH / 2.0 + 1.5, kTrackH / 2.0 + 1.5);
    }
    const QRect textRect(kTrackW + 2 + kGap, 0, width() - kTrackW - 2 - kGap, height());
    QFont f = font();
    f.setItalic(m_pending);
    p.setFont(f);
    p.setPen(pal.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, stateText());
}

} // namespace wf::ui
