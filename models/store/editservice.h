// Edits that are never lost: each goes first into the cache's durable queue, then to the
// server (PATCH with If-Match where the server gives ETags; a lastUpdateDateTime check
// where it does not), and is marked done in the same transaction that stores the
// server's answer. Unsent edits are replayed, in order and exactly once, when the server
// is reachable again.
#pragma once

#include "localcache.h"
#include "net/graphclient.h"
#include "queuestore.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace wf::store {

class EditService : public QObject
{
    Q_OBJECT
public:
    EditService(net::GraphClient *graph, QueueStore *store, LocalCache *cache, QObject *parent = nullptr);

    // Queues one change for many items (a bulk action) as one batch; returns the batch id.
    // `patch` is a Graph PATCH body; with `comment` set the edit posts a comment instead.
    QString submit(bool incidents, const QStringList &ids, const QJsonObject &patch,
                   const QString &comment = {});
    // Sends what is pending; called on start, after each sync, and on a retry timer.
    void replay();
    int pendingCount() const;
    QSet<QString> pendingIds() const { return m_pendingIds; }
    QList<PendingEdit> failedEdits() const { return m_cache->edits(PendingEdit::State::Failed); }

    // How many edits may be in flight at once (bulk actions go faster, within limits).
    void setParallelism(int n) { m_parallel = qMax(1, n); }

Q_SIGNALS:
    void pendingChanged(const QSet<QString> &ids);
    // A batch moved on: `failed` lists "id: reason" for each failure so far.
    void batchProgress(const QString &batch, int done, int total, const QStringList &failed);
    void editFailed(const wf::store::PendingEdit &edit);
    // The server could not be reached: the edits wait and will be replayed.
    void offline(const QString &sentence);

private:
    void sendNext();
    void send(PendingEdit edit);
    // The PATCH (or comment POST) itself, and what its answer means for the edit.
    void transmit(const PendingEdit &edit);
    void finish(PendingEdit edit, PendingEdit::State state, const QString &error,
                const QByteArray &serverJson = {});
    void applyServerJson(bool incident, const QByteArray &json);
    void refreshPendingIds();
    void loadPending();
    QString etagOf(bool incident, const QString &id) const;
    qint64 lastUpdateOf(bool incident, const QString &id) const;

    net::GraphClient *m_graph;
    QueueStore *m_store;
    LocalCache *m_cache;
    QTimer m_retry;
    int m_parallel = 4;
    QSet<qint64> m_inFlight;
    QList<PendingEdit> m_pending; // mirror of the cache's pending rows, in order
    bool m_loaded = false;
    QSet<QString> m_pendingIds;
    struct BatchState
    {
        int total = 0, done = 0;
        QStringList failed;
    };
    QHash<QString, BatchState> m_batches;
    bool m_offline = false;
    // Two edits of one item queued back to back (assign, then status) both read the item
    // at the same version; once our first one lands, the second must compare against the
    // version our own change produced, not report it as someone else's change.
    // Key: target id + '\n' + the version an edit of ours started from.
    QHash<QString, QString> m_etagAfterOwnEdit;
    QHash<QString, qint64> m_lastUpdateAfterOwnEdit;
};

} // namespace wf::store
