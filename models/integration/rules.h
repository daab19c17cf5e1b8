// The three kinds of rule the console edits, typed over their wire shapes: Sentinel's
// incident-creation analytics rules (alertRules kind MicrosoftSecurityIncidentCreation) and
// automation rules (Microsoft.SecurityInsights, ARM), and Defender XDR alert tuning rules
// (the simulator's Watchfloor.Simulator/alertTuningRules). Every object keeps the members it
// does not know in `extra` and writes them back, so a PUT never drops what a newer API
// version added.
#pragma once

#include "domain/enums.h"
#include "domain/field.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace wf {

// Spelled exactly as ARM writes them (PascalCase); parsed case-insensitively.
WF_WIRE_ENUM(SentinelSeverity, High, Medium, Low, Informational)
WF_WIRE_ENUM(SentinelIncidentStatus, New, Active, Closed)
WF_WIRE_ENUM(SentinelClassification, Undetermined, TruePositive, BenignPositive, FalsePositive)
WF_WIRE_ENUM(SentinelClassificationReason, SuspiciousActivity, SuspiciousButExpected,
    IncorrectAlertLogic, InaccurateData)
WF_WIRE_ENUM(AutomationOperator, Equals, NotEquals, Contains, NotContains, StartsWith,
    NotStartsWith, EndsWith, NotEndsWith)
WF_WIRE_ENUM(AutomationTriggersOn, Incidents, Alerts)
WF_WIRE_ENUM(AutomationTriggersWhen, Created, Updated)
WF_WIRE_ENUM(TuningAction, Hide, Resolve)
WF_WIRE_ENUM(TuningOperator, Equals, Contains, StartsWith)
WF_WIRE_ENUM(TuningField, alertTitle, detectorId, severity, resourceId, resourceName,
    subscriptionId, ipAddress, hostName, accountName, fileName, url)

// ---- Sentinel: incident-creation rule (properties of kind MicrosoftSecurityIncidentCreation)

struct IncidentCreationRuleProperties
{
    Field<QString> displayName, description;
    Field<bool> enabled;
    Field<QString> productFilter; // "Azure Security Center", ...
    Field<QList<Enum<SentinelSeverity>>> severitiesFilter; // absent / null / empty: any
    Field<QStringList> displayNamesFilter, displayNamesExcludeFilter;
    Field<QString> alertRuleTemplateName;
    Field<QString> lastModifiedUtc; // read-only; kept as written
    QJsonObject extra;
    bool operator==(const IncidentCreationRuleProperties &) const = default;
};

// ---- Sentinel: automation rule

struct AutomationConditionProperties
{
    // conditionType Property: propertyName, operator, propertyValues. Other condition types
    // (Boolean, PropertyChanged, ...) keep their own members in `extra`.
    Field<QString> propertyName;
    Field<Enum<AutomationOperator>> op; // "operator" on the wire
    Field<QStringList> propertyValues;
    QJsonObject extra;
    bool operator==(const AutomationConditionProperties &) const = default;
};

struct AutomationCondition
{
    Field<QString> conditionType; // "Property", "Boolean", "PropertyChanged", ...
    Field<AutomationConditionProperties> conditionProperties;
    QJsonObject extra;
    bool operator==(const AutomationCondition &) const = default;
    bool isProperty() const { return conditionType.valueOr({}) == QLatin1StringView("Property"); }
};

struct AutomationTriggeringLogic
{
    Field<bool> isEnabled;
    Field<Timestamp> expirationTimeUtc; // null or absent: never expires
    Field<Enum<AutomationTriggersOn>> triggersOn;
    Field<Enum<AutomationTriggersWhen>> triggersWhen;
    Field<QList<AutomationCondition>> conditions;
    QJsonObject extra;
    bool operator==(const AutomationTriggeringLogic &) const = default;
};

struct IncidentOwnerInfo
{
    Field<QString> objectId, email, userPrincipalName, assignedTo, ownerType;
    QJsonObject extra;
    bool operator==(const IncidentOwnerInfo &) const = default;
    // What to show for the owner: the UPN, else the e-mail, else the name it was given.
    QString display() const;
};

struct IncidentLabel
{
    Field<QString> labelName, labelType;
    QJsonObject extra;
    bool operator==(const IncidentLabel &) const = default;
};

