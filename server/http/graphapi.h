// Microsoft Graph security routes: incidents and alerts_v2 (list, get, update, comment),
// with Graph's paging, limits, errors and role checks; and /me/memberOf, the signed-in
// user's directory roles.
#pragma once

#include "http.h"

#include <QCoreApplication>

#include <optional>

namespace wf::sim {
struct Tenant;
}

namespace wf::server {

class Engine;
class TenantDb;

// A Graph error body {"error":{"code","message","innerError":{...}}}.
Response graphError(const Request &request, int status, const QString &code, const QString &message);

class GraphApi
{
    Q_DECLARE_TR_FUNCTIONS(GraphApi)
public:
    static constexpr int kMaxIncidentTop = 50;
    static constexpr int kMaxAlertTop = 2000;

    GraphApi(TenantDb &db, Engine &engine, const sim::Tenant &tenant);
    void addRoutes(Router &router);
    // The 401 for a token issued for another resource than Graph; nullopt for a Graph token.
    static std::optional<Response> wrongAudience(const Request &r);
    // Graph's 403 for an app without the application permission(s) `needed` ("A,B").
    static Response missingAppRoles(const Request &r, const QString &needed);

    // Who may see Defender for Cloud data in XDR (SPEC's permission table).
    static bool seesDefenderForCloud(const Identity &id);

private:
    enum class Access { Read, Write };
    // nullopt when allowed; else the 403.
    std::optional<Response> forbidden(const Request &r, bool incidents, Access access) const;
    // True when the identity may not see this incident or alert (a 404 for it).
    bool hidden(const Identity &id, bool incidents, const QString &key) const;

    Response list(Request &r, bool incidents);
    Response get(Request &r, bool incidents);
    Response patch(Request &r, bool incidents);
    Response comment(Request &r, bool incidents);
    // GET /me/memberOf: the signed-in user's Entra directory roles (all of its
    // memberships the simulator models); `directoryRolesOnly` for the cast segment.
    Response memberOf(Request &r, bool directoryRolesOnly);
    QByteArray expandAlerts(const QByteArray &incidentJson, qint64 num) const;
    QByteArray currentJson(bool incidents, const QString &id, bool expand) const;

    TenantDb &m_db;
    Engine &m_engine;
    const sim::Tenant &m_tenant;
};

} // namespace wf::server
