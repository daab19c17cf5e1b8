// SQLite schema and statements of the console cache.
#include "localcache.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace wf::store {

namespace {
constexpr int kSchemaVersion = 1;

bool run(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qWarning("cache: %s failed: %s", what, qPrintable(q.lastError().text()));
    return false;
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
    if (m_file.open(path, kSchemaVersion, error, 2048) < 0)
        return false;
    QSqlQuery q(m_db);
    for (const char *sql : {
             "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "CREATE TABLE IF NOT EXISTS incidents(id TEXT PRIMARY KEY, last_update INTEGER, json BLOB NOT NULL)",
             "CREATE TABLE IF NOT EXISTS alerts(id TEXT PRIMARY KEY, incident_id TEXT, last_update INTEGER, json BLOB NOT NULL)",
             "CREATE INDEX IF NOT EXISTS alerts_incident ON alerts(incident_id)",
             "CREATE TABLE IF NOT EXISTS edits(seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
             "target TEXT NOT NULL, patch BLOB NOT NULL, is_comment INTEGER NOT NULL, if_match TEXT, "
             "base_last_update INTEGER, created INTEGER NOT NULL, state INTEGER NOT NULL, error TEXT, "
             "attempts INTEGER NOT NULL DEFAULT 0, batch TEXT)",
             "PRAGMA user_version=1"}) {
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
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
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

void LocalCache::putIncident(const QString &id, qint64 lastUpdateMs, const QByteArray &json)
{
    QSqlQuery &q = prepared("INSERT OR REPLACE INTO incidents(id, last_update, json) VALUES(?, ?, ?)");
    q.addBindValue(id);
    q.addBindValue(lastUpdateMs);
    q.addBindValue(json);
    run(q, "putIncident");
}

void LocalCache::putAlert(const QString &id, const QString &incidentId, qint64 lastUpdateMs,
                          const QByteArray &json)
{
    QSqlQuery &q = prepared("INSERT OR REPLACE INTO alerts(id, incident_id, last_update, json) VALUES(?, ?, ?, ?)");
    q.addBindValue(id);
    q.addBindValue(incidentId);
    q.addBindValue(lastUpdateMs);
    q.addBindValue(json);
    run(q, "putAlert");
}

std::optional<QJsonObject> LocalCache::incident(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json FROM incidents WHERE id = ?"));
    q.addBindValue(id);
    if (run(q, "incident") && q.next())
        return toObject(q.value(0).toByteArray());
    return std::nullopt;
}

std::optional<QJsonObject> LocalCache::alert(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json FROM alerts WHERE id = ?"));
    q.addBindValue(id);
    if (run(q, "alert") && q.next())
        return toObject(q.value(0).toByteArray());
    return std::nullopt;
}

QList<QJsonObject> LocalCache::alertsOfIncident(const QString &incidentId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json FROM alerts WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    QList<QJsonObject> out;
    if (run(q, "alertsOfIncident")) {
        while (q.next())
            out.append(toObject(q.value(0).toByteArray()));
    }
    return out;
}

void LocalCache::forEachIncident(const std::function<void(const QByteArray &)> &f) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json FROM incidents"));
    if (run(q, "forEachIncident")) {
        while (q.next())
            f(q.value(0).toByteArray());
    }
}

void LocalCache::forEachAlert(const std::function<void(const QByteArray &)> &f) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json FROM alerts"));
    if (run(q, "forEachAlert")) {
        while (q.next())
            f(q.value(0).toByteArray());
    }
}

qint64 LocalCache::incidentCount() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM incidents"));
    return run(q, "count") && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 LocalCache::alertCount() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM alerts"));
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