// ModifyProperties' configuration; another action type's configuration (a playbook's
// logicAppResourceId, a task's title) stays in `extra` untouched.
struct AutomationActionConfiguration
{
    Field<Enum<SentinelSeverity>> severity;
    Field<Enum<SentinelIncidentStatus>> status;
    Field<Enum<SentinelClassification>> classification;
    Field<Enum<SentinelClassificationReason>> classificationReason;
    Field<QString> classificationComment;
    Field<IncidentOwnerInfo> owner;
    Field<QList<IncidentLabel>> labels;
    QJsonObject extra;
    bool operator==(const AutomationActionConfiguration &) const = default;
};

struct AutomationAction
{
    Field<qint64> order;
    Field<QString> actionType; // "ModifyProperties", "RunPlaybook", "AddIncidentTask"
    Field<AutomationActionConfiguration> actionConfiguration;
    QJsonObject extra;
    bool operator==(const AutomationAction &) const = default;
    bool isModifyProperties() const
    {
        return actionType.valueOr({}) == QLatin1StringView("ModifyProperties");
    }
};

struct AutomationRuleProperties
{
    Field<QString> displayName;
    Field<qint64> order; // 1..1000, run order
    Field<AutomationTriggeringLogic> triggeringLogic;
    Field<QList<AutomationAction>> actions;
    Field<QString> createdTimeUtc, lastModifiedTimeUtc; // read-only; kept as written
    QJsonObject extra; // createdBy, lastModifiedBy, ...
    bool operator==(const AutomationRuleProperties &) const = default;
};

// ---- Defender XDR: alert tuning rule

struct TuningCondition
{
    Field<Enum<TuningField>> field;
    Field<Enum<TuningOperator>> op; // "operator" on the wire
    Field<QStringList> values;
    QJsonObject extra;
    bool operator==(const TuningCondition &) const = default;
};

struct AlertTuningRuleProperties
{
    Field<QString> displayName;
    Field<bool> enabled;
    Field<Enum<TuningAction>> action;
    Field<Timestamp> expirationTimeUtc; // null: never expires
    Field<bool> applyToExistingAlerts;
    Field<QList<Enum<ServiceSource>>> serviceSources; // empty: any
    Field<QList<TuningCondition>> conditions;
    Field<QString> createdBy, createdTimeUtc, lastModifiedTimeUtc; // read-only
    QJsonObject extra;
    bool operator==(const AlertTuningRuleProperties &) const = default;
};

// ---- the ARM resource envelope the three share: {id, name, type, etag, kind, properties}

template<class P>
struct ArmResource
{
    using Properties = P;
    Field<QString> id, name, type, etag, kind;
    Field<P> properties;
    QJsonObject extra; // systemData and whatever else the envelope carries

    P &props() { return properties.mutableValue(); }
    const P &props() const { return properties.value(); }
    bool operator==(const ArmResource &) const = default;
};

struct IncidentCreationRule : ArmResource<IncidentCreationRuleProperties>
{
    static constexpr const char *kKind = "MicrosoftSecurityIncidentCreation";
    static constexpr const char *kDefenderForCloudTemplate = "90586451-7ba8-4c1e-9904-7d1b7c3cc4d6";
    static constexpr const char *kDefenderForCloudProduct = "Azure Security Center";
    // A new rule as the Defender for Cloud rule template makes it: product "Azure Security
    // Center", the template's name, alerts of every severity, enabled.
    static IncidentCreationRule fromDefenderForCloudTemplate(const QString &displayName);
    // The product names productFilter accepts.
    static QStringList productNames();
};

struct AutomationRule : ArmResource<AutomationRuleProperties>
{
    bool isEnabled() const;
    qint64 order() const { return props().order.valueOr(0); }
    // Not running any more: its expiry lies before `now`.
    bool hasExpired(Timestamp now) const;
    // The propertyName values a Property condition may use (the common ones first).
    static QStringList propertyNames();
};

struct AlertTuningRule : ArmResource<AlertTuningRuleProperties>
{
    bool hasExpired(Timestamp now) const;
};

// Decoding and encoding: `extra` members come back unchanged.
template<class R>
std::optional<R> decodeRule(const QJsonValue &json, QString *error = nullptr);
template<class R>
QJsonObject encodeRule(const R &rule);

// The rules of one ARM list answer's `value`; a rule that does not decode is skipped and
// named in `errors`.
template<class R>
QList<R> decodeRules(const QJsonArray &values, QStringList *errors = nullptr);

} // namespace wf
