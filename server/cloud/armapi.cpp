// The ARM routes: validation, permission checks and the public JSON shapes.
#include "armapi.h"

#include "http/graphapi.h"
#include "integration.h"
#include "sim/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace wf::server {

namespace {

namespace armaction = wire::armaction;

const QString kSecurity = QStringLiteral("/subscriptions/{sub}/providers/Microsoft.Security");
const QString kWorkspaceResource = QStringLiteral("/subscriptions/{wsSub}/resourceGroups/{rg}/providers/"
                                                  "Microsoft.OperationalInsights/workspaces/{ws}");
const QString kWorkspace = kWorkspaceResource + QStringLiteral("/providers/Microsoft.SecurityInsights");
const QString kPermissions = QStringLiteral("/providers/Microsoft.Authorization/permissions");
const QString kTenantSettings = QStringLiteral("/providers/Watchfloor.Simulator/tenantSettings/default");
const QString kTuningRules = QStringLiteral("/providers/Watchfloor.Simulator/alertTuningRules");
// Who may read and who may change the tenant's Defender XDR settings and tuning rules.
const QStringList kXdrReaders = {QString(sim::role::GlobalAdministrator), QString(sim::role::SecurityAdministrator),
                                 QString(sim::role::SecurityOperator), QString(sim::role::SecurityReader)};
const QStringList kXdrAdmins = {QString(sim::role::GlobalAdministrator), QString(sim::role::SecurityAdministrator)};
const QString kTenantConnector = QStringLiteral("MicrosoftDefenderForCloudTenantBased");
const QString kXdrConnector = QStringLiteral("MicrosoftThreatProtection");
constexpr int kPageSize = 50;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QJsonObject props(const QJsonObject &o)
{
    return o.value(QLatin1StringView("properties")).toObject();
}

Response noWorkspace()
{
    return armError(404, QStringLiteral("ResourceNotFound"), QStringLiteral("The workspace was not found."));
}

Response ok(const QJsonObject &o, int status = 200)
{
    return Response::json(status, o);
}

// A page of an ARM list with its nextLink ($skipToken is the offset).
Response page(const Request &r, const QList<QJsonObject> &items, int skip, bool more)
{
    QJsonArray value;
    for (const QJsonObject &o : items)
        value.append(o);
    QJsonObject body{{QStringLiteral("value"), value}};
    if (more) {
        QString next = r.baseUrl + r.path + QStringLiteral("?api-version=") + r.queryValue(QStringLiteral("api-version"))
            + QStringLiteral("&$skipToken=") + QString::number(skip + int(items.size()));
        body.insert(QStringLiteral("nextLink"), next);
    }
    return ok(body);
}

int skipOf(const Request &r)
{
    return qMax(0, r.queryValue(QStringLiteral("$skipToken")).toInt());
}

std::optional<QJsonObject> parseBody(const Request &r, Response *bad)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *bad = armError(400, QStringLiteral("InvalidRequestContent"),
                        QStringLiteral("The request content was invalid and could not be deserialized: %1 at offset %2.")
                            .arg(error.errorString())
                            .arg(error.offset));
        return std::nullopt;
    }
    return doc.object();
}

const QStringList &automationProperties()
{
    static const QStringList names = {
        QStringLiteral("IncidentTitle"), QStringLiteral("IncidentDescription"), QStringLiteral("IncidentSeverity"),
        QStringLiteral("IncidentStatus"), QStringLiteral("IncidentRelatedAnalyticRuleIds"), QStringLiteral("IncidentTactics"),
        QStringLiteral("IncidentLabel"), QStringLiteral("IncidentProviderName"), QStringLiteral("IncidentUpdatedBySource"),
        QStringLiteral("IncidentCustomDetailsKey"), QStringLiteral("IncidentCustomDetailsValue"),
        QStringLiteral("AccountAadTenantId"), QStringLiteral("AccountAadUserId"), QStringLiteral("AccountName"),
        QStringLiteral("AccountNTDomain"), QStringLiteral("AccountPUID"), QStringLiteral("AccountSid"),
        QStringLiteral("AccountObjectGuid"), QStringLiteral("AccountUPNSuffix"), QStringLiteral("AlertProductNames"),
        QStringLiteral("AlertAnalyticRuleIds"), QStringLiteral("AzureResourceResourceId"),
        QStringLiteral("AzureResourceSubscriptionId"), QStringLiteral("CloudApplicationAppId"),
        QStringLiteral("CloudApplicationAppName"), QStringLiteral("DNSDomainName"), QStringLiteral("FileDirectory"),
        QStringLiteral("FileName"), QStringLiteral("FileHashValue"), QStringLiteral("HostAzureID"), QStringLiteral("HostName"),
        QStringLiteral("HostNetBiosName"), QStringLiteral("HostNTDomain"), QStringLiteral("HostOSVersion"),
        QStringLiteral("IoTDeviceId"), QStringLiteral("IoTDeviceName"), QStringLiteral("IoTDeviceType"),
        QStringLiteral("IoTDeviceVendor"), QStringLiteral("IoTDeviceModel"), QStringLiteral("IoTDeviceOperatingSystem"),
        QStringLiteral("IPAddress"), QStringLiteral("MailboxDisplayName"), QStringLiteral("MailboxPrimaryAddress"),
        QStringLiteral("MailboxUPN"), QStringLiteral("MailMessageDeliveryAction"), QStringLiteral("MailMessageDeliveryLocation"),
        QStringLiteral("MailMessageRecipient"), QStringLiteral("MailMessageSenderIP"), QStringLiteral("MailMessageSubject"),
        QStringLiteral("MailMessageP1Sender"), QStringLiteral("MailMessageP2Sender"), QStringLiteral("MalwareCategory"),
        QStringLiteral("MalwareName"), QStringLiteral("ProcessCommandLine"), QStringLiteral("ProcessId"),
        QStringLiteral("RegistryKey"), QStringLiteral("RegistryValueData"), QStringLiteral("Url")};
    return names;
}

const QStringList kOperators = {QStringLiteral("Equals"), QStringLiteral("NotEquals"), QStringLiteral("Contains"),
                                QStringLiteral("NotContains"), QStringLiteral("StartsWith"), QStringLiteral("NotStartsWith"),
                                QStringLiteral("EndsWith"), QStringLiteral("NotEndsWith")};
const QStringList kSeverities = {QStringLiteral("High"), QStringLiteral("Medium"), QStringLiteral("Low"),
                                 QStringLiteral("Informational")};
const QStringList kProducts = {QStringLiteral("Microsoft Cloud App Security"), QStringLiteral("Azure Security Center"),
                               QStringLiteral("Azure Advanced Threat Protection"),
                               QStringLiteral("Azure Active Directory Identity Protection"),
                               QStringLiteral("Azure Security Center for IoT"),
                               QStringLiteral("Office 365 Advanced Threat Protection"),
                               QStringLiteral("Microsoft Defender Advanced Threat Protection")};

