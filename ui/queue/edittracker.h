// Follows the edit batches one page submitted (a bulk action may be several batches:
// the change, the comment, one per tag set) and sums their progress and failures for
// the page's progress bar and failure report.
#pragma once

#include "managepane.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace wf::store {
class EditService;
}
namespace wf::session {
class Session;
}

namespace wf::ui::queue {

class EditTracker : public QObject
{
    Q_OBJECT
public:
    explicit EditTracker(store::EditService *edits, QObject *parent = nullptr);

    // Starts following `batch` (`total` edits). A batch added after the previous ones
    // all finished starts a new count.
    void track(const QString &batch, int total);
    // Sends a manage request for `ids` through the durable edit queue (one batch for the
    // change, one per resulting tag set, one for the comment) and follows it; returns
    // what it does in words ("resolve, classify") for a progress line.
    QString submit(session::Session *session, bool incidents, const QStringList &ids,
                   const ManagePane::Request &request);
    int done() const;
    int total() const;
    QStringList failures() const; // "id: reason"
    bool isRunning() const { return done() < total(); }

Q_SIGNALS:
    void progressed(int done, int total, int failed);
    void finished(int done, int total, int failed);
    // The server cannot be reached; the edits wait in the durable queue.
    void waiting(const QString &sentence);

private:
    struct Batch
    {
        int done = 0, total = 0;
        QStringList failed;
    };
    void onProgress(const QString &batch, int done, int total, const QStringList &failed);
    void report();

    QPointer<store::EditService> m_edits;
    QHash<QString, Batch> m_batches;
    QHash<QString, Batch> m_early; // progress that came before track() (never expected, kept safe)
};

} // namespace wf::ui::queue
