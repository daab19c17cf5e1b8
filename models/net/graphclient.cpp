// Graph collections walked by @odata.nextLink, and the single-item calls, on the gateway.
#include "graphclient.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace wf::net {

namespace {

constexpr int kMaxJsonDepth = 256;

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

// What the pager needs from a page it does not parse: walked as bytes, without building a
// document (a page of 2000 alerts is megabytes, and the caller parses it elsewhere).
struct PageScan
{
    bool ok = false;
    bool hasValue = false;
    qint64 items = 0;
    qint64 count = -1;
    QString nextLink;
    qsizetype errorAt = 0;
};

class Scanner
{
public:
    explicit Scanner(const QByteArray &data)
        : m_begin(data.constData())
        , m_p(data.constData())
        , m_end(data.constData() + data.size())
    {
    }

    PageScan page()
    {
        PageScan scan;
        space();
        if (!take('{'))
            return fail(scan);
        space();
        if (!take('}')) {
            for (;;) {
                space();
                const char *keyStart = m_p;
                if (!string())
                    return fail(scan);
                const QByteArray key(keyStart + 1, m_p - keyStart - 2);
                space();
                if (!take(':'))
                    return fail(scan);
                space();
                if (key == "value" && peek('[')) {
                    scan.hasValue = true;
                    if (!array(1, &scan.items))
                        return fail(scan);
                } else if (key == "@odata.nextLink" && peek('"')) {
                    const char *start = m_p;
                    if (!string())
                        return fail(scan);
                    const QByteArray raw = '[' + QByteArray(start, m_p - start) + ']';
                    scan.nextLink = QJsonDocument::fromJson(raw).array().at(0).toString();
                } else if (key == "@odata.count") {
                    const char *start = m_p;
                    if (!value(1))
                        return fail(scan);
                    scan.count = QByteArray(start, m_p - start).toLongLong();
                } else if (!value(1)) {
                    return fail(scan);
                }
                space();
                if (take('}'))
                    break;
                if (!take(','))
                    return fail(scan);
            }
        }
        space();
        if (m_p != m_end)
            return fail(scan);
        scan.ok = true;
        return scan;
    }

private:
    PageScan &fail(PageScan &scan)
    {
        scan.ok = false;
        scan.errorAt = m_p - m_begin;
        return scan;
    }
    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool peek(char c) const { return m_p < m_end && *m_p == c; }
    bool take(char c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }
    bool string()
    {
        if (!take('"'))
            return false;
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '\\')
                ++m_p;
            else if (c == '"')
                return m_p <= m_end;
            else if (static_cast<unsigned char>(c) < 0x20)
                return false;
        }
        return false;
    }
    bool array(int depth, qint64 *count = nullptr)
    {
        if (depth > kMaxJsonDepth || !take('['))
            return false;
        space();
        if (take(']'))
            return true;
        for (;;) {
            space();
            if (!value(depth + 1))
                return false;
            if (count)
                ++*count;
            space();
            if (take(']'))
                return true;
            if (!take(','))
                return false;
        }
    }
    bool object(int depth)
    {
        if (depth > kMaxJsonDepth || !take('{'))
            return false;
        space();
        if (take('}'))
            return true;
        for (;;) {
            space();
            if (!string())
                return false;
            space();
            if (!take(':'))
                return false;
            space();
            if (!value(depth + 1))
                return false;
            space();
            if (take('}'))
                return true;
            if (!take(','))
                return false;
        }
    }
    bool value(int depth)
    {
        if (m_p >= m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"':
            return string();
        default:
            break;
        }
        // number, true, false, null
        const char *start = m_p;
        while (m_p < m_end
            && ((*m_p >= '0' && *m_p <= '9') || (*m_p >= 'a' && *m_p <= 'z') || *m_p == '-'
                || *m_p == '+' || *m_p == '.' || *m_p == 'E'))
            ++m_p;
        const QByteArrayView token(start, m_p - start);
        if (token.isEmpty())
            return false;
        if (token == "true" || token == "false" || token == "null")
            return true;
        bool ok = false;
        token.toByteArray().toDouble(&ok);
        return ok;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
};

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

void Pager::fetch(const QUrl &url)
{
    m_call = m_client->gateway()->send(m_client->request("GET", url));
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
        next = o.value(QLatin1StringView("@odata.nextLink")).toString();
        const QJsonValue c = o.value(QLatin1StringView("@odata.count"));
        if (c.isDouble())
            count = c.toInteger();
    } else {
        const PageScan scan = Scanner(result.body).page();
        if (!scan.ok) {
            finish(malformed(result.status, tr("not JSON (at byte %1)").arg(scan.errorAt)));
            return;
        }
        if (!scan.hasValue) {
            finish(malformed(result.status, tr("a collection page without a \"value\" array")));
            return;
        }
        n = scan.items;
        next = scan.nextLink;
        count = scan.count;
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

GraphClient::GraphClient(RestGateway *gateway, QUrl base, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_base(std::move(base))
{
}

Pager *GraphClient::list(const QString &path, QUrlQuery query, int top, bool parse)
{
    QUrl first = buildUrl(m_base, path, query, top);
    const int limit = m_topLimits.value(first.path(), -1);
    if (limit > 0 && top > limit)
        first = buildUrl(m_base, path, query, limit);
    auto *pager = new Pager(this, first, parse);
    // The call starts on the next turn of the event loop: the caller connects first.
    pager->fetch(pager->m_first);
    return pager;
}

RestCall *GraphClient::get(const QString &path, const QUrlQuery &query)
{
    return m_gateway->send(request("GET", buildUrl(m_base, path, query, 0)));
}

RestCall *GraphClient::patch(
    const QString &path, const QJsonObject &body, const QByteArray &ifMatch)
{
    RestRequest r = request("PATCH", buildUrl(m_base, path, {}, 0));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!ifMatch.isEmpty())
        r.headers.append({QByteArrayLiteral("If-Match"), ifMatch});
    return m_gateway->send(std::move(r));
}

RestCall *GraphClient::post(const QString &path, const QJsonObject &body)
{
    RestRequest r = request("POST", buildUrl(m_base, path, {}, 0));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_gateway->send(std::move(r));
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
    r.resource = QString::fromLatin1(kResource);
    return r;
}

} // namespace wf::net
