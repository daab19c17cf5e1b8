// Log Analytics query and Graph runHuntingQuery handlers. Rows are not gathered first:
// each table's scan pulls one JSON row at a time from the Integration, so a `take`
// stops reading the database early.
#include "logapi.h"

#include "auth.h"
#include "cloud/armroles.h"
#include "cloud/integration.h"
#include "graphapi.h"
#include "query/kqltables.h"
#include "query/kqlwire.h"
#include "sim/tenant.h"
#include "wire/codec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wf::server {

namespace {

// Log Analytics' error body {"error":{"message","code"}}.
Response logAnalyticsError(int status, const QString &code, const QString &message)
{
    return Response::json(status,
        QJsonObject {{u"error"_s, QJsonObject {{u"message"_s, message}, {u"code"_s, code}}}});
}

// Graph's action parameters arrive as "Query" in the documentation and "query" in the
// schema, and Log Analytics reads its body the same way: member names match in any case.
QJsonValue member(const QJsonObject &o, QLatin1StringView name)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

// The 200 body's "error" member Log Analytics adds to a result it cut short.
QByteArray partialError(qint64 limit)
{
    const QJsonObject error {
        {u"code"_s, u"PartialError"_s},
        {u"message"_s, u"There were some errors when processing your query."_s},
        {u"details"_s,
            QJsonArray {QJsonObject {
                {u"code"_s, u"EngineError"_s},
                {u"message"_s,
                    u"Query result set has exceeded the internal record count limit %1 "
                    "(E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)"_s.arg(
                        limit)},
            }}},
    };
    return QJsonDocument(error).toJson(QJsonDocument::Compact);
}

} // namespace

LogApi::LogApi(const Integration &integration, LogQueryLimits limits)
    : m_integration(integration)
    , m_limits(limits)
{
    m_catalog.add(kql::Table::fromJsonScan(u"SecurityAlert"_s, kql::securityAlertColumns(),
        [&integration](
            const kql::Table::JsonSink &sink) { integration.forEachSecurityAlert(sink); }));
    m_catalog.add(kql::Table::fromJsonScan(u"SecurityIncident"_s, kql::securityIncidentColumns(),
        [&integration](
            const kql::Table::JsonSink &sink) { integration.forEachSecurityIncident(sink); }));
    auto none = [](const kql::Table::JsonSink &) {};
    m_withoutDefenderForCloud.add(kql::Table::fromJsonScan(u"SecurityAlert"_s, kql::securityAlertColumns(), none));
    m_withoutDefenderForCloud.add(kql::Table::fromJsonScan(u"SecurityIncident"_s, kql::securityIncidentColumns(), none));
}

void LogApi::addRoutes(Router &router)
{
    const QString query = u"/v1/workspaces/{workspaceId}/query"_s;
    router.add("POST", query,
        [this](Request &r) { return logAnalyticsQuery(r, Source::LogAnalyticsBody); });
    router.add(
        "GET", query, [this](Request &r) { return logAnalyticsQuery(r, Source::LogAnalyticsUrl); });
    router.add("POST", u"/v1.0/security/runHuntingQuery"_s,
        [this](Request &r) { return huntingQuery(r); });
}

std::optional<LogApi::QueryRequest> LogApi::readRequest(
    const Request &r, Source source, Timestamp now, QString *error)
{
    const bool graph = source == Source::Graph;
    const QLatin1StringView queryName = graph ? "Query"_L1 : "query"_L1;
    const QLatin1StringView timespanName = graph ? "Timespan"_L1 : "timespan"_L1;
    QJsonValue query, timespan;
    if (source == Source::LogAnalyticsUrl) {
        bool present = false;
        const QString q = r.queryValue(u"query"_s, &present);
        query = present ? QJsonValue(q) : QJsonValue(QJsonValue::Undefined);
        const QString t = r.queryValue(u"timespan"_s, &present);
        timespan = present ? QJsonValue(t) : QJsonValue(QJsonValue::Undefined);
    } else {
        QString parseError;
        const auto body = wire::parseObject(r.body, &parseError);
        if (!body) {
            *error = tr("The request body is not valid: %1. Send {\"%2\": \"<KQL>\", \"%3\": "
                        "\"P1D\"} as application/json.")
                         .arg(parseError, queryName, timespanName);
            return std::nullopt;
        }
        query = member(*body, queryName);
        timespan = member(*body, timespanName);
    }
    if (!query.isString() || query.toString().trimmed().isEmpty()) {
        *error = query.isUndefined()
            ? tr("The request has no '%1': it needs the KQL query to run.").arg(queryName)
            : tr("'%1' must be a non-empty string holding the KQL query to run.").arg(queryName);
        return std::nullopt;
    }
    QueryRequest out;
    out.query = query.toString();
    if (!timespan.isUndefined() && !timespan.isNull()) {
        out.timeRange = timespan.isString() ? kql::parseTimespanParameter(timespan.toString(), now)
                                            : std::nullopt;
        if (!out.timeRange) {
            *error = tr("Invalid %1 %2: expected an ISO 8601 duration back from now (P1D, "
                        "PT12H) or an interval (start/end, start/P7D, P7D/end); durations in "
                        "years or months are not accepted.")
                         .arg(timespanName,
                             timespan.isString() ? u"'%1'"_s.arg(timespan.toString())
                                                 : tr("(not a string)"));
            return std::nullopt;
        }
    }
    return out;
}

