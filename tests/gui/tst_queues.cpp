// The incident and alert queue pages against the real watchfloor-server, in-process on a
// loopback port: filters and search against a brute-force check, keyboard triage, saved
// views, columns, the detail pane, tags/comments and the failure report, the cursor across a
// live refresh, CSV export, the dark palette (writes queue-dark.png to look at), retranslation,
// QAbstractItemModelTester on both models, and a bulk resolve of 500 incidents.
#include "csvreader.h"
#include "demosession.h"
#include "item/entityindex.h"
#include "item/queuemodel.h"
#include "markingtranslator.h"
#include "palettes.h"
#include "queue/csvexport.h"
#include "queue/edittracker.h"
#include "queue/filterpanel.h"
#include "queue/managepane.h"
#include "queue/queuepagecore.h"
#include "queue/queuestyle.h"
#include "queue/queuetableview.h"
#include "serverhost.h"
#include "session/session.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTranslator>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace wf;
using ui::queue::FilterPanel;
using ui::queue::ManagePane;
using ui::queue::QueuePageCore;
using ui::queue::SavedView;

namespace {

constexpr int kSyncTimeoutMs = 120000;
const QSize kPageSize(1400, 900);
constexpr qint64 kDayMs = 24 * 3600 * 1000;

Timestamp demoEnd()
{
    Timestamp t;
    Timestamp::parse(u"2026-11-20T00:00:00Z", &t);
    return t;
}

QSet<QString> toSet(const QStringList &l)
{
    return QSet<QString>(l.begin(), l.end());
}

// The strings the queue's search promises to look in besides the item's own name and id:
// tags, alert titles and the evidence's asset names, resource ids, IPs and accounts (read
// from the cached JSON, not from the store the models filter).
QStringList searchableOfAlert(const QJsonObject &a)
{
    QStringList out {a.value(u"title"_s).toString()};
    for (const QJsonValue &t : a.value(u"systemTags"_s).toArray())
        out << t.toString();
    for (const QJsonValue &v : a.value(u"evidence"_s).toArray()) {
        const QJsonObject e = v.toObject();
        for (const char *key : {"resourceName", "resourceId", "amazonResourceId",
                 "fullResourceName", "hostName", "ipAddress", "upn", "url"})
            out << e.value(QLatin1StringView(key)).toString();
        out << e.value(u"vmMetadata"_s).toObject().value(u"resourceId"_s).toString();
        const QJsonObject ua = e.value(u"userAccount"_s).toObject();
        out << ua.value(u"userPrincipalName"_s).toString() << ua.value(u"accountName"_s).toString();
        const QJsonObject fd = e.value(u"fileDetails"_s).toObject();
        out << fd.value(u"fileName"_s).toString() << fd.value(u"sha256"_s).toString();
    }
    out.removeAll(QString());
    return out;
}

bool anyContains(const QStringList &haystack, const QString &needle)
{
    for (const QString &s : haystack) {
        if (s.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

class QueueTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void modelsUnderTester();
    void defaultView();
    void incidentFiltersMatchBruteForce();
    void incidentSearchMatchesBruteForce();
    void alertFiltersAndSearchMatchBruteForce();
    void countsDrillDown();
    void savedViewsAndDefault();
    void columnsPersist();
    void keyboardMovesAndMarks();
    void keyboardFocusKeys();
    void keyboardAssignAndProgress();
    void tagsAndCommentOnMarkedRows();
    void failureReport();
    void alertDetailAndOpenIncident();
    void selectIncidentWidensFilter();
    void cursorSurvivesLiveRefresh();
    void csvExport();
    void darkPalette();
    void retranslates();
    void bulkResolveAllMatching();
    void embeddedScope();

private:
    void showAll(QueuePageCore *page);
    QSet<QString> expectedIncidents(const std::function<bool(int)> &row) const;
    QSet<QString> expectedAlerts(const std::function<bool(int)> &row) const;
    QSet<QString> incidentsMatchingSearch(const QString &needle) const;
    QSet<QString> alertsMatchingSearch(const QString &needle) const;
    QJsonObject serverItem(const QString &path);
    void typeSearch(QueuePageCore *page, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    std::unique_ptr<session::Session> m_session;
    QueuePageCore *m_incidents = nullptr;
    QueuePageCore *m_alerts = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_incidentTester, m_alertTester;
    qint64 m_now = 0;
    QString m_me;
};

// ---- set-up

void QueueTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    testsupport::isolateSettings(m_dir.path(), u"tst_queues"_s);

    server::ServerConfig config;
    config.dbPath = m_dir.filePath(u"tenant.sqlite"_s);
    config.port = 0;
    config.demo = true;
    // Three days of history and a short correlation window: incidents older than two days
    // are mostly resolved by the demo's analysts, and this leaves well over 500 open ones
    // for the bulk test.
    config.demoOptions.alerts = 3000;
    config.demoOptions.days = 3;
    config.correlationWindowSecs = 900;
    config.demoOptions.end = demoEnd();
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(config, &error), qPrintable(error));
    m_info = m_host->info();
    m_now = demoEnd().toMSecs();

    m_session = testsupport::demoSession(m_info, u"analyst"_s, m_dir.filePath(u"cache"_s));
    QVERIFY(m_session);
    m_me = m_session->profile().username;
    QVERIFY2(m_session->start(&error, 0), qPrintable(error));

    // The pages exist before the first page of data arrives: the testers see every reset
    // and layout change of the first sync.
    m_incidents
        = static_cast<QueuePageCore *>(ui::createIncidentQueuePage(m_session.get(), nullptr));
    m_alerts = static_cast<QueuePageCore *>(ui::createAlertQueuePage(m_session.get(), nullptr));
    QVERIFY(qobject_cast<ui::QueuePage *>(m_incidents));
    m_incidentTester = std::make_unique<QAbstractItemModelTester>(
        m_incidents->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_alertTester = std::make_unique<QAbstractItemModelTester>(
        m_alerts->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (QueuePageCore *page : {m_incidents, m_alerts}) {
        page->setClock([this] { return m_now; });
        page->applyDefaultView();
        page->setFixedSize(kPageSize);
        page->show();
    }
    QVERIFY(QTest::qWaitForWindowExposed(m_incidents));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->sync()->isStale()
            && m_session->sync()->state() == store::SyncService::State::Idle,
        kSyncTimeoutMs);
    QCOMPARE(m_session->store()->incidents().size(), m_info.incidents);
    QCOMPARE(m_session->store()->alerts().size(), m_info.alerts);
    qInfo("tenant: %lld incidents, %lld alerts", m_info.incidents, m_info.alerts);
}

void QueueTest::cleanupTestCase()
{
    m_incidentTester.reset();
    m_alertTester.reset();
    delete m_incidents;
    delete m_alerts;
    m_session.reset();
    m_host.reset();
}

// ---- helpers

void QueueTest::showAll(QueuePageCore *page)
{
    SavedView all;
    all.rangeDays = 0;
    all.sortColumn = page->kind() == QueuePageCore::Kind::Incidents
        ? int(item::IncidentTableModel::LastUpdate)
        : int(item::AlertTableModel::LastUpdate);
    all.sortOrder = Qt::DescendingOrder;
    page->setView(all);
}

QSet<QString> QueueTest::expectedIncidents(const std::function<bool(int)> &row) const
{
    QSet<QString> out;
    const store::IncidentTable &t = m_session->store()->incidents();
    for (int r = 0; r < t.size(); ++r) {
        if (row(r))
            out.insert(QString::number(t.id[r]));
    }
    return out;
}

QSet<QString> QueueTest::expectedAlerts(const std::function<bool(int)> &row) const
{
    QSet<QString> out;
    const store::AlertTable &t = m_session->store()->alerts();
    for (int r = 0; r < t.size(); ++r) {
        if (row(r))
            out.insert(t.id[r]);
    }
    return out;
}

QSet<QString> QueueTest::alertsMatchingSearch(const QString &needle) const
{
    QSet<QString> out;
    const store::AlertTable &t = m_session->store()->alerts();
    for (int r = 0; r < t.size(); ++r) {
        const auto json = m_session->alertJson(t.id[r]);
        if (json
            && (anyContains(searchableOfAlert(*json), needle)
                || t.id[r].contains(needle, Qt::CaseInsensitive)
                || json->value(u"incidentId"_s).toString().contains(needle)))
            out.insert(t.id[r]);
    }
    return out;
}

QSet<QString> QueueTest::incidentsMatchingSearch(const QString &needle) const
{
    QSet<QString> out;
    const store::IncidentTable &t = m_session->store()->incidents();
    for (int r = 0; r < t.size(); ++r) {
        const QString id = QString::number(t.id[r]);
        const auto json = m_session->incidentJson(id);
        if (!json)
            continue; // the caller compares with the view, which would then differ
        QStringList hay {json->value(u"displayName"_s).toString(), id};
        for (const QJsonValue &tag : json->value(u"customTags"_s).toArray())
            hay << tag.toString();
        for (const QJsonValue &tag : json->value(u"systemTags"_s).toArray())
            hay << tag.toString();
        bool hit = anyContains(hay, needle);
        for (const QJsonObject &a : m_session->alertsOfIncidentJson(id)) {
            if (hit)
                break;
            // An incident is also found by the ids of its alerts.
            hit = anyContains(searchableOfAlert(a), needle)
                || a.value(u"id"_s).toString().contains(needle, Qt::CaseInsensitive);
        }
        if (hit)
            out.insert(id);
    }
    return out;
}

QJsonObject QueueTest::serverItem(const QString &path)
{
    QJsonObject out;
    bool done = false;
    net::RestCall *call = m_session->graph()->get(path);
    connect(call, &net::RestCall::finished, this, [&](const net::RestResult &r) {
        out = QJsonDocument::fromJson(r.body).object();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return {};
    return out;
}

void QueueTest::typeSearch(QueuePageCore *page, const QString &text)
{
    auto *box = page->findChild<QLineEdit *>(u"searchBox"_s);
    QVERIFY(box);
    box->clear();
    QTest::keyClicks(box, text);
    // Debounced: the filter follows shortly after the last key.
    QTRY_COMPARE(page->model()->filter().search, text.trimmed());
}

// ---- tests

void QueueTest::modelsUnderTester()
{
    // The testers have watched the first sync; now every sort, in both orders.
    for (QueuePageCore *page : {m_incidents, m_alerts}) {
        showAll(page);
        item::QueueModel *model = page->model();
        QVERIFY(model->rowCount() > 100);
        for (int c = 0; c < model->columnCount(); ++c) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                page->table()->sortByColumn(c, order);
                QCOMPARE(model->sortColumn(), c);
                QCOMPARE(model->sortOrder(), order);
            }
        }
        // Numeric and time columns come out in order of their raw value.
        const int column = page->kind() == QueuePageCore::Kind::Incidents
            ? int(item::IncidentTableModel::LastActivity)
            : int(item::AlertTableModel::FirstActivity);
        page->table()->sortByColumn(column, Qt::AscendingOrder);
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->index(r - 1, column).data(item::SortRole).toLongLong()
                <= model->index(r, column).data(item::SortRole).toLongLong());
    }
}

void QueueTest::defaultView()
{
    m_incidents->applyDefaultView();
    const item::QueueFilter &f = m_incidents->model()->filter();
    QCOMPARE(
        f.statuses, (QSet<int> {int(IncidentStatus::active), int(IncidentStatus::inProgress)}));
    QCOMPARE(f.fromMs, m_now - 30 * kDayMs);
    QCOMPARE(m_incidents->model()->sortColumn(), int(item::IncidentTableModel::LastUpdate));
    QCOMPARE(m_incidents->model()->sortOrder(), Qt::DescendingOrder);
    const store::IncidentTable &t = m_session->store()->incidents();
    const QSet<QString> expected = expectedIncidents([&](int r) {
        return (t.status[r] == int(IncidentStatus::active)
                   || t.status[r] == int(IncidentStatus::inProgress))
            && t.lastUpdate[r] >= m_now - 30 * kDayMs;
    });
    QVERIFY(expected.size() > 20);
    const QStringList ids = m_incidents->model()->ids();
    QCOMPARE(toSet(ids), expected);
    for (int r = 1; r < ids.size(); ++r)
        QVERIFY(t.lastUpdate[t.rowOf(ids[r - 1].toLongLong())]
            >= t.lastUpdate[t.rowOf(ids[r].toLongLong())]);

    // The counts above the table say the same.
    int active = 0, inProgress = 0, high = 0;
    for (const QString &id : ids) {
        const int r = t.rowOf(id.toLongLong());
        active += t.status[r] == int(IncidentStatus::active);
        inProgress += t.status[r] == int(IncidentStatus::inProgress);
        high += t.severity[r] == int(AlertSeverity::high);
    }
    QTRY_VERIFY(m_incidents->findChild<QLabel *>(u"countsLabel"_s)
                    ->text()
                    .contains(u">Active %1<"_s.arg(active)));
    const QString counts = m_incidents->findChild<QLabel *>(u"countsLabel"_s)->text();
    QVERIFY2(counts.contains(u">In progress %1<"_s.arg(inProgress)), qPrintable(counts));
    if (high)
        QVERIFY2(counts.contains(u">High %1<"_s.arg(high)), qPrintable(counts));
    QCOMPARE(m_incidents->findChild<QLabel *>(u"totalLabel"_s)->text().section(u' ', 0, 0),
        QString::number(ids.size()));
}

void QueueTest::incidentFiltersMatchBruteForce()
{
    const store::IncidentTable &t = m_session->store()->incidents();
    const store::StringPool &pool = m_session->store()->pool();
    FilterPanel *panel = m_incidents->filterPanel();
    showAll(m_incidents);
    QCOMPARE(m_incidents->model()->rowCount(), t.size());

    // Cloud provider through the panel's own list: AWS.
    auto check = [&](FilterPanel::Facet facet, const QString &label) {
        panel->refreshFacet(facet);
        QListWidget *list = panel->facetList(facet);
        const auto found = list->findItems(label, Qt::MatchExactly);
        QVERIFY2(found.size() == 1, qPrintable(label));
        found.first()->setCheckState(Qt::Checked);
    };
    check(FilterPanel::Cloud, u"AWS"_s);
    QSet<QString> expected
        = expectedIncidents([&](int r) { return t.clouds[r] & store::CloudAws; });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(toSet(m_incidents->model()->ids()), expected);
    QVERIFY(m_incidents->findChild<QToolButton *>(u"cloudFacet"_s)->text().contains(u"AWS"_s));

    // + GCP: either cloud.
    check(FilterPanel::Cloud, u"GCP"_s);
    expected = expectedIncidents(
        [&](int r) { return t.clouds[r] & (store::CloudAws | store::CloudGcp); });
    QCOMPARE(toSet(m_incidents->model()->ids()), expected);

    // Subscription: the first one the panel lists, together with the clouds.
    panel->refreshFacet(FilterPanel::Subscription);
    QListWidget *subs = panel->facetList(FilterPanel::Subscription);
    QVERIFY(subs->count() >= 2);
    const QString subscription = subs->item(1)->text();
    subs->item(1)->setCheckState(Qt::Checked);
    const int subId = pool.find(subscription);
    QVERIFY(subId > 0);
    expected = expectedIncidents([&](int r) {
        return (t.clouds[r] & (store::CloudAws | store::CloudGcp))
            && t.subscriptions.get(r).contains(subId);
    });
    QCOMPARE(toSet(m_incidents->model()->ids()), expected);

    // Severity + status + last 7 days, set as a whole view.
    SavedView v;
    v.filter.severities = {int(AlertSeverity::high), int(AlertSeverity::medium)};
    v.filter.statuses = {int(IncidentStatus::resolved)};
    v.rangeDays = 2;
    m_incidents->setView(v);
    expected = expectedIncidents([&](int r) {
        return (t.severity[r] == int(AlertSeverity::high)
                   || t.severity[r] == int(AlertSeverity::medium))
            && t.status[r] == int(IncidentStatus::resolved)
            && t.lastUpdate[r] >= m_now - 2 * kDayMs;
    });
    QCOMPARE(toSet(m_incidents->model()->ids()), expected);

    // Unassigned, through the panel ("" is listed as Unassigned).
    showAll(m_incidents);
    check(FilterPanel::AssignedTo, u"Unassigned"_s);
    expected = expectedIncidents([&](int r) { return t.assignedTo[r] == 0; });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(toSet(m_incidents->model()->ids()), expected);

    // Clear filters gives everything back.
    QTest::mouseClick(
        m_incidents->findChild<QPushButton *>(u"clearFiltersButton"_s), Qt::LeftButton);
    QCOMPARE(m_incidents->model()->rowCount(), t.size());
}

void QueueTest::incidentSearchMatchesBruteForce()
{
    showAll(m_incidents);
    const store::AlertTable &at = m_session->store()->alerts();
    const store::StringPool &pool = m_session->store()->pool();
    // A cloud resource id of each kind the estate has (ARM id, AWS ARN, GCP full name),
    // and a resource name.
    QString armId, arn, gcpName, assetName;
    for (int r = 0; r < at.size() && (armId.isEmpty() || arn.isEmpty() || gcpName.isEmpty()); ++r) {
        const auto json = m_session->alertJson(at.id[r]);
        for (const QJsonValue &v : json->value(u"evidence"_s).toArray()) {
            const QJsonObject e = v.toObject();
            if (armId.isEmpty()
                && e.value(u"resourceId"_s).toString().startsWith(u"/subscriptions/"))
                armId = e.value(u"resourceId"_s).toString();
            if (arn.isEmpty() && !e.value(u"amazonResourceId"_s).toString().isEmpty())
                arn = e.value(u"amazonResourceId"_s).toString();
            if (gcpName.isEmpty() && !e.value(u"fullResourceName"_s).toString().isEmpty())
                gcpName = e.value(u"fullResourceName"_s).toString();
        }
    }
    for (int r = 0; r < at.size() && assetName.isEmpty(); ++r) {
        const QList<int> assets = at.assets.get(r);
        if (!assets.isEmpty() && pool.at(assets.first()).size() > 6)
            assetName = pool.at(assets.first());
    }
    QVERIFY2(!armId.isEmpty() && !arn.isEmpty() && !gcpName.isEmpty() && !assetName.isEmpty(),
        "the demo estate has Azure, AWS and GCP resources");
    for (const QString &needle :
        {armId, arn, gcpName, assetName, assetName.toUpper().left(assetName.size() - 2)}) {
        typeSearch(m_incidents, needle);
        const QSet<QString> expected = incidentsMatchingSearch(needle);
        QVERIFY2(!expected.isEmpty(), qPrintable(needle));
        QCOMPARE(toSet(m_incidents->model()->ids()), expected);
    }
    // An incident id finds that incident.
    const QString someId = QString::number(m_session->store()->incidents().id[7]);
    typeSearch(m_incidents, someId);
    QVERIFY(m_incidents->model()->ids().contains(someId));
    QCOMPARE(toSet(m_incidents->model()->ids()), incidentsMatchingSearch(someId));
    // Nothing matches: the empty state says so and offers a way out.
    typeSearch(m_incidents, u"no-such-thing-anywhere"_s);
    QCOMPARE(m_incidents->model()->rowCount(), 0);
    auto *empty = m_incidents->findChild<QLabel *>(u"emptyLabel"_s);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"No incidents match"_s));
    Q_EMIT empty->linkActivated(u"clear"_s);
    QCOMPARE(m_incidents->model()->rowCount(), m_session->store()->incidents().size());
    QTRY_VERIFY(!empty->isVisible());
}

