// The durable edit queue's dispatcher.
#include "editservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace wf::store {

namespace {
QString collection(bool incident)
{
    return incident ? QStringLiteral("security/incidents/") : QStringLiteral("security/alerts_v2/");
}

// True when every field of the patch already has that value in `item`.
bool alreadyApplied(const QJsonObject &patch, const QJsonObject &item)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QJsonValue have = item.value(it.key());
        if (it.value().isString() && have.isString()) {
            if (it.value().toString().compare(have.toString(), Qt::CaseInsensitive) != 0)
                return false;
        } else if (it.value() != have) {
            return false;
        }
    }
    return true;
}

bool hasComment(const QJsonObject &item, const QString &text)
{
    for (const QJsonValue &c : item.value(QStringLiteral("comments")).toArray()) {
        if (c.toObject().value(QStringLiteral("comment")).toString() == text)
            return true;
    }
    return false;
}
} // namespace

EditService::EditService(net::GraphClient *graph, QueueStore *store, LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_store(store)
    , m_cache(cache)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &EditService::replay);
}

QString EditService::etagOf(bool incident, const QString &id) const
{
    if (incident) {
        const int row = m_store->incidents().rowOf(id.toLongLong());
        return row >= 0 ? m_store->pool().at(m_store->incidents().etag[row]) : QString();
    }
    const int row = m_store->alerts().rowOf(id);
    return row >= 0 ? m_store->pool().at(m_store->alerts().etag[row]) : QString();
}

qint64 EditService::lastUpdateOf(bool incident, const QString &id) const
{
    if (incident) {
        const int row = m_store->incidents().rowOf(id.toLongLong());
        return row >= 0 ? m_store->incidents().lastUpdate[row] : 0;
    }
    const int row = m_store->alerts().rowOf(id);
    return row >= 0 ? m_store->alerts().lastUpdate[row] : 0;
}

QString EditService::submit(bool incidents, const QStringList &ids, const QJsonObject &patch,
                            const QString &comment)
{
    const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    loadPending(); // before the new rows exist, so they are not read back twice
    QList<PendingEdit> newEdits;
    m_cache->begin();
    for (const QString &id : ids) {
        PendingEdit e;
        e.incident = incidents;
        e.targetId = id;
        e.isComment = !comment.isEmpty();
        e.patch = e.isComment ? QJsonObject{{QStringLiteral("comment"), comment}} : patch;
        e.ifMatch = etagOf(incidents, id);
        e.baseLastUpdate = lastUpdateOf(incidents, id);
        e.createdMs = QDateTime::currentMSecsSinceEpoch();
        e.batch = batch;
        e.seq = m_cache->addEdit(e);
        newEdits.append(e);
    }
    m_cache->commit();
    loadPending();
    m_pending += newEdits;
    m_batches.insert(batch, BatchState{int(ids.size()), 0, {}});
    refreshPendingIds();
    replay();
    return batch;
}

int EditService::pendingCount() const
{
    if (!m_loaded)
        return m_cache->isOpen() ? int(m_cache->edits(PendingEdit::State::Pending).size()) : 0;
    return int(m_pending.size());
}

void EditService::loadPending()
{
    // The durable queue is read once; after that this in-memory copy follows every write,
    // so a bulk action of N edits costs N, not N² reads.
    if (m_loaded || !m_cache->isOpen())
        return;
    m_pending = m_cache->edits(PendingEdit::State::Pending);
    m_loaded = true;
}

void EditService::refreshPendingIds()
{
    QSet<QString> ids;
    for (const PendingEdit &e : std::as_const(m_pending))
        ids.insert(e.targetId);
    if (ids != m_pendingIds) {
        m_pendingIds = ids;
        Q_EMIT pendingChanged(ids);
    }
}

void EditService::replay()
{
    if (!m_cache->isOpen())
        return;
    m_offline = false;
    loadPending();
    refreshPendingIds();
    sendNext();
}

