// Defender XDR alert tuning rules through the real server's HTTP API: the preview counts
// what a brute-force pass over GET alerts_v2 counts; Hide keeps new matching alerts out
// of the XDR queue while Defender for Cloud and SecurityAlert still have them; Resolve
// lets them in resolved; expired and disabled rules do nothing; applyToExistingAlerts
// resolves what already matches; bad rules get a 400 that names what is wrong; only
// Global and Security Administrators may write; rules survive a restart.
#include "apiclient.h"
#include "demotenant.h"
#include "serverhost.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::apitest;
using namespace Qt::StringLiterals;

namespace {
const QString kApi = u"?api-version=2024-09-01"_s;
const QString kRules = u"/providers/Watchfloor.Simulator/alertTuningRules"_s;

QJsonObject condition(const QString &field, const QString &op, const QStringList &values)
{
    return {{u"field"_s, field}, {u"operator"_s, op},
        {u"values"_s, QJsonArray::fromStringList(values)}};
}

QJsonObject rule(const QString &action, const QJsonArray &conditions, const QJsonObject &more = {})
{
    QJsonObject p {
        {u"displayName"_s, u"Test rule"_s}, {u"action"_s, action}, {u"conditions"_s, conditions}};
    for (auto it = more.begin(); it != more.end(); ++it)
        p.insert(it.key(), it.value());
    return {{u"properties"_s, p}};
}

// The test's own reading of a Graph alert for a condition field: the oracle the server's
// preview is compared with. Evidence fields by type, as JSON paths.
QStringList valuesOf(const QJsonObject &alert, const QString &field)
{
    struct Path
    {
        const char *type, *field, *path;
    };
    static const Path paths[] = {
        {"azureResourceEvidence", "resourceId", "resourceId"},
        {"azureResourceEvidence", "resourceName", "resourceName"},
        {"azureResourceEvidence", "subscriptionId", "resourceId"}, // its /subscriptions/{id}/ part
        {"amazonResourceEvidence", "resourceId", "amazonResourceId"},
        {"amazonResourceEvidence", "resourceName", "resourceName"},
        {"amazonResourceEvidence", "subscriptionId", "amazonAccountId"},
        {"googleCloudResourceEvidence", "resourceId", "fullResourceName"},
        {"googleCloudResourceEvidence", "resourceName", "resourceName"},
        {"googleCloudResourceEvidence", "subscriptionId", "projectId"},
        {"deviceEvidence", "hostName", "hostName"},
        {"deviceEvidence", "resourceId", "vmMetadata/resourceId"},
        {"deviceEvidence", "subscriptionId", "vmMetadata/subscriptionId"},
        {"ipEvidence", "ipAddress", "ipAddress"},
        {"userEvidence", "accountName", "userAccount/accountName"},
        {"userEvidence", "accountName", "userAccount/userPrincipalName"},
        {"fileEvidence", "fileName", "fileDetails/fileName"},
        {"processEvidence", "fileName", "imageFile/fileName"},
        {"urlEvidence", "url", "url"},
    };
    static const QHash<QString, QString> own = {{u"alertTitle"_s, u"title"_s},
        {u"detectorId"_s, u"detectorId"_s}, {u"severity"_s, u"severity"_s}};
    QStringList out;
    if (own.contains(field))
        out << alert.value(own.value(field)).toString();
    for (const QJsonValue &ev : alert.value(u"evidence").toArray()) {
        const QString type = ev.toObject().value(u"@odata.type").toString().section(u'.', -1);
        for (const Path &p : paths) {
            if (type != QLatin1StringView(p.type) || field != QLatin1StringView(p.field))
                continue;
            QJsonValue v = ev;
            for (const QString &key : QString::fromLatin1(p.path).split(u'/'))
                v = v.toObject().value(key);
            const bool azureSubscription
                = field == u"subscriptionId"_s && type == u"azureResourceEvidence"_s;
            out << (azureSubscription ? v.toString().section(u'/', 2, 2) : v.toString());
        }
    }
    out.removeAll(QString());
    return out;
}

bool oracleMatches(const QJsonObject &alert, const QJsonObject &properties)
{
    const QJsonArray sources = properties.value(u"serviceSources").toArray();
    if (!sources.isEmpty() && !sources.contains(alert.value(u"serviceSource")))
        return false;
    for (const QJsonValue &cv : properties.value(u"conditions").toArray()) {
        const QJsonObject c = cv.toObject();
        const QString op = c.value(u"operator").toString();
        bool any = false;
        for (const QString &have : valuesOf(alert, c.value(u"field").toString())) {
            for (const QJsonValue &want : c.value(u"values").toArray()) {
                const QString w = want.toString();
                any = any
                    || (op == u"Equals"_s         ? have.compare(w, Qt::CaseInsensitive) == 0
                            : op == u"Contains"_s ? have.contains(w, Qt::CaseInsensitive)
                                                  : have.startsWith(w, Qt::CaseInsensitive));
            }
        }
        if (!any)
            return false;
    }
    return true;
}
} // namespace

class TuningTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewCountsWhatAlertsV2Holds();
    void hideKeepsNewAlertsOutOfTheQueue();
    void resolveLetsNewAlertsInResolved();
    void expiredAndDisabledRulesDoNothing();
    void applyToExistingAlertsResolvesThem();
    void badRulesAreRefused();
    void whoMayReadAndWrite();
    void storedShapeAndRestart();

private:
    Reply put(const QString &who, const QString &name, const QJsonObject &body)
    {
        return m_demo.arm(who, "PUT", kRules + u'/' + name + kApi, body);
    }
    Reply remove(const QString &name)
    {
        return m_demo.arm(u"admin"_s, "DELETE", kRules + u'/' + name + kApi);
    }
    // Every alert `who` sees in alerts_v2, following the nextLinks.
    QList<QJsonObject> graphAlerts(const QString &who = u"admin"_s);
    qint64 graphAlertCount();
    // The XDR alert made from the Defender for Cloud alert, or {} when XDR has none.
    QJsonObject xdrAlertOf(const QString &dfcName);
    void startServer();

    QTemporaryDir m_dir;
    server::ServerConfig m_config;
    std::unique_ptr<server::ServerHost> m_host;
    DemoClient m_demo;
    QString m_workspaceId;
    QString m_sub, m_otherSub; // connected subscriptions with Defender for Servers on
    QJsonArray m_sampleConditions; // what matches the alert simulate raises on m_sub
};

void TuningTest::startServer()
{
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(m_config, &error), qPrintable(error));
    m_demo.setServer(m_host->info());
}

void TuningTest::initTestCase()
{
    m_config.dbPath = m_dir.filePath(u"tenant.db"_s);
    m_config.demo = true;
    m_config.demoOptions.alerts = 800;
    QVERIFY(Timestamp::parse(u"2026-11-20T00:00:00Z", &m_config.demoOptions.end));
    CALL(startServer());
    const Reply s = m_demo.arm(
        u"admin"_s, "GET", u"/providers/Watchfloor.Simulator/tenantSettings/default"_s + kApi);
    QVERIFY2(s.status == 200, s.describe());
    m_workspaceId = s.json().value(u"properties").toObject().value(u"workspaceId").toString();
    const QString connectors
        = s.json().value(u"properties").toObject().value(u"workspaceResourceId").toString()
        + u"/providers/Microsoft.SecurityInsights/dataConnectors"_s + kApi;
    QStringList connected;
    for (const QJsonValue &v :
        m_demo.arm(u"admin"_s, "GET", connectors).json().value(u"value").toArray()) {
        if (v.toObject().value(u"kind").toString() == u"AzureSecurityCenter"_s)
            connected
                << v.toObject().value(u"properties").toObject().value(u"subscriptionId").toString();
    }
    QVERIFY(connected.size() >= 2);
    m_sub = connected.at(0);
    m_otherSub = connected.at(1);
    for (const QString &sub : {m_sub, m_otherSub}) {
        const Reply plan = m_demo.arm(u"admin"_s, "PUT",
            u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security/pricings/VirtualMachines"_s
                + kApi,
            {{u"properties"_s, QJsonObject {{u"pricingTier"_s, u"Standard"_s}}}});
        QVERIFY2(plan.status == 200, plan.describe());
    }
    // "simulate" raises the same detection on the same machine each time: what matches it.
    const QJsonObject sample = xdrAlertOf(m_demo.simulate(m_sub, u"VirtualMachines"_s));
    QVERIFY(!sample.isEmpty());
    const QString resourceName = valuesOf(sample, u"resourceName"_s).value(0);
    QVERIFY(!resourceName.isEmpty());
    m_sampleConditions
        = {condition(u"alertTitle"_s, u"Equals"_s, {sample.value(u"title").toString().toUpper()}),
            condition(u"resourceName"_s, u"Equals"_s, {u"no-such-name"_s, resourceName})};
}

