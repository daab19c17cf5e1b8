// Graph and ARM collections walked by their next links, and the single-item calls, on the gateway.
#include "graphclient.h"

#include "wire/jsonscan.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace wf::net {

namespace {

// Query values stay readable where OData expects them ($top, quotes, commas, colons) and
// everything else is escaped — '+' and '&' in a filter literal included.
QByteArray encodeQueryItem(const QString &key, const QString &value)
{
    return QUrl::toPercentEncoding(key, "$") + '=' + QUrl::toPercentEncoding(value, "$:,'()/@");
}

QUrl buildUrl(const QUrl &base, const QString &path, const QUrlQuery &query, int top)
{
    QUrl url = base;
    if (path.startsWith(QLatin1StringView("https://"))
        || path.startsWith(QLatin1StringView("http://"))) {
        url = QUrl(path);
    } else {
        QString p = base.path();
        if (!p.endsWith(u'/'))
            p += u'/';
        p += path.startsWith(u'/') ? path.mid(1) : path;
        url.setPath(p);
    }
    QByteArray encoded;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (top > 0 && key == QLatin1StringView("$top"))
            continue; // ours to manage
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += encodeQueryItem(key, value);
    }
    if (top > 0) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += "$top=" + QByteArray::number(top);
    }
    url.setQuery(encoded.isEmpty() ? QString() : QString::fromLatin1(encoded));
    return url;
}

int topOf(const QUrl &url)
{
    const QStringList items = url.query(QUrl::FullyDecoded).split(u'&');
    for (const QString &item : items) {
        if (item.startsWith(QLatin1StringView("$top=")))
            return item.mid(5).toInt();
    }
    return -1;
}

QUrl withTop(QUrl url, int top)
{
    QStringList items = url.query(QUrl::FullyEncoded).split(u'&', Qt::SkipEmptyParts);
    items.removeIf([](const QString &item) {
        return item.startsWith(QLatin1StringView("$top="))
            || item.startsWith(QLatin1StringView("%24top="), Qt::CaseInsensitive);
    });
    items << QStringLiteral("$top=%1").arg(top);
    url.setQuery(items.join(u'&'));
    return url;
}

ApiError malformed(int status, const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::Malformed;
    e.httpStatus = status;
    e.detail = detail;
    return e;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1StringView("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1StringView("https") ? 443 : 80);
}

} // namespace

// ---- Pager

Pager::Pager(GraphClient *client, QUrl first, bool parse)
    : QObject(client)
    , m_client(client)
    , m_first(std::move(first))
    , m_parse(parse)
    , m_top(topOf(m_first))
{
}

void Pager::setQuiet(bool quiet)
{
    m_quiet = quiet;
    if (m_call)
        m_call->setQuiet(quiet); // the first page's call is already made (it starts later)
}

void Pager::fetch(const QUrl &url)
{
    m_call = m_client->gateway()->send(m_client->request("GET", url));
    m_call->setQuiet(m_quiet);
    connect(m_call, &RestCall::finished, this, &Pager::onPage);
}

void Pager::onPage(const RestResult &result)
{
    m_call = nullptr;
    if (m_cancelled)
        return;
    if (!result.error.ok()) {
        // Graph names its page-size limit in a 400; ask again with that size.
        if (m_pages == 0 && result.status == 400) {
            const int limit = GraphClient::topLimitFromError(result.error.message);
            if (limit > 0 && (m_top <= 0 || limit < m_top)) {
                m_top = limit;
                m_client->m_topLimits.insert(m_first.path(), limit); // next time, ask for that

                m_first = withTop(m_first, limit);
                fetch(m_first);
                return;
            }
        }
        finish(result.error);
        return;
    }

    QJsonArray items;
    QString next;
    qint64 count = -1;
    qint64 n = 0;
    if (m_parse) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
        const QJsonObject o = doc.object();
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            finish(malformed(result.status,
                tr("not JSON (%1 at byte %2)")
                    .arg(parseError.errorString())
                    .arg(parseError.offset)));
            return;
        }
        const QJsonValue value = o.value(QLatin1StringView("value"));
        if (!value.isArray()) {
            finish(malformed(result.status, tr("a collection page without a \"value\" array")));
            return;
        }
        items = value.toArray();
        n = items.size();
        next = o.value(QString::fromLatin1(m_client->m_dialect.nextLinkKey)).toString();
        const QJsonValue c = o.value(QLatin1StringView("@odata.count"));
        if (c.isDouble())
            count = c.toInteger();
    } else {
        // Walked as bytes, without building a document: a page of 2000 alerts is
        // megabytes, and the caller reads its items elsewhere (a checked walk would
        // double the time on this thread). The page's own structure is checked here.
        wire::JsonScanner s(result.body);
        bool hasValue = false;
        QByteArrayView key;
        if (s.beginObject()) {
            while (s.nextKey(&key)) {
                if (wire::isKey(key, "value") && s.peek() == '[') {
                    hasValue = true;
                    s.beginArray();
                    for (; s.nextElement(); ++n)
                        s.skip();
                } else if (key == QByteArrayView(m_client->m_dialect.nextLinkKey) && s.peek() == '"') {
                    next = s.text();
                } else if (wire::isKey(key, "@odata.count") && s.peek() != '"') {
                    count = s.valueBytes().toLongLong();
                } else {
                    s.skip();
                }
            }
        }
        if (!s.ok() || !s.atEnd()) {
            finish(malformed(result.status, tr("not JSON (at byte %1)").arg(s.ok() ? s.offset() : s.errorAt())));
            return;
        }
        if (!hasValue) {
            finish(malformed(result.status, tr("a collection page without a \"value\" array")));
            return;
        }
    }

    if (++m_pages == 1 && count >= 0)
        m_count = count;
    m_items += n;
    QPointer<Pager> self(this);
    Q_EMIT page(result.body, items, m_items);
    if (!self || m_cancelled)
        return;
    if (next.isEmpty()) {
        finish({});
        return;
    }
    // Followed verbatim, but only to the server we asked: the link carries our token.
    const QUrl nextUrl(next);
    if (!nextUrl.isValid() || !sameOrigin(nextUrl, m_first)) {
        finish(malformed(result.status, tr("the next page link points elsewhere: %1").arg(next)));
        return;
    }
    fetch(nextUrl);
}

