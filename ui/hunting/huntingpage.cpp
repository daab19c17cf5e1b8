// Hunting page: editor, data source and time range, run / cancel, errors, grid, export.
#include "huntingpage.h"

#include "domain/enums.h"
#include "integration/samplequeries.h"
#include "item/queryresultmodel.h"
#include "queue/csvexport.h"
#include "queue/queuestyle.h"
#include "queue/queuetableview.h"
#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace wf::ui {

using integration::QueryApi;
using integration::QueryResult;

namespace {

const QString kHistoryKey = QStringLiteral("hunting/history");
const QString kApiKey = QStringLiteral("hunting/api");
const QString kTimeRangeKey = QStringLiteral("hunting/timeRange");
// Graph's advanced hunting stops at this many rows without saying so.
constexpr int kHuntingRowLimit = 100000;

// The time range selector's entries, in TimeRange order, and the timespan each sends.
struct Range
{
    HuntingPage::TimeRange range;
    const char *text;
    const char *timespan; // ISO 8601; empty: none
};
constexpr Range kRanges[] = {
    {HuntingPage::TimeRange::Last24Hours, QT_TRANSLATE_NOOP("wf::ui::HuntingPage", "Last 24 hours"),
        "P1D"},
    {HuntingPage::TimeRange::Last7Days, QT_TRANSLATE_NOOP("wf::ui::HuntingPage", "Last 7 days"),
        "P7D"},
    {HuntingPage::TimeRange::Last14Days, QT_TRANSLATE_NOOP("wf::ui::HuntingPage", "Last 14 days"),
        "P14D"},
    {HuntingPage::TimeRange::Last30Days, QT_TRANSLATE_NOOP("wf::ui::HuntingPage", "Last 30 days"),
        "P30D"},
    {HuntingPage::TimeRange::SetInQuery, QT_TRANSLATE_NOOP("wf::ui::HuntingPage", "Set in query"),
        ""},
};
static_assert(std::size(kRanges) == size_t(HuntingPage::TimeRange::SetInQuery) + 1);

QString apiKey(QueryApi api)
{
    return api == QueryApi::Hunting ? QStringLiteral("hunting") : QStringLiteral("workspace");
}

QueryApi apiOfKey(const QString &key)
{
    return key == u"hunting" ? QueryApi::Hunting : QueryApi::Workspace;
}

} // namespace

HuntingPage::HuntingPage(
    session::Session *session, integration::QueryRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("huntingPage"));
    m_model = new item::QueryResultModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(item::QueryResultModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    buildUi();
    setQueryRunner(runner);

    const QSettings settings;
    setApi(apiOfKey(settings.value(kApiKey).toString()));
    const int range = settings.value(kTimeRangeKey, int(TimeRange::Last7Days)).toInt();
    setTimeRange(range >= 0 && range <= int(TimeRange::SetInQuery) ? TimeRange(range)
                                                                   : TimeRange::Last7Days);
    retranslateUi();
    applyPalette();
    updateRunState();
    updateEmptyState();
}

HuntingPage::~HuntingPage()
{
    ++m_generation; // a call cancelled now must not report back into a half-destroyed page
    if (m_call)
        m_call->cancel();
}

void HuntingPage::setQueryRunner(integration::QueryRunner *runner)
{
    if (!runner && m_session) {
        if (!m_ownRunner)
            m_ownRunner
                = std::make_unique<integration::QueryRunner>(m_session->logs(), m_session->graph());
        runner = m_ownRunner.get();
    }
    m_runner = runner;
}

QTableView *HuntingPage::table() const
{
    return m_table;
}

// ---- building

