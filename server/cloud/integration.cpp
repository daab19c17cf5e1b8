// Defender for Cloud alerts, SecurityAlert rows, Sentinel incidents and the delayed
// status synchronisation between them.
#include "integration.h"

#include "alerttuning.h"
#include "engine/engine.h"
#include "store/tenantdb.h"
#include "wire/jsonwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

namespace wf::server {

namespace {

const QString kProduct = QStringLiteral("Azure Security Center");

void check(QSqlQuery &q, bool ok)
{
    if (!ok)
        qWarning("integration: SQL failed: %s (%s)", qPrintable(q.lastError().text()), qPrintable(q.lastQuery()));
}

QString iso(Timestamp t)
{
    return t.toString();
}

QString severityName(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::high: return QStringLiteral("High");
    case AlertSeverity::medium: return QStringLiteral("Medium");
    case AlertSeverity::low: return QStringLiteral("Low");
    default: return QStringLiteral("Informational");
    }
}

// Defender for Cloud's alert status as SecurityAlert spells it.
QString tableStatus(const QString &dfcStatus)
{
    return dfcStatus == QLatin1StringView("Active") ? QStringLiteral("New") : dfcStatus;
}

QJsonObject props(const QJsonObject &resource)
{
    return resource.value(QLatin1StringView("properties")).toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QByteArray bytes(const QJsonObject &o)
{
    QByteArray out;
    out.reserve(1024);
    wire::JsonWriter(&out).value(o);
    return out;
}

QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

// Entities in Defender for Cloud's loose form, from the alert's evidence.
QJsonArray entitiesOf(const Alert &alert)
{
    QJsonArray out;
    for (const Evidence &e : alert.evidence.valueOr({})) {
        if (const auto *r = e.as<AzureResourceEvidence>())
            out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("azure-resource")},
                                   {QStringLiteral("resourceId"), r->resourceId.valueOr({})}});
        else if (const auto *a = e.as<AmazonResourceEvidence>())
            out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("aws-resource")},
                                   {QStringLiteral("resourceId"), a->amazonResourceId.valueOr({})}});
        else if (const auto *g = e.as<GoogleCloudResourceEvidence>())
            out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("gcp-resource")},
                                   {QStringLiteral("resourceId"), g->fullResourceName.valueOr({})}});
        else if (const auto *d = e.as<DeviceEvidence>())
            out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("host")},
                                   {QStringLiteral("hostName"), d->hostName.valueOr({})}});
        else if (const auto *ip = e.as<IpEvidence>())
            out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("ip")},
                                   {QStringLiteral("address"), ip->ipAddress.valueOr({})}});
        else if (const auto *u = e.as<UserEvidence>())
            out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("account")},
                                   {QStringLiteral("name"), u->userAccount.valueOr({}).accountName.valueOr({})}});
    }
    return out;
}

// The incident's alert statuses and owners, Sentinel <-> XDR.
QString sentinelClassification(AlertClassification c)
{
    switch (c) {
    case AlertClassification::truePositive: return QStringLiteral("TruePositive");
    case AlertClassification::falsePositive: return QStringLiteral("FalsePositive");
    case AlertClassification::informationalExpectedActivity: return QStringLiteral("BenignPositive");
    default: return QStringLiteral("Undetermined");
    }
}

} // namespace

static QString sentinelStatusOf(IncidentStatus s)
{
    switch (s) {
    case IncidentStatus::resolved: return QStringLiteral("Closed");
    case IncidentStatus::inProgress: return QStringLiteral("Active");
    default: return QStringLiteral("New");
    }
}

Integration::Integration(TenantDb &db, sim::Tenant &tenant, IntegrationConfig config)
    : m_db(db)
    , m_tenant(tenant)
    , m_workspace(tenant.workspace())
    , m_config(config)
    , m_state(CloudState::load(db))
{
    m_tuning.setRules(m_state.alertTuningRules);
    QSqlQuery q(m_db.db());
    if (q.exec(QStringLiteral("SELECT MAX(number) FROM sentinel_incidents")) && q.next())
        m_nextIncident = q.value(0).toLongLong() + 1;
    m_etagCounter = quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
    // Sentinel incidents that mirror an XDR incident, by the XDR incident's number.
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT provider_incident_id, number FROM sentinel_incidents WHERE mirror"))) {
        while (q.next())
            m_mirrors.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
}

QSqlQuery &Integration::prepared(const QString &sql) const
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_shared<QSqlQuery>(m_db.db());
        slot->setForwardOnly(true);
        check(*slot, slot->prepare(sql));
    }
    return *slot;
}

void Integration::saveState()
{
    m_state.save(m_db);
    m_tuning.setRules(m_state.alertTuningRules);
}

Integration::XdrIntake Integration::tunedIntake(const Alert &alert) const
{
    switch (m_tuning.actionFor(alert, Timestamp::now())) {
    case AlertTuning::Action::Hide:
        return XdrIntake::Drop;
    case AlertTuning::Action::Resolve:
        return XdrIntake::TakeResolved;
    case AlertTuning::Action::None:
        break;
    }
    return XdrIntake::Take;
}

qint64 Integration::tuningMatches(const AlertTuning::Rule &rule, bool withDefenderForCloud, int sampleSize,
                                  QStringList *sample)
{
    qint64 count = 0;
    AlertTuning::forEachMatch(m_db, rule, false, withDefenderForCloud, [&](const Alert &a) {
        if (sample->size() < sampleSize)
            *sample << a.id.valueOr({});
        ++count;
    });
    return count;
}

int Integration::resolveExisting(const AlertTuning::Rule &rule, const QString &actor, Timestamp now)
{
    QStringList ids;
    AlertTuning::forEachMatch(m_db, rule, true, true, [&](const Alert &a) {
        ids << a.id.valueOr({});
    });
    AlertChange resolve;
    resolve.status = Enum<AlertStatus>(AlertStatus::resolved);
    m_engine->beginBatch();
    for (const QString &id : std::as_const(ids))
        m_engine->changeAlert(id, resolve, actor, now);
    m_engine->endBatch();
    return int(ids.size());
}

