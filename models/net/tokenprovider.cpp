// Bearer tokens from the Entra v2.0 token endpoint: one request per resource at a time,
// cached until five minutes before they expire.
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

} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

void TokenProvider::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    ++m_generation;
    m_cache.clear();
    // Requests for the old identity are dropped; whoever waits gets a token for the new one.
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<QNetworkReply> &reply : inFlight) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    const QStringList waiting = m_waiting.keys();
    for (const QString &resource : waiting)
        fetch(resource);
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

void TokenProvider::fetch(const QString &resource)
{
    const Credentials &c = m_credentials;
    if (!c.authority.isValid() || c.authority.isEmpty() || c.tenant.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Auth;
        e.message = tr("No account is set up to sign in with.");
        deliver(resource, {}, e);
        return;
    }
    QUrl url = c.authority;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + c.tenant + QStringLiteral("/oauth2/v2.0/token"));

    QByteArray form;
    const QString scope = resource + QStringLiteral("/.default");
    if (c.grant == Credentials::Grant::Password) {
        addField(form, "grant_type", QStringLiteral("password"));
        addField(form, "client_id", c.clientId);
        addField(form, "username", c.username);
        addField(form, "password", c.password);
        addField(form, "scope", scope);
    } else {
        addField(form, "grant_type", QStringLiteral("client_credentials"));
        addField(form, "client_id", c.clientId);
        addField(form, "client_secret", c.clientSecret);
        addField(form, "scope", scope);
    }

    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTokenTimeoutMs);
    QNetworkReply *reply = m_nam->post(request, form);
    m_inFlight.insert(resource, reply);
#if QT_CONFIG(ssl)
    // Never ignored: recorded, and the reply then fails with SslHandshakeFailedError.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList text;
        for (const QSslError &e : errors)
            text << e.errorString();
        reply->setProperty("wfSslErrors", text);
    });
#endif
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, resource, generation] { onReply(reply, resource, generation); });
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
    if (status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        deliver(resource, {},
            ApiError::fromTransport(
                reply, timedOut, reply->property("wfSslErrors").toStringList()));
        return;
    }
    if (status != 200) {
        ApiError e = ApiError::fromHttp(
            status, body, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        // The token endpoint refusing is a sign-in failure whatever the status says.
        if (status >= 400 && status < 500)
            e.kind = ApiError::Kind::Auth;
        deliver(resource, {}, e);
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString token = o.value(QLatin1StringView("access_token")).toString();
    const qint64 expiresIn = o.value(QLatin1StringView("expires_in")).toVariant().toLongLong();
    if (token.isEmpty() || expiresIn <= 0) {
        ApiError e;
        e.kind = ApiError::Kind::Malformed;
        e.httpStatus = status;
        e.message = tr("The token endpoint answered without an access token.");
        deliver(resource, {}, e);
        return;
    }
    m_cache.insert(resource, {token, QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000});
    Q_EMIT signedIn(resource);
    deliver(resource, token, {});
}

void TokenProvider::deliver(const QString &resource, const QString &token, const ApiError &error)
{
    // Taken out first: a callback may ask again (after a 401, say) and start a new round.
    const QList<Callback> callbacks = m_waiting.take(resource);
    for (const Callback &callback : callbacks)
        callback(token, error);
}

} // namespace wf::net
