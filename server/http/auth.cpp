// Token issuing and checking, the device authorization grant with its sign-in page, and
// refresh tokens, with Entra-shaped OAuth error bodies.
#include "auth.h"

#include "sim/generator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

namespace wf::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wf::server::DeviceLogin)
};

constexpr QLatin1StringView kDeviceCodeGrant("urn:ietf:params:oauth:grant-type:device_code");
// Device codes waiting at once; beyond this the endpoint answers temporarily_unavailable
// rather than let a flood of requests fill the memory.
constexpr qsizetype kMaxDeviceGrants = 1000;
// A poll may arrive this much before its interval is up (timer and scheduling jitter) and
// still count as on time.
constexpr qint64 kPollSlackMs = 250;
constexpr qint64 kSlowDownStepMs = 5000; // RFC 8628, 3.5

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// `code` 0: an error Entra has no AADSTS number for.
Response oauthError(int status, const char *error, int code, const QString &description)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString text = code
        ? QStringLiteral("AADSTS%1: %2 Timestamp: %3").arg(code).arg(description, stamp)
        : QStringLiteral("%1 Timestamp: %2").arg(description, stamp);
    return Response::json(status,
        QJsonObject {{QStringLiteral("error"), QLatin1StringView(error)},
            {QStringLiteral("error_description"), text},
            {QStringLiteral("error_codes"), code ? QJsonArray {code} : QJsonArray()},
            {QStringLiteral("timestamp"), stamp},
            {QStringLiteral("trace_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("correlation_id"),
                QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

Response missingParameter(const char *name)
{
    return oauthError(400, "invalid_request", 900144,
        QStringLiteral("The request body must contain the following parameter: '%1'.")
            .arg(QLatin1StringView(name)));
}

Response malformedGrant()
{
    return oauthError(
        400, "invalid_grant", 70000, QStringLiteral("Provided grant is invalid or malformed."));
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

// application/x-www-form-urlencoded. Spaces may come as '+', which QUrlQuery does not undo.
QUrlQuery formOf(const QByteArray &body)
{
    QByteArray form = body;
    form.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(form));
}

QString field(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QLatin1StringView(name), QUrl::FullyDecoded);
}

// The error for the first of `names` the form lacks (or has empty).
std::optional<Response> missingFrom(
    const QUrlQuery &form, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (field(form, name).trimmed().isEmpty())
            return missingParameter(name);
    }
    return std::nullopt;
}

// OpenID Connect scopes name no resource.
bool isOidcScope(const QString &scope)
{
    return scope == QLatin1StringView("openid") || scope == QLatin1StringView("profile")
        || scope == QLatin1StringView("offline_access") || scope == QLatin1StringView("email");
}

// The resource a token is for: the first scope that names one, without "/.default".
QString audienceOf(const QStringList &scopes)
{
    for (QString scope : scopes) {
        if (isOidcScope(scope))
            continue;
        if (scope.endsWith(QLatin1StringView("/.default")))
            scope.chop(9);
        return scope;
    }
    return TokenService::graphAudience();
}

QString randomDeviceCode()
{
    QByteArray bytes(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(b64(bytes));
}

// Nine characters like Entra's; no 0/O or 1/I to misread.
QString randomUserCode()
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code += QLatin1Char(
            kAlphabet[QRandomGenerator::system()->bounded(int(sizeof kAlphabet) - 1)]);
    return code;
}

// What a person typed as a code: any case, with spaces or dashes.
QString normalizedUserCode(const QString &typed)
{
    QString code;
    for (QChar c : typed) {
        if (c.isLetterOrNumber())
            code += c.toUpper();
    }
    return code;
}

Response htmlPage(int status, const QString &title, const QString &body)
{
    Response r;
    r.status = status;
    r.body = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%1</title><style>body{font-family:sans-serif;max-width:30em;margin:3em auto;"
        "padding:0 1em}label{display:block;margin-top:1em}input{width:100%;padding:.4em;"
        "box-sizing:border-box}button{margin:1.2em .5em 0 0;padding:.5em 1.2em}"
        ".error{color:#b00020}</style></head>\n<body><h1>%1</h1>\n%2</body></html>\n")
                 .arg(title.toHtmlEscaped(), body)
                 .toUtf8();
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    // A sign-in page: never cached, never framed, posts only to itself.
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("X-Frame-Options", "DENY");
    r.setHeader("Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    return r;
}

} // namespace

const QString &TokenService::graphAudience()
{
    static const QString aud = QStringLiteral("https://graph.microsoft.com");
    return aud;
}

const QString &TokenService::logAnalyticsAudience()
{
    static const QString aud = QStringLiteral("https://api.loganalytics.io");
    return aud;
}

TokenService::TokenService(
    QByteArray signingKey, const sim::Tenant &tenant, quint64 seed, DeviceFlowOptions deviceFlow)
    : m_key(std::move(signingKey))
    , m_tenant(tenant)
    , m_seed(seed)
    , m_deviceFlow(deviceFlow)
{}

// Access, id and refresh tokens are signed with keys derived per purpose, so that one can
// never pass for another.
QByteArray TokenService::purposeKey(const char *purpose) const
{
    return QMessageAuthenticationCode::hash(QByteArray(purpose), m_key, QCryptographicHash::Sha256);
}

QString TokenService::signedToken(const QJsonObject &claims, const QByteArray &key) const
{
    const QByteArray header = b64(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray unsignedToken = header + '.' + payload;
    const QByteArray signature
        = QMessageAuthenticationCode::hash(unsignedToken, key, QCryptographicHash::Sha256);
    return QString::fromLatin1(unsignedToken + '.' + b64(signature));
}

std::optional<QJsonObject> TokenService::readSigned(
    const QByteArray &token, const QByteArray &key) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray expected = QMessageAuthenticationCode::hash(
        parts[0] + '.' + parts[1], key, QCryptographicHash::Sha256);
    if (!constantTimeEquals(b64(expected), parts[2]))
        return std::nullopt;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding));
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
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
    return signedToken(claims, m_key);
}

