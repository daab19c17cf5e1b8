// The queue's table: row-wise multi-select, uniform rows, keys handed to the page first
// (keyboard-first triage), no type-ahead search (it would scan every row's text), and a
// delegate that marks severity, clouds, pending edits and the cursor row.
#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

#include <functional>

namespace wf::ui::queue {

class QueueTableView : public QTableView
{
    Q_OBJECT
public:
    explicit QueueTableView(QWidget *parent = nullptr);

    // Called for every key press first; returning true consumes it.
    void setKeyHandler(std::function<bool(QKeyEvent *)> handler)
    {
        m_keyHandler = std::move(handler);
    }
    // Brings scroll bar ranges up to date now (after a model reset, before restoring the
    // scroll position), instead of at the next layout pass.
    void syncGeometries() { updateGeometries(); }
    // Rows that fit in the viewport (for page up / page down).
    int rowsPerPage() const;
    // Visual order of the visible columns.
    QList<int> visibleColumns() const;
    int firstVisibleColumn() const;

    void keyboardSearch(const QString &) override { }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    std::function<bool(QKeyEvent *)> m_keyHandler;
};

class QueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    QueueDelegate(QueueTableView *view, int severityColumn, int assetsColumn);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

private:
    QIcon severityIcon(int severity, const QPalette &palette) const;
    void drawCursor(QPainter *painter, const QStyleOptionViewItem &opt, bool first) const;

    QueueTableView *m_view;
    int m_severityColumn, m_assetsColumn;
    mutable QHash<int, QIcon> m_icons; // severity -> dot, for the palette below
    mutable bool m_iconsDark = false;
};

} // namespace wf::ui::queue
