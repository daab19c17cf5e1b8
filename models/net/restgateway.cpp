// Calls through the one QNetworkAccessManager: bearer tokens, the headers Graph wants,
// retries with Retry-After or jittered backoff, and failures turned into ApiError.
#include "restgateway.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <cmath>

namespace wf::net {

namespace {

constexpr int kFirstBackoffMs = 500;
constexpr int kMaxBackoffMs = 30000;
constexpr int kMaxRetryAfterMs = 5 * 60 * 1000; // a longer wait is the caller's decision
constexpr qint64 kRetryAfterCeilingMs = 24LL * 3600 * 1000;

// Safe to send twice: the server applies it at most once in effect.
bool idempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "PUT"
        || method == "DELETE";
}

// The request certainly never reached the server.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError
        || error == QNetworkReply::HostNotFoundError;
}

} // namespace

// ---- RestCall

RestCall::RestCall(RestGateway *gateway, RestRequest request)
    : QObject(gateway)
    , m_gateway(gateway)
    , m_request(std::move(request))
    , m_clientRequestId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
}

void RestCall::start()
{
    if (m_done)
        return;
    if (m_request.resource.isEmpty()) {
        attempt({});
        return;
    }
    QPointer<RestCall> self(this);
    m_gateway->tokens()->token(
        m_request.resource, [self](const QString &token, const ApiError &error) {
            if (!self || self->m_done)
                return;
            if (error.ok()) {
                self->attempt(token);
                return;
            }
            // Nothing reached the API yet, so a token endpoint that is unreachable or
            // busy is retried as the API would be.
            ++self->m_attempts;
            const bool transient = error.kind == ApiError::Kind::Network
                || error.kind == ApiError::Kind::Server || error.kind == ApiError::Kind::Throttled;
            if (transient && self->retry(error, -1))
                return;
            RestResult result;
            result.status = error.httpStatus;
            result.error = error;
            self->finish(result);
        });
}

void RestCall::attempt(const QString &token)
{
    ++m_attempts;
    m_sent = false;
    m_sslErrors.clear();

    QNetworkRequest request(m_request.url);
    request.setTransferTimeout(m_request.transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id", m_clientRequestId);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", QByteArray("Bearer ") + token.toUtf8());
    if (!m_request.body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QByteArray prefer = "include-unknown-enum-members";
    for (const auto &[name, value] : m_request.headers) {
        if (name.compare("Prefer", Qt::CaseInsensitive) == 0)
            prefer += ", " + value; // kept alongside ours, not instead of it
        else
            request.setRawHeader(name, value);
    }
    request.setRawHeader("Prefer", prefer);

    QNetworkAccessManager *nam = m_gateway->network();
    QNetworkReply *reply = nullptr;
    if (m_request.method == "GET" && m_request.body.isEmpty())
        reply = nam->get(request); // Qt resends a plain GET itself when a kept-alive socket died
    else if (m_request.body.isEmpty())
        reply = nam->sendCustomRequest(request, m_request.method);
    else
        reply = nam->sendCustomRequest(request, m_request.method, m_request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_sent = true; });
#if QT_CONFIG(ssl)
    // Recorded, never ignored: the reply then fails with SslHandshakeFailedError.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
#endif
    connect(reply, &QNetworkReply::finished, this, &RestCall::onReply);
    if (m_headWatch)
        connect(reply, &QNetworkReply::readyRead, this, &RestCall::onReadyRead);
}

void RestCall::watchHead(qsizetype maxBytes, std::function<bool(QByteArrayView)> watch)
{
    m_headBytes = maxBytes;
    m_headWatch = std::move(watch);
}

void RestCall::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!m_headWatch || !reply || reply != sender())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    const QByteArray head = reply->peek(m_headBytes);
    if (m_headWatch(head) || head.size() >= m_headBytes) {
        m_headWatch = nullptr;
        disconnect(reply, &QNetworkReply::readyRead, this, &RestCall::onReadyRead);
    }
}