// What is wrong with an automation rule condition, or empty.
QString conditionProblem(const QJsonObject &c, int depth)
{
    const QString type = str(c, "conditionType");
    const QJsonObject p = c.value(QLatin1StringView("conditionProperties")).toObject();
    if (type == QLatin1StringView("Property")) {
        if (!automationProperties().contains(str(p, "propertyName")))
            return QStringLiteral("'%1' is not a known propertyName.").arg(str(p, "propertyName"));
        if (!kOperators.contains(str(p, "operator")))
            return QStringLiteral("'%1' is not a known operator; expected one of %2.")
                .arg(str(p, "operator"), kOperators.join(QStringLiteral(", ")));
        if (!p.value(QLatin1StringView("propertyValues")).isArray())
            return QStringLiteral("propertyValues must be an array.");
        return {};
    }
    if (type == QLatin1StringView("Boolean")) {
        const QJsonArray inner = p.value(QLatin1StringView("innerConditions")).toArray();
        if (str(p, "operator") != QLatin1StringView("And") && str(p, "operator") != QLatin1StringView("Or"))
            return QStringLiteral("A Boolean condition's operator is And or Or.");
        if (inner.size() < 2 || inner.size() > 10 || depth > 3)
            return QStringLiteral("A Boolean condition has 2 to 10 inner conditions.");
        for (const QJsonValue &v : inner) {
            const QString why = conditionProblem(v.toObject(), depth + 1);
            if (!why.isEmpty())
                return why;
        }
        return {};
    }
    if (type == QLatin1StringView("PropertyChanged") || type == QLatin1StringView("PropertyArrayChanged")
        || type == QLatin1StringView("PropertyArray"))
        return {};
    return QStringLiteral("'%1' is not a known conditionType.").arg(type);
}

} // namespace

Response armError(int status, const QString &code, const QString &message)
{
    return Response::json(status, QJsonObject{{QStringLiteral("error"),
                                               QJsonObject{{QStringLiteral("code"), code},
                                                           {QStringLiteral("message"), message}}}});
}

ArmApi::ArmApi(Integration &integration)
    : m_integration(integration)
{}

QString ArmApi::resourceAudience()
{
    return QStringLiteral("https://management.azure.com");
}

QStringList ArmApi::planNames()
{
    // The catalog is compiled in: its plans are listed once.
    static const QStringList plans = [] {
        QStringList out;
        for (const sim::CatalogEntry &e : sim::AlertCatalog::builtIn().entries()) {
            if (!out.contains(e.plan))
                out << e.plan;
        }
        out << QStringLiteral("CloudPosture");
        out.sort();
        return out;
    }();
    return plans;
}

void ArmApi::addRoutes(Router &router)
{
    auto add = [&](const char *method, const QString &path, Response (ArmApi::*f)(Request &)) {
        router.add(method, path, [this, f](Request &r) {
            if (auto stop = precheck(r))
                return *stop;
            return (this->*f)(r);
        });
    };
    auto addRule = [&](const char *method, const QString &path, Response (ArmApi::*f)(Request &, bool), bool automation) {
        router.add(method, path, [this, f, automation](Request &r) {
            if (auto stop = precheck(r))
                return *stop;
            return (this->*f)(r, automation);
        });
    };
    add("GET", QStringLiteral("/subscriptions"), &ArmApi::subscriptions);
    add("GET", QStringLiteral("/subscriptions/{sub}"), &ArmApi::getSubscription);
    add("GET", QStringLiteral("/subscriptions/{sub}") + kPermissions, &ArmApi::subscriptionPermissions);
    add("GET", kWorkspaceResource + kPermissions, &ArmApi::workspacePermissions);
    add("GET", kSecurity + QStringLiteral("/pricings"), &ArmApi::pricings);
    add("GET", kSecurity + QStringLiteral("/pricings/{name}"), &ArmApi::getPricing);
    add("PUT", kSecurity + QStringLiteral("/pricings/{name}"), &ArmApi::putPricing);
    add("GET", kSecurity + QStringLiteral("/settings"), &ArmApi::settings);
    add("GET", kSecurity + QStringLiteral("/settings/{name}"), &ArmApi::getSetting);
    add("PUT", kSecurity + QStringLiteral("/settings/{name}"), &ArmApi::putSetting);
    add("GET", kSecurity + QStringLiteral("/alerts"), &ArmApi::dfcAlerts);
    add("GET", kSecurity + QStringLiteral("/locations/{loc}/alerts/{name}"), &ArmApi::getDfcAlert);
    add("POST", kSecurity + QStringLiteral("/locations/{loc}/alerts/{name}/{action}"), &ArmApi::dfcAlertAction);
    add("GET", kWorkspace + QStringLiteral("/dataConnectors"), &ArmApi::connectors);
    add("GET", kWorkspace + QStringLiteral("/dataConnectors/{id}"), &ArmApi::getConnector);
    add("PUT", kWorkspace + QStringLiteral("/dataConnectors/{id}"), &ArmApi::putConnector);
    add("DELETE", kWorkspace + QStringLiteral("/dataConnectors/{id}"), &ArmApi::deleteConnector);
    for (bool automation : {false, true}) {
        const QString base = kWorkspace + (automation ? QStringLiteral("/automationRules") : QStringLiteral("/alertRules"));
        addRule("GET", base, &ArmApi::rules, automation);
        addRule("GET", base + QStringLiteral("/{id}"), &ArmApi::getRule, automation);
        addRule("PUT", base + QStringLiteral("/{id}"), &ArmApi::putRule, automation);
        addRule("DELETE", base + QStringLiteral("/{id}"), &ArmApi::deleteRule, automation);
    }
    add("GET", kWorkspace + QStringLiteral("/incidents"), &ArmApi::incidents);
    add("GET", kWorkspace + QStringLiteral("/incidents/{id}"), &ArmApi::getIncident);
    add("PUT", kWorkspace + QStringLiteral("/incidents/{id}"), &ArmApi::putIncident);
    add("POST", kWorkspace + QStringLiteral("/incidents/{id}/alerts"), &ArmApi::incidentAlerts);
    add("GET", kTenantSettings, &ArmApi::tenantSettings);
    add("PUT", kTenantSettings, &ArmApi::putTenantSettings);
    add("POST", kTenantSettings + QStringLiteral("/upgradeSolution"), &ArmApi::upgradeSolution);
    add("GET", kTuningRules, &ArmApi::tuningRules);
    add("POST", kTuningRules + QStringLiteral("/preview"), &ArmApi::previewTuningRule);
    add("GET", kTuningRules + QStringLiteral("/{id}"), &ArmApi::getTuningRule);
    add("PUT", kTuningRules + QStringLiteral("/{id}"), &ArmApi::putTuningRule);
    add("DELETE", kTuningRules + QStringLiteral("/{id}"), &ArmApi::deleteTuningRule);
}

// ---- checks

