// Request parsing, routing and response writing on top of QtHttpServer 6.4.
#include "http.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>

namespace wf::server {

QString Request::queryValue(const QString &key, bool *present) const
{
    for (const auto &[k, v] : query) {
        if (k == key) {
            if (present)
                *present = true;
            return v;
        }
    }
    if (present)
        *present = false;
    return {};
}

Response Response::json(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"),
                      QByteArrayLiteral("application/json; odata.metadata=minimal; charset=utf-8")});
    return r;
}

Response Response::json(int status, const QJsonObject &body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, Access access)
{
    m_routes.append({method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler), access});
}

Router::Match Router::match(Request &request, Handler *handler, Access *access) const
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            const QString &want = route.segments[i];
            if (want.startsWith(u'{') && want.endsWith(u'}'))
                params.insert(want.mid(1, want.size() - 2), segments[i]);
            else
                ok = want.compare(segments[i], Qt::CaseInsensitive) == 0;
        }
        if (!ok)
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;
        request.params = params;
        *handler = route.handler;
        if (access)
            *access = route.access;
        return Match::Found;
    }
    return pathMatched ? Match::WrongMethod : Match::NoPath;
}

HttpFront::HttpFront(Dispatch dispatch, qint64 maxBodyBytes, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatch(std::move(dispatch))
    , m_maxBodyBytes(maxBodyBytes)
{}

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}
} // namespace

bool HttpFront::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    Request request;
    request.method = methodName(httpRequest.method());
    const QUrl url = httpRequest.url();
    request.path = url.path(QUrl::FullyDecoded);
    // Keep '+' literal and decode %XX: what QUrlQuery gives with FullyDecoded.
    const QUrlQuery query(url);
    for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded))
        request.query.append({k, v});
    for (const auto &[name, value] : httpRequest.headers())
        request.headers.insert(name.toLower(), value);
    request.body = httpRequest.body();
    request.remote = httpRequest.remoteAddress();
    const QByteArray host = request.headers.value("host");
    request.baseUrl = QStringLiteral("http://")
        + (host.isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(socket->localPort())
                          : QString::fromLatin1(host));

    Response response;
    if (m_maxBodyBytes > 0 && request.body.size() > m_maxBodyBytes) {
        response = Response::json(
            413, QJsonObject{{QStringLiteral("error"),
                              QJsonObject{{QStringLiteral("code"), QStringLiteral("RequestEntityTooLarge")},
                                          {QStringLiteral("message"),
                                           QStringLiteral("The request body is %1 bytes; the limit is %2 bytes.")
                                               .arg(request.body.size())
                                               .arg(m_maxBodyBytes)}}}});
    } else {
        response = m_dispatch(request);
    }

    // Status line, headers and body go out as separate writes: without TCP_NODELAY, Nagle
    // holds the last one back until the client's delayed ACK (~40 ms a response).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : std::as_const(response.headers))
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest answers everything.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace wf::server
