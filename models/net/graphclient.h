// REST APIs on top of the gateway, in one of two dialects: Microsoft Graph (collections
// paged by @odata.nextLink, with a $top that adapts when the server names its limit) and
// Azure Resource Manager (paged by nextLink, an api-version on every call). Collections
// are walked by a Pager; single items take GET / PUT / PATCH / POST / DELETE.
#pragma once

#include "restgateway.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace wf::net {

// Walks one collection page by page; deletes itself after `finished`.
class Pager : public QObject
{
    Q_OBJECT
public:
    void cancel();
    qint64 itemsSoFar() const { return m_items; }
    // Failures reach only this pager's `finished` (see RestCall::setQuiet).
    void setQuiet(bool quiet);

Q_SIGNALS:
    // Raw JSON text of each page, before any parsing, so the caller can parse it off the
    // GUI thread; `items` is filled only if the pager was asked to parse.
    void page(const QByteArray &body, const QJsonArray &items, qint64 totalSoFar);
    // `count` is @odata.count when $count=true was asked, else -1.
    void finished(const wf::net::ApiError &error, qint64 count);

private:
    friend class GraphClient;
    Pager(class GraphClient *client, QUrl first, bool parse);
    void fetch(const QUrl &url);
    void onPage(const RestResult &result);
    void finish(const ApiError &error);

    GraphClient *m_client;
    QUrl m_first;
    bool m_parse;
    qint64 m_items = 0;
    qint64 m_count = -1;
    QPointer<RestCall> m_call;
    bool m_cancelled = false; // finished has been emitted (cancelled, failed or done)
    int m_top = -1; // $top of the first request; lowered once the server names its limit
    int m_pages = 0;
    bool m_quiet = false;
};

// What differs between the APIs a client speaks.
struct ApiDialect
{
    QString resource;          // the token's resource
    QByteArray nextLinkKey;    // "@odata.nextLink" or "nextLink"
    QString apiVersion;        // ARM: added to every call that has none
    static ApiDialect graph();
    static ApiDialect arm(const QString &apiVersion);
    // The Log Analytics query API (one POST per query, no paging).
    static ApiDialect logAnalytics();
};

class GraphClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kResource = "https://graph.microsoft.com";
    static constexpr const char *kArmResource = "https://management.azure.com";
    static constexpr const char *kLogAnalyticsResource = "https://api.loganalytics.io";

    // base: ".../v1.0" for Graph, the host for ARM.
    GraphClient(RestGateway *gateway, QUrl base, QObject *parent = nullptr, ApiDialect dialect = ApiDialect::graph());
    const ApiDialect &dialect() const { return m_dialect; }
    QUrl base() const { return m_base; }
    RestGateway *gateway() const { return m_gateway; }

    // `path` like "security/incidents"; `query` holds $filter etc. ($top is managed).
    // `top` is the page size asked first; a 400 that names the limit lowers it and retries.
    Pager *list(const QString &path, QUrlQuery query, int top, bool parse = true);

    RestCall *get(const QString &path, const QUrlQuery &query = {});
    // Sends If-Match when `ifMatch` is not empty (our server's extension).
    RestCall *patch(const QString &path, const QJsonObject &body, const QByteArray &ifMatch = {});
    RestCall *post(const QString &path, const QJsonObject &body);
    RestCall *put(const QString &path, const QJsonObject &body);
    RestCall *del(const QString &path);

    // "The limit of '50' for Top query has been exceeded" -> 50; else -1.
    static int topLimitFromError(const QString &message);
    // The URL a call or a list's first page goes to ($top managed when top > 0).
    QUrl url(const QString &path, const QUrlQuery &query, int top) const;

private:
    friend class Pager;
    RestRequest request(const QByteArray &method, const QUrl &url) const;
    RestCall *send(const QByteArray &method, const QString &path, const QJsonObject *body);
    RestGateway *m_gateway;
    QUrl m_base;
    ApiDialect m_dialect;
    QHash<QString, int> m_topLimits; // URL path -> the page-size limit the server named
};

} // namespace wf::net