std::optional<Response> ArmApi::precheck(const Request &r) const
{
    bool present = false;
    r.queryValue(QStringLiteral("api-version"), &present);
    if (!present)
        return armError(400, QStringLiteral("MissingApiVersionParameter"),
                        QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
    const QString aud = r.identity.audience;
    if (!aud.startsWith(resourceAudience()) && !aud.startsWith(QLatin1StringView("https://management.core.windows.net")))
        return armError(401, QStringLiteral("InvalidAuthenticationTokenAudience"),
                        QStringLiteral("The access token has been obtained for the wrong audience or resource '%1'. "
                                       "It should exactly match %2.")
                            .arg(aud, resourceAudience()));
    return std::nullopt; // due status sync has already run: ServerCore::dispatch does it for every route
}

const sim::Principal *ArmApi::principal(const Request &r) const
{
    return m_integration.tenant().principalById(r.identity.objectId);
}

ArmScope ArmApi::workspaceScope() const
{
    return {m_integration.workspace().subscriptionId, true};
}

bool ArmApi::allowed(const Request &r, const ArmScope &scope, QStringView action) const
{
    return armrole::permissionsAt(m_integration.tenant(), principal(r), scope).allows(action);
}

std::optional<Response> ArmApi::needAction(const Request &r, const QString &subscription, QStringView action,
                                           const QString &what) const
{
    if (allowed(r, {subscription, false}, action))
        return std::nullopt;
    return armError(403, QStringLiteral("AuthorizationFailed"),
                    QStringLiteral("The client '%1' does not have authorization to %2 (%3) on subscription %4: it "
                                   "needs %5 on the subscription.")
                        .arg(r.identity.name(), what, action.toString(), subscription,
                             armrole::allowing(action, false).join(QStringLiteral(" or "))));
}

std::optional<Response> ArmApi::needWorkspaceAction(const Request &r, QStringView action) const
{
    if (allowed(r, workspaceScope(), action))
        return std::nullopt;
    const bool read = armrole::allowing(action, true).contains(armrole::sentinelReader().name);
    return armError(403, QStringLiteral("AuthorizationFailed"),
                    (read ? QStringLiteral("The client '%1' needs read access to the workspace (%2) for this (%3).")
                          : QStringLiteral("The client '%1' needs read/write access to the workspace (%2) for this (%3)."))
                        .arg(r.identity.name(),
                             read ? armrole::sentinelReader().name : armrole::sentinelContributor().name,
                             action.toString()));
}

std::optional<Response> ArmApi::needTenantRole(const Request &r, const QStringList &roles, const QString &action) const
{
    for (const QString &role : roles) {
        if (r.identity.roles.contains(role))
            return std::nullopt;
    }
    return armError(403, QStringLiteral("AuthorizationFailed"),
                    QStringLiteral("The client '%1' does not have authorization to %2: it needs the %3 role.")
                        .arg(r.identity.name(), action, roles.join(QStringLiteral(" or "))));
}

const sim::Subscription *ArmApi::subscription(const Request &r, Response *notFound) const
{
    const QString id = r.params.value(QStringLiteral("sub"));
    const sim::Subscription *s = m_integration.tenant().subscription(id);
    // A subscription the caller cannot see is not found, as ARM answers.
    if (!s || !sees(r, *s)) {
        *notFound = armError(404, QStringLiteral("SubscriptionNotFound"),
                             QStringLiteral("The subscription '%1' could not be found.").arg(id));
        return nullptr;
    }
    return s;
}

std::optional<Response> ArmApi::workspaceRoute(const Request &r, QStringView action) const
{
    if (!isWorkspace(r))
        return noWorkspace();
    return needWorkspaceAction(r, action);
}

std::optional<Response> ArmApi::workspaceWrite(const Request &r, QStringView action,
                                               std::optional<QJsonObject> *body) const
{
    if (auto refused = workspaceRoute(r, action))
        return refused;
    Response bad;
    *body = parseBody(r, &bad);
    return *body ? std::nullopt : std::optional<Response>(bad);
}

bool ArmApi::isWorkspace(const Request &r) const
{
    const sim::Workspace w = m_integration.workspace();
    return r.params.value(QStringLiteral("wsSub")) == w.subscriptionId
        && r.params.value(QStringLiteral("rg")).compare(w.resourceGroup, Qt::CaseInsensitive) == 0
        && r.params.value(QStringLiteral("ws")).compare(w.name, Qt::CaseInsensitive) == 0;
}

QString ArmApi::workspaceBase() const
{
    return m_integration.workspace().resourceId() + QStringLiteral("/providers/Microsoft.SecurityInsights");
}

// ---- subscriptions, plans, settings

QJsonObject ArmApi::subscriptionJson(const sim::Subscription &s) const
{
    // AWS accounts and GCP projects are listed as subscriptions; the tag says which cloud.
    return {{QStringLiteral("id"), QString(QStringLiteral("/subscriptions/") + s.id)},
            {QStringLiteral("subscriptionId"), s.id},
            {QStringLiteral("tenantId"), s.tenantId},
            {QStringLiteral("displayName"), s.displayName},
            {QStringLiteral("state"), QStringLiteral("Enabled")},
            {QStringLiteral("authorizationSource"), QStringLiteral("RoleBased")},
            {QStringLiteral("managedByTenants"),
             s.tenantId == m_integration.tenant().id
                 ? QJsonArray()
                 : QJsonArray{QJsonObject{{QStringLiteral("tenantId"), m_integration.tenant().id}}}},
            {QStringLiteral("tags"), QJsonObject{{QStringLiteral("cloud"), sim::cloudName(s.cloud)},
                                                 {QStringLiteral("securityInsightsRegistered"),
                                                  s.securityInsightsRegistered ? QStringLiteral("true")
                                                                               : QStringLiteral("false")}}}};
}

bool ArmApi::sees(const Request &r, const sim::Subscription &s) const
{
    // Any role on it; tenant-wide administrators also see the subscriptions delegated to
    // the tenant through Lighthouse.
    return allowed(r, {s.id, false}, armaction::SubscriptionRead);
}

Response ArmApi::subscriptions(Request &r)
{
    QList<QJsonObject> out;
    for (const sim::Subscription &s : m_integration.tenant().subscriptions) {
        if (sees(r, s))
            out << subscriptionJson(s);
    }
    return page(r, out, 0, false);
}

Response ArmApi::getSubscription(Request &r)
{
    Response notFound;
    const sim::Subscription *s = subscription(r, &notFound);
    return s ? ok(subscriptionJson(*s)) : notFound;
}

// Any caller may ask about itself; what it cannot see is not found, as elsewhere.
Response ArmApi::subscriptionPermissions(Request &r)
{
    Response notFound;
    const sim::Subscription *s = subscription(r, &notFound);
    if (!s)
        return notFound;
    return ok(armrole::permissionsAt(m_integration.tenant(), principal(r), {s->id, false}).toJson());
}

Response ArmApi::workspacePermissions(Request &r)
{
    if (!isWorkspace(r))
        return noWorkspace();
    return ok(armrole::permissionsAt(m_integration.tenant(), principal(r), workspaceScope()).toJson());
}

QJsonObject ArmApi::pricingJson(const sim::Subscription &s, const QString &plan) const
{
    const bool on = s.planOn(plan);
    QJsonObject p{{QStringLiteral("pricingTier"), on ? QStringLiteral("Standard") : QStringLiteral("Free")},
                  {QStringLiteral("freeTrialRemainingTime"), QStringLiteral("PT0S")}};
    if (on)
        p.insert(QStringLiteral("resourcesCoverageStatus"), QStringLiteral("FullyCovered"));
    return {{QStringLiteral("id"), QString(QStringLiteral("/subscriptions/") + s.id
                                           + QStringLiteral("/providers/Microsoft.Security/pricings/") + plan)},
            {QStringLiteral("name"), plan},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Security/pricings")},
            {QStringLiteral("properties"), p}};
}

Response ArmApi::pricings(Request &r)
{
    Response notFound;
    const sim::Subscription *s = subscription(r, &notFound);
    if (!s)
        return notFound;
    QList<QJsonObject> out;
    for (const QString &plan : planNames())
        out << pricingJson(*s, plan);
    return page(r, out, 0, false);
}

const sim::Subscription *ArmApi::itemRoute(const Request &r, const QStringList &known, const QString &code,
                                           Response *notFound) const
{
    const sim::Subscription *s = subscription(r, notFound);
    const QString name = r.params.value(QStringLiteral("name"));
    if (s && !known.contains(name)) {
        *notFound = armError(404, code, QStringLiteral("There is no '%1' here; the simulator knows %2.")
                                            .arg(name, known.join(QStringLiteral(", "))));
        return nullptr;
    }
    return s;
}

Response ArmApi::getPricing(Request &r)
{
    Response notFound;
    const sim::Subscription *s = itemRoute(r, planNames(), QStringLiteral("PricingNotFound"), &notFound);
    return s ? ok(pricingJson(*s, r.params.value(QStringLiteral("name")))) : notFound;
}

Response ArmApi::putPricing(Request &r)
{
    Response stop;
    const sim::Subscription *s = itemRoute(r, planNames(), QStringLiteral("PricingNotFound"), &stop);
    if (!s)
        return stop;
    const QString plan = r.params.value(QStringLiteral("name"));
    if (auto denied = needAction(r, s->id, armaction::PricingsWrite, QStringLiteral("change Microsoft Defender plans")))
        return *denied;
    const auto body = parseBody(r, &stop);
    if (!body)
        return stop;
    const QString tier = str(props(*body), "pricingTier");
    if (tier != QLatin1StringView("Standard") && tier != QLatin1StringView("Free"))
        return armError(400, QStringLiteral("InvalidInput"),
                        QStringLiteral("properties.pricingTier must be Standard or Free, not '%1'.").arg(tier));
    sim::Subscription *writable = m_integration.tenant().subscription(s->id);
    writable->plans.insert(plan, tier == QLatin1StringView("Standard"));
    m_integration.saveSubscription(*writable);
    return ok(pricingJson(*writable, plan));
}

QJsonObject ArmApi::settingJson(const sim::Subscription &s) const
{
    return {{QStringLiteral("id"), QString(QStringLiteral("/subscriptions/") + s.id
                                           + QStringLiteral("/providers/Microsoft.Security/settings/Sentinel"))},
            {QStringLiteral("name"), QStringLiteral("Sentinel")},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Security/settings")},
            {QStringLiteral("kind"), QStringLiteral("AlertSyncSettings")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("enabled"), m_integration.state().alertSync.contains(s.id)}}}};
}

