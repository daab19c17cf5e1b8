// Column lists of the SecurityAlert and SecurityIncident tables. The hidden _BilledSize
// and _IsBillable columns are left out: a query does not return them unless named.
#include "kqltables.h"

namespace wf::server::kql {

namespace {

QList<Column> columns(std::initializer_list<std::pair<const char *, Type>> defs)
{
    QList<Column> out;
    out.reserve(qsizetype(defs.size()));
    for (const auto &[name, type] : defs)
        out.append(Column {QString::fromLatin1(name), type});
    return out;
}

} // namespace

const QList<Column> &securityAlertColumns()
{
    static const QList<Column> cols = columns({
        {"TenantId", Type::String},
        {"TimeGenerated", Type::DateTime},
        {"DisplayName", Type::String},
        {"AlertName", Type::String},
        {"AlertSeverity", Type::String},
        {"Description", Type::String},
        {"ProviderName", Type::String},
        {"VendorName", Type::String},
        {"VendorOriginalId", Type::String},
        {"SystemAlertId", Type::String},
        {"ResourceId", Type::String},
        {"SourceComputerId", Type::String},
        {"AlertType", Type::String},
        {"ConfidenceLevel", Type::String},
        {"ConfidenceScore", Type::Real},
        {"IsIncident", Type::Bool},
        {"StartTime", Type::DateTime},
        {"EndTime", Type::DateTime},
        {"ProcessingEndTime", Type::DateTime},
        {"RemediationSteps", Type::String},
        {"ExtendedProperties", Type::String},
        {"Entities", Type::String},
        {"SourceSystem", Type::String},
        {"WorkspaceSubscriptionId", Type::String},
        {"WorkspaceResourceGroup", Type::String},
        {"ExtendedLinks", Type::String},
        {"ProductName", Type::String},
        {"ProductComponentName", Type::String},
        {"AlertLink", Type::String},
        {"Status", Type::String},
        {"CompromisedEntity", Type::String},
        {"Tactics", Type::String},
        {"Techniques", Type::String},
        {"SubTechniques", Type::String},
        {"Type", Type::String},
    });
    return cols;
}

const QList<Column> &securityIncidentColumns()
{
    static const QList<Column> cols = columns({
        {"TenantId", Type::String},
        {"TimeGenerated", Type::DateTime},
        {"IncidentName", Type::String},
        {"Title", Type::String},
        {"Description", Type::String},
        {"Severity", Type::String},
        {"Status", Type::String},
        {"Classification", Type::String},
        {"ClassificationComment", Type::String},
        {"ClassificationReason", Type::String},
        {"Owner", Type::Dynamic},
        {"ProviderName", Type::String},
        {"ProviderIncidentId", Type::String},
        {"FirstActivityTime", Type::DateTime},
        {"LastActivityTime", Type::DateTime},
        {"FirstModifiedTime", Type::DateTime},
        {"LastModifiedTime", Type::DateTime},
        {"CreatedTime", Type::DateTime},
        {"ClosedTime", Type::DateTime},
        {"IncidentNumber", Type::Int},
        {"RelatedAnalyticRuleIds", Type::Dynamic},
        {"AlertIds", Type::Dynamic},
        {"BookmarkIds", Type::Dynamic},
        {"Comments", Type::Dynamic},
        {"Tasks", Type::Dynamic},
        {"Labels", Type::Dynamic},
        {"IncidentUrl", Type::String},
        {"AdditionalData", Type::Dynamic},
        {"ModifiedBy", Type::String},
        {"SourceSystem", Type::String},
        {"Type", Type::String},
    });
    return cols;
}

} // namespace wf::server::kql
