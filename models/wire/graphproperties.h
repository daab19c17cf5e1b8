// The filterable/sortable properties of Graph's incidents and alerts_v2 collections, and
// how to read each from a decoded object (for in-memory filtering and brute-force checks).
#pragma once

#include "domain/alert.h"
#include "odata.h"

namespace wf::odata {

// Order matters: the server maps the same indices to SQL columns.
enum class IncidentProperty : int {
    AssignedTo,
    Classification,
    CreatedDateTime,
    Determination,
    LastUpdateDateTime,
    Severity,
    Status,
};
enum class AlertProperty : int {
    AssignedTo,
    Classification,
    CreatedDateTime,
    Determination,
    LastUpdateDateTime,
    Severity,
    Status,
    ServiceSource,
};

const QList<PropertyDef> &incidentProperties();
const QList<PropertyDef> &alertProperties();

Value incidentValue(const Incident &incident, int property);
Value alertValue(const Alert &alert, int property);

} // namespace wf::odata
