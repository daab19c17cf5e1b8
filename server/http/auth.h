// OAuth2 for the simulated tenant: the v2.0 token endpoint (client credentials for apps;
// password, device code and refresh token grants for demo users), the device authorization
// endpoint with the page where a user approves a device code, and HS256 bearer tokens that
// carry the principal's roles.
#pragma once

#include "http.h"
#include "sim/tenant.h"

#include <QHash>

#include <optional>

class QUrlQuery;

namespace wf::server {

// The device authorization grant's timing (RFC 8628). Entra's defaults; tests shorten them.
struct DeviceFlowOptions
{
    int lifetimeSecs = 900; // expires_in of a device code
    int intervalSecs = 5; // interval the client is told to poll at
    // Polls closer together than this answer slow_down (0: the advertised interval). A
    // server under load asks for more than it advertised; tests use it to see slow_down.
    int minPollSecs = 0;
};

class TokenService
{
public:
    static constexpr qint64 kLifetimeSecs = 3599;
    static constexpr qint64 kRefreshLifetimeSecs = 90 * 24 * 3600;
    static const QString &graphAudience();
    static const QString &logAnalyticsAudience(); // the Log Analytics query API's

    TokenService(QByteArray signingKey, const sim::Tenant &tenant, quint64 seed,
        DeviceFlowOptions deviceFlow = {});

    // POST /{tenant}/oauth2/v2.0/token
    Response tokenEndpoint(const Request &request);
    // POST /{tenant}/oauth2/v2.0/devicecode
    Response deviceCodeEndpoint(const Request &request);
    // GET and POST /devicelogin: the page where a user enters a device's code and signs in
    // (our stand-in for microsoft.com/devicelogin).
    Response deviceLoginPage(const Request &request) const;
    Response deviceLoginSubmit(const Request &request);

    // Checks "Authorization: Bearer ..."; on failure `why` is the sentence for the 401.
    std::optional<Identity> verify(const QByteArray &authorization, QString *why) const;

    QString issue(const sim::Principal &principal, const QString &audience) const;

private:
    struct DeviceGrant
    {
        QString clientId, scope, userCode;
        qint64 issuedMs = 0, expiresMs = 0, lastContactMs = 0;
        qint64 intervalMs = 0; // what polls must keep to; grows by 5 s per slow_down
        QString approvedBy; // object id of the user who approved
        bool declined = false;
        bool redeemed = false;
    };

    QByteArray purposeKey(const char *purpose) const;
    QString signedToken(const QJsonObject &claims, const QByteArray &key) const;
    // The claims of a token signed with `key`; nullopt if it is not one.
    std::optional<QJsonObject> readSigned(const QByteArray &token, const QByteArray &key) const;
    QString issueRefreshToken(const sim::Principal &principal, const QString &clientId) const;
    QString issueIdToken(const sim::Principal &principal, const QString &clientId) const;
    // The success answer of every grant: an access token for the scope's resource, and for
    // users a refresh token (with offline_access, or always when `refresh`) and an id token
    // (with openid).
    Response tokenResponse(const sim::Principal &principal, QString scope, const QString &clientId,
        bool refresh) const;
    Response unknownApp(const QString &clientId) const;
    // The user whose UPN and password these are, or nullptr.
    const sim::Principal *checkUserPassword(const QString &upn, const QString &password) const;
    std::optional<Response> checkTenant(const Request &request) const;
    Response deviceCodeGrant(const QUrlQuery &form);
    Response refreshTokenGrant(const QUrlQuery &form) const;
    void forgetOldDeviceGrants(qint64 nowMs);
    Response loginPage(
        int status, const QString &code, const QString &user, const QString &error) const;

    QByteArray m_key;
    const sim::Tenant &m_tenant;
    quint64 m_seed;
    DeviceFlowOptions m_deviceFlow;
    QHash<QString, DeviceGrant> m_deviceGrants; // device_code -> grant
    QHash<QString, QString> m_userCodes; // user_code -> device_code
};

} // namespace wf::server