QString TokenService::issueIdToken(const sim::Principal &p, const QString &clientId) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return signedToken(
        QJsonObject {{QStringLiteral("aud"), clientId},
            {QStringLiteral("iss"),
                QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(m_tenant.id)},
            {QStringLiteral("iat"), now}, {QStringLiteral("nbf"), now},
            {QStringLiteral("exp"), now + kLifetimeSecs}, {QStringLiteral("tid"), m_tenant.id},
            {QStringLiteral("oid"), p.objectId}, {QStringLiteral("sub"), p.objectId},
            {QStringLiteral("name"), p.displayName},
            {QStringLiteral("preferred_username"), p.userPrincipalName},
            {QStringLiteral("ver"), QStringLiteral("2.0")}},
        purposeKey("id_token"));
}

// Opaque to clients (Entra's are encrypted); ours is signed, so the server keeps no state and
// a restart does not sign anybody out.
QString TokenService::issueRefreshToken(const sim::Principal &p, const QString &clientId) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return signedToken(
        QJsonObject {{QStringLiteral("tid"), m_tenant.id}, {QStringLiteral("oid"), p.objectId},
            {QStringLiteral("azp"), clientId}, {QStringLiteral("iat"), now},
            {QStringLiteral("exp"), now + kRefreshLifetimeSecs},
            {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}},
        purposeKey("refresh_token"));
}

Response TokenService::tokenResponse(
    const sim::Principal &principal, QString scope, const QString &clientId, bool refresh) const
{
    if (scope.trimmed().isEmpty())
        scope = graphAudience() + QStringLiteral("/.default");
    const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
    QJsonObject o {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), kLifetimeSecs},
        {QStringLiteral("ext_expires_in"), kLifetimeSecs}, {QStringLiteral("scope"), scope},
        {QStringLiteral("access_token"), issue(principal, audienceOf(scopes))}};
    // Apps sign in again with their secret: Entra gives them neither.
    if (!principal.isApp()) {
        if (refresh || scopes.contains(QLatin1StringView("offline_access")))
            o.insert(QStringLiteral("refresh_token"), issueRefreshToken(principal, clientId));
        if (scopes.contains(QLatin1StringView("openid")))
            o.insert(QStringLiteral("id_token"), issueIdToken(principal, clientId));
    }
    return Response::json(200, o);
}

