// The server's HTTP plumbing: request/response values, a small router with {param}
// path segments, and the QAbstractHttpServer subclass that feeds it.
#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>

namespace wf::server {


// Who a valid bearer token speaks for.
struct Identity
{
    QString objectId, displayName, userPrincipalName, clientId, audience;
    QStringList roles;
    bool isApp = false;

    bool hasRole(QLatin1StringView r) const { return roles.contains(QString(r)); }
    QString name() const { return userPrincipalName.isEmpty() ? displayName : userPrincipalName; }
};

struct Request
{
    QByteArray method;             // "GET", "PATCH", ...
    QString path;                  // decoded path, no query
    QList<std::pair<QString, QString>> query; // decoded, in order, repeated keys kept
    QHash<QByteArray, QByteArray> headers;    // lower-case names
    QByteArray body;
    QHostAddress remote;
    QHash<QString, QString> params; // {param} values from the route
    QString baseUrl;                // "http://127.0.0.1:1234", as the client addressed us
    QString requestId;
    Identity identity;              // set once the bearer token checks out

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QString queryValue(const QString &key, bool *present = nullptr) const;
};

struct Response
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Response json(int status, const QByteArray &body);
    static Response json(int status, const QJsonObject &body);
    void setHeader(const QByteArray &name, const QByteArray &value);
};

using Handler = std::function<Response(Request &)>;

class Router
{
public:
    // Who may call a route: bearer-token holders, or anybody (the sign-in endpoints).
    enum class Access { Bearer, Anonymous };
    void add(const QByteArray &method, const QString &pattern, Handler handler,
        Access access = Access::Bearer);
    // Finds the handler for the request; 404/405 decisions are the caller's.
    enum class Match { Found, NoPath, WrongMethod };
    Match match(Request &request, Handler *handler, Access *access = nullptr) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
        Access access;
    };
    QList<Route> m_routes;
};

// Hands every request to `dispatch` on the thread this object lives on.
class HttpFront final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Dispatch = std::function<Response(Request &)>;
    explicit HttpFront(Dispatch dispatch, qint64 maxBodyBytes, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Dispatch m_dispatch;
    qint64 m_maxBodyBytes;
};

} // namespace wf::server