void Integration::saveSubscription(const sim::Subscription &subscription)
{
    m_db.putObject(QStringLiteral("subscription"), subscription.id, subscription.toJson());
}

QString Integration::incidentId(const QString &name) const
{
    return m_workspace.resourceId() + QStringLiteral("/providers/Microsoft.SecurityInsights/Incidents/") + name;
}

// ---- ingestion

QString Integration::raise(const Alert &alert, const sim::Subscription &subscription, Timestamp at)
{
    // Written with the streaming writer: this runs for every alert the tenant raises.
    const QJsonObject extra = alert.additionalData.valueOr({});
    DfcFacts f;
    f.name = alert.providerAlertId.valueOr(alert.id.valueOr({}));
    f.subscription = subscription.id;
    f.alertType = str(extra, "AlertType");
    f.plan = str(extra, "DefenderPlan");
    f.title = alert.title.valueOr({});
    f.description = alert.description.valueOr({});
    f.severity = severityName(alert.severity.valueOr(AlertSeverity::medium).value());
    f.start = iso(alert.firstActivityDateTime.valueOr(at));
    f.end = iso(alert.lastActivityDateTime.valueOr(at));
    f.created = iso(at);
    f.resourceId = str(extra, "ResourceId");
    f.remediation = alert.recommendedActions.valueOr({});
    f.tactics = alert.categories.valueOr({});
    f.techniques = alert.mitreTechniques.valueOr({});
    f.uri = QStringLiteral("https://portal.azure.com/#blade/Microsoft_Azure_Security_AzureDefenderForData/AlertBlade/alertId/")
        + f.name + QStringLiteral("/subscriptionId/") + subscription.id;
    f.entities = entitiesOf(alert);
    const QString location = QStringLiteral("centralus");

    QByteArray json;
    json.reserve(2048);
    wire::JsonWriter w(&json);
    w.beginObject();
    w.key(QLatin1StringView("id"));
    w.value(QString(QStringLiteral("/subscriptions/") + subscription.id + QStringLiteral("/providers/Microsoft.Security/locations/")
                    + location + QStringLiteral("/alerts/") + f.name));
    w.key(QLatin1StringView("name"));
    w.value(f.name);
    w.key(QLatin1StringView("type"));
    w.value(QLatin1StringView("Microsoft.Security/Locations/alerts"));
    w.key(QLatin1StringView("properties"));
    w.beginObject();
    auto field = [&](const char *key, const QString &value) {
        w.key(QLatin1StringView(key));
        w.value(value);
    };
    auto list = [&](const char *key, const QStringList &values) {
        w.key(QLatin1StringView(key));
        w.beginArray();
        for (const QString &v : values)
            w.value(v);
        w.endArray();
    };
    field("alertType", f.alertType);
    field("systemAlertId", f.name);
    field("productComponentName", f.plan);
    field("alertDisplayName", f.title);
    field("description", f.description);
    field("severity", f.severity);
    field("intent", f.tactics.value(0, QStringLiteral("Unknown")));
    field("startTimeUtc", f.start);
    field("endTimeUtc", f.end);
    w.key(QLatin1StringView("resourceIdentifiers"));
    w.beginArray();
    w.beginObject();
    field("type", QStringLiteral("AzureResource"));
    field("azureResourceId", f.resourceId);
    w.endObject();
    w.endArray();
    list("remediationSteps", {f.remediation});
    field("vendorName", QStringLiteral("Microsoft"));
    list("extendedLinks", {});
    field("alertUri", f.uri);
    field("timeGeneratedUtc", f.created);
    field("productName", kProduct);
    field("processingEndTimeUtc", f.created);
    w.key(QLatin1StringView("entities"));
    w.value(f.entities);
    w.key(QLatin1StringView("isIncident"));
    w.value(false);
    field("compromisedEntity", f.resourceId.section(u'/', -1));
    list("techniques", f.techniques);
    list("subTechniques", {});
    w.key(QLatin1StringView("extendedProperties"));
    w.beginObject();
    field("CloudProvider", str(extra, "CloudProvider"));
    w.endObject();
    w.endObject();
    w.endObject();

    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT OR REPLACE INTO dfc_alerts(name, subscription, status, time, json) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(f.name);
    q.addBindValue(subscription.id);
    q.addBindValue(QStringLiteral("Active"));
    q.addBindValue(at.ticks());
    q.addBindValue(json);
    check(q, q.exec());

    // Rule 4: into SecurityAlert through each connector that carries the subscription;
    // a subscription covered by both gets every alert twice.
    m_lastRaised = {f.name, {}};
    if (m_state.legacyConnected.contains(subscription.id))
        m_lastRaised.second << addSecurityAlertRow(f, Via::LegacyConnector, at);
    if (m_state.tenantConnector && m_state.tenantConnectorListed() && subscription.tenantId == m_tenant.id)
        m_lastRaised.second << addSecurityAlertRow(f, Via::TenantConnector, at);
    return f.name;
}

