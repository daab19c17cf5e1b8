// The role definitions and who holds which at a scope.
#include "armroles.h"

#include "sim/tenant.h"

namespace wf::server::armrole {

namespace {
RoleDefinition role(const char *name, QStringList actions, QStringList notActions = {})
{
    RoleDefinition r;
    r.name = QLatin1StringView(name);
    r.permissions.actions = std::move(actions);
    r.permissions.notActions = std::move(notActions);
    return r;
}

// The workspace roles read the workspace and query its tables alike.
const QStringList kWorkspaceReads
    = {QStringLiteral("Microsoft.OperationalInsights/workspaces/*/read"),
        QStringLiteral("Microsoft.OperationalInsights/workspaces/query/*/read")};
} // namespace

const QList<RoleDefinition> &subscriptionRoles()
{
    // Contributor loses what Azure keeps from it (role assignments) and, as SPEC.md's
    // table has it, the Defender plans, which need Security Admin.
    static const QList<RoleDefinition> roles = {
        role("Reader", {QStringLiteral("*/read")}),
        role("Contributor", {QStringLiteral("*")},
            {QStringLiteral("Microsoft.Authorization/*/Write"),
                QStringLiteral("Microsoft.Authorization/*/Delete"),
                QStringLiteral("Microsoft.Security/pricings/write")}),
        role("Security Admin",
            {QStringLiteral("*/read"), QStringLiteral("Microsoft.Security/*"),
                QStringLiteral("Microsoft.Authorization/*/read"),
                QStringLiteral("Microsoft.Resources/deployments/*")}),
        role("Owner", {QStringLiteral("*")}),
    };
    return roles;
}

const RoleDefinition &sentinelReader()
{
    static const RoleDefinition r = role("Microsoft Sentinel Reader",
        QStringList {QStringLiteral("Microsoft.SecurityInsights/*/read")} + kWorkspaceReads);
    return r;
}

const RoleDefinition &sentinelContributor()
{
    static const RoleDefinition r = role("Microsoft Sentinel Contributor",
        QStringList {QStringLiteral("Microsoft.SecurityInsights/*")} + kWorkspaceReads);
    return r;
}

const RoleDefinition &tenantWideSecurityReader()
{
    static const RoleDefinition r = role("Security Reader (tenant-wide)",
        {QStringLiteral("Microsoft.Resources/subscriptions/read"),
            QStringLiteral("Microsoft.Security/*/read"),
            QStringLiteral("Microsoft.Authorization/*/read")});
    return r;
}

QList<const RoleDefinition *> heldAt(
    const sim::Tenant &tenant, const sim::Principal *principal, const ArmScope &scope)
{
    QList<const RoleDefinition *> out;
    if (!principal || !tenant.subscription(scope.subscriptionId))
        return out;
    if (scope.workspace) {
        if (principal->workspace == sim::WorkspaceAccess::ReadWrite)
            out << &sentinelContributor();
        else if (principal->workspace == sim::WorkspaceAccess::Read)
            out << &sentinelReader();
    }
    const QString held = principal->subscriptionRoles.value(scope.subscriptionId);
    for (const RoleDefinition &r : subscriptionRoles()) {
        if (r.name == held)
            out << &r;
    }
    if (principal->hasRole(sim::role::GlobalAdministrator)
        || principal->hasRole(sim::role::SecurityAdministrator))
        out << &tenantWideSecurityReader();
    return out;
}

wire::ArmPermissions permissionsAt(
    const sim::Tenant &tenant, const sim::Principal *principal, const ArmScope &scope)
{
    wire::ArmPermissions out;
    for (const RoleDefinition *r : heldAt(tenant, principal, scope))
        out.entries << r->permissions;
    return out;
}

QStringList allowing(QStringView action, bool workspace)
{
    QStringList out;
    const QList<RoleDefinition> candidates = workspace
        ? QList<RoleDefinition> {sentinelReader(), sentinelContributor()}
        : subscriptionRoles();
    for (const RoleDefinition &r : candidates) {
        if (r.permissions.allows(action))
            out << r.name;
    }
    return out;
}

} // namespace wf::server::armrole