QList<QJsonObject> TuningTest::graphAlerts(const QString &who)
{
    QList<QJsonObject> out;
    QString next = u"/v1.0/security/alerts_v2?$top=2000"_s;
    while (!next.isEmpty()) {
        const Reply r = m_demo.graph(who, "GET", next);
        if (r.status != 200) {
            qWarning("alerts_v2: %s", r.describe().constData());
            break;
        }
        for (const QJsonValue &v : r.json().value(u"value").toArray())
            out << v.toObject();
        next = r.json().value(u"@odata.nextLink").toString();
    }
    return out;
}

qint64 TuningTest::graphAlertCount()
{
    return m_demo.graph(u"admin"_s, "GET", u"/v1.0/security/alerts_v2?$count=true&$top=1"_s)
        .json()
        .value(u"@odata.count")
        .toInteger();
}

QJsonObject TuningTest::xdrAlertOf(const QString &dfcName)
{
    const Reply r = m_demo.graph(
        u"admin"_s, "GET", u"/v1.0/security/alerts_v2?$orderby=createdDateTime%20desc&$top=50"_s);
    for (const QJsonValue &v : r.json().value(u"value").toArray()) {
        if (!dfcName.isEmpty() && v.toObject().value(u"providerAlertId").toString() == dfcName)
            return v.toObject();
    }
    return {};
}