void HuntingPage::buildUi()
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(8, 8, 8, 4);

    auto *tools = new QHBoxLayout;
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_runButton, &QPushButton::clicked, this, &HuntingPage::run);
    tools->addWidget(m_runButton);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    connect(m_cancelButton, &QPushButton::clicked, this, &HuntingPage::cancel);
    tools->addWidget(m_cancelButton);
    tools->addSpacing(12);

    m_sourceLabel = new QLabel(this);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->addItem(QString(), int(QueryApi::Workspace));
    m_source->addItem(QString(), int(QueryApi::Hunting));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceLabel->setBuddy(m_source);
    connect(m_source, &QComboBox::activated, this,
        [this] { QSettings().setValue(kApiKey, apiKey(api())); });
    tools->addWidget(m_sourceLabel);
    tools->addWidget(m_source);
    tools->addSpacing(8);

    m_timeLabel = new QLabel(this);
    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("timeRangeCombo"));
    for (const Range &r : kRanges)
        m_time->addItem(QString(), int(r.range));
    m_time->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_timeLabel->setBuddy(m_time);
    connect(m_time, &QComboBox::activated, this, [this](int index) {
        setTimeRange(TimeRange(m_time->itemData(index).toInt()));
        QSettings().setValue(kTimeRangeKey, int(m_userRange));
    });
    tools->addWidget(m_timeLabel);
    tools->addWidget(m_time);
    tools->addSpacing(8);

    m_samplesButton = new QPushButton(this);
    m_samplesButton->setObjectName(QStringLiteral("samplesButton"));
    m_samplesMenu = new QMenu(m_samplesButton);
    m_samplesMenu->setObjectName(QStringLiteral("samplesMenu"));
    m_samplesMenu->setToolTipsVisible(true);
    m_samplesButton->setMenu(m_samplesMenu);
    connect(m_samplesMenu, &QMenu::aboutToShow, this, &HuntingPage::buildSamplesMenu);
    tools->addWidget(m_samplesButton);
    m_historyButton = new QPushButton(this);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyMenu = new QMenu(m_historyButton);
    m_historyMenu->setObjectName(QStringLiteral("historyMenu"));
    m_historyMenu->setToolTipsVisible(true);
    m_historyButton->setMenu(m_historyMenu);
    connect(m_historyMenu, &QMenu::aboutToShow, this, &HuntingPage::buildHistoryMenu);
    tools->addWidget(m_historyButton);
    tools->addStretch(1);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &HuntingPage::exportWithDialog);
    tools->addWidget(m_exportButton);
    root->addLayout(tools);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("huntingSplitter"));
    m_splitter->setChildrenCollapsible(false);

    // Editor and the error under it
    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 4);
    m_editor = new QPlainTextEdit(top);
    m_editor->setObjectName(QStringLiteral("queryEditor"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    m_editor->setFont(mono);
    m_editor->setTabStopDistance(4 * QFontMetricsF(mono).horizontalAdvance(u' '));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setMinimumHeight(QFontMetrics(mono).lineSpacing() * 3 + 12);
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        // The underline marked the text that failed; once edited it marks nothing.
        if (!m_editor->extraSelections().isEmpty())
            m_editor->setExtraSelections({});
        updateEffectiveTimeRange();
        updateRunState();
    });
    topLayout->addWidget(m_editor, 1);

    m_errorFrame = new QFrame(top);
    m_errorFrame->setObjectName(QStringLiteral("errorFrame"));
    auto *errorLayout = new QHBoxLayout(m_errorFrame);
    errorLayout->setContentsMargins(2, 4, 2, 0);
    m_errorIcon = new QLabel(m_errorFrame);
    m_errorIcon->setObjectName(QStringLiteral("errorIcon"));
    m_errorIcon->setAlignment(Qt::AlignTop);
    errorLayout->addWidget(m_errorIcon);
    m_errorLabel = new QLabel(m_errorFrame);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    errorLayout->addWidget(m_errorLabel, 1);
    m_errorFrame->hide();
    topLayout->addWidget(m_errorFrame);
    m_splitter->addWidget(top);

    // Results and the status line
    auto *bottom = new QWidget(m_splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 4, 0, 0);
    m_table = new queue::QueueTableView(bottom);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the query's own order until asked
    // Resize-to-contents measures the visible rows and this many more, never 500,000.
    header->setResizeContentsPrecision(60);
    m_table->setKeyHandler([this](QKeyEvent *e) {
        if (!e->matches(QKeySequence::Copy))
            return false;
        // Selected rows as tab-separated export text, for a spreadsheet or a ticket.
        QModelIndexList rows = m_table->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        const QList<int> columns = m_table->visibleColumns();
        QStringList lines;
        for (const QModelIndex &r : std::as_const(rows)) {
            QStringList cells;
            for (int c : columns)
                cells << m_proxy->index(r.row(), c)
                             .data(item::QueryResultModel::ExportRole)
                             .toString();
            lines << cells.join(u'\t');
        }
        if (!lines.isEmpty())
            QGuiApplication::clipboard()->setText(lines.join(u'\n'));
        return true;
    });
    m_table->viewport()->installEventFilter(this);
    bottomLayout->addWidget(m_table, 1);
    m_empty = new QLabel(m_table->viewport());
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    auto *statusRow = new QHBoxLayout;
    m_busy = new QProgressBar(bottom);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(80, m_busy->sizeHint().height() * 2 / 3);
    m_busy->hide();
    statusRow->addWidget(m_busy);
    m_statusLabel = new QLabel(bottom);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusRow->addWidget(m_statusLabel);
    m_warningLabel = new QLabel(bottom);
    m_warningLabel->setObjectName(QStringLiteral("warningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->hide();
    statusRow->addWidget(m_warningLabel, 1);
    statusRow->addStretch(0);
    bottomLayout->addLayout(statusRow);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({QFontMetrics(mono).lineSpacing() * 8 + 16, 600});
    root->addWidget(m_splitter, 1);
}

void HuntingPage::retranslateUi()
{
    m_runButton->setText(tr("Run"));
    m_runButton->setToolTip(tr("Run the query (Ctrl+Enter)"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop waiting for the running query"));
    m_busy->setAccessibleName(tr("Query running"));
    m_sourceLabel->setText(tr("Data &source:"));
    m_source->setItemText(0, tr("Sentinel workspace"));
    m_source->setItemText(1, tr("Defender XDR advanced hunting"));
    m_source->setItemData(0,
        tr("The Log Analytics workspace of Microsoft Sentinel (SecurityAlert, SecurityIncident)"),
        Qt::ToolTipRole);
    m_source->setItemData(1,
        tr("Advanced hunting in Microsoft Defender XDR, through Microsoft Graph; it looks back 30 "
           "days unless told otherwise"),
        Qt::ToolTipRole);
    m_source->setAccessibleName(tr("Data source"));
    m_timeLabel->setText(tr("&Time range:"));
    for (int i = 0; i < m_time->count(); ++i)
        m_time->setItemText(i, timeRangeText(TimeRange(m_time->itemData(i).toInt())));
    m_time->setAccessibleName(tr("Time range"));
    m_samplesButton->setText(tr("Sample queries"));
    m_samplesButton->setToolTip(tr("Queries to start from; picking one runs it"));
    m_historyButton->setText(tr("History"));
    m_historyButton->setToolTip(tr("Queries you ran here; picking one puts it in the editor"));
    m_exportButton->setText(tr("Export CSV"));
    m_exportButton->setToolTip(tr("Save the rows as shown (sort order, visible columns) as CSV"));
    m_editor->setPlaceholderText(
        tr("Write a KQL query, for example: SecurityAlert | take 10\nCtrl+Enter runs it."));
    m_editor->setAccessibleName(tr("KQL query"));
    m_table->setAccessibleName(tr("Query results"));
    m_errorLabel->setAccessibleName(tr("Query error"));
    updateEffectiveTimeRange();
    updateStatus();
    updateEmptyState();
    if (m_state == State::Failed)
        showError();
}

void HuntingPage::applyPalette()
{
    const QPalette &p = palette();
    // The error reads in the palette's "high severity" red, light or dark.
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, queue::severityColor(int(AlertSeverity::high), p));
    m_errorLabel->setPalette(errorPalette);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(icon, icon));
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, queue::mutedText(p));
    m_empty->setPalette(muted);
    QPalette warning = m_warningLabel->palette();
    warning.setColor(QPalette::WindowText, queue::severityColor(int(AlertSeverity::medium), p));
    m_warningLabel->setPalette(warning);
    if (!m_editor->extraSelections().isEmpty() && m_state == State::Failed)
        markErrorInEditor(m_failedKql);
}

