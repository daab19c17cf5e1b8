// SPEC.md's "What happens to a Defender for Cloud alert" and "Who may do what", rule by
// rule, through the HTTP API of the real server (ARM routes, Graph, the log query API):
// each test changes a switch the way an admin would, raises alerts with Defender for
// Cloud's "simulate" action, and checks what a user would then see.
#include "apiclient.h"
#include "demotenant.h"
#include "serverhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::apitest;
using namespace Qt::StringLiterals;

namespace {
const QString kApi = u"?api-version=2024-09-01"_s;
constexpr int kSyncDelayMs = 300;
}

class IntegrationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void armBasics();
    void legacyConnectorPrerequisites();
    void permissionsNameTheRole();
    void bothConnectorsPutEveryAlertTwice();
    void tenantConnectorSkipsOtherTenants();
    void noAlertsStopsNewAlertsOnly();
    void closingIncidentResolvesAlertsWhereSyncIsOn();
    void dismissedAlertLeavesIncidentAlone();
    void incidentRuleWithXdrIntegrationDuplicates();
    void automationRuleClosesWhatItMatches();
    void optOutKeepsAlerts();
    void staleEtagIsAConflict();

private:
    QString token(const char *user, const QString &resource);
    Reply arm(const char *user, const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QString workspacePath() const;
    // Eligible subscriptions (this tenant's, a plan on, SecurityInsights registered).
    QStringList eligible();
    // Raises one alert of `plan` on `sub`; returns the Defender for Cloud alert name.
    QString simulate(const QString &sub, const QString &plan = u"VirtualMachines"_s);
    QString planOf(const QString &sub);
    qint64 securityAlertRows(const QString &dfcName);
    // The Sentinel incidents (ARM JSON) that hold a row of the Defender for Cloud alert.
    QList<QJsonObject> incidentsWith(const QString &dfcName);
    QString dfcStatus(const QString &sub, const QString &name);
    void setConnector(const QString &sub, bool on);
    void setTenantSetting(const char *key, const char *value);
    void waitForSync() { QTest::qWait(kSyncDelayMs + 200); }

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    DemoClient m_demo;
    QJsonObject m_settings; // the tenant settings resource
};

void IntegrationTest::initTestCase()
{
    server::ServerConfig config;
    config.dbPath = m_dir.filePath(u"tenant.db"_s);
    config.demo = true;
    config.demoOptions.alerts = 600;
    config.syncDelayMs = kSyncDelayMs;
    QVERIFY(Timestamp::parse(u"2026-11-20T00:00:00Z", &config.demoOptions.end));
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(config, &error), qPrintable(error));
    m_info = m_host->info();
    m_demo.setServer(m_info);
    const Reply s = arm("admin", "GET", u"/providers/Watchfloor.Simulator/tenantSettings/default"_s + kApi);
    QVERIFY2(s.status == 200, s.describe());
    m_settings = s.json().value(u"properties").toObject();
}

QString IntegrationTest::token(const char *user, const QString &resource)
{
    return m_demo.token(QLatin1StringView(user), resource);
}

Reply IntegrationTest::arm(const char *user, const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_demo.arm(QLatin1StringView(user), method, path, body);
}

QString IntegrationTest::workspacePath() const
{
    return m_settings.value(u"workspaceResourceId").toString() + u"/providers/Microsoft.SecurityInsights"_s;
}

QStringList IntegrationTest::eligible()
{
    const Reply subs = arm("admin", "GET", u"/subscriptions"_s + kApi);
    QStringList out;
    for (const QJsonValue &v : subs.json().value(u"value").toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"tenantId").toString() != m_info.tenantId
            || s.value(u"tags").toObject().value(u"securityInsightsRegistered").toString() != u"true"_s)
            continue;
        if (!planOf(s.value(u"subscriptionId").toString()).isEmpty())
            out << s.value(u"subscriptionId").toString();
    }
    return out;
}

