// The console's in-memory queues: incidents and alerts as typed columns (struct of
// arrays) with interned strings and an id -> row index. Filtering and sorting read these
// columns directly; the full JSON of an item stays in the local cache until a detail
// pane asks for it.
#pragma once

#include "domain/enums.h"
#include "localcache.h"
#include "stringpool.h"
#include "wire/jsonscan.h"

#include <QBitArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QVarLengthArray>

namespace wf::store {

enum Cloud : quint8 { CloudNone = 0, CloudAzure = 1, CloudAws = 2, CloudGcp = 4 };

// Per-row references into the pool, flattened: row r owns refs[start[r] .. start[r]+count[r]).
class RefLists
{
public:
    void set(int row, const QList<int> &ids);
    QList<int> get(int row) const;
    bool contains(int row, int id) const;
    template<class F>
    bool any(int row, F f) const
    {
        const qsizetype s = m_start.value(row, 0), n = m_count.value(row, 0);
        for (qsizetype i = s; i < s + n; ++i) {
            if (f(m_refs[i]))
                return true;
        }
        return false;
    }
    void clear();
    void squeeze();

private:
    QList<qint32> m_refs;
    QList<qint64> m_start;
    QList<quint16> m_count;
};

// Text found by search but never shown (resource ids, IPs, accounts, URLs, hashes):
// mostly unique per row, so it is not interned but kept lower-cased in one UTF-8 buffer,
// and a search is one scan of that buffer.
class SearchText
{
public:
    using Parts = QVarLengthArray<QByteArrayView, 16>;
    // A row's text from its parts, UTF-8 in any case (kept lower-cased).
    void set(int row, const Parts &parts);
    QByteArrayView get(int row) const;
    QStringList parts(int row) const;
    // Rows whose text contains `needle` (lower-case UTF-8), as a bit per row.
    QBitArray rowsContaining(const QByteArray &needle, int rows) const;
    void clear();
    void squeeze();

private:
    QByteArray m_text;       // "part\x1fpart\x1e" per row, appended on change
    QList<qint64> m_start;
    QList<quint32> m_length;
    QList<int> m_rowAt;      // row of each buffer span, in buffer order
    QList<qint64> m_spanStart;
};

// Alert ids: UTF-8 in one buffer (a row's id never changes), found through an
// open-addressing index of row numbers. A QString and a hash node per alert would cost
// three times as much.
class IdColumn
{
public:
    qsizetype size() const { return m_start.size(); }
    QString operator[](int row) const { return QString::fromUtf8(bytes(row)); }
    QByteArrayView bytes(int row) const;
    int compare(int a, int b) const; // byte order (code point order for UTF-8)
    int rowOf(const QString &id) const;
    int rowOf(QByteArrayView utf8) const;
    int append(QByteArrayView utf8); // the new row
    void squeeze();

private:
    int find(QByteArrayView id, size_t hash) const;
    void grow();

    QByteArray m_bytes;
    QList<quint32> m_start;
    QList<qint32> m_slots; // row + 1, 0 when empty; a power of two, at most half full
};

// Text of a record, as UTF-8. A record read from JSON holds views of the JSON's own bytes
// (JsonString::bytes): nothing is copied or allocated per field while a page is read, the
// record lives no longer than the bytes it was read from, and the store copies what it keeps.
using RecordText = QByteArray;
using RecordTexts = QVarLengthArray<QByteArray, 4>;

// What incidents and alerts share, as the queues need it (parsed from Graph JSON).
struct RecordBase
{
    RecordText id, assignedTo, etag;
    qint8 severity = 0, status = 0, classification = -1, determination = -1;
    qint64 created = 0, lastUpdate = 0; // ms since epoch
    RecordTexts tags;
    CacheRef ref; // where its JSON is in the local cache
    RecordText lastUpdateText; // as the server spelled it (the sync watermark)
};

struct AlertRecord : RecordBase
{
    RecordText incidentId, title, category, subscription, productName;
    qint8 serviceSource = 0, detectionSource = 0;
    qint64 firstActivity = 0, lastActivity = 0;
    quint8 clouds = CloudNone;
    RecordTexts assets; // resource / host names
    RecordTexts searchIds; // resource ids, IPs, accounts: found by search, not shown

