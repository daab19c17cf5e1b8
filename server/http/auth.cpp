// Token issuing and checking, with Entra-shaped OAuth error bodies.
#include "auth.h"

#include "sim/generator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUuid>

namespace wf::server {

namespace {
QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Response oauthError(int status, const char *error, int code, const QString &description)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return Response::json(
        status, QJsonObject{{QStringLiteral("error"), QLatin1StringView(error)},
                            {QStringLiteral("error_description"),
                             QStringLiteral("AADSTS%1: %2 Timestamp: %3").arg(code).arg(description, stamp)},
                            {QStringLiteral("error_codes"), QJsonArray{code}},
                            {QStringLiteral("timestamp"), stamp},
                            {QStringLiteral("trace_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {QStringLiteral("correlation_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

const QString &TokenService::graphAudience()
{
    static const QString aud = QStringLiteral("https://graph.microsoft.com");
    return aud;
}

TokenService::TokenService(QByteArray signingKey, const sim::Tenant &tenant, quint64 seed)
    : m_key(std::move(signingKey))
    , m_tenant(tenant)
    , m_seed(seed)
{}

QByteArray TokenService::sign(const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(data, m_key, QCryptographicHash::Sha256);
}

QString TokenService::issue(const sim::Principal &p, const QString &audience) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("aud"), audience},
                       {QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(m_tenant.id)},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("nbf"), now},
                       {QStringLiteral("exp"), now + kLifetimeSecs},
                       {QStringLiteral("tid"), m_tenant.id},
                       {QStringLiteral("oid"), p.objectId},
                       {QStringLiteral("sub"), p.objectId},
                       {QStringLiteral("name"), p.displayName},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(p.roles)},
                       {QStringLiteral("idtyp"), p.isApp() ? QStringLiteral("app") : QStringLiteral("user")}};
    if (p.isApp())
        claims.insert(QStringLiteral("appid"), p.clientId);
    else
        claims.insert(QStringLiteral("upn"), p.userPrincipalName);
    const QByteArray header = b64(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray unsignedToken = header + '.' + payload;
    return QString::fromLatin1(unsignedToken + '.' + b64(sign(unsignedToken)));
}

Response TokenService::tokenEndpoint(const Request &request) const
{
    const QString tenant = request.params.value(QStringLiteral("tenant"));
    if (tenant.compare(m_tenant.id, Qt::CaseInsensitive) != 0
        && tenant.compare(m_tenant.domain, Qt::CaseInsensitive) != 0
        && tenant != QLatin1StringView("organizations"))
        return oauthError(400, "invalid_request", 90002,
                          QStringLiteral("Tenant '%1' not found. Check to make sure you have the "
                                         "correct tenant ID and are signing into the correct cloud.")
                              .arg(tenant));
    // Form encoding writes spaces as '+'; QUrlQuery does not undo that.
    QByteArray form = request.body;
    form.replace('+', "%20");
    const QUrlQuery q(QString::fromUtf8(form));
    auto field = [&](const char *name) { return q.queryItemValue(QLatin1StringView(name), QUrl::FullyDecoded); };
    const QString grant = field("grant_type");
    QString scope = field("scope");
    if (scope.isEmpty())
        scope = graphAudience() + QStringLiteral("/.default");
    QString audience = scope.split(u' ', Qt::SkipEmptyParts).value(0);
    if (audience.endsWith(QLatin1StringView("/.default")))
        audience.chop(9);
    const sim::Principal *principal = nullptr;
    if (grant == QLatin1StringView("client_credentials")) {
        principal = m_tenant.principalByClientId(field("client_id"));
        if (!principal)
            return oauthError(400, "unauthorized_client", 700016,
                              QStringLiteral("Application with identifier '%1' was not found in the "
                                             "directory '%2'.")
                                  .arg(field("client_id"), m_tenant.displayName));
        const QByteArray expected = sim::DemoGenerator::secretFor(m_seed, principal->clientId).toUtf8();
        if (!constantTimeEquals(field("client_secret").toUtf8(), expected))
            return oauthError(401, "invalid_client", 7000215,
                              QStringLiteral("Invalid client secret provided. Ensure the secret being "
                                             "sent in the request is the client secret value."));
    } else if (grant == QLatin1StringView("password")) {
        principal = m_tenant.principalByUpn(field("username"));
        const QByteArray expected = principal
            ? sim::DemoGenerator::secretFor(m_seed, principal->userPrincipalName).toUtf8()
            : QByteArray();
        if (!principal || !constantTimeEquals(field("password").toUtf8(), expected))
            return oauthError(400, "invalid_grant", 50126,
                              QStringLiteral("Error validating credentials due to invalid username "
                                             "or password."));
    } else if (grant.isEmpty()) {
        return oauthError(400, "invalid_request", 900144,
                          QStringLiteral("The request body must contain the following parameter: "
                                         "'grant_type'."));
    } else {
        return oauthError(400, "unsupported_grant_type", 70003,
                          QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
    }
    return Response::json(200, QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                           {QStringLiteral("expires_in"), kLifetimeSecs},
                                           {QStringLiteral("ext_expires_in"), kLifetimeSecs},
                                           {QStringLiteral("scope"), scope},
                                           {QStringLiteral("access_token"), issue(*principal, audience)}});
}

std::optional<Identity> TokenService::verify(const QByteArray &authorization, QString *why) const
{
    if (authorization.isEmpty()) {
        *why = QStringLiteral("Access token is empty.");
        return std::nullopt;
    }
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer ")) {
        *why = QStringLiteral("The Authorization header must be 'Bearer <access token>'.");
        return std::nullopt;
    }
    const QByteArray token = authorization.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || !constantTimeEquals(b64(sign(parts[0] + '.' + parts[1])), parts[2])) {
        *why = QStringLiteral("Access token validation failure. Invalid signature.");
        return std::nullopt;
    }
    const QJsonObject claims = QJsonDocument::fromJson(
        QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    if (claims.value(QStringLiteral("exp")).toInteger() < QDateTime::currentSecsSinceEpoch()) {
        *why = QStringLiteral("Lifetime validation failed, the token is expired.");
        return std::nullopt;
    }
    if (claims.value(QStringLiteral("tid")).toString() != m_tenant.id) {
        *why = QStringLiteral("Access token validation failure. Invalid issuer.");
        return std::nullopt;
    }
    Identity id;
    id.objectId = claims.value(QStringLiteral("oid")).toString();
    id.displayName = claims.value(QStringLiteral("name")).toString();
    id.userPrincipalName = claims.value(QStringLiteral("upn")).toString();
    id.clientId = claims.value(QStringLiteral("appid")).toString();
    id.audience = claims.value(QStringLiteral("aud")).toString();
    id.isApp = claims.value(QStringLiteral("idtyp")).toString() == QLatin1StringView("app");
    for (const QJsonValue &r : claims.value(QStringLiteral("roles")).toArray())
        id.roles << r.toString();
    if (!m_tenant.principalById(id.objectId)) {
        *why = QStringLiteral("Access token validation failure. The principal no longer exists.");
        return std::nullopt;
    }
    return id;
}

} // namespace wf::server
