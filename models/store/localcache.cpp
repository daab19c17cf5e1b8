// SQLite schema and statements of the console cache.
#include "localcache.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <lz4.h>

namespace wf::store {

namespace {
// 1: an item per row (incidents, alerts tables); 2: compressed segments; 3: segments
// compressed in chunks (an item is read without unpacking its whole page).
constexpr int kSchemaVersion = 3;
constexpr int kRecentSegments = 8;
constexpr int kPageSize = 65536; // a new cache's; an older one keeps its 4 KiB pages

bool run(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qWarning("cache: %s failed: %s", what, qPrintable(q.lastError().text()));
    return false;
}

// A segment's packed form: its raw bytes cut into chunks of kChunk bytes (the last may be
// shorter), each LZ4-compressed on its own, after a header of little-endian quint32s:
// the chunk count, then where each chunk's packed bytes end (counted from the header's end).
// LZ4 looks back 64 KiB at most, so chunks of that size compress about as well as a whole
// page, and an item costs the unpacking of its one or two chunks.
constexpr qsizetype kChunk = 65536;

qsizetype chunkCount(qsizetype rawSize)
{
    return (rawSize + kChunk - 1) / kChunk;
}

QByteArray pack(QByteArrayView raw)
{
    const qsizetype n = chunkCount(raw.size());
    const qsizetype header = (n + 1) * 4;
    QByteArray packed(header + n * LZ4_compressBound(int(kChunk)), Qt::Uninitialized);
    qToLittleEndian<quint32>(quint32(n), packed.data());
    qsizetype at = header;
    for (qsizetype k = 0; k < n; ++k) {
        const qsizetype from = k * kChunk, size = qMin(kChunk, raw.size() - from);
        const int written = LZ4_compress_default(
            raw.data() + from, packed.data() + at, int(size), int(packed.size() - at));
        if (written <= 0)
            return {};
        at += written;
        qToLittleEndian<quint32>(quint32(at - header), packed.data() + 4 * (k + 1));
    }
    packed.truncate(at);
    return packed;
}

// Unpacks raw bytes [from, to) of a packed segment (whose raw size is `rawSize`) into
// `out`, which receives whole chunks: out's first byte is raw byte from / kChunk * kChunk.
// False when the packed bytes are damaged.
bool unpack(QByteArrayView packed, qsizetype rawSize, qsizetype from, qsizetype to, QByteArray *out)
{
    const qsizetype n = chunkCount(rawSize);
    const qsizetype header = (n + 1) * 4;
    if (from < 0 || to > rawSize || from > to || packed.size() < header
        || qFromLittleEndian<quint32>(packed.data()) != quint32(n))
        return false;
    auto endOf = [&](qsizetype k) {
        return k < 0 ? qsizetype(0)
                     : qsizetype(qFromLittleEndian<quint32>(packed.data() + 4 * (k + 1)));
    };
    const qsizetype first = from / kChunk, last = to > from ? (to - 1) / kChunk : first - 1;
    out->resize(qMin(rawSize, (last + 1) * kChunk) - first * kChunk);
    for (qsizetype k = first; k <= last; ++k) {
        const qsizetype begin = endOf(k - 1), end = endOf(k);
        const qsizetype size = qMin(kChunk, rawSize - k * kChunk);
        if (begin > end || header + end > packed.size()
            || LZ4_decompress_safe(packed.data() + header + begin,
                   out->data() + (k - first) * kChunk, int(end - begin), int(size))
                != size)
            return false;
    }
    return true;
}

QJsonObject toObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

PendingEdit editFrom(const QSqlQuery &q)
{
    PendingEdit e;
    e.seq = q.value(0).toLongLong();
    e.incident = q.value(1).toString() == QLatin1StringView("incident");
    e.targetId = q.value(2).toString();
    e.patch = toObject(q.value(3).toByteArray());
    e.isComment = q.value(4).toBool();
    e.ifMatch = q.value(5).toString();
    e.baseLastUpdate = q.value(6).toLongLong();
    e.createdMs = q.value(7).toLongLong();
    e.state = PendingEdit::State(q.value(8).toInt());
    e.error = q.value(9).toString();
    e.attempts = q.value(10).toInt();
    e.batch = q.value(11).toString();
    return e;
}

const char *kEditColumns = "seq, kind, target, patch, is_comment, if_match, base_last_update, "
                           "created, state, error, attempts, batch";
} // namespace

LocalCache::LocalCache() = default;

LocalCache::~LocalCache()
{
    close();
}

bool LocalCache::open(const QString &path, QString *error)
{
    // A small page cache: the console reads items by id now and then; the queues live in
    // the column store, not here. (Two connections per session: GUI and sync worker.)
    // Large pages: a segment is a megabyte or so of compressed items, written as a chain of
    // overflow pages, each page one write to the WAL and one more at the checkpoint.
    const int version = m_file.open(path, kSchemaVersion, error, 2048, kPageSize);
    if (version < 0)
        return false;
    QSqlQuery q(m_db);
    QList<const char *> statements;
    if (version == 1 || version == 2) {
        // The items of an older schema are dropped and synced again; pending edits stay.
        statements = {"DROP TABLE IF EXISTS incidents", "DROP TABLE IF EXISTS alerts",
            "DROP TABLE IF EXISTS segments", "DELETE FROM meta WHERE key LIKE 'watermark.%'"};
    }
    statements += {
        "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS segments(seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "kind INTEGER NOT NULL, raw_size INTEGER NOT NULL, data BLOB NOT NULL)",
        "CREATE TABLE IF NOT EXISTS edits(seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "kind TEXT NOT NULL, target TEXT NOT NULL, patch BLOB NOT NULL, "
        "is_comment INTEGER NOT NULL, if_match TEXT, base_last_update INTEGER, "
        "created INTEGER NOT NULL, state INTEGER NOT NULL, error TEXT, "
        "attempts INTEGER NOT NULL DEFAULT 0, batch TEXT)",
        "PRAGMA user_version=3"};
    for (const char *sql : std::as_const(statements)) {
        if (!q.exec(QLatin1StringView(sql))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

void LocalCache::close()
{
    m_statements.clear();
    forgetReads();
    m_file.close();
}

QSqlQuery &LocalCache::prepared(const char *sql)
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_shared<QSqlQuery>(m_db);
        slot->prepare(QLatin1StringView(sql));
    }
    return *slot;
}

QString LocalCache::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return run(q, "meta") && q.next() ? q.value(0).toString() : fallback;
}

