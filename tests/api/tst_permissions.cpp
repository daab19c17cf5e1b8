// What the console learns about the signed-in principal, checked against what the server
// then does: Microsoft.Authorization/permissions on each subscription and on the Sentinel
// workspace, evaluated client-side with the console's own ArmPermissions, must agree with
// the answer of every real write route (2xx, or the 409 of a prerequisite, versus 403)
// for every demo principal; and /me/memberOf lists the user's Entra directory roles.
// A real server over loopback HTTP with a real SQLite file, as in tst_integration.
#include "apiclient.h"
#include "demotenant.h"
#include "serverhost.h"
#include "wire/armpermissions.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace wf;
using namespace wf::wire;
using namespace wf::apitest;
using namespace Qt::StringLiterals;

namespace {
const QString kApi = u"?api-version=2024-09-01"_s;
const QString kPermissionsApi
    = u"/providers/Microsoft.Authorization/permissions?api-version=2022-04-01"_s;
const QString kSettings = u"/providers/Watchfloor.Simulator/tenantSettings/default"_s;

QJsonObject props(const QJsonObject &resource)
{
    return resource.value(u"properties").toObject();
}
} // namespace

class PermissionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void azureShape();
    void roleDefinitionsAsSpecified();
    void listsAgreeWithRoutes_data();
    void listsAgreeWithRoutes();
    void memberOfListsDirectoryRoles();
    void memberOfNeedsAUser();

private:
    // The permissions at a scope as the console reads them; `found` false on a 404.
    ArmPermissions permissions(const QString &who, const QString &scope, bool *found = nullptr);
    QString subscriptionPath(const QString &sub) const { return u"/subscriptions/"_s + sub; }
    QString securityPath(const QString &sub) const
    {
        return subscriptionPath(sub) + u"/providers/Microsoft.Security"_s;
    }
    // Checks a route's answer against what the lists say: `allowed` wants a 2xx (or a
    // 409: the action was permitted, a prerequisite was missing), else a 403; a
    // subscription the principal cannot see answers 404 everywhere.
    void expect(const QString &what, const Reply &r, bool allowed, bool visible = true);

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerHost> m_host;
    DemoClient m_demo;
    QString m_workspace; // the workspace's resource id
    QString m_workspaceId; // its Log Analytics id
    QStringList m_subscriptions; // every subscription the admin sees (Lighthouse included)
    QSet<QString> m_connected; // legacy connector Connected, at the start
};

void PermissionsTest::initTestCase()
{
    server::ServerConfig config;
    config.dbPath = m_dir.filePath(u"tenant.db"_s);
    config.demo = true;
    config.demoOptions.alerts = 400;
    config.syncDelayMs = 200;
    QVERIFY(Timestamp::parse(u"2026-11-20T00:00:00Z", &config.demoOptions.end));
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(config, &error), qPrintable(error));
    m_demo.setServer(m_host->info());
    const Reply s = m_demo.arm(u"admin"_s, "GET", kSettings + kApi);
    QVERIFY2(s.status == 200, s.describe());
    m_workspace = props(s.json()).value(u"workspaceResourceId").toString();
    m_workspaceId = props(s.json()).value(u"workspaceId").toString();
    for (const QJsonValue &v : m_demo.arm(u"admin"_s, "GET", u"/subscriptions"_s + kApi)
                                   .json()
                                   .value(u"value")
                                   .toArray())
        m_subscriptions << v.toObject().value(u"subscriptionId").toString();
    QVERIFY(m_subscriptions.size() >= 8);
    const Reply connectors = m_demo.arm(u"admin"_s, "GET",
        m_workspace + u"/providers/Microsoft.SecurityInsights/dataConnectors"_s + kApi);
    for (const QJsonValue &v : connectors.json().value(u"value").toArray()) {
        if (v.toObject().value(u"kind").toString() == u"AzureSecurityCenter"_s)
            m_connected.insert(props(v.toObject()).value(u"subscriptionId").toString());
    }
    QVERIFY(!m_connected.isEmpty());
}

