// The sample KQL queries the console offers: the connector page's Next steps and the
// hunting page's Samples menu. Each runs on the simulator's KQL subset (tested against it)
// and on the real APIs.
#pragma once

#include "logquery.h"

namespace wf::integration {

struct SampleQuery
{
    QString id; // stable key, e.g. "dfc-alerts"
    QString title; // translated
    QString description; // translated, one line
    QString kql;
    QueryApi api = QueryApi::Workspace;
};

// In the order they are offered; the first is Defender for Cloud's own sample,
// SecurityAlert | where ProductName == "Azure Security Center". Texts follow the current
// translation (call again after a language change).
QList<SampleQuery> sampleQueries();
// nullopt for an unknown id.
std::optional<SampleQuery> sampleQuery(QStringView id);

} // namespace wf::integration
