// The attack story view: toolbar, alert list, graph and details pane.
#include "attackstoryview.h"

#include "common/entityicons.h"
#include "item/queuemodel.h"
#include "queue/queuestyle.h"
#include "storyitems.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace wf::ui {

namespace {

enum DetailRow {
    RowType,
    RowProvider,
    RowName,
    RowHost,
    RowResourceType,
    RowResourceId,
    RowSubscription,
    RowRegion,
    RowFirstSeen,
    RowCount
};

constexpr int PlayIntervalMs = 900; // one alert per step: slow enough to read what it adds
constexpr qreal ZoomStep = 1.25;
constexpr qreal MinReadableScale = 0.6; // node text is drawn from 0.5x on
constexpr qreal SceneMargin = 40;
constexpr qreal MaxExportSide = 8000; // pixels; larger stories are scaled down to this

QPixmap severityDot(const QColor &color)
{
    QPixmap pixmap(20, 20);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(5, 5, 10, 10));
    pixmap.setDevicePixelRatio(2);
    return pixmap;
}

} // namespace

// The graph's view: zoom with the wheel, click to select, drag to pan.
class StoryGraphView final : public QGraphicsView
{
public:
    using QGraphicsView::QGraphicsView;
    std::function<void(StoryNodeItem *)> clicked;
    std::function<void(StoryNodeItem *)> activated;
    std::function<void()> zoomed;

protected:
    // A click selects on release, so that dragging to pan keeps the selection.
    void mousePressEvent(QMouseEvent *event) override
    {
        m_pressPos = event->position().toPoint();
        QGraphicsView::mousePressEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        const QPoint pos = event->position().toPoint();
        if (event->button() == Qt::LeftButton && clicked
            && (pos - m_pressPos).manhattanLength() < 4)
            clicked(nodeAt(pos));
        QGraphicsView::mouseReleaseEvent(event);
    }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        if (StoryNodeItem *node = nodeAt(event->position().toPoint()); node && activated)
            activated(node);
        QGraphicsView::mouseDoubleClickEvent(event);
    }
    void wheelEvent(QWheelEvent *event) override
    {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps == 0)
            return QGraphicsView::wheelEvent(event);
        const qreal factor = std::pow(ZoomStep, steps);
        const qreal current = transform().m11();
        if ((factor > 1 && current > 4) || (factor < 1 && current < 0.02))
            return;
        setTransformationAnchor(AnchorUnderMouse);
        scale(factor, factor);
        setTransformationAnchor(AnchorViewCenter);
        if (zoomed)
            zoomed();
    }

private:
    QPoint m_pressPos;

    StoryNodeItem *nodeAt(const QPoint &pos) const
    {
        for (QGraphicsItem *item : items(pos)) {
            if (auto *node = dynamic_cast<StoryNodeItem *>(item))
                return node;
        }
        return nullptr;
    }
};

AttackStoryView::AttackStoryView(QWidget *parent)
    : QWidget(parent)
{
    m_savePath = [this](const QString &suggested) {
        const QString filter = suggested.endsWith(QLatin1StringView(".svg"))
            ? tr("SVG image (*.svg)")
            : tr("PNG image (*.png)");
        return QFileDialog::getSaveFileName(this, tr("Export attack story"), suggested, filter);
    };
    buildUi();
    retranslateUi();
    connect(&m_layoutService, &story::LayoutService::ready, this, &AttackStoryView::onLayoutReady);
    setIncident(0, {}, {});
}

AttackStoryView::~AttackStoryView()
{
    // Items point into the visible graph and the style: drop them first.
    delete m_scene;
}