void LocalCache::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    if (value.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
    }
    run(q, "setMeta");
}

bool LocalCache::begin()
{
    return m_db.transaction();
}

bool LocalCache::commit()
{
    return m_db.commit();
}

bool LocalCache::rollback()
{
    forgetReads(); // the segments written since begin() are gone, and their seqs come again
    return m_db.rollback();
}

QList<CacheRef> LocalCache::putItems(Kind kind, const QList<QByteArrayView> &items)
{
    QList<CacheRef> refs;
    if (items.isEmpty())
        return refs;
    qsizetype total = 0;
    for (QByteArrayView item : items)
        total += item.size() + 1;
    if (total > LZ4_MAX_INPUT_SIZE) {
        qWarning("cache: a segment of %lld bytes is too big", qlonglong(total));
        return refs;
    }
    QByteArray raw;
    raw.reserve(total);
    refs.reserve(items.size());
    for (QByteArrayView item : items) {
        refs.append({0, quint32(raw.size()), quint32(item.size())});
        raw.append(item);
        raw.append('\n');
    }
    const QByteArray packed = pack(raw);
    if (packed.isEmpty()) {
        qWarning("cache: compression failed");
        return {};
    }
    QSqlQuery &q = prepared("INSERT INTO segments(kind, raw_size, data) VALUES(?, ?, ?)");
    q.addBindValue(int(kind));
    q.addBindValue(raw.size());
    q.addBindValue(packed);
    if (!run(q, "putItems"))
        return {};
    const qint32 seq = q.lastInsertId().toInt();
    for (CacheRef &r : refs)
        r.segment = seq;
    return refs;
}