void TuningTest::previewCountsWhatAlertsV2Holds()
{
    const QList<QJsonObject> alerts = graphAlerts();
    QVERIFY(alerts.size() >= 500);
    // Values taken from the tenant's own alerts, so that most rules match something.
    auto first = [&](const QString &field) {
        for (const QJsonObject &a : alerts) {
            if (const QStringList v = valuesOf(a, field); !v.isEmpty())
                return v.first();
        }
        return QString();
    };
    const QString host = first(u"hostName"_s), account = first(u"accountName"_s),
                  file = first(u"fileName"_s);
    QVERIFY(!host.isEmpty() && !account.isEmpty() && !file.isEmpty());
    const QList<QJsonObject> rules = {
        rule(u"Hide"_s, {condition(u"severity"_s, u"Equals"_s, {u"High"_s})}),
        rule(u"Hide"_s,
            {condition(u"alertTitle"_s, u"Contains"_s, {u"suspicious"_s, u"MALWARE"_s}),
                condition(u"severity"_s, u"Equals"_s, {u"medium"_s, u"high"_s})}),
        rule(u"Resolve"_s, {condition(u"ipAddress"_s, u"StartsWith"_s, {u"203.0.113.1"_s})}),
        rule(u"Resolve"_s, {condition(u"subscriptionId"_s, u"Equals"_s, {m_sub, m_otherSub})}),
        rule(u"Hide"_s, {condition(u"resourceId"_s, u"Contains"_s, {u"/virtualMachines/"_s})}),
        rule(u"Hide"_s,
            {condition(u"resourceName"_s, u"StartsWith"_s, {first(u"resourceName"_s).left(4)})}),
        rule(u"Hide"_s, {condition(u"hostName"_s, u"Equals"_s, {host})}),
        rule(u"Hide"_s, {condition(u"accountName"_s, u"Equals"_s, {account})}),
        rule(u"Hide"_s, {condition(u"fileName"_s, u"Equals"_s, {file})}),
        rule(u"Hide"_s, {condition(u"url"_s, u"Contains"_s, {u"http"_s})}),
        rule(u"Hide"_s,
            {condition(
                u"detectorId"_s, u"Equals"_s, {alerts.first().value(u"detectorId").toString()})}),
        rule(u"Hide"_s, {condition(u"alertTitle"_s, u"Contains"_s, {u"a"_s})},
            {{u"serviceSources"_s, QJsonArray {u"microsoftDefenderForEndpoint"_s}}}),
        rule(u"Hide"_s, {condition(u"alertTitle"_s, u"Contains"_s, {u"a"_s})},
            {{u"serviceSources"_s, QJsonArray {u"microsoftDefenderForCloud"_s}}}),
        rule(u"Hide"_s, {condition(u"alertTitle"_s, u"Equals"_s, {u"nothing is called this"_s})}),
    };
    int nonZero = 0;
    for (const QJsonObject &body : rules) {
        QSet<QString> expected;
        for (const QJsonObject &a : alerts) {
            if (oracleMatches(a, body.value(u"properties").toObject()))
                expected.insert(a.value(u"id").toString());
        }
        const Reply r = m_demo.arm(u"reader"_s, "POST", kRules + u"/preview"_s + kApi, body);
        QVERIFY2(r.status == 200, r.describe());
        const QString what = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
        QVERIFY2(r.json().value(u"matchingAlerts").toInteger() == expected.size(),
            qPrintable(what + u": preview "_s
                + QString::number(r.json().value(u"matchingAlerts").toInteger()) + u", alerts_v2 "_s
                + QString::number(expected.size())));
        const QJsonArray sample = r.json().value(u"sampleAlertIds").toArray();
        QCOMPARE(sample.size(), qMin(qsizetype(10), expected.size()));
        for (const QJsonValue &id : sample)
            QVERIFY(expected.contains(id.toString()));
        nonZero += !expected.isEmpty();
    }
    QVERIFY(nonZero >= 10);
    // Who sees no Defender for Cloud alert in alerts_v2 gets none in a preview either.
    QVERIFY(graphAlerts(u"tier1"_s).isEmpty());
    const Reply tier1
        = m_demo.arm(u"tier1"_s, "POST", kRules + u"/preview"_s + kApi, rules.first());
    QCOMPARE(tier1.status, 200);
    QCOMPARE(tier1.json().value(u"matchingAlerts").toInteger(), 0);
}

void TuningTest::hideKeepsNewAlertsOutOfTheQueue()
{
    QCOMPARE(put(u"admin"_s, u"hide-sample"_s, rule(u"Hide"_s, m_sampleConditions)).status, 201);
    const qint64 before = graphAlertCount();
    const QString hidden = m_demo.simulate(m_sub, u"VirtualMachines"_s);
    QVERIFY(!hidden.isEmpty()); // Defender for Cloud has it
    QCOMPARE(graphAlertCount(), before); // the XDR queue has not
    QVERIFY(xdrAlertOf(hidden).isEmpty());
    QCOMPARE(m_demo.securityAlertRows(m_workspaceId, hidden),
        1); // Sentinel has, through the connector
    // Another machine's alert is no match and comes in.
    const QString other = m_demo.simulate(m_otherSub, u"VirtualMachines"_s);
    QCOMPARE(graphAlertCount(), before + 1);
    QVERIFY(!xdrAlertOf(other).isEmpty());
    QCOMPARE(remove(u"hide-sample"_s).status, 200);
    QVERIFY(!xdrAlertOf(m_demo.simulate(m_sub, u"VirtualMachines"_s)).isEmpty());
}

