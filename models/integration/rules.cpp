// The rules' member tables for the generic codec (wire/codec.h), and their small helpers.
#include "rules.h"

#include "wire/codec.h"

namespace wf {

namespace wire {

#define WF_M(Type, name) member(#name, &Type::name)

template<>
struct Schema<IncidentCreationRuleProperties>
{
    static auto members()
    {
        using T = IncidentCreationRuleProperties;
        return std::tuple(WF_M(T, displayName), WF_M(T, description), WF_M(T, enabled),
            WF_M(T, productFilter), WF_M(T, severitiesFilter), WF_M(T, displayNamesFilter),
            WF_M(T, displayNamesExcludeFilter), WF_M(T, alertRuleTemplateName),
            WF_M(T, lastModifiedUtc));
    }
};
template<>
struct Schema<AutomationConditionProperties>
{
    static auto members()
    {
        using T = AutomationConditionProperties;
        return std::tuple(
            WF_M(T, propertyName), member("operator", &T::op), WF_M(T, propertyValues));
    }
};
template<>
struct Schema<AutomationCondition>
{
    static auto members()
    {
        using T = AutomationCondition;
        return std::tuple(WF_M(T, conditionType), WF_M(T, conditionProperties));
    }
};
template<>
struct Schema<AutomationTriggeringLogic>
{
    static auto members()
    {
        using T = AutomationTriggeringLogic;
        return std::tuple(WF_M(T, isEnabled), WF_M(T, expirationTimeUtc), WF_M(T, triggersOn),
            WF_M(T, triggersWhen), WF_M(T, conditions));
    }
};
template<>
struct Schema<IncidentOwnerInfo>
{
    static auto members()
    {
        using T = IncidentOwnerInfo;
        return std::tuple(WF_M(T, objectId), WF_M(T, email), WF_M(T, userPrincipalName),
            WF_M(T, assignedTo), WF_M(T, ownerType));
    }
};
template<>
struct Schema<IncidentLabel>
{
    static auto members()
    {
        return std::tuple(WF_M(IncidentLabel, labelName), WF_M(IncidentLabel, labelType));
    }
};
template<>
struct Schema<AutomationActionConfiguration>
{
    static auto members()
    {
        using T = AutomationActionConfiguration;
        return std::tuple(WF_M(T, severity), WF_M(T, status), WF_M(T, classification),
            WF_M(T, classificationReason), WF_M(T, classificationComment), WF_M(T, owner),
            WF_M(T, labels));
    }
};
template<>
struct Schema<AutomationAction>
{
    static auto members()
    {
        using T = AutomationAction;
        return std::tuple(WF_M(T, order), WF_M(T, actionType), WF_M(T, actionConfiguration));
    }
};
template<>
struct Schema<AutomationRuleProperties>
{
    static auto members()
    {
        using T = AutomationRuleProperties;
        return std::tuple(WF_M(T, displayName), WF_M(T, order), WF_M(T, triggeringLogic),
            WF_M(T, actions), WF_M(T, createdTimeUtc), WF_M(T, lastModifiedTimeUtc));
    }
};
template<>
struct Schema<TuningCondition>
{
    static auto members()
    {
        using T = TuningCondition;
        return std::tuple(WF_M(T, field), member("operator", &T::op), WF_M(T, values));
    }
};
template<>
struct Schema<AlertTuningRuleProperties>
{
    static auto members()
    {
        using T = AlertTuningRuleProperties;
        return std::tuple(WF_M(T, displayName), WF_M(T, enabled), WF_M(T, action),
            WF_M(T, expirationTimeUtc), WF_M(T, applyToExistingAlerts), WF_M(T, serviceSources),
            WF_M(T, conditions), WF_M(T, createdBy), WF_M(T, createdTimeUtc),
            WF_M(T, lastModifiedTimeUtc));
    }
};
template<class P>
struct Schema<ArmResource<P>>
{
    static auto members()
    {
        using T = ArmResource<P>;
        return std::tuple(WF_M(T, id), WF_M(T, name), WF_M(T, type), WF_M(T, etag), WF_M(T, kind),
            WF_M(T, properties));
    }
};

#undef WF_M

} // namespace wire

template<class R>
std::optional<R> decodeRule(const QJsonValue &json, QString *error)
{
    using Base = ArmResource<typename R::Properties>;
    std::optional<Base> base = wire::decode<Base>(json, error);
    if (!base)
        return std::nullopt;
    R rule;
    static_cast<Base &>(rule) = std::move(*base);
    return rule;
}

template<class R>
QJsonObject encodeRule(const R &rule)
{
    return wire::encode(static_cast<const ArmResource<typename R::Properties> &>(rule));
}

template<class R>
QList<R> decodeRules(const QJsonArray &values, QStringList *errors)
{
    QList<R> out;
    out.reserve(values.size());
    for (const QJsonValue &v : values) {
        QString why;
        if (std::optional<R> rule = decodeRule<R>(v, &why)) {
            out.append(std::move(*rule));
        } else if (errors) {
            errors->append(v.toObject().value(QLatin1StringView("name")).toString() + u": " + why);
        }
    }
    return out;
}

#define WF_RULE_CODEC(R)                                                                           \
    template std::optional<R> decodeRule<R>(const QJsonValue &, QString *);                        \
    template QJsonObject encodeRule<R>(const R &);                                                 \
    template QList<R> decodeRules<R>(const QJsonArray &, QStringList *);
WF_RULE_CODEC(IncidentCreationRule)
WF_RULE_CODEC(AutomationRule)
WF_RULE_CODEC(AlertTuningRule)
#undef WF_RULE_CODEC

// ---- helpers

QString IncidentOwnerInfo::display() const
{
    for (const Field<QString> *f : {&userPrincipalName, &email, &assignedTo, &objectId}) {
        if (!f->valueOr({}).isEmpty())
            return f->value();
    }
    return {};
}

IncidentCreationRule IncidentCreationRule::fromDefenderForCloudTemplate(const QString &displayName)
{
    IncidentCreationRule rule;
    rule.kind = QString::fromLatin1(kKind);
    IncidentCreationRuleProperties &p = rule.props();
    p.displayName = displayName;
    p.enabled = true;
    p.productFilter = QString::fromLatin1(kDefenderForCloudProduct);
    p.alertRuleTemplateName = QString::fromLatin1(kDefenderForCloudTemplate);
    return rule;
}

QStringList IncidentCreationRule::productNames()
{
    // MicrosoftSecurityProductName in the Sentinel API.
    return {QStringLiteral("Azure Security Center"), QStringLiteral("Microsoft Cloud App Security"),
        QStringLiteral("Azure Advanced Threat Protection"),
        QStringLiteral("Azure Active Directory Identity Protection"),
        QStringLiteral("Azure Security Center for IoT"),
        QStringLiteral("Office 365 Advanced Threat Protection"),
        QStringLiteral("Microsoft Defender Advanced Threat Protection")};
}

bool AutomationRule::isEnabled() const
{
    return props().triggeringLogic.hasValue() && props().triggeringLogic->isEnabled.valueOr(false);
}

bool AutomationRule::hasExpired(Timestamp now) const
{
    return props().triggeringLogic.hasValue()
        && props().triggeringLogic->expirationTimeUtc.hasValue()
        && props().triggeringLogic->expirationTimeUtc.value() <= now;
}

QStringList AutomationRule::propertyNames()
{
    // The ones a Defender for Cloud rule needs first, then the rest of the API's list.
    return {QStringLiteral("IncidentTitle"), QStringLiteral("IncidentSeverity"),
        QStringLiteral("AlertProductNames"), QStringLiteral("AlertAnalyticRuleIds"),
        QStringLiteral("IncidentProviderName"), QStringLiteral("IncidentLabel"),
        QStringLiteral("AzureResourceResourceId"), QStringLiteral("AzureResourceSubscriptionId"),
        QStringLiteral("HostName"), QStringLiteral("AccountName"), QStringLiteral("IPAddress"),
        QStringLiteral("IncidentDescription"), QStringLiteral("IncidentStatus"),
        QStringLiteral("IncidentRelatedAnalyticRuleIds"), QStringLiteral("IncidentTactics"),
        QStringLiteral("IncidentUpdatedBySource"), QStringLiteral("IncidentCustomDetailsKey"),
        QStringLiteral("IncidentCustomDetailsValue"), QStringLiteral("AccountAadTenantId"),
        QStringLiteral("AccountAadUserId"), QStringLiteral("AccountNTDomain"),
        QStringLiteral("AccountPUID"), QStringLiteral("AccountSid"),
        QStringLiteral("AccountObjectGuid"), QStringLiteral("AccountUPNSuffix"),
        QStringLiteral("CloudApplicationAppId"), QStringLiteral("CloudApplicationAppName"),
        QStringLiteral("DNSDomainName"), QStringLiteral("FileDirectory"),
        QStringLiteral("FileName"), QStringLiteral("FileHashValue"), QStringLiteral("HostAzureID"),
        QStringLiteral("HostNetBiosName"), QStringLiteral("HostNTDomain"),
        QStringLiteral("HostOSVersion"), QStringLiteral("IoTDeviceId"),
        QStringLiteral("IoTDeviceName"), QStringLiteral("IoTDeviceType"),
        QStringLiteral("IoTDeviceVendor"), QStringLiteral("IoTDeviceModel"),
        QStringLiteral("IoTDeviceOperatingSystem"), QStringLiteral("MailboxDisplayName"),
        QStringLiteral("MailboxPrimaryAddress"), QStringLiteral("MailboxUPN"),
        QStringLiteral("MailMessageDeliveryAction"), QStringLiteral("MailMessageDeliveryLocation"),
        QStringLiteral("MailMessageRecipient"), QStringLiteral("MailMessageSenderIP"),
        QStringLiteral("MailMessageSubject"), QStringLiteral("MailMessageP1Sender"),
        QStringLiteral("MailMessageP2Sender"), QStringLiteral("MalwareCategory"),
        QStringLiteral("MalwareName"), QStringLiteral("ProcessCommandLine"),
        QStringLiteral("ProcessId"), QStringLiteral("RegistryKey"),
        QStringLiteral("RegistryValueData"), QStringLiteral("Url")};
}

bool AlertTuningRule::hasExpired(Timestamp now) const
{
    return props().expirationTimeUtc.hasValue() && props().expirationTimeUtc.value() <= now;
}

} // namespace wf
