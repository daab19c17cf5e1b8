// What makes two pieces of evidence "the same entity": the keys correlation and the
// console's asset views group by (resource id, host, account, IP), and how an entity is
// described to an analyst (type, cloud provider, name, resource type, subscription,
// region). The attack story, the assets tab and the entity pages all read this one
// description, so they cannot disagree about what an entity is.
#pragma once

#include "alert.h"

namespace wf {

// Keys such as "res:/subscriptions/.../vm1", "host:web-01", "acct:ana@contoso.com",
// "ip:203.0.113.7", lower-cased where the identity is case-insensitive.
QStringList entityKeys(const Evidence &evidence);
QStringList entityKeys(const Alert &alert);

// A short display name for the asset an evidence item stands for, or empty.
QString assetName(const Evidence &evidence);

enum class EntityType : quint8 {
    CloudResource, // Azure / AWS / GCP resource evidence
    Device,        // VM or host
    Account,       // user evidence
    Ip,
    Process,
    File,
    Url,
    CloudApp,
    Mailbox,
    Registry,      // key or value
    OauthApp,
    SecurityGroup,
    Other,         // an evidence type this code does not know by name
};
inline constexpr int EntityTypeCount = int(EntityType::Other) + 1;

enum class CloudProvider : quint8 { None, Azure, Aws, Gcp };

struct EntityInfo
{
    EntityType type = EntityType::Other;
    CloudProvider provider = CloudProvider::None;
    // The identity: equal keys are one entity across alerts and incidents. Cloud
    // resources, devices, accounts and IPs use entityKeys()'s first key; the others get
    // a key of their own ("file:<sha256 or path>", "proc:<device>:<pid>:<created>",
    // "url:...", ...). Empty only for evidence with nothing to tell it apart.
    QString key;
    QString name;         // what a node or a row shows: "vm-web-01", "203.0.113.7"
    QString resourceType; // "Microsoft.Compute/virtualMachines", "AWS::EC2::Instance"
    QString resourceId;   // full resource id / ARN / GCP full resource name
    QString subscription; // Azure subscription id, AWS account id or GCP project id
    QString region;       // where the evidence tells it (ARN, GCP location), else empty
    QList<Enum<EvidenceRole>> roles;
};

EntityInfo describeEntity(const Evidence &evidence);

// Whether a device is the machine a cloud resource describes (a VM): the same host name or
// the same VM resource id, in any case. The attack story draws the two as one node, and an
// incident's impacted assets list the resource only.
bool isMachineOf(const EntityInfo &device, const EntityInfo &resource);

// Stable, untranslated names for keys in settings and tests ("cloudResource", "ip", ...).
QLatin1StringView entityTypeName(EntityType type);
QLatin1StringView cloudProviderName(CloudProvider provider);

} // namespace wf