qint64 Integration::addSecurityAlertRow(const DfcFacts &f, Via via, Timestamp at)
{
    // Rows through the tenant-based connector come by way of Defender XDR, under their
    // own system alert id.
    static const QUuid ns(QStringLiteral("{0b6c8b35-2f1e-4f63-8a3d-4f6a1c0e9b21}"));
    const QString systemId = via == Via::LegacyConnector ? f.name : QUuid::createUuidV5(ns, f.name).toString(QUuid::WithoutBraces);
    auto jsonText = [](const QStringList &values) {
        QByteArray out;
        wire::JsonWriter a(&out);
        a.beginArray();
        for (const QString &v : values)
            a.value(v);
        a.endArray();
        return QString::fromUtf8(out);
    };
    QByteArray row;
    row.reserve(2048);
    wire::JsonWriter w(&row);
    w.beginObject();
    auto field = [&](const char *key, const QString &value) {
        w.key(QLatin1StringView(key));
        w.value(value);
    };
    field("TenantId", m_workspace.customerId);
    field("TimeGenerated", f.created);
    field("DisplayName", f.title);
    field("AlertName", f.title);
    field("AlertSeverity", f.severity);
    field("Description", f.description);
    field("ProviderName", via == Via::LegacyConnector ? QStringLiteral("Azure Security Center") : QStringLiteral("Microsoft XDR"));
    field("VendorName", QStringLiteral("Microsoft"));
    field("VendorOriginalId", f.name);
    field("SystemAlertId", systemId);
    field("ResourceId", f.resourceId);
    field("SourceComputerId", QString());
    field("AlertType", f.alertType);
    field("ConfidenceLevel", QString());
    w.key(QLatin1StringView("IsIncident"));
    w.value(false);
    field("StartTime", f.start);
    field("EndTime", f.end);
    field("ProcessingEndTime", f.created);
    field("RemediationSteps", jsonText({f.remediation}));
    field("ExtendedProperties", QString());
    QByteArray entities;
    wire::JsonWriter(&entities).value(f.entities);
    field("Entities", QString::fromUtf8(entities));
    field("SourceSystem", QStringLiteral("Detection"));
    field("WorkspaceSubscriptionId", m_workspace.subscriptionId);
    field("WorkspaceResourceGroup", m_workspace.resourceGroup);
    field("ExtendedLinks", QString());
    field("ProductName", kProduct);
    field("ProductComponentName", f.plan);
    field("AlertLink", f.uri);
    field("CompromisedEntity", f.resourceId.section(u'/', -1));
    field("Tactics", f.tactics.join(u','));
    field("Techniques", jsonText(f.techniques));
    field("SubTechniques", QString());
    field("Type", QStringLiteral("SecurityAlert"));
    w.endObject();
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO security_alerts(time, via, dfc_name, status, row) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(at.ticks());
    q.addBindValue(int(via));
    q.addBindValue(f.name);
    q.addBindValue(QStringLiteral("New"));
    q.addBindValue(row);
    check(q, q.exec());
    const qint64 seq = q.lastInsertId().toLongLong();
    applyIncidentCreationRules(seq, f, at);
    return seq;
}

void Integration::applyIncidentCreationRules(qint64 rowSeq, const DfcFacts &f, Timestamp at)
{
    // Rule 5: "create incidents from Defender for Cloud alerts" makes one incident per
    // SecurityAlert row it matches.
    for (const QJsonValue &v : std::as_const(m_state.alertRules)) {
        const QJsonObject rule = v.toObject();
        const QJsonObject p = props(rule);
        if (str(rule, "kind") != QLatin1StringView("MicrosoftSecurityIncidentCreation")
            || !p.value(QLatin1StringView("enabled")).toBool() || str(p, "productFilter") != kProduct)
            continue;
        const QJsonArray severities = p.value(QLatin1StringView("severitiesFilter")).toArray();
        if (!severities.isEmpty() && !severities.contains(f.severity))
            continue;
        QStringList include, exclude;
        for (const QJsonValue &n : p.value(QLatin1StringView("displayNamesFilter")).toArray())
            include << n.toString();
        for (const QJsonValue &n : p.value(QLatin1StringView("displayNamesExcludeFilter")).toArray())
            exclude << n.toString();
        if (!include.isEmpty() && !matchesOperator(QStringLiteral("Contains"), f.title, include))
            continue;
        if (!exclude.isEmpty() && matchesOperator(QStringLiteral("Contains"), f.title, exclude))
            continue;
        QJsonObject properties{
            {QStringLiteral("title"), f.title},
            {QStringLiteral("description"), f.description},
            {QStringLiteral("severity"), f.severity},
            {QStringLiteral("status"), QStringLiteral("New")},
            {QStringLiteral("firstActivityTimeUtc"), f.start},
            {QStringLiteral("lastActivityTimeUtc"), f.end},
            {QStringLiteral("relatedAnalyticRuleIds"), QJsonArray{str(rule, "id")}},
            {QStringLiteral("providerName"), QStringLiteral("Azure Sentinel")},
            {QStringLiteral("tactics"), QJsonArray::fromStringList(f.tactics)},
        };
        createSentinelIncident(properties, {rowSeq}, at);
    }
}

void Integration::xdrIncidentChanged(const Incident &incident, const QString &dfcAlertName, Timestamp at)
{
    if (!m_state.xdrIncidents)
        return;
    const QString xdrId = incident.id.valueOr({});
    const qint64 existing = m_mirrors.value(xdrId.toLongLong(), -1);
    // The incident's alerts in Sentinel are the SecurityAlert rows of its alerts: none
    // when no connector carried them (tenant-based off, subscription not in the legacy one).
    const QList<qint64> rows = dfcAlertName.isEmpty()             ? QList<qint64>()
        : dfcAlertName == m_lastRaised.first ? m_lastRaised.second // just raised: no need to look
                                             : rowsOfDfcAlert(dfcAlertName);
    const QString status = sentinelStatusOf(incident.status.valueOr(IncidentStatus::active).value());
    if (existing < 0) {
        QJsonObject properties{
            {QStringLiteral("title"), incident.displayName.valueOr({})},
            {QStringLiteral("severity"), severityName(incident.severity.valueOr(AlertSeverity::medium).value())},
            {QStringLiteral("status"), status},
            {QStringLiteral("providerName"), QStringLiteral("Microsoft 365 Defender")},
            {QStringLiteral("providerIncidentId"), xdrId},
            {QStringLiteral("relatedAnalyticRuleIds"), QJsonArray()},
            {QStringLiteral("firstActivityTimeUtc"), iso(incident.createdDateTime.valueOr(at))},
            {QStringLiteral("lastActivityTimeUtc"), iso(at)},
        };
        if (incident.assignedTo.hasValue())
            properties.insert(QStringLiteral("owner"), QJsonObject{{QStringLiteral("assignedTo"), incident.assignedTo.value()},
                                                                   {QStringLiteral("userPrincipalName"), incident.assignedTo.value()}});
        m_mirrors.insert(xdrId.toLongLong(), createSentinelIncident(properties, rows, at));
        return;
    }
    // Title, severity and activity follow the XDR incident when the mirror is read.
    for (qint64 row : rows)
        linkAlert(existing, row);
}

