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

namespace {
constexpr int kPagesInFlight = 2; // the page being read and the next one
constexpr qsizetype kHeadBytes = 64 * 1024; // a page's members before "value" fit well within
} // namespace

Pager::Pager(GraphClient *client, QUrl first, bool parse)
    : QObject(client)
    , m_client(client)
    , m_first(std::move(first))
    , m_parse(parse)
    , m_top(topOf(m_first))
{
}

ApiError Pager::notJson(int status, qsizetype at)
{
    return malformed(status, tr("not JSON (at byte %1)").arg(at));
}

Pager::Head Pager::readHead(QByteArrayView bytes, QByteArrayView nextLinkKey)
{
    Head head;
    wire::JsonScanner s(bytes);
    QByteArrayView key;
    if (!s.beginObject())
        return head;
    while (s.nextKey(&key)) {
        if (wire::isKey(key, "value")) {
            head.complete = s.peek() == '[';
            return head;
        }
        if (key == nextLinkKey && s.peek() == '"') {
            const wire::JsonString link = s.string();
            if (s.ok())
                head.next = link.toString();
        } else if (wire::isKey(key, "@odata.count") && s.peek() != '"') {
            head.count = s.valueBytes().toLongLong();
        } else {
            s.skip();
        }
    }
    return {}; // the bytes end (or stop being JSON) before "value"
}

void Pager::setQuiet(bool quiet)
{
    m_quiet = quiet;
    for (const Fetch &f : std::as_const(m_fetches)) {
        if (f.call)
            f.call->setQuiet(quiet || f.early); // the first page's call is made (it starts later)
    }
}

Pager::~Pager()
{
    dropFetches(); // deleted without finishing (its owner went): nothing in flight is wanted
}

void Pager::dropFetches()
{
    for (const Fetch &f : std::as_const(m_fetches)) {
        if (RestCall *call = f.call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_fetches.clear();
}

void Pager::fetch(const QUrl &url, bool early)
{
    RestCall *call = m_client->gateway()->send(m_client->request("GET", url));
    call->setQuiet(m_quiet || early);
    Fetch f;
    f.call = call;
    f.early = early;
    m_fetches.append(f);
    if (!m_parse) {
        QPointer<Pager> self(this);
        call->watchHead(kHeadBytes,
            [self, call](QByteArrayView bytes) { return !self || self->onHead(call, bytes); });
    }
    connect(call, &RestCall::finished, this,
        [this, call](const RestResult &result) { onPage(call, result); });
}

bool Pager::onHead(const RestCall *call, QByteArrayView bytes)
{
    if (m_cancelled)
        return true;
    for (Fetch &f : m_fetches) {
        if (f.call != call)
            continue;
        const Head head = readHead(bytes, QByteArrayView(m_client->m_dialect.nextLinkKey));
        if (!head.complete)
            return false; // more bytes may tell
        f.head = head;
        followEarly();
        return true;
    }
    return true;
}

void Pager::followEarly()
{
    if (m_fetches.isEmpty() || m_fetches.size() >= kPagesInFlight)
        return;
    Fetch &last = m_fetches.last();
    if (!last.head.complete || last.head.next.isEmpty() || last.followed)
        return;
    // Followed verbatim, but only to the server we asked: the link carries our token. A
    // link that leaves it ends the walk when its page is handed out.
    const QUrl next(last.head.next);
    if (!next.isValid() || !sameOrigin(next, m_first))
        return;
    last.followed = true;
    fetch(next, true); // may grow m_fetches: `last` is not used after this
}

void Pager::onPage(const RestCall *call, const RestResult &result)
{
    if (m_cancelled)
        return;
    for (Fetch &f : m_fetches) {
        if (f.call == call) {
            f.call = nullptr;
            f.done = true;
            f.result = result;
        }
    }
    while (!m_cancelled && !m_fetches.isEmpty() && m_fetches.first().done) {
        Fetch f = m_fetches.takeFirst();
        if (!handle(f))
            return;
        followEarly();
    }
}

bool Pager::handle(Fetch &f)
{
    const RestResult &result = f.result;
    if (!result.error.ok()) {
        // Graph names its page-size limit in a 400; ask again with that size.
        if (m_pages == 0 && result.status == 400) {
            const int limit = GraphClient::topLimitFromError(result.error.message);
            if (limit > 0 && (m_top <= 0 || limit < m_top)) {
                m_top = limit;
                m_client->m_topLimits.insert(m_first.path(), limit); // next time, ask for that

                m_first = withTop(m_first, limit);
                fetch(m_first);
                return true;
            }
        }
        if (f.early && !m_quiet)
            m_client->gateway()->report(result.error); // its call kept quiet until now
        finish(result.error);
        return false;
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
            return false;
        }
        const QJsonValue value = o.value(QLatin1StringView("value"));
        if (!value.isArray()) {
            finish(malformed(result.status, tr("a collection page without a \"value\" array")));
            return false;
        }
        items = value.toArray();
        n = items.size();
        next = o.value(QString::fromLatin1(m_client->m_dialect.nextLinkKey)).toString();
        const QJsonValue c = o.value(QLatin1StringView("@odata.count"));
        if (c.isDouble())
            count = c.toInteger();
    } else if (f.head.complete && !f.head.next.isEmpty()) {
        // The start of the page named the next one; its items are the caller's to read.
        next = f.head.next;
        count = f.head.count;
    } else {
        // The link may come after the items (or the page is not a collection page): walked
        // whole here, as bytes, without building a document.
        wire::JsonScanner s(result.body);
        bool hasValue = false;
        QByteArrayView key;
        if (s.beginObject()) {
            while (s.nextKey(&key)) {
                if (wire::isKey(key, "value") && s.peek() == '[') {
                    hasValue = true;
                    s.skip();
                } else if (key == QByteArrayView(m_client->m_dialect.nextLinkKey)
                    && s.peek() == '"') {
                    next = s.text();
                } else if (wire::isKey(key, "@odata.count") && s.peek() != '"') {
                    count = s.valueBytes().toLongLong();
                } else {
                    s.skip();
                }
            }
        }
        if (!s.ok() || !s.atEnd()) {
            finish(notJson(result.status, s.ok() ? s.offset() : s.errorAt()));
            return false;
        }
        if (!hasValue) {
            finish(malformed(result.status, tr("a collection page without a \"value\" array")));
            return false;
        }
    }

    if (++m_pages == 1 && count >= 0)
        m_count = count;
    m_items += n;
    QPointer<Pager> self(this);
    Q_EMIT page(result.body, items, m_parse ? m_items : -1);
    if (!self || m_cancelled)
        return false;
    if (next.isEmpty()) {
        finish({});
        return false;
    }
    // Followed verbatim, but only to the server we asked: the link carries our token.
    const QUrl nextUrl(next);
    if (!nextUrl.isValid() || !sameOrigin(nextUrl, m_first)) {
        finish(malformed(result.status, tr("the next page link points elsewhere: %1").arg(next)));
        return false;
    }
    if (!f.followed)
        fetch(nextUrl);
    return true;
}

void Pager::cancel()
{
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    reject(e);
}

void Pager::reject(const ApiError &why)
{
    finish(why);
}

void Pager::finish(const ApiError &error)
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    dropFetches(); // a page asked for early whose walk ended is not wanted
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
