// The attack story view with tests/fixtures/incident_story.json: layout, selection by
// click, the details pane's signals, the time slider and filters, exports, and screenshots
// on a light and a dark palette (attackstory*.png in the build tree, to look at).
#include "incident/attackstoryview.h"
#include "incident/storyitems.h"
#include "markingtranslator.h"
#include "palettes.h"
#include "wire/codec.h"
#include "wire/schema.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::ui;

class TestAttackStory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void laysOutTheFixture();
    void clickSelectsANode();
    void openEntityAndAlert();
    void alertListSelects();
    void timeSliderCutsTheStory();
    void filtersFromTheToolbar();
    void exports();
    void emptyIncident();
    void largeIncident();
    void retranslates();
    void screenshots();

private:
    bool setAndWait(QList<Alert> alerts, const QString &version = QStringLiteral("v1"));
    bool waitForLayout(const std::function<void()> &change);
    void clickNode(const QString &key);
    StoryNodeItem *item(const QString &key) const;

    QList<Alert> m_alerts;
    std::unique_ptr<AttackStoryView> m_view;
    QTemporaryDir m_dir;
};

namespace {
const QString GcpVm = QStringLiteral(
    "res://compute.googleapis.com/projects/wf-prod/zones/europe-west1-b/instances/vm-gcp-web");
const QString A1 = QStringLiteral("alert:wf-story-a1");
const QString A2 = QStringLiteral("alert:wf-story-a2");
} // namespace

