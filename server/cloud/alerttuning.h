// Defender XDR alert tuning rules, our own documented resource (Microsoft publishes no
// API for them; docs/integration.md describes it): how a rule's properties are checked,
// which alerts a rule matches (by title, detector, severity and the alert's evidence),
// and what the rules in force do to a new alert. XDR-side only: the Defender for Cloud
// alert and its SecurityAlert rows are made before the rules are asked.
#pragma once

#include "domain/alert.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace wf::server {

class TenantDb;

// The string operators Sentinel automation rules and XDR tuning rules share: Equals,
// Contains, StartsWith, EndsWith and their Not… forms, case-insensitive; true when
// `value` meets the operator for any of `wanted`.
bool matchesOperator(QStringView op, const QString &value, const QStringList &wanted);

class AlertTuning
{
public:
    enum class Action : quint8 { None, Hide, Resolve };

    // What a condition looks at; fields() names them in this order.
    enum class Field : quint8 {
        AlertTitle,
        DetectorId,
        Severity,
        ResourceId,
        ResourceName,
        SubscriptionId,
        IpAddress,
        HostName,
        AccountName,
        FileName,
        Url,
    };

    struct Condition
    {
        Field field = Field::AlertTitle;
        QString op; // Equals, Contains, StartsWith
        QStringList values; // any of them
        bool matches(const Alert &alert) const;
    };
    // The alert's values for a field: its own for title, detector and severity, its
    // evidence's for the rest (any evidence item of the fitting type).
    static QStringList valuesOf(Field field, const Alert &alert);

    struct Rule
    {
        QString name;
        bool enabled = true;
        Action action = Action::Hide;
        std::optional<Timestamp> expires;
        QList<int> serviceSources; // ServiceSource ordinals; empty: any source
        QList<Condition> conditions; // all must hold
        bool applyToExisting = false;

        // The conditions and service sources, whatever `enabled` and the expiry say.
        bool matches(const Alert &alert) const;
        bool inForceAt(Timestamp now) const { return enabled && (!expires || now < *expires); }
    };

    static const QStringList &fields();
    static const QStringList &operators(); // Equals, Contains, StartsWith

    // Reads and checks a rule's `properties`; on a bad value returns false with `error`
    // naming the property, operator or value. An expiry before `notBefore` is refused.
    static bool parse(const QJsonObject &properties, std::optional<Timestamp> notBefore, Rule *rule,
        QString *error);
    // The stored resources (ARM bodies) become the rules in force for new alerts.
    void setRules(const QJsonArray &stored);
    bool isEmpty() const { return m_rules.isEmpty(); }
    // What the rules in force do to a new alert: Hide wins over Resolve.
    Action actionFor(const Alert &alert, Timestamp now) const;

    // Calls `matched` for every stored XDR alert the rule matches, newest first; only
    // unresolved ones with `openOnly`, and without Defender for Cloud's unless
    // `withDefenderForCloud` (what the caller may see in Graph).
    static void forEachMatch(TenantDb &db, const Rule &rule, bool openOnly,
        bool withDefenderForCloud, const std::function<void(const Alert &)> &matched);

private:
    QList<Rule> m_rules;
};

} // namespace wf::server
