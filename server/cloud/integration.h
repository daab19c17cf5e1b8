// How a Defender for Cloud alert travels once a plan has raised it (SPEC.md, "What
// happens to a Defender for Cloud alert", rules 2 and 4–6): the Defender for Cloud
// alert itself (Microsoft.Security/alerts), its rows in the workspace's SecurityAlert
// table through each connector that carries it, the Sentinel incidents made from it
// (incident-creation rules, the Defender XDR incident integration, automation rules),
// and the status synchronisation between them, applied after a configurable delay.
// Runs on the server thread beside the XDR Engine, in the same database.
#pragma once

#include "alerttuning.h"
#include "cloudstate.h"
#include "domain/alert.h"
#include "domain/field.h"
#include "sim/tenant.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace wf::server {

class Engine;
class TenantDb;

struct IntegrationConfig
{
    qint64 syncDelayMs = 3000; // how long status sync takes to show on the other side
};

// Which connector put a row into SecurityAlert.
enum class Via : quint8 { LegacyConnector = 0, TenantConnector = 1 };

class Integration
{
public:
    Integration(TenantDb &db, sim::Tenant &tenant, IntegrationConfig config = {});

    CloudState &state() { return m_state; }
    const CloudState &state() const { return m_state; }
    void saveState(); // after a change to state(): stores it, and new alerts follow it
    void saveSubscription(const sim::Subscription &subscription); // after a plan changed
    const sim::Tenant &tenant() const { return m_tenant; }
    sim::Tenant &tenant() { return m_tenant; }
    sim::Workspace workspace() const { return m_workspace; }
    void setEngine(Engine *engine) { m_engine = engine; }

    // ---- ingestion (called by the Engine once rule 1 let the detection through)
    // Records the Defender for Cloud alert and puts it into SecurityAlert through the
    // connectors that carry its subscription, with the incidents rules make of it.
    // Returns the Defender for Cloud alert's name.
    QString raise(const Alert &alert, const sim::Subscription &subscription, Timestamp at);
    // Rule 2 and alert tuning: whether XDR takes the alert (not with "No alerts", nor
    // when a tuning rule hides it), or takes it resolved. Without tuning rules this is a
    // flag test: it runs for every alert.
    enum class XdrIntake { Take, TakeResolved, Drop };
    XdrIntake xdrIntake(const Alert &alert) const
    {
        if (!m_state.xdrDfcAlerts)
            return XdrIntake::Drop;
        return m_tuning.isEmpty() ? XdrIntake::Take : tunedIntake(alert);
    }
    // The XDR side of rule 5: whether XDR groups Defender for Cloud alerts into incidents.
    bool xdrMakesIncidents() const { return m_state.xdrDfcIncidents; }
    // Resolves the unresolved XDR alerts the rule matches (a rule put with
    // applyToExistingAlerts); returns how many.
    int resolveExisting(const AlertTuning::Rule &rule, const QString &actor, Timestamp now);
    // How many XDR alerts the rule's conditions match now (Defender for Cloud's only
    // `withDefenderForCloud`), with the newest `sampleSize` ids.
    qint64 tuningMatches(const AlertTuning::Rule &rule, bool withDefenderForCloud, int sampleSize, QStringList *sample);
    // An XDR incident got an alert, or changed: its Sentinel mirror follows when the
    // Defender XDR connector's incident integration is on.
    void xdrIncidentChanged(const Incident &incident, const QString &dfcAlertName, Timestamp at);
    // An analyst changed the XDR incident: its mirror takes status, owner and
    // classification after the sync delay.
    void xdrIncidentUpdated(const Incident &incident, Timestamp now);

    // ---- Defender for Cloud alerts (ARM)
    std::optional<QJsonObject> dfcAlert(const QString &name) const;
    bool hasDfcAlert(const QString &name) const; // one detection, one alert
    QList<QJsonObject> dfcAlerts(const QString &subscriptionId, int skip, int top, bool *more) const;
    // dismiss / resolve / activate / inProgress; false if there is no such alert.
    bool setDfcAlertStatus(const QString &name, const QString &status, Timestamp now);