void Integration::xdrIncidentUpdated(const Incident &incident, Timestamp now)
{
    if (!m_state.xdrIncidents)
        return;
    schedule(QStringLiteral("sentinelFromXdr"),
             {{QStringLiteral("xdrId"), incident.id.valueOr({})},
              {QStringLiteral("status"), sentinelStatusOf(incident.status.valueOr(IncidentStatus::active).value())},
              {QStringLiteral("classification"),
               incident.classification.hasValue() ? sentinelClassification(incident.classification->value()) : QString()},
              {QStringLiteral("owner"), incident.assignedTo.valueOr({})}},
             now);
}

qint64 Integration::createSentinelIncident(QJsonObject properties, const QList<qint64> &alertRows, Timestamp at)
{
    const qint64 number = m_nextIncident++;
    // A version-4-shaped id made of the tenant and the number: stable and cheap.
    const QUuid tenantUuid(m_tenant.id);
    const QString name = QUuid(uint(number), ushort(number >> 32), 0x4000 | (tenantUuid.data3 & 0x0fff),
                               uchar(0x80 | (tenantUuid.data4[0] & 0x3f)), tenantUuid.data4[1], tenantUuid.data4[2],
                               tenantUuid.data4[3], tenantUuid.data4[4], tenantUuid.data4[5], tenantUuid.data4[6],
                               tenantUuid.data4[7])
                             .toString(QUuid::WithoutBraces);
    properties.insert(QStringLiteral("incidentNumber"), number);
    properties.insert(QStringLiteral("createdTimeUtc"), iso(at));
    properties.insert(QStringLiteral("lastModifiedTimeUtc"), iso(at));
    properties.insert(QStringLiteral("incidentUrl"),
                      QString(QStringLiteral("https://portal.azure.com/#asset/Microsoft_Azure_Security_Insights/Incident")
                              + incidentId(name)));
    if (!properties.contains(QLatin1StringView("providerIncidentId")))
        properties.insert(QStringLiteral("providerIncidentId"), QString::number(number));
    if (!properties.contains(QLatin1StringView("owner")))
        properties.insert(QStringLiteral("owner"), QJsonObject{{QStringLiteral("ownerType"), QStringLiteral("Unknown")}});
    properties.insert(QStringLiteral("labels"), properties.value(QLatin1StringView("labels")).toArray());
    properties.insert(QStringLiteral("additionalData"),
                      QJsonObject{{QStringLiteral("bookmarksCount"), 0},
                                  {QStringLiteral("commentsCount"), 0},
                                  {QStringLiteral("tactics"), properties.take(QStringLiteral("tactics")).toArray()}});
    const QJsonObject json{{QStringLiteral("id"), incidentId(name)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("type"), QStringLiteral("Microsoft.SecurityInsights/Incidents")},
                           {QStringLiteral("properties"), properties}};
    for (qint64 row : alertRows)
        linkAlert(number, row);
    if (!runAutomation(number, json, at))
        putSentinelIncident(number, json);
    return number;
}

void Integration::putSentinelIncident(qint64 number, const QJsonObject &json)
{
    QJsonObject stored = json;
    // A new etag for every write (the optimistic concurrency of PUT), GUID-shaped as
    // ARM's are, from a counter that never repeats within this database.
    const quint64 n = ++m_etagCounter;
    stored.insert(QStringLiteral("etag"),
                  QString(u'"' + QUuid(uint(n), ushort(n >> 32), 0x4e7a, 0x80, 0, 0, 0, uchar(number >> 24),
                                       uchar(number >> 16), uchar(number >> 8), uchar(number))
                                     .toString(QUuid::WithoutBraces)
                          + u'"'));
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT OR REPLACE INTO sentinel_incidents(number, name, provider_incident_id, mirror, json) VALUES(?, ?, ?, ?, ?)"));
    const QJsonObject p = props(stored);
    q.addBindValue(number);
    q.addBindValue(str(stored, "name"));
    q.addBindValue(str(p, "providerIncidentId"));
    q.addBindValue(str(p, "providerName") == QLatin1StringView("Microsoft 365 Defender"));
    q.addBindValue(bytes(stored));
    check(q, q.exec());
}

void Integration::linkAlert(qint64 number, qint64 rowSeq)
{
    QSqlQuery &q = prepared(QStringLiteral("INSERT OR IGNORE INTO sentinel_incident_alerts(incident, alert_seq) VALUES(?, ?)"));
    q.addBindValue(number);
    q.addBindValue(rowSeq);
    check(q, q.exec());
}