void QueueTest::alertFiltersAndSearchMatchBruteForce()
{
    const store::AlertTable &t = m_session->store()->alerts();
    const store::StringPool &pool = m_session->store()->pool();
    FilterPanel *panel = m_alerts->filterPanel();
    showAll(m_alerts);
    QCOMPARE(m_alerts->model()->rowCount(), t.size());

    panel->refreshFacet(FilterPanel::Cloud);
    panel->facetList(FilterPanel::Cloud)
        ->findItems(u"GCP"_s, Qt::MatchExactly)
        .first()
        ->setCheckState(Qt::Checked);
    QSet<QString> expected = expectedAlerts([&](int r) { return t.clouds[r] & store::CloudGcp; });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(toSet(m_alerts->model()->ids()), expected);

    // A GCP project as the subscription.
    const int row = m_session->store()->alerts().rowOf(*expected.begin());
    const QString project = pool.at(t.subscription[row]);
    panel->refreshFacet(FilterPanel::Subscription);
    const auto items
        = panel->facetList(FilterPanel::Subscription)->findItems(project, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    items.first()->setCheckState(Qt::Checked);
    expected = expectedAlerts([&](int r) {
        return (t.clouds[r] & store::CloudGcp) && pool.at(t.subscription[r]) == project;
    });
    QCOMPARE(toSet(m_alerts->model()->ids()), expected);

    // Status, severity, detection source.
    SavedView v;
    v.rangeDays = 0;
    v.filter.statuses = {int(AlertStatus::new_)};
    v.filter.severities = {int(AlertSeverity::high)};
    v.filter.detectionSources = {int(t.detectionSource[0])};
    m_alerts->setView(v);
    expected = expectedAlerts([&](int r) {
        return t.status[r] == int(AlertStatus::new_) && t.severity[r] == int(AlertSeverity::high)
            && t.detectionSource[r] == t.detectionSource[0];
    });
    QCOMPARE(toSet(m_alerts->model()->ids()), expected);

    // Search by a resource id found only in the evidence.
    showAll(m_alerts);
    const auto json = m_session->alertJson(t.id[t.size() / 2]);
    QString resourceId;
    for (const QJsonValue &e : json->value(u"evidence"_s).toArray()) {
        const QJsonObject o = e.toObject();
        for (const char *key : {"resourceId", "amazonResourceId", "fullResourceName"}) {
            if (resourceId.isEmpty())
                resourceId = o.value(QLatin1StringView(key)).toString();
        }
    }
    QVERIFY(!resourceId.isEmpty());
    typeSearch(m_alerts, resourceId);
    expected = alertsMatchingSearch(resourceId);
    QVERIFY(expected.contains(t.id[t.size() / 2]));
    QCOMPARE(toSet(m_alerts->model()->ids()), expected);
    m_alerts->applyDefaultView();
}

void QueueTest::countsDrillDown()
{
    m_incidents->applyDefaultView();
    auto *counts = m_incidents->findChild<QLabel *>(u"countsLabel"_s);
    const QSet<int> before = m_incidents->model()->filter().statuses;
    Q_EMIT counts->linkActivated(u"status:%1"_s.arg(int(IncidentStatus::inProgress)));
    QCOMPARE(m_incidents->model()->filter().statuses, QSet<int> {int(IncidentStatus::inProgress)});
    const store::IncidentTable &t = m_session->store()->incidents();
    for (const QString &id : m_incidents->model()->ids())
        QCOMPARE(int(t.status[t.rowOf(id.toLongLong())]), int(IncidentStatus::inProgress));
    // Clicking again goes back to what was there.
    Q_EMIT counts->linkActivated(u"status:%1"_s.arg(int(IncidentStatus::inProgress)));
    QCOMPARE(m_incidents->model()->filter().statuses, before);
    Q_EMIT counts->linkActivated(u"severity:%1"_s.arg(int(AlertSeverity::high)));
    QCOMPARE(m_incidents->model()->filter().severities, QSet<int> {int(AlertSeverity::high)});
    QCOMPARE(m_incidents->model()->filter().statuses, before);
    m_incidents->applyDefaultView();
}

void QueueTest::savedViewsAndDefault()
{
    SavedView v;
    v.filter.severities = {int(AlertSeverity::high)};
    v.filter.clouds = store::CloudAws;
    v.filter.search = u"vm"_s;
    v.rangeDays = 7;
    v.sortColumn = int(item::IncidentTableModel::Severity);
    v.sortOrder = Qt::AscendingOrder;
    m_incidents->setView(v);
    QCOMPARE(m_incidents->model()->filter().search, u"vm"_s);
    QCOMPARE(m_incidents->model()->sortColumn(), int(item::IncidentTableModel::Severity));

    // Through the Views menu, with the name prompt answered by the seam.
    m_incidents->setTextPrompt([](const QString &, const QString &) { return u"AWS high"_s; });
    auto *menu = m_incidents->findChild<QMenu *>(u"viewsMenu"_s);
    Q_EMIT menu->aboutToShow();
    menu->findChild<QAction *>(u"saveViewAction"_s)->trigger();
    QCOMPARE(m_incidents->namedViews(), QStringList {u"AWS high"_s});

    m_incidents->applyDefaultView();
    QVERIFY(m_incidents->model()->filter().search.isEmpty());
    QVERIFY(m_incidents->applyNamedView(u"AWS high"_s));
    const SavedView back = m_incidents->currentView();
    QCOMPARE(back.filter.severities, v.filter.severities);
    QCOMPARE(back.filter.clouds, v.filter.clouds);
    QCOMPARE(back.filter.search, v.filter.search);
    QCOMPARE(back.rangeDays, 7);
    QCOMPARE(back.filter.fromMs, m_now - 7 * kDayMs);
    QCOMPARE(back.sortColumn, v.sortColumn);
    QCOMPARE(back.sortOrder, v.sortOrder);

    // The per-user default: a new page opens with it.
    m_incidents->setCurrentViewAsDefault();
    {
        std::unique_ptr<QueuePageCore> other(
            static_cast<QueuePageCore *>(ui::createIncidentQueuePage(m_session.get(), nullptr)));
        other->setClock([this] { return m_now; });
        other->applyDefaultView();
        QCOMPARE(other->model()->filter(), m_incidents->model()->filter());
        QCOMPARE(other->model()->sortColumn(), int(item::IncidentTableModel::Severity));
    }
    m_incidents->resetDefaultView();
    QCOMPARE(m_incidents->model()->filter(), item::QueueFilter::defaultIncidents(m_now));
    m_incidents->deleteNamedView(u"AWS high"_s);
    QVERIFY(m_incidents->namedViews().isEmpty());
}

void QueueTest::columnsPersist()
{
    QHeaderView *h = m_alerts->table()->horizontalHeader();
    const int sub = item::AlertTableModel::Subscription;
    QVERIFY(!h->isSectionHidden(sub));
    std::unique_ptr<QMenu> menu(m_alerts->createColumnMenu(nullptr));
    QAction *subAction = menu->findChild<QAction *>(u"column%1Action"_s.arg(sub));
    QVERIFY(subAction && subAction->isChecked());
    subAction->toggle();
    QVERIFY(h->isSectionHidden(sub));
    QAction *idAction
        = menu->findChild<QAction *>(u"column%1Action"_s.arg(int(item::AlertTableModel::Id)));
    QVERIFY(!idAction->isChecked());
    idAction->toggle();
    QVERIFY(!h->isSectionHidden(item::AlertTableModel::Id));
    h->moveSection(h->visualIndex(item::AlertTableModel::Status), 0);
    h->resizeSection(item::AlertTableModel::Title, 333);
    // Saved shortly after the change; a new page (another session later) comes back the same.
    const QByteArray before = QSettings().value(u"queue/alerts/header"_s).toByteArray();
    QTRY_VERIFY(QSettings().value(u"queue/alerts/header"_s).toByteArray() != before);
    std::unique_ptr<QueuePageCore> other(
        static_cast<QueuePageCore *>(ui::createAlertQueuePage(m_session.get(), nullptr)));
    QHeaderView *oh = other->table()->horizontalHeader();
    QVERIFY(oh->isSectionHidden(sub));
    QVERIFY(!oh->isSectionHidden(item::AlertTableModel::Id));
    QCOMPARE(oh->logicalIndex(0), int(item::AlertTableModel::Status));
    QCOMPARE(oh->sectionSize(item::AlertTableModel::Title), 333);
    m_alerts->resetColumns();
    QVERIFY(!h->isSectionHidden(sub));
}

void QueueTest::keyboardMovesAndMarks()
{
    showAll(m_incidents);
    item::QueueModel *model = m_incidents->model();
    QTableView *table = m_incidents->table();
    QVERIFY(model->rowCount() > 20);
    table->setFocus();
    QVERIFY(m_incidents->selectId(model->idAt(0)));
    auto selectedRows = [&] {
        QList<int> rows;
        for (const QModelIndex &i : table->selectionModel()->selectedRows())
            rows << i.row();
        std::sort(rows.begin(), rows.end());
        return rows;
    };
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(
        selectedRows(), QList<int> {2}); // the selection follows the cursor until rows are marked
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), 1);

    // x marks, the cursor moves on without unmarking, x again marks another.
    QTest::keyClick(table, Qt::Key_X);
    QVERIFY(m_incidents->isMarking());
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 3);
    QCOMPARE(selectedRows(), QList<int> {1});
    QTest::keyClick(table, Qt::Key_X);
    QCOMPARE(selectedRows(), (QList<int> {1, 3}));
    // Shift+j extends.
    QTest::keyClick(table, Qt::Key_J, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_J, Qt::ShiftModifier);
    QCOMPARE(table->currentIndex().row(), 5);
    QCOMPARE(selectedRows(), (QList<int> {1, 3, 4, 5}));
    QCOMPARE(m_incidents->targetIds(),
        (QStringList {model->idAt(1), model->idAt(3), model->idAt(4), model->idAt(5)}));
    // x on a marked row unmarks it.
    QTest::keyClick(table, Qt::Key_K);
    QTest::keyClick(table, Qt::Key_X);
    QCOMPARE(selectedRows(), (QList<int> {1, 3, 5}));
    // The manage pane offers the marked rows.
    auto *scope = m_incidents->findChild<QComboBox *>(u"scopeCombo"_s);
    QCOMPARE(ManagePane::Scope(scope->currentData().toInt()), ManagePane::Scope::Selected);
    QVERIFY(m_incidents->findChild<QPushButton *>(u"applyButton"_s)->text().contains(u"3"_s));
    // Esc: back to a single cursor row.
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!m_incidents->isMarking());
    QCOMPARE(selectedRows(), QList<int> {4});
    QCOMPARE(ManagePane::Scope(scope->currentData().toInt()), ManagePane::Scope::Current);

    // Enter opens the current incident (its details are on the right already).
    QSignalSpy activated(m_incidents, &ui::QueuePage::incidentActivated);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), model->idAt(4).toLongLong());
    auto *detail = m_incidents->findChild<QTextBrowser *>(u"detailView"_s);
    QTRY_VERIFY(detail->toPlainText().contains(u"Incident %1"_s.arg(model->idAt(4))));
    QVERIFY(detail->toPlainText().contains(u"Alerts ("_s));
}

