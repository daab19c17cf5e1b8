// The simulated tenant's world besides alerts and incidents: subscriptions (Azure
// subscriptions, AWS accounts, GCP projects), their resources, principals and apps.
#pragma once

#include "catalog.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wf::sim {

struct Subscription
{
    QString id;          // GUID for Azure; AWS account id / GCP project id for the others
    QString displayName;
    Cloud cloud = Cloud::Azure;
    QString tenantId;    // owning tenant; another tenant's (via Lighthouse) can never connect
    QHash<QString, bool> plans; // pricings name -> Standard (true) / Free (false)
    bool securityInsightsRegistered = true;

    bool planOn(const QString &plan) const { return plans.value(plan, false); }
    QJsonObject toJson() const;
    static Subscription fromJson(const QJsonObject &o);
};

struct Resource
{
    QString id;           // ARM id, ARN or GCP full resource name
    QString subscriptionId;
    Cloud cloud = Cloud::Azure;
    ResourceKind kind = ResourceKind::VirtualMachine;
    QString name;
    QString type;         // provider type, e.g. "Microsoft.Compute/virtualMachines", "AWS::EC2::Instance"
    QString region;
    QString os;           // for machines: "Windows" or "Linux"

    QJsonObject toJson() const;
    static Resource fromJson(const QJsonObject &o);
};

// Roles a principal can hold, named as SPEC.md's permission table names them.
namespace role {
inline constexpr QLatin1StringView GlobalAdministrator("Global Administrator");
inline constexpr QLatin1StringView SecurityAdministrator("Security Administrator");
inline constexpr QLatin1StringView SecurityOperator("Security Operator");
inline constexpr QLatin1StringView SecurityReader("Security Reader");
// Unified RBAC permissions scoped to the Defender for Cloud data source.
inline constexpr QLatin1StringView DfcDataRead("Defender for Cloud data (read)");
inline constexpr QLatin1StringView DfcDataManage("Defender for Cloud data (manage)");
// Per-subscription Azure roles.
inline constexpr QLatin1StringView Owner("Owner");
inline constexpr QLatin1StringView Contributor("Contributor");
inline constexpr QLatin1StringView SubscriptionSecurityAdmin("Security Admin");
inline constexpr QLatin1StringView Reader("Reader");
// App roles of registered applications (Graph application permissions).
inline constexpr QLatin1StringView IncidentRead("SecurityIncident.Read.All");
inline constexpr QLatin1StringView IncidentReadWrite("SecurityIncident.ReadWrite.All");
inline constexpr QLatin1StringView AlertRead("SecurityAlert.Read.All");
inline constexpr QLatin1StringView AlertReadWrite("SecurityAlert.ReadWrite.All");
inline constexpr QLatin1StringView ThreatHuntingRead("ThreatHunting.Read.All");
} // namespace role

enum class WorkspaceAccess : quint8 { None, Read, ReadWrite };

struct Principal
{
    QString objectId;
    QString userPrincipalName; // empty for apps
    QString displayName;
    QString clientId;          // apps only
    QStringList roles;         // Entra roles + unified RBAC, or app roles for apps
    QHash<QString, QString> subscriptionRoles; // subscription id -> Owner/Contributor/...
    WorkspaceAccess workspace = WorkspaceAccess::None;
    QString description;       // what this demo principal is for

    bool isApp() const { return !clientId.isEmpty(); }
    bool hasRole(QLatin1StringView r) const { return roles.contains(QString(r)); }
    QJsonObject toJson() const;
    static Principal fromJson(const QJsonObject &o);
};

// The Microsoft Sentinel (Log Analytics) workspace the connectors feed.
struct Workspace
{
    QString subscriptionId, resourceGroup, name;
    QString customerId; // the workspace id the Log Analytics query API takes
    QString resourceId() const; // /subscriptions/…/providers/Microsoft.OperationalInsights/workspaces/…
};

struct Tenant
{
    QString id;           // GUID
    QString displayName;
    QString domain;       // e.g. "contoso-demo.onmicrosoft.com"
    QList<Subscription> subscriptions;
    QList<Resource> resources;
    QList<Principal> principals;

    const Subscription *subscription(const QString &id) const;
    Subscription *subscription(const QString &id);
    // Lives in the tenant's first Azure subscription; derived from the tenant, not stored.
    Workspace workspace() const;
    const Principal *principalByUpn(const QString &upn) const;
    const Principal *principalByClientId(const QString &clientId) const;
    const Principal *principalById(const QString &objectId) const;
};

} // namespace wf::sim
