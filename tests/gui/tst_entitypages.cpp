// The Assets tab and the entity pages against the real watchfloor-server, in-process on a
// loopback port: the tab's sections and counts, an entity page's alerts, incidents and
// chart (cloud resource, IP, account), the queues' search by a resource's name and id,
// all against a brute force over every alert's cached JSON; an edit from an entity page
// reaching the server; screenshots (light and dark) to look at.
#include "common/chart.h"
#include "demosession.h"
#include "incident/assetstab.h"
#include "incident/entitypage.h"
#include "item/entityindex.h"
#include "item/queuemodel.h"
#include "markingtranslator.h"
#include "palettes.h"
#include "queue/queuepagecore.h"
#include "queue/queuetableview.h"
#include "queuehelpers.h"
#include "serverhost.h"
#include "session/session.h"
#include "wire/codec.h"
#include "wire/schema.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wf;
using ui::AssetSection;
using ui::queue::QueuePageCore;

namespace {

constexpr int kSyncTimeoutMs = 120000;
const QSize kPageSize(1400, 900);

Timestamp demoEnd()
{
    Timestamp t;
    Timestamp::parse(u"2026-11-20T00:00:00Z", &t);
    return t;
}

template<class T>
QSet<T> toSet(const QList<T> &l)
{
    return QSet<T>(l.begin(), l.end());
}

// Lets pending layout requests run, so a grab shows the settled page.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QSet<QString> idStrings(const QList<qint64> &ids)
{
    QSet<QString> out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out;
}

} // namespace

class EntityPagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void indexRejectsSubstringHits();
    void assetsTabMatchesBruteForce();
    void assetsTabActions();
    void cloudResourcePage();
    void ipAndAccountPages();
    void queueSearchFindsResource();
    void editFromEntityPageReachesServer();
    void retranslates();
    void screenshots();

private:
    // The brute force: every alert's evidence decoded from its cached JSON.
    struct Known
    {
        QString alertId;
        qint64 incidentId = 0;
        QList<EntityInfo> entities;
    };
    QList<Alert> alertsOf(qint64 incidentId) const;
    qint64 richestIncident() const;
    QString busiestKey(
        EntityType type, const std::function<bool(const EntityInfo &)> &also = {}) const;
    void checkEntityPage(const QString &key);

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    std::unique_ptr<session::Session> m_session;
    QString m_me;
    QList<Known> m_known;
    QHash<QString, QSet<QString>> m_alertsOfKey; // entity key -> alert ids
    QHash<QString, QSet<qint64>> m_incidentsOfKey; // entity key -> incident ids
    QHash<QString, EntityInfo> m_infoOfKey; // the description, the first type that sorts first
};

// ---- set-up

void EntityPagesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    testsupport::isolateSettings(m_dir.path(), u"tst_entitypages"_s);

    server::ServerConfig config;
    config.dbPath = m_dir.filePath(u"tenant.sqlite"_s);
    config.port = 0;
    config.demo = true;
    config.demoOptions.alerts = 3000;
    config.demoOptions.days = 3;
    config.correlationWindowSecs = 900;
    config.demoOptions.end = demoEnd();
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(config, &error), qPrintable(error));
    m_info = m_host->info();

    m_session = testsupport::demoSession(m_info, u"analyst"_s, m_dir.filePath(u"cache"_s));
    QVERIFY(m_session);
    m_me = m_session->profile().username;
    QVERIFY2(m_session->start(&error, 0), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->sync()->isStale()
            && m_session->sync()->state() == store::SyncService::State::Idle,
        kSyncTimeoutMs);
    QCOMPARE(m_session->store()->alerts().size(), m_info.alerts);

    // Every alert's evidence, decoded from the cache the slow way.
    const store::AlertTable &t = m_session->store()->alerts();
    for (int r = 0; r < t.size(); ++r) {
        const auto json = m_session->alertJson(t.id[r]);
        QVERIFY(json);
        QString decodeError;
        const std::optional<Alert> alert = wire::decode<Alert>(*json, &decodeError);
        QVERIFY2(alert, qPrintable(decodeError));
        Known k;
        k.alertId = t.id[r];
        k.incidentId = json->value(u"incidentId"_s).toString().toLongLong();
        for (const Evidence &e : alert->evidence.value()) {
            const EntityInfo info = describeEntity(e);
            if (info.key.isEmpty())
                continue;
            k.entities << info;
            m_alertsOfKey[info.key].insert(k.alertId);
            if (k.incidentId > 0)
                m_incidentsOfKey[info.key].insert(k.incidentId);
            auto it = m_infoOfKey.find(info.key);
            if (it == m_infoOfKey.end() || int(info.type) < int(it->type))
                m_infoOfKey.insert(info.key, info);
        }
        m_known << k;
    }
    qInfo("tenant: %lld incidents, %lld alerts, %lld distinct entities", m_info.incidents,
        m_info.alerts, qint64(m_alertsOfKey.size()));
}