bool Integration::runAutomation(qint64 number, QJsonObject json, Timestamp at)
{
    // Automation rules on incident creation, in order (rule 5).
    if (m_sortedRulesOf != m_state.automationRules) {
        m_sortedRulesOf = m_state.automationRules;
        m_sortedRules.clear();
        for (const QJsonValue &v : std::as_const(m_state.automationRules))
            m_sortedRules << v.toObject();
        std::stable_sort(m_sortedRules.begin(), m_sortedRules.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return props(a).value(QLatin1StringView("order")).toInt() < props(b).value(QLatin1StringView("order")).toInt();
        });
    }
    bool wrote = false;
    for (const QJsonObject &rule : std::as_const(m_sortedRules)) {
        const QJsonObject p = props(rule);
        const QJsonObject logic = p.value(QLatin1StringView("triggeringLogic")).toObject();
        if (!logic.value(QLatin1StringView("isEnabled")).toBool()
            || str(logic, "triggersOn") != QLatin1StringView("Incidents")
            || str(logic, "triggersWhen") != QLatin1StringView("Created"))
            continue;
        Timestamp expiry;
        if (Timestamp::parse(str(logic, "expirationTimeUtc"), &expiry) && expiry <= at)
            continue;
        const QJsonObject incident = props(json);
        const QList<qint64> rows = [&] {
            QList<qint64> out;
            QSqlQuery &q = prepared(QStringLiteral("SELECT alert_seq FROM sentinel_incident_alerts WHERE incident = ?"));
            q.addBindValue(number);
            check(q, q.exec());
            while (q.next())
                out << q.value(0).toLongLong();
            return out;
        }();
        // The values a condition's property names, for this incident.
        auto valuesOf = [&](const QString &property) -> QStringList {
            if (property == QLatin1StringView("IncidentTitle"))
                return {str(incident, "title")};
            if (property == QLatin1StringView("IncidentDescription"))
                return {str(incident, "description")};
            if (property == QLatin1StringView("IncidentSeverity"))
                return {str(incident, "severity")};
            if (property == QLatin1StringView("IncidentStatus"))
                return {str(incident, "status")};
            if (property == QLatin1StringView("IncidentProviderName"))
                return {str(incident, "providerName")};
            if (property == QLatin1StringView("IncidentRelatedAnalyticRuleIds")) {
                QStringList ids;
                for (const QJsonValue &id : incident.value(QLatin1StringView("relatedAnalyticRuleIds")).toArray())
                    ids << id.toString();
                return ids;
            }
            if (property == QLatin1StringView("IncidentLabel")) {
                QStringList labels;
                for (const QJsonValue &l : incident.value(QLatin1StringView("labels")).toArray())
                    labels << str(l.toObject(), "labelName");
                return labels;
            }
            QStringList out;
            for (qint64 seq : rows) {
                QSqlQuery &q = prepared(QStringLiteral("SELECT row FROM security_alerts WHERE seq = ?"));
                q.addBindValue(seq);
                check(q, q.exec());
                if (!q.next())
                    continue;
                const QJsonObject row = object(q.value(0));
                q.finish();
                if (property == QLatin1StringView("AlertProductNames"))
                    out << str(row, "ProductName");
                else if (property == QLatin1StringView("AlertAnalyticRuleIds"))
                    out << QString();
                else if (property == QLatin1StringView("AzureResourceResourceId"))
                    out << str(row, "ResourceId");
                else if (property == QLatin1StringView("AzureResourceSubscriptionId"))
                    out << str(row, "ResourceId").section(u'/', 2, 2);
                else if (property == QLatin1StringView("HostName"))
                    out << str(row, "CompromisedEntity");
            }
            return out;
        };
        std::function<bool(const QJsonObject &)> holds = [&](const QJsonObject &condition) -> bool {
            const QString type = str(condition, "conditionType");
            const QJsonObject cp = condition.value(QLatin1StringView("conditionProperties")).toObject();
            if (type == QLatin1StringView("Boolean")) {
                const bool all = str(cp, "operator") == QLatin1StringView("And");
                bool result = all;
                for (const QJsonValue &inner : cp.value(QLatin1StringView("innerConditions")).toArray()) {
                    const bool h = holds(inner.toObject());
                    result = all ? (result && h) : (result || h);
                }
                return result;
            }
            if (type != QLatin1StringView("Property"))
                return false; // change and array conditions concern updates and custom details
            QStringList wanted;
            for (const QJsonValue &w : cp.value(QLatin1StringView("propertyValues")).toArray())
                wanted << w.toString();
            const QString op = str(cp, "operator");
            const QStringList values = valuesOf(str(cp, "propertyName"));
            const bool negative = op.startsWith(QLatin1StringView("Not"));
            if (values.isEmpty())
                return negative;
            // Any value satisfies a positive operator; every value a negative one.
            bool result = negative;
            for (const QString &value : values) {
                const bool m = matchesOperator(op, value, wanted);
                result = negative ? (result && m) : (result || m);
            }
            return result;
        };
        bool all = true;
        for (const QJsonValue &c : logic.value(QLatin1StringView("conditions")).toArray())
            all = all && holds(c.toObject());
        if (!all)
            continue;
        QJsonObject updated = incident;
        for (const QJsonValue &a : p.value(QLatin1StringView("actions")).toArray()) {
            const QJsonObject action = a.toObject();
            if (str(action, "actionType") != QLatin1StringView("ModifyProperties"))
                continue; // playbooks and tasks have no effect in the simulator
            const QJsonObject config = action.value(QLatin1StringView("actionConfiguration")).toObject();
            for (const char *key : {"severity", "status", "classification", "classificationReason",
                                    "classificationComment", "owner"}) {
                if (config.contains(QLatin1StringView(key)) && !config.value(QLatin1StringView(key)).isNull())
                    updated.insert(QLatin1StringView(key), config.value(QLatin1StringView(key)));
            }
            if (config.contains(QLatin1StringView("labels"))) {
                QJsonArray labels = updated.value(QLatin1StringView("labels")).toArray();
                for (const QJsonValue &l : config.value(QLatin1StringView("labels")).toArray())
                    labels.append(QJsonObject{{QStringLiteral("labelName"), str(l.toObject(), "labelName")},
                                              {QStringLiteral("labelType"), QStringLiteral("AutoAssigned")}});
                updated.insert(QStringLiteral("labels"), labels);
            }
        }
        json.insert(QStringLiteral("properties"), updated);
        putSentinelIncident(number, json);
        wrote = true;
        if (str(updated, "status") == QLatin1StringView("Closed") && str(incident, "status") != QLatin1StringView("Closed"))
            schedule(QStringLiteral("closeDfcAlerts"), {{QStringLiteral("incident"), number}}, at);
    }
    return wrote;
}

// ---- Defender for Cloud alerts

bool Integration::hasDfcAlert(const QString &name) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT 1 FROM dfc_alerts WHERE name = ?"));
    q.addBindValue(name);
    check(q, q.exec());
    const bool found = q.next();
    q.finish();
    return found;
}

std::optional<QJsonObject> Integration::dfcAlert(const QString &name) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT json, status FROM dfc_alerts WHERE name = ?"));
    q.addBindValue(name);
    check(q, q.exec());
    std::optional<QJsonObject> out;
    if (q.next())
        out = dfcAlertJson(q);
    q.finish();
    return out;
}

QJsonObject Integration::dfcAlertJson(const QSqlQuery &row)
{
    // The status lives in its own column (it changes); the document never holds it.
    QJsonObject o = object(row.value(0));
    QJsonObject p = props(o);
    p.insert(QStringLiteral("status"), row.value(1).toString());
    o.insert(QStringLiteral("properties"), p);
    return o;
}

QList<QJsonObject> Integration::dfcAlerts(const QString &subscriptionId, int skip, int top, bool *more) const
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT json, status FROM dfc_alerts WHERE subscription = ? ORDER BY time DESC, name LIMIT ? OFFSET ?"));
    q.addBindValue(subscriptionId);
    q.addBindValue(top + 1);
    q.addBindValue(skip);
    check(q, q.exec());
    QList<QJsonObject> out;
    while (q.next())
        out << dfcAlertJson(q);
    *more = out.size() > top;
    if (*more)
        out.removeLast();
    return out;
}

