// What an analyst narrows a queue to: the filter panel's choices and the search box,
// evaluated over the column store (never over model data()).
#pragma once

#include "store/queuestore.h"

#include <QBitArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wf::item {

struct QueueFilter
{
    // Each set holds enum ordinals; an empty set lets everything through.
    QSet<int> statuses, severities, classifications, determinations, serviceSources, detectionSources;
    QStringList assignedTo;      // UPNs; "" stands for unassigned
    quint8 clouds = 0;           // store::Cloud bits; 0 = any
    QStringList subscriptions;
    QStringList tags;
    qint64 fromMs = 0, toMs = 0; // on last update; 0 = open
    QString search;              // names, ids, impacted asset names and resource ids

    // A page that shows part of a queue (an incident's alerts, an entity's alerts and
    // incidents): rows outside the scope never match. Not part of saved views (toJson).
    bool scoped = false;
    QList<qint64> scopeIncidents; // incidents: these; alerts: the alerts of these
    QStringList scopeAlerts;      // alerts: these; incidents: the incidents holding them

    bool operator==(const QueueFilter &) const = default;

    // The default view: new/active + in progress, last 30 days.
    static QueueFilter defaultIncidents(qint64 nowMs);
    static QueueFilter defaultAlerts(qint64 nowMs);

    QJsonObject toJson() const;
    static QueueFilter fromJson(const QJsonObject &o);
};

// What both matchers share: the search hits over the string pool and the pooled sets.
class MatcherBase
{
protected:
    MatcherBase(const store::QueueStore &store, const QueueFilter &filter);
    bool assigneeOk(int assignedTo) const;
    bool timeOk(qint64 lastUpdate) const;
    bool hit(int poolId) const { return poolId < m_hits.size() && m_hits.testBit(poolId); }
    bool inScope(int row) const
    {
        return !m_filter.scoped || (row < m_scopeRows.size() && m_scopeRows.testBit(row));
    }
    static bool in(quint64 mask, int ordinal) { return mask >> (ordinal < 0 ? 63 : qMin(ordinal, 62)) & 1; }

    const store::QueueStore &m_store;
    const QueueFilter &m_filter;
    QString m_needle;           // lower-cased search text
    QBitArray m_hits;           // pool ids that contain the search text
    QBitArray m_rowHits;        // rows whose search text contains it
    QBitArray m_scopeRows;      // rows of the table inside the filter's scope
    QSet<int> m_assignees, m_subscriptions, m_tags;
    bool m_wantUnassigned = false;
    quint64 m_statuses = 0, m_severities = 0, m_classifications = 0, m_determinations = 0,
            m_serviceSources = 0, m_detectionSources = 0;
};

// Evaluates a filter against one table. Build once per filter change, then test rows.
class IncidentMatcher : private MatcherBase
{
public:
    IncidentMatcher(const store::QueueStore &store, const QueueFilter &filter)
        : MatcherBase(store, filter)
    {
        if (!m_needle.isEmpty())
            findRows();
        if (filter.scoped)
            findScope();
    }
    bool matches(int row) const;

private:
    void findRows();
    void findScope();
};

class AlertMatcher : private MatcherBase
{
public:
    AlertMatcher(const store::QueueStore &store, const QueueFilter &filter)
        : MatcherBase(store, filter)
    {
        if (!m_needle.isEmpty())
            m_rowHits = store.alerts().search.rowsContaining(m_needle.toUtf8(), store.alerts().size());
        if (filter.scoped)
            findScope();
    }
    bool matches(int row) const;

private:
    void findScope();
};

} // namespace wf::item
