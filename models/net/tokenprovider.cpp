// Bearer tokens from the Entra v2.0 token endpoint: one request per resource at a time,
// cached until five minutes before they expire; the device code sign-in and its polling.
#include "tokenprovider.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace wf::net {

namespace {

constexpr qint64 kRefreshMarginMs = 5 * 60 * 1000;
constexpr int kTokenTimeoutMs = 30000;
constexpr int kSlowDownStepMs = 5000; // RFC 8628, 3.5
constexpr int kMinPollMs = 1000; // whatever the server says, never a busy loop
constexpr QLatin1StringView kDeviceCodeGrant("urn:ietf:params:oauth:grant-type:device_code");

// application/x-www-form-urlencoded; everything but unreserved characters is escaped, so a
// '+' in a secret stays a '+' (a raw one would read back as a space).
void addField(QByteArray &form, const char *name, const QString &value)
{
    if (!form.isEmpty())
        form += '&';
    form += name;
    form += '=';
    form += QUrl::toPercentEncoding(value);
}

// The claims of a JWT that came straight from the token endpoint; only read, never trusted
// for access decisions (the APIs check their tokens themselves).
QJsonObject claimsOf(const QString &jwt)
{
    const QList<QStringView> parts = QStringView(jwt).split(u'.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
        QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

ApiError authError(const QString &code, const QString &message = {})
{
    ApiError e;
    e.kind = ApiError::Kind::Auth;
    e.code = code;
    e.message = message;
    return e;
}

} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    m_pollTimer.setSingleShot(true);
    // Coarse timers may fire early, and a poll before the interval earns a slow_down.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &TokenProvider::poll);
}

void TokenProvider::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    ++m_generation;
    m_cache.clear();
    m_refreshToken = credentials.refreshToken;
    m_account.clear();
    stopFlow();
    dropRequests();
    // Whoever waits gets a token for the new identity.
    const QStringList waiting = m_waiting.keys();
    for (const QString &resource : waiting)
        fetch(resource);
}

void TokenProvider::dropRequests()
{
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<QNetworkReply> &reply : inFlight) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void TokenProvider::token(const QString &resource, Callback callback)
{
    const auto cached = m_cache.constFind(resource);
    if (cached != m_cache.cend()
        && cached->expiresAtMs - kRefreshMarginMs > QDateTime::currentMSecsSinceEpoch()) {
        callback(cached->token, {});
        return;
    }
    QList<Callback> &waiting = m_waiting[resource];
    waiting.append(std::move(callback));
    if (waiting.size() == 1)
        fetch(resource);
}

void TokenProvider::invalidate(const QString &resource)
{
    m_cache.remove(resource);
}

QNetworkReply *TokenProvider::post(const char *endpoint, const QByteArray &form)
{
    QUrl url = m_credentials.authority;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + m_credentials.tenant + QStringLiteral("/oauth2/v2.0/")
        + QLatin1StringView(endpoint));
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTokenTimeoutMs);
    QNetworkReply *reply = m_nam->post(request, form);
#if QT_CONFIG(ssl)
    // Never ignored: recorded, and the reply then fails with SslHandshakeFailedError.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList text;
        for (const QSslError &e : errors)
            text << e.errorString();
        reply->setProperty("wfSslErrors", text);
    });
#endif
    return reply;
}

void TokenProvider::fetch(const QString &resource)
{
    const Credentials &c = m_credentials;
    if (!c.authority.isValid() || c.authority.isEmpty() || c.tenant.isEmpty()) {
        deliver(resource, {}, authError({}, tr("No account is set up to sign in with.")));
        return;
    }
    QByteArray form;
    const QString scope = resource + QStringLiteral("/.default");
    switch (c.grant) {
    case Credentials::Grant::Password:
        addField(form, "grant_type", QStringLiteral("password"));
        addField(form, "client_id", c.clientId);
        addField(form, "username", c.username);
        addField(form, "password", c.password);
        addField(form, "scope", scope);
        break;
    case Credentials::Grant::ClientSecret:
        addField(form, "grant_type", QStringLiteral("client_credentials"));
        addField(form, "client_id", c.clientId);
        addField(form, "client_secret", c.clientSecret);
        addField(form, "scope", scope);
        break;
    case Credentials::Grant::DeviceCode:
        if (m_refreshToken.isEmpty()) {
            if (m_flow)
                return; // the sign-in in progress serves this resource too when it ends
            deliver(resource, {},
                authError({}, tr("Nobody is signed in. Connect again and sign in with a code.")));
            return;
        }
        addField(form, "grant_type", QStringLiteral("refresh_token"));
        addField(form, "client_id", c.clientId);
        addField(form, "refresh_token", m_refreshToken);
        addField(form, "scope", scope + QStringLiteral(" offline_access"));
        break;
    }
    QNetworkReply *reply = post("token", form);
    m_inFlight.insert(resource, reply);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, resource, generation] { onReply(reply, resource, generation); });
}