void TestAttackStory::initTestCase()
{
    QFile f(QStringLiteral(WF_FIXTURES_DIR "/incident_story.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    const auto incident
        = wire::decode<Incident>(QJsonDocument::fromJson(f.readAll()).object(), &error);
    QVERIFY2(incident, qPrintable(error));
    m_alerts = incident->alerts.value();
    QVERIFY(m_dir.isValid());
}

void TestAttackStory::init()
{
    m_view = std::make_unique<AttackStoryView>();
    m_view->resize(1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(setAndWait(m_alerts));
}

void TestAttackStory::cleanup()
{
    m_view.reset();
}

bool TestAttackStory::waitForLayout(const std::function<void()> &change)
{
    QSignalSpy ready(m_view.get(), &AttackStoryView::layoutReady);
    change();
    return ready.size() > 0 || ready.wait(10000);
}

bool TestAttackStory::setAndWait(QList<Alert> alerts, const QString &version)
{
    return waitForLayout([&] { m_view->setIncident(4711, version, alerts); });
}

StoryNodeItem *TestAttackStory::item(const QString &key) const
{
    for (QGraphicsItem *i : m_view->scene()->items()) {
        if (auto *node = dynamic_cast<StoryNodeItem *>(i); node && node->node().key == key)
            return node;
    }
    return nullptr;
}

void TestAttackStory::clickNode(const QString &key)
{
    const QRectF rect = m_view->nodeSceneRect(key);
    QVERIFY2(!rect.isEmpty(), qPrintable(key));
    QGraphicsView *view = m_view->graphView();
    view->ensureVisible(rect);
    const QPoint pos = view->mapFromScene(rect.center());
    QVERIFY(view->viewport()->rect().contains(pos));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
}

void TestAttackStory::laysOutTheFixture()
{
    QCOMPARE(m_view->graph().nodes.size(), 23);
    QCOMPARE(m_view->visibleGraph().nodes.size(), 19); // collapsed by default
    QVERIFY(!m_view->isLayingOut());
    QCOMPARE(m_view->layout().engine, QStringLiteral("dot"));
    int nodes = 0;
    for (QGraphicsItem *i : m_view->scene()->items())
        nodes += dynamic_cast<StoryNodeItem *>(i) != nullptr;
    QCOMPARE(nodes, 19);
    QVERIFY(m_view->scene()->sceneRect().contains(m_view->scene()->itemsBoundingRect()));
    const StoryNodeItem *group = item(QStringLiteral("group:alert:wf-story-a1|ip"));
    QVERIFY(group);
    QCOMPARE(group->primaryText(), QStringLiteral("3 IPs"));
    // Every interactive child has an object name.
    for (QWidget *w : m_view->findChildren<QWidget *>()) {
        if (w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(m_view.get())
            && !w->inherits("QScrollBar") && !w->inherits("QSplitterHandle")
            && w->objectName() != QLatin1StringView("qt_spinbox_lineedit")
            && w->objectName() != QLatin1StringView("qt_scrollarea_viewport"))
            QVERIFY2(!w->objectName().isEmpty(),
                qPrintable(QLatin1StringView(w->metaObject()->className()) + u' '
                    + w->parentWidget()->objectName() + u' '
                    + QLatin1StringView(w->parentWidget()->metaObject()->className())));
    }
}

void TestAttackStory::clickSelectsANode()
{
    clickNode(GcpVm);
    QCOMPARE(m_view->selectedNode(), GcpVm);
    QCOMPARE(item(GcpVm)->emphasis(), Emphasis::Selected);
    QCOMPARE(item(A1)->emphasis(), Emphasis::Neighbour);
    QCOMPARE(item(A2)->emphasis(), Emphasis::Neighbour);
    QCOMPARE(item(QStringLiteral("alert:wf-story-a3"))->emphasis(), Emphasis::Dimmed);
    QCOMPARE(item(QStringLiteral("acct:ivan.petrov@contoso.com"))->emphasis(), Emphasis::Dimmed);
    auto *title = m_view->findChild<QLabel *>(QStringLiteral("storyDetailTitle"));
    QCOMPARE(title->text(), QStringLiteral("vm-gcp-web"));
    auto *alerts = m_view->findChild<QLabel *>(QStringLiteral("storyDetailAlerts"));
    QVERIFY(
        alerts->text().contains(QStringLiteral("SSH brute force succeeded on a Google Cloud VM")));
    QVERIFY(
        alerts->text().contains(QStringLiteral("Crypto miner started by a compromised account")));
    bool region = false;
    for (QLabel *l : m_view->findChildren<QLabel *>())
        region = region
            || (l->isVisibleTo(m_view.get()) && l->text() == QLatin1StringView("europe-west1-b"));
    QVERIFY(region);

    // A click on empty space clears the selection.
    const QRectF rect = m_view->scene()->sceneRect();
    QTest::mouseClick(m_view->graphView()->viewport(), Qt::LeftButton, {},
        m_view->graphView()->mapFromScene(rect.topLeft() + QPointF(5, 5)));
    QVERIFY(m_view->selectedNode().isEmpty());
    QCOMPARE(item(A1)->emphasis(), Emphasis::Normal);
}

void TestAttackStory::openEntityAndAlert()
{
    QSignalSpy entity(m_view.get(), &AttackStoryView::entityActivated);
    QSignalSpy alert(m_view.get(), &AttackStoryView::alertActivated);
    clickNode(GcpVm);
    auto *open = m_view->findChild<QPushButton *>(QStringLiteral("storyOpenEntity"));
    QVERIFY(open->isVisibleTo(m_view.get()));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(entity.size(), 1);
    const auto info = entity.at(0).at(0).value<EntityInfo>();
    QCOMPARE(info.key, GcpVm);
    QCOMPARE(info.provider, CloudProvider::Gcp);

    clickNode(A2);
    QVERIFY(!open->isVisibleTo(m_view.get()));
    auto *openAlert = m_view->findChild<QPushButton *>(QStringLiteral("storyOpenAlert"));
    QTest::mouseClick(openAlert, Qt::LeftButton);
    QCOMPARE(alert.size(), 1);
    QCOMPARE(alert.at(0).at(0).toString(), QStringLiteral("wf-story-a2"));
}

void TestAttackStory::alertListSelects()
{
    auto *list = m_view->findChild<QListWidget *>(QStringLiteral("storyAlertList"));
    QCOMPARE(list->count(), 5);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("SSH brute force")));
    QVERIFY(list->item(4)->text().contains(QStringLiteral("Azure VM runs a crypto miner")));
    list->setCurrentRow(2);
    QCOMPARE(m_view->selectedNode(), QStringLiteral("alert:wf-story-a3"));
    QCOMPARE(item(QStringLiteral("alert:wf-story-a3"))->emphasis(), Emphasis::Selected);
    // And the other way round.
    clickNode(A1);
    QCOMPARE(list->currentRow(), 0);
}

void TestAttackStory::timeSliderCutsTheStory()
{
    auto *slider = m_view->findChild<QSlider *>(QStringLiteral("storyTimeSlider"));
    QCOMPARE(slider->maximum(), 4);
    QCOMPARE(slider->value(), 4);
    QVERIFY(waitForLayout([&] { slider->setValue(1); }));
    QCOMPARE(m_view->visibleGraph().alertCount(), 2);
    QCOMPARE(m_view->visibleGraph().nodes.size(), 8);
    QVERIFY(!item(QStringLiteral("alert:wf-story-a3")));
    QVERIFY(waitForLayout([&] { slider->setValue(0); }));
    QCOMPARE(m_view->visibleGraph().alertCount(), 1);
    // Play steps through the alerts one at a time and stops at the end.
    auto *play = m_view->findChild<QAction *>(QStringLiteral("storyPlay"));
    play->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(slider->value(), 4, 10000);
    QTRY_VERIFY(!play->isChecked());
    QTRY_COMPARE(m_view->visibleGraph().alertCount(), 5);
}

void TestAttackStory::filtersFromTheToolbar()
{
    QVERIFY(waitForLayout(
        [&] { m_view->findChild<QAction *>(QStringLiteral("storyHideSparse"))->trigger(); }));
    QCOMPARE(m_view->visibleGraph().nodes.size(), 10);
    QVERIFY(m_view->options().hideSparse);
    QVERIFY(waitForLayout(
        [&] { m_view->findChild<QAction *>(QStringLiteral("storyHideSparse"))->trigger(); }));
    QVERIFY(waitForLayout(
        [&] { m_view->findChild<QAction *>(QStringLiteral("storyType_ip"))->trigger(); }));
    QCOMPARE(m_view->visibleGraph().nodes.size(), 15);
    QVERIFY(m_view->options().isHidden(EntityType::Ip));
    QVERIFY(waitForLayout(
        [&] { m_view->findChild<QAction *>(QStringLiteral("storyType_ip"))->trigger(); }));
    QVERIFY(waitForLayout(
        [&] { m_view->findChild<QAction *>(QStringLiteral("storyCollapse"))->trigger(); }));
    QCOMPARE(m_view->visibleGraph().nodes.size(), 23);
    // Back to a set of options seen before: the cached layout, the same picture.
    const QPointF before = m_view->nodeSceneRect(GcpVm).center();
    QVERIFY(waitForLayout(
        [&] { m_view->findChild<QAction *>(QStringLiteral("storyCollapse"))->trigger(); }));
    QVERIFY(waitForLayout(
        [&] { m_view->findChild<QAction *>(QStringLiteral("storyCollapse"))->trigger(); }));
    QCOMPARE(m_view->nodeSceneRect(GcpVm).center(), before);
}

void TestAttackStory::exports()
{
    const QString png = m_dir.filePath(QStringLiteral("story.png"));
    const QString svg = m_dir.filePath(QStringLiteral("story.svg"));
    QStringList suggestions;
    m_view->setSavePathProvider([&](const QString &suggested) {
        suggestions << suggested;
        return suggested.endsWith(QLatin1StringView(".svg")) ? svg : png;
    });
    m_view->findChild<QAction *>(QStringLiteral("storyExportPng"))->trigger();
    m_view->findChild<QAction *>(QStringLiteral("storyExportSvg"))->trigger();
    QCOMPARE(suggestions,
        (QStringList {
            QStringLiteral("incident-4711-story.png"), QStringLiteral("incident-4711-story.svg")}));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 300);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("vm-gcp-web"));
    // Cancelling writes nothing.
    QFile::remove(png);
    m_view->setSavePathProvider([](const QString &) { return QString(); });
    m_view->findChild<QAction *>(QStringLiteral("storyExportPng"))->trigger();
    QVERIFY(!QFile::exists(png));
}

