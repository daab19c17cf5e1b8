// The simulator's Azure role definitions, written once: the permission checks of the
// ARM routes ask them "does the principal have action X at scope Y", and the
// Microsoft.Authorization/permissions route lists them, so the console's reading of the
// lists and the routes' answers can never disagree.
#pragma once

#include "wire/armpermissions.h"

#include <QList>
#include <QString>

namespace wf::sim {
struct Principal;
struct Tenant;
} // namespace wf::sim

namespace wf::server {

struct RoleDefinition
{
    QString name; // as 403 messages and docs/integration.md name it
    wire::ArmPermissions::Entry permissions;
};

// Where a question is asked: a subscription, or the tenant's Sentinel workspace (which
// lives in subscriptionId and inherits what is granted there, as Azure scopes do).
struct ArmScope
{
    QString subscriptionId;
    bool workspace = false;
};

namespace armrole {
// Per-subscription roles, in the order 403 messages list them.
const QList<RoleDefinition> &subscriptionRoles(); // Reader, Contributor, Security Admin, Owner
// Workspace access: read (Microsoft Sentinel Reader), read/write (Microsoft Sentinel Contributor).
const RoleDefinition &sentinelReader();
const RoleDefinition &sentinelContributor();
// What the Entra Global and Security Administrator roles bring to every subscription of
// the tenant: Defender for Cloud's tenant-wide visibility (Security Reader at the root).
const RoleDefinition &tenantWideSecurityReader();

// The roles `principal` (may be null) holds at `scope`.
QList<const RoleDefinition *> heldAt(
    const sim::Tenant &tenant, const sim::Principal *principal, const ArmScope &scope);
// Their permission sets: what the permissions route answers and what the checks evaluate.
wire::ArmPermissions permissionsAt(
    const sim::Tenant &tenant, const sim::Principal *principal, const ArmScope &scope);
// The roles assignable at that kind of scope (subscription roles, or the workspace roles)
// that would allow `action`: what a 403 names.
QStringList allowing(QStringView action, bool workspace);
} // namespace armrole

} // namespace wf::server