void TuningTest::resolveLetsNewAlertsInResolved()
{
    QCOMPARE(
        put(u"admin"_s, u"resolve-sample"_s, rule(u"Resolve"_s, m_sampleConditions)).status, 201);
    const QString name = m_demo.simulate(m_sub, u"VirtualMachines"_s);
    const QJsonObject alert = xdrAlertOf(name);
    QVERIFY(!alert.isEmpty());
    QCOMPARE(alert.value(u"status").toString(), u"resolved"_s);
    QVERIFY(!alert.value(u"resolvedDateTime").toString().isEmpty());
    QVERIFY(!alert.value(u"incidentId").toString().isEmpty()); // still part of the story
    QCOMPARE(m_demo.securityAlertRows(m_workspaceId, name), 1);
    // Where a Hide and a Resolve rule both match, the alert is hidden.
    QCOMPARE(put(u"admin"_s, u"hide-sample"_s, rule(u"Hide"_s, m_sampleConditions)).status, 201);
    QVERIFY(xdrAlertOf(m_demo.simulate(m_sub, u"VirtualMachines"_s)).isEmpty());
    QCOMPARE(remove(u"hide-sample"_s).status, 200);
    QCOMPARE(remove(u"resolve-sample"_s).status, 200);
    QCOMPARE(xdrAlertOf(m_demo.simulate(m_sub, u"VirtualMachines"_s)).value(u"status").toString(),
        u"new"_s);
}

void TuningTest::expiredAndDisabledRulesDoNothing()
{
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODateWithMs);
    QCOMPARE(put(u"admin"_s, u"expiring"_s,
                 rule(u"Hide"_s, m_sampleConditions, {{u"expirationTimeUtc"_s, soon}}))
                 .status,
        201);
    QVERIFY(xdrAlertOf(m_demo.simulate(m_sub, u"VirtualMachines"_s)).isEmpty()); // in force
    QTest::qWait(2500);
    const QJsonObject after = xdrAlertOf(m_demo.simulate(m_sub, u"VirtualMachines"_s));
    QCOMPARE(after.value(u"status").toString(), u"new"_s); // expired: the alert comes in as it is
    QCOMPARE(remove(u"expiring"_s).status, 200);

    QCOMPARE(
        put(u"admin"_s, u"disabled"_s, rule(u"Hide"_s, m_sampleConditions, {{u"enabled"_s, false}}))
            .status,
        201);
    QVERIFY(!xdrAlertOf(m_demo.simulate(m_sub, u"VirtualMachines"_s)).isEmpty());
    QCOMPARE(remove(u"disabled"_s).status, 200);
}

void TuningTest::applyToExistingAlertsResolvesThem()
{
    // Two titles with open alerts: one for a Resolve rule, one for a Hide rule.
    QHash<QString, int> openByTitle;
    for (const QJsonObject &a : graphAlerts()) {
        if (a.value(u"status").toString() != u"resolved"_s)
            ++openByTitle[a.value(u"title").toString()];
    }
    QStringList titles;
    for (auto it = openByTitle.cbegin(); it != openByTitle.cend(); ++it) {
        if (it.value() >= 2)
            titles << it.key();
    }
    titles.sort();
    QVERIFY(titles.size() >= 2);
    QHash<QString, QString> statusBefore;
    for (const QJsonObject &a : graphAlerts())
        statusBefore.insert(a.value(u"id").toString(), a.value(u"status").toString());

    const QJsonObject existing {{u"applyToExistingAlerts"_s, true}};
    QCOMPARE(
        put(u"admin"_s, u"resolve-existing"_s,
            rule(u"Resolve"_s, {condition(u"alertTitle"_s, u"Equals"_s, {titles[0]})}, existing))
            .status,
        201);
    // Hide cannot take an alert out of the queue once it is there: it resolves it too.
    QCOMPARE(put(u"admin"_s, u"hide-existing"_s,
                 rule(u"Hide"_s, {condition(u"alertTitle"_s, u"Equals"_s, {titles[1]})}, existing))
                 .status,
        201);
    int resolved = 0;
    for (const QJsonObject &a : graphAlerts()) {
        const QString id = a.value(u"id").toString();
        if (!statusBefore.contains(id))
            continue;
        if (titles.mid(0, 2).contains(a.value(u"title").toString())) {
            QCOMPARE(a.value(u"status").toString(), u"resolved"_s);
            resolved += statusBefore.value(id) != u"resolved"_s;
        } else {
            QCOMPARE(a.value(u"status").toString(), statusBefore.value(id)); // nothing else changed
        }
    }
    QCOMPARE(resolved, openByTitle.value(titles[0]) + openByTitle.value(titles[1]));
    QCOMPARE(remove(u"resolve-existing"_s).status, 200);
    QCOMPARE(remove(u"hide-existing"_s).status, 200);
}

