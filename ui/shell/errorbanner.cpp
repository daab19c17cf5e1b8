// ErrorBanner: layout, colours, retranslation.
#include "errorbanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace wf::ui {

namespace {
// Error tints in the spirit of Fluent's "danger" colours: a pale wash with dark text on
// light palettes, a deep wash with pale text on dark ones; the accent bar stays red.
constexpr QRgb kLightBackground = 0xfde7e9;
constexpr QRgb kLightText = 0x5c0f14;
constexpr QRgb kLightAccent = 0xc50f1f;
constexpr QRgb kDarkBackground = 0x3f1f22;
constexpr QRgb kDarkText = 0xf6c8cb;
constexpr QRgb kDarkAccent = 0xe5484d;
} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::NoFrame);
    setAccessibleDescription(QString()); // set with the message
    m_icon->setObjectName(QStringLiteral("errorBannerIcon"));
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_dismiss->setObjectName(QStringLiteral("errorBannerDismiss"));
    m_dismiss->setFlat(true);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);

    auto *layout = new QHBoxLayout(this);
    // Room on the left for the accent bar.
    layout->setContentsMargins(14, 6, 8, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    retranslate();
    updateColours();
    hide();
}

void ErrorBanner::showMessage(const QString &sentence)
{
    m_text->setText(sentence);
    setAccessibleDescription(sentence);
    show();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

void ErrorBanner::setRetryEnabled(bool enabled)
{
    m_retry->setEnabled(enabled);
}

QColor ErrorBanner::backgroundColor() const
{
    return QColor(m_dark ? kDarkBackground : kLightBackground);
}

QColor ErrorBanner::textColor() const
{
    return QColor(m_dark ? kDarkText : kLightText);
}

void ErrorBanner::retranslate()
{
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Try to reach the server again now"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide this message"));
    setAccessibleName(tr("Error"));
}

void ErrorBanner::updateColours()
{
    // Decide from the palette around us, not our own (which we tint below).
    const QPalette outer = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    m_dark = outer.color(QPalette::Window).lightness() < 128;
    m_updatingColours = true;
    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::WindowText, textColor());
    textPalette.setColor(QPalette::Text, textColor());
    m_text->setPalette(textPalette);
    m_updatingColours = false;
    update();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::ParentChange:
        if (!m_updatingColours)
            updateColours();
        break;
    default:
        break;
    }
    QFrame::changeEvent(event);
}

void ErrorBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter p(this);
    p.fillRect(rect(), backgroundColor());
    p.fillRect(QRect(0, 0, 4, height()), QColor(m_dark ? kDarkAccent : kLightAccent));
    // A hairline below separates the banner from the page under it.
    p.fillRect(QRect(0, height() - 1, width(), 1),
        QColor(m_dark ? kDarkAccent : kLightAccent).darker(m_dark ? 150 : 100));
}

} // namespace wf::ui