QString IntegrationTest::planOf(const QString &sub)
{
    // VirtualMachines first: every subscription has machines.
    const Reply r = arm("admin", "GET", u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security/pricings"_s + kApi);
    QString any;
    for (const QJsonValue &v : r.json().value(u"value").toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"properties").toObject().value(u"pricingTier").toString() != u"Standard"_s)
            continue;
        if (p.value(u"name").toString() == u"VirtualMachines"_s)
            return u"VirtualMachines"_s;
        any = p.value(u"name").toString();
    }
    return any;
}

QString IntegrationTest::simulate(const QString &sub, const QString &plan)
{
    return m_demo.simulate(sub, plan);
}

qint64 IntegrationTest::securityAlertRows(const QString &dfcName)
{
    return m_demo.securityAlertRows(m_settings.value(u"workspaceId").toString(), dfcName);
}

QList<QJsonObject> IntegrationTest::incidentsWith(const QString &dfcName)
{
    QList<QJsonObject> out;
    const Reply list = arm("admin", "GET", workspacePath() + u"/incidents"_s + kApi + u"&$top=40"_s);
    for (const QJsonValue &v : list.json().value(u"value").toArray()) {
        const QJsonObject incident = v.toObject();
        const Reply alerts = arm("admin", "POST", workspacePath() + u"/incidents/"_s + incident.value(u"name").toString()
                                                      + u"/alerts"_s + kApi);
        for (const QJsonValue &a : alerts.json().value(u"value").toArray()) {
            if (a.toObject().value(u"properties").toObject().value(u"providerAlertId").toString() == dfcName) {
                out << incident;
                break;
            }
        }
    }
    return out;
}

QString IntegrationTest::dfcStatus(const QString &sub, const QString &name)
{
    const Reply r = arm("admin", "GET", u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security/locations/centralus/alerts/"_s
                                            + name + kApi);
    return r.json().value(u"properties").toObject().value(u"status").toString();
}

void IntegrationTest::setConnector(const QString &sub, bool on)
{
    const Reply r = arm("admin", "PUT", workspacePath() + u"/dataConnectors/asc-"_s + sub + kApi,
                        {{u"kind"_s, u"AzureSecurityCenter"_s},
                         {u"properties"_s, QJsonObject{{u"subscriptionId"_s, sub},
                                                       {u"dataTypes"_s, QJsonObject{{u"alerts"_s, QJsonObject{{u"state"_s, on ? u"Enabled"_s : u"Disabled"_s}}}}}}}});
    QVERIFY2(r.status == 200, r.describe());
}

void IntegrationTest::setTenantSetting(const char *key, const char *value)
{
    const Reply r = arm("admin", "PUT", u"/providers/Watchfloor.Simulator/tenantSettings/default"_s + kApi,
                        {{u"properties"_s, QJsonObject{{QLatin1StringView(key), QLatin1StringView(value)}}}});
    QVERIFY2(r.status == 200, r.describe());
}

// ---- tests

