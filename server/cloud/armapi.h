// Azure Resource Manager routes of the simulated tenant, in the public shapes:
// subscriptions; Microsoft.Security pricings (Defender plans), settings (the Sentinel
// AlertSyncSettings switch: bi-directional sync) and alerts with their status actions;
// Microsoft.SecurityInsights on the workspace: data connectors, analytics rules,
// automation rules and incidents. The tenant's two Defender XDR settings for Defender
// for Cloud are our own documented resource (Microsoft publishes none):
// /providers/Watchfloor.Simulator/tenantSettings/default. Every route checks the
// caller's roles as SPEC.md's "Who may do what" says, and answers ARM's error body.
#pragma once

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
    bool hasSubscriptionRole(const Request &r, const QString &subscription, const QStringList &roles) const;
    std::optional<Response> needSubscriptionRole(const Request &r, const QString &subscription,
                                                 const QStringList &roles, const QString &action) const;
    std::optional<Response> needWorkspace(const Request &r, bool write) const;
    std::optional<Response> needTenantRole(const Request &r, const QStringList &roles, const QString &action) const;
    // The subscription named in the path, or the 404.
    const sim::Subscription *subscription(const Request &r, Response *notFound) const;
    bool isWorkspace(const Request &r) const;
    // The subscription, with a {name} in the path that is one of `known`, or the 404.
    const sim::Subscription *itemRoute(const Request &r, const QStringList &known, const QString &code,
                                       Response *notFound) const;
    // A route under the workspace: 404 for another workspace, then the access check.
    std::optional<Response> workspaceRoute(const Request &r, bool write) const;
    // A write under the workspace, with its JSON body (or the 400).
    std::optional<Response> workspaceWrite(const Request &r, std::optional<QJsonObject> *body) const;
    bool sees(const Request &r, const sim::Subscription &s) const;

    Response subscriptions(Request &r);
    Response getSubscription(Request &r);
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