ArmPermissions PermissionsTest::permissions(const QString &who, const QString &scope, bool *found)
{
    const Reply r = m_demo.arm(who, "GET", scope + kPermissionsApi);
    if (found)
        *found = r.status == 200;
    if (r.status != 200 && r.status != 404)
        qWarning("permissions at %s: %s", qPrintable(scope), r.describe().constData());
    return r.status == 200 ? ArmPermissions::fromJson(r.json()) : ArmPermissions();
}

void PermissionsTest::expect(const QString &what, const Reply &r, bool allowed, bool visible)
{
    const bool ok = !visible ? r.status == 404
        : allowed            ? (r.status >= 200 && r.status < 300) || r.status == 409
                             : r.status == 403;
    QVERIFY2(ok,
        qPrintable(what + u": the lists say "_s
            + (visible ? allowed ? u"allowed"_s : u"forbidden"_s : u"not found"_s)
            + u", the route answered "_s + QString::fromUtf8(r.describe())));
    if (r.status == 403) // the refusal names a role that would do
        QVERIFY2(r.errorMessage().contains(u"needs"), r.describe());
}

void PermissionsTest::azureShape()
{
    const QString own = *m_connected.cbegin(); // one of the tenant's, where cloudops is Contributor
    const Reply r = m_demo.arm(u"cloudops"_s, "GET", subscriptionPath(own) + kPermissionsApi);
    QCOMPARE(r.status, 200);
    const QJsonArray value = r.json().value(u"value").toArray();
    QCOMPARE(value.size(), 1); // Contributor, and nothing else
    const QJsonObject entry = value.first().toObject();
    QCOMPARE(entry.keys(),
        QStringList({u"actions"_s, u"dataActions"_s, u"notActions"_s, u"notDataActions"_s}));
    QCOMPARE(entry.value(u"actions").toArray(), QJsonArray {u"*"_s});
    QVERIFY(entry.value(u"notActions").toArray().contains(u"Microsoft.Security/pricings/write"_s));

    // Nothing at the workspace for an app: an empty list, not a 403.
    const QString app = appClientId(m_demo.info(), true);
    const Reply none = m_demo.arm(app, "GET", m_workspace + kPermissionsApi);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json(), QJsonObject({{u"value"_s, QJsonArray()}}));

    // Unknown scopes are not found, as on the other routes; the api-version is required.
    Reply missing = m_demo.arm(u"admin"_s, "GET",
        u"/subscriptions/00000000-0000-0000-0000-000000000000"_s + kPermissionsApi);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"SubscriptionNotFound"_s);
    missing = m_demo.arm(u"admin"_s, "GET",
        QString(m_workspace).replace(u"/workspaces/law-"_s, u"/workspaces/other-"_s)
            + kPermissionsApi);
    QCOMPARE(missing.status, 404);
    QCOMPARE(m_demo
                 .arm(u"admin"_s, "GET",
                     m_workspace + u"/providers/Microsoft.Authorization/permissions"_s)
                 .status,
        400);
    // A subscription the caller holds no role on is not there for it.
    QCOMPARE(m_demo.arm(u"tier1"_s, "GET", subscriptionPath(own) + kPermissionsApi).status, 404);
}