void TestAttackStory::emptyIncident()
{
    QVERIFY(setAndWait({}, QStringLiteral("empty")));
    auto *empty = m_view->findChild<QLabel *>(QStringLiteral("storyEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->text().isEmpty());
    QCOMPARE(m_view->findChild<QListWidget *>(QStringLiteral("storyAlertList"))->count(), 0);
    QVERIFY(setAndWait(m_alerts, QStringLiteral("v2")));
    QVERIFY(!empty->isVisible());
}

void TestAttackStory::largeIncident()
{
    // 40 alerts, each with eight IPs of its own and three accounts from a pool of twelve.
    QList<Alert> alerts;
    for (int a = 0; a < 40; ++a) {
        Alert alert;
        alert.id = QStringLiteral("big-%1").arg(a);
        alert.title = QStringLiteral("Synthetic alert number %1").arg(a);
        alert.severity = Enum<AlertSeverity>(AlertSeverity(1 + a % 4));
        alert.firstActivityDateTime = Timestamp::fromMSecs(1'790'000'000'000 + a * 60'000);
        QList<Evidence> evidence;
        for (int i = 0; i < 8; ++i) {
            Evidence e;
            e.make<IpEvidence>().ipAddress = QStringLiteral("10.%1.0.%2").arg(a).arg(i);
            evidence << e;
        }
        for (int k = 0; k < 3; ++k) {
            Evidence e;
            UserAccount account;
            account.userPrincipalName = QStringLiteral("user%1@contoso.com").arg((a + 5 * k) % 12);
            e.make<UserEvidence>().userAccount = account;
            evidence << e;
        }
        alert.evidence = evidence;
        alerts << alert;
    }
    QVERIFY(waitForLayout([&] {
        m_view->setIncident(99, QStringLiteral("big"), alerts);
        QVERIFY(m_view->isLayingOut()); // "Laying out…" until the worker answers
    }));
    QVERIFY(!m_view->isLayingOut());
    QCOMPARE(m_view->graph().nodes.size(), 40 + 320 + 12);
    QCOMPARE(m_view->visibleGraph().nodes.size(), 40 + 40 + 12); // eight IPs -> "8 IPs" per alert
    // Opens readable at its start (the first alert in view), not as a picture without text.
    QVERIFY(m_view->graphView()->transform().m11() >= 0.5);
    QVERIFY(m_view->graphView()
                ->mapToScene(m_view->graphView()->viewport()->rect())
                .boundingRect()
                .contains(m_view->nodeSceneRect(QStringLiteral("alert:big-0"))));
    QVERIFY(m_view->grab().save(QStringLiteral("attackstory-large.png")));
    QVERIFY(waitForLayout(
        [&] { m_view->findChild<QAction *>(QStringLiteral("storyCollapse"))->trigger(); }));
    QCOMPARE(m_view->visibleGraph().nodes.size(), 372);
    m_view->fitToView();
    QVERIFY(m_view->grab().save(QStringLiteral("attackstory-large-uncollapsed.png")));
    // Only the types present are offered.
    QVERIFY(m_view->findChild<QAction *>(QStringLiteral("storyType_account")));
    QVERIFY(!m_view->findChild<QAction *>(QStringLiteral("storyType_file")));
}

void TestAttackStory::retranslates()
{
    clickNode(GcpVm);
    guitest::MarkingTranslator marking("wf::ui::AttackStoryView");
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents(); // the LanguageChange events
    QCOMPARE(m_view->findChild<QAction *>(QStringLiteral("storyCollapse"))->text(),
        QStringLiteral("[Collapse]"));
    QCOMPARE(m_view->findChild<QPushButton *>(QStringLiteral("storyOpenEntity"))->text(),
        QStringLiteral("[Open entity page]"));
    QVERIFY(item(QStringLiteral("group:alert:wf-story-a1|ip"))->secondaryText().startsWith(u'['));
    QCOMPARE(m_view->selectedNode(), GcpVm); // the rebuilt scene keeps the selection
    QCOMPARE(item(GcpVm)->emphasis(), Emphasis::Selected);
    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(m_view->findChild<QAction *>(QStringLiteral("storyCollapse"))->text(),
        QStringLiteral("Collapse"));
}

void TestAttackStory::screenshots()
{
    m_view->fitToView();
    QVERIFY(m_view->grab().save(QStringLiteral("attackstory.png")));
    // The details pane takes room only while a node is selected; Escape lets go.
    m_view->selectNode(QStringLiteral("acct:ivan.petrov@contoso.com"));
    QVERIFY(!m_view->selectedNode().isEmpty());
    m_view->graphView()->setFocus();
    QTest::keyClick(m_view->graphView(), Qt::Key_Escape);
    QVERIFY(m_view->selectedNode().isEmpty());
    QVERIFY(!m_view->findChild<QWidget *>(QStringLiteral("storyDetails"))->isVisible());
    clickNode(QStringLiteral("acct:ivan.petrov@contoso.com"));
    QWidget *details = m_view->findChild<QWidget *>(QStringLiteral("storyDetails"));
    QVERIFY(details->isVisible());
    QTRY_VERIFY(details->width() >= details->minimumWidth());
    QCoreApplication::processEvents(); // the splitter lays out the shown pane
    QVERIFY(m_view->grab().save(QStringLiteral("attackstory-selected.png")));
    m_view->setPalette(guitest::darkPalette());
    QTest::qWait(0);
    m_view->fitToView();
    QVERIFY(m_view->grab().save(QStringLiteral("attackstory-dark.png")));
    QVERIFY(m_view->exportPng(QStringLiteral("attackstory-export-dark.png")));
}

QTEST_MAIN(TestAttackStory)
#include "tst_attackstory.moc"
