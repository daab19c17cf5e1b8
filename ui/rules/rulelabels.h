// What the Rules area shows for the rules' wire values (severities, operators, condition
// properties, actions) and the one-line summaries of a rule's "when" and "then", translated.
#pragma once

#include "integration/rules.h"

#include <QCoreApplication>

namespace wf::ui::rules {

// A wire value and what a person reads for it, for combo boxes.
struct Choice
{
    QString value;
    QString label;
};

class RuleLabels
{
    Q_DECLARE_TR_FUNCTIONS(wf::ui::rules::RuleLabels)
public:
    static QString severity(const Enum<SentinelSeverity> &s);
    static QString status(const Enum<SentinelIncidentStatus> &s);
    static QString classification(const Enum<SentinelClassification> &c);
    static QString classificationReason(const Enum<SentinelClassificationReason> &r);
    static QString automationOperator(const Enum<AutomationOperator> &op);
    static QString automationProperty(const QString &propertyName);
    static QString tuningField(const Enum<TuningField> &f);
    static QString tuningOperator(const Enum<TuningOperator> &op);
    static QString tuningAction(const Enum<TuningAction> &a);
    static QString serviceSource(const Enum<ServiceSource> &s); // product names, untranslated

    // The choices an editor offers, in the API's order.
    static QList<Choice> automationPropertyChoices();
    static QList<Choice> automationOperatorChoices();
    static QList<Choice> tuningFieldChoices();
    static QList<Choice> tuningOperatorChoices();
    // Defender XDR's service sources a tuning rule may be limited to.
    static QList<Enum<ServiceSource>> tuningServiceSources();
    // The reasons Sentinel accepts with a classification (none for Undetermined).
    static QList<Enum<SentinelClassificationReason>> reasonsFor(
        const Enum<SentinelClassification> &c);

    // "Incident severity equals Low or Informational"
    static QString condition(const AutomationCondition &c);
    static QString condition(const TuningCondition &c);
    // "High, Medium" or "All severities".
    static QString severities(const Field<QList<Enum<SentinelSeverity>>> &list);
    // The automation table's "when" and "then" columns.
    static QString when(const AutomationRule &rule);
    static QString then(const AutomationRule &rule);
    // The tuning table's conditions column: sources and conditions.
    static QString conditions(const AlertTuningRule &rule);
    // "2026-12-01 09:30 UTC", or "Never" for none.
    static QString expiry(const Field<Timestamp> &t);

    // Values typed in one box, separated by semicolons.
    static QStringList splitValues(const QString &text);
    static QString joinValues(const QStringList &values);
};

} // namespace wf::ui::rules
