// The Log Analytics tables the simulator serves to KQL: SecurityAlert and SecurityIncident
// with their documented columns and types (learn.microsoft.com/azure/azure-monitor/
// reference/tables/securityalert and .../securityincident), in the tables' column order.
#pragma once

#include "kql.h"

namespace wf::server::kql {

const QList<Column> &securityAlertColumns();
const QList<Column> &securityIncidentColumns();

} // namespace wf::server::kql