void TuningTest::badRulesAreRefused()
{
    const QJsonArray good {condition(u"alertTitle"_s, u"Contains"_s, {u"x"_s})};
    struct Case
    {
        QJsonObject body;
        QString names;
    };
    const QList<Case> cases = {
        {rule(u"Hide"_s, {condition(u"colour"_s, u"Equals"_s, {u"red"_s})}),
            u"properties.conditions[0].field 'colour'"_s},
        {rule(u"Hide"_s, {condition(u"alertTitle"_s, u"Matches"_s, {u"x"_s})}),
            u"properties.conditions[0].operator 'Matches'"_s},
        {rule(u"Hide"_s, {condition(u"alertTitle"_s, u"Equals"_s, {})}),
            u"properties.conditions[0].values"_s},
        {rule(u"Hide"_s, {good.first(), condition(u"url"_s, u"Equals"_s, {QString()})}),
            u"properties.conditions[1].values[0]"_s},
        {rule(u"Hide"_s, {condition(u"severity"_s, u"Equals"_s, {u"urgent"_s})}),
            u"'urgent' is not a severity"_s},
        {rule(u"Delete"_s, good), u"properties.action 'Delete'"_s},
        {rule(u"Hide"_s, good, {{u"expirationTimeUtc"_s, u"2020-01-01T00:00:00Z"_s}}),
            u"properties.expirationTimeUtc 2020-01-01T00:00:00Z is in the past"_s},
        {rule(u"Hide"_s, good, {{u"expirationTimeUtc"_s, u"soon"_s}}),
            u"properties.expirationTimeUtc 'soon'"_s},
        {rule(u"Hide"_s, good, {{u"serviceSources"_s, QJsonArray {u"nope"_s}}}),
            u"properties.serviceSources[0] 'nope'"_s},
        {rule(u"Hide"_s, good, {{u"enabled"_s, u"yes"_s}}), u"properties.enabled"_s},
        {rule(u"Hide"_s, {}), u"properties.conditions needs"_s},
        {rule(u"Hide"_s, good, {{u"displayName"_s, QString()}}), u"properties.displayName"_s},
    };
    for (const Case &c : cases) {
        const Reply r = put(u"admin"_s, u"bad"_s, c.body);
        QVERIFY2(r.status == 400 && r.errorCode() == u"BadRequest"_s
                && r.errorMessage().contains(c.names),
            qPrintable(c.names + u": "_s + QString::fromUtf8(r.describe())));
        QCOMPARE(m_demo.arm(u"admin"_s, "POST", kRules + u"/preview"_s + kApi, c.body).status,
            c.names.contains(u"expirationTimeUtc 2020"_s)
                ? 200
                : 400); // a preview looks at conditions only
    }
    QCOMPARE(m_demo.arm(u"admin"_s, "GET", kRules + u"/bad"_s + kApi).status, 404);
    const Reply reserved = put(u"admin"_s, u"preview"_s, rule(u"Hide"_s, good));
    QCOMPARE(reserved.status, 400);
    QCOMPARE(reserved.errorCode(), u"InvalidResourceName"_s);
    const Reply notJson = m_demo.client().send("PUT", kRules + u"/x"_s + kApi, "{not json",
        Headers(bearer(m_demo.token(u"admin"_s, DemoClient::armResource()))));
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.errorCode(), u"InvalidRequestContent"_s);
}