ApiError TokenProvider::errorOf(QNetworkReply *reply, int status, const QByteArray &body) const
{
    if (status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        return ApiError::fromTransport(
            reply, timedOut, reply->property("wfSslErrors").toStringList());
    }
    ApiError e = ApiError::fromHttp(
        status, body, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    // The token endpoint refusing is a sign-in failure whatever the status says.
    if (status >= 400 && status < 500)
        e.kind = ApiError::Kind::Auth;
    return e;
}

bool TokenProvider::accept(const QString &resource, const QByteArray &body, ApiError *error)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString token = o.value(QLatin1StringView("access_token")).toString();
    const qint64 expiresIn = o.value(QLatin1StringView("expires_in")).toVariant().toLongLong();
    if (token.isEmpty() || expiresIn <= 0) {
        error->kind = ApiError::Kind::Malformed;
        error->httpStatus = 200;
        error->message = tr("The token endpoint answered without an access token.");
        return false;
    }
    m_cache.insert(resource, {token, QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000});
    const QString idToken = o.value(QLatin1StringView("id_token")).toString();
    if (!idToken.isEmpty())
        m_account = claimsOf(idToken).value(QLatin1StringView("preferred_username")).toString();
    const QString refreshToken = o.value(QLatin1StringView("refresh_token")).toString();
    if (!refreshToken.isEmpty() && refreshToken != m_refreshToken) {
        m_refreshToken = refreshToken;
        Q_EMIT refreshTokenChanged(m_refreshToken);
    }
    return true;
}

void TokenProvider::onReply(QNetworkReply *reply, const QString &resource, quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation)
        return; // asked for with credentials that have since changed
    if (m_inFlight.value(resource) == reply)
        m_inFlight.remove(resource);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (status != 200) {
        const ApiError e = errorOf(reply, status, body);
        // A refresh token the server no longer takes is worth nothing: the user signs in anew.
        if (m_credentials.grant == Credentials::Grant::DeviceCode
            && e.code == QLatin1StringView("invalid_grant") && !m_refreshToken.isEmpty()) {
            m_refreshToken.clear();
            Q_EMIT refreshTokenChanged(m_refreshToken);
        }
        deliver(resource, {}, e);
        return;
    }
    ApiError e;
    if (!accept(resource, body, &e)) {
        deliver(resource, {}, e);
        return;
    }
    Q_EMIT signedIn(resource);
    deliver(resource, m_cache.value(resource).token, {});
}

// ---- device code sign-in

void TokenProvider::signIn(const QString &resource, Callback callback)
{
    cancelSignIn();
    // Another person may sign in now: nothing of the last one stays.
    dropRequests();
    m_cache.clear();
    m_account.clear();
    if (!m_refreshToken.isEmpty()) {
        m_refreshToken.clear();
        Q_EMIT refreshTokenChanged(m_refreshToken);
    }
    m_waiting[resource].append(std::move(callback));
    const Credentials &c = m_credentials;
    if (!c.authority.isValid() || c.authority.isEmpty() || c.tenant.isEmpty()) {
        deliver(resource, {}, authError({}, tr("No account is set up to sign in with.")));
        return;
    }
    m_flow = DeviceFlow {resource, {}, 0, 5000, nullptr};
    QByteArray form;
    addField(form, "client_id", c.clientId);
    // offline_access brings the refresh token, openid the id token that names the user.
    addField(form, "scope", resource + QStringLiteral("/.default offline_access openid profile"));
    ++m_flowId;
    sendForFlow("devicecode", form, &TokenProvider::onDeviceCode);
}

void TokenProvider::sendForFlow(const char *endpoint, const QByteArray &form, FlowHandler handle)
{
    QNetworkReply *reply = post(endpoint, form);
    m_flow->reply = reply;
    const quint64 flowId = m_flowId;
    connect(reply, &QNetworkReply::finished, this, [this, reply, flowId, handle] {
        reply->deleteLater();
        if (flowId != m_flowId || !m_flow)
            return; // that sign-in has ended
        m_flow->reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        (this->*handle)(reply, status, reply->isOpen() ? reply->readAll() : QByteArray());
    });
}