    // From an item's Graph JSON; `ok` false when it is malformed or has no id.
    static AlertRecord fromJson(QByteArrayView json, bool *ok = nullptr);
    // Reads one item at the scanner (which moves past it).
    static AlertRecord read(wire::JsonScanner &s, bool *ok);
};

struct IncidentRecord : RecordBase
{
    RecordText displayName, redirectTo;

    static IncidentRecord fromJson(QByteArrayView json, bool *ok = nullptr);
    static IncidentRecord read(wire::JsonScanner &s, bool *ok);
};

class AlertTable
{
public:
    int size() const { return int(id.size()); }
    int rowOf(const QString &alertId) const { return id.rowOf(alertId); }
    int rowOf(QByteArrayView alertId) const { return id.rowOf(alertId); }
    // Inserts or replaces; returns the row.
    int upsert(const AlertRecord &r, StringPool &pool);
    void squeeze(); // gives back the columns' spare capacity

    IdColumn id;
    QList<qint64> incident;
    QList<qint8> severity, status, classification, determination, serviceSource, detectionSource;
    QList<qint32> title, category, assignedTo, subscription, productName;
    QList<qint64> created, lastUpdate, firstActivity, lastActivity;
    QList<quint8> clouds;
    QList<qint32> etag; // pooled: few distinct values
    QList<CacheRef> cacheRef;
    RefLists assets, tags;
    SearchText search;
};

class IncidentTable
{
public:
    int size() const { return int(id.size()); }
    int rowOf(qint64 incidentId) const { return m_index.value(incidentId, -1); }
    int upsert(const IncidentRecord &r, StringPool &pool);
    void squeeze();

    QList<qint64> id;
    QList<QString> displayName;
    QList<qint8> severity, status, classification, determination;
    QList<qint32> assignedTo;
    QList<qint64> created, lastUpdate;
    QList<qint32> etag;
    QList<CacheRef> cacheRef;
    QList<qint64> redirectTo;
    RefLists tags;
    // Derived from the incident's alerts (recomputed by QueueStore::refreshIncident).
    QList<qint64> firstActivity, lastActivity;
    QList<qint32> alertCount;
    QList<quint8> clouds;
    QList<quint64> serviceSources, detectionSources; // bit per enum ordinal
    RefLists assets, categories, subscriptions;
    SearchText search; // name and number; a search also looks at its alerts' text

private:
    QHash<qint64, int> m_index;
};

// Both queues and the pool they share. Lives on the GUI thread; records are parsed
// elsewhere and applied here in batches.
class QueueStore : public QObject
{
    Q_OBJECT
public:
    explicit QueueStore(QObject *parent = nullptr);

    StringPool &pool() { return m_pool; }
    const StringPool &pool() const { return m_pool; }
    AlertTable &alerts() { return m_alerts; }
    const AlertTable &alerts() const { return m_alerts; }
    IncidentTable &incidents() { return m_incidents; }
    const IncidentTable &incidents() const { return m_incidents; }

    // Applies a batch (whose records may view bytes that live only as long as the call);
    // a record older than the row it would replace (by lastUpdateDateTime) is passed over.
    // Emits one `changed` for it.
    void apply(const QList<IncidentRecord> &incidents, const QList<AlertRecord> &alerts);
    void clear();
    // Gives back what the tables reserved for growth (after a sync or a cache load).
    void squeeze();

    // Alert rows of an incident, in no particular order.
    QList<int> alertRowsOf(qint64 incidentId) const { return m_alertsOfIncident.value(incidentId); }

    // A counter that moves with every change: views cache text under it.
    quint64 version() const { return m_version; }

Q_SIGNALS:
    // Rows that were added or changed (row numbers only grow; rows are never removed).
    void changed(const QList<int> &incidentRows, const QList<int> &alertRows);
    void cleared();

private:
    void refreshIncident(int row);

    StringPool m_pool;
    AlertTable m_alerts;
    IncidentTable m_incidents;
    QHash<qint64, QList<int>> m_alertsOfIncident;
    quint64 m_version = 0;
};

} // namespace wf::store
