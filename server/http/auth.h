// OAuth2 for the simulated tenant: the v2.0 token endpoint (client credentials for apps,
// password grant for demo users) and HS256 bearer tokens that carry the principal's roles.
#pragma once

#include "http.h"
#include "sim/tenant.h"

#include <optional>

namespace wf::server {

class TokenService
{
public:
    static constexpr qint64 kLifetimeSecs = 3599;
    static const QString &graphAudience();

    TokenService(QByteArray signingKey, const sim::Tenant &tenant, quint64 seed);

    // POST /{tenant}/oauth2/v2.0/token
    Response tokenEndpoint(const Request &request) const;
    // Checks "Authorization: Bearer ..."; on failure `why` is the sentence for the 401.
    std::optional<Identity> verify(const QByteArray &authorization, QString *why) const;

    QString issue(const sim::Principal &principal, const QString &audience) const;

private:
    QByteArray sign(const QByteArray &data) const;

    QByteArray m_key;
    const sim::Tenant &m_tenant;
    quint64 m_seed;
};

} // namespace wf::server
