// Table models of the incident and alert queues over the column store. The view is a
// vector of store rows, filtered and sorted on the columns themselves (never through
// data()); a refresh that leaves the rows as they were becomes one dataChanged.
#pragma once

#include "queuefilter.h"
#include "store/queuestore.h"

#include <QAbstractTableModel>
#include <QSet>

#include <functional>

namespace wf::item {

enum Role {
    SortRole = Qt::UserRole, // raw value: number, time or enum ordinal
    IdRole,                  // the incident or alert id (QString)
    StoreRowRole,            // row in the column store
    CloudsRole,              // store::Cloud bits of the impacted resources
    SeverityRole,            // enum ordinal
    StatusRole,              // enum ordinal
    PendingRole,             // true while an edit of this row awaits the server
    IncidentIdRole,          // alerts: the incident's id (qint64)
};

class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit QueueModel(store::QueueStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int storeRow(int viewRow) const { return m_view.value(viewRow, -1); }
    int viewRow(int storeRow) const { return m_viewOf.value(storeRow, -1); }
    QString idAt(int viewRow) const;
    virtual QString idOfStoreRow(int storeRow) const = 0;
    QStringList ids() const; // every row in view order: "all N matching the filter"

    // Rows in view per status / severity ordinal, for the counts above the table.
    QHash<int, int> countsByStatus() const { return m_byStatus; }
    QHash<int, int> countsBySeverity() const { return m_bySeverity; }

    void setPending(const QSet<QString> &ids);

Q_SIGNALS:
    void viewRebuilt(); // after a filter/sort/refresh changed which rows are shown

protected:
    virtual int storeSize() const = 0;
    // A predicate over store rows for the filter, built once per rebuild.
    virtual std::function<bool(int)> matcher(const QueueFilter &filter) const = 0;
    // Three-way comparison of two store rows on a column; ties fall back to row order.
    virtual int compare(int column, int a, int b) const = 0;
    virtual int statusOf(int storeRow) const = 0;
    virtual int severityOf(int storeRow) const = 0;
    // Pool ranks: the order of every pool string, for sorting pooled columns by text.
    // Built only when a column sorted by pooled text asks: it sorts the whole pool, which
    // a sort by time or severity must not pay on every store change.
    const QList<int> &poolRanks() const;
    int rank(int poolId) const;
    int firstRank(const store::RefLists &refs, int row) const; // -1 when empty
    bool isPending(int storeRow) const { return m_pending.contains(idOfStoreRow(storeRow)); }

    store::QueueStore *m_store;

private:
    void rebuild(bool storeChanged);
    void onStoreChanged();

    QueueFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<int> m_view;
    QList<int> m_viewOf; // store row -> view row, -1 if not shown
    QueueFilter m_builtFilter; // what m_view was built for
    int m_builtFor = -1;
    std::pair<int, Qt::SortOrder> m_builtSort{-1, Qt::DescendingOrder};
    QHash<int, int> m_byStatus, m_bySeverity;
    QSet<QString> m_pending;
    mutable QList<int> m_ranks;
    mutable quint64 m_ranksVersion = ~0ull;
};

class IncidentTableModel final : public QueueModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Id,
        Severity,
        Status,
        Categories,
        ImpactedAssets,
        ServiceSources,
        DetectionSources,
        FirstActivity,
        LastActivity,
        LastUpdate,
        AssignedTo,
        Classification,
        Determination,
        Tags,
        AlertCount,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit IncidentTableModel(store::QueueStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    QString idOfStoreRow(int storeRow) const override;

protected:
    int storeSize() const override;
    std::function<bool(int)> matcher(const QueueFilter &filter) const override;
    int compare(int column, int a, int b) const override;
    int statusOf(int storeRow) const override;
    int severityOf(int storeRow) const override;

private:
    QString text(int column, int row) const;
};

class AlertTableModel final : public QueueModel
{
    Q_OBJECT
public:
    enum Column {
        Title,
        Id,
        Severity,
        Status,
        Category,
        ImpactedAssets,
        Subscription,
        ServiceSource,
        DetectionSource,
        Incident,
        FirstActivity,
        LastActivity,
        LastUpdate,
        AssignedTo,
        Classification,
        Determination,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AlertTableModel(store::QueueStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    QString idOfStoreRow(int storeRow) const override;

protected:
    int storeSize() const override;
    std::function<bool(int)> matcher(const QueueFilter &filter) const override;
    int compare(int column, int a, int b) const override;
    int statusOf(int storeRow) const override;
    int severityOf(int storeRow) const override;

private:
    QString text(int column, int row) const;
};

// Display names of enum values and sources, as the Defender portal words them.
QString severityText(int ordinal);
QString incidentStatusText(int ordinal);
QString alertStatusText(int ordinal);
QString classificationText(int ordinal);
QString determinationText(int ordinal);
QString serviceSourceText(int ordinal);
QString detectionSourceText(int ordinal);
QString cloudsText(quint8 clouds);
QString timeText(qint64 ms);

} // namespace wf::item
