// Colours the queue pages share (severity, cloud badges), chosen for the palette in use so
// that a dark palette reads as well as a light one.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace wf::ui::queue {

bool isDarkPalette(const QPalette &palette);
// Text colour of a severity ordinal (wf::AlertSeverity); the palette's text colour for
// unknown values.
QColor severityColor(int severity, const QPalette &palette);
// Fill and text colours of a cloud badge; `cloud` is one store::Cloud bit.
QColor cloudFill(int cloud, const QPalette &palette);
QColor cloudText(int cloud);
// The badge text: "Azure", "AWS", "GCP" (product names, not translated).
QString cloudLabel(int cloud);
// A colour in `palette` for secondary text (ids, hints): text blended towards the base.
QColor mutedText(const QPalette &palette);

} // namespace wf::ui::queue