const LocalCache::Packed *LocalCache::packedSegment(qint32 seq) const
{
    for (qsizetype i = 0; i < m_recent.size(); ++i) {
        if (m_recent[i].seq == seq) {
            m_recent.move(i, 0);
            return &m_recent.first();
        }
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT raw_size, data FROM segments WHERE seq = ?"));
    q.addBindValue(seq);
    if (!run(q, "segment") || !q.next())
        return nullptr;
    m_recent.prepend({seq, q.value(0).toLongLong(), q.value(1).toByteArray()});
    if (m_recent.size() > kRecentSegments)
        m_recent.removeLast();
    return &m_recent.first();
}

QByteArray LocalCache::itemBytes(CacheRef ref) const
{
    if (!ref.isValid())
        return {};
    const qsizetype from = ref.offset, to = from + qsizetype(ref.length);
    const qsizetype start = from / kChunk * kChunk;
    Unpacked &last = m_lastUnpacked;
    if (last.seq != ref.segment || last.start != start || start + last.bytes.size() < to) {
        last = {};
        const Packed *segment = packedSegment(ref.segment);
        if (!segment)
            return {};
        if (!unpack(segment->bytes, segment->rawSize, from, to, &last.bytes)) {
            qWarning("cache: segment %d is damaged", ref.segment);
            last = {};
            return {};
        }
        last.seq = ref.segment;
        last.start = start;
    }
    return last.bytes.mid(from - start, to - from);
}

std::optional<QJsonObject> LocalCache::item(CacheRef ref) const
{
    const QByteArray bytes = itemBytes(ref);
    if (bytes.isEmpty())
        return std::nullopt;
    return toObject(bytes);
}

void LocalCache::forEachSegment(const std::function<void(Kind, qint32, const QByteArray &)> &f) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, kind, raw_size, data FROM segments ORDER BY seq"));
    if (!run(q, "forEachSegment"))
        return;
    QByteArray raw;
    while (q.next()) {
        const qint32 seq = q.value(0).toInt();
        const qsizetype rawSize = q.value(2).toLongLong();
        if (!unpack(q.value(3).toByteArray(), rawSize, 0, rawSize, &raw)) {
            qWarning("cache: segment %d is damaged; skipped", seq);
            continue;
        }
        f(Kind(q.value(1).toInt()), seq, raw);
    }
}

void LocalCache::removeSegments(qint32 upTo)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM segments WHERE seq <= ?"));
    q.addBindValue(upTo);
    run(q, "removeSegments");
    forgetReads(upTo);
}

void LocalCache::forgetReads(qint32 upTo)
{
    m_recent.removeIf([upTo](const Packed &p) { return p.seq <= upTo; });
    if (m_lastUnpacked.seq <= upTo)
        m_lastUnpacked = {};
}

qint64 LocalCache::segmentCount() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM segments"));
    return run(q, "count") && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 LocalCache::addEdit(const PendingEdit &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO edits(kind, target, patch, is_comment, if_match, "
                             "base_last_update, created, state, error, attempts, batch) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.incident ? QStringLiteral("incident") : QStringLiteral("alert"));
    q.addBindValue(e.targetId);
    q.addBindValue(QJsonDocument(e.patch).toJson(QJsonDocument::Compact));
    q.addBindValue(e.isComment);
    q.addBindValue(e.ifMatch);
    q.addBindValue(e.baseLastUpdate);
    q.addBindValue(e.createdMs ? e.createdMs : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(int(e.state));
    q.addBindValue(e.error);
    q.addBindValue(e.attempts);
    q.addBindValue(e.batch);
    return run(q, "addEdit") ? q.lastInsertId().toLongLong() : -1;
}

void LocalCache::updateEdit(const PendingEdit &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE edits SET state = ?, error = ?, attempts = ?, if_match = ? WHERE seq = ?"));
    q.addBindValue(int(e.state));
    q.addBindValue(e.error);
    q.addBindValue(e.attempts);
    q.addBindValue(e.ifMatch);
    q.addBindValue(e.seq);
    run(q, "updateEdit");
}

QList<PendingEdit> LocalCache::edits(PendingEdit::State state) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM edits WHERE state = ? ORDER BY seq").arg(QLatin1StringView(kEditColumns)));
    q.addBindValue(int(state));
    QList<PendingEdit> out;
    if (run(q, "edits")) {
        while (q.next())
            out.append(editFrom(q));
    }
    return out;
}

std::optional<PendingEdit> LocalCache::edit(qint64 seq) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM edits WHERE seq = ?").arg(QLatin1StringView(kEditColumns)));
    q.addBindValue(seq);
    if (run(q, "edit") && q.next())
        return editFrom(q);
    return std::nullopt;
}

} // namespace wf::store
