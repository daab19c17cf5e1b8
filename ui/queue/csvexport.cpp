// CSV writer for the queue views.
#include "csvexport.h"

#include "item/queuemodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

namespace wf::ui::queue {

QString csvField(const QString &text)
{
    QString s = text;
    if (!s.isEmpty()) {
        const QChar c = s.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            s.prepend(u'\'');
    }
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + s + u'"';
    }
    return s;
}

bool writeCsv(const QAbstractItemModel *model, const QList<int> &columns,
    const QSet<int> &timeColumns, const QString &path, QString *error, int textRole)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("QueueExport", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    QStringList fields;
    for (int c : columns)
        fields.append(csvField(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));
    QByteArray chunk = fields.join(u',').toUtf8() + "\r\n";
    const int rows = model->rowCount();
    for (int r = 0; r < rows; ++r) {
        fields.clear();
        for (int c : columns) {
            const QModelIndex index = model->index(r, c);
            if (timeColumns.contains(c)) {
                const qint64 ms = index.data(item::SortRole).toLongLong();
                fields.append(ms > 0
                        ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)
                        : QString());
            } else {
                fields.append(csvField(index.data(textRole).toString()));
            }
        }
        chunk += fields.join(u',').toUtf8() + "\r\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("QueueExport", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace wf::ui::queue
