// Filter evaluation: search is one pass over the string pool, then bit tests per row.
#include "queuefilter.h"

#include <QJsonArray>

namespace wf::item {

namespace {

QBitArray searchHits(const store::StringPool &pool, const QString &needle)
{
    QBitArray hits(pool.size());
    if (needle.isEmpty())
        return hits;
    for (int i = 1; i < pool.size(); ++i) {
        if (pool.lowerAt(i).contains(needle))
            hits.setBit(i);
    }
    return hits;
}

QSet<int> poolIds(const store::StringPool &pool, const QStringList &values, bool *wantEmpty)
{
    QSet<int> ids;
    for (const QString &v : values) {
        if (v.isEmpty()) {
            if (wantEmpty)
                *wantEmpty = true;
            continue;
        }
        const int id = pool.find(v);
        ids.insert(id >= 0 ? id : -2); // -2: asked for but absent, matches nothing
    }
    return ids;
}

// A set of small enum ordinals as bits; all bits set when the set is empty (no filter).
// Ordinal -1 (null) is bit 63.
quint64 maskOf(const QSet<int> &set)
{
    if (set.isEmpty())
        return ~quint64(0);
    quint64 m = 0;
    for (int v : set)
        m |= quint64(1) << (v < 0 ? 63 : qMin(v, 62));
    return m;
}

QJsonArray toArray(const QSet<int> &s)
{
    QList<int> sorted(s.begin(), s.end());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray a;
    for (int v : sorted)
        a.append(v);
    return a;
}

QSet<int> toSet(const QJsonValue &v)
{
    QSet<int> s;
    for (const QJsonValue &x : v.toArray())
        s.insert(x.toInt());
    return s;
}

QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

constexpr qint64 kDayMs = 24 * 3600 * 1000;

} // namespace

QueueFilter QueueFilter::defaultIncidents(qint64 nowMs)
{
    QueueFilter f;
    f.statuses = {int(IncidentStatus::active), int(IncidentStatus::inProgress)};
    f.fromMs = nowMs - 30 * kDayMs;
    return f;
}

QueueFilter QueueFilter::defaultAlerts(qint64 nowMs)
{
    QueueFilter f;
    f.statuses = {int(AlertStatus::new_), int(AlertStatus::inProgress)};
    f.fromMs = nowMs - 30 * kDayMs;
    return f;
}

QJsonObject QueueFilter::toJson() const
{
    return {{QStringLiteral("statuses"), toArray(statuses)},
            {QStringLiteral("severities"), toArray(severities)},
            {QStringLiteral("classifications"), toArray(classifications)},
            {QStringLiteral("determinations"), toArray(determinations)},
            {QStringLiteral("serviceSources"), toArray(serviceSources)},
            {QStringLiteral("detectionSources"), toArray(detectionSources)},
            {QStringLiteral("assignedTo"), QJsonArray::fromStringList(assignedTo)},
            {QStringLiteral("clouds"), int(clouds)},
            {QStringLiteral("subscriptions"), QJsonArray::fromStringList(subscriptions)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("fromMs"), fromMs},
            {QStringLiteral("toMs"), toMs},
            {QStringLiteral("search"), search}};
}

QueueFilter QueueFilter::fromJson(const QJsonObject &o)
{
    QueueFilter f;
    f.statuses = toSet(o.value(QStringLiteral("statuses")));
    f.severities = toSet(o.value(QStringLiteral("severities")));
    f.classifications = toSet(o.value(QStringLiteral("classifications")));
    f.determinations = toSet(o.value(QStringLiteral("determinations")));
    f.serviceSources = toSet(o.value(QStringLiteral("serviceSources")));
    f.detectionSources = toSet(o.value(QStringLiteral("detectionSources")));
    f.assignedTo = toStrings(o.value(QStringLiteral("assignedTo")));
    f.clouds = quint8(o.value(QStringLiteral("clouds")).toInt());
    f.subscriptions = toStrings(o.value(QStringLiteral("subscriptions")));
    f.tags = toStrings(o.value(QStringLiteral("tags")));
    f.fromMs = o.value(QStringLiteral("fromMs")).toInteger();
    f.toMs = o.value(QStringLiteral("toMs")).toInteger();
    f.search = o.value(QStringLiteral("search")).toString();
    return f;
}

MatcherBase::MatcherBase(const store::QueueStore &store, const QueueFilter &filter)
    : m_store(store)
    , m_filter(filter)
    , m_needle(filter.search.trimmed().toLower())
{
    m_hits = searchHits(store.pool(), m_needle);
    m_statuses = maskOf(filter.statuses);
    m_severities = maskOf(filter.severities);
    m_classifications = maskOf(filter.classifications);
    m_determinations = maskOf(filter.determinations);
    m_serviceSources = maskOf(filter.serviceSources);
    m_detectionSources = maskOf(filter.detectionSources);
    m_assignees = poolIds(store.pool(), filter.assignedTo, &m_wantUnassigned);
    m_subscriptions = poolIds(store.pool(), filter.subscriptions, nullptr);
    m_tags = poolIds(store.pool(), filter.tags, nullptr);
}

bool MatcherBase::assigneeOk(int assignedTo) const
{
    if (m_filter.assignedTo.isEmpty())
        return true;
    return assignedTo == 0 ? m_wantUnassigned : m_assignees.contains(assignedTo);
}

bool MatcherBase::timeOk(qint64 lastUpdate) const
{
    return (!m_filter.fromMs || lastUpdate >= m_filter.fromMs) && (!m_filter.toMs || lastUpdate <= m_filter.toMs);
}

void IncidentMatcher::findRows()
{
    // An incident is found by its own name and number, and by whatever finds one of its
    // alerts (ids, resource ids, titles): that text is kept once, with the alerts.
    const store::IncidentTable &incidents = m_store.incidents();
    const store::AlertTable &alerts = m_store.alerts();
    const QByteArray needle = m_needle.toUtf8();
    m_rowHits = incidents.search.rowsContaining(needle, incidents.size());
    const QBitArray alertHits = alerts.search.rowsContaining(needle, alerts.size());
    for (int a = 0; a < alerts.size(); ++a) {
        if (alertHits.testBit(a) || hit(alerts.title[a])) {
            const int row = incidents.rowOf(alerts.incident[a]);
            if (row >= 0)
                m_rowHits.setBit(row);
        }
    }
}

void IncidentMatcher::findScope()
{
    const store::IncidentTable &incidents = m_store.incidents();
    m_scopeRows.resize(incidents.size());
    for (qint64 id : m_filter.scopeIncidents) {
        if (const int row = incidents.rowOf(id); row >= 0)
            m_scopeRows.setBit(row);
    }
    for (const QString &alertId : m_filter.scopeAlerts) {
        if (const int a = m_store.alerts().rowOf(alertId); a >= 0) {
            if (const int row = incidents.rowOf(m_store.alerts().incident[a]); row >= 0)
                m_scopeRows.setBit(row);
        }
    }
}

void AlertMatcher::findScope()
{
    const store::AlertTable &alerts = m_store.alerts();
    m_scopeRows.resize(alerts.size());
    for (qint64 id : m_filter.scopeIncidents) {
        for (int row : m_store.alertRowsOf(id))
            m_scopeRows.setBit(row);
    }
    for (const QString &alertId : m_filter.scopeAlerts) {
        if (const int row = alerts.rowOf(alertId); row >= 0)
            m_scopeRows.setBit(row);
    }
}

bool IncidentMatcher::matches(int row) const
{
    const store::IncidentTable &t = m_store.incidents();
    const QueueFilter &f = m_filter;
    if (!inScope(row))
        return false;
    if (!in(m_statuses, t.status[row]) || !in(m_severities, t.severity[row])
        || !in(m_classifications, t.classification[row]) || !in(m_determinations, t.determination[row]))
        return false;
    if (!f.serviceSources.isEmpty() && !(t.serviceSources[row] & m_serviceSources))
        return false;
    if (!f.detectionSources.isEmpty() && !(t.detectionSources[row] & m_detectionSources))
        return false;
    if (!assigneeOk(t.assignedTo[row]) || !timeOk(t.lastUpdate[row]))
        return false;
    if (f.clouds && !(t.clouds[row] & f.clouds))
        return false;
    if (!m_subscriptions.isEmpty()
        && !t.subscriptions.any(row, [this](int id) { return m_subscriptions.contains(id); }))
        return false;
    if (!m_tags.isEmpty() && !t.tags.any(row, [this](int id) { return m_tags.contains(id); }))
        return false;
    if (!m_needle.isEmpty()) {
        auto hit = [this](int id) { return MatcherBase::hit(id); };
        // Name, number and whatever finds one of its alerts are in the row hits.
        if (!t.assets.any(row, hit)
            && !(row < m_rowHits.size() && m_rowHits.testBit(row)) && !t.tags.any(row, hit))
            return false;
    }
    return true;
}

bool AlertMatcher::matches(int row) const
{
    const store::AlertTable &t = m_store.alerts();
    const QueueFilter &f = m_filter;
    if (!inScope(row))
        return false;
    if (!in(m_statuses, t.status[row]) || !in(m_severities, t.severity[row])
        || !in(m_classifications, t.classification[row]) || !in(m_determinations, t.determination[row])
        || !in(m_serviceSources, t.serviceSource[row]) || !in(m_detectionSources, t.detectionSource[row]))
        return false;
    if (!assigneeOk(t.assignedTo[row]) || !timeOk(t.lastUpdate[row]))
        return false;
    if (f.clouds && !(t.clouds[row] & f.clouds))
        return false;
    if (!m_subscriptions.isEmpty() && !m_subscriptions.contains(t.subscription[row]))
        return false;
    if (!m_tags.isEmpty() && !t.tags.any(row, [this](int id) { return m_tags.contains(id); }))
        return false;
    if (!m_needle.isEmpty()) {
        auto hit = [this](int id) { return MatcherBase::hit(id); };
        // The id, the incident number and resource ids are in the row's search text.
        if (!hit(t.title[row]) && !t.assets.any(row, hit)
            && !(row < m_rowHits.size() && m_rowHits.testBit(row)) && !t.tags.any(row, hit))
            return false;
    }
    return true;
}

} // namespace wf::item