void QueueTest::keyboardFocusKeys()
{
    m_incidents->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_incidents));
    QTableView *table = m_incidents->table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Slash);
    QTRY_VERIFY(m_incidents->findChild<QLineEdit *>(u"searchBox"_s)->hasFocus());
    QTest::keyClick(m_incidents->findChild<QLineEdit *>(u"searchBox"_s), Qt::Key_Escape);
    QTRY_VERIFY(table->hasFocus());

    // r: status Resolved prefilled, the focus in the reason field (nothing sent yet).
    const int pending = m_session->edits()->pendingCount();
    QTest::keyClick(table, Qt::Key_R);
    auto *comment = m_incidents->findChild<QLineEdit *>(u"commentEdit"_s);
    QTRY_VERIFY(comment->hasFocus());
    QCOMPARE(m_incidents->findChild<QComboBox *>(u"statusCombo"_s)->currentData().toString(),
        u"resolved"_s);
    QCOMPARE(m_session->edits()->pendingCount(), pending);
    QTest::keyClick(comment, Qt::Key_Escape);
    QTRY_VERIFY(table->hasFocus());
    m_incidents->managePane()->resetFields();

    // c: the classification.
    QTest::keyClick(table, Qt::Key_C);
    QTRY_VERIFY(m_incidents->findChild<QComboBox *>(u"classificationCombo"_s)->hasFocus());
    QTest::keyClick(m_incidents->findChild<QComboBox *>(u"classificationCombo"_s), Qt::Key_Escape);
    QTRY_VERIFY(table->hasFocus());

    // ?: every shortcut, in a window that does not block.
    QTest::keyClick(table, Qt::Key_Question, Qt::ShiftModifier);
    QDialog *help = m_incidents->shortcutsDialog();
    QTRY_VERIFY(help->isVisible());
    QVERIFY(!help->isModal());
    auto *list = help->findChild<QTableWidget *>(u"shortcutsTable"_s);
    QVERIFY(list->rowCount() >= 15);
    help->hide();
}