void IntegrationTest::armBasics()
{
    const Reply noVersion = arm("admin", "GET", u"/subscriptions"_s);
    QCOMPARE(noVersion.status, 400);
    QCOMPARE(noVersion.json().value(u"error").toObject().value(u"code").toString(), u"MissingApiVersionParameter"_s);
    // A Graph token is not an ARM token.
    const Reply wrongAudience = m_demo.client().send("GET", u"/subscriptions"_s + kApi,
                                              {}, bearer(token("admin", u"https://graph.microsoft.com"_s)));
    QCOMPARE(wrongAudience.status, 401);
    QVERIFY(wrongAudience.json().value(u"error").toObject().value(u"message").toString().contains(u"audience"));
    const Reply subs = arm("reader", "GET", u"/subscriptions"_s + kApi);
    QCOMPARE(subs.status, 200);
    QVERIFY(subs.json().value(u"value").toArray().size() >= 8);
    // The Lighthouse subscription shows to its delegated admin only.
    QCOMPARE(arm("admin", "GET", u"/subscriptions"_s + kApi).json().value(u"value").toArray().size(),
             subs.json().value(u"value").toArray().size() + 1);
    for (const QJsonValue &v : subs.json().value(u"value").toArray())
        QVERIFY(QStringList({u"Azure"_s, u"AWS"_s, u"GCP"_s}).contains(v.toObject().value(u"tags").toObject().value(u"cloud").toString()));
    const Reply connectors = arm("reader", "GET", workspacePath() + u"/dataConnectors"_s + kApi);
    QCOMPARE(connectors.status, 200);
    QStringList kinds;
    for (const QJsonValue &v : connectors.json().value(u"value").toArray())
        kinds << v.toObject().value(u"kind").toString();
    QVERIFY(kinds.contains(u"AzureSecurityCenter"_s));
    QVERIFY(kinds.contains(u"MicrosoftDefenderForCloudTenantBased"_s));
    QVERIFY(kinds.contains(u"MicrosoftThreatProtection"_s));
    const Reply bad = arm("admin", "PUT", workspacePath() + u"/alertRules/x"_s + kApi, {});
    QCOMPARE(bad.status, 400);
    const Reply anonymous = m_demo.client().send("GET", u"/subscriptions"_s + kApi);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.json().value(u"error").toObject().value(u"code").toString(), u"InvalidAuthenticationToken"_s);
    QVERIFY(!anonymous.json().value(u"error").toObject().contains(u"innerError")); // ARM's shape, not Graph's
    const Reply unknown = arm("admin", "GET", u"/subscriptions/x/providers/Microsoft.Nothing/things"_s + kApi);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(u"error").toObject().value(u"code").toString(), u"ResourceNotFound"_s);
}

void IntegrationTest::legacyConnectorPrerequisites()
{
    const Reply subs = arm("admin", "GET", u"/subscriptions"_s + kApi);
    QString otherTenant, unregistered, noPlan;
    for (const QJsonValue &v : subs.json().value(u"value").toArray()) {
        const QJsonObject s = v.toObject();
        const QString id = s.value(u"subscriptionId").toString();
        if (s.value(u"tenantId").toString() != m_info.tenantId)
            otherTenant = id;
        else if (s.value(u"tags").toObject().value(u"securityInsightsRegistered").toString() == u"false"_s)
            unregistered = id;
        else if (planOf(id).isEmpty())
            noPlan = id;
    }
    auto connect = [&](const QString &sub) {
        return arm("admin", "PUT", workspacePath() + u"/dataConnectors/asc-"_s + sub + kApi,
                   {{u"kind"_s, u"AzureSecurityCenter"_s},
                    {u"properties"_s, QJsonObject{{u"subscriptionId"_s, sub},
                                                  {u"dataTypes"_s, QJsonObject{{u"alerts"_s, QJsonObject{{u"state"_s, u"Enabled"_s}}}}}}}});
    };
    QVERIFY(!otherTenant.isEmpty());
    Reply r = connect(otherTenant);
    QCOMPARE(r.status, 409);
    QVERIFY2(r.json().value(u"error").toObject().value(u"message").toString().contains(u"another tenant"), r.describe());
    QVERIFY(!unregistered.isEmpty());
    r = connect(unregistered);
    QCOMPARE(r.status, 409);
    QVERIFY2(r.json().value(u"error").toObject().value(u"message").toString().contains(u"Microsoft.SecurityInsights"), r.describe());
    if (noPlan.isEmpty()) {
        // Make one: turn every plan of an eligible subscription off.
        noPlan = eligible().last();
        for (QString p = planOf(noPlan); !p.isEmpty(); p = planOf(noPlan))
            QCOMPARE(arm("admin", "PUT", u"/subscriptions/"_s + noPlan + u"/providers/Microsoft.Security/pricings/"_s + p + kApi,
                         {{u"properties"_s, QJsonObject{{u"pricingTier"_s, u"Free"_s}}}}).status, 200);
    }
    r = connect(noPlan);
    QCOMPARE(r.status, 409);
    QVERIFY2(r.json().value(u"error").toObject().value(u"message").toString().contains(u"plan"), r.describe());
}