QString HuntingPage::timeRangeText(TimeRange range) const
{
    return tr(kRanges[int(range)].text);
}

// ---- state

QString HuntingPage::query() const
{
    return m_editor->toPlainText();
}

QueryApi HuntingPage::api() const
{
    return QueryApi(m_source->currentData().toInt());
}

void HuntingPage::setApi(QueryApi api)
{
    m_source->setCurrentIndex(m_source->findData(int(api)));
}

HuntingPage::TimeRange HuntingPage::timeRange() const
{
    return TimeRange(m_time->currentData().toInt());
}

void HuntingPage::setTimeRange(TimeRange range)
{
    m_userRange = range;
    updateEffectiveTimeRange();
}

QString HuntingPage::timespanOf(TimeRange range)
{
    return QLatin1StringView(kRanges[int(range)].timespan);
}

QString HuntingPage::timespan() const
{
    return timespanOf(timeRange());
}

bool HuntingPage::filtersTimeItself(const QString &kql)
{
    // A comparison on TimeGenerated (not a bin() of it): the query picks its own window.
    static const QRegularExpression filter(
        QStringLiteral("\\bTimeGenerated\\s*(?:[<>]=?|==|!=|between\\b)"));
    return filter.match(kql).hasMatch();
}

void HuntingPage::updateEffectiveTimeRange()
{
    const bool own = filtersTimeItself(query());
    const TimeRange shown = own ? TimeRange::SetInQuery : m_userRange;
    m_time->setCurrentIndex(m_time->findData(int(shown)));
    m_time->setEnabled(!own);
    m_time->setToolTip(own
            ? tr("The query filters TimeGenerated itself, so it sets its own time range")
            : tr("Limits TimeGenerated to this period; \"Set in query\" leaves it to the query"));
}