void QueueTest::keyboardAssignAndProgress()
{
    m_incidents->applyDefaultView();
    item::QueueModel *model = m_incidents->model();
    QTableView *table = m_incidents->table();
    const store::IncidentTable &t = m_session->store()->incidents();
    // An unassigned incident that is active.
    QString id;
    for (const QString &candidate : model->ids()) {
        const int r = t.rowOf(candidate.toLongLong());
        if (t.assignedTo[r] == 0 && t.status[r] == int(IncidentStatus::active)) {
            id = candidate;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    table->setFocus();
    QVERIFY(m_incidents->selectId(id));
    QTest::keyClick(table, Qt::Key_A);
    QTest::keyClick(table, Qt::Key_P);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->edits()->pendingCount(), 0, 30000);
    for (const store::PendingEdit &e : m_session->edits()->failedEdits())
        qWarning("failed edit %s: %s", qPrintable(e.targetId), qPrintable(e.error));
    const int r = t.rowOf(id.toLongLong());
    QCOMPARE(m_session->store()->pool().at(t.assignedTo[r]), m_me);
    QCOMPARE(int(t.status[r]), int(IncidentStatus::inProgress));
    const QJsonObject server = serverItem(u"security/incidents/"_s + id);
    QCOMPARE(server.value(u"assignedTo"_s).toString(), m_me);
    QCOMPARE(server.value(u"status"_s).toString(), u"inProgress"_s);
    // The cursor is still on it (it stays in the default view).
    QCOMPARE(m_incidents->currentId(), id);
}

void QueueTest::tagsAndCommentOnMarkedRows()
{
    m_incidents->applyDefaultView();
    item::QueueModel *model = m_incidents->model();
    QTableView *table = m_incidents->table();
    table->setFocus();
    QVERIFY(m_incidents->selectId(model->idAt(5)));
    QTest::keyClick(table, Qt::Key_X);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_X);
    const QStringList ids = m_incidents->selectedIds();
    QCOMPARE(ids, (QStringList {model->idAt(5), model->idAt(7)}));
    QMap<QString, QJsonArray> tagsBefore;
    for (const QString &id : ids)
        tagsBefore.insert(
            id, serverItem(u"security/incidents/"_s + id).value(u"customTags"_s).toArray());

    // t: the tags field; n: the comment field; Enter applies both to the marked rows.
    QTest::keyClick(table, Qt::Key_T);
    auto *tags = m_incidents->findChild<QLineEdit *>(u"tagsEdit"_s);
    QTRY_VERIFY(tags->hasFocus() || !m_incidents->isActiveWindow());
    tags->setText(u"wf-reviewed, wf-cloud"_s);
    auto *comment = m_incidents->findChild<QLineEdit *>(u"commentEdit"_s);
    comment->setText(u"Checked by the queue test"_s);
    QTest::keyClick(comment, Qt::Key_Return);
    QVERIFY(comment->text().isEmpty()); // the form is cleared once applied
    QTRY_COMPARE_WITH_TIMEOUT(m_session->edits()->pendingCount(), 0, 30000);
    QVERIFY(m_session->edits()->failedEdits().isEmpty());
    for (const QString &id : ids) {
        const QJsonObject server = serverItem(u"security/incidents/"_s + id);
        const QJsonArray customTags = server.value(u"customTags"_s).toArray();
        for (const QJsonValue &old : tagsBefore.value(id))
            QVERIFY2(customTags.contains(old), "existing tags are kept");
        QVERIFY(customTags.contains(u"wf-reviewed"_s));
        QVERIFY(customTags.contains(u"wf-cloud"_s));
        bool commented = false;
        for (const QJsonValue &c : server.value(u"comments"_s).toArray())
            commented = commented
                || c.toObject().value(u"comment"_s).toString() == u"Checked by the queue test";
        QVERIFY(commented);
        // And the queue shows the tag (filterable too).
        const int row = m_incidents->viewRowOfId(id);
        QTRY_VERIFY(model->index(row, item::IncidentTableModel::Tags)
                        .data()
                        .toString()
                        .contains(u"wf-reviewed"_s));
    }
    SavedView tagged;
    tagged.rangeDays = 0;
    tagged.filter.tags = {u"wf-reviewed"_s};
    m_incidents->setView(tagged);
    QCOMPARE(toSet(model->ids()), toSet(ids));
    m_incidents->applyDefaultView();
}

