// The hunting page: KQL against the Sentinel workspace (Log Analytics query API) or
// Defender XDR advanced hunting (Graph runHuntingQuery), with sample queries, a history of
// run queries, errors placed in the editor, the result grid and CSV export.
#pragma once

#include "integration/logquery.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace wf::session {
class Session;
}
namespace wf::item {
class QueryResultModel;
}
namespace wf::ui::queue {
class QueueTableView;
}

namespace wf::ui {

// Widgets a test or the main window may look up by objectName: queryEditor, runButton,
// cancelButton, busyIndicator, sourceCombo, timeRangeCombo, samplesButton (menu
// samplesMenu), historyButton (menu historyMenu), exportButton, errorFrame / errorLabel,
// resultsTable, emptyLabel, statusLabel, warningLabel.
class HuntingPage : public QWidget
{
    Q_OBJECT
public:
    enum class TimeRange { Last24Hours, Last7Days, Last14Days, Last30Days, SetInQuery };
    Q_ENUM(TimeRange)

    // `runner` may be null: the page then runs queries through a runner of its own over
    // the session's Log Analytics and Graph clients (whose workspace id is unknown until
    // queryRunner()->setWorkspaceId()).
    HuntingPage(
        session::Session *session, integration::QueryRunner *runner, QWidget *parent = nullptr);
    ~HuntingPage() override;

    void setQueryRunner(integration::QueryRunner *runner);
    integration::QueryRunner *queryRunner() const { return m_runner; }

    QString query() const;
    integration::QueryApi api() const;
    void setApi(integration::QueryApi api);
    // The range picked in the selector; a query that filters TimeGenerated itself runs
    // with "Set in query" (the selector says so), as in Log Analytics.
    TimeRange timeRange() const;
    void setTimeRange(TimeRange range);
    // The ISO 8601 duration the next run of the editor's query sends; empty: none.
    QString timespan() const;
    static QString timespanOf(TimeRange range);
    static bool filtersTimeItself(const QString &kql);
    bool isRunning() const { return m_call != nullptr; }

    item::QueryResultModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const;

    // Queries run here, most recent first (QSettings, at most kHistorySize).
    struct HistoryEntry
    {
        QString kql;
        integration::QueryApi api = integration::QueryApi::Workspace;
    };
    QList<HistoryEntry> history() const;
    void clearHistory();
    static constexpr int kHistorySize = 20;

    // Seam: where Export CSV writes (tests answer it; users get a file dialog).
    void setSavePathProvider(std::function<QString(const QString &suggested)> f)
    {
        m_savePath = std::move(f);
    }
    // Writes the grid's rows in their shown order, visible columns in their shown order.
    bool exportCsv(const QString &path, QString *error = nullptr);
    void exportWithDialog();

public Q_SLOTS:
    // Puts `kql` in the editor, selects the data source and, with `run`, runs it (a query
    // already running is cancelled). For other pages, e.g. the connector's Next steps.
    void openQuery(const QString &kql, wf::integration::QueryApi api, bool run = true);
    void run();
    void cancel();

Q_SIGNALS:
    void queryStarted();
    // The run ended: rows came back (`ok`), or it failed or was cancelled.
    void queryFinished(bool ok);
    // A short sentence for the status bar (export written, ...).
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class State { Empty, Running, Done, Failed, Cancelled };

    void buildUi();
    void retranslateUi();
    void applyPalette();
    void updateRunState();
    void updateStatus();
    void updateEmptyState();
    void updateEffectiveTimeRange();
    void onResult(const integration::QueryResult &result, const QString &kql);
    void showError();
    void clearError();
    void markErrorInEditor(const QString &kql);
    void fitColumns();
    void addToHistory(const QString &kql, integration::QueryApi api);
    void buildSamplesMenu();
    void buildHistoryMenu();
    QString timeRangeText(TimeRange range) const;

    QPointer<session::Session> m_session;
    QPointer<integration::QueryRunner> m_runner;
    std::unique_ptr<integration::QueryRunner> m_ownRunner;
    QPointer<net::RestCall> m_call;
    quint64 m_generation = 0;
    std::function<QString(const QString &)> m_savePath;

    State m_state = State::Empty;
    TimeRange m_userRange = TimeRange::Last7Days;
    bool m_settingRange = false;
    // The last failure, kept to say it again after a language change.
    integration::QueryResult m_failure;
    QString m_failedKql;
    // The last run's figures for the status line.
    integration::QueryApi m_lastApi = integration::QueryApi::Workspace;
    TimeRange m_lastRange = TimeRange::Last7Days;

    item::QueryResultModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QPushButton *m_runButton = nullptr, *m_cancelButton = nullptr, *m_exportButton = nullptr;
    QPushButton *m_samplesButton = nullptr, *m_historyButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_sourceLabel = nullptr, *m_timeLabel = nullptr;
    QComboBox *m_source = nullptr, *m_time = nullptr;
    QMenu *m_samplesMenu = nullptr, *m_historyMenu = nullptr;
    QSplitter *m_splitter = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QFrame *m_errorFrame = nullptr;
    QLabel *m_errorIcon = nullptr, *m_errorLabel = nullptr;
    queue::QueueTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_statusLabel = nullptr, *m_warningLabel = nullptr;
};

// The factory the shell uses (as for the queue pages); `runner` as in the constructor.
QWidget *createHuntingPage(
    session::Session *session, integration::QueryRunner *runner, QWidget *parent);

} // namespace wf::ui