void PermissionsTest::roleDefinitionsAsSpecified()
{
    // The table of docs/integration.md, read through the console's evaluator.
    struct Row
    {
        const char *who;
        bool connect, sync, plans, alerts, rules, incidents, query;
    };
    const Row rows[] = {
        // who         connect sync   plans  alerts rules  incid. query
        {"admin", true, true, true, true, true, true, true},
        {"secadmin", false, true, true, true, true, true, true},
        {"cloudops", true, true, false, true, true, true, true},
        {"analyst", false, false, false, false, true, true, true},
        {"reader", false, false, false, false, false, false, true},
    };
    const QString sub = *m_connected.cbegin();
    for (const Row &row : rows) {
        const QString who = QLatin1StringView(row.who);
        const ArmPermissions atSub = permissions(who, subscriptionPath(sub));
        const ArmPermissions atWs = permissions(who, m_workspace);
        auto check = [&](const char *what, bool got, bool want) {
            QVERIFY2(got == want, qPrintable(who + u": "_s + QLatin1StringView(what)));
        };
        check("connect",
            atSub.allows(armaction::DataConnectorsWrite)
                && atWs.allows(armaction::DataConnectorsWrite),
            row.connect);
        check("sync", atSub.allows(armaction::SettingsWrite), row.sync);
        check("plans", atSub.allows(armaction::PricingsWrite), row.plans);
        check("alerts", atSub.allows(armaction::dfcAlertAction(u"dismiss")), row.alerts);
        check("rules",
            atWs.allows(armaction::AlertRulesWrite) && atWs.allows(armaction::AutomationRulesWrite),
            row.rules);
        check("incidents", atWs.allows(armaction::IncidentsWrite), row.incidents);
        check("query", atWs.allows(armaction::WorkspaceQuery), row.query);
        QVERIFY(atSub.allows(armaction::SubscriptionRead));
    }
    // Contributor and Owner have the connector action through "*", Security Admin not at all.
    const Reply denied = m_demo.arm(u"secadmin"_s, "PUT",
        m_workspace + u"/providers/Microsoft.SecurityInsights/dataConnectors/asc-"_s + sub + kApi,
        {{u"kind"_s, u"AzureSecurityCenter"_s},
            {u"properties"_s,
                QJsonObject {{u"subscriptionId"_s, sub},
                    {u"dataTypes"_s,
                        QJsonObject {{u"alerts"_s, QJsonObject {{u"state"_s, u"Enabled"_s}}}}}}}});
    QCOMPARE(denied.status, 403);
    QVERIFY2(denied.errorMessage().contains(u"Microsoft.SecurityInsights/dataConnectors/write"),
        denied.describe());
    QVERIFY2(denied.errorMessage().contains(u"needs Contributor or Owner on the subscription"),
        denied.describe());
}

void PermissionsTest::listsAgreeWithRoutes_data()
{
    QTest::addColumn<QString>("who");
    for (const char *user : {"admin", "secadmin", "analyst", "reader", "cloudops", "tier1"})
        QTest::newRow(user) << QString(QLatin1StringView(user));
    // Apps (the demo's two) may sign in to ARM too: they hold no Azure role.
    QTest::newRow("app") << appClientId(m_demo.info(), true);
    QTest::newRow("read-only app") << appClientId(m_demo.info(), false);
}