void EntityPagesTest::cleanupTestCase()
{
    m_session.reset();
    m_host.reset();
}

// ---- helpers

QList<Alert> EntityPagesTest::alertsOf(qint64 incidentId) const
{
    QList<Alert> out;
    for (const QJsonObject &json : m_session->alertsOfIncidentJson(QString::number(incidentId))) {
        if (auto a = wire::decode<Alert>(json))
            out << *a;
    }
    return out;
}

// The incident with the most clouds, then the most alerts: a multi-cloud, multi-alert one.
qint64 EntityPagesTest::richestIncident() const
{
    const store::IncidentTable &inc = m_session->store()->incidents();
    int best = -1;
    auto score
        = [&](int r) { return qMakePair(qPopulationCount(inc.clouds[r]), inc.alertCount[r]); };
    for (int r = 0; r < inc.size(); ++r) {
        if (best < 0 || score(r) > score(best))
            best = r;
    }
    return best < 0 ? 0 : inc.id[best];
}

QString EntityPagesTest::busiestKey(
    EntityType type, const std::function<bool(const EntityInfo &)> &also) const
{
    QString best;
    for (auto it = m_infoOfKey.cbegin(); it != m_infoOfKey.cend(); ++it) {
        if (it->type != type || (also && !also(*it)))
            continue;
        if (best.isEmpty()
            || m_alertsOfKey.value(it.key()).size() > m_alertsOfKey.value(best).size())
            best = it.key();
    }
    return best;
}

// ---- tests

void EntityPagesTest::indexRejectsSubstringHits()
{
    // An IP that is a prefix of another one held here (10.0.0.1 and 10.0.0.12): the
    // search text finds both, the identity keeps only its own.
    QString shortIp, longIp;
    for (auto a = m_infoOfKey.cbegin(); a != m_infoOfKey.cend() && shortIp.isEmpty(); ++a) {
        if (a->type != EntityType::Ip)
            continue;
        for (auto b = m_infoOfKey.cbegin(); b != m_infoOfKey.cend(); ++b) {
            if (b->type == EntityType::Ip && b->name != a->name && b->name.startsWith(a->name)) {
                shortIp = a.key();
                longIp = b.key();
                break;
            }
        }
    }
    // Without such a pair in the demo, make one up: a prefix of a real address.
    EntityInfo probe;
    if (shortIp.isEmpty()) {
        longIp = busiestKey(EntityType::Ip);
        QVERIFY(!longIp.isEmpty());
        probe.type = EntityType::Ip;
        probe.name = m_infoOfKey[longIp].name.chopped(1);
        probe.key = u"ip:"_s + probe.name;
    } else {
        probe = m_infoOfKey[shortIp];
    }
    item::EntityLookupStats stats;
    const auto hits = item::findEntities(*m_session, {probe}, &stats);
    QCOMPARE(toSet(hits.value(probe.key).alertIds), m_alertsOfKey.value(probe.key));
    QCOMPARE(stats.rawScanned, 0); // IPs come from the search text, no byte scan
    qInfo("%s: %lld alerts from %d candidates (%s has %lld)", qPrintable(probe.key),
        qint64(hits.value(probe.key).alertIds.size()), stats.candidates, qPrintable(longIp),
        qint64(m_alertsOfKey.value(longIp).size()));

    // Every entity of the tenant in one call: the index agrees with the brute force.
    QList<EntityInfo> all = m_infoOfKey.values();
    QElapsedTimer timer;
    timer.start();
    const auto allHits = item::findEntities(*m_session, all, &stats);
    qInfo("all %lld entities: %lld ms, %d candidates, %d rows scanned raw", qint64(all.size()),
        timer.elapsed(), stats.candidates, stats.rawScanned);
    for (const EntityInfo &e : std::as_const(all)) {
        QVERIFY2(
            toSet(allHits.value(e.key).alertIds) == m_alertsOfKey.value(e.key), qPrintable(e.key));
        QVERIFY2(toSet(allHits.value(e.key).incidentIds) == m_incidentsOfKey.value(e.key),
            qPrintable(e.key));
    }
}

