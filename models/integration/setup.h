// The tenant's Defender for Cloud → Defender XDR / Sentinel set-up as the console reads
// and changes it over Azure Resource Manager: subscriptions (with their Defender plans,
// bi-directional sync and the signed-in principal's permissions), the Sentinel data
// connectors, the incident-creation rules, and the tenant's Defender XDR settings.
//
// Every change is shown as pending (the value asked for) until the server confirms it;
// then the server's answer becomes the state. A refused change goes back to the confirmed
// value and `failed` says why. What the principal may not do is known before it is tried
// (Gate), from Azure's effective permissions per scope and the user's Entra roles.
#pragma once

#include "net/graphclient.h"
#include "rules.h"
#include "wire/armpermissions.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>

namespace wf::integration {

enum class Cloud : quint8 { Azure, Aws, Gcp };

// Whether a control may be used, and if not, the sentence for its tooltip.
struct Gate
{
    bool allowed = true;
    QString why;
    static Gate yes() { return {}; }
    static Gate no(const QString &why) { return {false, why}; }
};

struct SubscriptionSetup
{
    QString id;
    QString name;
    QString tenantId;
    Cloud cloud = Cloud::Azure;
    bool otherTenant = false;            // reached through Lighthouse: can never be connected
    std::optional<bool> insightsRegistered; // unknown when the server does not say
    QMap<QString, bool> plans;           // Defender plan -> on (pricingTier Standard)
    bool plansKnown = false;
    bool legacyConnected = false;        // subscription-based connector status
    bool sync = false;                   // bi-directional alert sync
    bool syncKnown = false;
    wire::ArmPermissions permissions;
    bool permissionsKnown = false;

    enum class Coverage : quint8 { None, Some, All };
    Coverage coverage() const;
};

struct TenantSettings
{
    bool known = false;          // our tenantSettings resource answered
    QString unknownWhy;          // why not (403 sentence, "not on this tenant"...)
    bool dfcAlerts = true;       // "Microsoft Defender for Cloud alerts": All / No alerts
    bool dfcIncidents = true;    // Defender for Cloud incidents through XDR: on / opted out
    QString solutionVersion;     // Microsoft Defender for Cloud solution in the workspace
    bool unifiedPlatform = false;
    QString workspaceResourceId;
    QString workspaceId;         // the Log Analytics customer id

    // The tenant-based connector exists from solution 3.0.0 and not in the unified platform.
    bool solutionHasTenantConnector() const;
};

struct IncidentRule
{
    QString name;                // ARM resource name
    QString displayName;
    bool enabled = false;
    QString productFilter;
    QStringList severities;
    QJsonObject json;            // the whole resource as last read (etag included)
    bool isDefenderForCloud() const;
};

class SetupService : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kTenantConnector = "MicrosoftDefenderForCloudTenantBased";
    static constexpr const char *kXdrConnector = "MicrosoftThreatProtection";
    static constexpr const char *kLegacyKind = "AzureSecurityCenter";
    static constexpr const char *kDfcProduct = IncidentCreationRule::kDefenderForCloudProduct;
    static constexpr const char *kDfcRuleTemplate = IncidentCreationRule::kDefenderForCloudTemplate;

    // `arm`: the ARM client; `graph`: for the user's directory roles. `workspaceResourceId`:
    // the profile's workspace, empty to take the one our tenantSettings resource names.
    SetupService(net::GraphClient *arm, net::GraphClient *graph, const QString &workspaceResourceId,
                 QObject *parent = nullptr);
    ~SetupService() override;

    // Reads everything again; `loaded` when every answer is in (failures included).
    void refresh();
    bool isLoading() const { return m_outstanding > 0; }
    bool hasLoaded() const { return m_loadedOnce; }
    // The first failure of the last refresh, if any (e.g. the workspace is unknown).
    QString loadError() const { return m_loadError; }

    const QList<SubscriptionSetup> &subscriptions() const { return m_subs; }
    const SubscriptionSetup *subscription(const QString &id) const;
    const TenantSettings &tenantSettings() const { return m_settings; }
    QString workspaceResourceId() const { return m_workspace; }
    bool tenantConnectorListed() const { return m_tenantListed; }
    bool tenantConnector() const { return m_tenantConnector; }
    bool xdrIncidents() const { return m_xdrIncidents; }
    const QList<IncidentRule> &incidentRules() const { return m_rules; }
    bool incidentRulesKnown() const { return m_rulesKnown; } // the last read of them answered
    // Subscriptions the legacy connector carries, of those it could (this tenant's).
    struct LegacyCount
    {
        int connected = 0;
        int eligible = 0;
    };
    LegacyCount legacyCount() const;
    // Enabled incident-creation rules for Defender for Cloud alerts.
    QList<IncidentRule> defenderForCloudRules(bool enabledOnly = true) const;
    // Directory roles of the signed-in user; empty set and false when unknown (app sign-in).
    const QSet<QString> &directoryRoles() const { return m_roles; }
    bool directoryRolesKnown() const { return m_rolesKnown; }
    const wire::ArmPermissions &workspacePermissions() const { return m_workspacePerms; }
    // Whether the principal may do `action` on the workspace; nullopt when the server did
    // not say (then the server's answer to the change will).
    std::optional<bool> workspaceAllows(QStringView action) const;

