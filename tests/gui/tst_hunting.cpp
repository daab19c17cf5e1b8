// The hunting page against the real watchfloor-server, in-process on a loopback port: the
// connector page's first sample opened through openQuery fills the grid with as many rows
// as the server counts (and as its SQLite file holds); errors are said and placed in the
// editor; the hunting source runs over Graph; Cancel; sorting by time; CSV export; history;
// the time range a query sets itself; retranslation; and pictures in a light and a dark
// palette (hunting*.png in /tmp) to look at.
#include "csvreader.h"
#include "demosession.h"
#include "hunting/huntingpage.h"
#include "integration/samplequeries.h"
#include "item/queryresultmodel.h"
#include "markingtranslator.h"
#include "palettes.h"
#include "queue/csvexport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFontInfo>
#include <QFrame>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wf;
using integration::QueryApi;
using integration::QueryResult;
using item::QueryResultModel;
using ui::HuntingPage;

namespace {

constexpr int kTimeoutMs = 30000;
const QSize kPageSize(1280, 800);
const QString kDfcQuery = u"SecurityAlert | where ProductName == \"Azure Security Center\""_s;

} // namespace

class HuntingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void emptyStateBeforeTheFirstRun();
    void sampleFillsTheGrid();
    void sampleMenuRunsTheSample();
    void syntaxErrorIsPlacedInTheEditor();
    void huntingRunsOverGraph();
    void noWorkspaceSaysSo();
    void cancelStopsTheRun();
    void sortsTimesByTime();
    void csvExportWritesTheRows();
    void ctrlEnterRuns();
    void timeRangeSetInQuery();
    void historyKeepsTheLastTwenty();
    void ownRunnerWhenNoneGiven();
    void retranslates();
    void screenshots();

private:
    // Runs what the editor holds (or `kql` through openQuery) and waits for the answer.
    bool runAndWait(const QString &kql = {}, QueryApi api = QueryApi::Workspace);
    QueryResult runDirectly(QueryApi api, const QString &kql, const QString &timespan);
    qint64 sqliteCount(const QString &sql);
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1StringView(name));
    }
    void shoot(const QString &name, const QPalette &palette);

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<integration::QueryRunner> m_runner;
    HuntingPage *m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester, m_proxyTester;
};

void HuntingTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    testsupport::isolateSettings(m_dir.path(), u"tst_hunting"_s);

    server::ServerConfig config;
    config.dbPath = m_dir.filePath(u"tenant.sqlite"_s);
    config.demo = true;
    config.demoOptions.seed = 777;
    config.demoOptions.alerts = 1500;
    config.demoOptions.days = 20;
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(config, &error), qPrintable(error));
    m_info = m_host->info();

    // The page needs the session's clients only: no sync is started.
    m_session = testsupport::demoSession(m_info, u"analyst"_s, m_dir.filePath(u"cache"_s));
    QVERIFY(m_session);

    // The workspace id, as the main window learns it: our tenantSettings resource on ARM.
    bool done = false;
    QJsonObject settings;
    net::RestCall *call
        = m_session->arm()->get(u"providers/Watchfloor.Simulator/tenantSettings/default"_s);
    connect(call, &net::RestCall::finished, this, [&](const net::RestResult &r) {
        QVERIFY2(r.error.ok(), qPrintable(r.error.sentence()));
        settings = QJsonDocument::fromJson(r.body).object();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    const QString workspace
        = settings.value(u"properties").toObject().value(u"workspaceId").toString();
    QCOMPARE(workspace, m_info.workspaceId);
    m_runner = std::make_unique<integration::QueryRunner>(m_session->logs(), m_session->graph());
    m_runner->setWorkspaceId(workspace);

    QWidget *w = ui::createHuntingPage(m_session.get(), m_runner.get(), nullptr);
    m_page = qobject_cast<HuntingPage *>(w);
    QVERIFY(m_page);
    QCOMPARE(m_page->queryRunner(), m_runner.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setFixedSize(kPageSize);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void HuntingTest::cleanupTestCase()
{
    m_modelTester.reset();
    m_proxyTester.reset();
    delete m_page;
    m_runner.reset();
    m_session.reset();
    m_host.reset();
}

// ---- helpers

bool HuntingTest::runAndWait(const QString &kql, QueryApi api)
{
    QSignalSpy finished(m_page, &HuntingPage::queryFinished);
    if (kql.isEmpty())
        m_page->run();
    else
        m_page->openQuery(kql, api);
    if (!m_page->isRunning() && finished.isEmpty())
        return false; // did not start (e.g. no workspace): said on the page
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, kTimeoutMs))
        return false;
    return finished.first().first().toBool();
}

QueryResult HuntingTest::runDirectly(QueryApi api, const QString &kql, const QString &timespan)
{
    QueryResult out;
    bool done = false;
    m_runner->run(api, kql, timespan, this, [&](const QueryResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kTimeoutMs))
        out.error.kind = net::ApiError::Kind::Network; // no answer in time
    return out;
}

qint64 HuntingTest::sqliteCount(const QString &sql)
{
    return testsupport::sqliteCount(m_dir.filePath(u"tenant.sqlite"_s), sql);
}

void HuntingTest::shoot(const QString &name, const QPalette &palette)
{
    m_page->setPalette(palette);
    QApplication::processEvents();
    const QImage shot = m_page->grab().toImage();
    QVERIFY(shot.save(u"/tmp/"_s + name));
}

// ---- tests

void HuntingTest::emptyStateBeforeTheFirstRun()
{
    auto *empty = child<QLabel>("emptyLabel");
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(u"Run a query to see results"_s));
    QVERIFY(!child<QPushButton>("runButton")->isEnabled()); // nothing to run yet
    QVERIFY(!child<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(!child<QPushButton>("exportButton")->isEnabled());
    QVERIFY(!child<QProgressBar>("busyIndicator")->isVisible());
    QVERIFY(!child<QFrame>("errorFrame")->isVisible());
    QCOMPARE(child<QLabel>("statusLabel")->text(), QString());
    QCOMPARE(m_page->timeRange(), HuntingPage::TimeRange::Last7Days);
    QCOMPARE(m_page->api(), QueryApi::Workspace);
    // Widgets a screen reader names.
    QVERIFY(!child<QPlainTextEdit>("queryEditor")->accessibleName().isEmpty());
    QVERIFY(!child<QTableView>("resultsTable")->accessibleName().isEmpty());
    QVERIFY(!child<QComboBox>("sourceCombo")->accessibleName().isEmpty());
    QVERIFY(!child<QComboBox>("timeRangeCombo")->accessibleName().isEmpty());
    QVERIFY(child<QPlainTextEdit>("queryEditor")->font().fixedPitch()
        || QFontInfo(child<QPlainTextEdit>("queryEditor")->font()).fixedPitch());
    shoot(u"hunting-empty.png"_s, QPalette());
}

void HuntingTest::sampleFillsTheGrid()
{
    // The connector page's first Next step.
    const integration::SampleQuery sample = integration::sampleQueries().first();
    QCOMPARE(sample.kql, kDfcQuery);
    QVERIFY(runAndWait(sample.kql, sample.api));
    QCOMPARE(child<QPlainTextEdit>("queryEditor")->toPlainText(), kDfcQuery);
    QCOMPARE(m_page->timespan(), u"P7D"_s);
    const int rows = m_page->proxy()->rowCount();
    QVERIFY(rows > 0);
    // The server's own count over the same window.
    QueryResult count
        = runDirectly(QueryApi::Workspace, kDfcQuery + u" | count"_s, m_page->timespan());
    QVERIFY2(count.ok(), qPrintable(count.error.sentence()));
    QCOMPARE(count.scalar(u"Count").toInteger(), qint64(rows));
    QCOMPARE(child<QLabel>("statusLabel")->text().section(u' ', 0, 1), u"%1 rows"_s.arg(rows));
    QVERIFY(child<QLabel>("statusLabel")->text().contains(u" ms"_s));
    QVERIFY(!child<QLabel>("emptyLabel")->isVisible());
    QVERIFY(child<QPushButton>("exportButton")->isEnabled());
    QVERIFY(!child<QFrame>("errorFrame")->isVisible());
    QCOMPARE(m_page->model()->columnCount(), 35);
    QCOMPARE(m_page->model()->headerData(1, Qt::Horizontal).toString(), u"TimeGenerated"_s);
    QCOMPARE(
        m_page->model()->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), u"datetime"_s);
    // Column widths: fitted, none wider than the cap.
    QHeaderView *h = m_page->table()->horizontalHeader();
    int widest = 0;
    for (int c = 0; c < h->count(); ++c)
        widest = qMax(widest, h->sectionSize(c));
    QVERIFY(widest <= qMax(160, m_page->fontMetrics().averageCharWidth() * 48));

    // All time: against the server's count and, brute force, its SQLite file.
    m_page->setTimeRange(HuntingPage::TimeRange::SetInQuery);
    QVERIFY(m_page->timespan().isEmpty());
    QVERIFY(runAndWait());
    const qint64 stored = sqliteCount(u"SELECT COUNT(*) FROM security_alerts"_s);
    QVERIFY(stored > rows);
    QCOMPARE(qint64(m_page->proxy()->rowCount()), stored);
    count = runDirectly(QueryApi::Workspace, kDfcQuery + u" | count"_s, {});
    QCOMPARE(count.scalar(u"Count").toInteger(), stored);
    // Every row is a Defender for Cloud alert.
    const int product = m_page->model()->result().column(u"ProductName");
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        QCOMPARE(m_page->model()->index(r, product).data().toString(), u"Azure Security Center"_s);
    m_page->setTimeRange(HuntingPage::TimeRange::Last7Days);
}