void HuntingPage::updateRunState()
{
    const bool running = isRunning();
    m_runButton->setEnabled(!running && !query().trimmed().isEmpty());
    m_cancelButton->setEnabled(running);
    m_busy->setVisible(running);
    m_exportButton->setEnabled(!running && m_model->columnCount() > 0);
}

void HuntingPage::updateStatus()
{
    const QString source = m_lastApi == QueryApi::Hunting ? tr("Defender XDR advanced hunting")
                                                          : tr("Sentinel workspace");
    QString text;
    switch (m_state) {
    case State::Empty:
        break;
    case State::Running:
        text = tr("Running on %1\u2026").arg(source);
        break;
    case State::Done: {
        // No "%n" plurals: without a loaded translation they show as "row(s)".
        const int rows = m_model->rowCount();
        const QString range = m_lastRange == TimeRange::SetInQuery && m_lastApi == QueryApi::Hunting
            ? tr("Set in query (else the last 30 days)")
            : timeRangeText(m_lastRange);
        text = (rows == 1 ? tr("1 row") : tr("%L1 rows").arg(rows)) + u" \u00b7 "
            + tr("%L1 ms").arg(m_model->result().elapsedMs) + u" \u00b7 " + source + u" \u00b7 "
            + range;
        break;
    }
    case State::Failed:
        text = tr("The query did not run.");
        break;
    case State::Cancelled:
        text = m_model->columnCount() > 0
            ? tr("Cancelled. The rows shown are from the previous run.")
            : tr("Cancelled.");
        break;
    }
    m_statusLabel->setText(text);

    QString warning;
    if (m_state == State::Done) {
        if (!m_model->result().warning.isEmpty())
            warning = tr("Partial result: only part of the rows came back. %1")
                          .arg(m_model->result().warning);
        else if (m_lastApi == QueryApi::Hunting && m_model->rowCount() >= kHuntingRowLimit)
            warning = tr("Advanced hunting returns at most %L1 rows; there may be more. Narrow the "
                         "query to see them all.")
                          .arg(kHuntingRowLimit);
    }
    m_warningLabel->setText(warning);
    m_warningLabel->setVisible(!warning.isEmpty());
}

void HuntingPage::updateEmptyState()
{
    QString text;
    if (m_model->rowCount() == 0) {
        switch (m_state) {
        case State::Empty:
        case State::Running:
        case State::Cancelled:
            text = m_model->columnCount() > 0
                ? tr("No rows")
                : tr("Run a query to see results\n\nWrite KQL above and press Ctrl+Enter, or pick "
                     "one of the sample queries.");
            break;
        case State::Failed:
            text = tr("No results: the query did not run (see the message above).");
            break;
        case State::Done:
            text = m_lastRange == TimeRange::SetInQuery
                ? tr("No rows")
                : tr("No rows\n\nNothing matched in the chosen time range; a wider one may find "
                     "some.");
            break;
        }
    }
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_empty->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
}

// ---- running

void HuntingPage::openQuery(const QString &kql, integration::QueryApi api, bool runNow)
{
    setApi(api);
    m_editor->setPlainText(kql);
    m_editor->moveCursor(QTextCursor::End);
    if (runNow)
        run();
}

