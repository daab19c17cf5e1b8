// The duplicate doctor: finds each set-up that makes Defender for Cloud alerts or
// incidents arrive twice (SPEC.md "What happens to a Defender for Cloud alert" 4 and 5),
// counts the duplicates that exist now with log queries on the workspace, and applies the
// documented fix through the SetupService.
//
// Findings:
// - LegacyBesideTenant: the tenant-based connector is on and the subscription-based one
//   is still Connected for some subscriptions; each of them gets every alert twice.
//   Fix (Microsoft's migration guidance): disconnect those subscriptions from the
//   subscription-based connector. Per subscription, or all at once.
// - RuleWithXdrIncidents: an incident-creation rule for Defender for Cloud alerts is on
//   while the Defender XDR connector synchronises incidents: every alert makes two
//   incidents. Fix: turn the rule off (XDR's incidents are the ones to keep).
#pragma once

#include "logquery.h"
#include "setup.h"

namespace wf::integration {

struct DuplicateFinding
{
    enum class Kind : quint8 { LegacyBesideTenant, RuleWithXdrIncidents };
    Kind kind = Kind::LegacyBesideTenant;
    QStringList subscriptions;            // LegacyBesideTenant: the subscriptions covered twice
    QHash<QString, qint64> alertsBySubscription; // duplicate alerts now, per subscription
    QStringList rules;                    // RuleWithXdrIncidents: the rules' resource names
    qint64 duplicateAlerts = -1;          // -1: not counted (yet, or the query failed)
    qint64 duplicateIncidents = -1;

    QString title() const;
    QString explanation() const;
    QString fixText() const;              // what the one-click fix does
};

class DuplicateDoctor : public QObject
{
    Q_OBJECT
public:
    DuplicateDoctor(SetupService *setup, QueryRunner *queries, QObject *parent = nullptr);

    // The situations the set-up shows now (no queries): cheap, called on every change.
    static QList<DuplicateFinding> situations(const SetupService &setup);
    // Finds the situations and counts their duplicates; `examined` when done.
    void examine();
    // examine() when the situations differ from the ones examined last (the set-up changed).
    void examineIfChanged();
    bool isExamining() const { return m_running > 0; }
    const QList<DuplicateFinding> &findings() const { return m_findings; }
    QString countError() const { return m_countError; }

    // Applies the fix of `finding` (all of its subscriptions or rules), or of one
    // subscription of a LegacyBesideTenant finding.
    void fix(const DuplicateFinding &finding);
    void fixSubscription(const QString &subscriptionId);

    // The queries behind the counts, shown to the user so they can check them.
    static QString duplicateAlertsQuery();
    static QString ruleIncidentsQuery();
    static QString xdrIncidentAlertsQuery();
    static QString alertIdsQuery();

Q_SIGNALS:
    void examined();

private:
    void countAlerts(int index);
    void countIncidents(int index);
    void done();

    SetupService *m_setup;
    QueryRunner *m_queries;
    QList<DuplicateFinding> m_findings;
    QString m_countError;
    int m_running = 0;
    quint64 m_generation = 0;
    QString m_signature; // of the situations examined last
};

} // namespace wf::integration