void IntegrationTest::permissionsNameTheRole()
{
    const QString sub = eligible().first();
    const QString pricing = u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security/pricings/VirtualMachines"_s + kApi;
    const QJsonObject standard{{u"properties"_s, QJsonObject{{u"pricingTier"_s, u"Standard"_s}}}};
    Reply r = arm("cloudops", "PUT", pricing, standard);
    QCOMPARE(r.status, 403);
    QVERIFY2(r.json().value(u"error").toObject().value(u"message").toString().contains(u"Security Admin"), r.describe());
    QCOMPARE(arm("secadmin", "PUT", pricing, standard).status, 200);

    const QString sync = u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security/settings/Sentinel"_s + kApi;
    const QJsonObject on{{u"kind"_s, u"AlertSyncSettings"_s}, {u"properties"_s, QJsonObject{{u"enabled"_s, true}}}};
    r = arm("reader", "PUT", sync, on);
    QCOMPARE(r.status, 403);
    QVERIFY2(r.json().value(u"error").toObject().value(u"message").toString().contains(u"Contributor or Security Admin"), r.describe());
    QCOMPARE(arm("cloudops", "PUT", sync, on).status, 200);

    r = arm("reader", "PUT", workspacePath() + u"/dataConnectors/asc-"_s + sub + kApi,
            {{u"kind"_s, u"AzureSecurityCenter"_s}, {u"properties"_s, QJsonObject{{u"subscriptionId"_s, sub}}}});
    QCOMPARE(r.status, 403);
    QVERIFY2(r.json().value(u"error").toObject().value(u"message").toString().contains(u"read/write access to the workspace"), r.describe());

    r = arm("secadmin", "PUT", workspacePath() + u"/dataConnectors/MicrosoftDefenderForCloudTenantBased"_s + kApi,
            {{u"kind"_s, u"MicrosoftDefenderForCloudTenantBased"_s},
             {u"properties"_s, QJsonObject{{u"dataTypes"_s, QJsonObject{{u"alerts"_s, QJsonObject{{u"state"_s, u"Enabled"_s}}}}}}}});
    QCOMPARE(r.status, 403);
    QVERIFY2(r.json().value(u"error").toObject().value(u"message").toString().contains(u"Global Administrator"), r.describe());

    r = arm("analyst", "PUT", u"/providers/Watchfloor.Simulator/tenantSettings/default"_s + kApi,
            {{u"properties"_s, QJsonObject{{u"defenderForCloudAlerts"_s, u"None"_s}}}});
    QCOMPARE(r.status, 403);
    QVERIFY2(r.json().value(u"error").toObject().value(u"message").toString().contains(u"Global Administrator or Security Administrator"), r.describe());
}

void IntegrationTest::bothConnectorsPutEveryAlertTwice()
{
    const QString sub = eligible().first();
    setConnector(sub, true);
    QString name = simulate(sub);
    QVERIFY(!name.isEmpty());
    QCOMPARE(securityAlertRows(name), 1);
    QCOMPARE(arm("admin", "PUT", workspacePath() + u"/dataConnectors/MicrosoftDefenderForCloudTenantBased"_s + kApi,
                 {{u"kind"_s, u"MicrosoftDefenderForCloudTenantBased"_s},
                  {u"properties"_s, QJsonObject{{u"dataTypes"_s, QJsonObject{{u"alerts"_s, QJsonObject{{u"state"_s, u"Enabled"_s}}}}}}}})
                 .status,
             200);
    name = simulate(sub);
    QCOMPARE(securityAlertRows(name), 2); // the documented duplicate
    setConnector(sub, false);
    name = simulate(sub);
    QCOMPARE(securityAlertRows(name), 1); // the tenant-based connector alone
}

