// The incident page in the real main window against the in-process demo server: opened
// from either queue as a tab (once), its summary and tabs, the manage keys reaching the
// server, a graph node's entity page, an impacted asset's entity page, Ctrl+W.
#include "demosession.h"
#include "palettes.h"
#include "incident/attackstoryview.h"
#include "incident/entitypage.h"
#include "incident/incidentpage.h"
#include "incident/investigationarea.h"
#include "item/queuemodel.h"
#include "queue/managepane.h"
#include "queue/queuepagecore.h"
#include "queue/queuetableview.h"
#include "serverhost.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "story/storygraph.h"

#include <QApplication>
#include <QGraphicsView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace wf;
using namespace wf::ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int kSyncTimeoutMs = 60000;

bool upToDate(MainWindow *w)
{
    session::Session *s = w->session();
    return s && s->sync() && !s->sync()->isStale() && s->sync()->state() == store::SyncService::State::Idle;
}
} // namespace

class IncidentPageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensFromTheIncidentQueueOnce();
    void tabsAndSummary();
    void manageKeysReachTheServer();
    void graphNodeOpensItsEntityPage();
    void impactedAssetOpensItsEntityPage();
    void opensFromTheAlertQueueAndCloses();
    void darkPaletteScreenshot();

private:
    IncidentPage *current() const { return m_window->investigations()->currentIncident(); }
    QString me() const { return m_window->session()->signedInAs(); }

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_incident = 0;
};

void IncidentPageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    testsupport::isolateSettings(m_dir.path());
    server::ServerConfig config;
    config.dbPath = m_dir.filePath(u"tenant.db"_s);
    config.port = 0;
    config.demo = true;
    config.demoOptions.alerts = 1500;
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(config, &error), qPrintable(error));
    m_info = m_host->info();

    m_window = std::make_unique<MainWindow>();
    m_window->setCacheDir(m_dir.filePath(u"cache"_s));
    m_window->resize(1500, 950);
    QString password;
    const session::Profile profile = testsupport::demoProfile(m_info, u"analyst"_s, &password);
    QVERIFY(m_window->openProfile(profile, password));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(upToDate(m_window.get()), kSyncTimeoutMs);
    m_incident = m_window->showcaseIncident();
    QVERIFY(m_incident > 0);
    const store::IncidentTable &t = m_window->session()->store()->incidents();
    const int row = t.rowOf(m_incident);
    // The showcase is multi-cloud with a handful of alerts.
    QVERIFY(qPopulationCount(t.clouds[row]) >= 2);
    QVERIFY(t.alertCount[row] >= 2);
}

void IncidentPageTest::cleanupTestCase()
{
    m_window.reset();
    m_host.reset();
}

void IncidentPageTest::opensFromTheIncidentQueueOnce()
{
    m_window->showPage(MainWindow::Page::Incidents);
    auto *queue = qobject_cast<QueuePage *>(m_window->page(MainWindow::Page::Incidents));
    QVERIFY(queue->selectIncident(m_incident));
    auto *table = queue->findChild<queue::QueueTableView *>(u"incidentTable"_s);
    QVERIFY(table);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Investigations);
    InvestigationArea *area = m_window->investigations();
    QCOMPARE(area->count(), 1);
    QVERIFY(current());
    QCOMPARE(current()->incidentId(), m_incident);
    QVERIFY(area->tabs()->tabText(0).startsWith(u'#' + QString::number(m_incident)));
    // Opening it again shows the same tab.
    m_window->showPage(MainWindow::Page::Incidents);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(area->count(), 1);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Investigations);
    QTRY_VERIFY_WITH_TIMEOUT(current()->isReady(), 20000);
}