const sim::Principal *TokenService::checkUserPassword(
    const QString &upn, const QString &password) const
{
    const sim::Principal *principal = m_tenant.principalByUpn(upn);
    const QByteArray expected = principal && !principal->isApp()
        ? sim::DemoGenerator::secretFor(m_seed, principal->userPrincipalName).toUtf8()
        : QByteArray();
    if (expected.isEmpty() || !constantTimeEquals(password.toUtf8(), expected))
        return nullptr;
    return principal;
}

std::optional<Response> TokenService::checkTenant(const Request &request) const
{
    const QString tenant = request.params.value(QStringLiteral("tenant"));
    if (tenant.compare(m_tenant.id, Qt::CaseInsensitive) == 0
        || tenant.compare(m_tenant.domain, Qt::CaseInsensitive) == 0
        || tenant == QLatin1StringView("organizations"))
        return std::nullopt;
    return oauthError(400, "invalid_request", 90002,
        QStringLiteral("Tenant '%1' not found. Check to make sure you have the "
                       "correct tenant ID and are signing into the correct cloud.")
            .arg(tenant));
}

Response TokenService::unknownApp(const QString &clientId) const
{
    return oauthError(400, "unauthorized_client", 700016,
        QStringLiteral("Application with identifier '%1' was not found in the "
                       "directory '%2'.")
            .arg(clientId, m_tenant.displayName));
}