void IntegrationTest::tenantConnectorSkipsOtherTenants()
{
    const Reply subs = arm("admin", "GET", u"/subscriptions"_s + kApi);
    QString other;
    for (const QJsonValue &v : subs.json().value(u"value").toArray()) {
        if (v.toObject().value(u"tenantId").toString() != m_info.tenantId)
            other = v.toObject().value(u"subscriptionId").toString();
    }
    QVERIFY(!other.isEmpty());
    // The admin holds Owner there through Lighthouse: a plan can be turned on.
    QCOMPARE(arm("admin", "PUT", u"/subscriptions/"_s + other + u"/providers/Microsoft.Security/pricings/VirtualMachines"_s + kApi,
                 {{u"properties"_s, QJsonObject{{u"pricingTier"_s, u"Standard"_s}}}}).status, 200);
    const QString name = simulate(other);
    QVERIFY(!name.isEmpty());
    QCOMPARE(securityAlertRows(name), 0); // tenant-based connector is on (previous test), yet nothing
}

void IntegrationTest::noAlertsStopsNewAlertsOnly()
{
    const QString sub = eligible().first();
    auto graphAlerts = [&] {
        const Reply r = m_demo.client().send("GET", u"/v1.0/security/alerts_v2?$count=true&$top=1"_s, {},
                                      bearer(token("admin", u"https://graph.microsoft.com"_s)));
        return r.json().value(u"@odata.count").toInteger();
    };
    const qint64 before = graphAlerts();
    setTenantSetting("defenderForCloudAlerts", "None");
    const QString name = simulate(sub);
    QVERIFY(!name.isEmpty());                // Defender for Cloud raised it
    QCOMPARE(graphAlerts(), before);         // XDR did not take it; old alerts stay
    setTenantSetting("defenderForCloudAlerts", "All");
    simulate(sub);
    QCOMPARE(graphAlerts(), before + 1);
}