Response ArmApi::settings(Request &r)
{
    Response notFound;
    const sim::Subscription *s = subscription(r, &notFound);
    return s ? page(r, {settingJson(*s)}, 0, false) : notFound;
}

Response ArmApi::getSetting(Request &r)
{
    Response notFound;
    const sim::Subscription *s = itemRoute(r, {QStringLiteral("Sentinel")}, QStringLiteral("SettingNotFound"), &notFound);
    return s ? ok(settingJson(*s)) : notFound;
}

Response ArmApi::putSetting(Request &r)
{
    Response stop;
    const sim::Subscription *s = itemRoute(r, {QStringLiteral("Sentinel")}, QStringLiteral("SettingNotFound"), &stop);
    if (!s)
        return stop;
    if (auto denied = needAction(r, s->id, armaction::SettingsWrite, QStringLiteral("change bi-directional alert sync")))
        return *denied;
    const auto body = parseBody(r, &stop);
    if (!body)
        return stop;
    const QJsonValue enabled = props(*body).value(QLatin1StringView("enabled"));
    if (str(*body, "kind") != QLatin1StringView("AlertSyncSettings") || !enabled.isBool())
        return armError(400, QStringLiteral("InvalidInput"),
                        QStringLiteral("Expected {\"kind\":\"AlertSyncSettings\",\"properties\":{\"enabled\":true|false}}."));
    if (enabled.toBool())
        m_integration.state().alertSync.insert(s->id);
    else
        m_integration.state().alertSync.remove(s->id);
    m_integration.saveState();
    return ok(settingJson(*s));
}

// ---- Defender for Cloud alerts

Response ArmApi::dfcAlerts(Request &r)
{
    Response notFound;
    const sim::Subscription *s = subscription(r, &notFound);
    if (!s)
        return notFound;
    bool more = false;
    const int skip = skipOf(r);
    const QList<QJsonObject> items = m_integration.dfcAlerts(s->id, skip, kPageSize, &more);
    return page(r, items, skip, more);
}

Response ArmApi::getDfcAlert(Request &r)
{
    Response notFound;
    const sim::Subscription *s = subscription(r, &notFound);
    if (!s)
        return notFound;
    const auto alert = m_integration.dfcAlert(r.params.value(QStringLiteral("name")));
    if (!alert || !str(*alert, "id").startsWith(QString(QStringLiteral("/subscriptions/") + s->id + u'/')))
        return armError(404, QStringLiteral("AlertNotFound"),
                        QStringLiteral("The alert '%1' was not found.").arg(r.params.value(QStringLiteral("name"))));
    return ok(*alert);
}

