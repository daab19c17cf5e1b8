// The marks of entities and cloud providers (SVG in resources/icons, drawn by us) and
// their translated names. Type icons are drawn in one neutral ink that is re-tinted to
// the palette's text colour, so they read on light and dark palettes alike; provider
// marks keep their own colours.
#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QIcon>
#include <QPalette>

class QSvgRenderer;

namespace wf::ui {

// ":/icons/entity-<type>.svg" (provider marks and the alert mark sit beside it).
QString entityIconPath(EntityType type);

// The SVG bytes, with the neutral ink replaced by `ink` (type icons only).
QByteArray entitySvg(EntityType type, const QColor &ink);

QIcon entityIcon(EntityType type, const QPalette &palette = {});
QIcon providerIcon(CloudProvider provider); // null icon for CloudProvider::None

// A renderer for painting the mark into a scene (shared, cached per type and ink).
QSvgRenderer *entityRenderer(EntityType type, const QColor &ink);
QSvgRenderer *providerRenderer(CloudProvider provider);
QSvgRenderer *alertRenderer();

struct EntityText
{
    Q_DECLARE_TR_FUNCTIONS(EntityText)
public:
    // "Cloud resource", "Device", "IP" ... and the counted plural "12 IPs".
    static QString typeName(EntityType type);
    static QString typeCount(EntityType type, int count);
    // Section titles of the assets tab: "Cloud resources", "Devices", ...
    static QString typePlural(EntityType type);
    static QString providerName(CloudProvider provider); // "Azure", "Amazon Web Services", "Google Cloud"
    static QString providerShort(CloudProvider provider); // "Azure", "AWS", "GCP"
    static QString roleName(const Enum<EvidenceRole> &role); // "Compromised", "Attacker", ...
};

} // namespace wf::ui