void EditService::sendNext()
{
    if (m_offline)
        return;
    const QList<PendingEdit> pending = m_pending;
    QSet<QString> busyTargets;
    for (const PendingEdit &e : pending) {
        if (m_inFlight.contains(e.seq))
            busyTargets.insert(e.targetId);
    }
    for (const PendingEdit &e : pending) {
        if (m_inFlight.size() >= m_parallel)
            break;
        // Edits of one item go in order: never two of them in flight.
        if (m_inFlight.contains(e.seq) || busyTargets.contains(e.targetId))
            continue;
        busyTargets.insert(e.targetId);
        m_inFlight.insert(e.seq);
        send(e);
    }
}

void EditService::send(PendingEdit edit)
{
    // Follow our own earlier edits of this item forward (see m_etagAfterOwnEdit).
    for (int hops = 0; hops < 1000; ++hops) {
        const auto it = m_etagAfterOwnEdit.constFind(edit.targetId + u'\n' + edit.ifMatch);
        if (edit.ifMatch.isEmpty() || it == m_etagAfterOwnEdit.constEnd() || *it == edit.ifMatch)
            break;
        edit.ifMatch = *it;
    }
    for (int hops = 0; hops < 1000; ++hops) {
        const auto it = m_lastUpdateAfterOwnEdit.constFind(edit.targetId + u'\n' + QString::number(edit.baseLastUpdate));
        if (edit.baseLastUpdate <= 0 || it == m_lastUpdateAfterOwnEdit.constEnd() || *it == edit.baseLastUpdate)
            break;
        edit.baseLastUpdate = *it;
    }
    ++edit.attempts;
    m_cache->updateEdit(edit);
    const QString path = collection(edit.incident) + edit.targetId;
    // Before replaying anything that may already have reached the server (an earlier
    // attempt, or a crash between the server's answer and our write), look first.
    const bool mayBeApplied = edit.attempts > 1;
    const bool graphWithoutEtags = edit.ifMatch.isEmpty();
    if (mayBeApplied || (graphWithoutEtags && edit.baseLastUpdate > 0 && !edit.isComment)) {
        net::RestCall *check = m_graph->get(path);
        connect(check, &net::RestCall::finished, this, [this, edit, path, mayBeApplied](const net::RestResult &r) mutable {
            if (!r.error.ok()) {
                if (r.error.kind == net::ApiError::Kind::NotFound || r.error.kind == net::ApiError::Kind::Forbidden)
                    finish(edit, PendingEdit::State::Failed, r.error.sentence());
                else
                    finish(edit, PendingEdit::State::Pending, r.error.sentence());
                return;
            }
            const QJsonObject item = QJsonDocument::fromJson(r.body).object();
            if (mayBeApplied && (edit.isComment ? hasComment(item, edit.patch.value(QStringLiteral("comment")).toString())
                                                : alreadyApplied(edit.patch, item))) {
                finish(edit, PendingEdit::State::Done, {}, r.body);
                return;
            }
            Timestamp updated;
            if (!edit.isComment && edit.ifMatch.isEmpty()
                && Timestamp::parse(item.value(QStringLiteral("lastUpdateDateTime")).toString(), &updated)
                && updated.toMSecs() != edit.baseLastUpdate && !alreadyApplied(edit.patch, item)) {
                applyServerJson(edit.incident, r.body);
                finish(edit, PendingEdit::State::Failed,
                       QCoreApplication::translate("Edits", "Someone else changed it on the server since you "
                                                            "read it; your change was not sent. Review and apply it again."));
                return;
            }
            // Fresh state for If-Match: the earlier attempt's tag may be gone.
            if (mayBeApplied && !edit.ifMatch.isEmpty())
                edit.ifMatch = item.value(QStringLiteral("@odata.etag")).toString();
            transmit(edit); // send now, without another look
        });
        return;
    }
    transmit(edit);
}

