// The incident's attack story: its alerts in time order beside a graph of the alerts and
// the entities their evidence names, with filters, a time slider, a details pane and
// PNG/SVG export.
#pragma once

#include "story/graphlayout.h"
#include "story/storygraph.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QFormLayout;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolBar;
class QToolButton;

namespace wf::ui {

class StoryEdgeLabels;
class StoryEdgeLayer;
class StoryGraphView;
class StoryNodeItem;
struct StoryStyle;

class AttackStoryView : public QWidget
{
    Q_OBJECT
public:
    explicit AttackStoryView(QWidget *parent = nullptr);
    ~AttackStoryView() override;

    // Shows an incident's alerts; `version` (e.g. its lastUpdateDateTime) keys the layout
    // cache together with the id and the filter options.
    void setIncident(qint64 incidentId, const QString &version, const QList<wf::Alert> &alerts);

    const story::StoryGraph &graph() const { return m_graph; }
    // What is drawn now: the graph through the options (valid once layoutReady came).
    const story::StoryGraph &visibleGraph() const { return m_visible; }
    const story::Layout &layout() const { return m_layoutResult; }
    const story::StoryOptions &options() const { return m_options; }
    void setOptions(const story::StoryOptions &options);
    bool isLayingOut() const;

    // Selects a node of the visible graph (its neighbours highlighted, the others dimmed)
    // and shows it in the details pane; an empty or unknown key clears the selection.
    void selectNode(const QString &nodeKey);
    QString selectedNode() const { return m_selectedKey; }
    // Where a node is drawn, in scene coordinates (empty if not visible); for tests.
    QRectF nodeSceneRect(const QString &nodeKey) const;
    QGraphicsView *graphView() const;
    QGraphicsScene *scene() const { return m_scene; }

    void zoomIn();
    void zoomOut();
    void fitToView();
    // What a new incident opens with: all of it if it reads at that size, else its start.
    void showStart();

    bool exportPng(const QString &path);
    bool exportSvg(const QString &path);
    // The save dialog seam: returns the chosen path, or empty to cancel.
    void setSavePathProvider(std::function<QString(const QString &suggested)> provider);

Q_SIGNALS:
    void layoutReady();
    void entityActivated(const wf::EntityInfo &entity);
    void alertActivated(const QString &alertId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void refresh();
    void onLayoutReady(const QString &key, const story::Layout &layout);
    void clearScene();
    void buildScene();
    void applyEmphasis();
    void showDetails();
    void fillAlertList();
    void fillTypesMenu();
    void updateTimeLabel();
    void onSliderMoved(int value);
    void onPlayToggled(bool on);
    void playStep();
    void exportTo(const QString &extension);

    // Model.
    qint64 m_incidentId = 0;
    QString m_version;
    story::StoryGraph m_graph;
    story::StoryGraph m_visible; // drawn now; the scene's items point into it
    story::StoryGraph m_requested; // asked of the layout service, drawn when it answers
    story::Layout m_layoutResult;
    story::StoryOptions m_options;
    QList<Timestamp> m_alertTimes; // sorted, one per alert: the slider's stops
    story::LayoutService m_layoutService;
    QString m_requestedKey;
    QString m_selectedKey;
    bool m_fitPending = true;
    bool m_userZoomed = false;
    std::function<QString(const QString &)> m_savePath;

    // Scene.
    std::unique_ptr<StoryStyle> m_style;
    QGraphicsScene *m_scene = nullptr;
    StoryEdgeLayer *m_edgeLayer = nullptr;
    StoryEdgeLabels *m_edgeLabels = nullptr;
    QList<StoryNodeItem *> m_nodeItems;

    // Widgets.
    QToolBar *m_toolBar = nullptr;
    QAction *m_collapseAction = nullptr;
    QSpinBox *m_thresholdSpin = nullptr;
    QToolButton *m_typesButton = nullptr;
    QMenu *m_typesMenu = nullptr;
    QAction *m_sparseAction = nullptr;
    QAction *m_playAction = nullptr;
    QSlider *m_timeSlider = nullptr;
    QLabel *m_timeLabel = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_pngAction = nullptr;
    QAction *m_svgAction = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QTimer *m_playTimer = nullptr;
    QListWidget *m_alertList = nullptr;
    QStackedWidget *m_stack = nullptr;
    StoryGraphView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailHint = nullptr;
    QFormLayout *m_detailForm = nullptr;
    QList<QLabel *> m_detailValues; // one per DetailRow
    QLabel *m_detailAlertsCaption = nullptr;
    QLabel *m_detailAlerts = nullptr;
    QPushButton *m_openEntityButton = nullptr;
    QPushButton *m_openAlertButton = nullptr;
};

} // namespace wf::ui
