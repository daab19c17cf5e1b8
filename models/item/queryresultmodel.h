// A table model over one KQL query result (integration::QueryResult): the result's columns
// with their API types, cells shown by type, and raw sort keys so that a
// QSortFilterProxyModel orders numbers and times by value rather than by their text.
#pragma once

#include "integration/logquery.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <vector>

namespace wf::item {

class QueryResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        // The same value as item::SortRole of the queue models: a raw, comparable value
        // (qint64 for integers and times, double for reals, QString otherwise).
        SortRole = Qt::UserRole,
        ExportRole = Qt::UserRole + 16, // text for a file: unlocalised numbers, ISO times
        TypeRole, // the column's ColumnType (also on the header)
    };
    // The KQL types, whichever API named them ("datetime" / "DateTime", "long" / "Int64").
    enum class ColumnType : quint8 {
        String,
        DateTime,
        Int,
        Long,
        Real,
        Decimal,
        Bool,
        TimeSpan,
        Guid,
        Dynamic
    };
    Q_ENUM(ColumnType)

    explicit QueryResultModel(QObject *parent = nullptr);

    // Replaces the whole table (one reset). The result's error and warning are not shown
    // here; the caller says them.
    void setResult(integration::QueryResult result);
    void clear();
    const integration::QueryResult &result() const { return m_result; }
    ColumnType columnType(int column) const;
    static ColumnType typeOf(QStringView apiTypeName);
    // The locale numbers and times are shown in (default: QLocale()).
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A cell as a person reads it, in full (the display text is cut at kMaxDisplay).
    QString fullText(int row, int column) const;
    static constexpr int kMaxDisplay = 400;

private:
    QJsonValue cell(int row, int column) const;
    QString exportText(const QJsonValue &v, ColumnType type) const;
    QVariant sortKey(const QJsonValue &v, ColumnType type) const;
    void updateTimeFormat();

    integration::QueryResult m_result;
    std::vector<ColumnType> m_types;
    // Sort keys per column, built the first time a column is sorted (a proxy asks for
    // them O(n log n) times; parsing a time each time would dominate the sort).
    mutable std::vector<std::vector<QVariant>> m_sortKeys;
    QLocale m_locale;
    QString m_timeFormat; // the locale's short date and time, with seconds
};

} // namespace wf::item