std::optional<Response> LogApi::logAnalyticsDenied(const Request &r) const
{
    const Identity &id = r.identity;
    if (id.audience != TokenService::logAnalyticsAudience())
        return logAnalyticsError(401, u"InvalidAuthenticationTokenAudience"_s,
            tr("The access token was issued for '%1'; the Log Analytics query API needs a token "
               "for %2 (scope %2/.default).")
                .arg(id.audience, TokenService::logAnalyticsAudience()));
    const sim::Workspace workspace = m_integration.workspace();
    if (r.params.value(u"workspaceId"_s).compare(workspace.customerId, Qt::CaseInsensitive) != 0)
        return logAnalyticsError(404, u"WorkspaceNotFoundError"_s,
            tr("Workspace '%1' was not found. This tenant's workspace is %2 (%3).")
                .arg(r.params.value(u"workspaceId"_s), workspace.customerId, workspace.name));
    // Azure RBAC on the workspace decides, for service principals as for users; Graph
    // permissions such as ThreatHunting.Read.All do not reach Log Analytics.
    const sim::Principal *p = m_integration.tenant().principalById(id.objectId);
    if (armrole::permissionsAt(m_integration.tenant(), p, {workspace.subscriptionId, true}).allows(wire::armaction::WorkspaceQuery))
        return std::nullopt;
    return logAnalyticsError(403, u"InsufficientAccessError"_s,
        tr("The provided credentials have insufficient access to perform the requested "
           "operation: %1 needs read access to the workspace %2 (Log Analytics Reader or "
           "Microsoft Sentinel Reader).")
            .arg(id.name(), workspace.name));
}

std::optional<Response> LogApi::huntingDenied(const Request &r) const
{
    using namespace sim::role;
    const Identity &id = r.identity;
    if (auto wrong = GraphApi::wrongAudience(r))
        return wrong;
    if (id.isApp) {
        if (id.hasRole(ThreatHuntingRead))
            return std::nullopt;
        return GraphApi::missingAppRoles(r, QString(ThreatHuntingRead));
    }
    if (id.hasRole(GlobalAdministrator) || id.hasRole(SecurityAdministrator)
        || id.hasRole(SecurityOperator) || id.hasRole(SecurityReader))
        return std::nullopt;
    return graphError(r, 403, u"Forbidden"_s,
        tr("%1 may not run hunting queries: that needs the Security Reader, Security Operator, "
           "Security Administrator or Global Administrator role.")
            .arg(id.name()));
}

Response LogApi::logAnalyticsQuery(Request &r, Source source)
{
    if (auto denied = logAnalyticsDenied(r))
        return *denied;
    kql::Options options;
    QString error;
    const auto request = readRequest(r, source, options.now, &error);
    if (!request)
        return logAnalyticsError(400, u"BadArgumentError"_s, error);
    // Without a timespan the query's own filters decide, as in Log Analytics.
    options.timeRange = request->timeRange;
    options.maxRows = m_limits.logAnalyticsRows;
    kql::KqlError kqlError;
    const auto result = kql::run(request->query, m_catalog, &kqlError, options);
    if (!result)
        return Response::json(400, kql::logAnalyticsError(kqlError, request->query));
    QByteArray body = kql::logAnalyticsJson(*result);
    if (result->truncated) {
        // Still 200: the rows up to the limit, and the partial error beside "tables".
        body.chop(1);
        body += ",\"error\":" + partialError(options.maxRows) + '}';
    }
    return Response::json(200, body);
}

Response LogApi::huntingQuery(Request &r)
{
    if (auto denied = huntingDenied(r))
        return *denied;
    kql::Options options;
    QString error;
    const auto request = readRequest(r, Source::Graph, options.now, &error);
    if (!request)
        return graphError(r, 400, u"BadRequest"_s, error);
    // Advanced hunting looks back 30 days unless told otherwise.
    options.timeRange = request->timeRange ? request->timeRange
                                           : kql::parseTimespanParameter(u"P30D", options.now);
    // Graph has no way to say a hunting result was cut short; it just stops at the limit.
    options.maxRows = m_limits.huntingRows;
    kql::KqlError kqlError;
    // XDR's rule: Defender for Cloud data needs an administrator or a Defender for Cloud
    // data role, in hunting as in the alert queue.
    const kql::Catalog &catalog = GraphApi::seesDefenderForCloud(r.identity) ? m_catalog : m_withoutDefenderForCloud;
    const auto result = kql::run(request->query, catalog, &kqlError, options);
    if (!result)
        return graphError(r, 400, u"BadRequest"_s, kqlError.message);
    return Response::json(200,
        kql::huntingJson(*result,
            r.baseUrl + u"/v1.0/$metadata#microsoft.graph.security.huntingQueryResults"_s));
}

} // namespace wf::server
