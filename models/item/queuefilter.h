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

    const store::QueueStore &m_store;
    const QueueFilter &m_filter;
    QString m_needle;           // lower-cased search text
    QBitArray m_hits;           // pool ids that contain the search text
    QSet<int> m_assignees, m_subscriptions, m_tags;
    bool m_wantUnassigned = false;
};

// Evaluates a filter against one table. Build once per filter change, then test rows.
class IncidentMatcher : private MatcherBase
{
public:
    IncidentMatcher(const store::QueueStore &store, const QueueFilter &filter)
        : MatcherBase(store, filter)
    {}
    bool matches(int row) const;
};

class AlertMatcher : private MatcherBase
{
public:
    AlertMatcher(const store::QueueStore &store, const QueueFilter &filter)
        : MatcherBase(store, filter)
    {}
    bool matches(int row) const;
};

} // namespace wf::item
