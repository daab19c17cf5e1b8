// The tenant's integration switches as the seed documents describe them: the two
// Defender XDR settings for Defender for Cloud, the Sentinel data connectors (the
// subscription-based one per subscription, the tenant-based one, the Defender XDR
// incidents connector), Defender for Cloud's bi-directional alert sync per subscription,
// the Microsoft Defender for Cloud solution's version, the workspace's analytics and
// automation rules, and Defender XDR's alert tuning rules. Held in memory, written
// through to the objects table as one JSON.
#pragma once

#include "sim/tenant.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace wf::server {

class TenantDb;

struct CloudState
{
    // Defender XDR settings (Settings > Microsoft Defender for Cloud).
    bool xdrDfcAlerts = true;       // "Microsoft Defender for Cloud alerts": All alerts / No alerts
    bool xdrDfcIncidents = true;    // Defender for Cloud incidents through XDR: on / opted out
    // Sentinel.
    bool tenantConnector = false;   // tenant-based Microsoft Defender for Cloud connector
    bool xdrIncidents = false;      // Microsoft Defender XDR connector: incident integration
    QString solutionVersion;        // Microsoft Defender for Cloud solution (Content Hub)
    bool unifiedPlatform = false;   // workspace onboarded to the Defender portal
    QSet<QString> legacyConnected;  // subscriptions whose legacy connector status is Connected
    QSet<QString> alertSync;        // subscriptions with bi-directional sync enabled
    QJsonArray alertRules;          // ARM bodies as stored (name, etag, kind, properties)
    QJsonArray automationRules;
    QJsonArray alertTuningRules;    // Defender XDR alert tuning rules, ARM bodies as stored

    // The tenant-based connector is listed from solution 3.0.0 on, and not at all for
    // a workspace in the unified platform (alerts already flow through XDR there).
    bool tenantConnectorListed() const;

    QJsonObject toJson() const;
    static CloudState fromJson(const QJsonObject &o);
    static CloudState load(const TenantDb &db); // defaults when none is stored
    // The demo tenant's starting point: the legacy connector on for about half of the
    // subscriptions that may connect, bi-directional sync on two of them, the Defender
    // XDR incident integration on together with the Defender for Cloud incident-creation
    // rule (the documented duplicate, for the doctor to find), and one automation rule.
    static CloudState demo(const sim::Tenant &tenant);
    // Whether `s` meets the legacy connector's prerequisites; `why` says what is missing.
    static bool mayConnect(const sim::Tenant &tenant, const sim::Subscription &s, QString *why);

    static constexpr const char *kDfcRuleTemplate = "90586451-7ba8-4c1e-9904-7d1b7c3cc4d6";
    void save(TenantDb &db) const;
};

} // namespace wf::server