void IncidentPageTest::tabsAndSummary()
{
    IncidentPage *page = current();
    const store::QueueStore *store = m_window->session()->store();
    const int alerts = int(store->alertRowsOf(m_incident).size());
    QCOMPARE(page->alerts().size(), alerts);
    QCOMPARE(page->tabs()->tabText(IncidentPage::AlertsTab), u"Alerts (%1)"_s.arg(alerts));
    // The story has a node per alert.
    QCOMPARE(page->storyView()->graph().alertCount(), alerts);

    // Alt+2: the alert list, scoped to exactly this incident's alerts.
    QTest::keyClick(page, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(page->tabs()->currentIndex(), int(IncidentPage::AlertsTab));
    QSet<QString> expected;
    for (int row : store->alertRowsOf(m_incident))
        expected << store->alerts().id[row];
    const QStringList shown = page->alertList()->model()->ids();
    QCOMPARE(QSet<QString>(shown.begin(), shown.end()), expected);
    QTest::keyClick(page, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(page->tabs()->currentIndex(), int(IncidentPage::AssetsTab_));
    QTest::keyClick(page, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(page->tabs()->currentIndex(), int(IncidentPage::StoryTab));
    // S hides the summary panel and gives the story its room, and brings it back.
    QWidget *side = page->findChild<QWidget *>(u"incidentSidePanel"_s);
    const int storyWidth = page->tabs()->width();
    QTest::keyClick(page->storyView(), Qt::Key_S);
    QTRY_VERIFY(!side->isVisible());
    QTRY_VERIFY(page->tabs()->width() > storyWidth);
    QTest::keyClick(page->storyView(), Qt::Key_S);
    QTRY_VERIFY(side->isVisible());

    // The summary names its impacted cloud resources, each with its provider.
    const QString summary = page->findChild<QTextBrowser *>(u"incidentSummary"_s)->toPlainText();
    QVERIFY(!page->impactedAssets().isEmpty());
    quint32 providers = 0;
    for (const EntityInfo &e : page->impactedAssets()) {
        QVERIFY2(summary.contains(e.name), qPrintable(e.name));
        providers |= 1u << int(e.provider);
    }
    QVERIFY2(qPopulationCount(providers) >= 2, "the showcase spans clouds");
}

void IncidentPageTest::manageKeysReachTheServer()
{
    IncidentPage *page = current();
    page->showTab(IncidentPage::StoryTab);
    page->storyView()->setFocus();
    const store::QueueStore *store = m_window->session()->store();
    const int row = store->incidents().rowOf(m_incident);
    // From a known start: unassigned and active, through the page's manage form.
    queue::ManagePane::Request reset;
    reset.patch.insert(u"assignedTo"_s, QString());
    reset.patch.insert(u"status"_s, u"active"_s);
    Q_EMIT page->managePane()->applyRequested(reset);
    QTRY_COMPARE_WITH_TIMEOUT(store->pool().at(store->incidents().assignedTo[row]), QString(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(int(store->incidents().status[row]), int(IncidentStatus::active), 20000);
    QTest::keyClick(page->storyView(), Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(store->pool().at(store->incidents().assignedTo[row]), me(), 20000);
    QTest::keyClick(page->storyView(), Qt::Key_P);
    QTRY_COMPARE_WITH_TIMEOUT(int(store->incidents().status[row]), int(IncidentStatus::inProgress), 20000);
    // The server has it, not just this window: a fresh read through Graph.
    bool done = false;
    QJsonObject fetched;
    net::RestCall *call = m_window->session()->graph()->get(u"security/incidents/%1"_s.arg(m_incident));
    connect(call, &net::RestCall::finished, this, [&](const net::RestResult &r) {
        fetched = QJsonDocument::fromJson(r.body).object();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(fetched.value(u"assignedTo").toString(), me());
    QCOMPARE(fetched.value(u"status").toString(), u"inProgress"_s);
    // The header follows the change.
    QTRY_VERIFY(page->findChild<QLabel *>(u"incidentFacts"_s)->text().contains(me()));
}

void IncidentPageTest::graphNodeOpensItsEntityPage()
{
    IncidentPage *page = current();
    page->showTab(IncidentPage::StoryTab);
    AttackStoryView *story = page->storyView();
    QTRY_VERIFY(!story->isLayingOut());
    // A cloud resource of the story.
    QString key;
    for (const story::StoryNode &n : story->visibleGraph().nodes) {
        if (n.kind == story::NodeKind::Entity && n.entity.type == EntityType::CloudResource) {
            key = n.key;
            break;
        }
    }
    QVERIFY(!key.isEmpty());
    const QRectF rect = story->nodeSceneRect(key);
    QGraphicsView *view = story->graphView();
    view->ensureVisible(rect);
    const QPoint pos = view->mapFromScene(rect.center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(story->selectedNode(), key);
    auto *open = story->findChild<QPushButton *>(u"storyOpenEntity"_s);
    QTRY_VERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    InvestigationArea *area = m_window->investigations();
    QCOMPARE(area->count(), 2);
    auto *entity = qobject_cast<EntityPage *>(area->tabs()->currentWidget());
    QVERIFY(entity);
    QCOMPARE(entity->entity().key, key);
    // Its alerts include this incident's alerts that name it.
    QSet<QString> expected;
    for (const Alert &a : page->alerts()) {
        for (const Evidence &e : a.evidence.value()) {
            if (describeEntity(e).key == key)
                expected << a.id.value();
        }
    }
    QVERIFY(!expected.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!entity->hits().alertIds.isEmpty(), 10000);
    const QStringList hits = entity->hits().alertIds;
    QVERIFY(QSet<QString>(hits.begin(), hits.end()).contains(expected));
    QVERIFY(entity->hits().incidentIds.contains(m_incident));
}

void IncidentPageTest::impactedAssetOpensItsEntityPage()
{
    InvestigationArea *area = m_window->investigations();
    area->tabs()->setCurrentIndex(0);
    IncidentPage *page = current();
    QVERIFY(page);
    auto *summary = page->findChild<QTextBrowser *>(u"incidentSummary"_s);
    const int last = int(page->impactedAssets().size()) - 1;
    const EntityInfo wanted = page->impactedAssets().at(last);
    Q_EMIT summary->anchorClicked(QUrl(u"entity:%1"_s.arg(last)));
    auto *entity = qobject_cast<EntityPage *>(area->tabs()->currentWidget());
    QVERIFY(entity);
    QCOMPARE(entity->entity().key, wanted.key);
    // The same entity again: its tab, not a new one.
    const int tabs = area->count();
    area->tabs()->setCurrentIndex(0);
    Q_EMIT summary->anchorClicked(QUrl(u"entity:%1"_s.arg(last)));
    QCOMPARE(area->count(), tabs);
    QCOMPARE(qobject_cast<EntityPage *>(area->tabs()->currentWidget()), entity);
}

void IncidentPageTest::opensFromTheAlertQueueAndCloses()
{
    InvestigationArea *area = m_window->investigations();
    while (area->count() > 0)
        area->closeTab(0);
    const store::AlertTable &alerts = m_window->session()->store()->alerts();
    const qint64 other = alerts.incident[alerts.size() / 2];
    auto *queue = qobject_cast<QueuePage *>(m_window->page(MainWindow::Page::Alerts));
    Q_EMIT queue->openIncidentRequested(other);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Investigations);
    QCOMPARE(area->count(), 1);
    QCOMPARE(current()->incidentId(), other);
    // Ctrl+W closes it; the area says what to do next.
    current()->setFocus();
    QTest::keyClick(current(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(area->count(), 0);
    QVERIFY(area->findChild<QLabel *>(u"investigationsEmpty"_s)->isVisible());
}

void IncidentPageTest::darkPaletteScreenshot()
{
    // The showcase incident on a dark palette, a node selected: written beside the test for
    // looking at (docs/ has the checked one).
    const QPalette before = QApplication::palette();
    QApplication::setPalette(guitest::darkPalette());
    IncidentPage *page = m_window->openIncident(m_incident);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 20000);
    QTRY_VERIFY(!page->storyView()->isLayingOut());
    for (const story::StoryNode &n : page->storyView()->visibleGraph().nodes) {
        if (n.kind == story::NodeKind::Entity && n.entity.type == EntityType::CloudResource) {
            page->storyView()->selectNode(n.key);
            break;
        }
    }
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(u"incident-dark.png"_s));
    // Text stays readable: the header's name is drawn in the palette's light text.
    QCOMPARE(page->findChild<QLabel *>(u"incidentName"_s)->palette().color(QPalette::WindowText),
             guitest::darkPalette().color(QPalette::WindowText));
    QApplication::setPalette(before);
}

QTEST_MAIN(IncidentPageTest)
#include "tst_incidentpage.moc"