void HuntingTest::sampleMenuRunsTheSample()
{
    auto *menu = child<QMenu>("samplesMenu");
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    const QList<integration::SampleQuery> samples = integration::sampleQueries();
    QCOMPARE(menu->actions().size(), samples.size());
    QCOMPARE(menu->actions().first()->text(), samples.first().title);
    // A Sentinel sample...
    QAction *incidents = menu->findChild<QAction *>(u"sample-incidents-by-provider"_s);
    QVERIFY(incidents);
    QSignalSpy finished(m_page, &HuntingPage::queryFinished);
    incidents->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(m_page->query(), integration::sampleQuery(u"incidents-by-provider")->kql);
    QCOMPARE(m_page->model()->result().columns.first().name, u"ProviderName"_s);
    // ... and the hunting one, which switches the source.
    Q_EMIT menu->aboutToShow();
    menu->findChild<QAction *>(u"sample-hunting-resources"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
    QVERIFY(finished.last().first().toBool());
    QCOMPARE(m_page->api(), QueryApi::Hunting);
    QCOMPARE(
        m_page->model()->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString(), u"Int64"_s);
    QVERIFY(m_page->model()->rowCount() > 0);
    m_page->setApi(QueryApi::Workspace);
}

void HuntingTest::syntaxErrorIsPlacedInTheEditor()
{
    auto *editor = child<QPlainTextEdit>("queryEditor");
    auto *error = child<QLabel>("errorLabel");
    for (QueryApi api : {QueryApi::Workspace, QueryApi::Hunting}) {
        QVERIFY(!runAndWait(u"SecurityAlert | join X"_s, api));
        QVERIFY(child<QFrame>("errorFrame")->isVisible());
        QVERIFY2(error->text().contains(u"position 16"_s), qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"expected"_s), qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"Line 1, column 17"_s), qPrintable(error->text()));
        QCOMPARE(editor->textCursor().selectionStart(), 16);
        QCOMPARE(editor->textCursor().selectedText(), u"join"_s);
        QCOMPARE(editor->extraSelections().size(), 1);
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(child<QLabel>("emptyLabel")->isVisible());
        QCOMPARE(child<QLabel>("statusLabel")->text(), u"The query did not run."_s);
    }
    // A semantic error on the second line.
    const QString kql = u"SecurityAlert\n| where Foo == 1"_s;
    QVERIFY(!runAndWait(kql, QueryApi::Workspace));
    QVERIFY2(error->text().contains(u"not a column"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"Line 2, column 9"_s), qPrintable(error->text()));
    QCOMPARE(editor->textCursor().selectedText(), u"Foo"_s);
    QCOMPARE(editor->textCursor().selectionStart(), int(kql.indexOf(u"Foo")));
    // Editing drops the mark; the next good run drops the message.
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClicks(editor, u" "_s);
    QVERIFY(editor->extraSelections().isEmpty());
    QVERIFY(runAndWait(u"SecurityAlert | take 3"_s, QueryApi::Workspace));
    QVERIFY(!child<QFrame>("errorFrame")->isVisible());
    QCOMPARE(m_page->model()->rowCount(), 3);
}