void IntegrationTest::closingIncidentResolvesAlertsWhereSyncIsOn()
{
    const QStringList subs = eligible();
    QVERIFY(subs.size() >= 2);
    for (int i = 0; i < 2; ++i) {
        const QString sub = subs[i];
        setConnector(sub, true);
        const QJsonObject sync{{u"kind"_s, u"AlertSyncSettings"_s}, {u"properties"_s, QJsonObject{{u"enabled"_s, i == 0}}}};
        QCOMPARE(arm("admin", "PUT", u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security/settings/Sentinel"_s + kApi, sync).status, 200);
        const QString name = simulate(sub);
        const QList<QJsonObject> incidents = incidentsWith(name);
        QVERIFY2(!incidents.isEmpty(), "the alert reached a Sentinel incident");
        const QJsonObject incident = incidents.first();
        QJsonObject p = incident.value(u"properties").toObject();
        p.insert(u"status"_s, u"Closed"_s);
        p.insert(u"classification"_s, u"TruePositive"_s);
        p.insert(u"classificationReason"_s, u"SuspiciousActivity"_s);
        const Reply put = arm("admin", "PUT", workspacePath() + u"/incidents/"_s + incident.value(u"name").toString() + kApi,
                              {{u"etag"_s, incident.value(u"etag")}, {u"properties"_s, p}});
        QVERIFY2(put.status == 200, put.describe());
        if (i == 0 && dfcStatus(sub, name) == u"Resolved"_s && kSyncDelayMs > 0)
            QFAIL("the sync applied at once; it should take the delay");
        waitForSync();
        QCOMPARE(dfcStatus(sub, name), i == 0 ? u"Resolved"_s : u"Active"_s);
    }
}

void IntegrationTest::dismissedAlertLeavesIncidentAlone()
{
    const QString sub = eligible().first();
    setConnector(sub, true);
    const QString name = simulate(sub);
    const QList<QJsonObject> incidents = incidentsWith(name);
    QVERIFY(!incidents.isEmpty());
    const QString statusBefore = incidents.first().value(u"properties").toObject().value(u"status").toString();
    QCOMPARE(arm("admin", "POST", u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security/locations/centralus/alerts/"_s + name
                                      + u"/dismiss"_s + kApi).status,
             204);
    QCOMPARE(dfcStatus(sub, name), u"Dismissed"_s);
    waitForSync();
    const QString incidentName = incidents.first().value(u"name").toString();
    const Reply alerts = arm("admin", "POST", workspacePath() + u"/incidents/"_s + incidentName + u"/alerts"_s + kApi);
    bool seen = false;
    for (const QJsonValue &a : alerts.json().value(u"value").toArray()) {
        const QJsonObject ap = a.toObject().value(u"properties").toObject();
        if (ap.value(u"providerAlertId").toString() == name) {
            QCOMPARE(ap.value(u"status").toString(), u"Dismissed"_s);
            seen = true;
        }
    }
    QVERIFY(seen);
    const Reply after = arm("admin", "GET", workspacePath() + u"/incidents/"_s + incidentName + kApi);
    QCOMPARE(after.json().value(u"properties").toObject().value(u"status").toString(), statusBefore);
}

void IntegrationTest::incidentRuleWithXdrIntegrationDuplicates()
{
    const QString sub = eligible().first();
    setConnector(sub, true);
    // The demo starts with the rule (High, Medium) and the XDR incident integration on.
    const QString name = simulate(sub);
    const QList<QJsonObject> incidents = incidentsWith(name);
    QStringList providers;
    for (const QJsonObject &i : incidents)
        providers << i.value(u"properties").toObject().value(u"providerName").toString();
    const Reply alert = arm("admin", "GET", u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security/locations/centralus/alerts/"_s + name + kApi);
    const QString severity = alert.json().value(u"properties").toObject().value(u"severity").toString();
    QVERIFY2(providers.contains(u"Microsoft 365 Defender"_s), qPrintable(providers.join(u',')));
    if (severity == u"High"_s || severity == u"Medium"_s)
        QVERIFY2(providers.contains(u"Azure Sentinel"_s), qPrintable(providers.join(u',')));
}

void IntegrationTest::automationRuleClosesWhatItMatches()
{
    const QString sub = eligible().first();
    setConnector(sub, true);
    const QJsonObject rule{
        {u"properties"_s,
         QJsonObject{{u"displayName"_s, u"Close everything from one subscription"_s},
                     {u"order"_s, 2},
                     {u"triggeringLogic"_s,
                      QJsonObject{{u"isEnabled"_s, true},
                                  {u"triggersOn"_s, u"Incidents"_s},
                                  {u"triggersWhen"_s, u"Created"_s},
                                  {u"conditions"_s,
                                   QJsonArray{QJsonObject{{u"conditionType"_s, u"Property"_s},
                                                          {u"conditionProperties"_s,
                                                           QJsonObject{{u"propertyName"_s, u"AzureResourceSubscriptionId"_s},
                                                                       {u"operator"_s, u"Equals"_s},
                                                                       {u"propertyValues"_s, QJsonArray{sub}}}}}}}}},
                     {u"actions"_s,
                      QJsonArray{QJsonObject{{u"order"_s, 1},
                                             {u"actionType"_s, u"ModifyProperties"_s},
                                             {u"actionConfiguration"_s,
                                              QJsonObject{{u"status"_s, u"Closed"_s},
                                                          {u"classification"_s, u"BenignPositive"_s},
                                                          {u"classificationReason"_s, u"SuspiciousButExpected"_s}}}}}}}}};
    Reply r = arm("admin", "PUT", workspacePath() + u"/automationRules/close-sub"_s + kApi, rule);
    QVERIFY2(r.status == 201, r.describe());
    // An incident for every Defender for Cloud alert, whatever its severity.
    r = arm("admin", "PUT", workspacePath() + u"/alertRules/all-severities"_s + kApi,
            {{u"kind"_s, u"MicrosoftSecurityIncidentCreation"_s},
             {u"properties"_s, QJsonObject{{u"displayName"_s, u"All Defender for Cloud alerts"_s},
                                           {u"enabled"_s, true},
                                           {u"productFilter"_s, u"Azure Security Center"_s}}}});
    QVERIFY2(r.status == 201, r.describe());
    QJsonObject badRule = rule;
    QJsonObject bp = badRule.value(u"properties").toObject();
    bp.insert(u"order"_s, 0);
    badRule.insert(u"properties"_s, bp);
    QCOMPARE(arm("admin", "PUT", workspacePath() + u"/automationRules/bad"_s + kApi, badRule).status, 400);
    const QString name = simulate(sub);
    const QList<QJsonObject> incidents = incidentsWith(name);
    bool anyRule = false;
    for (const QJsonObject &i : incidents) {
        const QJsonObject p = i.value(u"properties").toObject();
        if (p.value(u"providerName").toString() != u"Azure Sentinel"_s)
            continue; // the XDR mirror's alerts arrive after creation
        anyRule = true;
        QCOMPARE(p.value(u"status").toString(), u"Closed"_s);
        QCOMPARE(p.value(u"classification").toString(), u"BenignPositive"_s);
    }
    QCOMPARE(arm("admin", "DELETE", workspacePath() + u"/automationRules/close-sub"_s + kApi).status, 200);
    QCOMPARE(arm("admin", "DELETE", workspacePath() + u"/alertRules/all-severities"_s + kApi).status, 200);
    QVERIFY(anyRule);
}

void IntegrationTest::optOutKeepsAlerts()
{
    const QString sub = eligible().first();
    setConnector(sub, true);
    setTenantSetting("defenderForCloudIncidents", "OptedOut");
    const QString name = simulate(sub);
    QCOMPARE(securityAlertRows(name), qint64(1) + 1); // legacy + tenant-based (still on)
    const Reply alerts = m_demo.client().send("GET", u"/v1.0/security/alerts_v2?$top=50"_s, {},
                                       bearer(token("admin", u"https://graph.microsoft.com"_s)));
    bool seen = false;
    for (const QJsonValue &a : alerts.json().value(u"value").toArray()) {
        if (a.toObject().value(u"providerAlertId").toString() == name) {
            seen = true;
            QVERIFY(a.toObject().value(u"incidentId").isNull());
        }
    }
    QVERIFY2(seen, "the alert is in XDR, without an incident");
    setTenantSetting("defenderForCloudIncidents", "Enabled");
}

void IntegrationTest::staleEtagIsAConflict()
{
    const Reply list = arm("admin", "GET", workspacePath() + u"/incidents"_s + kApi);
    const QJsonObject incident = list.json().value(u"value").toArray().at(0).toObject();
    QJsonObject p = incident.value(u"properties").toObject();
    p.insert(u"severity"_s, u"High"_s);
    const QString path = workspacePath() + u"/incidents/"_s + incident.value(u"name").toString() + kApi;
    QCOMPARE(arm("admin", "PUT", path, {{u"etag"_s, incident.value(u"etag")}, {u"properties"_s, p}}).status, 200);
    const Reply stale = arm("admin", "PUT", path, {{u"etag"_s, incident.value(u"etag")}, {u"properties"_s, p}});
    QCOMPARE(stale.status, 409);
    QVERIFY(stale.json().value(u"error").toObject().value(u"message").toString().contains(u"New version"));
}

QTEST_GUILESS_MAIN(IntegrationTest)
#include "tst_integration.moc"