Response TokenService::tokenEndpoint(const Request &request)
{
    if (auto refused = checkTenant(request))
        return *refused;
    const QUrlQuery form = formOf(request.body);
    const QString grant = field(form, "grant_type");
    const QString clientId = field(form, "client_id");
    const QString scope = field(form, "scope");
    const sim::Principal *principal = nullptr;
    if (grant == QLatin1StringView("client_credentials")) {
        principal = m_tenant.principalByClientId(clientId);
        if (!principal)
            return unknownApp(clientId);
        const QByteArray expected = sim::DemoGenerator::secretFor(m_seed, principal->clientId).toUtf8();
        if (!constantTimeEquals(field(form, "client_secret").toUtf8(), expected))
            return oauthError(401, "invalid_client", 7000215,
                              QStringLiteral("Invalid client secret provided. Ensure the secret being "
                                             "sent in the request is the client secret value."));
    } else if (grant == QLatin1StringView("password")) {
        principal = checkUserPassword(field(form, "username"), field(form, "password"));
        if (!principal)
            return oauthError(400, "invalid_grant", 50126,
                              QStringLiteral("Error validating credentials due to invalid username "
                                             "or password."));
    } else if (grant == kDeviceCodeGrant) {
        return deviceCodeGrant(form);
    } else if (grant == QLatin1StringView("refresh_token")) {
        return refreshTokenGrant(form);
    } else if (grant.isEmpty()) {
        return missingParameter("grant_type");
    } else {
        return oauthError(400, "unsupported_grant_type", 70003,
                          QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
    }
    return tokenResponse(*principal, scope, clientId, false);
}

// ---- device authorization grant (RFC 8628, as Entra answers it)

Response TokenService::deviceCodeEndpoint(const Request &request)
{
    if (auto refused = checkTenant(request))
        return *refused;
    const QUrlQuery form = formOf(request.body);
    if (auto missing = missingFrom(form, {"client_id", "scope"}))
        return *missing;
    const QString clientId = field(form, "client_id");
    if (!m_tenant.principalByClientId(clientId))
        return unknownApp(clientId);
    const QString scope = field(form, "scope").trimmed();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    forgetOldDeviceGrants(now);
    if (m_deviceGrants.size() >= kMaxDeviceGrants)
        return oauthError(503, "temporarily_unavailable", 0,
            QStringLiteral("Too many sign-ins are waiting for their code. Try again in a "
                           "few minutes."));
    DeviceGrant grant;
    grant.clientId = clientId;
    grant.scope = scope;
    grant.issuedMs = grant.lastContactMs = now;
    grant.expiresMs = now + qint64(m_deviceFlow.lifetimeSecs) * 1000;
    grant.intervalMs = qint64(qMax(m_deviceFlow.intervalSecs, m_deviceFlow.minPollSecs)) * 1000;
    do {
        grant.userCode = randomUserCode();
    } while (m_userCodes.contains(grant.userCode));
    const QString deviceCode = randomDeviceCode();
    m_userCodes.insert(grant.userCode, deviceCode);
    m_deviceGrants.insert(deviceCode, grant);

    const QString page = request.baseUrl + QStringLiteral("/devicelogin");
    return Response::json(200,
        QJsonObject {{QStringLiteral("user_code"), grant.userCode},
            {QStringLiteral("device_code"), deviceCode}, {QStringLiteral("verification_uri"), page},
            {QStringLiteral("expires_in"), m_deviceFlow.lifetimeSecs},
            {QStringLiteral("interval"), m_deviceFlow.intervalSecs},
            {QStringLiteral("message"),
                QStringLiteral("To sign in, use a web browser to open the page %1 and enter "
                               "the code %2 to authenticate.")
                    .arg(page, grant.userCode)}});
}

Response TokenService::deviceCodeGrant(const QUrlQuery &form)
{
    if (auto missing = missingFrom(form, {"client_id", "device_code"}))
        return *missing;
    const QString clientId = field(form, "client_id");
    const auto it = m_deviceGrants.find(field(form, "device_code"));
    if (it == m_deviceGrants.end())
        return oauthError(400, "bad_verification_code", 70018,
            QStringLiteral("The provided value for the input parameter 'device_code' is "
                           "not valid."));
    DeviceGrant &grant = *it;
    if (grant.clientId != clientId)
        return malformedGrant();
    if (grant.redeemed)
        return oauthError(400, "invalid_grant", 54005,
            QStringLiteral("OAuth2 Authorization code was already redeemed, please retry "
                           "with a new valid code or use an existing refresh token."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now >= grant.expiresMs)
        return oauthError(
            400, "expired_token", 70019, QStringLiteral("Verification code expired."));
    if (grant.declined)
        return oauthError(400, "authorization_declined", 65004,
            QStringLiteral("User declined to consent to access the app."));
    if (!grant.approvedBy.isEmpty()) {
        const sim::Principal *principal = m_tenant.principalById(grant.approvedBy);
        if (!principal)
            return malformedGrant();
        grant.redeemed = true;
        return tokenResponse(*principal, grant.scope, clientId, false);
    }
    const qint64 sinceLast = now - grant.lastContactMs;
    grant.lastContactMs = now;
    if (sinceLast + kPollSlackMs < grant.intervalMs) {
        grant.intervalMs += kSlowDownStepMs;
        return oauthError(400, "slow_down", 70016,
            QStringLiteral("OAuth 2.0 device flow error. Polling too fast: wait %1 seconds "
                           "between requests.")
                .arg(grant.intervalMs / 1000));
    }
    return oauthError(400, "authorization_pending", 70016,
        QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue "
                       "polling."));
}

// Codes stay a while after they expire, so that a late poll hears expired_token rather than
// bad_verification_code.
void TokenService::forgetOldDeviceGrants(qint64 nowMs)
{
    const qint64 keepMs = qint64(m_deviceFlow.lifetimeSecs) * 1000;
    for (auto it = m_deviceGrants.begin(); it != m_deviceGrants.end();) {
        if (it->expiresMs + keepMs < nowMs) {
            m_userCodes.remove(it->userCode);
            it = m_deviceGrants.erase(it);
        } else {
            ++it;
        }
    }
}

Response TokenService::refreshTokenGrant(const QUrlQuery &form) const
{
    if (auto missing = missingFrom(form, {"refresh_token", "client_id"}))
        return *missing;
    const QString clientId = field(form, "client_id");
    const auto claims
        = readSigned(field(form, "refresh_token").toLatin1(), purposeKey("refresh_token"));
    if (!claims || claims->value(QStringLiteral("tid")).toString() != m_tenant.id)
        return oauthError(400, "invalid_grant", 9002313,
            QStringLiteral("Invalid request. Request is malformed or invalid."));
    const qint64 issued = claims->value(QStringLiteral("iat")).toInteger();
    if (claims->value(QStringLiteral("exp")).toInteger() < QDateTime::currentSecsSinceEpoch())
        return oauthError(400, "invalid_grant", 700082,
            QStringLiteral("The refresh token has expired due to inactivity. The token "
                           "was issued on %1 and was inactive for 90.00:00:00.")
                .arg(QDateTime::fromSecsSinceEpoch(issued, Qt::UTC).toString(Qt::ISODate)));
    if (claims->value(QStringLiteral("azp")).toString() != clientId)
        return malformedGrant();
    const sim::Principal *principal
        = m_tenant.principalById(claims->value(QStringLiteral("oid")).toString());
    if (!principal || principal->isApp())
        return malformedGrant();
    return tokenResponse(*principal, field(form, "scope"), clientId, true);
}

// ---- the device sign-in page

Response TokenService::loginPage(
    int status, const QString &code, const QString &user, const QString &error) const
{
    QString body = QStringLiteral("<p>%1</p>\n")
                       .arg(Tr::tr("Enter the code that the application on your device shows, then "
                                   "sign in as the %1 user who should use it.")
                                .arg(m_tenant.displayName)
                                .toHtmlEscaped());
    if (!error.isEmpty())
        body += QStringLiteral("<p class=\"error\" id=\"error\">%1</p>\n")
                    .arg(error.toHtmlEscaped());
    body += QStringLiteral(
        "<form method=\"post\">\n"
        "<label for=\"code\">%1</label><input id=\"code\" name=\"code\" value=\"%2\" "
        "autocomplete=\"off\" autofocus>\n"
        "<label for=\"username\">%3</label><input id=\"username\" name=\"username\" value=\"%4\" "
        "autocomplete=\"username\" placeholder=\"analyst@%5\">\n"
        "<label for=\"password\">%6</label><input id=\"password\" name=\"password\" "
        "type=\"password\" autocomplete=\"current-password\">\n"
        "<button type=\"submit\" name=\"action\" value=\"approve\">%7</button>"
        "<button type=\"submit\" name=\"action\" value=\"decline\">%8</button>\n"
        "</form>\n")
                .arg(Tr::tr("Code").toHtmlEscaped(), code.toHtmlEscaped(),
                    Tr::tr("User name").toHtmlEscaped(), user.toHtmlEscaped(),
                    m_tenant.domain.toHtmlEscaped(), Tr::tr("Password").toHtmlEscaped(),
                    Tr::tr("Sign in").toHtmlEscaped(), Tr::tr("Decline").toHtmlEscaped());
    return htmlPage(status, Tr::tr("Sign in on another device"), body);
}

Response TokenService::deviceLoginPage(const Request &request) const
{
    return loginPage(200, normalizedUserCode(request.queryValue(QStringLiteral("code"))), {}, {});
}

Response TokenService::deviceLoginSubmit(const Request &request)
{
    const QUrlQuery form = formOf(request.body);
    const QString code = normalizedUserCode(field(form, "code"));
    const QString user = field(form, "username").trimmed();
    const auto it = m_deviceGrants.find(m_userCodes.value(code));
    if (code.isEmpty() || it == m_deviceGrants.end() || it->redeemed || it->declined
        || !it->approvedBy.isEmpty())
        return loginPage(
            400, code, user, Tr::tr("That code didn't work. Check the code and try again."));
    if (QDateTime::currentMSecsSinceEpoch() >= it->expiresMs)
        return loginPage(400, code, user,
            Tr::tr("That code has expired. Start the sign-in again on your device to get "
                   "a new code."));
    const sim::Principal *app = m_tenant.principalByClientId(it->clientId);
    const QString appName = app ? app->displayName : it->clientId;
    if (field(form, "action") == QLatin1StringView("decline")) {
        it->declined = true;
        return htmlPage(200, Tr::tr("Sign-in declined"),
            QStringLiteral("<p id=\"result\">%1</p>\n")
                .arg(Tr::tr("You declined to sign in to %1 on your device. You can close "
                            "this window.")
                         .arg(appName)
                         .toHtmlEscaped()));
    }
    const sim::Principal *principal = checkUserPassword(user, field(form, "password"));
    if (!principal)
        return loginPage(400, code, user, Tr::tr("Your account or password is incorrect."));
    it->approvedBy = principal->objectId;
    return htmlPage(200, Tr::tr("You're signed in"),
        QStringLiteral("<p id=\"result\">%1</p>\n")
            .arg(Tr::tr("You have signed in to %1 on your device as %2. You may now close "
                        "this window.")
                     .arg(appName, principal->userPrincipalName)
                     .toHtmlEscaped()));
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
    const auto signedClaims = readSigned(authorization.mid(7).trimmed(), m_key);
    if (!signedClaims) {
        *why = QStringLiteral("Access token validation failure. Invalid signature.");
        return std::nullopt;
    }
    const QJsonObject &claims = *signedClaims;
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