Response ArmApi::dfcAlertAction(Request &r)
{
    Response stop;
    const sim::Subscription *s = subscription(r, &stop);
    if (!s)
        return stop;
    static const QHash<QString, QString> statusOf = {{QStringLiteral("dismiss"), QStringLiteral("Dismissed")},
                                                     {QStringLiteral("resolve"), QStringLiteral("Resolved")},
                                                     {QStringLiteral("activate"), QStringLiteral("Active")},
                                                     {QStringLiteral("inProgress"), QStringLiteral("InProgress")}};
    const QString action = r.params.value(QStringLiteral("action"));
    if (action == QLatin1StringView("simulate") && r.params.value(QStringLiteral("name")) == QLatin1StringView("default"))
        return simulate(r, *s);
    if (!statusOf.contains(action))
        return armError(404, QStringLiteral("InvalidResourceType"),
                        QStringLiteral("'%1' is not an alert action; expected dismiss, resolve, activate or inProgress.")
                            .arg(action));
    if (auto denied = needAction(r, s->id, armaction::dfcAlertAction(action), QStringLiteral("change Defender for Cloud alerts")))
        return *denied;
    const QString name = r.params.value(QStringLiteral("name"));
    const auto alert = m_integration.dfcAlert(name);
    if (!alert || !str(*alert, "id").startsWith(QString(QStringLiteral("/subscriptions/") + s->id + u'/')))
        return armError(404, QStringLiteral("AlertNotFound"), QStringLiteral("The alert '%1' was not found.").arg(name));
    m_integration.setDfcAlertStatus(name, statusOf.value(action), Timestamp::now());
    Response done;
    done.status = 204;
    return done;
}

Response ArmApi::simulate(Request &r, const sim::Subscription &s)
{
    Response stop;
    if (auto denied = needAction(r, s.id, armaction::AlertsSimulate, QStringLiteral("simulate Defender for Cloud alerts")))
        return *denied;
    const auto body = parseBody(r, &stop);
    if (!body)
        return stop;
    const QJsonObject p = props(*body);
    QStringList plans;
    for (const QJsonValue &b : p.value(QLatin1StringView("bundles")).toArray())
        plans << b.toString();
    if (str(p, "kind") != QLatin1StringView("Bundles") || plans.isEmpty())
        return armError(400, QStringLiteral("BadRequest"),
                        QStringLiteral("Expected {\"properties\":{\"kind\":\"Bundles\",\"bundles\":[plan names]}}."));
    for (const QString &plan : std::as_const(plans)) {
        if (!planNames().contains(plan))
            return armError(400, QStringLiteral("BadRequest"),
                            QStringLiteral("'%1' is not a bundle; the simulator takes Defender plan names: %2.")
                                .arg(plan, planNames().join(QStringLiteral(", "))));
    }
    if (m_simulate)
        m_simulate(s, plans);
    Response accepted;
    accepted.status = 202;
    return accepted;
}

// ---- data connectors

QList<QJsonObject> ArmApi::connectorList() const
{
    QList<QJsonObject> out;
    const CloudState &st = m_integration.state();
    QStringList subs(st.legacyConnected.cbegin(), st.legacyConnected.cend());
    subs.sort();
    for (const QString &sub : std::as_const(subs)) {
        const QString name = QStringLiteral("asc-") + sub;
        out << QJsonObject{{QStringLiteral("id"), QString(workspaceBase() + QStringLiteral("/dataConnectors/") + name)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("type"), QStringLiteral("Microsoft.SecurityInsights/dataConnectors")},
                           {QStringLiteral("kind"), QStringLiteral("AzureSecurityCenter")},
                           {QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("subscriptionId"), sub},
                                        {QStringLiteral("dataTypes"),
                                         QJsonObject{{QStringLiteral("alerts"),
                                                      QJsonObject{{QStringLiteral("state"), QStringLiteral("Enabled")}}}}}}}};
    }
    auto tenantWide = [&](const QString &name, const char *dataType, bool on) {
        return QJsonObject{{QStringLiteral("id"), QString(workspaceBase() + QStringLiteral("/dataConnectors/") + name)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("type"), QStringLiteral("Microsoft.SecurityInsights/dataConnectors")},
                           {QStringLiteral("kind"), name},
                           {QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("tenantId"), m_integration.tenant().id},
                                        {QStringLiteral("dataTypes"),
                                         QJsonObject{{QLatin1StringView(dataType),
                                                      QJsonObject{{QStringLiteral("state"),
                                                                   on ? QStringLiteral("Enabled") : QStringLiteral("Disabled")}}}}}}}};
    };
    if (st.tenantConnectorListed())
        out << tenantWide(kTenantConnector, "alerts", st.tenantConnector);
    out << tenantWide(kXdrConnector, "incidents", st.xdrIncidents);
    return out;
}

Response ArmApi::connectors(Request &r)
{
    if (auto refused = workspaceRoute(r, armaction::DataConnectorsRead))
        return *refused;
    return page(r, connectorList(), 0, false);
}

Response ArmApi::getConnector(Request &r)
{
    if (auto refused = workspaceRoute(r, armaction::DataConnectorsRead))
        return *refused;
    for (const QJsonObject &c : connectorList()) {
        if (str(c, "name") == r.params.value(QStringLiteral("id")))
            return ok(c);
    }
    return armError(404, QStringLiteral("NotFound"),
                    QStringLiteral("Data connector '%1' was not found.").arg(r.params.value(QStringLiteral("id"))));
}

Response ArmApi::putConnector(Request &r)
{
    std::optional<QJsonObject> body;
    if (auto refused = workspaceWrite(r, armaction::DataConnectorsWrite, &body))
        return *refused;
    const QString kind = str(*body, "kind");
    const QJsonObject dataTypes = props(*body).value(QLatin1StringView("dataTypes")).toObject();
    CloudState &st = m_integration.state();
    if (kind == QLatin1StringView("AzureSecurityCenter")) {
        const QString sub = str(props(*body), "subscriptionId");
        const bool on = str(dataTypes.value(QLatin1StringView("alerts")).toObject(), "state") == QLatin1StringView("Enabled");
        const sim::Subscription *s = m_integration.tenant().subscription(sub);
        if (!s)
            return armError(400, QStringLiteral("BadRequest"), QStringLiteral("Subscription '%1' does not exist.").arg(sub));
        // What makes it impossible comes before who may do it.
        QString why;
        if (on && !CloudState::mayConnect(m_integration.tenant(), *s, &why))
            return armError(409, QStringLiteral("Conflict"), why);
        if (auto denied = needAction(r, sub, armaction::DataConnectorsWrite,
                                     QStringLiteral("connect the subscription to Microsoft Sentinel")))
            return *denied;
        if (on)
            st.legacyConnected.insert(sub);
        else
            st.legacyConnected.remove(sub);
        m_integration.saveState();
        for (const QJsonObject &c : connectorList()) {
            if (str(props(c), "subscriptionId") == sub)
                return ok(c);
        }
        return ok(*body);
    }
    if (kind == kTenantConnector || kind == kXdrConnector) {
        if (kind == kTenantConnector && !st.tenantConnectorListed())
            return armError(400, QStringLiteral("BadRequest"),
                            st.unifiedPlatform
                                ? QStringLiteral("The workspace is onboarded to the unified security operations platform: "
                                                 "Defender for Cloud alerts already flow into Defender XDR.")
                                : QStringLiteral("The tenant-based connector needs the Microsoft Defender for Cloud solution "
                                                 "3.0.0 or later (installed: %1).").arg(st.solutionVersion));
        if (auto denied = needTenantRole(r, {QStringLiteral("Global Administrator")},
                                         QStringLiteral("connect a tenant-wide data connector")))
            return *denied;
        const char *type = kind == kTenantConnector ? "alerts" : "incidents";
        const QJsonValue state = dataTypes.value(QLatin1StringView(type)).toObject().value(QLatin1StringView("state"));
        if (!state.isString())
            return armError(400, QStringLiteral("BadRequest"),
                            QStringLiteral("Expected properties.dataTypes.%1.state (Enabled or Disabled).").arg(QLatin1StringView(type)));
        (kind == kTenantConnector ? st.tenantConnector : st.xdrIncidents) = state.toString() == QLatin1StringView("Enabled");
        m_integration.saveState();
        for (const QJsonObject &c : connectorList()) {
            if (str(c, "name") == kind)
                return ok(c);
        }
    }
    return armError(400, QStringLiteral("BadRequest"),
                    QStringLiteral("The simulator manages data connectors of kind AzureSecurityCenter, %1 and %2, not '%3'.")
                        .arg(kTenantConnector, kXdrConnector, kind));
}

