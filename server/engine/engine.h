// How the simulated tenant reacts: ingestion of Defender for Cloud detections (plan
// coverage, de-duplication), correlation into incidents by shared entities inside a
// time window (merging incidents by redirection), and analyst updates with their
// cascades. Runs on the server thread; every write goes through here.
#pragma once

#include "domain/alert.h"
#include "sim/tenant.h"
#include "store/tenantdb.h"

#include <QHash>
#include <QSet>

namespace wf::server {

struct EngineConfig
{
    qint64 correlationWindowSecs = 6 * 3600;
};

struct IngestStats
{
    qint64 ingested = 0, noPlan = 0, duplicates = 0, incidentsCreated = 0, merges = 0;
};

// A change to an incident or an alert: the writable fields that are set (or null) apply.
struct IncidentChange
{
    Field<Enum<IncidentStatus>> status;
    Field<Enum<AlertClassification>> classification;
    Field<Enum<AlertDetermination>> determination;
    Field<QString> assignedTo;
    Field<QStringList> customTags;
    Field<QString> resolvingComment;
};
struct AlertChange
{
    Field<Enum<AlertStatus>> status;
    Field<Enum<AlertClassification>> classification;
    Field<Enum<AlertDetermination>> determination;
    Field<QString> assignedTo;
};

class Engine
{
public:
    enum class Outcome { Ingested, NoPlan, Duplicate };

    Engine(TenantDb &db, const sim::Tenant &tenant, EngineConfig config = {});

    // Rebuilds the correlation index from the alerts inside the window before `now`.
    void rebuildIndex(Timestamp now);

    // Wrap bulk work in a batch: one transaction, incidents written once at the end.
    void beginBatch();
    void endBatch();

    // A Defender for Cloud detection on a resource of `subscriptionId`, needing `plan`.
    // `alert` carries everything but the incident fields; `dedupKey` names the detection
    // (two workloads reporting it give the same key).
    Outcome ingest(Alert alert, const QString &subscriptionId, const QString &plan,
                   const QString &dedupKey);

    // Loads Graph-shaped data as given (ids kept); alerts without an incident are correlated.
    void importIncident(Incident incident);
    void importAlert(Alert alert);

    // nullopt if there is no such incident, or it was merged into another (redirected).
    // `fromSentinel`: the change comes from the incident's Sentinel mirror (no echo back).
    std::optional<Incident> changeIncident(qint64 num, const IncidentChange &change,
                                           const QString &actor, Timestamp now, bool fromSentinel = false);
    std::optional<Alert> changeAlert(const QString &id, const AlertChange &change,
                                     const QString &actor, Timestamp now);
    std::optional<Incident> addIncidentComment(qint64 num, const QString &text,
                                               const QString &author, Timestamp now);
    std::optional<Alert> addAlertComment(const QString &id, const QString &text,
                                         const QString &author, Timestamp now);

    const IngestStats &stats() const { return m_stats; }
    // The Sentinel and Defender for Cloud side, when the server has one.
    void setIntegration(class Integration *integration) { m_integration = integration; }
    TenantDb &db() { return m_db; }

private:
    struct Aggregate // what an incident's name and severity are derived from
    {
        QStringList titles, categories, assets;
        int maxSeverity = 0;
        Timestamp firstCreated, lastActivity;
        bool open = true;
        int alertCount = 0;
    };

    Incident &loadIncident(qint64 num);
    Aggregate &aggregate(qint64 num);
    void addToAggregate(Aggregate &agg, const Alert &alert);
    void refreshIncident(Incident &incident, const Aggregate &agg, Timestamp now);
    qint64 correlate(const Alert &alert, Timestamp at);
    void merge(qint64 target, qint64 source, Timestamp now);
    void applyAlertChange(Alert &alert, qint64 num, qint64 version, const AlertChange &change,
                          Timestamp now);
    void markDirty(qint64 num) { m_dirty.insert(num); }
    void flush();
    qint64 bumpVersion(qint64 num);
    QString incidentUrl(qint64 num) const;

    TenantDb &m_db;
    const sim::Tenant &m_tenant;
    class Integration *m_integration = nullptr;
    EngineConfig m_config;
    IngestStats m_stats;
    qint64 m_nextIncident = 0;
    int m_batchDepth = 0;

    struct IndexEntry
    {
        qint64 incident;
        Timestamp lastSeen;
    };
    QHash<QString, IndexEntry> m_index;          // entity key -> incident
    QHash<qint64, Incident> m_incidents;         // loaded incidents (dirty ones written at flush)
    QHash<qint64, qint64> m_versions;
    QHash<qint64, Aggregate> m_aggregates;
    QSet<qint64> m_dirty;
    Timestamp m_latest;      // newest alert time seen: the window ends here
    qint64 m_sinceEviction = 0;
    void evict();
};

} // namespace wf::server