void RestCall::onReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply || reply != sender())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_done)
        return;

    RestResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted (timed-out) reply is closed
        result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);

    // A 2xx whose body broke off (the connection reset, the transfer timed out) is no
    // answer either: a page cut short would otherwise pass for a whole one.
    const bool brokenOff
        = result.status >= 200 && result.status < 300 && reply->error() != QNetworkReply::NoError;
    if (result.status == 0 || brokenOff) {
        // We abort only after disconnecting, so a cancelled operation here is the
        // transfer timeout.
        const QNetworkReply::NetworkError code = reply->error();
        const bool timedOut
            = code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError;
        const ApiError error = ApiError::fromTransport(reply, timedOut, m_sslErrors);
        const bool safe = idempotent(m_request.method) || !m_sent || neverSent(code);
        if (error.kind == ApiError::Kind::Network && safe && retry(error, -1))
            return;
        result.error = error;
        finish(result);
        return;
    }
    if (result.status >= 200 && result.status < 300) {
        finish(result);
        return;
    }

    const ApiError error = ApiError::fromHttp(result.status, result.body,
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    if (result.status == 401 && !m_request.resource.isEmpty() && !m_refreshedToken) {
        // The token was revoked, expired early or signed with a rotated key: once more
        // with a fresh one.
        m_refreshedToken = true;
        m_gateway->tokens()->invalidate(m_request.resource);
        start();
        return;
    }
    // 429 and 503 mean the server did not act on the request, so even a PATCH may go again;
    // after a 504 the change may have been applied behind the gateway.
    const bool retryable = result.status == 429 || result.status == 503
        || (result.status == 504 && idempotent(m_request.method));
    if (retryable && retry(error, RestGateway::retryAfterMs(result.headers.value("retry-after"))))
        return;
    result.error = error;
    finish(result);
}

bool RestCall::retry(const ApiError &why, int retryAfterMs)
{
    if (m_attempts >= m_request.maxAttempts)
        return false;
    const int delay = retryAfterMs >= 0 ? qMin(retryAfterMs, kMaxRetryAfterMs)
                                        : RestGateway::backoffMs(m_attempts);
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &RestCall::start);
    }
    m_retryTimer->start(delay);
    // A slot may cancel the call; finish() stops the timer then.
    Q_EMIT retrying(m_attempts + 1, delay, why);
    return true;
}

void RestCall::cancel()
{
    RestResult result;
    result.error.kind = ApiError::Kind::Cancelled;
    finish(result);
}

void RestCall::finish(RestResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_headWatch = nullptr;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    result.attempts = m_attempts;
    if (!result.error.ok())
        result.error.attempts = m_attempts;
    QPointer<RestGateway> gateway(m_gateway);
    if (gateway)
        gateway->m_calls.removeAll(QPointer<RestCall>(this));
    deleteLater();
    const bool quiet = m_quiet;
    // A slot may delete the gateway, and this call with it.
    Q_EMIT finished(result);
    if (gateway && !quiet)
        gateway->report(result.error);
}

// ---- RestGateway

RestGateway::RestGateway(QObject *parent)
    : QObject(parent)
    , m_tokens(&m_nam)
{
    // A redirect elsewhere would carry our bearer token with it.
    m_nam.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

RestGateway::~RestGateway()
{
    cancelAll();
}

RestCall *RestGateway::send(RestRequest request)
{
    auto *call = new RestCall(this, std::move(request));
    m_calls.removeIf([](const QPointer<RestCall> &c) { return c.isNull(); });
    m_calls.append(call);
    // Started on the next turn, so the caller can connect before anything is emitted.
    QTimer::singleShot(0, call, [call] { call->start(); });
    return call;
}

void RestGateway::report(const ApiError &error)
{
    if (!error.ok() && error.kind != ApiError::Kind::Cancelled)
        Q_EMIT failed(error);
}

void RestGateway::cancelAll()
{
    const QList<QPointer<RestCall>> calls = m_calls;
    for (const QPointer<RestCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

int RestGateway::backoffMs(int attempt)
{
    const int n = qBound(1, attempt, 20);
    const qint64 base = qMin<qint64>(qint64(kFirstBackoffMs) << (n - 1), kMaxBackoffMs);
    // ±20 % so that clients throttled together do not come back together.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return int(qMin<qint64>(qRound64(double(base) * jitter), kMaxBackoffMs));
}

int RestGateway::retryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double secs = v.toDouble(&ok);
    if (ok) {
        // Graph sends fractional seconds ("2.128"); RFC 9110 whole ones.
        if (!std::isfinite(secs) || secs < 0)
            return -1;
        return int(qMin<double>(std::round(secs * 1000.0), double(kRetryAfterCeilingMs)));
    }
    // An HTTP date: "Sun, 06 Nov 1994 08:49:37 GMT".
    const QString text = QString::fromLatin1(v);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (when.isValid())
            when = QDateTime(when.date(), when.time(), Qt::UTC);
    }
    if (!when.isValid())
        return -1;
    const qint64 ms = when.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
    return int(qBound<qint64>(0, ms, kRetryAfterCeilingMs));
}

} // namespace wf::net