bool Integration::updateDfcStatus(const QString &name, const QString &status)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE dfc_alerts SET status = ? WHERE name = ?"));
    q.addBindValue(status);
    q.addBindValue(name);
    check(q, q.exec());
    return q.numRowsAffected() > 0;
}

bool Integration::setDfcAlertStatus(const QString &name, const QString &status, Timestamp now)
{
    if (!updateDfcStatus(name, status))
        return false;
    // Rule 6: the change shows in SecurityAlert after the sync delay; the Sentinel
    // incidents that hold the alert do not change.
    schedule(QStringLiteral("securityAlertStatus"),
             {{QStringLiteral("dfcName"), name}, {QStringLiteral("status"), tableStatus(status)}}, now);
    return true;
}

// ---- Sentinel incidents

std::optional<QJsonObject> Integration::sentinelIncidentByNumber(qint64 number) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT json FROM sentinel_incidents WHERE number = ?"));
    q.addBindValue(number);
    check(q, q.exec());
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    QJsonObject json = object(q.value(0));
    q.finish();
    return decorated(number, json);
}

QJsonObject Integration::decorated(qint64 number, QJsonObject json) const
{
    // What follows from elsewhere is filled in as it is read: the alert count from the
    // links, and for a mirror of an XDR incident its name, severity and activity.
    QJsonObject p = props(json);
    QSqlQuery &n = prepared(QStringLiteral("SELECT COUNT(*) FROM sentinel_incident_alerts WHERE incident = ?"));
    n.addBindValue(number);
    check(n, n.exec());
    const qint64 count = n.next() ? n.value(0).toLongLong() : 0;
    n.finish();
    QJsonObject extra = p.value(QLatin1StringView("additionalData")).toObject();
    extra.insert(QStringLiteral("alertsCount"), count);
    extra.insert(QStringLiteral("alertProductNames"), count ? QJsonArray{kProduct} : QJsonArray());
    p.insert(QStringLiteral("additionalData"), extra);
    if (str(p, "providerName") == QLatin1StringView("Microsoft 365 Defender")) {
        if (const auto xdr = m_db.incident(str(p, "providerIncidentId").toLongLong())) {
            p.insert(QStringLiteral("title"), xdr->displayName.valueOr({}));
            p.insert(QStringLiteral("severity"), severityName(xdr->severity.valueOr(AlertSeverity::medium).value()));
            p.insert(QStringLiteral("lastActivityTimeUtc"), iso(xdr->lastUpdateDateTime.valueOr({})));
        }
    }
    json.insert(QStringLiteral("properties"), p);
    return json;
}

std::optional<qint64> Integration::numberOf(const QString &name) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT number FROM sentinel_incidents WHERE name = ?"));
    q.addBindValue(name);
    check(q, q.exec());
    std::optional<qint64> out;
    if (q.next())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

std::optional<QJsonObject> Integration::sentinelIncident(const QString &name) const
{
    const auto number = numberOf(name);
    return number ? sentinelIncidentByNumber(*number) : std::nullopt;
}

QList<QJsonObject> Integration::sentinelIncidents(int skip, int top, bool *more) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT number, json FROM sentinel_incidents ORDER BY number DESC LIMIT ? OFFSET ?"));
    q.addBindValue(top + 1);
    q.addBindValue(skip);
    check(q, q.exec());
    QList<QJsonObject> out;
    while (q.next())
        out << decorated(q.value(0).toLongLong(), object(q.value(1)));
    *more = out.size() > top;
    if (*more)
        out.removeLast();
    return out;
}

QList<QJsonObject> Integration::sentinelIncidentAlerts(const QString &name) const
{
    QList<QJsonObject> out;
    const auto number = numberOf(name);
    if (!number)
        return out;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT s.row, s.status FROM sentinel_incident_alerts a JOIN security_alerts s ON s.seq = a.alert_seq "
        "WHERE a.incident = ? ORDER BY s.seq"));
    q.addBindValue(*number);
    check(q, q.exec());
    while (q.next()) {
        const QJsonObject row = object(q.value(0));
        out << QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("SecurityAlert")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("systemAlertId"), str(row, "SystemAlertId")},
                         {QStringLiteral("alertDisplayName"), str(row, "DisplayName")},
                         {QStringLiteral("severity"), str(row, "AlertSeverity")},
                         {QStringLiteral("status"), q.value(1).toString()},
                         {QStringLiteral("productName"), str(row, "ProductName")},
                         {QStringLiteral("providerAlertId"), str(row, "VendorOriginalId")},
                         {QStringLiteral("resourceIdentifiers"),
                          QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("AzureResource")},
                                                 {QStringLiteral("resourceId"), str(row, "ResourceId")}}}}}}};
    }
    return out;
}