void HuntingTest::huntingRunsOverGraph()
{
    auto *source = child<QComboBox>("sourceCombo");
    const int hunting = source->findData(int(QueryApi::Hunting));
    source->setCurrentIndex(hunting);
    Q_EMIT source->activated(hunting);
    QCOMPARE(m_page->api(), QueryApi::Hunting);
    child<QPlainTextEdit>("queryEditor")
        ->setPlainText(
            u"SecurityAlert | project TimeGenerated, AlertName, ConfidenceScore, IsIncident | take 7"_s);
    // Graph does not need the workspace: without it, hunting still runs.
    m_runner->setWorkspaceId({});
    QSignalSpy finished(m_page, &HuntingPage::queryFinished);
    QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    m_runner->setWorkspaceId(m_info.workspaceId);
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(m_page->model()->rowCount(), 7);
    // Graph's type names, not Log Analytics'.
    QStringList types;
    for (int c = 0; c < m_page->model()->columnCount(); ++c)
        types << m_page->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
    QCOMPARE(types, (QStringList {u"DateTime"_s, u"String"_s, u"Double"_s, u"Boolean"_s}));
    QVERIFY(child<QLabel>("statusLabel")->text().contains(u"Defender XDR advanced hunting"_s));
    // The choice is remembered for the next start.
    QCOMPARE(QSettings().value(u"hunting/api"_s).toString(), u"hunting"_s);
    source->setCurrentIndex(source->findData(int(QueryApi::Workspace)));
    Q_EMIT source->activated(source->currentIndex());
}

void HuntingTest::noWorkspaceSaysSo()
{
    m_runner->setWorkspaceId({});
    QVERIFY(!runAndWait(u"SecurityAlert | take 1"_s, QueryApi::Workspace));
    m_runner->setWorkspaceId(m_info.workspaceId);
    QVERIFY(child<QFrame>("errorFrame")->isVisible());
    QVERIFY2(child<QLabel>("errorLabel")->text().contains(u"workspace"_s),
        qPrintable(child<QLabel>("errorLabel")->text()));
    QVERIFY(!m_page->isRunning());
}

void HuntingTest::cancelStopsTheRun()
{
    QVERIFY(runAndWait(u"SecurityAlert | take 11"_s, QueryApi::Workspace));
    QCOMPARE(m_page->model()->rowCount(), 11);
    QSignalSpy finished(m_page, &HuntingPage::queryFinished);
    m_page->openQuery(kDfcQuery, QueryApi::Workspace);
    QVERIFY(m_page->isRunning());
    auto *cancel = child<QPushButton>("cancelButton");
    QVERIFY(cancel->isEnabled());
    QVERIFY(!child<QPushButton>("runButton")->isEnabled());
    QVERIFY(child<QProgressBar>("busyIndicator")->isVisible());
    QVERIFY(child<QLabel>("statusLabel")->text().startsWith(u"Running"_s));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!m_page->isRunning());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QPushButton>("runButton")->isEnabled());
    QVERIFY(!child<QProgressBar>("busyIndicator")->isVisible());
    QVERIFY(child<QLabel>("statusLabel")->text().startsWith(u"Cancelled"_s));
    QVERIFY(!child<QFrame>("errorFrame")->isVisible()); // a cancel is not an error
    // The previous rows stay; the cancelled answer never arrives.
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_page->model()->rowCount(), 11);

    // A second run replaces one on its way: only the second answers.
    m_page->openQuery(u"SecurityAlert | take 4"_s, QueryApi::Workspace);
    m_page->openQuery(u"SecurityAlert | take 5"_s, QueryApi::Workspace);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(m_page->model()->rowCount(), 5);
}