void PermissionsTest::listsAgreeWithRoutes()
{
    QFETCH(QString, who);
    const ArmPermissions atWs = permissions(who, m_workspace);
    const QString sentinel = m_workspace + u"/providers/Microsoft.SecurityInsights"_s;

    for (const QString &sub : std::as_const(m_subscriptions)) {
        bool visible = false;
        const ArmPermissions atSub = permissions(who, subscriptionPath(sub), &visible);
        // What the lists say is the same the subscription route says.
        QCOMPARE(
            m_demo.arm(who, "GET", subscriptionPath(sub) + kApi).status, visible ? 200 : 404);
        const QString at = u" on "_s + sub;

        // The legacy connector: put back the state it has (no change), connected or not.
        const bool connected = m_connected.contains(sub);
        const QJsonObject connector {{u"kind"_s, u"AzureSecurityCenter"_s},
            {u"properties"_s,
                QJsonObject {{u"subscriptionId"_s, sub},
                    {u"dataTypes"_s,
                        QJsonObject {{u"alerts"_s,
                            QJsonObject {
                                {u"state"_s, connected ? u"Enabled"_s : u"Disabled"_s}}}}}}}};
        CALL(expect(u"connector"_s + at,
            m_demo.arm(who, "PUT", sentinel + u"/dataConnectors/asc-"_s + sub + kApi, connector),
            atSub.allows(armaction::DataConnectorsWrite)
                && atWs.allows(armaction::DataConnectorsWrite)));
        if (!connected)
            CALL(expect(u"connector delete"_s + at,
                m_demo.arm(who, "DELETE", sentinel + u"/dataConnectors/asc-"_s + sub + kApi),
                atSub.allows(armaction::DataConnectorsDelete)
                    && atWs.allows(armaction::DataConnectorsDelete)));

        // Bi-directional sync and a plan, also put back as they are.
        const Reply setting
            = m_demo.arm(u"admin"_s, "GET", securityPath(sub) + u"/settings/Sentinel"_s + kApi);
        CALL(expect(u"sync"_s + at,
            m_demo.arm(who, "PUT", securityPath(sub) + u"/settings/Sentinel"_s + kApi,
                {{u"kind"_s, u"AlertSyncSettings"_s},
                    {u"properties"_s,
                        QJsonObject {
                            {u"enabled"_s, props(setting.json()).value(u"enabled").toBool()}}}}),
            atSub.allows(armaction::SettingsWrite), visible));
        const Reply pricing = m_demo.arm(
            u"admin"_s, "GET", securityPath(sub) + u"/pricings/VirtualMachines"_s + kApi);
        CALL(expect(u"plan"_s + at,
            m_demo.arm(who, "PUT", securityPath(sub) + u"/pricings/VirtualMachines"_s + kApi,
                {{u"properties"_s,
                    QJsonObject {
                        {u"pricingTier"_s, props(pricing.json()).value(u"pricingTier")}}}}),
            atSub.allows(armaction::PricingsWrite), visible));

        // An alert's status action that keeps its status.
        const QJsonArray alerts
            = m_demo.arm(u"admin"_s, "GET", securityPath(sub) + u"/alerts"_s + kApi)
                  .json()
                  .value(u"value")
                  .toArray();
        if (!alerts.isEmpty()) {
            static const QHash<QString, QString> verbOf
                = {{u"Active"_s, u"activate"_s}, {u"Dismissed"_s, u"dismiss"_s},
                    {u"Resolved"_s, u"resolve"_s}, {u"InProgress"_s, u"inProgress"_s}};
            const QJsonObject alert = alerts.first().toObject();
            const QString verb = verbOf.value(props(alert).value(u"status").toString());
            CALL(expect(u"alert "_s + verb + at,
                m_demo.arm(who, "POST",
                    securityPath(sub) + u"/locations/centralus/alerts/"_s
                        + alert.value(u"name").toString() + u'/' + verb + kApi),
                atSub.allows(armaction::dfcAlertAction(verb)), visible));
        }
        CALL(expect(u"simulate"_s + at,
            m_demo.arm(who, "POST",
                securityPath(sub) + u"/locations/centralus/alerts/default/simulate"_s + kApi,
                {{u"properties"_s,
                    QJsonObject {
                        {u"kind"_s, u"Bundles"_s}, {u"bundles"_s, QJsonArray {u"KeyVaults"_s}}}}}),
            atSub.allows(armaction::AlertsSimulate), visible));
    }

    // The workspace: rules and an incident put back as they are, reads, the query API.
    for (const QString &kind : {u"alertRules"_s, u"automationRules"_s}) {
        const QJsonObject rule = m_demo.arm(u"admin"_s, "GET", sentinel + u'/' + kind + kApi)
                                     .json()
                                     .value(u"value")
                                     .toArray()
                                     .first()
                                     .toObject();
        QJsonObject body = rule;
        body.remove(u"etag"_s);
        CALL(expect(kind,
            m_demo.arm(who, "PUT",
                sentinel + u'/' + kind + u'/' + rule.value(u"name").toString() + kApi, body),
            atWs.allows(kind == u"alertRules"_s ? armaction::AlertRulesWrite
                                                : armaction::AutomationRulesWrite)));
        CALL(expect(kind + u" read"_s, m_demo.arm(who, "GET", sentinel + u'/' + kind + kApi),
            atWs.allows(kind == u"alertRules"_s ? armaction::AlertRulesRead
                                                : armaction::AutomationRulesRead)));
    }
    const QJsonObject incident = m_demo.arm(u"admin"_s, "GET", sentinel + u"/incidents"_s + kApi)
                                     .json()
                                     .value(u"value")
                                     .toArray()
                                     .first()
                                     .toObject();
    CALL(expect(u"incident"_s,
        m_demo.arm(who, "PUT",
            sentinel + u"/incidents/"_s + incident.value(u"name").toString() + kApi,
            {{u"properties"_s, props(incident)}}),
        atWs.allows(armaction::IncidentsWrite)));
    CALL(expect(u"incidents read"_s, m_demo.arm(who, "GET", sentinel + u"/incidents"_s + kApi),
        atWs.allows(armaction::IncidentsRead)));
    CALL(expect(u"connectors read"_s,
        m_demo.arm(who, "GET", sentinel + u"/dataConnectors"_s + kApi),
        atWs.allows(armaction::DataConnectorsRead)));
    CALL(expect(u"upgrade solution"_s,
        m_demo.arm(who, "POST", kSettings + u"/upgradeSolution"_s + kApi),
        atWs.allows(armaction::ContentPackagesWrite)));
    const Reply query = m_demo.send(who, u"https://api.loganalytics.io"_s, "POST",
        u"/v1/workspaces/"_s + m_workspaceId + u"/query"_s,
        {{u"query"_s, u"SecurityAlert | take 1"_s}});
    CALL(expect(u"log query"_s, query, atWs.allows(armaction::WorkspaceQuery)));
}