Integration::PutResult Integration::updateSentinelIncident(const QString &name, const QJsonObject &body,
                                                           const QString &actor, Timestamp now,
                                                           QJsonObject *stored, QString *error)
{
    const auto number = numberOf(name);
    if (!number)
        return PutResult::NotFound;
    QJsonObject json = *sentinelIncidentByNumber(*number);
    const QString etag = str(body, "etag");
    if (!etag.isEmpty() && etag != str(json, "etag"))
        return PutResult::Conflict;
    const QJsonObject in = props(body);
    QJsonObject p = props(json);
    static const QStringList statuses = {QStringLiteral("New"), QStringLiteral("Active"), QStringLiteral("Closed")};
    static const QStringList severities = {QStringLiteral("High"), QStringLiteral("Medium"), QStringLiteral("Low"),
                                           QStringLiteral("Informational")};
    static const QStringList classifications = {QStringLiteral("Undetermined"), QStringLiteral("TruePositive"),
                                                QStringLiteral("BenignPositive"), QStringLiteral("FalsePositive")};
    static const QStringList reasons = {QStringLiteral("SuspiciousActivity"), QStringLiteral("SuspiciousButExpected"),
                                        QStringLiteral("IncorrectAlertLogic"), QStringLiteral("InaccurateData")};
    for (const char *required : {"title", "severity", "status"}) {
        if (!in.contains(QLatin1StringView(required))) {
            *error = QStringLiteral("The property '%1' is required.").arg(QLatin1StringView(required));
            return PutResult::Invalid;
        }
    }
    auto checkEnum = [&](const char *key, const QStringList &allowed) {
        if (!in.contains(QLatin1StringView(key)) || in.value(QLatin1StringView(key)).isNull())
            return true;
        if (allowed.contains(str(in, key)))
            return true;
        *error = QStringLiteral("'%1' is not a valid value for %2; expected one of %3.")
                     .arg(str(in, key), QLatin1StringView(key), allowed.join(QStringLiteral(", ")));
        return false;
    };
    if (!checkEnum("status", statuses) || !checkEnum("severity", severities)
        || !checkEnum("classification", classifications) || !checkEnum("classificationReason", reasons))
        return PutResult::Invalid;
    const QString before = str(p, "status");
    if (str(in, "status") == QLatin1StringView("Closed") && str(in, "classification").isEmpty()) {
        *error = QStringLiteral("A closed incident needs a classification.");
        return PutResult::Invalid;
    }
    for (const char *key : {"title", "description", "severity", "status", "classification", "classificationReason",
                            "classificationComment", "owner", "labels", "firstActivityTimeUtc", "lastActivityTimeUtc"}) {
        if (in.contains(QLatin1StringView(key)))
            p.insert(QLatin1StringView(key), in.value(QLatin1StringView(key)));
    }
    p.insert(QStringLiteral("lastModifiedTimeUtc"), iso(now));
    json.insert(QStringLiteral("properties"), p);
    putSentinelIncident(*number, json);
    *stored = *sentinelIncidentByNumber(*number);
    const QString after = str(p, "status");
    // Rule 6: closing a Sentinel incident closes its Defender for Cloud alerts where
    // bi-directional sync is on, after the delay.
    if (after == QLatin1StringView("Closed") && before != QLatin1StringView("Closed"))
        schedule(QStringLiteral("closeDfcAlerts"), {{QStringLiteral("incident"), *number}}, now);
    // Rule 5: an incident that mirrors an XDR incident syncs back to it.
    if (str(p, "providerName") == QLatin1StringView("Microsoft 365 Defender") && m_state.xdrIncidents)
        schedule(QStringLiteral("xdrFromSentinel"),
                 {{QStringLiteral("incident"), *number}, {QStringLiteral("actor"), actor}}, now);
    return PutResult::Ok;
}

// ---- log tables

void Integration::forEachSecurityAlert(const std::function<bool(const QJsonObject &)> &row) const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    check(q, q.exec(QStringLiteral("SELECT row, status FROM security_alerts ORDER BY seq")));
    while (q.next()) {
        QJsonObject o = object(q.value(0));
        o.insert(QStringLiteral("Status"), q.value(1).toString());
        if (!row(o))
            return;
    }
}

void Integration::forEachSecurityIncident(const std::function<bool(const QJsonObject &)> &row) const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    check(q, q.exec(QStringLiteral("SELECT number, json FROM sentinel_incidents ORDER BY number")));
    // Every incident's alert ids in one ordered pass beside the incidents (a query and a
    // JSON parse per alert took seconds at 100k alerts).
    QSqlQuery alerts(m_db.db());
    alerts.setForwardOnly(true);
    check(alerts, alerts.exec(QStringLiteral(
                      "SELECT a.incident, json_extract(CAST(s.row AS TEXT), '$.SystemAlertId') "
                      "FROM sentinel_incident_alerts a JOIN security_alerts s ON s.seq = a.alert_seq "
                      "ORDER BY a.incident, a.alert_seq")));
    bool moreAlerts = alerts.next();
    while (q.next()) {
        const qint64 number = q.value(0).toLongLong();
        const QJsonObject json = object(q.value(1));
        const QJsonObject p = props(json);
        QJsonArray alertIds;
        while (moreAlerts && alerts.value(0).toLongLong() < number)
            moreAlerts = alerts.next();
        for (; moreAlerts && alerts.value(0).toLongLong() == number; moreAlerts = alerts.next())
            alertIds.append(alerts.value(1).toString());
        const QJsonObject owner = p.value(QLatin1StringView("owner")).toObject();
        QJsonArray labels;
        for (const QJsonValue &l : p.value(QLatin1StringView("labels")).toArray())
            labels.append(str(l.toObject(), "labelName"));
        const QJsonObject o{
            {QStringLiteral("TenantId"), m_workspace.customerId},
            {QStringLiteral("TimeGenerated"), str(p, "lastModifiedTimeUtc")},
            {QStringLiteral("IncidentName"), str(json, "name")},
            {QStringLiteral("Title"), str(p, "title")},
            {QStringLiteral("Description"), str(p, "description")},
            {QStringLiteral("Severity"), str(p, "severity")},
            {QStringLiteral("Status"), str(p, "status")},
            {QStringLiteral("Classification"), str(p, "classification")},
            {QStringLiteral("ClassificationComment"), str(p, "classificationComment")},
            {QStringLiteral("ClassificationReason"), str(p, "classificationReason")},
            {QStringLiteral("Owner"), owner},
            {QStringLiteral("ProviderName"), str(p, "providerName")},
            {QStringLiteral("ProviderIncidentId"), str(p, "providerIncidentId")},
            {QStringLiteral("FirstActivityTime"), str(p, "firstActivityTimeUtc")},
            {QStringLiteral("LastActivityTime"), str(p, "lastActivityTimeUtc")},
            {QStringLiteral("FirstModifiedTime"), str(p, "createdTimeUtc")},
            {QStringLiteral("LastModifiedTime"), str(p, "lastModifiedTimeUtc")},
            {QStringLiteral("CreatedTime"), str(p, "createdTimeUtc")},
            {QStringLiteral("ClosedTime"), str(p, "status") == QLatin1StringView("Closed") ? str(p, "lastModifiedTimeUtc") : QString()},
            {QStringLiteral("IncidentNumber"), q.value(0).toLongLong()},
            {QStringLiteral("RelatedAnalyticRuleIds"), p.value(QLatin1StringView("relatedAnalyticRuleIds"))},
            {QStringLiteral("AlertIds"), alertIds},
            {QStringLiteral("BookmarkIds"), QJsonArray()},
            {QStringLiteral("Comments"), QJsonArray()},
            {QStringLiteral("Tasks"), QJsonArray()},
            {QStringLiteral("Labels"), labels},
            {QStringLiteral("IncidentUrl"), str(p, "incidentUrl")},
            {QStringLiteral("AdditionalData"), p.value(QLatin1StringView("additionalData"))},
            {QStringLiteral("ModifiedBy"), QString()},
            {QStringLiteral("SourceSystem"), QStringLiteral("Azure")},
            {QStringLiteral("Type"), QStringLiteral("SecurityIncident")}};
        if (!row(o))
            return;
    }
}

