// Progress of a page's edit batches.
#include "edittracker.h"

#include "session/session.h"
#include "store/editservice.h"

#include <QJsonArray>

namespace wf::ui::queue {

EditTracker::EditTracker(store::EditService *edits, QObject *parent)
    : QObject(parent)
    , m_edits(edits)
{
    if (!edits)
        return;
    connect(edits, &store::EditService::batchProgress, this, &EditTracker::onProgress);
    connect(edits, &store::EditService::offline, this, [this](const QString &sentence) {
        if (isRunning())
            Q_EMIT waiting(sentence);
    });
}

void EditTracker::track(const QString &batch, int total)
{
    if (!isRunning())
        m_batches.clear();
    Batch b;
    b.total = total;
    if (m_early.contains(batch)) {
        const Batch early = m_early.take(batch);
        b.done = early.done;
        b.failed = early.failed;
    }
    m_batches.insert(batch, b);
    report();
}

int EditTracker::done() const
{
    int n = 0;
    for (const Batch &b : m_batches)
        n += b.done;
    return n;
}

int EditTracker::total() const
{
    int n = 0;
    for (const Batch &b : m_batches)
        n += b.total;
    return n;
}

QStringList EditTracker::failures() const
{
    QStringList out;
    for (const Batch &b : m_batches)
        out += b.failed;
    return out;
}

void EditTracker::onProgress(const QString &batch, int done, int total, const QStringList &failed)
{
    auto it = m_batches.find(batch);
    if (it == m_batches.end()) {
        if (m_early.size() < 64)
            m_early.insert(batch, Batch {done, total, failed});
        return;
    }
    it->done = done;
    it->failed = failed;
    report();
}

void EditTracker::report()
{
    const int d = done(), t = total();
    const int f = int(failures().size());
    Q_EMIT progressed(d, t, f);
    if (d >= t)
        Q_EMIT finished(d, t, f);
}


QString EditTracker::submit(session::Session *session, bool incidents, const QStringList &ids,
                            const ManagePane::Request &request)
{
    store::EditService *edits = m_edits;
    if (!edits || ids.isEmpty() || request.isEmpty())
        return {};
    const int n = int(ids.size());
    if (incidents && !request.addTags.isEmpty()) {
        // customTags replaces the array: each incident gets its own tags plus the new
        // ones, so incidents with the same resulting set go in one batch.
        QHash<QString, QStringList> groups;
        QHash<QString, QStringList> tagsOf;
        for (const QString &id : ids) {
            QStringList tags;
            if (const auto json = session->incidentJson(id)) {
                for (const QJsonValue &t : json->value(QStringLiteral("customTags")).toArray())
                    tags.append(t.toString());
            }
            for (const QString &t : request.addTags) {
                if (!tags.contains(t))
                    tags.append(t);
            }
            const QString key = tags.join(QChar(0x1f));
            groups[key].append(id);
            tagsOf.insert(key, tags);
        }
        for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
            QJsonObject patch = request.patch;
            patch.insert(
                QStringLiteral("customTags"), QJsonArray::fromStringList(tagsOf.value(it.key())));
            track(edits->submit(true, it.value(), patch), int(it.value().size()));
        }
    } else if (!request.patch.isEmpty()) {
        track(edits->submit(incidents, ids, request.patch), n);
    }
    if (!request.comment.isEmpty())
        track(edits->submit(incidents, ids, {}, request.comment), n);

    QStringList what;
    const QJsonObject &p = request.patch;
    if (p.contains(QStringLiteral("status"))) {
        const QString s = p.value(QStringLiteral("status")).toString();
        what << (s == u"resolved"    ? tr("resolve")
                : s == u"inProgress" ? tr("set in progress")
                                     : tr("reopen"));
    }
    if (p.contains(QStringLiteral("assignedTo")))
        what << (p.value(QStringLiteral("assignedTo")).toString().isEmpty()
                ? tr("unassign")
                : tr("assign to %1").arg(p.value(QStringLiteral("assignedTo")).toString()));
    if (p.contains(QStringLiteral("classification")) || p.contains(QStringLiteral("determination")))
        what << tr("classify");
    if (!request.addTags.isEmpty())
        what << tr("tag %1").arg(request.addTags.join(QStringLiteral(", ")));
    if (!request.comment.isEmpty())
        what << tr("comment");
    return what.join(QStringLiteral(", "));
}

} // namespace wf::ui::queue