void PermissionsTest::memberOfListsDirectoryRoles()
{
    struct Row
    {
        const char *who, *role, *templateId;
    };
    const Row rows[] = {
        {"admin", "Global Administrator", "62e90394-69f5-4237-9190-012177145e10"},
        {"secadmin", "Security Administrator", "194ae4cb-b126-40b2-bd5b-6091b380977d"},
        {"analyst", "Security Operator",
            "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f"}, // not its unified RBAC role
        {"reader", "Security Reader", "5d6b6bb7-de71-4623-b4af-96380a352509"},
        {"tier1", "Security Operator", "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f"},
        {"cloudops", nullptr, nullptr},
    };
    QString operatorId;
    for (const Row &row : rows) {
        const QString who = QLatin1StringView(row.who);
        const Reply r = m_demo.graph(who, "GET", u"/v1.0/me/memberOf"_s);
        QVERIFY2(r.status == 200, r.describe());
        QVERIFY(r.json()
                    .value(u"@odata.context")
                    .toString()
                    .endsWith(u"/v1.0/$metadata#directoryObjects"));
        const QJsonArray value = r.json().value(u"value").toArray();
        QCOMPARE(value.size(), row.role ? 1 : 0);
        const Reply cast
            = m_demo.graph(who, "GET", u"/v1.0/me/memberOf/microsoft.graph.directoryRole"_s);
        QCOMPARE(cast.status, 200);
        QVERIFY(cast.json()
                    .value(u"@odata.context")
                    .toString()
                    .endsWith(u"/v1.0/$metadata#directoryRoles"));
        QCOMPARE(cast.json().value(u"value").toArray().size(), value.size());
        if (!row.role)
            continue;
        const QJsonObject role = value.first().toObject();
        QCOMPARE(role.value(u"@odata.type").toString(), u"#microsoft.graph.directoryRole"_s);
        QCOMPARE(role.value(u"displayName").toString(), QString(QLatin1StringView(row.role)));
        QCOMPARE(
            role.value(u"roleTemplateId").toString(), QString(QLatin1StringView(row.templateId)));
        QVERIFY(!role.value(u"description").toString().isEmpty());
        // The role's own object id in this tenant: not the template's, the same for everyone.
        const QString id = role.value(u"id").toString();
        QVERIFY(!QUuid(id).isNull());
        QVERIFY(id != QLatin1StringView(row.templateId));
        if (qstrcmp(row.templateId, "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f") == 0) {
            QVERIFY(operatorId.isEmpty() || operatorId == id);
            operatorId = id;
        }
        QJsonObject castRole = cast.json().value(u"value").toArray().first().toObject();
        QVERIFY(!castRole.contains(u"@odata.type"));
        castRole.insert(u"@odata.type"_s, role.value(u"@odata.type"));
        QCOMPARE(castRole, role);
    }
}

void PermissionsTest::memberOfNeedsAUser()
{
    const QString app = appClientId(m_demo.info(), true);
    const Reply r = m_demo.graph(app, "GET", u"/v1.0/me/memberOf"_s);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    QCOMPARE(r.errorMessage(), u"/me request is only valid with delegated authentication flow."_s);
    // A token for another resource is refused as on every Graph route.
    CALL(expectGraphError(m_demo.arm(u"admin"_s, "GET", u"/v1.0/me/memberOf"_s), 401,
        u"InvalidAuthenticationToken"_s));
}

QTEST_GUILESS_MAIN(PermissionsTest)
#include "tst_permissions.moc"
