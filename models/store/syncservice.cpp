// Full and delta sync of incidents and alerts_v2 into cache and store.
#include "syncservice.h"

#include "wire/jsonscan.h"

#include <QDateTime>
#include <QJsonArray>

namespace wf::store {

namespace {
constexpr int kIncidentTop = 50;  // Graph's limit for incidents
constexpr int kAlertTop = 2000;   // the pager lowers it if a server names a smaller limit

QString collection(bool incidents)
{
    return incidents ? QStringLiteral("security/incidents") : QStringLiteral("security/alerts_v2");
}

QUrlQuery walkQuery(const QString &since)
{
    QUrlQuery query;
    if (!since.isEmpty())
        query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("lastUpdateDateTime ge %1").arg(since));
    query.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
    return query;
}
} // namespace

SyncService::SyncService(net::GraphClient *graph, QueueStore *store, LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_store(store)
    , m_cache(cache)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state != State::Syncing)
            syncNow();
    });
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("sync-pages"));
    m_thread.start();
}

SyncService::~SyncService()
{
    cancel();
    // The worker's SQLite connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(m_worker, [this] { m_workerCache.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString SyncService::watermarkKey(bool incidents)
{
    return incidents ? QStringLiteral("watermark.incidents") : QStringLiteral("watermark.alerts");
}

qint64 SyncService::loadCache()
{
    QHash<qint32, qint64> segmentBytes;
    qint32 lastSegment = 0;
    qint64 damaged = 0, items = 0;
    // A segment at a time: its records view its bytes. Later copies of an item win, and the
    // segments come oldest first.
    m_cache->forEachSegment([&](LocalCache::Kind kind, qint32 segment, const QByteArray &bytes) {
        segmentBytes.insert(segment, bytes.size());
        lastSegment = qMax(lastSegment, segment);
        QList<IncidentRecord> incidents;
        QList<AlertRecord> alerts;
        wire::JsonScanner s(bytes);
        while (s.ok() && !s.atEnd()) {
            const QByteArrayView item = s.valueBytes();
            const CacheRef ref{segment, quint32(item.data() - bytes.constData()), quint32(item.size())};
            bool ok = false;
            if (kind == LocalCache::Kind::Incidents) {
                IncidentRecord r = IncidentRecord::fromJson(item, &ok);
                r.ref = ref;
                if (ok)
                    incidents.append(std::move(r));
            } else {
                AlertRecord r = AlertRecord::fromJson(item, &ok);
                r.ref = ref;
                if (ok)
                    alerts.append(std::move(r));
            }
            damaged += ok ? 0 : 1;
        }
        items += incidents.size() + alerts.size();
        if (!incidents.isEmpty() || !alerts.isEmpty())
            m_store->apply(incidents, alerts);
    });
    if (damaged)
        qWarning("cache: %lld unreadable items skipped", damaged);
    m_stale = true;

    // Rewrite the cache when at least half of it is old copies of items.
    qint64 total = 0, live = 0;
    for (qint64 n : std::as_const(segmentBytes))
        total += n;
    for (const CacheRef &r : std::as_const(m_store->incidents().cacheRef))
        live += r.length + 1;
    for (const CacheRef &r : std::as_const(m_store->alerts().cacheRef))
        live += r.length + 1;
    if (total > m_compactAboveBytes && live * 2 <= total)
        compactCache(lastSegment);
    m_store->squeeze();
    return items;
}

void SyncService::compactCache(qint32 lastSegment)
{
    m_cache->begin();
    auto rewrite = [this](LocalCache::Kind kind, QList<CacheRef> &refs) {
        constexpr int kBatch = 2000;
        for (qsizetype from = 0; from < refs.size(); from += kBatch) {
            const qsizetype n = qMin<qsizetype>(kBatch, refs.size() - from);
            QList<QByteArray> bytes;
            QList<QByteArrayView> items;
            bytes.reserve(n);
            for (qsizetype i = 0; i < n; ++i)
                bytes.append(m_cache->itemBytes(refs[from + i]));
            for (const QByteArray &b : std::as_const(bytes))
                items.append(b);
            const QList<CacheRef> moved = m_cache->putItems(kind, items);
            if (moved.size() != n)
                return false;
            for (qsizetype i = 0; i < n; ++i)
                refs[from + i] = moved[i];
        }
        return true;
    };
    // The store's refs change only when both rewrites worked and the old segments are gone.
    QList<CacheRef> incidentRefs = m_store->incidents().cacheRef;
    QList<CacheRef> alertRefs = m_store->alerts().cacheRef;
    if (rewrite(LocalCache::Kind::Incidents, incidentRefs) && rewrite(LocalCache::Kind::Alerts, alertRefs)) {
        m_cache->removeSegments(lastSegment);
        if (m_cache->commit()) {
            m_store->incidents().cacheRef = incidentRefs;
            m_store->alerts().cacheRef = alertRefs;
            return;
        }
    }
    qWarning("cache: compaction failed; the cache keeps its old copies");
    m_cache->rollback();
}

void SyncService::setInterval(int ms)
{
    if (ms > 0)
        m_timer.start(ms);
    else
        m_timer.stop();
}

void SyncService::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void SyncService::syncNow()
{
    if (m_state == State::Syncing)
        return; // one walk per collection in flight
    setState(State::Syncing);
    for (int walk : {0, 1})
        startWalk(walk);
}

void SyncService::cancel()
{
    for (QList<Chain> &chains : m_chains) {
        for (const Chain &c : std::as_const(chains)) {
            if (c.pager)
                c.pager->cancel();
        }
    }
}

void SyncService::startWalk(int walk)
{
    const bool incidents = walk == 0;
    const QString since = m_cache->meta(watermarkKey(incidents));
    m_newWatermark[walk] = since;
    m_fullWalk[walk] = since.isEmpty();
    m_expected[walk] = -1;
    m_received[walk] = 0;
    m_walkError[walk] = {};
    m_walkDone[walk] = false;
    m_chains[walk].clear();
    ++m_generation[walk];
    startChain(walk, walkQuery(since));
}

void SyncService::startChain(int walk, const QUrlQuery &query)
{
    const bool incidents = walk == 0;
    const int chain = int(m_chains[walk].size());
    const int generation = m_generation[walk];
    net::Pager *pager
        = m_graph->list(collection(incidents), query, incidents ? kIncidentTop : kAlertTop, false);
    // A chain after the first may be refused ($skip) without harm: what fails the walk is
    // said by `failed`, not by the gateway's banner.
    pager->setQuiet(chain > 0);
    Chain c;
    c.pager = pager;
    m_chains[walk].append(c);
    connect(pager, &net::Pager::page, this,
        [this, walk, chain](
            const QByteArray &body, const QJsonArray &, qint64) { onPage(walk, chain, body); });
    connect(pager, &net::Pager::finished, this,
        [this, walk, chain, generation](const net::ApiError &error, qint64) {
            // Through the worker: its pages are applied before the chain counts as done.
            QMetaObject::invokeMethod(
                m_worker,
                [this, walk, chain, generation, error] {
                    QMetaObject::invokeMethod(
                        this,
                        [this, walk, chain, generation, error] {
                            onChainFinished(walk, chain, generation, error);
                        },
                        Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
        });
}

void SyncService::onPage(int walk, int chain, const QByteArray &body)
{
    const bool incidents = walk == 0;
    if (m_expected[walk] < 0 && chain == 0) {
        // "@odata.count" is a plain number near the start of the first page.
        const QByteArrayView key = "\"@odata.count\":";
        const qsizetype at = body.indexOf(key);
        if (at >= 0) {
            qsizetype end = at + key.size();
            while (end < body.size() && body[end] >= '0' && body[end] <= '9')
                ++end;
            m_expected[walk] = body.mid(at + key.size(), end - at - key.size()).toLongLong();
        }
        // The other chains of a full incident walk start where their share begins.
        const qint64 n = m_expected[walk];
        if (incidents && m_fullWalk[walk] && m_incidentChains > 1
            && n >= m_chainAtLeast * m_incidentChains) {
            for (int k = 1; k < m_incidentChains; ++k) {
                QUrlQuery query;
                query.addQueryItem(
                    QStringLiteral("$skip"), QString::number(n * k / m_incidentChains));
                startChain(walk, query);
            }
        }
    }
    const ChainStep step
        = m_chains[walk].size() > 1 ? followChains(walk, chain, body) : ChainStep::Keep;
    if (step == ChainStep::Drop)
        return;
    // The watermark comes from the walk's first page only: the server wrote it before
    // anything the walk may miss (an item created after it, in a walk that goes newest
    // first) could change, so the next delta asks for all of those.
    const bool firstOfWalk = chain == 0 && m_chains[walk][0].pages == 0;
    ++m_chains[walk][chain].pages;
    // Each item's bytes go to the cache as sent; only the queue's fields are parsed. That
    // work happens on the worker thread, in the order the pages came.
    const QString path = m_cache->path();
    const int generation = m_generation[walk];
    QMetaObject::invokeMethod(
        m_worker,
        [this, walk, incidents, body, path, generation, firstOfWalk] {
            if (generation == m_badGeneration[walk])
                return; // a page before this one was unreadable: the walk has ended
            if (!m_workerCache) {
                m_workerCache = std::make_unique<LocalCache>();
                QString error;
                if (!m_workerCache->open(path, &error))
                    qWarning("sync: cannot open the cache on the worker: %s", qPrintable(error));
            }
            QList<IncidentRecord> incidentRecords;
            QList<AlertRecord> alertRecords;
            QList<QByteArrayView> items;
            RecordText newest;
            Timestamp newestTime;
            qint64 skipped = 0;
            // One pass over the page: each item's fields are read where the item is found. The
            // pager read only the page's start; this pass checks the rest.
            qsizetype errorAt = -1;
            const bool pageOk = wire::forEachCollectionItem(
                body,
                [&](wire::JsonScanner &s, auto bytes) {
                    bool ok = false;
                    RecordText updated;
                    if (incidents) {
                        IncidentRecord r = IncidentRecord::read(s, &ok);
                        updated = r.lastUpdateText;
                        if (ok)
                            incidentRecords.append(std::move(r));
                    } else {
                        AlertRecord r = AlertRecord::read(s, &ok);
                        updated = r.lastUpdateText;
                        if (ok)
                            alertRecords.append(std::move(r));
                    }
                    if (!ok) {
                        ++skipped;
                        return;
                    }
                    items.append(bytes());
                    // The watermark is the newest time the server wrote, in its own spelling.
                    Timestamp t;
                    if (Timestamp::parse(QByteArrayView(updated), &t)
                        && (newest.isEmpty() || t > newestTime)) {
                        newest = updated;
                        newestTime = t;
                    }
                },
                &errorAt);
            if (!pageOk) {
                // The items read before the fault are whole and kept; the walk ends with an error
                // (and no watermark), so the next sync asks again.
                m_badGeneration[walk] = generation;
                const net::ApiError why = net::Pager::notJson(200, errorAt);
                QMetaObject::invokeMethod(
                    this, [this, walk, generation, why] { rejectWalk(walk, generation, why); },
                    Qt::QueuedConnection);
            }
            if (skipped)
                qWarning("sync: %lld items without an id or not objects were skipped", skipped);
            const QList<CacheRef> refs = m_workerCache->putItems(
                incidents ? LocalCache::Kind::Incidents : LocalCache::Kind::Alerts, items);
            for (qsizetype k = 0; k < refs.size(); ++k) {
                if (incidents)
                    incidentRecords[k].ref = refs[k];
                else
                    alertRecords[k].ref = refs[k];
            }
            const qint64 count = items.size();
            // The records view the page's bytes, which go along until they are applied.
            QMetaObject::invokeMethod(
                this,
                [this, walk, incidentRecords, alertRecords,
                    newest = firstOfWalk ? QString::fromUtf8(newest) : QString(), count,
                    body] { applyPage(walk, incidentRecords, alertRecords, newest, count); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    // Let go of the chain's pager only now: its end reaches the worker after this page.
    if (step == ChainStep::KeepThenStop)
        stopChain(m_chains[walk][chain]);
}

namespace {
// The ids of a page's incidents, in order; -1 for one that is not a number.
QList<qint64> incidentIds(QByteArrayView page)
{
    QList<qint64> ids;
    wire::forEachCollectionItem(page, [&](wire::JsonScanner &s, auto) {
        qint64 id = -1;
        if (s.beginObject()) {
            QByteArrayView key;
            while (s.nextKey(&key)) {
                if (!wire::isKey(key, "id")) {
                    s.skip();
                    continue;
                }
                bool ok = false;
                const qint64 n = QByteArrayView(s.string().bytes()).toLongLong(&ok);
                id = ok && n >= 0 ? n : -1;
            }
        }
        ids.append(id);
    });
    return ids;
}
} // namespace

void SyncService::stopChain(Chain &c)
{
    c.stopped = true;
    c.seen.clear();
    if (c.pager)
        c.pager->cancel();
}

SyncService::ChainStep SyncService::followChains(int walk, int chain, const QByteArray &body)
{
    // Read here, as the pages come, not when the worker gets to them: it may be many pages
    // behind, and a chain would go on that far past its end.
    QList<Chain> &chains = m_chains[walk];
    if (chains[chain].stopped)
        return ChainStep::Drop; // asked for before the chain let go: the next chain walks these
    const bool last = chain == chains.size() - 1;
    if (last && chains[chain].firstId >= 0)
        return ChainStep::Keep; // the last chain runs to the end; its start is known
    const QList<qint64> ids = incidentIds(body);
    if (ids.isEmpty())
        return ChainStep::Keep;
    Chain &c = chains[chain];
    if (c.firstId < 0 && !c.empty) {
        // An id that is not a number cannot mark an end: the chain before walks on.
        c.firstId = ids.first();
        c.empty = c.firstId < 0;
        updateChainEnds(walk);
    }
    if (last)
        return ChainStep::Keep;
    if (c.stopAt < 0) {
        for (qint64 id : ids)
            c.seen.insert(id);
    } else if (ids.contains(c.stopAt)) {
        return ChainStep::KeepThenStop; // its items before stopAt are this chain's
    }
    return ChainStep::Keep;
}

void SyncService::updateChainEnds(int walk)
{
    QList<Chain> &chains = m_chains[walk];
    for (qsizetype j = 0; j + 1 < chains.size(); ++j) {
        Chain &c = chains[j];
        if (c.stopAt >= 0 || c.stopped || c.done)
            continue;
        for (qsizetype k = j + 1; k < chains.size(); ++k) {
            if (chains[k].empty)
                continue; // look past it
            if (chains[k].firstId >= 0) {
                c.stopAt = chains[k].firstId;
                if (c.seen.contains(c.stopAt))
                    stopChain(c); // already past it
                c.seen.clear();
            }
            break; // the next chain that marks an end has not said where yet
        }
    }
}

void SyncService::applyPage(int walk, const QList<IncidentRecord> &incidentRecords,
    const QList<AlertRecord> &alertRecords, const QString &newest, qint64 items)
{
    Timestamp current, candidate;
    if (!newest.isEmpty()
        && (m_newWatermark[walk].isEmpty()
            || (Timestamp::parse(m_newWatermark[walk], &current)
                && Timestamp::parse(newest, &candidate) && candidate > current)))
        m_newWatermark[walk] = newest;
    m_store->apply(incidentRecords, alertRecords);
    m_received[walk] += items;
    const qint64 expected
        = (m_expected[0] < 0 || m_expected[1] < 0) ? -1 : m_expected[0] + m_expected[1];
    // Chains meet with a little overlap: what came twice does not count past the whole.
    const qint64 received = m_received[0] + m_received[1];
    Q_EMIT progress(expected >= 0 ? qMin(received, expected) : received, expected);
}

void SyncService::rejectWalk(int walk, int generation, const net::ApiError &why)
{
    if (generation != m_generation[walk])
        return;
    if (m_walkError[walk].ok())
        m_walkError[walk] = why;
    for (const Chain &c : std::as_const(m_chains[walk])) {
        if (c.pager)
            c.pager->reject(why);
    }
}

void SyncService::onChainFinished(int walk, int chain, int generation, const net::ApiError &error)
{
    if (generation != m_generation[walk] || chain >= m_chains[walk].size())
        return; // a chain of an earlier walk
    Chain &c = m_chains[walk][chain];
    c.done = true;
    // A server that takes no $skip refuses a chain's first page: the chain before it has
    // no end to reach and walks on to the last page.
    const bool skipRefused
        = chain > 0 && c.pages == 0 && error.kind == net::ApiError::Kind::BadRequest;
    if (skipRefused)
        qWarning("sync: the server refused $skip (%s); the incidents are walked in fewer chains",
            qPrintable(error.sentence()));
    if (!c.stopped && !skipRefused && !error.ok() && m_walkError[walk].ok()) {
        // One chain failing fails the walk: the others are let go.
        m_walkError[walk] = error;
        for (const Chain &other : std::as_const(m_chains[walk])) {
            if (other.pager)
                other.pager->cancel();
        }
    }
    for (const Chain &other : std::as_const(m_chains[walk])) {
        if (!other.done)
            return;
    }
    m_walkDone[walk] = true;
    if (m_walkError[walk].ok() && !m_newWatermark[walk].isEmpty())
        m_cache->setMeta(watermarkKey(walk == 0), m_newWatermark[walk]);
    if (!m_walkDone[0] || !m_walkDone[1])
        return;
    const net::ApiError &first = !m_walkError[0].ok() ? m_walkError[0] : m_walkError[1];
    m_store->squeeze();
    if (first.ok()) {
        m_stale = false;
        m_lastError.clear();
        m_lastSyncMs = QDateTime::currentMSecsSinceEpoch();
        setState(State::Idle);
        Q_EMIT synced();
    } else {
        m_lastError = first.sentence();
        setState(first.kind == net::ApiError::Kind::Cancelled ? State::Idle : State::Failed);
        Q_EMIT failed(first);
    }
}

} // namespace wf::store
