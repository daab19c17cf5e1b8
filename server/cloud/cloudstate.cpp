// Persistence of the integration switches.
#include "cloudstate.h"

#include "store/tenantdb.h"

#include <QVersionNumber>

namespace wf::server {

namespace {
QJsonArray sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

QSet<QString> setOf(const QJsonValue &v)
{
    QSet<QString> out;
    for (const QJsonValue &s : v.toArray())
        out.insert(s.toString());
    return out;
}

const QString kKey = QStringLiteral("cloud");
} // namespace

bool CloudState::tenantConnectorListed() const
{
    return !unifiedPlatform && QVersionNumber::fromString(solutionVersion) >= QVersionNumber(3, 0, 0);
}

QJsonObject CloudState::toJson() const
{
    return {{QStringLiteral("xdrDfcAlerts"), xdrDfcAlerts},
            {QStringLiteral("xdrDfcIncidents"), xdrDfcIncidents},
            {QStringLiteral("tenantConnector"), tenantConnector},
            {QStringLiteral("xdrIncidents"), xdrIncidents},
            {QStringLiteral("solutionVersion"), solutionVersion},
            {QStringLiteral("unifiedPlatform"), unifiedPlatform},
            {QStringLiteral("legacyConnected"), sorted(legacyConnected)},
            {QStringLiteral("alertSync"), sorted(alertSync)},
            {QStringLiteral("alertRules"), alertRules},
            {QStringLiteral("automationRules"), automationRules},
            {QStringLiteral("alertTuningRules"), alertTuningRules}};
}

CloudState CloudState::fromJson(const QJsonObject &o)
{
    CloudState s;
    s.xdrDfcAlerts = o.value(QLatin1StringView("xdrDfcAlerts")).toBool(true);
    s.xdrDfcIncidents = o.value(QLatin1StringView("xdrDfcIncidents")).toBool(true);
    s.tenantConnector = o.value(QLatin1StringView("tenantConnector")).toBool();
    s.xdrIncidents = o.value(QLatin1StringView("xdrIncidents")).toBool();
    s.solutionVersion = o.value(QLatin1StringView("solutionVersion")).toString(QStringLiteral("3.0.2"));
    s.unifiedPlatform = o.value(QLatin1StringView("unifiedPlatform")).toBool();
    s.legacyConnected = setOf(o.value(QLatin1StringView("legacyConnected")));
    s.alertSync = setOf(o.value(QLatin1StringView("alertSync")));
    s.alertRules = o.value(QLatin1StringView("alertRules")).toArray();
    s.automationRules = o.value(QLatin1StringView("automationRules")).toArray();
    s.alertTuningRules = o.value(QLatin1StringView("alertTuningRules")).toArray();
    return s;
}

CloudState CloudState::load(const TenantDb &db)
{
    return fromJson(db.object(kKey, kKey).value_or(QJsonObject()));
}

void CloudState::save(TenantDb &db) const
{
    db.putObject(kKey, kKey, toJson());
}

bool CloudState::mayConnect(const sim::Tenant &tenant, const sim::Subscription &s, QString *why)
{
    if (s.tenantId != tenant.id) {
        *why = QStringLiteral("Subscription %1 belongs to another tenant (%2); only the workspace tenant's "
                              "subscriptions can be connected.").arg(s.id, s.tenantId);
        return false;
    }
    bool anyPlan = false;
    for (auto it = s.plans.cbegin(); it != s.plans.cend(); ++it)
        anyPlan = anyPlan || it.value();
    if (!anyPlan) {
        *why = QStringLiteral("Subscription %1 has no Microsoft Defender plan enabled; enable at least one "
                              "plan before connecting it.").arg(s.id);
        return false;
    }
    if (!s.securityInsightsRegistered) {
        *why = QStringLiteral("The resource provider Microsoft.SecurityInsights is not registered on "
                              "subscription %1.").arg(s.id);
        return false;
    }
    return true;
}

CloudState CloudState::demo(const sim::Tenant &tenant)
{
    CloudState s = fromJson({});
    int eligible = 0;
    for (const sim::Subscription &sub : tenant.subscriptions) {
        QString why;
        if (!mayConnect(tenant, sub, &why) || eligible++ % 2)
            continue;
        s.legacyConnected.insert(sub.id);
        if (s.alertSync.size() < 2)
            s.alertSync.insert(sub.id);
    }
    s.xdrIncidents = true;
    const QString base = tenant.workspace().resourceId() + QStringLiteral("/providers/Microsoft.SecurityInsights");
    const QString ruleName = QStringLiteral("7d2c6f1e-5b3a-4e8d-9c1f-2a4b6c8d0e1f");
    s.alertRules.append(QJsonObject{
        {QStringLiteral("id"), QString(base + QStringLiteral("/alertRules/") + ruleName)},
        {QStringLiteral("name"), ruleName},
        {QStringLiteral("type"), QStringLiteral("Microsoft.SecurityInsights/alertRules")},
        {QStringLiteral("kind"), QStringLiteral("MicrosoftSecurityIncidentCreation")},
        {QStringLiteral("etag"), QStringLiteral("\"1\"")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("productFilter"), QStringLiteral("Azure Security Center")},
                     {QStringLiteral("severitiesFilter"), QJsonArray{QStringLiteral("High"), QStringLiteral("Medium")}},
                     {QStringLiteral("displayNamesFilter"), QJsonValue::Null},
                     {QStringLiteral("displayNamesExcludeFilter"), QJsonValue::Null},
                     {QStringLiteral("displayName"), QStringLiteral("Create incidents based on Microsoft Defender for Cloud")},
                     {QStringLiteral("enabled"), true},
                     {QStringLiteral("description"), QJsonValue::Null},
                     {QStringLiteral("alertRuleTemplateName"), QLatin1StringView(kDfcRuleTemplate)}}}});
    const QString autoName = QStringLiteral("3b1d5f7a-9c2e-4a6b-8d0f-1e3c5a7b9d2f");
    s.automationRules.append(QJsonObject{
        {QStringLiteral("id"), QString(base + QStringLiteral("/automationRules/") + autoName)},
        {QStringLiteral("name"), autoName},
        {QStringLiteral("type"), QStringLiteral("Microsoft.SecurityInsights/AutomationRules")},
        {QStringLiteral("etag"), QStringLiteral("\"1\"")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Close low-severity Defender for Cloud incidents")},
                     {QStringLiteral("order"), 1},
                     {QStringLiteral("triggeringLogic"),
                      QJsonObject{{QStringLiteral("isEnabled"), true},
                                  {QStringLiteral("triggersOn"), QStringLiteral("Incidents")},
                                  {QStringLiteral("triggersWhen"), QStringLiteral("Created")},
                                  {QStringLiteral("conditions"),
                                   QJsonArray{QJsonObject{{QStringLiteral("conditionType"), QStringLiteral("Property")},
                                                          {QStringLiteral("conditionProperties"),
                                                           QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("IncidentSeverity")},
                                                                       {QStringLiteral("operator"), QStringLiteral("Equals")},
                                                                       {QStringLiteral("propertyValues"), QJsonArray{QStringLiteral("Low")}}}}},
                                              QJsonObject{{QStringLiteral("conditionType"), QStringLiteral("Property")},
                                                          {QStringLiteral("conditionProperties"),
                                                           QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("AlertProductNames")},
                                                                       {QStringLiteral("operator"), QStringLiteral("Equals")},
                                                                       {QStringLiteral("propertyValues"), QJsonArray{QStringLiteral("Azure Security Center")}}}}}}}}},
                     {QStringLiteral("actions"),
                      QJsonArray{QJsonObject{{QStringLiteral("order"), 1},
                                             {QStringLiteral("actionType"), QStringLiteral("ModifyProperties")},
                                             {QStringLiteral("actionConfiguration"),
                                              QJsonObject{{QStringLiteral("status"), QStringLiteral("Closed")},
                                                          {QStringLiteral("classification"), QStringLiteral("BenignPositive")},
                                                          {QStringLiteral("classificationReason"), QStringLiteral("SuspiciousButExpected")},
                                                          {QStringLiteral("classificationComment"), QStringLiteral("Closed by automation: low severity.")}}}}}}}}});
    return s;
}

} // namespace wf::server