void QueueTest::failureReport()
{
    // Merged (redirected) incidents refuse changes: each one is reported with the reason.
    const store::IncidentTable &t = m_session->store()->incidents();
    int redirected = 0;
    for (int r = 0; r < t.size(); ++r)
        redirected += t.status[r] == int(IncidentStatus::redirected);
    qInfo("redirected incidents: %d", redirected);
    if (redirected < 2)
        QSKIP("the demo tenant has no merged incidents");
    SavedView v;
    v.rangeDays = 0;
    v.filter.statuses = {int(IncidentStatus::redirected)};
    m_incidents->setView(v);
    QCOMPARE(m_incidents->model()->rowCount(), redirected);
    ManagePane::Request r;
    r.scope = ManagePane::Scope::AllMatching;
    r.patch.insert(u"assignedTo"_s, m_me);
    QCOMPARE(m_incidents->submit(m_incidents->model()->ids(), r), redirected);
    auto *list = m_incidents->findChild<QListWidget *>(u"failureList"_s);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), redirected, 30000);
    QVERIFY(list->item(0)->text().contains(u"merged"_s));
    QTRY_VERIFY(m_incidents->findChild<QFrame *>(u"failurePanel"_s)->isVisible());
    QVERIFY(m_incidents->findChild<QLabel *>(u"bulkLabel"_s)
                ->text()
                .contains(QString::number(redirected)));
    QTest::mouseClick(
        m_incidents->findChild<QPushButton *>(u"dismissBulkButton"_s), Qt::LeftButton);
    QVERIFY(!m_incidents->findChild<QFrame *>(u"failurePanel"_s)->isVisible());
    m_incidents->applyDefaultView();
}

