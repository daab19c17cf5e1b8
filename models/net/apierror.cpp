// Failed calls as ApiError values: from HTTP answers and transport failures, and back out
// as one translated sentence.
#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace wf::net {

namespace {

// "Prefix: message", or the prefix alone when there is no message.
QString withMessage(const QString &withText, const QString &alone, const QString &message)
{
    return message.isEmpty() ? alone : withText.arg(message);
}

QString gaveUp(int attempts)
{
    return attempts == 1
        ? QCoreApplication::translate("ApiError", "gave up after one attempt")
        : QCoreApplication::translate("ApiError", "gave up after %1 attempts").arg(attempts);
}

ApiError::Kind kindForStatus(int status)
{
    using Kind = ApiError::Kind;
    if (status >= 200 && status < 300)
        return Kind::None;
    switch (status) {
    case 401:
        return Kind::Auth;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
    case 412:
        return Kind::Conflict;
    case 429:
        return Kind::Throttled;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return Kind::BadRequest;
    if (status >= 500 && status < 600)
        return Kind::Server;
    return Kind::Malformed; // 1xx/3xx: not an answer a REST client can use
}

} // namespace

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &reason)
{
    ApiError e;
    e.httpStatus = status;
    e.kind = kindForStatus(status);
    if (e.kind == Kind::None)
        return e;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonValue error = doc.object().value(QLatin1StringView("error"));
        if (error.isObject()) {
            // Graph and ARM: {"error":{"code","message",...}}
            const QJsonObject o = error.toObject();
            e.code = o.value(QLatin1StringView("code")).toString();
            e.message = o.value(QLatin1StringView("message")).toString();
        } else if (error.isString()) {
            // OAuth2: {"error":"invalid_grant","error_description":"AADSTS50126: ..."}
            e.code = error.toString();
            e.message = doc.object().value(QLatin1StringView("error_description")).toString();
            if (status >= 400 && status < 500)
                e.kind = Kind::Auth;
        }
    }
    if (e.message.isEmpty())
        e.message = reason.isEmpty()
            ? QCoreApplication::translate("ApiError", "HTTP status %1").arg(status)
            : reason;
    return e;
}

ApiError ApiError::fromTransport(
    const QNetworkReply *reply, bool timedOut, const QStringList &sslErrors)
{
    ApiError e;
    e.kind = Kind::Network;
    const QNetworkReply::NetworkError code
        = reply ? reply->error() : QNetworkReply::UnknownNetworkError;
    if (!sslErrors.isEmpty() || code == QNetworkReply::SslHandshakeFailedError) {
        e.kind = Kind::Ssl;
        e.detail
            = sslErrors.isEmpty() ? reply->errorString() : sslErrors.join(QStringLiteral("; "));
        return e;
    }
    if (timedOut || code == QNetworkReply::TimeoutError) {
        e.detail = QCoreApplication::translate("ApiError", "no answer in time");
        return e;
    }
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        e.detail = QCoreApplication::translate("ApiError", "connection refused");
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.detail = QCoreApplication::translate("ApiError", "the server closed the connection");
        break;
    case QNetworkReply::HostNotFoundError:
        e.detail = QCoreApplication::translate("ApiError", "server name not found");
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        e.detail = QCoreApplication::translate("ApiError", "the network is unavailable");
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = Kind::Cancelled;
        break;
    default:
        e.detail = reply ? reply->errorString()
                         : QCoreApplication::translate("ApiError", "unknown network error");
        break;
    }
    return e;
}

QString ApiError::sentence() const
{
    QString s;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        s = detail.isEmpty()
            ? QCoreApplication::translate("ApiError", "Cannot reach the server.")
            : QCoreApplication::translate("ApiError", "Cannot reach the server (%1).").arg(detail);
        if (attempts > 1)
            s += u' '
                + QCoreApplication::translate("ApiError", "Gave up after %1 attempts.")
                      .arg(attempts);
        return s;
    case Kind::Ssl:
        return withMessage(QCoreApplication::translate("ApiError", "Secure connection failed: %1"),
            QCoreApplication::translate("ApiError", "Secure connection failed."), detail);
    case Kind::Auth:
        // The device code sign-in's ends that are nobody's refusal.
        if (code == QLatin1StringView("expired_token"))
            s = QCoreApplication::translate("ApiError",
                "The sign-in code expired before anyone signed in with it. Start the sign-in "
                "again.");
        else if (code == QLatin1StringView("authorization_declined"))
            s = QCoreApplication::translate("ApiError", "The sign-in was declined in the browser.");
        else
            s = withMessage(QCoreApplication::translate("ApiError", "The sign-in was refused: %1"),
                QCoreApplication::translate("ApiError", "The sign-in was refused."), message);
        break;
    case Kind::Forbidden:
        s = withMessage(
            QCoreApplication::translate("ApiError", "You are not allowed to do this: %1"),
            QCoreApplication::translate("ApiError", "You are not allowed to do this."), message);
        break;
    case Kind::NotFound:
        s = withMessage(QCoreApplication::translate("ApiError", "Not found on the server: %1"),
            QCoreApplication::translate("ApiError", "Not found on the server."), message);
        break;
    case Kind::Conflict:
        // 412 is a stale ETag; a 409 says what stands in the way (ARM: "no Defender plan").
        if (httpStatus == 409 && !code.isEmpty() && !message.isEmpty())
            s = withMessage(QCoreApplication::translate("ApiError", "The server refused the change: %1"), QString(),
                            message);
        else
            s = QCoreApplication::translate("ApiError", "Changed on the server since you read it.");
        break;
    case Kind::BadRequest:
        s = withMessage(
            QCoreApplication::translate("ApiError", "The server refused the request: %1"),
            QCoreApplication::translate("ApiError", "The server refused the request."), message);
        break;
    case Kind::Throttled:
        s = attempts > 0
            ? QCoreApplication::translate("ApiError", "The server is busy (throttled); %1.")
                  .arg(gaveUp(attempts))
            : QCoreApplication::translate("ApiError", "The server is busy (throttled).");
        break;
    case Kind::Server:
        s = withMessage(QCoreApplication::translate("ApiError", "The server failed: %1"),
            QCoreApplication::translate("ApiError", "The server failed."), message);
        if (attempts > 1)
            s += u' '
                + QCoreApplication::translate("ApiError", "Gave up after %1 attempts.")
                      .arg(attempts);
        break;
    case Kind::Malformed:
        s = withMessage(
            QCoreApplication::translate("ApiError", "The server's answer was not understood: %1"),
            QCoreApplication::translate("ApiError", "The server's answer was not understood."),
            detail.isEmpty() ? message : detail);
        break;
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled.");
    }
    if (httpStatus > 0)
        s += u' ' + QCoreApplication::translate("ApiError", "(HTTP %1)").arg(httpStatus);
    return s;
}

} // namespace wf::net
