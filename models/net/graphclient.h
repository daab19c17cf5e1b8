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
//
// An unparsed walk hands out each page's bytes as they came and leaves reading the items
// to the caller, off the GUI thread. It reads only the start of each page while the page
// still downloads: Graph puts "@odata.count" and "@odata.nextLink" before "value", so the
// next page is asked for at once and the server works on it while this one arrives (two
// pages in flight at most). A page whose link does not come before "value" is walked
// whole here to find it. Pages are handed out in order either way.
class Pager : public QObject
{
    Q_OBJECT
public:
    ~Pager() override;
    void cancel();
    // The caller of an unparsed walk found a page it cannot read: the walk ends with `why`
    // and hands out nothing more.
    void reject(const ApiError &why);
    qint64 itemsSoFar() const { return m_items; }
    // Failures reach only this pager's `finished` (see RestCall::setQuiet).
    void setQuiet(bool quiet);

    // The error for a page that is not the JSON of a collection page (`at`: where it stops
    // being one).
    static ApiError notJson(int status, qsizetype at);
    // What the start of a collection page says, read from its first bytes.
    struct Head
    {
        bool complete = false; // "value" was reached: every member before it was read
        QString next; // the next link, if it came before "value"
        qint64 count = -1; // "@odata.count", if it came before "value"
    };
    static Head readHead(QByteArrayView bytes, QByteArrayView nextLinkKey);

Q_SIGNALS:
    // Raw JSON text of each page, in order, before any parsing, so the caller can parse it
    // off the GUI thread; `items` and `totalSoFar` are filled only if the pager was asked to
    // parse (else empty and -1).
    void page(const QByteArray &body, const QJsonArray &items, qint64 totalSoFar);
    // `count` is @odata.count when $count=true was asked, else -1.
    void finished(const wf::net::ApiError &error, qint64 count);

private:
    friend class GraphClient;
    // One page asked for, in page order.
    struct Fetch
    {
        QPointer<RestCall> call;
        bool done = false;
        RestResult result;
        Head head; // unparsed walks: the page's start, once read
        bool followed = false; // head.next is asked for already
        bool early = false; // asked for before the page before it was handed out
    };
    Pager(class GraphClient *client, QUrl first, bool parse);
    // `early`: asked for on a page's first bytes; its failure is said (to the gateway's
    // banner too) only if the walk gets to it.
    void fetch(const QUrl &url, bool early = false);
    bool onHead(const RestCall *call, QByteArrayView bytes);
    void onPage(const RestCall *call, const RestResult &result);
    // Hands out the finished pages at the front; false once the walk has ended.
    bool handle(Fetch &f);
    // Asks for the next page early when the newest one's start named it and there is room.
    void followEarly();
    void finish(const ApiError &error);
    void dropFetches(); // the calls in flight are cancelled, their answers not wanted

    GraphClient *m_client;
    QUrl m_first;
    bool m_parse;
    qint64 m_items = 0;
    qint64 m_count = -1;
    QList<Fetch> m_fetches; // the front is the next page to hand out
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
