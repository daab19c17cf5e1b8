// Azure RBAC's effective permissions at a scope (GET {scope}/providers/
// Microsoft.Authorization/permissions): lists of actions and notActions per role, with
// '*' wildcards. An action is allowed when some entry's actions match it and none of that
// entry's notActions do. Case-insensitive, as Azure compares operation names. The
// simulator's permission checks and the console's gates both go through this one
// evaluator, so they cannot disagree.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace wf::wire {

struct ArmPermissions
{
    // One role's permission set at the scope asked about.
    struct Entry
    {
        QStringList actions;
        QStringList notActions;
        QStringList dataActions, notDataActions; // kept and written back; nothing asks them yet

        // Azure subtracts NotActions inside the role that lists them, never across roles.
        bool allows(QStringView action) const;
    };
    QList<Entry> entries;

    static ArmPermissions fromJson(const QJsonObject &o); // {"value":[{actions, notActions, ...}]}
    QJsonObject toJson() const;
    bool allows(QStringView action) const;
    // One pattern against one action: '*' matches any run of characters.
    static bool matches(QStringView pattern, QStringView action);
};

// The ARM operations the console asks about and the simulator checks, by their Azure
// names (docs/integration.md maps them to what the console does with them).
namespace armaction {
inline constexpr QStringView SubscriptionRead = u"Microsoft.Resources/subscriptions/read";
inline constexpr QStringView PricingsWrite = u"Microsoft.Security/pricings/write";
inline constexpr QStringView SettingsWrite = u"Microsoft.Security/settings/write";
inline constexpr QStringView AlertsSimulate = u"Microsoft.Security/locations/alerts/simulate/action";
inline constexpr QStringView DataConnectorsRead = u"Microsoft.SecurityInsights/dataConnectors/read";
inline constexpr QStringView DataConnectorsWrite = u"Microsoft.SecurityInsights/dataConnectors/write";
inline constexpr QStringView DataConnectorsDelete = u"Microsoft.SecurityInsights/dataConnectors/delete";
inline constexpr QStringView AlertRulesRead = u"Microsoft.SecurityInsights/alertRules/read";
inline constexpr QStringView AlertRulesWrite = u"Microsoft.SecurityInsights/alertRules/write";
inline constexpr QStringView AlertRulesDelete = u"Microsoft.SecurityInsights/alertRules/delete";
inline constexpr QStringView AutomationRulesRead = u"Microsoft.SecurityInsights/automationRules/read";
inline constexpr QStringView AutomationRulesWrite = u"Microsoft.SecurityInsights/automationRules/write";
inline constexpr QStringView AutomationRulesDelete = u"Microsoft.SecurityInsights/automationRules/delete";
inline constexpr QStringView IncidentsRead = u"Microsoft.SecurityInsights/incidents/read";
inline constexpr QStringView IncidentsWrite = u"Microsoft.SecurityInsights/incidents/write";
inline constexpr QStringView ContentPackagesWrite = u"Microsoft.SecurityInsights/contentPackages/write";
inline constexpr QStringView WorkspaceQuery = u"Microsoft.OperationalInsights/workspaces/query/read";
// A Defender for Cloud alert's status action: dismiss, resolve, activate or inProgress.
QString dfcAlertAction(QStringView verb);
} // namespace armaction

} // namespace wf::wire