void HuntingPage::run()
{
    const QString kql = query();
    if (kql.trimmed().isEmpty())
        return;
    // A new run replaces one still on its way: its answer is dropped.
    const quint64 generation = ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    clearError();
    const QueryApi queryApi = api();
    m_lastApi = queryApi;
    m_lastRange = timeRange();
    if (!m_runner) {
        m_failure = QueryResult();
        m_failure.error.kind = net::ApiError::Kind::Network;
        m_failedKql = kql;
        m_state = State::Failed;
        showError();
        updateStatus();
        return;
    }
    if (queryApi == QueryApi::Workspace && m_runner->workspaceId().isEmpty()) {
        m_failure = QueryResult();
        m_failure.error.kind = net::ApiError::Kind::NotFound;
        m_failure.error.code = QStringLiteral("NoWorkspace");
        m_failedKql = kql;
        m_state = State::Failed;
        showError();
        updateStatus();
        return;
    }
    addToHistory(kql, queryApi);
    m_state = State::Running;
    m_call = m_runner->run(queryApi, kql, timespanOf(m_lastRange), this,
        [this, generation, kql](const QueryResult &r) {
            if (generation == m_generation)
                onResult(r, kql);
        });
    updateRunState();
    updateStatus();
    Q_EMIT queryStarted();
}

void HuntingPage::cancel()
{
    if (m_call)
        m_call->cancel(); // the runner answers with Kind::Cancelled
}

void HuntingPage::onResult(const QueryResult &result, const QString &kql)
{
    m_call = nullptr;
    const bool ok = result.ok();
    if (ok) {
        m_state = State::Done;
        // The query's own order first; a click on a header sorts from there.
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_model->setResult(result);
        fitColumns();
        m_table->scrollToTop();
    } else if (result.error.kind == net::ApiError::Kind::Cancelled) {
        m_state = State::Cancelled;
    } else {
        m_state = State::Failed;
        m_failure = result;
        m_failure.rows.clear();
        m_failedKql = kql;
        m_model->clear();
        showError();
    }
    updateRunState();
    updateStatus();
    updateEmptyState();
    Q_EMIT queryFinished(ok);
}

void HuntingPage::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    m_table->resizeColumnsToContents();
    // A long Description or Entities column must not push everything else off screen.
    const int cap = qMax(160, fontMetrics().averageCharWidth() * 48);
    for (int c = 0; c < header->count(); ++c) {
        if (header->sectionSize(c) > cap)
            header->resizeSection(c, cap);
    }
}

// ---- errors

void HuntingPage::clearError()
{
    m_errorFrame->hide();
    m_errorLabel->clear();
    m_editor->setExtraSelections({});
}

void HuntingPage::showError()
{
    const net::ApiError &e = m_failure.error;
    QString text;
    if (e.code == u"NoWorkspace")
        text = tr(
            "The Sentinel workspace of this connection is not known yet, so its logs cannot be "
            "queried. Try again in a moment, or choose Defender XDR advanced hunting.");
    else if (!m_runner)
        text = tr("There is no connection to run queries on. Sign in first.");
    else if (e.kind == net::ApiError::Kind::BadRequest && !e.message.isEmpty())
        text = e.message; // the query engine's own words say what is wrong and where
    else
        text = e.sentence();
    if (m_failure.errorPosition >= 0 && m_failure.errorPosition <= m_failedKql.size()) {
        const QStringView before = QStringView(m_failedKql).left(m_failure.errorPosition);
        const int line = int(before.count(u'\n')) + 1;
        const int column = int(m_failure.errorPosition - before.lastIndexOf(u'\n'));
        text += u'\n' + tr("Line %1, column %2: marked in the editor.").arg(line).arg(column);
        markErrorInEditor(m_failedKql);
    }
    m_errorLabel->setText(text);
    m_errorFrame->show();
}

void HuntingPage::markErrorInEditor(const QString &kql)
{
    // Only while the editor still holds the query that failed.
    if (query() != kql || m_failure.errorPosition < 0)
        return;
    const int at = qBound(0, m_failure.errorPosition, int(kql.size()));
    int length = 0;
    if (!m_failure.errorToken.isEmpty()
        && QStringView(kql).mid(at).startsWith(m_failure.errorToken)) {
        length = int(m_failure.errorToken.size());
    } else {
        // The word found there, or the one character that is not a word.
        while (at + length < kql.size()
            && (kql.at(at + length).isLetterOrNumber() || kql.at(at + length) == u'_'))
            ++length;
        if (length == 0 && at < kql.size() && !kql.at(at).isSpace())
            length = 1;
    }
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(at);
    cursor.setPosition(at + length, QTextCursor::KeepAnchor);
    const QSignalBlocker block(m_editor); // moving the cursor is not an edit
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    QTextEdit::ExtraSelection mark;
    mark.cursor = cursor;
    if (length == 0) {
        // Nothing to underline at the end of the text: mark the last character instead.
        mark.cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
    }
    mark.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    mark.format.setUnderlineColor(queue::severityColor(int(AlertSeverity::high), palette()));
    m_editor->setExtraSelections({mark});
    m_editor->setFocus();
}