void HuntingTest::sortsTimesByTime()
{
    m_page->setTimeRange(HuntingPage::TimeRange::SetInQuery);
    QVERIFY(runAndWait(
        u"SecurityAlert | project AlertName, TimeGenerated, Length = strlen(AlertName) | take 400"_s,
        QueryApi::Workspace));
    m_page->setTimeRange(HuntingPage::TimeRange::Last7Days);
    QSortFilterProxyModel *proxy = m_page->proxy();
    QCOMPARE(proxy->rowCount(), 400);
    QHeaderView *header = m_page->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), -1); // the query's own order at first
    // The proxy sorts on raw values: times as milliseconds, not their text.
    QCOMPARE(proxy->sortRole(), int(QueryResultModel::SortRole));
    QCOMPARE(proxy->index(0, 1).data(QueryResultModel::SortRole).typeId(), QMetaType::LongLong);
    auto timeAt = [&](int row) {
        return QDateTime::fromString(
            proxy->index(row, 1).data(QueryResultModel::ExportRole).toString(), Qt::ISODateWithMs);
    };
    // A click on the header sorts; a second click flips the order.
    const QPoint inTime(header->sectionViewportPosition(1) + 10, header->height() / 2);
    Qt::SortOrder first = Qt::AscendingOrder;
    for (int click = 0; click < 2; ++click) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, inTime);
        QCOMPARE(header->sortIndicatorSection(), 1);
        if (click == 0)
            first = header->sortIndicatorOrder();
        else
            QVERIFY(header->sortIndicatorOrder() != first);
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        QStringList shown;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            QVERIFY(timeAt(r).isValid());
            if (r > 0)
                QVERIFY2(ascending ? timeAt(r - 1) <= timeAt(r) : timeAt(r - 1) >= timeAt(r),
                    qPrintable(u"row %1"_s.arg(r)));
            shown << proxy->index(r, 1).data().toString();
        }
        QStringList byText = shown;
        byText.sort();
        if (!ascending)
            std::reverse(byText.begin(), byText.end());
        qInfo("%s: the text order of these times %s the time order",
            ascending ? "ascending" : "descending", byText == shown ? "matches" : "differs from");
    }
    // Numbers by value too ("9" after "10" as text).
    m_page->table()->sortByColumn(2, Qt::AscendingOrder);
    for (int r = 1; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r - 1, 2).data(QueryResultModel::SortRole).toLongLong()
            <= proxy->index(r, 2).data(QueryResultModel::SortRole).toLongLong());
    m_page->table()->sortByColumn(1, Qt::DescendingOrder);
}

void HuntingTest::csvExportWritesTheRows()
{
    // What sortsTimesByTime left: 400 rows, newest first.
    QSortFilterProxyModel *proxy = m_page->proxy();
    QCOMPARE(proxy->rowCount(), 400);
    QHeaderView *h = m_page->table()->horizontalHeader();
    h->moveSection(h->visualIndex(1), 0); // TimeGenerated first on screen
    const QString path = m_dir.filePath(u"query.csv"_s);
    QString asked;
    m_page->setSavePathProvider([&](const QString &suggested) {
        asked = suggested;
        return path;
    });
    QSignalSpy status(m_page, &HuntingPage::statusMessage);
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QVERIFY(asked.endsWith(u".csv"_s));
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(u"400 rows"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = guitest::parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(rows.size(), 401);
    QCOMPARE(rows.first(), (QStringList {u"TimeGenerated"_s, u"AlertName"_s, u"Length"_s}));
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QStringList &row = rows[r + 1];
        QCOMPARE(row.size(), 3);
        // Times as the API wrote them (ISO 8601 UTC), in the grid's order.
        QCOMPARE(row[0], proxy->index(r, 1).data(QueryResultModel::ExportRole).toString());
        QVERIFY(QDateTime::fromString(row[0], Qt::ISODateWithMs).isValid());
        if (r > 0)
            QVERIFY(QDateTime::fromString(rows[r][0], Qt::ISODateWithMs)
                >= QDateTime::fromString(row[0], Qt::ISODateWithMs));
        QCOMPARE(row[1], proxy->index(r, 0).data().toString());
        // Numbers unlocalised.
        QCOMPARE(
            row[2].toLongLong(), proxy->index(r, 2).data(QueryResultModel::SortRole).toLongLong());
        QCOMPARE(row[2], QString::number(row[1].size()));
    }
    h->moveSection(h->visualIndex(1), 1);
}

