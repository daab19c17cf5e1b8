// The Defender for Cloud alert catalog the simulator draws detections from
// (resources/alert-catalog.json, made from shared/reference/dfc-alert-catalog.tsv).
#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wf::sim {

enum class Cloud : quint8 { Azure, Aws, Gcp };
QString cloudName(Cloud c); // "Azure", "AWS", "GCP"

// What a detection is raised on. Subscription-level kinds (DNS, Resource Manager)
// are raised on the subscription itself.
enum class ResourceKind : quint8 {
    VirtualMachine,    // Azure VM, EC2 instance, GCE instance
    StorageAccount,    // storage account, S3 bucket, GCS bucket
    SqlServer,         // Azure SQL server
    OpenSourceDatabase, // PostgreSQL/MySQL flexible server, RDS / Aurora
    CosmosDb,
    KubernetesCluster, // AKS, EKS, GKE
    KeyVault,
    AppService,
    ApiManagement,
    AiService,
    Subscription,      // Resource Manager and DNS detections
    Count
};
QString resourceKindName(ResourceKind k); // e.g. "virtualMachine"
bool resourceKindFromName(QStringView name, ResourceKind *out);

struct CatalogEntry
{
    QString alertType;      // e.g. "VM_EICAR"; for multi-id rows the first id
    QString displayName;
    QString description;    // one sentence
    QString plan;           // Microsoft.Security/pricings name, e.g. "VirtualMachines"
    QString planDisplayName; // e.g. "Defender for Servers"
    AlertSeverity severity = AlertSeverity::medium;
    QStringList tactics;    // Graph category spelling: "DefenseEvasion", "InitialAccess", ...
    QStringList techniques; // MITRE ids, e.g. "T1078", "T1059.004"
    ResourceKind resourceKind = ResourceKind::VirtualMachine;
    QList<Cloud> clouds;
    // Evidence kinds besides the resource itself: any of "ip", "user", "process",
    // "file", "url", "device", "cloudApplication", "mailbox".
    QStringList evidence;
    DetectionSource detectionSource = DetectionSource::microsoftDefenderForCloud;
    QString recommendedActions;
};

class AlertCatalog
{
public:
    // The catalog compiled into the server from resources/alert-catalog.json.
    static const AlertCatalog &builtIn();

    // Parses the JSON form; on failure returns false and says why in `error`.
    bool load(const QByteArray &json, QString *error);

    const QList<CatalogEntry> &entries() const { return m_entries; }
    // Indices of the entries that can be raised on this kind of resource in this cloud.
    QList<int> applicableTo(ResourceKind kind, Cloud cloud) const;
    int indexOf(QStringView alertType) const;

private:
    QList<CatalogEntry> m_entries;
};

} // namespace wf::sim
