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
#include <QSet>
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
    // A full incident walk goes in `chains` chains at once when each gets at least
    // `atLeast` incidents (default 6 and 500).
    void setIncidentChains(int chains, qint64 atLeast)
    {
        m_incidentChains = qMax(1, chains);
        m_chainAtLeast = atLeast;
    }
    State state() const { return m_state; }
    bool isStale() const { return m_stale; }
    QString lastError() const { return m_lastError; }
    qint64 lastSyncMs() const { return m_lastSyncMs; }

    static QString watermarkKey(bool incidents);

Q_SIGNALS:
    void stateChanged(wf::store::SyncService::State state);
    // Items received so far in this sync, and how many are expected (-1: unknown).
    void progress(qint64 done, qint64 expected);
    void synced();                          // a sync finished without error
    void failed(const wf::net::ApiError &error);

private:
    // One pager over a collection or a part of it. A full sync walks the incidents in
    // several chains at once: Graph hands them out 50 to a page, and one chain is a long
    // series of round trips. Chain k starts at $skip = k·N/K (N from the first page's
    // @odata.count) and ends where chain k+1 began; the last runs to the end. Items that
    // move while the walk runs are met twice at worst, never missed.
    struct Chain
    {
        QPointer<net::Pager> pager;
        qint64 firstId = -1; // incidents: the first id it handed on
        bool empty = false; // it ended without handing on an id: it marks no end
        qint64 stopAt = -1; // the first id of the next chain that marks one, once read
        QSet<qint64> seen; // ids it handed on before stopAt was known
        int pages = 0; // pages it handed on
        bool stopped = false; // it reached stopAt, and its pager was let go
        bool done = false;
    };
    // Walk 0 is the incidents, walk 1 the alerts.
    void startWalk(int walk);
    void startChain(int walk, const QUrlQuery &query);
    void onPage(int walk, int chain, const QByteArray &body);
    // Where chains meet, read from a page of an incident chain as it comes.
    enum class ChainStep : quint8 { Keep, KeepThenStop, Drop };
    ChainStep followChains(int walk, int chain, const QByteArray &body);
    void stopChain(Chain &c); // it reached its end: its pager is let go
    // Each chain ends at the first id of the next chain that has one (a chain that was
    // refused or found nothing marks no end); a chain already past its end stops.
    void updateChainEnds(int walk);
    // On the GUI thread, with what the worker parsed from one page.
    void applyPage(int walk, const QList<IncidentRecord> &incidents,
        const QList<AlertRecord> &alerts, const QString &newest, qint64 items);
    void onChainFinished(int walk, int chain, int generation, const net::ApiError &error);
    // The worker found a page of walk `generation` that is not well-formed JSON.
    void rejectWalk(int walk, int generation, const net::ApiError &why);
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
    QList<Chain> m_chains[2];
    bool m_fullWalk[2] = {false, false}; // from the start, not from a watermark
    QString m_newWatermark[2];
    qint64 m_expected[2] = {-1, -1};
    qint64 m_received[2] = {0, 0};
    net::ApiError m_walkError[2]; // the first failure of any chain, or of a page
    int m_generation[2] = {0, 0}; // counts the walks started
    int m_badGeneration[2] = {0, 0}; // worker thread only: the walk whose pages it drops
    bool m_walkDone[2] = {true, true};
    State m_state = State::Idle;
    bool m_stale = true;
    QString m_lastError;
    qint64 m_lastSyncMs = 0;
    qint64 m_compactAboveBytes = 32LL << 20;
    int m_incidentChains = 6;
    qint64 m_chainAtLeast = 500;
};

} // namespace wf::store