Response ArmApi::deleteConnector(Request &r)
{
    if (auto refused = workspaceRoute(r, armaction::DataConnectorsDelete))
        return *refused;
    const QString id = r.params.value(QStringLiteral("id"));
    CloudState &st = m_integration.state();
    if (id.startsWith(QLatin1StringView("asc-"))) {
        const QString sub = id.mid(4);
        if (auto denied = needAction(r, sub, armaction::DataConnectorsDelete,
                                     QStringLiteral("disconnect the subscription from Microsoft Sentinel")))
            return *denied;
        st.legacyConnected.remove(sub);
    } else if (id == kTenantConnector || id == kXdrConnector) {
        if (auto denied = needTenantRole(r, {QStringLiteral("Global Administrator")},
                                         QStringLiteral("disconnect a tenant-wide data connector")))
            return *denied;
        (id == kTenantConnector ? st.tenantConnector : st.xdrIncidents) = false;
    } else {
        Response none;
        none.status = 204;
        return none;
    }
    m_integration.saveState();
    Response done;
    done.status = 200;
    return done;
}

// ---- analytics and automation rules

Response ArmApi::rules(Request &r, bool automation)
{
    if (auto refused = workspaceRoute(r, automation ? armaction::AutomationRulesRead : armaction::AlertRulesRead))
        return *refused;
    QList<QJsonObject> out;
    for (const QJsonValue &v : automation ? m_integration.state().automationRules : m_integration.state().alertRules)
        out << v.toObject();
    return page(r, out, 0, false);
}

Response ArmApi::getRule(Request &r, bool automation)
{
    if (auto refused = workspaceRoute(r, automation ? armaction::AutomationRulesRead : armaction::AlertRulesRead))
        return *refused;
    for (const QJsonValue &v : automation ? m_integration.state().automationRules : m_integration.state().alertRules) {
        if (str(v.toObject(), "name") == r.params.value(QStringLiteral("id")))
            return ok(v.toObject());
    }
    return armError(404, QStringLiteral("NotFound"), QStringLiteral("Rule '%1' was not found.").arg(r.params.value(QStringLiteral("id"))));
}

Response ArmApi::putRule(Request &r, bool automation)
{
    std::optional<QJsonObject> body;
    if (auto refused = workspaceWrite(r, automation ? armaction::AutomationRulesWrite : armaction::AlertRulesWrite, &body))
        return *refused;
    const QString name = r.params.value(QStringLiteral("id"));
    const QJsonObject p = props(*body);
    auto invalid = [](const QString &why) { return armError(400, QStringLiteral("BadRequest"), why); };
    if (automation) {
        const QString display = str(p, "displayName");
        if (display.isEmpty() || display.size() > 500)
            return invalid(QStringLiteral("properties.displayName is required (at most 500 characters)."));
        const int order = p.value(QLatin1StringView("order")).toInt(-1);
        if (order < 1 || order > 1000)
            return invalid(QStringLiteral("properties.order must be between 1 and 1000."));
        const QJsonObject logic = p.value(QLatin1StringView("triggeringLogic")).toObject();
        if (!logic.value(QLatin1StringView("isEnabled")).isBool())
            return invalid(QStringLiteral("properties.triggeringLogic.isEnabled is required."));
        if (str(logic, "triggersOn") != QLatin1StringView("Incidents") && str(logic, "triggersOn") != QLatin1StringView("Alerts"))
            return invalid(QStringLiteral("properties.triggeringLogic.triggersOn must be Incidents or Alerts."));
        if (str(logic, "triggersWhen") != QLatin1StringView("Created") && str(logic, "triggersWhen") != QLatin1StringView("Updated"))
            return invalid(QStringLiteral("properties.triggeringLogic.triggersWhen must be Created or Updated."));
        Timestamp expiry;
        if (logic.contains(QLatin1StringView("expirationTimeUtc")) && !logic.value(QLatin1StringView("expirationTimeUtc")).isNull()
            && !Timestamp::parse(str(logic, "expirationTimeUtc"), &expiry))
            return invalid(QStringLiteral("properties.triggeringLogic.expirationTimeUtc is not a date and time."));
        const QJsonArray conditions = logic.value(QLatin1StringView("conditions")).toArray();
        if (conditions.size() > 50)
            return invalid(QStringLiteral("At most 50 conditions."));
        for (const QJsonValue &c : conditions) {
            const QString why = conditionProblem(c.toObject(), 0);
            if (!why.isEmpty())
                return invalid(why);
        }
        const QJsonArray actions = p.value(QLatin1StringView("actions")).toArray();
        if (actions.isEmpty() || actions.size() > 20)
            return invalid(QStringLiteral("properties.actions needs 1 to 20 actions."));
        for (const QJsonValue &a : actions) {
            const QString type = str(a.toObject(), "actionType");
            if (type != QLatin1StringView("ModifyProperties") && type != QLatin1StringView("RunPlaybook")
                && type != QLatin1StringView("AddIncidentTask"))
                return invalid(QStringLiteral("'%1' is not an action type (ModifyProperties, RunPlaybook, AddIncidentTask).").arg(type));
        }
    } else {
        if (str(*body, "kind") != QLatin1StringView("MicrosoftSecurityIncidentCreation"))
            return invalid(QStringLiteral("The simulator runs analytics rules of kind MicrosoftSecurityIncidentCreation only."));
        if (str(p, "displayName").isEmpty() || !p.value(QLatin1StringView("enabled")).isBool())
            return invalid(QStringLiteral("properties.displayName and properties.enabled are required."));
        if (!kProducts.contains(str(p, "productFilter")))
            return invalid(QStringLiteral("'%1' is not a productFilter; expected one of %2.")
                               .arg(str(p, "productFilter"), kProducts.join(QStringLiteral(", "))));
        for (const QJsonValue &sv : p.value(QLatin1StringView("severitiesFilter")).toArray()) {
            if (!kSeverities.contains(sv.toString()))
                return invalid(QStringLiteral("'%1' is not a severity (High, Medium, Low, Informational).").arg(sv.toString()));
        }
    }
    QJsonArray &list = automation ? m_integration.state().automationRules : m_integration.state().alertRules;
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (str(list.at(i).toObject(), "name") == name)
            at = i;
    }
    if (at >= 0 && !str(*body, "etag").isEmpty() && str(*body, "etag") != str(list.at(at).toObject(), "etag"))
        return armError(409, QStringLiteral("Conflict"),
                        QStringLiteral("New version of resource '%1' exists. Data was not saved.").arg(name));
    QJsonObject stored = *body;
    stored.insert(QStringLiteral("id"),
                  QString(workspaceBase() + (automation ? QStringLiteral("/automationRules/") : QStringLiteral("/alertRules/")) + name));
    stored.insert(QStringLiteral("name"), name);
    stored.insert(QStringLiteral("type"), automation ? QStringLiteral("Microsoft.SecurityInsights/AutomationRules")
                                                     : QStringLiteral("Microsoft.SecurityInsights/alertRules"));
    stored.insert(QStringLiteral("etag"), QString(u'"' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'"'));
    QJsonObject sp = props(stored);
    sp.insert(automation ? QStringLiteral("lastModifiedTimeUtc") : QStringLiteral("lastModifiedUtc"), Timestamp::now().toString());
    stored.insert(QStringLiteral("properties"), sp);
    if (at >= 0)
        list.replace(at, stored);
    else
        list.append(stored);
    m_integration.saveState();
    return ok(stored, at >= 0 ? 200 : 201);
}

