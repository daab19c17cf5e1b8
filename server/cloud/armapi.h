// Azure Resource Manager routes of the simulated tenant, in the public shapes:
// subscriptions; Microsoft.Security pricings (Defender plans), settings (the Sentinel
// AlertSyncSettings switch: bi-directional sync) and alerts with their status actions;
// Microsoft.SecurityInsights on the workspace: data connectors, analytics rules,
// automation rules and incidents; Microsoft.Authorization/permissions (the caller's
// effective permissions) on a subscription and on the workspace. The tenant's two Defender
// XDR settings for Defender for Cloud are our own documented resource (Microsoft
// publishes none): /providers/Watchfloor.Simulator/tenantSettings/default, and so are its
// alert tuning rules: /providers/Watchfloor.Simulator/alertTuningRules. Every route
// checks the caller's roles as SPEC.md's "Who may do what" says, by asking the role
// definitions of armroles.h for an action at a scope, and answers ARM's error body.
#pragma once

#include "alerttuning.h"
#include "armroles.h"
#include "http/http.h"

#include <functional>
#include <optional>

namespace wf::sim {
struct Principal;
struct Subscription;
}

namespace wf::server {

class Integration;

class ArmApi
{
public:
    explicit ArmApi(Integration &integration);
    void addRoutes(Router &router);
    // Raises sample alerts of these plans on the subscription (the "simulate" action);
    // returns how many were raised.
    using Simulate = std::function<int(const sim::Subscription &subscription, const QStringList &plans)>;
    void setSimulate(Simulate simulate) { m_simulate = std::move(simulate); }

    static QString resourceAudience(); // "https://management.azure.com"
    static QStringList planNames();    // every Defender plan the simulator knows

private:
    // nullopt when the request may go on: an api-version is given and the token is for ARM.
    std::optional<Response> precheck(const Request &r) const;
    const sim::Principal *principal(const Request &r) const;
    bool allowed(const Request &r, const ArmScope &scope, QStringView action) const;
    // nullopt when the caller may do `action` (an ARM operation) on the subscription; else
    // the 403 that says what for (`what`) and names the roles that would allow it.
    std::optional<Response> needAction(const Request &r, const QString &subscription, QStringView action,
                                       const QString &what) const;
    std::optional<Response> needWorkspaceAction(const Request &r, QStringView action) const;
    ArmScope workspaceScope() const;
    std::optional<Response> needTenantRole(const Request &r, const QStringList &roles, const QString &action) const;
    // The subscription named in the path, or the 404.
    const sim::Subscription *subscription(const Request &r, Response *notFound) const;
    bool isWorkspace(const Request &r) const;
    // The subscription, with a {name} in the path that is one of `known`, or the 404.
    const sim::Subscription *itemRoute(const Request &r, const QStringList &known, const QString &code,
                                       Response *notFound) const;
    // A route under the workspace: 404 for another workspace, then the check of `action`.
    std::optional<Response> workspaceRoute(const Request &r, QStringView action) const;
    // A write under the workspace, with its JSON body (or the 400).
    std::optional<Response> workspaceWrite(const Request &r, QStringView action,
                                           std::optional<QJsonObject> *body) const;
    bool sees(const Request &r, const sim::Subscription &s) const;

    Response subscriptions(Request &r);
    Response getSubscription(Request &r);
    Response subscriptionPermissions(Request &r);
    Response workspacePermissions(Request &r);
    Response pricings(Request &r);
    Response getPricing(Request &r);
    Response putPricing(Request &r);
    Response settings(Request &r);
    Response getSetting(Request &r);
    Response putSetting(Request &r);
    Response dfcAlerts(Request &r);
    Response getDfcAlert(Request &r);
    Response dfcAlertAction(Request &r);
    Response simulate(Request &r, const sim::Subscription &s);
    Response connectors(Request &r);
    Response getConnector(Request &r);
    Response putConnector(Request &r);
    Response deleteConnector(Request &r);
    Response rules(Request &r, bool automation);
    Response getRule(Request &r, bool automation);
    Response putRule(Request &r, bool automation);
    Response deleteRule(Request &r, bool automation);
    Response incidents(Request &r);
    Response getIncident(Request &r);
    Response putIncident(Request &r);
    Response incidentAlerts(Request &r);
    Response tenantSettings(Request &r);
    Response putTenantSettings(Request &r);
    Response upgradeSolution(Request &r);
    Response tuningRules(Request &r);
    Response getTuningRule(Request &r);
    Response putTuningRule(Request &r);
    Response deleteTuningRule(Request &r);
    Response previewTuningRule(Request &r);
    // The role check, then the JSON body and the rule it describes (an expiry before
    // `notBefore` refused); nullopt when the request may go on.
    std::optional<Response> tuningRequest(const Request &r, const QStringList &roles, const QString &what,
                                          std::optional<Timestamp> notBefore, QJsonObject *body,
                                          AlertTuning::Rule *rule) const;

    QJsonObject subscriptionJson(const sim::Subscription &s) const;
    QJsonObject pricingJson(const sim::Subscription &s, const QString &plan) const;
    QJsonObject settingJson(const sim::Subscription &s) const;
    QList<QJsonObject> connectorList() const;
    QJsonObject tenantSettingsJson() const;
    QString workspaceBase() const; // …/providers/Microsoft.SecurityInsights

    Integration &m_integration;
    Simulate m_simulate;
};

// ARM's error body {"error":{"code","message"}}.
Response armError(int status, const QString &code, const QString &message);

} // namespace wf::server
