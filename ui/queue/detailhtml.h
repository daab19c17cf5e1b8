// The detail pane's text: an incident or alert from the local cache's full JSON, laid out
// readably as HTML for a QTextBrowser (title, severity, status, description, MITRE
// techniques, evidence with resource ids, comments).
#pragma once

#include "domain/entities.h"

#include <QJsonObject>
#include <QList>
#include <QPalette>
#include <QString>

namespace wf::ui::queue {

QString incidentHtml(
    const QJsonObject &incident, const QList<QJsonObject> &alerts, const QPalette &palette);
QString alertHtml(const QJsonObject &alert, const QPalette &palette);
// The incident page's summary panel: status, assignment, classification, tags, first and
// last activity, service and detection sources, the merge target ("incident:N" link),
// the impacted assets as "entity:<index into impacted>" links, description and comments.
QString incidentSummaryHtml(const QJsonObject &incident, const QList<QJsonObject> &alerts,
                            const QList<wf::EntityInfo> &impacted, const QPalette &palette);
// A centred hint for when there is nothing to show.
QString placeholderHtml(const QString &text, const QPalette &palette);

} // namespace wf::ui::queue