    // ---- Sentinel incidents (ARM)
    QList<QJsonObject> sentinelIncidents(int skip, int top, bool *more) const;
    std::optional<QJsonObject> sentinelIncident(const QString &name) const;
    // The incident's SecurityAlert rows, in the shape of incidents/{id}/alerts.
    QList<QJsonObject> sentinelIncidentAlerts(const QString &name) const;
    // A PUT of the writable properties. Returns the stored incident, or an error: 404
    // (no such incident), 409 (stale etag), 400 (bad value; `error` says which).
    enum class PutResult { Ok, NotFound, Conflict, Invalid };
    PutResult updateSentinelIncident(const QString &name, const QJsonObject &body, const QString &actor,
                                     Timestamp now, QJsonObject *stored, QString *error);

    // ---- log tables, as JSON rows of their documented columns
    void forEachSecurityAlert(const std::function<bool(const QJsonObject &)> &row) const;
    void forEachSecurityIncident(const std::function<bool(const QJsonObject &)> &row) const;

    // ---- delayed synchronisation
    void runDueJobs(Timestamp now);

private:
    // What a Defender for Cloud alert's resource and its SecurityAlert rows are made of.
    struct DfcFacts
    {
        QString name, subscription, alertType, plan, title, description, severity, start, end, created,
            resourceId, remediation, uri;
        QStringList tactics, techniques;
        QJsonArray entities;
    };
    qint64 addSecurityAlertRow(const DfcFacts &facts, Via via, Timestamp at);
    void applyIncidentCreationRules(qint64 rowSeq, const DfcFacts &facts, Timestamp at);
    qint64 createSentinelIncident(QJsonObject properties, const QList<qint64> &alertRows, Timestamp at);
    void linkAlert(qint64 number, qint64 rowSeq);
    // Runs the automation rules on a new incident; true when one of them wrote it.
    bool runAutomation(qint64 number, QJsonObject json, Timestamp at);
    void putSentinelIncident(qint64 number, const QJsonObject &json);
    std::optional<QJsonObject> sentinelIncidentByNumber(qint64 number) const;
    QJsonObject decorated(qint64 number, QJsonObject stored) const;
    std::optional<qint64> numberOf(const QString &name) const;
    QList<qint64> rowsOfDfcAlert(const QString &dfcName) const;
    void schedule(const QString &kind, const QJsonObject &payload, Timestamp now);
    void runJob(const QString &kind, const QJsonObject &payload, Timestamp now);
    void setSecurityAlertStatus(const QString &dfcName, const QString &status);
    bool updateDfcStatus(const QString &name, const QString &status);
    static QJsonObject dfcAlertJson(const QSqlQuery &row); // from (json, status)
    QString incidentId(const QString &name) const; // the ARM id
    QSqlQuery &prepared(const QString &sql) const;

    TenantDb &m_db;
    sim::Tenant &m_tenant;
    sim::Workspace m_workspace;
    IntegrationConfig m_config;
    CloudState m_state;
    Engine *m_engine = nullptr;
    AlertTuning m_tuning;                // m_state.alertTuningRules, ready to match
    XdrIntake tunedIntake(const Alert &alert) const;
    qint64 m_nextIncident = 1;
    std::pair<QString, QList<qint64>> m_lastRaised; // the last alert raised and its SecurityAlert rows
    quint64 m_etagCounter = 0; // continues from the clock at start, so etags never repeat
    QHash<qint64, qint64> m_mirrors;     // XDR incident -> its Sentinel incident
    QJsonArray m_sortedRulesOf;          // the automation rules m_sortedRules was built from
    QList<QJsonObject> m_sortedRules;    // in their order
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace wf::server