Response ArmApi::deleteRule(Request &r, bool automation)
{
    if (auto refused = workspaceRoute(r, automation ? armaction::AutomationRulesDelete : armaction::AlertRulesDelete))
        return *refused;
    QJsonArray &list = automation ? m_integration.state().automationRules : m_integration.state().alertRules;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (str(list.at(i).toObject(), "name") == r.params.value(QStringLiteral("id"))) {
            list.removeAt(i);
            m_integration.saveState();
            Response done;
            done.status = 200;
            return done;
        }
    }
    Response none;
    none.status = 204;
    return none;
}

// ---- Sentinel incidents

Response ArmApi::incidents(Request &r)
{
    if (auto refused = workspaceRoute(r, armaction::IncidentsRead))
        return *refused;
    bool more = false;
    const int skip = skipOf(r);
    const int top = qBound(1, r.queryValue(QStringLiteral("$top")).toInt() ? r.queryValue(QStringLiteral("$top")).toInt() : kPageSize, 1000);
    return page(r, m_integration.sentinelIncidents(skip, top, &more), skip, more);
}

Response ArmApi::getIncident(Request &r)
{
    if (auto refused = workspaceRoute(r, armaction::IncidentsRead))
        return *refused;
    const auto incident = m_integration.sentinelIncident(r.params.value(QStringLiteral("id")));
    if (!incident)
        return armError(404, QStringLiteral("NotFound"),
                        QStringLiteral("Incident '%1' was not found.").arg(r.params.value(QStringLiteral("id"))));
    return ok(*incident);
}

Response ArmApi::putIncident(Request &r)
{
    std::optional<QJsonObject> body;
    if (auto refused = workspaceWrite(r, armaction::IncidentsWrite, &body))
        return *refused;
    const QString id = r.params.value(QStringLiteral("id"));
    QJsonObject stored;
    QString error;
    switch (m_integration.updateSentinelIncident(id, *body, r.identity.name(), Timestamp::now(), &stored, &error)) {
    case Integration::PutResult::Ok:
        return ok(stored);
    case Integration::PutResult::NotFound:
        return armError(404, QStringLiteral("NotFound"), QStringLiteral("Incident '%1' was not found.").arg(id));
    case Integration::PutResult::Conflict:
        return armError(409, QStringLiteral("Conflict"),
                        QStringLiteral("New version of resource '%1' exists. Data was not saved.").arg(id));
    case Integration::PutResult::Invalid:
        break;
    }
    return armError(400, QStringLiteral("BadRequest"), error);
}

Response ArmApi::incidentAlerts(Request &r)
{
    if (auto refused = workspaceRoute(r, armaction::IncidentsRead))
        return *refused;
    const QString id = r.params.value(QStringLiteral("id"));
    if (!m_integration.sentinelIncident(id))
        return armError(404, QStringLiteral("NotFound"), QStringLiteral("Incident '%1' was not found.").arg(id));
    return page(r, m_integration.sentinelIncidentAlerts(id), 0, false);
}

// ---- the tenant's Defender XDR settings (our own resource)

QJsonObject ArmApi::tenantSettingsJson() const
{
    const CloudState &st = m_integration.state();
    return {{QStringLiteral("id"), kTenantSettings},
            {QStringLiteral("name"), QStringLiteral("default")},
            {QStringLiteral("type"), QStringLiteral("Watchfloor.Simulator/tenantSettings")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("defenderForCloudAlerts"), st.xdrDfcAlerts ? QStringLiteral("All") : QStringLiteral("None")},
                         {QStringLiteral("defenderForCloudIncidents"),
                          st.xdrDfcIncidents ? QStringLiteral("Enabled") : QStringLiteral("OptedOut")},
                         {QStringLiteral("sentinelSolutionVersion"), st.solutionVersion},
                         {QStringLiteral("unifiedSecurityOperations"), st.unifiedPlatform},
                         {QStringLiteral("workspaceResourceId"), m_integration.workspace().resourceId()},
                         {QStringLiteral("workspaceId"), m_integration.workspace().customerId}}}};
}

Response ArmApi::tenantSettings(Request &r)
{
    if (auto denied = needTenantRole(r, kXdrReaders, QStringLiteral("read the tenant's Defender XDR settings")))
        return *denied;
    return ok(tenantSettingsJson());
}

Response ArmApi::putTenantSettings(Request &r)
{
    Response stop;
    if (auto denied = needTenantRole(r, kXdrAdmins, QStringLiteral("change the tenant's Defender for Cloud alert setting")))
        return *denied;
    const auto body = parseBody(r, &stop);
    if (!body)
        return stop;
    const QJsonObject p = props(*body);
    CloudState &st = m_integration.state();
    if (p.contains(QLatin1StringView("defenderForCloudAlerts"))) {
        const QString v = str(p, "defenderForCloudAlerts");
        if (v != QLatin1StringView("All") && v != QLatin1StringView("None"))
            return armError(400, QStringLiteral("BadRequest"), QStringLiteral("defenderForCloudAlerts is All or None."));
        st.xdrDfcAlerts = v == QLatin1StringView("All");
    }
    if (p.contains(QLatin1StringView("defenderForCloudIncidents"))) {
        const QString v = str(p, "defenderForCloudIncidents");
        if (v != QLatin1StringView("Enabled") && v != QLatin1StringView("OptedOut"))
            return armError(400, QStringLiteral("BadRequest"), QStringLiteral("defenderForCloudIncidents is Enabled or OptedOut."));
        st.xdrDfcIncidents = v == QLatin1StringView("Enabled");
    }
    m_integration.saveState();
    return ok(tenantSettingsJson());
}