void AttackStoryView::buildUi()
{
    // Escape lets go of the selected node (all of the story lit again).
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    clear->setContext(Qt::WidgetWithChildrenShortcut);
    connect(clear, &QShortcut::activated, this, [this] { selectNode(QString()); });

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("storyToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto named = [this](QAction *action, const char *name) {
        action->setObjectName(QLatin1StringView(name));
        if (QWidget *w = m_toolBar->widgetForAction(action))
            w->setObjectName(QLatin1StringView(name) + QLatin1StringView("Button"));
        return action;
    };

    m_collapseAction = named(m_toolBar->addAction(QString()), "storyCollapse");
    m_collapseAction->setCheckable(true);
    m_collapseAction->setChecked(m_options.collapse);
    m_thresholdSpin = new QSpinBox(m_toolBar);
    m_thresholdSpin->setObjectName(QStringLiteral("storyCollapseThreshold"));
    m_thresholdSpin->setRange(2, 99);
    m_thresholdSpin->setValue(m_options.collapseThreshold);
    m_toolBar->addWidget(m_thresholdSpin);

    m_typesButton = new QToolButton(m_toolBar);
    m_typesButton->setObjectName(QStringLiteral("storyTypesButton"));
    m_typesButton->setPopupMode(QToolButton::InstantPopup);
    m_typesMenu = new QMenu(m_typesButton);
    m_typesMenu->setObjectName(QStringLiteral("storyTypesMenu"));
    m_typesButton->setMenu(m_typesMenu);
    m_toolBar->addWidget(m_typesButton);

    m_sparseAction = named(m_toolBar->addAction(QString()), "storyHideSparse");
    m_sparseAction->setCheckable(true);
    m_toolBar->addSeparator();

    m_playAction = named(m_toolBar->addAction(QString()), "storyPlay");
    m_playAction->setCheckable(true);
    m_timeSlider = new QSlider(Qt::Horizontal, m_toolBar);
    m_timeSlider->setObjectName(QStringLiteral("storyTimeSlider"));
    m_timeSlider->setMinimumWidth(140);
    m_timeSlider->setMaximumWidth(260);
    m_timeSlider->setPageStep(1);
    m_toolBar->addWidget(m_timeSlider);
    m_timeLabel = new QLabel(m_toolBar);
    m_timeLabel->setObjectName(QStringLiteral("storyTimeLabel"));
    m_toolBar->addWidget(m_timeLabel);
    m_toolBar->addSeparator();

    m_zoomInAction = named(m_toolBar->addAction(QString()), "storyZoomIn");
    m_zoomOutAction = named(m_toolBar->addAction(QString()), "storyZoomOut");
    m_fitAction = named(m_toolBar->addAction(QString()), "storyFit");
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_toolBar->addSeparator();
    m_pngAction = named(m_toolBar->addAction(QString()), "storyExportPng");
    m_svgAction = named(m_toolBar->addAction(QString()), "storyExportSvg");
    m_noticeLabel = new QLabel(m_toolBar);
    m_noticeLabel->setObjectName(QStringLiteral("storyNotice"));
    m_toolBar->addWidget(m_noticeLabel);

    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(PlayIntervalMs);

    m_alertList = new QListWidget(this);
    m_alertList->setObjectName(QStringLiteral("storyAlertList"));
    m_alertList->setWordWrap(true);
    m_alertList->setTextElideMode(Qt::ElideRight);

    m_scene = new QGraphicsScene(this);
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_view = new StoryGraphView(m_scene, this);
    m_view->setObjectName(QStringLiteral("storyGraphView"));
    m_view->viewport()->setObjectName(QStringLiteral("storyGraphViewport"));
    m_view->setRenderHints(
        QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    m_view->setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    m_view->setFrameShape(QFrame::NoFrame);
    m_busyLabel = new QLabel(m_view);
    m_busyLabel->setObjectName(QStringLiteral("storyBusy"));
    m_busyLabel->setMargin(6);
    m_busyLabel->setAutoFillBackground(true);
    m_busyLabel->move(12, 12);
    m_busyLabel->hide();
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("storyEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("storyDetails"));
    auto *detailLayout = new QVBoxLayout(m_details);
    m_detailTitle = new QLabel(m_details);
    m_detailTitle->setObjectName(QStringLiteral("storyDetailTitle"));
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_detailTitle->setFont(bold);
    m_detailHint = new QLabel(m_details);
    m_detailHint->setWordWrap(true);
    m_detailForm = new QFormLayout;
    m_detailForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (int row = 0; row < RowCount; ++row) {
        auto *value = new QLabel(m_details);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setMinimumWidth(60);
        m_detailValues.append(value);
        m_detailForm->addRow(new QLabel(m_details), value);
    }
    m_detailAlertsCaption = new QLabel(m_details);
    m_detailAlertsCaption->setFont(bold);
    m_detailAlerts = new QLabel(m_details);
    m_detailAlerts->setObjectName(QStringLiteral("storyDetailAlerts"));
    m_detailAlerts->setWordWrap(true);
    m_detailAlerts->setTextFormat(Qt::PlainText);
    m_openEntityButton = new QPushButton(m_details);
    m_openEntityButton->setObjectName(QStringLiteral("storyOpenEntity"));
    m_openAlertButton = new QPushButton(m_details);
    m_openAlertButton->setObjectName(QStringLiteral("storyOpenAlert"));
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailHint);
    detailLayout->addLayout(m_detailForm);
    detailLayout->addWidget(m_detailAlertsCaption);
    detailLayout->addWidget(m_detailAlerts);
    detailLayout->addWidget(m_openEntityButton);
    detailLayout->addWidget(m_openAlertButton);
    detailLayout->addStretch();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("storySplitter"));
    splitter->addWidget(m_alertList);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({210, 760, 260});
    splitter->setChildrenCollapsible(false);
    m_alertList->setMinimumWidth(160);
    m_details->setMinimumWidth(200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(m_collapseAction, &QAction::toggled, this, [this](bool on) {
        m_options.collapse = on;
        m_thresholdSpin->setEnabled(on);
        refresh();
    });
    connect(m_thresholdSpin, &QSpinBox::valueChanged, this, [this](int n) {
        m_options.collapseThreshold = n;
        refresh();
    });
    connect(m_sparseAction, &QAction::toggled, this, [this](bool on) {
        m_options.hideSparse = on;
        refresh();
    });
    connect(m_timeSlider, &QSlider::valueChanged, this, &AttackStoryView::onSliderMoved);
    connect(m_playAction, &QAction::toggled, this, &AttackStoryView::onPlayToggled);
    connect(m_playTimer, &QTimer::timeout, this, &AttackStoryView::playStep);
    connect(m_zoomInAction, &QAction::triggered, this, &AttackStoryView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, this, &AttackStoryView::zoomOut);
    connect(m_fitAction, &QAction::triggered, this, &AttackStoryView::fitToView);
    connect(m_pngAction, &QAction::triggered, this, [this] { exportTo(QStringLiteral("png")); });
    connect(m_svgAction, &QAction::triggered, this, [this] { exportTo(QStringLiteral("svg")); });
    connect(m_alertList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            selectNode(current->data(Qt::UserRole).toString());
    });
    connect(m_alertList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT alertActivated(item->data(Qt::UserRole + 1).toString());
    });
    connect(m_openEntityButton, &QPushButton::clicked, this, [this] {
        if (const story::StoryNode *node = m_visible.node(m_selectedKey);
            node && node->kind == story::NodeKind::Entity)
            Q_EMIT entityActivated(node->entity);
    });
    connect(m_openAlertButton, &QPushButton::clicked, this, [this] {
        if (const story::StoryNode *node = m_visible.node(m_selectedKey); node && node->isAlert())
            Q_EMIT alertActivated(node->alertId);
    });
    m_view->clicked
        = [this](StoryNodeItem *item) { selectNode(item ? item->node().key : QString()); };
    m_view->activated = [this](StoryNodeItem *item) {
        if (item->node().isAlert())
            Q_EMIT alertActivated(item->node().alertId);
        else if (item->node().kind == story::NodeKind::Entity)
            Q_EMIT entityActivated(item->node().entity);
    };
    m_view->zoomed = [this] { m_userZoomed = true; };
}