void QueueTest::alertDetailAndOpenIncident()
{
    showAll(m_alerts);
    const store::AlertTable &t = m_session->store()->alerts();
    // An alert with cloud evidence and MITRE techniques.
    QString id;
    for (int r = 0; r < t.size() && id.isEmpty(); ++r) {
        if (!t.clouds[r] || !t.incident[r])
            continue;
        const auto json = m_session->alertJson(t.id[r]);
        if (!json->value(u"mitreTechniques"_s).toArray().isEmpty())
            id = t.id[r];
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(m_alerts->selectId(id));
    const auto json = *m_session->alertJson(id);
    auto *detail = m_alerts->findChild<QTextBrowser *>(u"detailView"_s);
    QTRY_VERIFY(detail->toPlainText().contains(json.value(u"title"_s).toString()));
    const QString text = detail->toPlainText();
    QVERIFY(text.contains(json.value(u"mitreTechniques"_s).toArray().first().toString()));
    QVERIFY(text.contains(u"Evidence ("_s));
    const QJsonObject ev = json.value(u"evidence"_s).toArray().first().toObject();
    const QString rid = !ev.value(u"resourceId"_s).toString().isEmpty()
        ? ev.value(u"resourceId"_s).toString()
        : !ev.value(u"amazonResourceId"_s).toString().isEmpty()
        ? ev.value(u"amazonResourceId"_s).toString()
        : ev.value(u"fullResourceName"_s).toString();
    if (!rid.isEmpty())
        QVERIFY2(text.contains(rid), qPrintable(rid));
    QVERIFY(text.contains(u"Azure"_s) || text.contains(u"AWS"_s) || text.contains(u"GCP"_s));

    const qint64 incident = json.value(u"incidentId"_s).toString().toLongLong();
    QSignalSpy open(m_alerts, &ui::QueuePage::openIncidentRequested);
    auto *button = m_alerts->findChild<QPushButton *>(u"openIncidentButton"_s);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), incident);
    m_alerts->table()->setFocus();
    QTest::keyClick(m_alerts->table(), Qt::Key_Return);
    QCOMPARE(open.size(), 2);

    // What the shell does with it: the incident page selects that incident.
    QVERIFY(m_incidents->selectIncident(incident));
    QCOMPARE(m_incidents->currentId(), QString::number(incident));
    const QString incidentText = m_incidents->findChild<QTextBrowser *>(u"detailView"_s)->toPlainText();
    QVERIFY(incidentText.contains(QString::number(incident)));
    // Its impacted assets are the incident page's (one definition): the count and each
    // name, resource type and full id.
    const QList<EntityInfo> impacted = item::impactedAssets(
        item::entitiesOf(item::decodeAlerts(m_session->alertsOfIncidentJson(QString::number(incident)))));
    QVERIFY(!impacted.isEmpty()); // the alert has cloud evidence
    QVERIFY2(incidentText.contains(u"Impacted assets (%1)"_s.arg(impacted.size())), qPrintable(incidentText));
    for (const EntityInfo &e : impacted) {
        QVERIFY2(incidentText.contains(e.name), qPrintable(e.name));
        QVERIFY2(incidentText.contains(e.resourceType), qPrintable(e.resourceType));
        QVERIFY2(incidentText.contains(e.resourceId), qPrintable(e.resourceId));
    }
    QVERIFY(!m_alerts->selectIncident(incident)); // not the alert page's business
}

void QueueTest::selectIncidentWidensFilter()
{
    m_incidents->applyDefaultView();
    const store::IncidentTable &t = m_session->store()->incidents();
    qint64 resolved = 0;
    for (int r = 0; r < t.size() && !resolved; ++r) {
        if (t.status[r] == int(IncidentStatus::resolved))
            resolved = t.id[r];
    }
    QVERIFY(resolved);
    QCOMPARE(m_incidents->viewRowOfId(QString::number(resolved)), -1);
    QVERIFY(m_incidents->selectIncident(resolved));
    QCOMPARE(m_incidents->currentId(), QString::number(resolved));
    auto *notice = m_incidents->findChild<QFrame *>(u"noticeBar"_s);
    QVERIFY(notice->isVisible());
    QTest::mouseClick(
        m_incidents->findChild<QPushButton *>(u"restoreFilterButton"_s), Qt::LeftButton);
    QCOMPARE(m_incidents->model()->filter(), item::QueueFilter::defaultIncidents(m_now));
    QVERIFY(!notice->isVisible());
    QVERIFY(!m_incidents->selectIncident(987654321)); // not in the store
}

