// JSON persistence of the tenant model (stored in the server database's objects table).
#include "tenant.h"

#include <QJsonArray>
#include <QUuid>

namespace wf::sim {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}
Cloud cloudFrom(const QString &name)
{
    if (name == QLatin1StringView("AWS"))
        return Cloud::Aws;
    if (name == QLatin1StringView("GCP"))
        return Cloud::Gcp;
    return Cloud::Azure;
}
} // namespace

QJsonObject Subscription::toJson() const
{
    QJsonObject planObj;
    for (auto it = plans.cbegin(); it != plans.cend(); ++it)
        planObj.insert(it.key(), it.value());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("cloud"), cloudName(cloud)},
            {QStringLiteral("tenantId"), tenantId},
            {QStringLiteral("plans"), planObj},
            {QStringLiteral("securityInsightsRegistered"), securityInsightsRegistered}};
}

Subscription Subscription::fromJson(const QJsonObject &o)
{
    Subscription s;
    s.id = str(o, "id");
    s.displayName = str(o, "displayName");
    s.cloud = cloudFrom(str(o, "cloud"));
    s.tenantId = str(o, "tenantId");
    const QJsonObject planObj = o.value(QLatin1StringView("plans")).toObject();
    for (auto it = planObj.begin(); it != planObj.end(); ++it)
        s.plans.insert(it.key(), it.value().toBool());
    s.securityInsightsRegistered = o.value(QLatin1StringView("securityInsightsRegistered")).toBool();
    return s;
}

QJsonObject Resource::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("subscriptionId"), subscriptionId},
            {QStringLiteral("cloud"), cloudName(cloud)},
            {QStringLiteral("kind"), resourceKindName(kind)},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), type},
            {QStringLiteral("region"), region},
            {QStringLiteral("os"), os}};
}

Resource Resource::fromJson(const QJsonObject &o)
{
    Resource r;
    r.id = str(o, "id");
    r.subscriptionId = str(o, "subscriptionId");
    r.cloud = cloudFrom(str(o, "cloud"));
    resourceKindFromName(str(o, "kind"), &r.kind);
    r.name = str(o, "name");
    r.type = str(o, "type");
    r.region = str(o, "region");
    r.os = str(o, "os");
    return r;
}

QJsonObject Principal::toJson() const
{
    QJsonObject subs;
    for (auto it = subscriptionRoles.cbegin(); it != subscriptionRoles.cend(); ++it)
        subs.insert(it.key(), it.value());
    static const char *access[] = {"none", "read", "readWrite"};
    return {{QStringLiteral("objectId"), objectId},
            {QStringLiteral("userPrincipalName"), userPrincipalName},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
            {QStringLiteral("subscriptionRoles"), subs},
            {QStringLiteral("workspace"), QLatin1StringView(access[int(workspace)])},
            {QStringLiteral("description"), description}};
}

Principal Principal::fromJson(const QJsonObject &o)
{
    Principal p;
    p.objectId = str(o, "objectId");
    p.userPrincipalName = str(o, "userPrincipalName");
    p.displayName = str(o, "displayName");
    p.clientId = str(o, "clientId");
    for (const QJsonValue &v : o.value(QLatin1StringView("roles")).toArray())
        p.roles.append(v.toString());
    const QJsonObject subs = o.value(QLatin1StringView("subscriptionRoles")).toObject();
    for (auto it = subs.begin(); it != subs.end(); ++it)
        p.subscriptionRoles.insert(it.key(), it.value().toString());
    const QString ws = str(o, "workspace");
    p.workspace = ws == QLatin1StringView("readWrite") ? WorkspaceAccess::ReadWrite
        : ws == QLatin1StringView("read")              ? WorkspaceAccess::Read
                                                       : WorkspaceAccess::None;
    p.description = str(o, "description");
    return p;
}

const Subscription *Tenant::subscription(const QString &subId) const
{
    for (const Subscription &s : subscriptions) {
        if (s.id == subId)
            return &s;
    }
    return nullptr;
}

const Principal *Tenant::principalByUpn(const QString &upn) const
{
    for (const Principal &p : principals) {
        if (!p.isApp() && p.userPrincipalName.compare(upn, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const Principal *Tenant::principalByClientId(const QString &clientId) const
{
    for (const Principal &p : principals) {
        if (p.isApp() && p.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const Principal *Tenant::principalById(const QString &objectId) const
{
    for (const Principal &p : principals) {
        if (p.objectId == objectId)
            return &p;
    }
    return nullptr;
}

QString Workspace::resourceId() const
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.OperationalInsights/workspaces/%3")
        .arg(subscriptionId, resourceGroup, name);
}

Subscription *Tenant::subscription(const QString &subscriptionId)
{
    return const_cast<Subscription *>(std::as_const(*this).subscription(subscriptionId));
}

Workspace Tenant::workspace() const
{
    Workspace w;
    for (const Subscription &s : subscriptions) {
        if (s.cloud == Cloud::Azure && s.tenantId == id) {
            w.subscriptionId = s.id;
            break;
        }
    }
    w.resourceGroup = QStringLiteral("rg-soc");
    w.name = QStringLiteral("law-") + domain.section(u'.', 0, 0);
    static const QUuid ns(QStringLiteral("{6f1c2f4e-3b7a-4c55-9a4e-1d2b3c4d5e6f}"));
    w.customerId = QUuid::createUuidV5(ns, id).toString(QUuid::WithoutBraces);
    return w;
}

} // namespace wf::sim