void AttackStoryView::retranslateUi()
{
    m_collapseAction->setText(tr("Collapse"));
    m_collapseAction->setToolTip(
        tr("Draw leaf entities of one type on one alert as one counted node"));
    m_thresholdSpin->setToolTip(tr("Collapse from this many entities on"));
    m_thresholdSpin->setPrefix(tr("from "));
    m_typesButton->setText(tr("Types"));
    m_typesButton->setToolTip(tr("Entity types to show"));
    m_sparseAction->setText(tr("Shared only"));
    m_sparseAction->setToolTip(tr("Hide entities linked to a single alert"));
    m_playAction->setText(tr("Play"));
    m_playAction->setToolTip(tr("Step through the alerts in the order they happened"));
    m_timeSlider->setToolTip(tr("Show the story up to this alert"));
    m_zoomInAction->setText(tr("Zoom in"));
    m_zoomOutAction->setText(tr("Zoom out"));
    m_fitAction->setText(tr("Fit"));
    m_pngAction->setText(tr("Export PNG"));
    m_svgAction->setText(tr("Export SVG"));
    m_busyLabel->setText(tr("Laying out…"));
    m_busyLabel->adjustSize();
    m_emptyLabel->setText(tr("This incident has no alerts to draw."));
    m_alertList->setAccessibleName(tr("Alerts in time order"));
    m_view->setAccessibleName(tr("Attack story graph"));
    m_detailAlertsCaption->setText(tr("Alerts"));
    m_openEntityButton->setText(tr("Open entity page"));
    m_openAlertButton->setText(tr("Open alert"));
    const char *const rows[RowCount]
        = {QT_TR_NOOP("Type"), QT_TR_NOOP("Provider"), QT_TR_NOOP("Name"), QT_TR_NOOP("Host name"),
            QT_TR_NOOP("Resource type"), QT_TR_NOOP("Resource id"), QT_TR_NOOP("Subscription"),
            QT_TR_NOOP("Region"), QT_TR_NOOP("First seen")};
    for (int row = 0; row < RowCount; ++row) {
        if (auto *label
            = qobject_cast<QLabel *>(m_detailForm->labelForField(m_detailValues.at(row))))
            label->setText(tr(rows[row]));
    }
    fillTypesMenu();
    updateTimeLabel();
    showDetails();
}

void AttackStoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillAlertList();
        buildScene(); // node subtitles and edge roles are translated text
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        fillAlertList();
        buildScene();
    }
}

void AttackStoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending && !m_nodeItems.isEmpty()) {
        showStart();
        m_fitPending = false;
    }
}

void AttackStoryView::setIncident(
    qint64 incidentId, const QString &version, const QList<wf::Alert> &alerts)
{
    m_playAction->setChecked(false);
    m_incidentId = incidentId;
    m_version = version;
    m_graph = story::build(alerts);
    m_selectedKey.clear();
    m_fitPending = true;
    m_userZoomed = false;
    m_alertTimes.clear();
    for (const story::StoryNode &node : std::as_const(m_graph.nodes)) {
        if (node.isAlert())
            m_alertTimes.append(node.time);
    }
    // The options stay (an analyst's filters carry over), except the time cutoff.
    m_options.hasCutoff = false;
    const QSignalBlocker blocker(m_timeSlider);
    m_timeSlider->setRange(0, qMax(0, int(m_alertTimes.size()) - 1));
    m_timeSlider->setValue(m_timeSlider->maximum());
    m_timeSlider->setEnabled(m_alertTimes.size() > 1);
    m_playAction->setEnabled(m_alertTimes.size() > 1);
    fillAlertList();
    fillTypesMenu();
    updateTimeLabel();
    refresh();
}

void AttackStoryView::setOptions(const story::StoryOptions &options)
{
    m_options = options;
    {
        const QSignalBlocker b1(m_collapseAction), b2(m_thresholdSpin), b3(m_sparseAction),
            b4(m_timeSlider);
        m_collapseAction->setChecked(options.collapse);
        m_thresholdSpin->setValue(options.collapseThreshold);
        m_thresholdSpin->setEnabled(options.collapse);
        m_sparseAction->setChecked(options.hideSparse);
        int stop = int(m_alertTimes.size()) - 1;
        if (options.hasCutoff) {
            stop = 0;
            while (stop + 1 < m_alertTimes.size() && m_alertTimes.at(stop + 1) <= options.cutoff)
                ++stop;
        }
        m_timeSlider->setValue(stop);
    }
    fillTypesMenu();
    updateTimeLabel();
    refresh();
}

bool AttackStoryView::isLayingOut() const
{
    return m_busyLabel->isVisibleTo(m_view);
}

void AttackStoryView::refresh()
{
    const bool empty = m_graph.nodes.isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_view);
    m_requested = story::visibleGraph(m_graph, m_options);
    m_requestedKey = story::layoutKey(m_incidentId, m_version, m_options);
    // A cached layout comes back in the same event-loop turn: no "Laying out…" flash.
    m_busyLabel->setVisible(!empty && !m_layoutService.isCached(m_requestedKey));
    m_busyLabel->raise();
    m_layoutService.request(m_requestedKey, m_requested);
}

