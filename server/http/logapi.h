// The log query routes over the KQL subset (query/kql.h): Log Analytics'
// POST /v1/workspaces/{workspaceId}/query and Graph's POST /v1.0/security/runHuntingQuery,
// both over the workspace's SecurityAlert and SecurityIncident tables as the Integration
// streams them, each with its service's audience, permissions, limits and error bodies.
#pragma once

#include "http.h"
#include "query/kql.h"

#include <QCoreApplication>

#include <optional>

namespace wf::server {

class Integration;

// Result row limits: Log Analytics' 500,000 records and advanced hunting's 100,000 rows.
// Tests lower them to see the truncation.
struct LogQueryLimits
{
    qint64 logAnalyticsRows = 500000;
    qint64 huntingRows = 100000;
};

class LogApi
{
    Q_DECLARE_TR_FUNCTIONS(LogApi)
public:
    explicit LogApi(const Integration &integration, LogQueryLimits limits = {});
    void addRoutes(Router &router);

private:
    // Where a request's query and timespan are: a Log Analytics body {"query","timespan"},
    // the URL of a Log Analytics GET (?query=&timespan=), a Graph body {"Query","Timespan"}.
    enum class Source { LogAnalyticsBody, LogAnalyticsUrl, Graph };
    struct QueryRequest
    {
        QString query;
        std::optional<kql::TimeRange> timeRange; // none: the API's default
    };
    // Nullopt with `error` set when the query is missing or something is malformed.
    static std::optional<QueryRequest> readRequest(
        const Request &r, Source source, Timestamp now, QString *error);

    Response logAnalyticsQuery(Request &r, Source source);
    Response huntingQuery(Request &r);
    std::optional<Response> logAnalyticsDenied(const Request &r) const;
    std::optional<Response> huntingDenied(const Request &r) const;

    const Integration &m_integration;
    LogQueryLimits m_limits;
    kql::Catalog m_catalog;
    // The same tables for a hunting caller who may not see Defender for Cloud data: every
    // row the simulator holds comes from Defender for Cloud, so they are empty.
    kql::Catalog m_withoutDefenderForCloud;
};

} // namespace wf::server