// ---- samples and history

void HuntingPage::buildSamplesMenu()
{
    m_samplesMenu->clear();
    const QList<integration::SampleQuery> samples = integration::sampleQueries();
    for (const integration::SampleQuery &s : samples) {
        QAction *a = m_samplesMenu->addAction(s.title);
        a->setObjectName(QStringLiteral("sample-") + s.id);
        a->setToolTip(s.description + u"\n\n" + s.kql);
        a->setStatusTip(s.description);
        a->setData(s.id);
        connect(a, &QAction::triggered, this, [this, s] { openQuery(s.kql, s.api, true); });
    }
}

QList<HuntingPage::HistoryEntry> HuntingPage::history() const
{
    QList<HistoryEntry> out;
    const QJsonArray a
        = QJsonDocument::fromJson(QSettings().value(kHistoryKey).toString().toUtf8()).array();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        const QString kql = o.value(QLatin1StringView("kql")).toString();
        if (!kql.isEmpty())
            out.append({kql, apiOfKey(o.value(QLatin1StringView("api")).toString())});
    }
    return out;
}

void HuntingPage::addToHistory(const QString &kql, QueryApi api)
{
    QList<HistoryEntry> entries = history();
    entries.removeIf([&](const HistoryEntry &e) { return e.kql == kql && e.api == api; });
    entries.prepend({kql, api});
    QJsonArray a;
    for (const HistoryEntry &e : std::as_const(entries)) {
        if (a.size() == kHistorySize)
            break;
        a.append(
            QJsonObject {{QStringLiteral("kql"), e.kql}, {QStringLiteral("api"), apiKey(e.api)}});
    }
    QSettings().setValue(
        kHistoryKey, QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
}

void HuntingPage::clearHistory()
{
    QSettings().remove(kHistoryKey);
}

void HuntingPage::buildHistoryMenu()
{
    m_historyMenu->clear();
    const QList<HistoryEntry> entries = history();
    if (entries.isEmpty()) {
        m_historyMenu->addAction(tr("No queries run yet"))->setEnabled(false);
        return;
    }
    const QFontMetrics fm(m_historyMenu->font());
    const int width = fm.averageCharWidth() * 70;
    for (const HistoryEntry &e : entries) {
        QString line = e.kql.simplified();
        if (e.api == QueryApi::Hunting)
            line = tr("[Hunting] %1").arg(line);
        // "&" in a query would become a mnemonic.
        QAction *a = m_historyMenu->addAction(
            fm.elidedText(line, Qt::ElideRight, width).replace(u'&', QStringLiteral("&&")));
        a->setObjectName(QStringLiteral("historyAction"));
        a->setToolTip(e.kql);
        connect(a, &QAction::triggered, this, [this, e] { openQuery(e.kql, e.api, false); });
    }
    m_historyMenu->addSeparator();
    QAction *clear = m_historyMenu->addAction(tr("Clear history"));
    clear->setObjectName(QStringLiteral("clearHistoryAction"));
    connect(clear, &QAction::triggered, this, &HuntingPage::clearHistory);
}

// ---- export

bool HuntingPage::exportCsv(const QString &path, QString *error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = queue::writeCsv(
        m_proxy, m_table->visibleColumns(), {}, path, error, item::QueryResultModel::ExportRole);
    QApplication::restoreOverrideCursor();
    return ok;
}

void HuntingPage::exportWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        QStringLiteral("query-%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = m_savePath
        ? m_savePath(suggested)
        : QFileDialog::getSaveFileName(
            this, tr("Export the query results"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error)) {
        const int rows = m_proxy->rowCount();
        Q_EMIT statusMessage(
            (rows == 1 ? tr("Exported 1 row to %1.") : tr("Exported %L1 rows to %2.").arg(rows))
                .arg(QDir::toNativeSeparators(path)));
    } else {
        m_failure = QueryResult();
        m_errorLabel->setText(error);
        m_errorFrame->show();
    }
}

// ---- events

void HuntingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

bool HuntingPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier))) {
            run();
            return true;
        }
    }
    if (m_table && watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
    return QWidget::eventFilter(watched, event);
}

QWidget *createHuntingPage(
    session::Session *session, integration::QueryRunner *runner, QWidget *parent)
{
    return new HuntingPage(session, runner, parent);
}

} // namespace wf::ui