void EntityPagesTest::assetsTabMatchesBruteForce()
{
    const qint64 incidentId = richestIncident();
    const QList<Alert> alerts = alertsOf(incidentId);
    qInfo("incident %lld: %lld alerts", incidentId, qint64(alerts.size()));
    QVERIFY(alerts.size() >= 2);

    ui::AssetsTab tab(m_session.get());
    std::unique_ptr<QAbstractItemModelTester> testers[ui::AssetSectionCount];
    for (int s = 0; s < ui::AssetSectionCount; ++s)
        testers[s] = std::make_unique<QAbstractItemModelTester>(
            tab.model(AssetSection(s)), QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab.setIncident(incidentId, alerts);

    // Expected, per section: the keys of the incident's alerts' evidence.
    const QString incident = QString::number(incidentId);
    QHash<QString, int> alertsHere;
    for (const Known &k : std::as_const(m_known)) {
        if (k.incidentId != incidentId)
            continue;
        QSet<QString> keys;
        for (const EntityInfo &e : k.entities)
            keys << e.key;
        for (const QString &key : std::as_const(keys))
            ++alertsHere[key];
    }
    QSet<QString> expected[ui::AssetSectionCount];
    for (auto it = alertsHere.cbegin(); it != alertsHere.cend(); ++it)
        expected[int(ui::assetSectionOf(m_infoOfKey[it.key()].type))] << it.key();
    QVERIFY(!expected[int(AssetSection::CloudResources)].isEmpty());

    for (int s = 0; s < ui::AssetSectionCount; ++s) {
        ui::AssetsModel *model = tab.model(AssetSection(s));
        QSet<QString> shown;
        for (int r = 0; r < model->rowCount(); ++r) {
            const ui::AssetRow &row = model->rowAt(r);
            shown << row.entity.key;
            QCOMPARE(row.alertsHere, alertsHere.value(row.entity.key));
            QSet<qint64> others = m_incidentsOfKey.value(row.entity.key);
            others.remove(incidentId);
            // Per-alert evidence without a store column (processes, ...) is not looked up.
            const int want = item::isIndexed(row.entity) ? int(others.size()) : -1;
            QVERIFY2(row.otherIncidents == want, qPrintable(row.entity.key));
            QCOMPARE(model->index(r, ui::AssetsModel::OtherIncidents).data().toString(),
                ui::AssetsModel::otherIncidentsText(want));
            QCOMPARE(
                model->index(r, ui::AssetsModel::Name).data(ui::AssetsModel::KeyRole).toString(),
                row.entity.key);
        }
        QCOMPARE(shown, expected[s]);
        // The section's title carries its count.
        static const char *const names[]
            = {"cloudResources", "devices", "accounts", "ips", "others"};
        auto *header = tab.findChild<QToolButton *>(QLatin1StringView(names[s]) + u"Header"_s);
        QVERIFY(header);
        QVERIFY2(
            header->text().endsWith(u"(%1)"_s.arg(model->rowCount())), qPrintable(header->text()));
        QVERIFY(tab.view(AssetSection(s))->isVisibleTo(&tab) == (model->rowCount() > 0));
    }
    // The cloud section shows provider, type, subscription and the full id.
    ui::AssetsModel *cloud = tab.model(AssetSection::CloudResources);
    for (int r = 0; r < cloud->rowCount(); ++r) {
        const EntityInfo &e = cloud->rowAt(r).entity;
        QVERIFY(e.provider != CloudProvider::None);
        QCOMPARE(cloud->index(r, ui::AssetsModel::ResourceId).data().toString(), e.resourceId);
        QVERIFY(!cloud->index(r, ui::AssetsModel::Subscription).data().toString().isEmpty());
        QVERIFY(!cloud->index(r, ui::AssetsModel::Provider)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    }
    // Sorting on the raw value: alerts here, descending.
    tab.view(AssetSection::CloudResources)
        ->sortByColumn(ui::AssetsModel::AlertsHere, Qt::DescendingOrder);
    for (int r = 1; r < cloud->rowCount(); ++r)
        QVERIFY(cloud->rowAt(r - 1).alertsHere >= cloud->rowAt(r).alertsHere);

    // An incident with no entities says so.
    tab.setIncident(1, {});
    QCOMPARE(tab.entityCount(), 0);
    auto *empty = tab.findChild<QLabel *>(u"assetsEmpty"_s);
    QVERIFY(empty && !empty->text().isEmpty());
}

void EntityPagesTest::assetsTabActions()
{
    const qint64 incidentId = richestIncident();
    ui::AssetsTab tab(m_session.get());
    tab.resize(kPageSize);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.setIncident(incidentId, alertsOf(incidentId));
    QTreeView *view = tab.view(AssetSection::CloudResources);
    QSignalSpy activated(&tab, &ui::AssetsTab::entityActivated);

    // Enter on the current row.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    const EntityInfo first = activated.takeFirst().at(0).value<EntityInfo>();
    QCOMPARE(first.key, tab.model(AssetSection::CloudResources)->rowAt(0).entity.key);

    // Double-click.
    // (QTest's double click on a widget is a press and a double-click event, as a
    // window system sends after a first click.)
    const QRect rect = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(activated.size() >= 1);
    activated.clear();

    // The context menu: open and copy.
    QMenu *menu = tab.contextMenuFor(AssetSection::CloudResources);
    auto *open = menu->findChild<QAction *>(u"openEntityAction"_s);
    auto *copy = menu->findChild<QAction *>(u"copyResourceIdAction"_s);
    QVERIFY(open && copy);
    open->trigger();
    QCOMPARE(activated.size(), 1);
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text(), first.resourceId);
}

void EntityPagesTest::checkEntityPage(const QString &key)
{
    const EntityInfo info = m_infoOfKey.value(key);
    QVERIFY(!info.key.isEmpty());
    ui::EntityPage page(m_session.get(), info);
    QAbstractItemModelTester alertsTester(
        page.alertList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester incidentsTester(
        page.incidentList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QSet<QString> expectedAlerts = m_alertsOfKey.value(key);
    QVERIFY(!expectedAlerts.isEmpty());
    QCOMPARE(toSet(page.hits().alertIds), expectedAlerts);
    QCOMPARE(toSet(page.alertList()->model()->ids()), expectedAlerts);
    QSet<QString> expectedIncidents;
    for (qint64 id : m_incidentsOfKey.value(key))
        expectedIncidents << QString::number(id);
    QCOMPARE(toSet(page.incidentList()->model()->ids()), expectedIncidents);
    QCOMPARE(idStrings(page.hits().incidentIds), expectedIncidents);
    QCOMPARE(page.activityChart()->total(), int(expectedAlerts.size()));
    QVERIFY(!page.activityChart()->days().isEmpty());
    QCOMPARE(page.entity().key, key);
    QVERIFY(!page.title().isEmpty());
    // The identity is on the page.
    QCOMPARE(page.findChild<QLabel *>(u"entityName"_s)->text(), info.name);
    if (!info.resourceId.isEmpty())
        QCOMPARE(page.findChild<QLineEdit *>(u"entityResourceId"_s)->text(), info.resourceId);
    QVERIFY(page.findChild<QLabel *>(u"entityCounts"_s)
                ->text()
                .contains(QString::number(expectedAlerts.size())));
    qInfo("%s: %lld alerts, %lld incidents", qPrintable(key), qint64(expectedAlerts.size()),
        qint64(expectedIncidents.size()));
}

void EntityPagesTest::cloudResourcePage()
{
    const QString key = busiestKey(EntityType::CloudResource);
    checkEntityPage(key);
    // Opening it is quick: the figure for 3,000 alerts (the bench measures 100k).
    QElapsedTimer timer;
    timer.start();
    item::findEntities(*m_session, {m_infoOfKey[key]});
    qInfo("cloud resource lookup at %d alerts: %lld ms", m_session->store()->alerts().size(),
        timer.elapsed());
    // One of each provider present.
    for (CloudProvider p : {CloudProvider::Aws, CloudProvider::Gcp}) {
        const QString other = busiestKey(
            EntityType::CloudResource, [p](const EntityInfo &e) { return e.provider == p; });
        if (!other.isEmpty())
            checkEntityPage(other);
    }
}

void EntityPagesTest::ipAndAccountPages()
{
    checkEntityPage(busiestKey(EntityType::Ip));
    checkEntityPage(busiestKey(EntityType::Account));
}

void EntityPagesTest::queueSearchFindsResource()
{
    const EntityInfo info = m_infoOfKey.value(busiestKey(EntityType::CloudResource));
    auto *incidents
        = static_cast<QueuePageCore *>(ui::createIncidentQueuePage(m_session.get(), nullptr));
    auto *alerts = static_cast<QueuePageCore *>(ui::createAlertQueuePage(m_session.get(), nullptr));
    std::unique_ptr<QWidget> own1(incidents), own2(alerts);
    guitest::showAll(incidents);
    guitest::showAll(alerts);
    const QSet<QString> expectedAlerts = m_alertsOfKey.value(info.key);
    QSet<QString> expectedIncidents;
    for (qint64 id : m_incidentsOfKey.value(info.key))
        expectedIncidents << QString::number(id);
    for (const QString &needle : {info.name, info.resourceId}) {
        guitest::typeSearch(incidents, needle);
        guitest::typeSearch(alerts, needle);
        const QSet<QString> foundIncidents = toSet(incidents->model()->ids());
        const QSet<QString> foundAlerts = toSet(alerts->model()->ids());
        // Every incident and alert holding it (a name may also match longer names).
        QVERIFY2(foundIncidents.contains(expectedIncidents), qPrintable(needle));
        QVERIFY2(foundAlerts.contains(expectedAlerts), qPrintable(needle));
        qInfo("search \"%s\": %lld incidents (%lld expected), %lld alerts (%lld expected)",
            qPrintable(needle), qint64(foundIncidents.size()), qint64(expectedIncidents.size()),
            qint64(foundAlerts.size()), qint64(expectedAlerts.size()));
    }
    // The full id is exact enough: the alerts found are those naming it, or a resource
    // whose id it begins (a child resource).
    for (const QString &id : toSet(alerts->model()->ids())) {
        bool names = false;
        for (const QString &key : m_alertsOfKey.keys()) {
            if (key.startsWith(u"res:"_s + info.resourceId.toLower())
                && m_alertsOfKey[key].contains(id))
                names = true;
        }
        QVERIFY2(names, qPrintable(id));
    }
}

void EntityPagesTest::editFromEntityPageReachesServer()
{
    const QString key = busiestKey(EntityType::CloudResource);
    ui::EntityPage page(m_session.get(), m_infoOfKey[key]);
    page.resize(kPageSize);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QueuePageCore *list = page.alertList();
    QTableView *table = list->table();
    // An alert not yet assigned to me.
    QString id;
    const store::AlertTable &t = m_session->store()->alerts();
    for (const QString &candidate : list->model()->ids()) {
        if (m_session->store()->pool().at(t.assignedTo[t.rowOf(candidate)]) != m_me) {
            id = candidate;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    table->setFocus();
    QVERIFY(list->selectId(id));
    QTest::keyClick(table, Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->edits()->pendingCount(), 0, 30000);
    QCOMPARE(m_session->store()->pool().at(t.assignedTo[t.rowOf(id)]), m_me);
    const QJsonObject server = guitest::serverItem(m_session.get(), u"security/alerts_v2/"_s + id);
    QCOMPARE(server.value(u"assignedTo"_s).toString(), m_me);
    // The page's lists still show the same alerts after the store's change.
    QSignalSpy refreshed(&page, &ui::EntityPage::refreshed);
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(toSet(list->model()->ids()), m_alertsOfKey.value(key));
}

void EntityPagesTest::retranslates()
{
    ui::EntityPage page(m_session.get(), m_infoOfKey[busiestKey(EntityType::CloudResource)]);
    ui::AssetsTab tab(m_session.get());
    const qint64 incidentId = richestIncident();
    tab.setIncident(incidentId, alertsOf(incidentId));
    guitest::MarkingTranslator marking("wf::ui::");
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_VERIFY(page.tabs()->tabText(2).startsWith(u'['));
    QVERIFY(page.tabs()->tabText(0).startsWith(u'['));
    QVERIFY(page.findChild<QToolButton *>(u"copyResourceIdButton"_s)->text().startsWith(u'['));
    QVERIFY(tab.findChild<QToolButton *>(u"cloudResourcesHeader"_s)->text().startsWith(u'['));
    QVERIFY(tab.findChild<QLabel *>(u"assetsSummary"_s)->text().startsWith(u'['));
    QCoreApplication::removeTranslator(&marking);
}

void EntityPagesTest::screenshots()
{
    const qint64 incidentId = richestIncident();
    const QPalette light = QApplication::palette();
    const QPalette dark = guitest::darkPalette();
    for (const auto &[suffix, palette] :
        {std::pair {u"light"_s, light}, std::pair {u"dark"_s, dark}}) {
        ui::AssetsTab tab(m_session.get());
        tab.setPalette(palette);
        tab.setFixedSize(kPageSize);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setIncident(incidentId, alertsOf(incidentId));
        settle();
        QVERIFY(tab.grab().save(QDir::current().filePath(u"assets-%1.png"_s.arg(suffix))));

        ui::EntityPage page(m_session.get(), m_infoOfKey[busiestKey(EntityType::CloudResource)]);
        page.setPalette(palette);
        page.setFixedSize(kPageSize);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        settle();
        QVERIFY(page.grab().save(QDir::current().filePath(u"entity-%1.png"_s.arg(suffix))));
        page.tabs()->setCurrentIndex(2);
        settle();
        QVERIFY(
            page.grab().save(QDir::current().filePath(u"entity-activity-%1.png"_s.arg(suffix))));
        page.tabs()->setCurrentIndex(1);
        settle();
        QVERIFY(
            page.grab().save(QDir::current().filePath(u"entity-incidents-%1.png"_s.arg(suffix))));
    }
}

QTEST_MAIN(EntityPagesTest)
#include "tst_entitypages.moc"
