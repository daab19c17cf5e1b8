// One queue page (incidents or alerts): search, filter panel, saved views, counts, the
// table with its keyboard-first triage, the detail pane, the manage pane and bulk edits
// with progress, and CSV export. IncidentQueuePage and AlertQueuePage only choose the kind.
#pragma once

#include "item/queuefilter.h"
#include "managepane.h"
#include "queuepages.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class QDialog;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace wf::item {
class QueueModel;
}

namespace wf::ui::queue {

class EditTracker;
class FilterPanel;
class QueueTableView;

// A named filter set: the filter, a relative time range and the sort.
struct SavedView
{
    item::QueueFilter filter;
    int rangeDays = 30; // 0 any time, > 0 the last N days, -1 filter.fromMs/toMs
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    bool operator==(const SavedView &) const = default;
    QJsonObject toJson() const;
    static SavedView fromJson(const QJsonObject &o);
};

class QueuePageCore : public QueuePage
{
    Q_OBJECT
public:
    enum class Kind { Incidents, Alerts };
    // Queue: a page of its own, with filters and saved views. Embedded: part of another
    // page (an incident's alerts, an entity's alerts and incidents) showing only the rows
    // of its scope, with the same table, triage keys, detail and manage panes, but no
    // filter panel or views, and its column layout remembered apart from the queue's.
    enum class Mode { Queue, Embedded };

    // The page must not outlive `session`'s store; if the session goes first, the page
    // empties itself.
    QueuePageCore(Kind kind, session::Session *session, QWidget *parent = nullptr,
                  Mode mode = Mode::Queue);
    ~QueuePageCore() override;