void HuntingTest::ctrlEnterRuns()
{
    auto *editor = child<QPlainTextEdit>("queryEditor");
    editor->setPlainText(u"SecurityAlert | take 2"_s);
    editor->setFocus();
    QSignalSpy started(m_page, &HuntingPage::queryStarted);
    QSignalSpy finished(m_page, &HuntingPage::queryFinished);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(started.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QCOMPARE(editor->toPlainText(), u"SecurityAlert | take 2"_s); // no line break typed
    QCOMPARE(m_page->model()->rowCount(), 2);
}

void HuntingTest::timeRangeSetInQuery()
{
    auto *combo = child<QComboBox>("timeRangeCombo");
    QCOMPARE(combo->count(), 5);
    const integration::SampleQuery fortnight = *integration::sampleQuery(u"severity-14d");
    m_page->openQuery(fortnight.kql, fortnight.api, false);
    QVERIFY(!m_page->isRunning());
    QCOMPARE(m_page->timeRange(), HuntingPage::TimeRange::SetInQuery);
    QCOMPARE(combo->currentText(), u"Set in query"_s);
    QVERIFY(!combo->isEnabled());
    QVERIFY(m_page->timespan().isEmpty());
    // bin() of TimeGenerated is no filter: the picked range applies.
    const integration::SampleQuery daily = *integration::sampleQuery(u"per-connector-daily");
    m_page->openQuery(daily.kql, daily.api, false);
    QCOMPARE(m_page->timeRange(), HuntingPage::TimeRange::Last7Days);
    QVERIFY(combo->isEnabled());
    // Picking a range: remembered, and sent.
    const int day = combo->findData(int(HuntingPage::TimeRange::Last24Hours));
    combo->setCurrentIndex(day);
    Q_EMIT combo->activated(day);
    QCOMPARE(m_page->timespan(), u"P1D"_s);
    QCOMPARE(QSettings().value(u"hunting/timeRange"_s).toInt(),
        int(HuntingPage::TimeRange::Last24Hours));
    QVERIFY(runAndWait());
    // Only the last day: no day older than yesterday (UTC bins).
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-2);
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        QVERIFY(QDateTime::fromString(
                    m_page->model()->index(r, 1).data(QueryResultModel::ExportRole).toString(),
                    Qt::ISODateWithMs)
            > oldest);
    m_page->setTimeRange(HuntingPage::TimeRange::Last7Days);
}

void HuntingTest::historyKeepsTheLastTwenty()
{
    m_page->clearHistory();
    for (int i = 1; i <= HuntingPage::kHistorySize + 3; ++i)
        QVERIFY(runAndWait(u"SecurityAlert | take %1"_s.arg(i), QueryApi::Workspace));
    // The same query again moves to the top instead of standing twice.
    QVERIFY(runAndWait(u"SecurityAlert | take 10"_s, QueryApi::Workspace));
    QList<HuntingPage::HistoryEntry> history = m_page->history();
    QCOMPARE(history.size(), HuntingPage::kHistorySize);
    QCOMPARE(history.first().kql, u"SecurityAlert | take 10"_s);
    QCOMPARE(history.at(1).kql, u"SecurityAlert | take 23"_s);
    QCOMPARE(history.last().kql, u"SecurityAlert | take 4"_s); // 10 moved up: 4 is still in

    // From the History menu: into the editor with its source, not run.
    auto *menu = child<QMenu>("historyMenu");
    Q_EMIT menu->aboutToShow();
    QList<QAction *> entries = menu->findChildren<QAction *>(u"historyAction"_s);
    QCOMPARE(entries.size(), HuntingPage::kHistorySize);
    QSignalSpy started(m_page, &HuntingPage::queryStarted);
    menu->actions().at(1)->trigger();
    QCOMPARE(m_page->query(), u"SecurityAlert | take 23"_s);
    QCOMPARE(started.size(), 0);
    menu->findChild<QAction *>(u"clearHistoryAction"_s)->trigger();
    QVERIFY(m_page->history().isEmpty());
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(!menu->actions().first()->isEnabled());
}

