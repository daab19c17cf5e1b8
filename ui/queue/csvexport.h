// CSV export of a queue's current view: every row in view order, the visible columns in
// their on-screen order, RFC 4180 quoting, UTF-8, times in ISO 8601 UTC.
#pragma once

#include <QList>
#include <QSet>
#include <QString>

class QAbstractItemModel;

namespace wf::ui::queue {

// One field, quoted when needed. Text that a spreadsheet would run as a formula (alert
// titles and resource names come from the monitored estate, so from attackers too) is
// prefixed with an apostrophe.
QString csvField(const QString &text);

// `columns`: logical columns in output order. `timeColumns`: columns whose SortRole is
// milliseconds since the epoch, written as ISO 8601 instead of the display text. Other
// cells are the model's `textRole` (the hunting grid asks for unlocalised export text).
bool writeCsv(const QAbstractItemModel *model, const QList<int> &columns,
    const QSet<int> &timeColumns, const QString &path, QString *error,
    int textRole = Qt::DisplayRole);

} // namespace wf::ui::queue