void TuningTest::whoMayReadAndWrite()
{
    const QJsonObject body
        = rule(u"Hide"_s, {condition(u"alertTitle"_s, u"Contains"_s, {u"never matches this"_s})});
    for (const QString &reader : {u"reader"_s, u"analyst"_s}) {
        QCOMPARE(m_demo.arm(reader, "GET", kRules + kApi).status, 200);
        QCOMPARE(m_demo.arm(reader, "POST", kRules + u"/preview"_s + kApi, body).status, 200);
        const Reply r = put(reader, u"mine"_s, body);
        QCOMPARE(r.status, 403);
        QVERIFY2(r.errorMessage().contains(u"Global Administrator or Security Administrator"),
            r.describe());
        QCOMPARE(m_demo.arm(reader, "DELETE", kRules + u"/mine"_s + kApi).status, 403);
    }
    // No Entra role at all: not even reading (an Azure Contributor is nobody in XDR).
    const Reply cloudops = m_demo.arm(u"cloudops"_s, "GET", kRules + kApi);
    QCOMPARE(cloudops.status, 403);
    QVERIFY2(cloudops.errorMessage().contains(u"Security Reader"), cloudops.describe());
    QCOMPARE(put(u"secadmin"_s, u"mine"_s, body).status, 201);
    QCOMPARE(m_demo.arm(u"secadmin"_s, "DELETE", kRules + u"/mine"_s + kApi).status, 200);
    QCOMPARE(m_demo.arm(u"secadmin"_s, "DELETE", kRules + u"/mine"_s + kApi).status, 204);
    // ARM's checks come first: a Graph token is the wrong audience.
    QCOMPARE(m_demo.graph(u"admin"_s, "GET", kRules + kApi).status, 401);
}

void TuningTest::storedShapeAndRestart()
{
    Reply r = put(
        u"admin"_s, u"keep-me"_s, rule(u"Hide"_s, m_sampleConditions, {{u"futureProperty"_s, 42}}));
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.json();
    QCOMPARE(created.value(u"id").toString(), kRules + u"/keep-me"_s);
    QCOMPARE(created.value(u"name").toString(), u"keep-me"_s);
    QCOMPARE(created.value(u"type").toString(), u"Watchfloor.Simulator/alertTuningRules"_s);
    QVERIFY(!created.value(u"etag").toString().isEmpty());
    QJsonObject p = created.value(u"properties").toObject();
    QCOMPARE(p.value(u"enabled"), QJsonValue(true));
    QCOMPARE(p.value(u"applyToExistingAlerts"), QJsonValue(false));
    QVERIFY(p.value(u"expirationTimeUtc").isNull());
    QCOMPARE(p.value(u"serviceSources"), QJsonValue(QJsonArray()));
    QCOMPARE(p.value(u"conditions").toArray(), m_sampleConditions);
    QCOMPARE(p.value(u"createdBy").toString(), demoLogin(m_demo.info(), "admin"));
    QVERIFY(!p.value(u"createdTimeUtc").toString().isEmpty());
    QCOMPARE(p.value(u"futureProperty").toInt(), 42); // unknown properties are kept
    QCOMPARE(m_demo.arm(u"reader"_s, "GET", kRules + u"/keep-me"_s + kApi).json(), created);

    // Changed by someone else: the creator stays, the etag moves, a stale etag conflicts.
    QJsonObject update = rule(u"Hide"_s, m_sampleConditions, {{u"displayName"_s, u"Renamed"_s}});
    update.insert(u"etag"_s, created.value(u"etag"));
    r = put(u"secadmin"_s, u"keep-me"_s, update);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"properties").toObject().value(u"createdBy"), p.value(u"createdBy"));
    QVERIFY(r.json().value(u"etag") != created.value(u"etag"));
    QCOMPARE(put(u"secadmin"_s, u"keep-me"_s, update).status, 409);
    QCOMPARE(
        m_demo.arm(u"admin"_s, "GET", kRules + kApi).json().value(u"value").toArray().size(), 1);

    // A restart keeps the rule, and keeps it in force.
    m_host.reset();
    m_config.demo = false;
    CALL(startServer());
    const Reply listed = m_demo.arm(u"admin"_s, "GET", kRules + kApi);
    QCOMPARE(listed.json().value(u"value").toArray().size(), 1);
    QCOMPARE(listed.json()
                 .value(u"value")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"properties")
                 .toObject()
                 .value(u"displayName")
                 .toString(),
        u"Renamed"_s);
    const qint64 before = graphAlertCount();
    QVERIFY(!m_demo.simulate(m_sub, u"VirtualMachines"_s).isEmpty());
    QCOMPARE(graphAlertCount(), before);
    QCOMPARE(remove(u"keep-me"_s).status, 200);
}

QTEST_GUILESS_MAIN(TuningTest)
#include "tst_tuning.moc"