    // ---- what the signed-in principal may do (SPEC "Who may do what")
    Gate mayConnect(const QString &sub) const;     // legacy connector on S, prerequisites included
    Gate mayDisconnect(const QString &sub) const;  // the roles only
    Gate maySetSync(const QString &sub) const;     // bi-directional sync on S
    Gate maySetPlans(const QString &sub) const;    // Defender plans on S
    Gate mayConnectTenant() const;                 // tenant-based and XDR connectors
    Gate mayUpgradeSolution() const;               // the Microsoft Defender for Cloud solution
    Gate mayChangeTenantSettings() const;
    Gate mayWriteRules() const;                    // analytics / automation rules
    Gate mayWriteTuningRules() const;              // Defender XDR alert tuning

    // ---- changes. Keys for isPending(): "legacy:<sub>", "sync:<sub>", "plans:<sub>:<plan>",
    // "tenantConnector", "xdrIncidents", "dfcAlerts", "dfcIncidents", "solution", "rule:<name>".
    void setLegacyConnected(const QStringList &subs, bool on);
    void setSync(const QStringList &subs, bool on);
    void enableAllPlans(const QStringList &subs);
    void setPlan(const QString &sub, const QString &plan, bool on); // key "plans:<sub>:<plan>"
    void setTenantConnector(bool on);
    void setXdrIncidents(bool on);
    void setDfcAlerts(bool all);
    void setDfcIncidents(bool enabled);
    void upgradeSolution();
    void setRuleEnabled(const QString &ruleName, bool enabled);
    // Creates the incident-creation rule from the Defender for Cloud template (enabled).
    void createDefenderForCloudRule();

    bool isPending(const QString &key) const { return m_pending.contains(key); }
    int pendingCount() const { return int(m_pending.size()); }
    // What a control shows: the value asked for while pending, else the confirmed one.
    bool shown(const QString &key, bool confirmed) const { return m_pending.value(key, confirmed); }

    static QString cloudName(Cloud c);
    static Cloud cloudFromTag(const QString &tag);

Q_SIGNALS:
    void loaded();
    void changed();       // state or pending set changed
    void confirmed(const QString &key);
    void failed(const QString &key, const QString &sentence);

private:
    void startLoad(net::RestCall *call, std::function<void(const net::RestResult &)> done);
    void listAll(const QString &path, std::function<void(const QList<QJsonObject> &, const net::ApiError &)> done);
    void loadSubscription(int index);
    void loadWorkspace();
    void finishOne();
    void readConnectors(const QList<QJsonObject> &items);
    void readSettings(const QJsonObject &o);
    // Sends one change: `key` is pending until `call` answers; `apply` reads the answer.
    void change(const QString &key, bool wanted, net::RestCall *call, std::function<void(const QJsonObject &)> apply);
    QString workspacePath() const; // …/providers/Microsoft.SecurityInsights
    Gate subscriptionGate(const QString &sub, QStringView action, const QString &roles) const;
    Gate connectorGate(const QString &sub, QStringView action) const; // on S and on the workspace
    // Changed (or being changed) since the last refresh began: a read must not overwrite it.
    bool isTouched(const QString &key) const;

    net::GraphClient *m_arm;
    net::GraphClient *m_graph;
    QString m_profileWorkspace;
    QString m_workspace;
    int m_outstanding = 0;
    bool m_loadedOnce = false;
    QString m_loadError;
    QList<SubscriptionSetup> m_subs;
    TenantSettings m_settings;
    bool m_tenantListed = false;
    bool m_tenantConnector = false;
    bool m_xdrIncidents = false;
    QList<IncidentRule> m_rules;
    QSet<QString> m_roles;
    bool m_rolesKnown = false;
    wire::ArmPermissions m_workspacePerms;
    bool m_workspacePermsKnown = false;
    QHash<QString, bool> m_pending; // key -> the value asked for
    QList<QPointer<net::RestCall>> m_calls;     // changes
    QList<QPointer<net::RestCall>> m_loadCalls; // the current refresh's reads
    QSet<QString> m_touched;
    bool m_rulesKnown = false;
    QList<QPointer<net::Pager>> m_pagers;
    quint64 m_generation = 0; // a refresh supersedes the answers of the one before
};

} // namespace wf::integration