void TokenProvider::onDeviceCode(QNetworkReply *reply, int status, const QByteArray &body)
{
    if (status != 200) {
        endFlow(errorOf(reply, status, body));
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    DeviceCodePrompt prompt;
    prompt.userCode = o.value(QLatin1StringView("user_code")).toString();
    // Entra's v1 endpoint said verification_url.
    QString page = o.value(QLatin1StringView("verification_uri")).toString();
    if (page.isEmpty())
        page = o.value(QLatin1StringView("verification_url")).toString();
    prompt.verificationUri = QUrl(page);
    prompt.message = o.value(QLatin1StringView("message")).toString();
    const qint64 expiresIn = o.value(QLatin1StringView("expires_in")).toVariant().toLongLong();
    const QJsonValue interval = o.value(QLatin1StringView("interval"));
    m_flow->deviceCode = o.value(QLatin1StringView("device_code")).toString();
    if (m_flow->deviceCode.isEmpty() || prompt.userCode.isEmpty() || page.isEmpty()
        || expiresIn <= 0) {
        ApiError e;
        e.kind = ApiError::Kind::Malformed;
        e.httpStatus = status;
        e.message = tr("The sign-in service answered without a device code.");
        endFlow(e);
        return;
    }
    // RFC 8628: five seconds when the server names no interval.
    m_flow->intervalMs
        = qMax(kMinPollMs, interval.isUndefined() ? 5000 : int(interval.toDouble() * 1000));
    prompt.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000;
    m_flow->expiresAtMs = prompt.expiresAtMs;
    schedulePoll();
    Q_EMIT deviceCodeReady(prompt);
}

void TokenProvider::schedulePoll()
{
    // The last poll falls on the deadline: its answer, or the deadline itself, ends it.
    const qint64 left = m_flow->expiresAtMs - QDateTime::currentMSecsSinceEpoch();
    m_pollTimer.start(int(qBound(qint64(0), left, qint64(m_flow->intervalMs))));
}

int TokenProvider::nextPollInMs() const
{
    return m_pollTimer.isActive() ? m_pollTimer.remainingTime() : -1;
}

void TokenProvider::poll()
{
    if (!m_flow)
        return;
    if (QDateTime::currentMSecsSinceEpoch() >= m_flow->expiresAtMs) {
        endFlow(authError(QStringLiteral("expired_token")));
        return;
    }
    QByteArray form;
    addField(form, "grant_type", kDeviceCodeGrant);
    addField(form, "client_id", m_credentials.clientId);
    addField(form, "device_code", m_flow->deviceCode);
    sendForFlow("token", form, &TokenProvider::onPoll);
}

void TokenProvider::onPoll(QNetworkReply *reply, int status, const QByteArray &body)
{
    if (status == 200) {
        const QString resource = m_flow->resource;
        ApiError e;
        if (!accept(resource, body, &e)) {
            endFlow(e);
            return;
        }
        stopFlow();
        Q_EMIT signedIn(resource);
        deliver(resource, m_cache.value(resource).token, {});
        // Whoever asked for other resources meanwhile gets them through the refresh token.
        const QStringList waiting = m_waiting.keys();
        for (const QString &other : waiting) {
            if (!m_inFlight.contains(other))
                fetch(other);
        }
        return;
    }
    const ApiError e = errorOf(reply, status, body);
    if (e.code == QLatin1StringView("slow_down"))
        m_flow->intervalMs += kSlowDownStepMs;
    // A poll lost on the way is a missed turn, not the end: the deadline still ends it.
    if (e.code == QLatin1StringView("authorization_pending")
        || e.code == QLatin1StringView("slow_down") || e.kind == ApiError::Kind::Network) {
        schedulePoll();
        Q_EMIT signInPending(m_flow->intervalMs);
        return;
    }
    endFlow(e);
}

void TokenProvider::cancelSignIn()
{
    if (!m_flow)
        return;
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    endFlow(e);
}

void TokenProvider::stopFlow()
{
    ++m_flowId;
    m_pollTimer.stop();
    if (m_flow && m_flow->reply) {
        m_flow->reply->disconnect(this);
        m_flow->reply->abort();
        m_flow->reply->deleteLater();
    }
    m_flow.reset();
}

void TokenProvider::endFlow(const ApiError &error)
{
    stopFlow();
    // Everyone waiting was waiting for this sign-in: no refresh token means no request of
    // their own.
    const QStringList waiting = m_waiting.keys();
    for (const QString &resource : waiting) {
        if (!m_inFlight.contains(resource))
            deliver(resource, {}, error);
    }
}

void TokenProvider::deliver(const QString &resource, const QString &token, const ApiError &error)
{
    // Taken out first: a callback may ask again (after a 401, say) and start a new round.
    const QList<Callback> callbacks = m_waiting.take(resource);
    for (const Callback &callback : callbacks)
        callback(token, error);
}

} // namespace wf::net