void QueueTest::cursorSurvivesLiveRefresh()
{
    m_incidents->applyDefaultView();
    item::QueueModel *model = m_incidents->model();
    QueuePageCore *page = m_incidents;
    QTableView *table = page->table();
    QVERIFY2(model->rowCount() > 60, "enough rows to scroll");
    table->setFocus();
    // Cursor on row 40 in the middle of the viewport, rows 42 and 44 marked.
    QVERIFY(page->selectId(model->idAt(40)));
    table->scrollTo(model->index(40, 0), QAbstractItemView::PositionAtCenter);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_X);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_X);
    QTest::keyClick(table, Qt::Key_K);
    QTest::keyClick(table, Qt::Key_K);
    QTest::keyClick(table, Qt::Key_K);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 40);
    const QString current = page->currentId();
    const QStringList marked = page->selectedIds();
    QCOMPARE(marked, (QStringList {model->idAt(42), model->idAt(44)}));
    const int y = table->rowViewportPosition(40);
    QVERIFY(table->verticalScrollBar()->value() > 0);

    // Someone else resolves two incidents above the cursor; the next refresh drops them
    // from the view (a model reset).
    const QStringList gone {model->idAt(3), model->idAt(10)};
    for (const QString &id : gone) {
        bool done = false;
        net::RestCall *call = m_session->graph()->patch(
            u"security/incidents/"_s + id, {{u"status"_s, u"resolved"_s}});
        connect(call, &net::RestCall::finished, this, [&](const net::RestResult &r) {
            QVERIFY2(r.error.ok(), qPrintable(r.error.sentence()));
            done = true;
        });
        QTRY_VERIFY(done);
    }
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy synced(m_session->sync(), &store::SyncService::synced);
    m_session->sync()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() >= 1, 30000);
    QVERIFY(resets.size() >= 1);
    QCOMPARE(page->viewRowOfId(gone[0]), -1);
    QCOMPARE(page->viewRowOfId(gone[1]), -1);

    // Same incident under the cursor, same marks, and it has not moved on screen.
    QCOMPARE(page->currentId(), current);
    QCOMPARE(table->currentIndex().row(), 38);
    QCOMPARE(page->selectedIds(), marked);
    QCOMPARE(table->rowViewportPosition(table->currentIndex().row()), y);
    QVERIFY(page->isMarking());
    // The cursor keeps working from there.
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(page->currentId(), model->idAt(39));

    // The current incident itself leaves the view: the cursor goes to the one that took its
    // place, so triage moves on.
    QTest::keyClick(table, Qt::Key_Escape);
    const QString leaving = page->currentId();
    const int row = table->currentIndex().row();
    const QString next = model->idAt(row + 1);
    bool done = false;
    net::RestCall *call = m_session->graph()->patch(
        u"security/incidents/"_s + leaving, {{u"status"_s, u"resolved"_s}});
    connect(call, &net::RestCall::finished, this, [&](const net::RestResult &) { done = true; });
    QTRY_VERIFY(done);
    const int syncs = int(synced.size());
    m_session->sync()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() > syncs, 30000);
    QCOMPARE(page->currentId(), next);
    QCOMPARE(page->selectedIds(), QStringList {next});
}

