// Progress of a page's edit batches.
#include "edittracker.h"

#include "store/editservice.h"

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

} // namespace wf::ui::queue
