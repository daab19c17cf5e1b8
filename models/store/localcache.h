// The console's SQLite cache, one file per connection profile and principal: the last
// JSON of every incident and alert (so a restart shows data before the network
// answers, and a detail pane reads the full item), the sync watermarks, and the
// durable queue of edits not yet confirmed by the server.
//
// Items are stored the way they arrive, a page at a time: a *segment* is the items of
// one page, each as the server sent its bytes, one after the other, LZ4-compressed in
// one row, in chunks of 64 KiB so that one item is read without unpacking the page. An item is
// found through its CacheRef (segment, offset, length), which the queue store keeps beside the
// item's row; a newer copy of an item goes into a newer segment, so reading the segments oldest
// first and letting later copies win gives the current set. A sync writes hundreds of megabytes
// less than an item-per-row table would (a 6.7 MB alert page becomes about 1 MB) and one row per
// page instead of 2,000.
#pragma once

#include "util/sqlitefile.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace wf::store {

// Where one item's bytes are: a segment and the span inside its uncompressed bytes.
struct CacheRef
{
    qint32 segment = 0; // 0: not in the cache
    quint32 offset = 0;
    quint32 length = 0;
    bool isValid() const { return segment > 0; }
};

struct PendingEdit
{
    enum class State : quint8 { Pending, Done, Failed };
    qint64 seq = 0;
    bool incident = true;       // else an alert
    QString targetId;
    QJsonObject patch;          // Graph PATCH body, or {"comment": "..."} for a comment
    bool isComment = false;
    QString ifMatch;            // our server's ETag when the edit was made
    qint64 baseLastUpdate = 0;  // ms; Graph has no ETag: compare lastUpdateDateTime
    qint64 createdMs = 0;
    State state = State::Pending;
    QString error;              // why it failed, in a sentence
    int attempts = 0;
    QString batch;              // edits made together (a bulk action) share a batch id
};

class LocalCache
{
public:
    LocalCache();
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.path(); }

    QString meta(const QString &key, const QString &fallback = {}) const;
    void setMeta(const QString &key, const QString &value); // empty: removes the key

    bool begin();
    bool commit();
    bool rollback();

    enum class Kind : quint8 { Incidents = 0, Alerts = 1 };
    // Stores the items (each one JSON value) as one segment; their refs, in order, or
    // an empty list when the write failed.
    QList<CacheRef> putItems(Kind kind, const QList<QByteArrayView> &items);
    QByteArray itemBytes(CacheRef ref) const;
    std::optional<QJsonObject> item(CacheRef ref) const;
    // Every segment, oldest first, uncompressed (for the start-up load).
    void forEachSegment(const std::function<void(Kind kind, qint32 segment, const QByteArray &bytes)> &f) const;
    void removeSegments(qint32 upTo); // every segment up to and including `upTo`
    qint64 segmentCount() const;

    qint64 addEdit(const PendingEdit &edit); // returns seq
    void updateEdit(const PendingEdit &edit);
    QList<PendingEdit> edits(PendingEdit::State state) const;
    std::optional<PendingEdit> edit(qint64 seq) const;

private:
    QSqlQuery &prepared(const char *sql);
    struct Packed
    {
        qint32 seq = 0;
        qsizetype rawSize = 0;
        QByteArray bytes;
    };
    const Packed *packedSegment(qint32 seq) const;
    // What was kept of the segments read, up to and including `upTo`, is let go.
    void forgetReads(qint32 upTo = std::numeric_limits<qint32>::max());

    // The last segments read, packed, most recent first: a detail pane walking the queue,
    // or an entity lookup in cache order, reads several items of one page.
    mutable QList<Packed> m_recent;
    // The chunks of the last item read, unpacked: items read in cache order (an entity
    // lookup confirming its candidates) mostly share them.
    struct Unpacked
    {
        qint32 seq = 0;
        qsizetype start = 0; // raw offset of bytes' first byte
        QByteArray bytes;
    };
    mutable Unpacked m_lastUnpacked;

    SqliteFile m_file{"wf-cache"};
    QHash<const char *, std::shared_ptr<QSqlQuery>> m_statements;
    QSqlDatabase &m_db = m_file.db();
};

} // namespace wf::store