void AttackStoryView::onLayoutReady(const QString &key, const story::Layout &layout)
{
    if (key != m_requestedKey)
        return; // an answer for options the analyst has already left
    m_layoutResult = layout;
    clearScene(); // the old items point into m_visible: they go before it changes
    m_visible = m_requested;
    m_busyLabel->hide();
    buildScene();
    if (m_fitPending && isVisible()) {
        showStart();
        m_fitPending = false;
    }
    Q_EMIT layoutReady();
}

void AttackStoryView::clearScene()
{
    m_scene->clear();
    m_nodeItems.clear();
    m_edgeLayer = nullptr;
    m_edgeLabels = nullptr;
}

void AttackStoryView::buildScene()
{
    clearScene();
    m_style = std::make_unique<StoryStyle>(palette(), font());
    m_view->setBackgroundBrush(palette().color(QPalette::Base));
    QPalette busy = m_busyLabel->palette();
    busy.setColor(QPalette::Window, palette().color(QPalette::ToolTipBase));
    busy.setColor(QPalette::WindowText, palette().color(QPalette::ToolTipText));
    m_busyLabel->setPalette(busy);
    const story::Layout &layout = m_layoutResult;
    if (layout.nodes.size() != m_visible.nodes.size()) {
        m_scene->setSceneRect(QRectF());
        return;
    }
    m_edgeLayer = new StoryEdgeLayer(m_visible, layout, m_style.get());
    m_scene->addItem(m_edgeLayer);
    m_edgeLabels = new StoryEdgeLabels(m_edgeLayer);
    m_scene->addItem(m_edgeLabels);
    m_nodeItems.reserve(m_visible.nodes.size());
    for (int i = 0; i < m_visible.nodes.size(); ++i) {
        auto *item
            = new StoryNodeItem(m_visible.nodes.at(i), i, layout.nodes.at(i).size, m_style.get());
        item->setPos(layout.nodes.at(i).centre);
        m_scene->addItem(item);
        m_nodeItems.append(item);
    }
    // Explicit: the scene must not grow with every item added or re-measure itself.
    m_scene->setSceneRect(
        layout.bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    if (!m_visible.node(m_selectedKey))
        m_selectedKey.clear();
    applyEmphasis();
    showDetails();
}

void AttackStoryView::selectNode(const QString &nodeKey)
{
    m_selectedKey = m_visible.node(nodeKey) ? nodeKey : QString();
    applyEmphasis();
    showDetails();
    // Keep the list in step without re-entering selectNode.
    const QSignalBlocker blocker(m_alertList);
    QListWidgetItem *match = nullptr;
    for (int i = 0; i < m_alertList->count(); ++i) {
        if (m_alertList->item(i)->data(Qt::UserRole).toString() == m_selectedKey)
            match = m_alertList->item(i);
    }
    m_alertList->setCurrentItem(match);
    if (!match)
        m_alertList->clearSelection();
    // After the splitter has made room for the details pane (a posted layout request
    // comes first), so the node is not left under the pane.
    QMetaObject::invokeMethod(this, [this, key = m_selectedKey] {
        const int index = m_visible.indexOf(key);
        if (key == m_selectedKey && index >= 0 && index < m_nodeItems.size())
            m_view->ensureVisible(m_nodeItems.at(index), 40, 40);
    }, Qt::QueuedConnection);
}

void AttackStoryView::applyEmphasis()
{
    const int selected = m_visible.indexOf(m_selectedKey);
    QList<bool> neighbour(m_nodeItems.size(), false);
    if (selected >= 0) {
        for (int n : m_visible.neighbours(selected))
            neighbour[n] = true;
    }
    for (StoryNodeItem *item : std::as_const(m_nodeItems)) {
        const int i = item->index();
        item->setEmphasis(selected < 0 ? Emphasis::Normal
                : i == selected        ? Emphasis::Selected
                : neighbour.at(i)      ? Emphasis::Neighbour
                                       : Emphasis::Dimmed);
    }
    if (m_edgeLayer) {
        m_edgeLayer->setFocusNode(selected);
        m_edgeLabels->update();
    }
}

void AttackStoryView::showDetails()
{
    const story::StoryNode *node = m_visible.node(m_selectedKey);
    for (int row = 0; row < RowCount; ++row)
        m_detailForm->setRowVisible(row, false);
    m_openEntityButton->setVisible(node && node->kind == story::NodeKind::Entity);
    m_openAlertButton->setVisible(node && node->isAlert());
    m_detailAlertsCaption->setVisible(node != nullptr);
    m_detailAlerts->setVisible(node != nullptr);
    m_detailHint->setVisible(node == nullptr || node->kind == story::NodeKind::Group);
    // The pane takes room from the graph only while it has something to say.
    m_details->setVisible(node != nullptr);
    if (!node) {
        m_detailTitle->setText(tr("Details"));
        m_detailHint->setText(
            tr("Select an alert or an entity to see it here with its neighbours."));
        return;
    }
    auto setRow = [this](int row, const QString &value) {
        m_detailValues.at(row)->setText(value);
        m_detailForm->setRowVisible(row, !value.isEmpty());
    };
    QStringList alertLines;
    for (const QString &id : node->alertIds) {
        if (const story::StoryNode *alert = m_graph.node(story::alertKey(id)))
            alertLines << tr("• %1 — %2").arg(storyTimeText(alert->time), alert->title);
    }
    m_detailAlerts->setText(alertLines.join(u'\n'));
    if (node->isAlert()) {
        m_detailTitle->setText(node->title);
        m_detailAlertsCaption->setText(tr("Alert"));
        m_detailAlerts->setText(
            tr("%1 severity, first activity %2")
                .arg(item::severityText(node->severity.ordinal()), storyTimeText(node->time)));
        setRow(RowType, tr("Alert"));
        return;
    }
    m_detailAlertsCaption->setText(tr("Alerts"));
    const EntityInfo &e = node->entity;
    setRow(RowType, EntityText::typeName(e.type));
    if (node->kind == story::NodeKind::Group) {
        m_detailTitle->setText(EntityText::typeCount(e.type, node->count));
        QStringList names;
        for (const QString &member : node->members) {
            const story::StoryNode *m = m_graph.node(member);
            names << (m && !m->entity.name.isEmpty() ? m->entity.name : member);
        }
        m_detailHint->setText(
            tr("Linked only to this alert: %1").arg(names.join(QStringLiteral(", "))));
        return;
    }
    m_detailTitle->setText(e.name.isEmpty() ? EntityText::typeName(e.type) : e.name);
    setRow(RowProvider,
        e.provider == CloudProvider::None ? QString() : EntityText::providerName(e.provider));
    setRow(RowName, e.name);
    setRow(RowHost, node->hostName);
    setRow(RowResourceType, e.resourceType);
    setRow(RowResourceId, e.resourceId);
    setRow(RowSubscription, e.subscription);
    setRow(RowRegion, e.region);
    setRow(RowFirstSeen, storyTimeText(node->time));
}

void AttackStoryView::fillAlertList()
{
    const QSignalBlocker blocker(m_alertList);
    m_alertList->clear();
    for (const story::StoryNode &node : std::as_const(m_graph.nodes)) {
        if (!node.isAlert())
            continue;
        auto *item = new QListWidgetItem(
            tr("%1\n%2").arg(storyTimeText(node.time), node.title), m_alertList);
        item->setData(Qt::UserRole, node.key);
        item->setData(Qt::UserRole + 1, node.alertId);
        const QColor color = queue::severityColor(node.severity.ordinal(), palette());
        item->setIcon(QIcon(severityDot(color)));
        item->setToolTip(tr("%1 severity").arg(item::severityText(node.severity.ordinal())));
        const bool shown = !m_options.hasCutoff || node.time <= m_options.cutoff;
        if (!shown)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (node.key == m_selectedKey)
            m_alertList->setCurrentItem(item);
    }
}

void AttackStoryView::fillTypesMenu()
{
    m_typesMenu->clear();
    QList<bool> present(EntityTypeCount, false);
    for (const story::StoryNode &node : std::as_const(m_graph.nodes)) {
        if (!node.isAlert())
            present[int(node.entity.type)] = true;
    }
    for (int t = 0; t < EntityTypeCount; ++t) {
        if (!present.at(t))
            continue;
        const auto type = EntityType(t);
        QAction *action
            = m_typesMenu->addAction(entityIcon(type, palette()), EntityText::typePlural(type));
        action->setObjectName(QLatin1StringView("storyType_") + entityTypeName(type));
        action->setCheckable(true);
        action->setChecked(!m_options.isHidden(type));
        connect(action, &QAction::toggled, this, [this, type](bool shown) {
            m_options.setHidden(type, !shown);
            refresh();
        });
    }
    m_typesButton->setEnabled(!m_typesMenu->isEmpty());
}

void AttackStoryView::updateTimeLabel()
{
    if (m_alertTimes.isEmpty()) {
        m_timeLabel->clear();
        return;
    }
    const int shown = m_timeSlider->value() + 1;
    m_timeLabel->setText(tr("%1 of %2 alerts, to %3")
                             .arg(shown)
                             .arg(m_alertTimes.size())
                             .arg(storyTimeText(m_alertTimes.at(
                                 qBound(0, shown - 1, int(m_alertTimes.size()) - 1)))));
}

void AttackStoryView::onSliderMoved(int value)
{
    const bool all = value >= int(m_alertTimes.size()) - 1;
    m_options.hasCutoff = !all;
    m_options.cutoff = all ? Timestamp() : m_alertTimes.value(value);
    updateTimeLabel();
    fillAlertList();
    refresh();
}

void AttackStoryView::onPlayToggled(bool on)
{
    if (!on) {
        m_playTimer->stop();
        return;
    }
    m_timeSlider->setValue(0);
    m_playTimer->start();
}

void AttackStoryView::playStep()
{
    if (m_timeSlider->value() >= m_timeSlider->maximum()) {
        m_playAction->setChecked(false);
        return;
    }
    m_timeSlider->setValue(m_timeSlider->value() + 1);
}

QRectF AttackStoryView::nodeSceneRect(const QString &nodeKey) const
{
    const int i = m_visible.indexOf(nodeKey);
    if (i < 0 || i >= m_nodeItems.size())
        return {};
    return m_nodeItems.at(i)->sceneBoundingRect();
}

QGraphicsView *AttackStoryView::graphView() const
{
    return m_view;
}

void AttackStoryView::zoomIn()
{
    m_view->scale(ZoomStep, ZoomStep);
    m_userZoomed = true;
}

void AttackStoryView::zoomOut()
{
    m_view->scale(1 / ZoomStep, 1 / ZoomStep);
    m_userZoomed = true;
}

void AttackStoryView::fitToView()
{
    if (m_scene->sceneRect().isEmpty())
        return;
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // Never blow a small story up past its natural size: it would only look blurry.
    if (m_view->transform().m11() > 1.0)
        m_view->setTransform(QTransform());
    m_view->centerOn(m_scene->sceneRect().center());
    m_userZoomed = false;
}

void AttackStoryView::showStart()
{
    fitToView();
    // A story too large to read whole opens readable at its beginning (the first alert,
    // top left) rather than as a picture without text; Fit still shows all of it.
    if (m_view->transform().m11() >= MinReadableScale || m_nodeItems.isEmpty())
        return;
    m_view->setTransform(QTransform::fromScale(MinReadableScale, MinReadableScale));
    const QRectF first = m_nodeItems.first()->sceneBoundingRect();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    m_view->centerOn(QPointF(first.left() - SceneMargin / 2 + visible.width() / 2,
        first.top() - SceneMargin / 2 + visible.height() / 2));
}

bool AttackStoryView::exportPng(const QString &path)
{
    const QRectF source = m_scene->sceneRect();
    if (source.isEmpty())
        return false;
    const qreal scale = qMin(2.0, MaxExportSide / qMax(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHints(
            QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        m_scene->render(&painter, QRectF(image.rect()), source);
    }
    return image.save(path, "PNG") && QFileInfo(path).size() > 0;
}

bool AttackStoryView::exportSvg(const QString &path)
{
    const QRectF source = m_scene->sceneRect();
    if (source.isEmpty())
        return false;
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(tr("Attack story"));
    {
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), palette().color(QPalette::Base));
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    return QFileInfo(path).size() > 0;
}

void AttackStoryView::setSavePathProvider(std::function<QString(const QString &)> provider)
{
    m_savePath = std::move(provider);
}

void AttackStoryView::exportTo(const QString &extension)
{
    const QString suggested
        = QStringLiteral("incident-%1-story.%2").arg(m_incidentId).arg(extension);
    const QString path = m_savePath ? m_savePath(suggested) : QString();
    if (path.isEmpty())
        return;
    const bool ok = extension == QLatin1StringView("svg") ? exportSvg(path) : exportPng(path);
    m_noticeLabel->setText(
        ok ? tr("Saved %1").arg(QFileInfo(path).fileName()) : tr("Could not write %1").arg(path));
}

} // namespace wf::ui