QList<qint64> Integration::rowsOfDfcAlert(const QString &dfcName) const
{
    QList<qint64> out;
    QSqlQuery &q = prepared(QStringLiteral("SELECT seq FROM security_alerts WHERE dfc_name = ? ORDER BY seq"));
    q.addBindValue(dfcName);
    check(q, q.exec());
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

// ---- delayed synchronisation

void Integration::schedule(const QString &kind, const QJsonObject &payload, Timestamp now)
{
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO jobs(due, kind, payload) VALUES(?, ?, ?)"));
    q.addBindValue(now.addMSecs(m_config.syncDelayMs).ticks());
    q.addBindValue(kind);
    q.addBindValue(bytes(payload));
    check(q, q.exec());
}

void Integration::runDueJobs(Timestamp now)
{
    for (int guard = 0; guard < 1000; ++guard) {
        QSqlQuery &q = prepared(QStringLiteral("SELECT seq, kind, payload FROM jobs WHERE due <= ? ORDER BY seq LIMIT 1"));
        q.addBindValue(now.ticks());
        check(q, q.exec());
        if (!q.next()) {
            q.finish();
            return;
        }
        const qint64 seq = q.value(0).toLongLong();
        const QString kind = q.value(1).toString();
        const QJsonObject payload = object(q.value(2));
        q.finish();
        QSqlQuery &del = prepared(QStringLiteral("DELETE FROM jobs WHERE seq = ?"));
        del.addBindValue(seq);
        check(del, del.exec());
        runJob(kind, payload, now);
    }
}

void Integration::setSecurityAlertStatus(const QString &dfcName, const QString &status)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE security_alerts SET status = ? WHERE dfc_name = ?"));
    q.addBindValue(status);
    q.addBindValue(dfcName);
    check(q, q.exec());
}

void Integration::runJob(const QString &kind, const QJsonObject &payload, Timestamp now)
{
    if (kind == QLatin1StringView("securityAlertStatus")) {
        setSecurityAlertStatus(str(payload, "dfcName"), str(payload, "status"));
    } else if (kind == QLatin1StringView("closeDfcAlerts")) {
        const qint64 number = payload.value(QLatin1StringView("incident")).toInteger();
        QSqlQuery &q = prepared(QStringLiteral(
            "SELECT DISTINCT s.dfc_name, d.subscription FROM sentinel_incident_alerts a "
            "JOIN security_alerts s ON s.seq = a.alert_seq JOIN dfc_alerts d ON d.name = s.dfc_name "
            "WHERE a.incident = ?"));
        q.addBindValue(number);
        check(q, q.exec());
        QList<std::pair<QString, QString>> alerts;
        while (q.next())
            alerts.append({q.value(0).toString(), q.value(1).toString()});
        for (const auto &[name, subscription] : std::as_const(alerts)) {
            if (!m_state.alertSync.contains(subscription))
                continue;
            updateDfcStatus(name, QStringLiteral("Resolved"));
            setSecurityAlertStatus(name, QStringLiteral("Resolved"));
        }
    } else if (kind == QLatin1StringView("xdrFromSentinel")) {
        const auto json = sentinelIncidentByNumber(payload.value(QLatin1StringView("incident")).toInteger());
        if (!json || !m_engine)
            return;
        const QJsonObject p = props(*json);
        IncidentChange change;
        const QString status = str(p, "status");
        change.status = Enum<IncidentStatus>(status == QLatin1StringView("Closed") ? IncidentStatus::resolved
                                             : status == QLatin1StringView("Active") ? IncidentStatus::inProgress
                                                                                     : IncidentStatus::active);
        const QString owner = str(p.value(QLatin1StringView("owner")).toObject(), "userPrincipalName");
        if (!owner.isEmpty())
            change.assignedTo = owner;
        const QString c = str(p, "classification");
        if (c == QLatin1StringView("TruePositive"))
            change.classification = Enum<AlertClassification>(AlertClassification::truePositive);
        else if (c == QLatin1StringView("FalsePositive"))
            change.classification = Enum<AlertClassification>(AlertClassification::falsePositive);
        else if (c == QLatin1StringView("BenignPositive"))
            change.classification = Enum<AlertClassification>(AlertClassification::informationalExpectedActivity);
        m_engine->changeIncident(str(p, "providerIncidentId").toLongLong(), change,
                                 str(payload, "actor"), now, /*fromSentinel=*/true);
    } else if (kind == QLatin1StringView("sentinelFromXdr")) {
        const qint64 number = m_mirrors.value(str(payload, "xdrId").toLongLong(), -1);
        if (number < 0)
            return;
        auto json = sentinelIncidentByNumber(number);
        if (!json)
            return;
        QJsonObject p = props(*json);
        p.insert(QStringLiteral("status"), str(payload, "status"));
        if (!str(payload, "classification").isEmpty())
            p.insert(QStringLiteral("classification"), str(payload, "classification"));
        if (!str(payload, "owner").isEmpty())
            p.insert(QStringLiteral("owner"), QJsonObject{{QStringLiteral("assignedTo"), str(payload, "owner")},
                                                          {QStringLiteral("userPrincipalName"), str(payload, "owner")}});
        p.insert(QStringLiteral("lastModifiedTimeUtc"), iso(now));
        json->insert(QStringLiteral("properties"), p);
        putSentinelIncident(number, *json);
    }
}

} // namespace wf::server