void QueueTest::csvExport()
{
    m_alerts->applyDefaultView();
    m_alerts->filterPanel()->refreshFacet(FilterPanel::Cloud);
    m_alerts->filterPanel()
        ->facetList(FilterPanel::Cloud)
        ->findItems(u"AWS"_s, Qt::MatchExactly)
        .first()
        ->setCheckState(Qt::Checked);
    item::QueueModel *model = m_alerts->model();
    QVERIFY(model->rowCount() > 0);
    QHeaderView *h = m_alerts->table()->horizontalHeader();
    h->moveSection(h->visualIndex(item::AlertTableModel::Severity), 0);
    h->setSectionHidden(item::AlertTableModel::Status, true);
    const QList<int> columns = m_alerts->table()->visibleColumns();
    QCOMPARE(columns.first(), int(item::AlertTableModel::Severity));

    const QString path = m_dir.filePath(u"alerts.csv"_s);
    QString asked;
    m_alerts->setSavePathProvider([&](const QString &suggested) {
        asked = suggested;
        return path;
    });
    QSignalSpy status(m_alerts, &ui::QueuePage::statusMessage);
    QTest::mouseClick(m_alerts->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QVERIFY(asked.endsWith(u".csv"_s));
    QCOMPARE(status.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\r\n"));
    const QList<QStringList> rows = guitest::parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(rows.size(), model->rowCount() + 1);
    QStringList header;
    for (int c : columns)
        header << model->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(rows.first(), header);
    const int lastUpdate = int(columns.indexOf(item::AlertTableModel::LastUpdate));
    QVERIFY(lastUpdate >= 0);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QStringList &row = rows[r + 1];
        QCOMPARE(row.size(), columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            const QModelIndex index = model->index(r, columns[i]);
            if (i == lastUpdate) {
                QCOMPARE(QDateTime::fromString(row[i], Qt::ISODateWithMs).toMSecsSinceEpoch(),
                    index.data(item::SortRole).toLongLong());
            } else {
                QString expected = index.data().toString();
                if (expected.startsWith(u'=') || expected.startsWith(u'+')
                    || expected.startsWith(u'-') || expected.startsWith(u'@'))
                    expected.prepend(u'\'');
                QCOMPARE(row[i], expected);
            }
        }
        QVERIFY(row[columns.indexOf(item::AlertTableModel::ImpactedAssets)].startsWith(u"[AWS"_s));
    }
    QCOMPARE(ui::queue::csvField(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    QCOMPARE(ui::queue::csvField(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(ui::queue::csvField(u"plain"_s), u"plain"_s);
    m_alerts->resetColumns();
    m_alerts->applyDefaultView();
}

void QueueTest::darkPalette()
{
    const QPalette dark = guitest::darkPalette();
    const QPalette light = QApplication::palette();
    // Severity text stays readable on either base (WCAG AA for normal text).
    for (const QPalette &p : {light, dark}) {
        for (int s : {int(AlertSeverity::informational), int(AlertSeverity::low),
                 int(AlertSeverity::medium), int(AlertSeverity::high)}) {
            const double c = contrast(ui::queue::severityColor(s, p), p.color(QPalette::Base));
            QVERIFY2(c >= 4.5, qPrintable(u"severity %1: contrast %2"_s.arg(s).arg(c)));
        }
        QVERIFY(contrast(ui::queue::mutedText(p), p.color(QPalette::Base)) >= 3.0);
    }
    QVERIFY(ui::queue::isDarkPalette(dark));
    QVERIFY(!ui::queue::isDarkPalette(light));

    // A picture to look at: the incident page in the dark palette, a row marked as pending.
    m_incidents->applyDefaultView();
    m_incidents->setPalette(dark);
    QSet<QString> pending {m_incidents->model()->idAt(2), m_incidents->model()->idAt(3)};
    m_incidents->model()->setPending(pending);
    QVERIFY(m_incidents->model()->index(2, 0).data(item::PendingRole).toBool());
    QVERIFY(m_incidents->selectId(m_incidents->model()->idAt(0)));
    auto *detail = m_incidents->findChild<QTextBrowser *>(u"detailView"_s);
    QTRY_VERIFY(detail->toPlainText().contains(m_incidents->model()->idAt(0)));
    // The detail pane was rebuilt for the palette: its severity colour is the dark one.
    QTRY_VERIFY(detail->toHtml().contains(ui::queue::severityColor(
        m_incidents->model()->index(0, 0).data(item::SeverityRole).toInt(), dark)
                                              .name()));
    const QImage shot = m_incidents->grab().toImage();
    QVERIFY(shot.save(QDir::current().filePath(u"queue-dark.png"_s)));
    // The table background is dark.
    const QRect cell = m_incidents->table()->visualRect(m_incidents->model()->index(5, 0));
    const QPoint at = m_incidents->table()->viewport()->mapTo(
        m_incidents, cell.center() + QPoint(cell.width() / 2 - 4, 0));
    QVERIFY(QColor(shot.pixel(at)).lightness() < 100);
    m_incidents->model()->setPending({});
    m_incidents->setPalette(QPalette());
}

void QueueTest::retranslates()
{
    guitest::MarkingTranslator marking("wf::ui::queue::");
    QVERIFY(QCoreApplication::installTranslator(&marking));
    auto text = [](QWidget *w, const char *name) {
        auto *b = w->findChild<QAbstractButton *>(QLatin1StringView(name));
        return b ? b->text() : QString();
    };
    QTRY_COMPARE(text(m_incidents, "exportButton"), u"[Export CSV]"_s);
    QVERIFY(text(m_incidents, "statusFacet").startsWith(u"[%1: %2]"_s.left(1)));
    QVERIFY(text(m_alerts, "cloudFacet").startsWith(u"[Cloud]"_s));
    QVERIFY(text(m_incidents, "applyButton").startsWith(u"[Apply"_s));
    QVERIFY(text(m_alerts, "openIncidentButton").startsWith(u"[Open incident]"_s));
    QVERIFY(
        m_incidents->findChild<QComboBox *>(u"timeRangeCombo"_s)->currentText().startsWith(u'['));
    QVERIFY(
        m_incidents->findChild<QLineEdit *>(u"searchBox"_s)->placeholderText().startsWith(u'['));
    QVERIFY(m_incidents->findChild<QLabel *>(u"totalLabel"_s)->text().startsWith(u'['));
    QDialog *help = m_incidents->shortcutsDialog();
    QVERIFY(help->windowTitle().startsWith(u'['));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(text(m_incidents, "exportButton"), u"Export CSV"_s);
    QTRY_VERIFY(!m_incidents->findChild<QLabel *>(u"totalLabel"_s)->text().startsWith(u'['));
}

void QueueTest::bulkResolveAllMatching()
{
    // The testers have seen resets, layout changes and pending marks through every test so
    // far; 500 more resets would only make this one slow.
    m_incidentTester.reset();
    m_alertTester.reset();
    QElapsedTimer timer;
    timer.start();
    QueuePageCore *page = m_incidents;
    const store::IncidentTable &t = m_session->store()->incidents();
    // Exactly 500 open incidents: the newest 500 by last update, through a custom range.
    QList<qint64> updates;
    for (int r = 0; r < t.size(); ++r) {
        if (t.status[r] == int(IncidentStatus::active)
            || t.status[r] == int(IncidentStatus::inProgress))
            updates << t.lastUpdate[r];
    }
    qInfo("open incidents: %lld", qint64(updates.size()));
    QVERIFY2(updates.size() > 500, "the demo tenant has more than 500 open incidents");
    std::sort(updates.begin(), updates.end(), std::greater<>());
    QVERIFY2(updates[499] != updates[500], "a clean cut at 500");
    SavedView v;
    v.filter.statuses = {int(IncidentStatus::active), int(IncidentStatus::inProgress)};
    v.filter.fromMs = updates[499];
    v.filter.toMs = updates[0] + 1000;
    v.rangeDays = -1;
    page->setView(v);
    QCOMPARE(page->model()->rowCount(), 500);
    const QStringList ids = page->model()->ids();

    // Manage pane: all 500 matching, status Resolved, Apply.
    auto *scope = page->findChild<QComboBox *>(u"scopeCombo"_s);
    const int all = scope->findData(int(ManagePane::Scope::AllMatching));
    scope->setCurrentIndex(all);
    Q_EMIT scope->activated(all);
    auto *statusCombo = page->findChild<QComboBox *>(u"statusCombo"_s);
    statusCombo->setCurrentIndex(statusCombo->findData(u"resolved"_s));
    auto *apply = page->findChild<QPushButton *>(u"applyButton"_s);
    QVERIFY2(apply->text().contains(u"500"_s), qPrintable(apply->text()));
    QTest::mouseClick(apply, Qt::LeftButton);

    auto *progress = page->findChild<QProgressBar *>(u"bulkProgress"_s);
    QTRY_VERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 500);
    QTRY_COMPARE_WITH_TIMEOUT(progress->value(), 500, 180000);
    qInfo("500 incidents resolved in %lld ms", timer.elapsed());
    QVERIFY(!page->findChild<QPushButton *>(u"failuresButton"_s)->isVisible());
    QCOMPARE(page->findChild<QListWidget *>(u"failureList"_s)->count(), 0);
    QVERIFY(page->findChild<QLabel *>(u"bulkLabel"_s)->text().contains(u"500"_s));

    // The server has them all resolved: read back through a second walk of the collection.
    QSet<QString> resolved;
    bool finished = false;
    net::Pager *pager = m_session->graph()->list(u"security/incidents"_s, QUrlQuery(), 50);
    connect(
        pager, &net::Pager::page, this, [&](const QByteArray &, const QJsonArray &items, qint64) {
            for (const QJsonValue &item : items) {
                if (item.toObject().value(u"status"_s).toString() == u"resolved")
                    resolved.insert(item.toObject().value(u"id"_s).toString());
            }
        });
    connect(pager, &net::Pager::finished, this, [&](const net::ApiError &e, qint64) {
        QVERIFY2(e.ok(), qPrintable(e.sentence()));
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
    for (const QString &id : ids)
        QVERIFY2(resolved.contains(id), qPrintable(id));
    // And they have left the open view.
    QCOMPARE(page->model()->rowCount(), 0);
}


void QueueTest::embeddedScope()
{
    // The incident page's alert list and the entity page's lists: the same page, showing
    // only the rows of its scope, whatever their status or age.
    const store::QueueStore *store = m_session->store();
    const store::IncidentTable &inc = store->incidents();
    int biggest = 0;
    for (int r = 1; r < inc.size(); ++r) {
        if (inc.alertCount[r] > inc.alertCount[biggest])
            biggest = r;
    }
    const qint64 incidentId = inc.id[biggest];
    QVERIFY(inc.alertCount[biggest] >= 2);

    QueuePageCore alerts(QueuePageCore::Kind::Alerts, m_session.get(), nullptr,
                         QueuePageCore::Mode::Embedded);
    QAbstractItemModelTester tester(alerts.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(alerts.findChild<QWidget *>(u"filterPanel"_s) == nullptr
            || !alerts.findChild<QWidget *>(u"filterPanel"_s)->isVisibleTo(&alerts));
    QCOMPARE(alerts.model()->rowCount(), 0); // no scope yet: nothing
    alerts.setScope({incidentId}, {});
    QSet<QString> expected;
    for (int row : store->alertRowsOf(incidentId))
        expected << store->alerts().id[row];
    QCOMPARE(toSet(alerts.model()->ids()), expected);
    // In the order they happened.
    qint64 last = 0;
    for (int v = 0; v < alerts.model()->rowCount(); ++v) {
        const int row = store->alerts().rowOf(alerts.model()->idAt(v));
        QVERIFY(store->alerts().firstActivity[row] >= last);
        last = store->alerts().firstActivity[row];
    }
    // The search narrows within the scope only.
    const QString one = *expected.begin();
    typeSearch(&alerts, one);
    QCOMPARE(toSet(alerts.model()->ids()), QSet<QString>{one});
    typeSearch(&alerts, QString());

    // Incidents holding some alerts (an entity page): exactly theirs.
    QueuePageCore incidents(QueuePageCore::Kind::Incidents, m_session.get(), nullptr,
                            QueuePageCore::Mode::Embedded);
    const QStringList someAlerts = {store->alerts().id[0], store->alerts().id[store->alerts().size() - 1]};
    incidents.setScope({}, someAlerts);
    QSet<QString> expectedIncidents;
    for (const QString &a : someAlerts)
        expectedIncidents << QString::number(store->alerts().incident[store->alerts().rowOf(a)]);
    QCOMPARE(toSet(incidents.model()->ids()), expectedIncidents);
}

QTEST_MAIN(QueueTest)
#include "tst_queues.moc"