void Pager::cancel()
{
    if (m_cancelled)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call = nullptr;
    }
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    finish(e);
}

void Pager::finish(const ApiError &error)
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    deleteLater();
    Q_EMIT finished(error, m_count);
}

// ---- GraphClient

ApiDialect ApiDialect::graph()
{
    return {QString::fromLatin1(GraphClient::kResource), "@odata.nextLink", {}};
}

ApiDialect ApiDialect::arm(const QString &apiVersion)
{
    return {QString::fromLatin1(GraphClient::kArmResource), "nextLink", apiVersion};
}

ApiDialect ApiDialect::logAnalytics()
{
    return {QString::fromLatin1(GraphClient::kLogAnalyticsResource), "nextLink", {}};
}

GraphClient::GraphClient(RestGateway *gateway, QUrl base, QObject *parent, ApiDialect dialect)
    : QObject(parent)
    , m_gateway(gateway)
    , m_base(std::move(base))
    , m_dialect(std::move(dialect))
{
}

QUrl GraphClient::url(const QString &path, const QUrlQuery &query, int top) const
{
    QUrlQuery q = query;
    if (!m_dialect.apiVersion.isEmpty() && !q.hasQueryItem(QStringLiteral("api-version")))
        q.addQueryItem(QStringLiteral("api-version"), m_dialect.apiVersion);
    return buildUrl(m_base, path, q, top);
}

Pager *GraphClient::list(const QString &path, QUrlQuery query, int top, bool parse)
{
    QUrl first = url(path, query, top);
    const int limit = m_topLimits.value(first.path(), -1);
    if (limit > 0 && top > limit)
        first = url(path, query, limit);
    auto *pager = new Pager(this, first, parse);
    // The call starts on the next turn of the event loop: the caller connects first.
    pager->fetch(pager->m_first);
    return pager;
}

RestCall *GraphClient::get(const QString &path, const QUrlQuery &query)
{
    return m_gateway->send(request("GET", url(path, query, 0)));
}

RestCall *GraphClient::send(const QByteArray &method, const QString &path, const QJsonObject *body)
{
    RestRequest r = request(method, url(path, {}, 0));
    if (body)
        r.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    return m_gateway->send(std::move(r));
}

RestCall *GraphClient::patch(
    const QString &path, const QJsonObject &body, const QByteArray &ifMatch)
{
    RestRequest r = request("PATCH", url(path, {}, 0));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!ifMatch.isEmpty())
        r.headers.append({QByteArrayLiteral("If-Match"), ifMatch});
    return m_gateway->send(std::move(r));
}

RestCall *GraphClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, &body);
}

RestCall *GraphClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, &body);
}

RestCall *GraphClient::del(const QString &path)
{
    return send("DELETE", path, nullptr);
}

int GraphClient::topLimitFromError(const QString &message)
{
    static const QRegularExpression re(
        QStringLiteral("limit of '(\\d+)' for Top"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(message);
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    const int limit = m.captured(1).toInt(&ok);
    return ok && limit > 0 ? limit : -1;
}

RestRequest GraphClient::request(const QByteArray &method, const QUrl &url) const
{
    RestRequest r;
    r.method = method;
    r.url = url;
    r.resource = m_dialect.resource;
    return r;
}

} // namespace wf::net