    Kind kind() const { return m_kind; }
    Mode mode() const { return m_mode; }
    // Embedded pages: the rows shown (see QueueFilter's scope); applied at once.
    void setScope(const QList<qint64> &incidents, const QStringList &alerts);
    item::QueueModel *model() const { return m_model; }
    QueueTableView *table() const { return m_table; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    ManagePane *managePane() const { return m_manage; }
    EditTracker *editTracker() const { return m_tracker; }

    // Seams (tests answer them; users get the real dialogs).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setSavePathProvider(std::function<QString(const QString &suggested)> f)
    {
        m_savePath = std::move(f);
    }
    void setTextPrompt(std::function<QString(const QString &title, const QString &label)> f)
    {
        m_prompt = std::move(f);
    }

    // Views: what is shown now, the per-user default and named filter sets (QSettings).
    SavedView currentView() const;
    void setView(const SavedView &view);
    SavedView builtinDefaultView() const;
    SavedView defaultView() const;
    void applyDefaultView();
    void setCurrentViewAsDefault();
    void resetDefaultView();
    QStringList namedViews() const;
    void saveNamedView(const QString &name);
    bool applyNamedView(const QString &name);
    void deleteNamedView(const QString &name);
    // Applies the search box and panel now (the search box waits ~150 ms otherwise).
    void applyFilterNow();

    // Rows: the cursor, the marked rows, what an action applies to.
    QString currentId() const;
    QStringList selectedIds() const; // in view order
    QStringList targetIds() const; // marked rows, else the current row
    int viewRowOfId(const QString &id) const;
    bool selectId(const QString &id);
    bool isMarking() const { return m_marking; }

    // Bulk edits through the durable queue; returns the number of items.
    int submit(const QStringList &ids, const ManagePane::Request &request);
    void assignToMe(ManagePane::Scope scope);
    void setStatusOfTargets(const QString &wireStatus);

    bool exportCsv(const QString &path, QString *error = nullptr);
    void exportWithDialog();
    QDialog *shortcutsDialog();
    void showShortcuts();
    // The header's column chooser (also its context menu); the caller owns the menu.
    QMenu *createColumnMenu(QWidget *parent);
    void resetColumns();

    bool selectIncident(qint64 incidentId) override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Saved
    {
        bool valid = false;
        QString currentId;
        int currentRow = -1;
        int currentY = INT_MIN; // viewport y of the current row if it was visible
        QString topId;
        int topY = 0;
        QSet<QString> selected;
        bool layoutOnly = false;
    };

    void buildUi();
    void wireModel();
    void retranslateUi();
    qint64 now() const;
    QString settingsPrefix() const;
    QString defaultViewKey() const;
    QJsonObject namedViewsJson() const;
    void restoreHeader();
    void saveHeader();
    void applyDefaultColumns();
    void fitNameColumn();
    QString noun(int n) const;

    bool handleKey(QKeyEvent *event);
    void moveCursor(int delta, bool extend);
    void moveTo(int row, bool extend);
    void toggleMark();
    void clearMarks();
    void openCurrent();
    void focusSearch();

    void captureState(bool layoutOnly);
    void restoreState();
    void onSelectionChanged();
    void scheduleRefresh();
    void refreshChrome();
    void updateCounts();
    void updateEmptyState();
    void updateFiltersButton();
    void updateManageCounts(bool userAction);
    void scheduleDetail();
    void updateDetail();
    void drillDown(const QString &link);
    QStringList idsFor(ManagePane::Scope scope) const;
    int selectedRowCount() const;
    void onEditProgress(int done, int total, int failed);
    void showEditProgress();
    void onEditsFinished(int done, int total, int failed);
    void showNotice(const QString &text, bool restoreButton);
    void buildViewsMenu();

    Kind m_kind;
    Mode m_mode;
    QList<qint64> m_scopeIncidents;
    QStringList m_scopeAlerts;
    QPointer<session::Session> m_session;
    item::QueueModel *m_model = nullptr;
    EditTracker *m_tracker = nullptr;
    std::function<qint64()> m_clock;
    std::function<QString(const QString &)> m_savePath;
    std::function<QString(const QString &, const QString &)> m_prompt;

    QLineEdit *m_search = nullptr;
    QPushButton *m_filtersButton = nullptr;
    QPushButton *m_viewsButton = nullptr;
    QMenu *m_viewsMenu = nullptr;
    QPushButton *m_refreshButton = nullptr, *m_exportButton = nullptr, *m_shortcutsButton = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    QLabel *m_counts = nullptr, *m_total = nullptr;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QPushButton *m_noticeRestore = nullptr, *m_noticeClose = nullptr;
    QSplitter *m_splitter = nullptr, *m_detailSplitter = nullptr;
    QueueTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_openIncident = nullptr;
    ManagePane *m_manage = nullptr;
    QWidget *m_bulkBar = nullptr;
    QLabel *m_bulkLabel = nullptr;
    QProgressBar *m_bulkProgress = nullptr;
    QPushButton *m_failuresButton = nullptr, *m_bulkDismiss = nullptr;
    QFrame *m_failurePanel = nullptr;
    QLabel *m_failureTitle = nullptr;
    QListWidget *m_failureList = nullptr;
    QDialog *m_shortcuts = nullptr;

    QTimer m_searchTimer, m_refreshTimer, m_detailTimer, m_headerTimer, m_progressTimer;
    int m_progressDone = 0, m_progressTotal = 0, m_progressFailed = 0;
    Saved m_saved;
    bool m_restoring = false;
    bool m_keyboardSelecting = false;
    bool m_marking = false;
    bool m_autoFitName = false, m_fittingColumns = false;
    bool m_filterChanging = false; // the model rebuilds for the analyst's new filter
    QString m_detailKey, m_detailId;
    QSet<int> m_drillStatuses, m_drillSeverities; // what a click on a count replaced
    bool m_drilledStatus = false, m_drilledSeverity = false;
    SavedView m_beforeWiden;
    bool m_widened = false;
    QStringList m_knownAssignees;
    quint64 m_assigneesVersion = ~0ull;
    QString m_jobText;
};

} // namespace wf::ui::queue

namespace wf::ui {

class IncidentQueuePage final : public queue::QueuePageCore
{
    Q_OBJECT
public:
    explicit IncidentQueuePage(session::Session *session, QWidget *parent = nullptr)
        : queue::QueuePageCore(Kind::Incidents, session, parent)
    {
    }
};

class AlertQueuePage final : public queue::QueuePageCore
{
    Q_OBJECT
public:
    explicit AlertQueuePage(session::Session *session, QWidget *parent = nullptr)
        : queue::QueuePageCore(Kind::Alerts, session, parent)
    {
    }
};

} // namespace wf::ui