Response ArmApi::upgradeSolution(Request &r)
{
    if (auto denied = needWorkspaceAction(r, armaction::ContentPackagesWrite))
        return *denied;
    m_integration.state().solutionVersion = QStringLiteral("3.0.2");
    m_integration.saveState();
    return ok(tenantSettingsJson());
}

// ---- Defender XDR alert tuning rules (our own resource)

namespace {
QJsonArray::const_iterator findRule(const QJsonArray &rules, const QString &name)
{
    return std::find_if(rules.begin(), rules.end(),
                        [&](const QJsonValue &v) { return str(v.toObject(), "name") == name; });
}

Response noTuningRule(const QString &name)
{
    return armError(404, QStringLiteral("NotFound"), QStringLiteral("Alert tuning rule '%1' was not found.").arg(name));
}
} // namespace

Response ArmApi::tuningRules(Request &r)
{
    if (auto denied = needTenantRole(r, kXdrReaders, QStringLiteral("read alert tuning rules")))
        return *denied;
    QList<QJsonObject> out;
    for (const QJsonValue &v : std::as_const(m_integration.state().alertTuningRules))
        out << v.toObject();
    return page(r, out, 0, false);
}

Response ArmApi::getTuningRule(Request &r)
{
    if (auto denied = needTenantRole(r, kXdrReaders, QStringLiteral("read alert tuning rules")))
        return *denied;
    const QString name = r.params.value(QStringLiteral("id"));
    const QJsonArray &rules = m_integration.state().alertTuningRules;
    const auto it = findRule(rules, name);
    return it == rules.end() ? noTuningRule(name) : ok(it->toObject());
}

std::optional<Response> ArmApi::tuningRequest(const Request &r, const QStringList &roles, const QString &what,
                                              std::optional<Timestamp> notBefore, QJsonObject *body,
                                              AlertTuning::Rule *rule) const
{
    if (auto denied = needTenantRole(r, roles, what))
        return denied;
    Response bad;
    const auto parsed = parseBody(r, &bad);
    if (!parsed)
        return bad;
    *body = *parsed;
    QString error;
    if (!AlertTuning::parse(props(*body), notBefore, rule, &error))
        return armError(400, QStringLiteral("BadRequest"), error);
    return std::nullopt;
}

Response ArmApi::putTuningRule(Request &r)
{
    const QString name = r.params.value(QStringLiteral("id"));
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"));
    if (!validName.match(name).hasMatch() || name.compare(QLatin1StringView("preview"), Qt::CaseInsensitive) == 0)
        return armError(400, QStringLiteral("InvalidResourceName"),
                        QStringLiteral("'%1' is not a rule name: 1 to 128 letters, digits, '-', '_' or '.', starting with "
                                       "a letter or digit ('preview' is taken by the preview action).")
                            .arg(name));
    const Timestamp now = Timestamp::now();
    QJsonObject body;
    AlertTuning::Rule rule;
    if (auto refused = tuningRequest(r, kXdrAdmins, QStringLiteral("change alert tuning rules"), now, &body, &rule))
        return *refused;
    QJsonObject p = props(body);
    QJsonArray &rules = m_integration.state().alertTuningRules;
    const auto it = findRule(rules, name);
    const bool exists = it != rules.end();
    const QJsonObject old = exists ? it->toObject() : QJsonObject();
    if (exists && !str(body, "etag").isEmpty() && str(body, "etag") != str(old, "etag"))
        return armError(409, QStringLiteral("Conflict"),
                        QStringLiteral("New version of resource '%1' exists. Data was not saved.").arg(name));
    // Unknown properties are kept; the known ones are written in their stored form.
    QJsonArray sources;
    for (int s : std::as_const(rule.serviceSources))
        sources.append(Enum<ServiceSource>(ServiceSource(s)).name());
    p.insert(QStringLiteral("enabled"), rule.enabled);
    p.insert(QStringLiteral("expirationTimeUtc"), rule.expires ? QJsonValue(rule.expires->toString()) : QJsonValue());
    p.insert(QStringLiteral("applyToExistingAlerts"), rule.applyToExisting);
    p.insert(QStringLiteral("serviceSources"), sources);
    p.insert(QStringLiteral("createdBy"), exists ? str(props(old), "createdBy") : r.identity.name());
    p.insert(QStringLiteral("createdTimeUtc"), exists ? str(props(old), "createdTimeUtc") : now.toString());
    p.insert(QStringLiteral("lastModifiedTimeUtc"), now.toString());
    const QJsonObject stored{{QStringLiteral("id"), QString(kTuningRules + u'/' + name)},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("type"), QStringLiteral("Watchfloor.Simulator/alertTuningRules")},
                             {QStringLiteral("etag"), QString(u'"' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'"')},
                             {QStringLiteral("properties"), p}};
    if (exists)
        rules.replace(it - rules.begin(), stored);
    else
        rules.append(stored);
    m_integration.saveState();
    // Existing alerts cannot be taken out of the queue again (they stay on their alert and
    // incident pages, as with "No alerts"): a Hide rule resolves them as Resolve does.
    if (rule.applyToExisting && rule.inForceAt(now))
        m_integration.resolveExisting(rule, r.identity.name(), now);
    return ok(stored, exists ? 200 : 201);
}

Response ArmApi::deleteTuningRule(Request &r)
{
    if (auto denied = needTenantRole(r, kXdrAdmins, QStringLiteral("change alert tuning rules")))
        return *denied;
    QJsonArray &rules = m_integration.state().alertTuningRules;
    const auto it = findRule(rules, r.params.value(QStringLiteral("id")));
    Response done;
    done.status = it == rules.end() ? 204 : 200;
    if (it != rules.end()) {
        rules.removeAt(it - rules.begin());
        m_integration.saveState();
    }
    return done;
}

Response ArmApi::previewTuningRule(Request &r)
{
    QJsonObject body;
    AlertTuning::Rule rule;
    // The conditions are what is previewed: an expiry in the past is no error here.
    if (auto refused = tuningRequest(r, kXdrReaders, QStringLiteral("preview alert tuning rules"), std::nullopt, &body, &rule))
        return *refused;
    QStringList sample;
    // The same alerts the caller would find in alerts_v2, no more.
    const qint64 count = m_integration.tuningMatches(rule, GraphApi::seesDefenderForCloud(r.identity), 10, &sample);
    return ok({{QStringLiteral("matchingAlerts"), count}, {QStringLiteral("sampleAlertIds"), QJsonArray::fromStringList(sample)}});
}

} // namespace wf::server
