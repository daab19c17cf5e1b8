// Labels and summaries of rule values.
#include "rulelabels.h"

#include <QDateTime>
#include <QLocale>

namespace wf::ui::rules {

namespace {

template<class E>
QList<Enum<E>> allOf()
{
    QList<Enum<E>> out;
    for (const QString &n : Enum<E>::allNames())
        out.append(Enum<E>::fromName(n));
    return out;
}

// "a or b or c" for the values of one condition.
QString orList(const QStringList &values)
{
    return values.join(RuleLabels::tr(" or "));
}

} // namespace

QString RuleLabels::severity(const Enum<SentinelSeverity> &s)
{
    if (!s.isKnown())
        return s.name();
    switch (s.value()) {
    case SentinelSeverity::High:
        return tr("High");
    case SentinelSeverity::Medium:
        return tr("Medium");
    case SentinelSeverity::Low:
        return tr("Low");
    case SentinelSeverity::Informational:
        return tr("Informational");
    }
    return s.name();
}

QString RuleLabels::status(const Enum<SentinelIncidentStatus> &s)
{
    if (!s.isKnown())
        return s.name();
    switch (s.value()) {
    case SentinelIncidentStatus::New:
        return tr("New");
    case SentinelIncidentStatus::Active:
        return tr("Active");
    case SentinelIncidentStatus::Closed:
        return tr("Closed");
    }
    return s.name();
}

QString RuleLabels::classification(const Enum<SentinelClassification> &c)
{
    if (!c.isKnown())
        return c.name();
    switch (c.value()) {
    case SentinelClassification::Undetermined:
        return tr("Undetermined");
    case SentinelClassification::TruePositive:
        return tr("True positive");
    case SentinelClassification::BenignPositive:
        return tr("Benign positive");
    case SentinelClassification::FalsePositive:
        return tr("False positive");
    }
    return c.name();
}

QString RuleLabels::classificationReason(const Enum<SentinelClassificationReason> &r)
{
    if (!r.isKnown())
        return r.name();
    switch (r.value()) {
    case SentinelClassificationReason::SuspiciousActivity:
        return tr("Suspicious activity");
    case SentinelClassificationReason::SuspiciousButExpected:
        return tr("Suspicious but expected");
    case SentinelClassificationReason::IncorrectAlertLogic:
        return tr("Incorrect alert logic");
    case SentinelClassificationReason::InaccurateData:
        return tr("Inaccurate data");
    }
    return r.name();
}

QString RuleLabels::automationOperator(const Enum<AutomationOperator> &op)
{
    if (!op.isKnown())
        return op.name();
    switch (op.value()) {
    case AutomationOperator::Equals:
        return tr("equals");
    case AutomationOperator::NotEquals:
        return tr("does not equal");
    case AutomationOperator::Contains:
        return tr("contains");
    case AutomationOperator::NotContains:
        return tr("does not contain");
    case AutomationOperator::StartsWith:
        return tr("starts with");
    case AutomationOperator::NotStartsWith:
        return tr("does not start with");
    case AutomationOperator::EndsWith:
        return tr("ends with");
    case AutomationOperator::NotEndsWith:
        return tr("does not end with");
    }
    return op.name();
}

QString RuleLabels::automationProperty(const QString &name)
{
    // The ones the Defender for Cloud rules use get words; the rest keep the API's name,
    // which is what Sentinel's own editor shows for them too.
    static const struct
    {
        const char *name;
        const char *label;
    } kLabels[] = {
        {"IncidentTitle", QT_TR_NOOP("Incident title")},
        {"IncidentSeverity", QT_TR_NOOP("Incident severity")},
        {"IncidentStatus", QT_TR_NOOP("Incident status")},
        {"IncidentDescription", QT_TR_NOOP("Incident description")},
        {"IncidentProviderName", QT_TR_NOOP("Incident provider")},
        {"IncidentLabel", QT_TR_NOOP("Tag")},
        {"IncidentTactics", QT_TR_NOOP("Tactics")},
        {"IncidentRelatedAnalyticRuleIds", QT_TR_NOOP("Analytics rule IDs (incident)")},
        {"AlertProductNames", QT_TR_NOOP("Alert product names")},
        {"AlertAnalyticRuleIds", QT_TR_NOOP("Analytics rule IDs (alert)")},
        {"AzureResourceResourceId", QT_TR_NOOP("Azure resource ID")},
        {"AzureResourceSubscriptionId", QT_TR_NOOP("Azure subscription ID")},
        {"HostName", QT_TR_NOOP("Host name")},
        {"AccountName", QT_TR_NOOP("Account name")},
        {"IPAddress", QT_TR_NOOP("IP address")},
        {"FileName", QT_TR_NOOP("File name")},
        {"Url", QT_TR_NOOP("URL")},
    };
    for (const auto &l : kLabels) {
        if (name == QLatin1StringView(l.name))
            return tr(l.label);
    }
    return name;
}

QString RuleLabels::tuningField(const Enum<TuningField> &f)
{
    if (!f.isKnown())
        return f.name();
    switch (f.value()) {
    case TuningField::alertTitle:
        return tr("Alert title");
    case TuningField::detectorId:
        return tr("Detector ID");
    case TuningField::severity:
        return tr("Severity");
    case TuningField::resourceId:
        return tr("Resource ID");
    case TuningField::resourceName:
        return tr("Resource name");
    case TuningField::subscriptionId:
        return tr("Subscription ID");
    case TuningField::ipAddress:
        return tr("IP address");
    case TuningField::hostName:
        return tr("Host name");
    case TuningField::accountName:
        return tr("Account name");
    case TuningField::fileName:
        return tr("File name");
    case TuningField::url:
        return tr("URL");
    }
    return f.name();
}

QString RuleLabels::tuningOperator(const Enum<TuningOperator> &op)
{
    if (!op.isKnown())
        return op.name();
    switch (op.value()) {
    case TuningOperator::Equals:
        return tr("equals");
    case TuningOperator::Contains:
        return tr("contains");
    case TuningOperator::StartsWith:
        return tr("starts with");
    }
    return op.name();
}

QString RuleLabels::tuningAction(const Enum<TuningAction> &a)
{
    if (!a.isKnown())
        return a.name();
    switch (a.value()) {
    case TuningAction::Hide:
        return tr("Hide alert");
    case TuningAction::Resolve:
        return tr("Resolve alert");
    }
    return a.name();
}

QString RuleLabels::serviceSource(const Enum<ServiceSource> &s)
{
    if (!s.isKnown())
        return s.name();
    switch (s.value()) {
    case ServiceSource::microsoftDefenderForCloud:
        return QStringLiteral("Microsoft Defender for Cloud");
    case ServiceSource::microsoftDefenderForEndpoint:
        return QStringLiteral("Microsoft Defender for Endpoint");
    case ServiceSource::microsoftDefenderForIdentity:
        return QStringLiteral("Microsoft Defender for Identity");
    case ServiceSource::microsoftDefenderForCloudApps:
        return QStringLiteral("Microsoft Defender for Cloud Apps");
    case ServiceSource::microsoftDefenderForOffice365:
        return QStringLiteral("Microsoft Defender for Office 365");
    case ServiceSource::microsoft365Defender:
        return QStringLiteral("Microsoft Defender XDR");
    case ServiceSource::azureAdIdentityProtection:
        return QStringLiteral("Microsoft Entra ID Protection");
    case ServiceSource::microsoftAppGovernance:
        return QStringLiteral("App governance");
    case ServiceSource::dataLossPrevention:
        return QStringLiteral("Microsoft Purview Data Loss Prevention");
    case ServiceSource::microsoftSentinel:
        return QStringLiteral("Microsoft Sentinel");
    case ServiceSource::microsoftInsiderRiskManagement:
        return QStringLiteral("Microsoft Purview Insider Risk Management");
    case ServiceSource::microsoftThreatIntelligence:
        return QStringLiteral("Microsoft Threat Intelligence");
    case ServiceSource::microsoftSecurityForAI:
        return QStringLiteral("Microsoft Security for AI");
    default:
        return s.name();
    }
}

QList<Choice> RuleLabels::automationPropertyChoices()
{
    QList<Choice> out;
    for (const QString &n : AutomationRule::propertyNames())
        out.append({n, automationProperty(n)});
    return out;
}

QList<Choice> RuleLabels::automationOperatorChoices()
{
    QList<Choice> out;
    for (const Enum<AutomationOperator> &op : allOf<AutomationOperator>())
        out.append({op.name(), automationOperator(op)});
    return out;
}

QList<Choice> RuleLabels::tuningFieldChoices()
{
    QList<Choice> out;
    for (const Enum<TuningField> &f : allOf<TuningField>())
        out.append({f.name(), tuningField(f)});
    return out;
}

QList<Choice> RuleLabels::tuningOperatorChoices()
{
    QList<Choice> out;
    for (const Enum<TuningOperator> &op : allOf<TuningOperator>())
        out.append({op.name(), tuningOperator(op)});
    return out;
}

QList<Enum<ServiceSource>> RuleLabels::tuningServiceSources()
{
    return {ServiceSource::microsoftDefenderForCloud, ServiceSource::microsoftDefenderForEndpoint,
        ServiceSource::microsoftDefenderForIdentity, ServiceSource::microsoftDefenderForCloudApps,
        ServiceSource::microsoftDefenderForOffice365, ServiceSource::microsoft365Defender,
        ServiceSource::azureAdIdentityProtection, ServiceSource::microsoftSentinel};
}

QList<Enum<SentinelClassificationReason>> RuleLabels::reasonsFor(
    const Enum<SentinelClassification> &c)
{
    if (!c.isKnown())
        return {};
    switch (c.value()) {
    case SentinelClassification::TruePositive:
        return {SentinelClassificationReason::SuspiciousActivity};
    case SentinelClassification::BenignPositive:
        return {SentinelClassificationReason::SuspiciousButExpected};
    case SentinelClassification::FalsePositive:
        return {SentinelClassificationReason::IncorrectAlertLogic,
            SentinelClassificationReason::InaccurateData};
    case SentinelClassification::Undetermined:
        break;
    }
    return {};
}

QString RuleLabels::condition(const AutomationCondition &c)
{
    if (c.conditionType.valueOr({}) == QLatin1StringView("Boolean")
        && c.conditionProperties.hasValue()) {
        // "(A or B)": its inner conditions, read from the members the codec kept.
        const AutomationConditionProperties &p = c.conditionProperties.value();
        QStringList inner;
        for (const QJsonValue &v : p.extra.value(QLatin1StringView("innerConditions")).toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonObject cp = o.value(QLatin1StringView("conditionProperties")).toObject();
            AutomationCondition one;
            one.conditionType = o.value(QLatin1StringView("conditionType")).toString();
            AutomationConditionProperties ip;
            ip.propertyName = cp.value(QLatin1StringView("propertyName")).toString();
            ip.op = Enum<AutomationOperator>::fromName(
                cp.value(QLatin1StringView("operator")).toString());
            QStringList values;
            for (const QJsonValue &pv : cp.value(QLatin1StringView("propertyValues")).toArray())
                values << pv.toString();
            ip.propertyValues = values;
            ip.extra = cp;
            one.conditionProperties = ip;
            inner << condition(one);
        }
        const bool any = p.op.valueOr({}).name() == QLatin1StringView("Or");
        return tr("(%1)").arg(inner.join(any ? tr(" or ") : tr(" and ")));
    }
    if (!c.isProperty() || !c.conditionProperties.hasValue())
        return tr("%1 condition").arg(c.conditionType.valueOr(tr("Unknown")));
    const AutomationConditionProperties &p = c.conditionProperties.value();
    QStringList values = p.propertyValues.valueOr({});
    if (p.propertyName.valueOr({}) == QLatin1StringView("IncidentSeverity")) {
        for (QString &v : values)
            v = severity(Enum<SentinelSeverity>::fromName(v));
    }
    return tr("%1 %2 %3")
        .arg(automationProperty(p.propertyName.valueOr({})), automationOperator(p.op.valueOr({})),
            orList(values));
}

QString RuleLabels::condition(const TuningCondition &c)
{
    return tr("%1 %2 %3")
        .arg(tuningField(c.field.valueOr({})), tuningOperator(c.op.valueOr({})),
            orList(c.values.valueOr({})));
}

QString RuleLabels::severities(const Field<QList<Enum<SentinelSeverity>>> &list)
{
    if (!list.hasValue() || list->isEmpty())
        return tr("All severities");
    QStringList out;
    for (const Enum<SentinelSeverity> &s : list.value())
        out << severity(s);
    return out.join(QStringLiteral(", "));
}

QString RuleLabels::when(const AutomationRule &rule)
{
    const AutomationTriggeringLogic logic = rule.props().triggeringLogic.valueOr({});
    const bool alerts = logic.triggersOn.valueOr({}) == AutomationTriggersOn::Alerts;
    const bool updated = logic.triggersWhen.valueOr({}) == AutomationTriggersWhen::Updated;
    const QString trigger = alerts ? (updated ? tr("Alert updated") : tr("Alert created"))
                                   : (updated ? tr("Incident updated") : tr("Incident created"));
    QStringList parts;
    for (const AutomationCondition &c : logic.conditions.valueOr({}))
        parts << condition(c);
    if (parts.isEmpty())
        return trigger;
    return tr("%1: %2").arg(trigger, parts.join(tr(" and ")));
}

QString RuleLabels::then(const AutomationRule &rule)
{
    QStringList parts;
    for (const AutomationAction &a : rule.props().actions.valueOr({})) {
        if (!a.isModifyProperties()) {
            const QString type = a.actionType.valueOr({});
            if (type == QLatin1StringView("RunPlaybook"))
                parts << tr("Run playbook");
            else if (type == QLatin1StringView("AddIncidentTask"))
                parts << tr("Add task");
            else
                parts << type;
            continue;
        }
        const AutomationActionConfiguration cfg = a.actionConfiguration.valueOr({});
        if (cfg.status.hasValue()) {
            QString s = tr("Status → %1").arg(status(cfg.status.value()));
            if (cfg.classification.hasValue()) {
                QString why = classification(cfg.classification.value());
                if (cfg.classificationReason.hasValue())
                    why = tr("%1: %2").arg(
                        why, classificationReason(cfg.classificationReason.value()));
                s = tr("%1 (%2)").arg(s, why);
            }
            parts << s;
        }
        if (cfg.severity.hasValue())
            parts << tr("Severity → %1").arg(severity(cfg.severity.value()));
        if (cfg.owner.hasValue())
            parts << tr("Owner → %1").arg(cfg.owner->display());
        if (cfg.labels.hasValue() && !cfg.labels->isEmpty()) {
            QStringList names;
            for (const IncidentLabel &l : cfg.labels.value())
                names << l.labelName.valueOr({});
            parts << tr("Add tags: %1").arg(names.join(QStringLiteral(", ")));
        }
    }
    return parts.isEmpty() ? tr("Nothing") : parts.join(QStringLiteral("; "));
}

QString RuleLabels::conditions(const AlertTuningRule &rule)
{
    QStringList parts;
    const QList<Enum<ServiceSource>> sources = rule.props().serviceSources.valueOr({});
    if (!sources.isEmpty()) {
        QStringList names;
        for (const Enum<ServiceSource> &s : sources)
            names << serviceSource(s);
        parts << tr("Source is %1").arg(orList(names));
    }
    for (const TuningCondition &c : rule.props().conditions.valueOr({}))
        parts << condition(c);
    return parts.isEmpty() ? tr("Every alert") : parts.join(tr(" and "));
}

QString RuleLabels::expiry(const Field<Timestamp> &t)
{
    if (!t.hasValue())
        return tr("Never");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(t->toMSecs(), Qt::UTC);
    return tr("%1 UTC").arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QStringList RuleLabels::splitValues(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u';')) {
        const QString v = part.trimmed();
        if (!v.isEmpty())
            out << v;
    }
    return out;
}

QString RuleLabels::joinValues(const QStringList &values)
{
    return values.join(QStringLiteral("; "));
}

} // namespace wf::ui::rules