void HuntingTest::ownRunnerWhenNoneGiven()
{
    // Without a runner the page makes one over the session's clients.
    std::unique_ptr<QWidget> w(ui::createHuntingPage(m_session.get(), nullptr, nullptr));
    auto *page = qobject_cast<HuntingPage *>(w.get());
    QVERIFY(page->queryRunner());
    QVERIFY(page->queryRunner() != m_runner.get());
    page->queryRunner()->setWorkspaceId(m_info.workspaceId);
    QSignalSpy finished(page, &HuntingPage::queryFinished);
    page->openQuery(u"SecurityIncident | take 2"_s, QueryApi::Workspace);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(page->model()->rowCount(), 2);
    // Destroyed while a query runs: no answer reaches it.
    page->openQuery(u"SecurityAlert"_s, QueryApi::Workspace);
    QVERIFY(page->isRunning());
    w.reset();
    QTest::qWait(200);
}

void HuntingTest::retranslates()
{
    guitest::MarkingTranslator marking("wf::ui::HuntingPage");
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(child<QPushButton>("runButton")->text(), u"[Run]"_s);
    QCOMPARE(child<QPushButton>("exportButton")->text(), u"[Export CSV]"_s);
    QVERIFY(child<QComboBox>("timeRangeCombo")->currentText().startsWith(u'['));
    QVERIFY(child<QComboBox>("sourceCombo")->currentText().startsWith(u'['));
    QVERIFY(child<QPushButton>("samplesButton")->text().startsWith(u'['));
    QVERIFY(child<QLabel>("statusLabel")->text().startsWith(u'['));
    QVERIFY(child<QPlainTextEdit>("queryEditor")->placeholderText().startsWith(u'['));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(child<QPushButton>("runButton")->text(), u"Run"_s);
    QVERIFY(!child<QLabel>("statusLabel")->text().startsWith(u'['));
}

void HuntingTest::screenshots()
{
    // The pictures to look at: results, an error, light and dark.
    const QPalette dark = guitest::darkPalette();
    QVERIFY(runAndWait(kDfcQuery, QueryApi::Workspace));
    shoot(u"hunting.png"_s, QPalette());
    shoot(u"hunting-dark.png"_s, dark);
    // The grid's background follows the palette.
    const QImage shot = m_page->grab().toImage();
    QTableView *table = m_page->table();
    const QRect cell = table->visualRect(m_page->proxy()->index(3, 0));
    const QPoint at
        = table->viewport()->mapTo(m_page, cell.center() + QPoint(cell.width() / 2 - 3, 0));
    QVERIFY(QColor(shot.pixel(at)).lightness() < 100);
    QVERIFY(!runAndWait(u"SecurityAlert\n| where AlertSeverity = \"High\""_s, QueryApi::Workspace));
    shoot(u"hunting-error-dark.png"_s, dark);
    shoot(u"hunting-error.png"_s, QPalette());
    QVERIFY(
        runAndWait(u"SecurityAlert | where AlertName == \"no such alert\""_s, QueryApi::Workspace));
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(child<QLabel>("emptyLabel")->isVisible());
    QVERIFY(child<QLabel>("emptyLabel")->text().startsWith(u"No rows"_s));
    shoot(u"hunting-norows.png"_s, QPalette());
    // Advanced hunting: numbers right-aligned, a dynamic column as compact JSON; and the
    // page in a narrow window.
    const integration::SampleQuery xdr = *integration::sampleQuery(u"hunting-resources");
    QVERIFY(runAndWait(xdr.kql, xdr.api));
    shoot(u"hunting-xdr.png"_s, QPalette());
    m_page->setFixedSize(900, 560);
    shoot(u"hunting-narrow-dark.png"_s, dark);
    m_page->setFixedSize(kPageSize);
    m_page->setPalette(QPalette());
}

QTEST_MAIN(HuntingTest)
#include "tst_hunting.moc"
