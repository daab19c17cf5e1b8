// Parsing Graph JSON into queue records, and the column tables' upserts.
#include "queuestore.h"

#include <QJsonArray>

#include <algorithm>
#include <cstring>
#include <string.h>

namespace wf::store {

namespace {

// Enum ordinal by wire name: exact hash hit first, case-insensitive scan as fallback.
template<class E>
qint8 ordinal(const QJsonValue &v, qint8 missing)
{
    if (!v.isString())
        return missing;
    static const QHash<QString, int> exact = [] {
        QHash<QString, int> h;
        const EnumNames &names = EnumInfo<E>::names();
        for (int i = 0; i < names.size(); ++i)
            h.insert(names.name(i), i);
        return h;
    }();
    const QString s = v.toString();
    const int i = exact.value(s, -1);
    if (i >= 0)
        return qint8(i);
    const int ci = EnumInfo<E>::names().ordinalOf(s);
    return qint8(ci >= 0 ? ci : EnumInfo<E>::fallbackOrdinal());
}

qint64 msecs(const QJsonValue &v)
{
    Timestamp t;
    if (v.isString() && Timestamp::parse(v.toString(), &t))
        return t.toMSecs();
    return 0;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

void addUnique(QStringList &list, const QString &s)
{
    if (!s.isEmpty() && !list.contains(s))
        list.append(s);
}

QString subscriptionOfAzureId(const QString &resourceId)
{
    // "/subscriptions/<id>/..."
    if (!resourceId.startsWith(QLatin1StringView("/subscriptions/"), Qt::CaseInsensitive))
        return {};
    return resourceId.section(u'/', 2, 2);
}

} // namespace

AlertRecord AlertRecord::fromJson(const QJsonObject &o)
{
    AlertRecord r;
    r.id = str(o, "id");
    r.incidentId = str(o, "incidentId");
    r.title = str(o, "title");
    r.category = str(o, "category");
    r.assignedTo = str(o, "assignedTo");
    r.productName = str(o, "productName");
    r.etag = str(o, "@odata.etag");
    r.severity = ordinal<AlertSeverity>(o.value(QLatin1StringView("severity")), 0);
    r.status = ordinal<AlertStatus>(o.value(QLatin1StringView("status")), 0);
    r.classification = ordinal<AlertClassification>(o.value(QLatin1StringView("classification")), -1);
    r.determination = ordinal<AlertDetermination>(o.value(QLatin1StringView("determination")), -1);
    r.serviceSource = ordinal<ServiceSource>(o.value(QLatin1StringView("serviceSource")), 0);
    r.detectionSource = ordinal<DetectionSource>(o.value(QLatin1StringView("detectionSource")), 0);
    r.created = msecs(o.value(QLatin1StringView("createdDateTime")));
    r.lastUpdate = msecs(o.value(QLatin1StringView("lastUpdateDateTime")));
    r.firstActivity = msecs(o.value(QLatin1StringView("firstActivityDateTime")));
    r.lastActivity = msecs(o.value(QLatin1StringView("lastActivityDateTime")));
    if (!r.firstActivity)
        r.firstActivity = r.created;
    if (!r.lastActivity)
        r.lastActivity = r.created;
    const QJsonObject extra = o.value(QLatin1StringView("additionalData")).toObject();
    r.subscription = str(extra, "SubscriptionName");
    QString subscriptionId = str(extra, "SubscriptionId");
    for (const QJsonValue &t : o.value(QLatin1StringView("systemTags")).toArray())
        addUnique(r.tags, t.toString());
    for (const QJsonValue &ev : o.value(QLatin1StringView("evidence")).toArray()) {
        const QJsonObject e = ev.toObject();
        const QString type = str(e, "@odata.type").section(u'.', -1).toLower();
        if (type == QLatin1StringView("azureresourceevidence")) {
            r.clouds |= CloudAzure;
            addUnique(r.assets, str(e, "resourceName"));
            addUnique(r.searchIds, str(e, "resourceId"));
            if (subscriptionId.isEmpty())
                subscriptionId = subscriptionOfAzureId(str(e, "resourceId"));
        } else if (type == QLatin1StringView("amazonresourceevidence")) {
            r.clouds |= CloudAws;
            addUnique(r.assets, str(e, "resourceName"));
            addUnique(r.searchIds, str(e, "amazonResourceId"));
            if (subscriptionId.isEmpty())
                subscriptionId = str(e, "amazonAccountId");
        } else if (type == QLatin1StringView("googlecloudresourceevidence")) {
            r.clouds |= CloudGcp;
            addUnique(r.assets, str(e, "resourceName"));
            addUnique(r.searchIds, str(e, "fullResourceName"));
            if (subscriptionId.isEmpty())
                subscriptionId = str(e, "projectId");
        } else if (type == QLatin1StringView("deviceevidence")) {
            addUnique(r.assets, str(e, "hostName"));
            addUnique(r.searchIds, e.value(QLatin1StringView("vmMetadata")).toObject().value(QLatin1StringView("resourceId")).toString());
        } else if (type == QLatin1StringView("ipevidence")) {
            addUnique(r.searchIds, str(e, "ipAddress"));
        } else if (type == QLatin1StringView("userevidence")) {
            const QJsonObject ua = e.value(QLatin1StringView("userAccount")).toObject();
            addUnique(r.searchIds, str(ua, "userPrincipalName"));
            addUnique(r.searchIds, str(ua, "accountName"));
        } else if (type == QLatin1StringView("mailboxevidence")) {
            addUnique(r.searchIds, str(e, "upn"));
        } else if (type == QLatin1StringView("urlevidence")) {
            addUnique(r.searchIds, str(e, "url"));
        } else if (type == QLatin1StringView("fileevidence")) {
            const QJsonObject fd = e.value(QLatin1StringView("fileDetails")).toObject();
            addUnique(r.searchIds, str(fd, "fileName"));
            addUnique(r.searchIds, str(fd, "sha256"));
        }
    }
    if (r.subscription.isEmpty())
        r.subscription = subscriptionId;
    return r;
}

IncidentRecord IncidentRecord::fromJson(const QJsonObject &o)
{
    IncidentRecord r;
    r.id = str(o, "id");
    r.displayName = str(o, "displayName");
    r.assignedTo = str(o, "assignedTo");
    r.etag = str(o, "@odata.etag");
    r.redirectTo = str(o, "redirectIncidentId");
    r.severity = ordinal<AlertSeverity>(o.value(QLatin1StringView("severity")), 0);
    r.status = ordinal<IncidentStatus>(o.value(QLatin1StringView("status")), 0);
    r.classification = ordinal<AlertClassification>(o.value(QLatin1StringView("classification")), -1);
    r.determination = ordinal<AlertDetermination>(o.value(QLatin1StringView("determination")), -1);
    r.created = msecs(o.value(QLatin1StringView("createdDateTime")));
    r.lastUpdate = msecs(o.value(QLatin1StringView("lastUpdateDateTime")));
    for (const QJsonValue &t : o.value(QLatin1StringView("customTags")).toArray())
        addUnique(r.tags, t.toString());
    for (const QJsonValue &t : o.value(QLatin1StringView("systemTags")).toArray())
        addUnique(r.tags, t.toString());
    return r;
}

void SearchText::set(int row, const QStringList &parts)
{
    if (m_start.size() <= row) {
        m_start.resize(row + 1, -1);
        m_length.resize(row + 1);
    }
    const QByteArray text = parts.join(QChar(0x1f)).toLower().toUtf8();
    const qsizetype old = m_start[row];
    if (old >= 0 && m_length[row] >= text.size()) {
        // Fits where it was: overwrite, pad with separators.
        char *dst = m_text.data() + old;
        std::memcpy(dst, text.constData(), size_t(text.size()));
        std::memset(dst + text.size(), 0x1f, size_t(m_length[row] - text.size()));
        return;
    }
    if (old >= 0) // the old span stays as dead text; blank it so it never matches
        std::memset(m_text.data() + old, 0x1e, m_length[row]);
    m_start[row] = m_text.size();
    m_length[row] = quint32(text.size());
    m_spanStart.append(m_text.size());
    m_rowAt.append(row);
    m_text.append(text);
    m_text.append(char(0x1e));
}

QByteArrayView SearchText::get(int row) const
{
    if (row >= m_start.size() || m_start[row] < 0)
        return {};
    return QByteArrayView(m_text.constData() + m_start[row], m_length[row]);
}

QStringList SearchText::parts(int row) const
{
    const QByteArrayView v = get(row);
    if (v.isEmpty())
        return {};
    QStringList out = QString::fromUtf8(v).split(QChar(0x1f), Qt::SkipEmptyParts);
    return out;
}

QBitArray SearchText::rowsContaining(const QByteArray &needle, int rows) const
{
    QBitArray hits(rows);
    if (needle.isEmpty())
        return hits;
    qsizetype from = 0;
    const char *base = m_text.constData();
    for (;;) {
        // glibc's memmem is a vectorised two-way search: several times QByteArray::indexOf.
        const void *found = memmem(base + from, size_t(m_text.size() - from), needle.constData(), size_t(needle.size()));
        if (!found)
            break;
        const qsizetype at = static_cast<const char *>(found) - base;
        // The span holding `at`: the last span that starts at or before it.
        const auto it = std::upper_bound(m_spanStart.cbegin(), m_spanStart.cend(), qint64(at));
        const qsizetype span = (it - m_spanStart.cbegin()) - 1;
        if (span >= 0) {
            const int row = m_rowAt[span];
            if (row < rows && m_start[row] == m_spanStart[span])
                hits.setBit(row);
            // Go on after this span: one hit per row is enough.
            from = span + 1 < m_spanStart.size() ? m_spanStart[span + 1] : m_text.size();
        } else {
            from = at + 1;
        }
    }
    return hits;
}

void SearchText::clear()
{
    m_text.clear();
    m_start.clear();
    m_length.clear();
    m_rowAt.clear();
    m_spanStart.clear();
}

void RefLists::set(int row, const QList<int> &ids)
{
    if (m_start.size() <= row) {
        m_start.resize(row + 1);
        m_count.resize(row + 1);
    }
    // Rewrites append; the old slot is left behind (rare: only when a row changes).
    if (m_count[row] >= ids.size() && m_count[row] > 0) {
        for (qsizetype i = 0; i < ids.size(); ++i)
            m_refs[m_start[row] + i] = ids[i];
    } else {
        m_start[row] = m_refs.size();
        m_refs.append(ids);
    }
    m_count[row] = quint16(qMin<qsizetype>(ids.size(), 65535));
}

QList<int> RefLists::get(int row) const
{
    if (row >= m_start.size())
        return {};
    return m_refs.mid(m_start[row], m_count[row]);
}

bool RefLists::contains(int row, int id) const
{
    return any(row, [id](int x) { return x == id; });
}

void RefLists::clear()
{
    m_refs.clear();
    m_start.clear();
    m_count.clear();
}

namespace {
QList<int> internAll(StringPool &pool, const QStringList &list)
{
    QList<int> ids;
    ids.reserve(list.size());
    for (const QString &s : list)
        ids.append(pool.intern(s));
    return ids;
}

template<class T>
void put(QList<T> &column, int row, const T &value)
{
    if (row == column.size())
        column.append(value);
    else
        column[row] = value;
}
} // namespace

int AlertTable::upsert(const AlertRecord &r, StringPool &pool)
{
    int row = m_index.value(r.id, -1);
    if (row < 0) {
        row = size();
        m_index.insert(r.id, row);
    }
    put(id, row, r.id);
    put(incident, row, r.incidentId.toLongLong());
    put(severity, row, r.severity);
    put(status, row, r.status);
    put(classification, row, r.classification);
    put(determination, row, r.determination);
    put(serviceSource, row, r.serviceSource);
    put(detectionSource, row, r.detectionSource);
    put(title, row, qint32(pool.intern(r.title)));
    put(category, row, qint32(pool.intern(r.category)));
    put(assignedTo, row, qint32(pool.intern(r.assignedTo)));
    put(subscription, row, qint32(pool.intern(r.subscription)));
    put(productName, row, qint32(pool.intern(r.productName)));
    put(created, row, r.created);
    put(lastUpdate, row, r.lastUpdate);
    put(firstActivity, row, r.firstActivity);
    put(lastActivity, row, r.lastActivity);
    put(clouds, row, r.clouds);
    put(etag, row, r.etag);
    assets.set(row, internAll(pool, r.assets));
    // Search finds an alert by its id and its incident's number too.
    search.set(row, QStringList(r.searchIds) << r.id << r.incidentId);
    tags.set(row, internAll(pool, r.tags));
    return row;
}

int IncidentTable::upsert(const IncidentRecord &r, StringPool &pool)
{
    const qint64 key = r.id.toLongLong();
    int row = m_index.value(key, -1);
    const bool added = row < 0;
    if (added) {
        row = size();
        m_index.insert(key, row);
    }
    put(id, row, key);
    put(displayName, row, r.displayName);
    put(severity, row, r.severity);
    put(status, row, r.status);
    put(classification, row, r.classification);
    put(determination, row, r.determination);
    put(assignedTo, row, qint32(pool.intern(r.assignedTo)));
    put(created, row, r.created);
    put(lastUpdate, row, r.lastUpdate);
    put(etag, row, r.etag);
    put(redirectTo, row, r.redirectTo.toLongLong());
    tags.set(row, internAll(pool, r.tags));
    if (added) {
        firstActivity.append(r.created);
        lastActivity.append(r.created);
        alertCount.append(0);
        clouds.append(CloudNone);
        serviceSources.append(0);
        detectionSources.append(0);
        assets.set(row, {});
        categories.set(row, {});
        subscriptions.set(row, {});
        search.set(row, {});
    }
    return row;
}

QueueStore::QueueStore(QObject *parent)
    : QObject(parent)
{}

void QueueStore::apply(const QList<IncidentRecord> &incidents, const QList<AlertRecord> &alerts)
{
    QList<int> incidentRows, alertRows;
    QSet<qint64> touched;
    for (const IncidentRecord &r : incidents) {
        const int row = m_incidents.upsert(r, m_pool);
        incidentRows.append(row);
        touched.insert(m_incidents.id[row]);
    }
    for (const AlertRecord &r : alerts) {
        const int existing = m_alerts.rowOf(r.id);
        const qint64 before = existing >= 0 ? m_alerts.incident[existing] : 0;
        const int row = m_alerts.upsert(r, m_pool);
        alertRows.append(row);
        const qint64 now = m_alerts.incident[row];
        if (existing < 0 || before != now) {
            if (existing >= 0) {
                m_alertsOfIncident[before].removeOne(row);
                touched.insert(before);
            }
            m_alertsOfIncident[now].append(row);
        }
        touched.insert(now);
    }
    QSet<int> listed(incidentRows.begin(), incidentRows.end());
    for (qint64 incidentId : std::as_const(touched)) {
        const int row = m_incidents.rowOf(incidentId);
        if (row < 0)
            continue;
        refreshIncident(row);
        if (!listed.contains(row)) {
            listed.insert(row);
            incidentRows.append(row);
        }
    }
    ++m_version;
    Q_EMIT changed(incidentRows, alertRows);
}

void QueueStore::refreshIncident(int row)
{
    IncidentTable &t = m_incidents;
    const QList<int> rows = m_alertsOfIncident.value(t.id[row]);
    qint64 first = 0, last = 0;
    quint8 clouds = CloudNone;
    quint64 services = 0, detections = 0;
    QList<int> assets, categories, subscriptions;
    QStringList search;
    auto addRef = [](QList<int> &list, int id) {
        if (id > 0 && !list.contains(id))
            list.append(id);
    };
    for (int a : rows) {
        const AlertTable &al = m_alerts;
        if (!first || (al.firstActivity[a] && al.firstActivity[a] < first))
            first = al.firstActivity[a];
        last = qMax(last, al.lastActivity[a]);
        clouds |= al.clouds[a];
        services |= quint64(1) << qMin<int>(al.serviceSource[a], 63);
        detections |= quint64(1) << qMin<int>(al.detectionSource[a], 63);
        for (int id : al.assets.get(a))
            addRef(assets, id);
        addRef(categories, al.category[a]);
        addRef(subscriptions, al.subscription[a]);
        search += al.search.parts(a);
        search += m_pool.at(al.title[a]);
    }
    t.firstActivity[row] = first ? first : t.created[row];
    t.lastActivity[row] = last ? last : t.created[row];
    t.alertCount[row] = qint32(rows.size());
    t.clouds[row] = clouds;
    t.serviceSources[row] = services;
    t.detectionSources[row] = detections;
    t.assets.set(row, assets);
    t.categories.set(row, categories);
    t.subscriptions.set(row, subscriptions);
    search << t.displayName[row] << QString::number(t.id[row]);
    search.removeDuplicates();
    t.search.set(row, search);
}

void QueueStore::clear()
{
    m_pool = StringPool();
    m_alerts = AlertTable();
    m_incidents = IncidentTable();
    m_alertsOfIncident.clear();
    ++m_version;
    Q_EMIT cleared();
}

} // namespace wf::store