void EditService::transmit(const PendingEdit &edit)
{
    const QString path = collection(edit.incident) + edit.targetId;
    net::RestCall *call = edit.isComment
        ? m_graph->post(path + QStringLiteral("/comments"),
                        {{QStringLiteral("@odata.type"), QStringLiteral("microsoft.graph.security.alertComment")},
                         {QStringLiteral("comment"), edit.patch.value(QStringLiteral("comment"))}})
        : m_graph->patch(path, edit.patch, edit.ifMatch.toUtf8());
    connect(call, &net::RestCall::finished, this, [this, edit, path](const net::RestResult &res) {
        using Kind = net::ApiError::Kind;
        if (res.error.ok()) {
            finish(edit, PendingEdit::State::Done, {}, edit.isComment ? QByteArray() : res.body);
        } else if (res.error.kind == Kind::Conflict) {
            // Stale If-Match: someone changed it. Fetch the fresh item for the queue.
            finish(edit, PendingEdit::State::Failed,
                   QCoreApplication::translate("Edits", "Someone else changed it on the server since you read "
                                                        "it; your change was not applied. Review and apply it again."));
            net::RestCall *get = m_graph->get(path);
            connect(get, &net::RestCall::finished, this, [this, edit](const net::RestResult &r) {
                if (r.error.ok())
                    applyServerJson(edit.incident, r.body);
            });
        } else if (res.error.kind == Kind::Network || res.error.kind == Kind::Server || res.error.kind == Kind::Throttled) {
            finish(edit, PendingEdit::State::Pending, res.error.sentence()); // replayed later
        } else {
            finish(edit, PendingEdit::State::Failed, res.error.sentence());
        }
    });
}

void EditService::applyServerJson(bool incident, const QByteArray &json)
{
    bool ok = false;
    const LocalCache::Kind kind = incident ? LocalCache::Kind::Incidents : LocalCache::Kind::Alerts;
    if (incident) {
        IncidentRecord r = IncidentRecord::fromJson(json, &ok);
        if (!ok)
            return;
        r.ref = m_cache->putItems(kind, {json}).value(0);
        m_store->apply({r}, {});
    } else {
        AlertRecord r = AlertRecord::fromJson(json, &ok);
        if (!ok)
            return;
        r.ref = m_cache->putItems(kind, {json}).value(0);
        m_store->apply({}, {r});
    }
}

void EditService::finish(PendingEdit edit, PendingEdit::State state, const QString &error,
                         const QByteArray &serverJson)
{
    m_inFlight.remove(edit.seq);
    edit.state = state;
    edit.error = error;
    // The server's answer and "done" are written together: a crash between them cannot
    // make us send the edit again blindly (and if it does, send() looks first).
    m_cache->begin();
    if (!serverJson.isEmpty()) {
        applyServerJson(edit.incident, serverJson);
        if (state == PendingEdit::State::Done) {
            const QString key = edit.targetId + u'\n';
            if (!edit.ifMatch.isEmpty())
                m_etagAfterOwnEdit.insert(key + edit.ifMatch, etagOf(edit.incident, edit.targetId));
            if (edit.baseLastUpdate > 0)
                m_lastUpdateAfterOwnEdit.insert(key + QString::number(edit.baseLastUpdate),
                                                lastUpdateOf(edit.incident, edit.targetId));
        }
    }
    m_cache->updateEdit(edit);
    m_cache->commit();
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].seq != edit.seq)
            continue;
        if (state == PendingEdit::State::Pending)
            m_pending[i] = edit;
        else
            m_pending.removeAt(i);
        break;
    }

    if (state == PendingEdit::State::Pending) {
        // Unreachable or busy: stop sending, try again later.
        m_offline = true;
        Q_EMIT offline(error);
        const int delay = qMin(60000, 2000 * (1 << qMin(edit.attempts, 5)));
        m_retry.start(delay);
        refreshPendingIds();
        return;
    }
    auto it = m_batches.find(edit.batch);
    if (it != m_batches.end()) {
        ++it->done;
        if (state == PendingEdit::State::Failed)
            it->failed.append(edit.targetId + QStringLiteral(": ") + error);
        Q_EMIT batchProgress(edit.batch, it->done, it->total, it->failed);
        if (it->done >= it->total)
            m_batches.erase(it);
    }
    if (state == PendingEdit::State::Failed)
        Q_EMIT editFailed(edit);
    refreshPendingIds();
    sendNext();
}

} // namespace wf::store
