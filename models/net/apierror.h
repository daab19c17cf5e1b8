// One failed call, said plainly: what a banner shows and what retry logic branches on.
#pragma once

#include <QStringList>

class QNetworkReply;

namespace wf::net {

struct ApiError
{
    enum class Kind : quint8 {
        None,
        Network, // no HTTP answer: refused, reset, DNS, timeout
        Ssl, // TLS handshake failed; never ignored
        Auth, // 401 / token endpoint refused the credentials
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409 / 412: changed on the server since read
        BadRequest, // 400 and other 4xx
        Throttled, // 429 after the retries ran out
        Server, // 5xx after the retries ran out
        Malformed, // the answer was not the JSON we expect
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // Graph/ARM error.code, or OAuth error
    QString message; // the server's message, as given
    QString detail; // for Network/Ssl: the transport's description
    int attempts = 0; // tries made before giving up (0: not counted)

    bool ok() const { return kind == Kind::None; }
    // A sentence for a person, e.g. "The server refused the change: ... (HTTP 400)".
    QString sentence() const;

    // The error for an HTTP answer (kind None on 2xx): the kind from the status, code and
    // message from a Graph/ARM {"error":{"code","message"}} or OAuth {"error",
    // "error_description"} body, else the status text.
    static ApiError fromHttp(int status, const QByteArray &body, const QString &reason = {});
    // The error for a reply that brought no HTTP answer (refused, reset, timeout, TLS).
    // `timedOut`: the transfer timeout fired; `sslErrors`: what sslErrors() reported.
    static ApiError fromTransport(
        const QNetworkReply *reply, bool timedOut, const QStringList &sslErrors);
};

} // namespace wf::net
