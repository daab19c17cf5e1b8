// Keeps the queues in step with the server: the cache first (stale, instant), then a full
// sync, then deltas (`lastUpdateDateTime ge T`) on an interval. One walk per collection
// in flight; pages are written to the cache and applied to the store in batches.
#pragma once

#include "localcache.h"
#include "net/graphclient.h"
#include "queuestore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>

namespace wf::store {

class SyncService : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8 { Idle, Syncing, Failed };

    SyncService(net::GraphClient *graph, QueueStore *store, LocalCache *cache, QObject *parent = nullptr);
    ~SyncService() override;

    // Loads what the cache holds into the store; returns the number of items.
    qint64 loadCache();
    void syncNow();
    void cancel();
    void setInterval(int ms); // 0 stops live refresh
    // loadCache() rewrites the cache when it holds more than this many bytes and half of
    // them are superseded copies (default 32 MiB).
    void setCompactAboveBytes(qint64 bytes) { m_compactAboveBytes = bytes; }
    State state() const { return m_state; }
    bool isStale() const { return m_stale; }
    QString lastError() const { return m_lastError; }
    qint64 lastSyncMs() const { return m_lastSyncMs; }

    static QString watermarkKey(bool incidents);
    // The first page a walk asks for: everything, or what changed since `since`.
    static QUrl firstPage(const net::GraphClient &graph, bool incidents, const QString &since = {});

Q_SIGNALS:
    void stateChanged(wf::store::SyncService::State state);
    // Items received so far in this sync, and how many are expected (-1: unknown).
    void progress(qint64 done, qint64 expected);
    void synced();                          // a sync finished without error
    void failed(const wf::net::ApiError &error);

private:
    void startWalk(bool incidents);
    void onPage(bool incidents, const QByteArray &body);
    // On the GUI thread, with what the worker parsed from one page.
    void applyPage(bool incidents, const QList<IncidentRecord> &incidents_, const QList<AlertRecord> &alerts,
                   const QString &newest, qint64 items);
    void onWalkFinished(bool incidents, const net::ApiError &error, qint64 count);
    // The worker found a page of walk `generation` that is not well-formed JSON.
    void rejectWalk(bool incidents, int generation, const net::ApiError &why);
    void setState(State s);
    // Rewrites the live items into new segments and drops segments up to `lastSegment`.
    void compactCache(qint32 lastSegment);

    net::GraphClient *m_graph;
    QueueStore *m_store;
    LocalCache *m_cache;
    QTimer m_timer;
    // Pages are parsed and written to the cache on this thread, through its own cache
    // connection, while the next page downloads; the GUI thread only applies records.
    QThread m_thread;
    QObject *m_worker = nullptr;             // lives on m_thread
    std::unique_ptr<LocalCache> m_workerCache; // used only on m_thread
    QPointer<net::Pager> m_walks[2];
    QString m_newWatermark[2];
    qint64 m_expected[2] = {-1, -1};
    qint64 m_received[2] = {0, 0};
    net::ApiError m_walkError[2];
    net::ApiError m_pageError[2]; // a page the worker could not read ends the walk
    int m_generation[2] = {0, 0}; // counts the walks started
    int m_badGeneration[2] = {0, 0}; // worker thread only: the walk whose pages it drops
    bool m_walkDone[2] = {true, true};
    State m_state = State::Idle;
    bool m_stale = true;
    QString m_lastError;
    qint64 m_lastSyncMs = 0;
    qint64 m_compactAboveBytes = 32LL << 20;
};

} // namespace wf::store
