// Palette-aware colours for the queue pages.
#include "queuestyle.h"

#include "domain/enums.h"
#include "store/queuestore.h"

namespace wf::ui::queue {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor severityColor(int severity, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (AlertSeverity(severity)) {
    case AlertSeverity::high:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x1c, 0x1c);
    case AlertSeverity::medium:
        return dark ? QColor(0xff, 0xa6, 0x57) : QColor(0xb3, 0x4d, 0x00);
    case AlertSeverity::low:
        return dark ? QColor(0xe3, 0xc5, 0x4a) : QColor(0x80, 0x65, 0x00);
    case AlertSeverity::informational:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x2f, 0x5f, 0x98);
    default:
        return palette.color(QPalette::Text);
    }
}

QColor cloudFill(int cloud, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (cloud) {
    case store::CloudAzure:
        return dark ? QColor(0x2b, 0x88, 0xd8) : QColor(0x00, 0x78, 0xd4);
    case store::CloudAws:
        return QColor(0xff, 0x99, 0x00);
    case store::CloudGcp:
        return dark ? QColor(0x34, 0xa8, 0x53) : QColor(0x18, 0x80, 0x38);
    default:
        return palette.color(QPalette::Mid);
    }
}

QColor cloudText(int cloud)
{
    return cloud == store::CloudAws ? QColor(0x23, 0x2f, 0x3e) : QColor(Qt::white);
}

QString cloudLabel(int cloud)
{
    switch (cloud) {
    case store::CloudAzure:
        return QStringLiteral("Azure");
    case store::CloudAws:
        return QStringLiteral("AWS");
    case store::CloudGcp:
        return QStringLiteral("GCP");
    default:
        return {};
    }
}

QColor mutedText(const QPalette &palette)
{
    const QColor t = palette.color(QPalette::Text);
    const QColor b = palette.color(QPalette::Base);
    return QColor((t.red() * 3 + b.red() * 2) / 5, (t.green() * 3 + b.green() * 2) / 5,
        (t.blue() * 3 + b.blue() * 2) / 5);
}

} // namespace wf::ui::queue
