// The console's SQLite cache, one file per connection profile: the last JSON of every
// incident and alert (so a restart shows data before the network answers, and a
// detail pane reads the full item), the sync watermarks, and the durable queue of
// edits not yet confirmed by the server.
#pragma once

#include "util/sqlitefile.h"

#include <QJsonObject>
#include <QString>

#include <QHash>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace wf::store {

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
    void setMeta(const QString &key, const QString &value);

    bool begin();
    bool commit();

    void putIncident(const QString &id, qint64 lastUpdateMs, const QByteArray &json);
    void putAlert(const QString &id, const QString &incidentId, qint64 lastUpdateMs, const QByteArray &json);
    std::optional<QJsonObject> incident(const QString &id) const;
    std::optional<QJsonObject> alert(const QString &id) const;
    QList<QJsonObject> alertsOfIncident(const QString &incidentId) const;
    // Streams every cached row's JSON, incidents first (for the start-up load).
    void forEachIncident(const std::function<void(const QByteArray &)> &f) const;
    void forEachAlert(const std::function<void(const QByteArray &)> &f) const;
    qint64 incidentCount() const;
    qint64 alertCount() const;

    qint64 addEdit(const PendingEdit &edit); // returns seq
    void updateEdit(const PendingEdit &edit);
    QList<PendingEdit> edits(PendingEdit::State state) const;
    std::optional<PendingEdit> edit(qint64 seq) const;

private:
    QSqlQuery &prepared(const char *sql);

    SqliteFile m_file{"wf-cache"};
    QHash<const char *, std::shared_ptr<QSqlQuery>> m_statements;
    QSqlDatabase &m_db = m_file.db();
};

} // namespace wf::store
