// The queue page: wiring of search, filters, views, table, detail, manage pane and edits.
#include "queuepagecore.h"

#include "csvexport.h"
#include "detailhtml.h"
#include "edittracker.h"
#include "filterpanel.h"
#include "item/queuemodel.h"
#include "queuestyle.h"
#include "queuetableview.h"
#include "session/session.h"

#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wf::ui::queue {

namespace {
using IC = item::IncidentTableModel;
using AC = item::AlertTableModel;

QString sanitizedKey(const QString &s)
{
    QString out = s.isEmpty() ? QStringLiteral("anonymous") : s.toLower();
    for (QChar &c : out) {
        if (c == u'/' || c == u'\\' || c == u'=' || c.isSpace())
            c = u'_';
    }
    return out;
}
} // namespace

// ---- SavedView

QJsonObject SavedView::toJson() const
{
    QJsonObject f = filter.toJson();
    if (rangeDays >= 0) {
        // Relative ranges are stored as such, so a view saved today still means
        // "the last 30 days" next month.
        f.remove(QStringLiteral("fromMs"));
        f.remove(QStringLiteral("toMs"));
    }
    return {{QStringLiteral("version"), 1}, {QStringLiteral("filter"), f},
        {QStringLiteral("rangeDays"), rangeDays}, {QStringLiteral("sortColumn"), sortColumn},
        {QStringLiteral("sortOrder"),
            sortOrder == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")}};
}

SavedView SavedView::fromJson(const QJsonObject &o)
{
    SavedView v;
    v.filter = item::QueueFilter::fromJson(o.value(QStringLiteral("filter")).toObject());
    v.rangeDays = o.value(QStringLiteral("rangeDays")).toInt(30);
    v.sortColumn = o.value(QStringLiteral("sortColumn")).toInt(-1);
    v.sortOrder = o.value(QStringLiteral("sortOrder")).toString() == u"asc" ? Qt::AscendingOrder
                                                                            : Qt::DescendingOrder;
    return v;
}

// ---- construction

QueuePageCore::QueuePageCore(Kind kind, session::Session *session, QWidget *parent, Mode mode)
    : QueuePage(parent)
    , m_kind(kind)
    , m_mode(mode)
    , m_session(session)
{
    if (mode == Mode::Embedded)
        setObjectName(kind == Kind::Incidents ? QStringLiteral("scopedIncidentList")
                                              : QStringLiteral("scopedAlertList"));
    else
        setObjectName(kind == Kind::Incidents ? QStringLiteral("incidentQueuePage")
                                              : QStringLiteral("alertQueuePage"));
    m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    for (QTimer *t :
        {&m_searchTimer, &m_refreshTimer, &m_detailTimer, &m_headerTimer, &m_progressTimer})
        t->setSingleShot(true);
    // QProgressBar repaints synchronously on every value: a bulk action of thousands of
    // edits updates it at most ten times a second.
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &QueuePageCore::showEditProgress);
    m_searchTimer.setInterval(150);
    m_refreshTimer.setInterval(0);
    m_detailTimer.setInterval(30);
    m_headerTimer.setInterval(400);
    connect(&m_searchTimer, &QTimer::timeout, this, &QueuePageCore::applyFilterNow);
    connect(&m_refreshTimer, &QTimer::timeout, this, &QueuePageCore::refreshChrome);
    connect(&m_detailTimer, &QTimer::timeout, this, &QueuePageCore::updateDetail);
    connect(&m_headerTimer, &QTimer::timeout, this, &QueuePageCore::saveHeader);

    store::QueueStore *store = session ? session->store() : nullptr;
    if (store) {
        if (kind == Kind::Incidents)
            m_model = new item::IncidentTableModel(store, this);
        else
            m_model = new item::AlertTableModel(store, this);
    }
    buildUi();
    if (!m_model) {
        setEnabled(false);
        return;
    }
    wireModel();
    restoreHeader();
    applyDefaultView();
    m_table->setSortingEnabled(true);
    if (m_session->edits())
        m_model->setPending(m_session->edits()->pendingIds());
    connect(session, &QObject::destroyed, this, [this] {
        // The store is gone with the session: show nothing rather than read freed rows.
        m_table->setModel(nullptr);
        delete m_model;
        m_model = nullptr;
        setEnabled(false);
    });
    refreshChrome();
    updateDetail();
}

QueuePageCore::~QueuePageCore()
{
    if (m_model)
        saveHeader();
}

qint64 QueuePageCore::now() const
{
    return m_clock();
}

QString QueuePageCore::settingsPrefix() const
{
    QString prefix = m_kind == Kind::Incidents ? QStringLiteral("queue/incidents")
                                               : QStringLiteral("queue/alerts");
    if (m_mode == Mode::Embedded)
        prefix += QStringLiteral("/embedded");
    return prefix;
}

void QueuePageCore::setScope(const QList<qint64> &incidents, const QStringList &alerts)
{
    m_scopeIncidents = incidents;
    m_scopeAlerts = alerts;
    applyFilterNow();
}

QString QueuePageCore::defaultViewKey() const
{
    const QString who = m_session ? m_session->signedInAs() : QString();
    return settingsPrefix() + QStringLiteral("/defaultView/") + sanitizedKey(who);
}

QString QueuePageCore::noun(int n) const
{
    // No "%n" plurals: without a loaded translation they show as "incident(s)".
    if (m_kind == Kind::Incidents)
        return n == 1 ? tr("1 incident") : tr("%1 incidents").arg(n);
    return n == 1 ? tr("1 alert") : tr("%1 alerts").arg(n);
}

void QueuePageCore::buildUi()
{
    const bool incidents = m_kind == Kind::Incidents;
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(8, 8, 8, 4);
    root->setSpacing(6);

    // Tool row
    auto *tools = new QHBoxLayout;
    tools->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(340);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilterNow();
        m_table->setFocus();
    });
    tools->addWidget(m_search, 2);

    m_filtersButton = new QPushButton(this);
    m_filtersButton->setObjectName(QStringLiteral("filtersButton"));
    m_filtersButton->setCheckable(true);
    tools->addWidget(m_filtersButton);

    m_viewsButton = new QPushButton(this);
    m_viewsButton->setObjectName(QStringLiteral("viewsButton"));
    m_viewsMenu = new QMenu(m_viewsButton);
    m_viewsMenu->setObjectName(QStringLiteral("viewsMenu"));
    m_viewsButton->setMenu(m_viewsMenu);
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &QueuePageCore::buildViewsMenu);
    tools->addWidget(m_viewsButton);
    tools->addStretch(1);

    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->sync())
            m_session->sync()->syncNow();
    });
    tools->addWidget(m_refreshButton);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &QueuePageCore::exportWithDialog);
    tools->addWidget(m_exportButton);
    m_shortcutsButton = new QPushButton(this);
    m_shortcutsButton->setObjectName(QStringLiteral("shortcutsButton"));
    connect(m_shortcutsButton, &QPushButton::clicked, this, &QueuePageCore::showShortcuts);
    tools->addWidget(m_shortcutsButton);
    root->addLayout(tools);

    // Filters
    static const store::QueueStore emptyStore;
    m_filterPanel = new FilterPanel(
        incidents, m_session && m_session->store() ? m_session->store() : &emptyStore, this);
    if (m_session)
        m_filterPanel->setSignedInAs(m_session->signedInAs());
    connect(m_filterPanel, &FilterPanel::changed, this, [this] {
        m_drilledStatus = m_drilledSeverity = false;
        applyFilterNow();
    });
    root->addWidget(m_filterPanel);
    const bool filtersVisible = m_mode == Mode::Queue
        && QSettings().value(settingsPrefix() + QStringLiteral("/filtersVisible"), true).toBool();
    if (m_mode == Mode::Embedded) {
        // The scope is the filter; syncing is the window's business.
        for (QWidget *w : {static_cast<QWidget *>(m_filtersButton), static_cast<QWidget *>(m_viewsButton),
                           static_cast<QWidget *>(m_refreshButton)})
            w->hide();
    }
    m_filterPanel->setVisible(filtersVisible);
    m_filtersButton->setChecked(filtersVisible);
    connect(m_filtersButton, &QPushButton::toggled, this, [this](bool on) {
        m_filterPanel->setVisible(on);
        QSettings().setValue(settingsPrefix() + QStringLiteral("/filtersVisible"), on);
    });

    // Counts
    auto *countsRow = new QHBoxLayout;
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_counts, &QLabel::linkActivated, this, &QueuePageCore::drillDown);
    countsRow->addWidget(m_counts, 1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    countsRow->addWidget(m_total);
    root->addLayout(countsRow);

    // Notice (filter widened to show an incident, ...)
    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(8, 4, 8, 4);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeText->setWordWrap(true);
    noticeLayout->addWidget(m_noticeText, 1);
    m_noticeRestore = new QPushButton(m_notice);
    m_noticeRestore->setObjectName(QStringLiteral("restoreFilterButton"));
    connect(m_noticeRestore, &QPushButton::clicked, this, [this] {
        m_notice->hide();
        if (m_widened) {
            m_widened = false;
            const QString keep = currentId();
            setView(m_beforeWiden);
            selectId(keep);
        }
    });
    noticeLayout->addWidget(m_noticeRestore);
    m_noticeClose = new QPushButton(m_notice);
    m_noticeClose->setObjectName(QStringLiteral("closeNoticeButton"));
    m_noticeClose->setFlat(true);
    connect(m_noticeClose, &QPushButton::clicked, m_notice, &QWidget::hide);
    noticeLayout->addWidget(m_noticeClose);
    m_notice->hide();
    root->addWidget(m_notice);

    // Table | detail + manage
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = new QueueTableView(m_splitter);
    m_table->setObjectName(
        incidents ? QStringLiteral("incidentTable") : QStringLiteral("alertTable"));
    m_table->setKeyHandler([this](QKeyEvent *e) { return handleKey(e); });
    m_table->viewport()->installEventFilter(this);
    m_empty = new QLabel(m_table->viewport());
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setAutoFillBackground(false);
    connect(m_empty, &QLabel::linkActivated, this, [this] {
        m_search->clear();
        m_filterPanel->clear();
        applyFilterNow();
    });
    m_splitter->addWidget(m_table);

    m_detailSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_detailSplitter->setObjectName(QStringLiteral("detailSplitter"));
    m_detailSplitter->setChildrenCollapsible(false);
    auto *detailBox = new QWidget(m_detailSplitter);
    detailBox->setObjectName(QStringLiteral("detailPane"));
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser(detailBox);
    m_detail->setObjectName(QStringLiteral("detailView"));
    m_detail->setOpenLinks(false);
    m_detail->setOpenExternalLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"incident") {
            const qint64 id = url.path().toLongLong();
            if (id > 0)
                Q_EMIT openIncidentRequested(id);
        }
    });
    detailLayout->addWidget(m_detail, 1);
    if (!incidents) {
        m_openIncident = new QPushButton(detailBox);
        m_openIncident->setObjectName(QStringLiteral("openIncidentButton"));
        m_openIncident->setEnabled(false);
        connect(m_openIncident, &QPushButton::clicked, this, &QueuePageCore::openCurrent);
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(m_openIncident);
        detailLayout->addLayout(row);
    }
    m_detailSplitter->addWidget(detailBox);

    m_manage = new ManagePane(incidents, nullptr);
    auto *manageScroll = new QScrollArea(m_detailSplitter);
    manageScroll->setObjectName(QStringLiteral("manageScroll"));
    manageScroll->setWidgetResizable(true);
    manageScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    manageScroll->setFrameShape(QFrame::NoFrame);
    manageScroll->setWidget(m_manage);
    m_detailSplitter->addWidget(manageScroll);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({880, 340});
    root->addWidget(m_splitter, 1);
    const QSettings settings;
    m_splitter->restoreState(
        settings.value(settingsPrefix() + QStringLiteral("/splitter")).toByteArray());
    m_detailSplitter->restoreState(
        settings.value(settingsPrefix() + QStringLiteral("/detailSplitter")).toByteArray());
    for (QSplitter *s : {m_splitter, m_detailSplitter})
        connect(s, &QSplitter::splitterMoved, this, [this] { m_headerTimer.start(); });

    connect(m_manage, &ManagePane::applyRequested, this, [this](const ManagePane::Request &r) {
        submit(idsFor(r.scope), r);
        m_table->setFocus();
    });
    connect(m_manage, &ManagePane::assignToMeRequested, this, &QueuePageCore::assignToMe);
    connect(m_manage, &ManagePane::leaveRequested, this, [this] { m_table->setFocus(); });

    // Bulk progress and failures
    m_bulkBar = new QWidget(this);
    m_bulkBar->setObjectName(QStringLiteral("bulkBar"));
    auto *bulkLayout = new QHBoxLayout(m_bulkBar);
    bulkLayout->setContentsMargins(0, 0, 0, 0);
    m_bulkLabel = new QLabel(m_bulkBar);
    m_bulkLabel->setObjectName(QStringLiteral("bulkLabel"));
    bulkLayout->addWidget(m_bulkLabel);
    m_bulkProgress = new QProgressBar(m_bulkBar);
    m_bulkProgress->setObjectName(QStringLiteral("bulkProgress"));
    m_bulkProgress->setFormat(QStringLiteral("%v / %m"));
    m_bulkProgress->setMaximumWidth(320);
    bulkLayout->addWidget(m_bulkProgress, 1);
    m_failuresButton = new QPushButton(m_bulkBar);
    m_failuresButton->setObjectName(QStringLiteral("failuresButton"));
    m_failuresButton->setCheckable(true);
    m_failuresButton->hide();
    bulkLayout->addWidget(m_failuresButton);
    m_bulkDismiss = new QPushButton(m_bulkBar);
    m_bulkDismiss->setObjectName(QStringLiteral("dismissBulkButton"));
    m_bulkDismiss->setFlat(true);
    bulkLayout->addWidget(m_bulkDismiss);
    bulkLayout->addStretch(1);
    m_bulkBar->hide();
    root->addWidget(m_bulkBar);

    m_failurePanel = new QFrame(this);
    m_failurePanel->setObjectName(QStringLiteral("failurePanel"));
    m_failurePanel->setFrameShape(QFrame::StyledPanel);
    auto *failLayout = new QVBoxLayout(m_failurePanel);
    failLayout->setContentsMargins(6, 4, 6, 4);
    m_failureTitle = new QLabel(m_failurePanel);
    m_failureTitle->setObjectName(QStringLiteral("failureTitle"));
    failLayout->addWidget(m_failureTitle);
    m_failureList = new QListWidget(m_failurePanel);
    m_failureList->setObjectName(QStringLiteral("failureList"));
    m_failureList->setMaximumHeight(140);
    failLayout->addWidget(m_failureList);
    m_failurePanel->hide();
    root->addWidget(m_failurePanel);
    connect(m_failuresButton, &QPushButton::toggled, m_failurePanel, &QWidget::setVisible);
    connect(m_bulkDismiss, &QPushButton::clicked, this, [this] {
        m_bulkBar->hide();
        m_failurePanel->hide();
        m_failuresButton->setChecked(false);
    });

    if (m_session && m_session->edits()) {
        m_tracker = new EditTracker(m_session->edits(), this);
        connect(m_tracker, &EditTracker::progressed, this, &QueuePageCore::onEditProgress);
        connect(m_tracker, &EditTracker::finished, this, &QueuePageCore::onEditsFinished);
        connect(m_tracker, &EditTracker::waiting, this, [this](const QString &sentence) {
            m_bulkLabel->setText(
                tr("Waiting for the server (%1). The changes are kept and will be sent.")
                    .arg(sentence));
        });
    }
    retranslateUi();
}

void QueuePageCore::wireModel()
{
    m_table->setModel(m_model);
    const bool incidents = m_kind == Kind::Incidents;
    m_table->setItemDelegate(
        new QueueDelegate(m_table, incidents ? int(IC::Severity) : int(AC::Severity),
            incidents ? int(IC::ImpactedAssets) : int(AC::ImpactedAssets)));
    connect(
        m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { captureState(false); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePageCore::restoreState);
    connect(
        m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { captureState(true); });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &QueuePageCore::restoreState);
    connect(m_model, &item::QueueModel::viewRebuilt, this, &QueuePageCore::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        scheduleRefresh();
        scheduleDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &QueuePageCore::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        scheduleDetail();
        if (!m_restoring)
            updateManageCounts(false);
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { openCurrent(); });

    QHeaderView *header = m_table->horizontalHeader();
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] { m_headerTimer.start(); });
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (m_fittingColumns)
            return;
        m_autoFitName = false; // the analyst sized a column: keep their widths
        m_headerTimer.start();
    });

    if (m_session->edits())
        connect(m_session->edits(), &store::EditService::pendingChanged, m_model,
            &item::QueueModel::setPending);
    if (m_session->sync())
        connect(m_session->sync(), &store::SyncService::stateChanged, this,
            &QueuePageCore::scheduleRefresh);
}

// ---- columns

void QueuePageCore::applyDefaultColumns()
{
    QHeaderView *h = m_table->horizontalHeader();
    const int n = m_model->columnCount();
    for (int v = 0; v < n; ++v)
        h->moveSection(h->visualIndex(v), v);
    // Visible columns and their widths; the rest start hidden (the header's context menu
    // shows them). The name column takes what the others leave (fitNameColumn).
    QHash<int, int> widths;
    if (m_kind == Kind::Incidents) {
        widths = {{IC::Name, 260}, {IC::Severity, 104}, {IC::Status, 88}, {IC::ImpactedAssets, 170},
            {IC::LastUpdate, 156}, {IC::AssignedTo, 130}};
    } else {
        widths
            = {{AC::Title, 260}, {AC::Severity, 104}, {AC::Status, 80}, {AC::ImpactedAssets, 150},
                {AC::Subscription, 120}, {AC::Incident, 60}, {AC::LastUpdate, 156}};
    }
    m_fittingColumns = true;
    for (int c = 0; c < n; ++c) {
        h->setSectionHidden(c, !widths.contains(c));
        h->resizeSection(c, widths.value(c, 140));
    }
    m_fittingColumns = false;
    m_autoFitName = true;
    fitNameColumn();
}

void QueuePageCore::fitNameColumn()
{
    if (!m_autoFitName || !m_model)
        return;
    const int available = m_table->viewport()->width();
    if (available < 200)
        return;
    const int name = m_kind == Kind::Incidents ? int(IC::Name) : int(AC::Title);
    QHeaderView *h = m_table->horizontalHeader();
    int others = 0;
    for (int c : m_table->visibleColumns()) {
        if (c != name)
            others += h->sectionSize(c);
    }
    m_fittingColumns = true;
    h->resizeSection(name, qMax(160, available - others));
    m_fittingColumns = false;
}

void QueuePageCore::restoreHeader()
{
    const QByteArray state
        = QSettings().value(settingsPrefix() + QStringLiteral("/header")).toByteArray();
    if (state.isEmpty() || !m_table->horizontalHeader()->restoreState(state)
        || m_table->horizontalHeader()->count() != m_model->columnCount())
        applyDefaultColumns();
}

void QueuePageCore::saveHeader()
{
    if (!m_model)
        return;
    QSettings s;
    s.setValue(
        settingsPrefix() + QStringLiteral("/header"), m_table->horizontalHeader()->saveState());
    s.setValue(settingsPrefix() + QStringLiteral("/splitter"), m_splitter->saveState());
    s.setValue(settingsPrefix() + QStringLiteral("/detailSplitter"), m_detailSplitter->saveState());
}

void QueuePageCore::resetColumns()
{
    applyDefaultColumns();
    saveHeader();
}

QMenu *QueuePageCore::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    QHeaderView *h = m_table->horizontalHeader();
    const QList<int> visible = m_table->visibleColumns();
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        QAction *a = menu->addAction(m_model->headerData(logical, Qt::Horizontal).toString());
        a->setObjectName(QStringLiteral("column%1Action").arg(logical));
        a->setCheckable(true);
        a->setChecked(!h->isSectionHidden(logical));
        // The last visible column stays: a table without columns cannot be got back.
        a->setEnabled(!(visible.size() == 1 && visible.first() == logical));
        connect(a, &QAction::toggled, this, [this, logical](bool on) {
            QHeaderView *header = m_table->horizontalHeader();
            header->setSectionHidden(logical, !on);
            if (on && header->sectionSize(logical) < 30)
                header->resizeSection(logical, 140);
            m_table->viewport()->update();
            m_headerTimer.start();
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset columns"));
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    connect(reset, &QAction::triggered, this, &QueuePageCore::resetColumns);
    return menu;
}

// ---- views

SavedView QueuePageCore::builtinDefaultView() const
{
    SavedView v;
    if (m_mode == Mode::Embedded) {
        // Everything in the scope, whatever its status or age; alerts in the order they
        // happened, incidents newest first.
        v.rangeDays = 0;
        v.sortColumn = m_kind == Kind::Incidents ? int(IC::LastUpdate) : int(AC::FirstActivity);
        v.sortOrder = m_kind == Kind::Incidents ? Qt::DescendingOrder : Qt::AscendingOrder;
        return v;
    }
    v.filter = m_kind == Kind::Incidents ? item::QueueFilter::defaultIncidents(now())
                                         : item::QueueFilter::defaultAlerts(now());
    v.rangeDays = 30;
    v.sortColumn = m_kind == Kind::Incidents ? int(IC::LastUpdate) : int(AC::LastUpdate);
    v.sortOrder = Qt::DescendingOrder;
    return v;
}

SavedView QueuePageCore::defaultView() const
{
    if (m_mode == Mode::Embedded)
        return builtinDefaultView();
    const QString json = QSettings().value(defaultViewKey()).toString();
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    return o.isEmpty() ? builtinDefaultView() : SavedView::fromJson(o);
}

SavedView QueuePageCore::currentView() const
{
    SavedView v;
    v.filter = m_filterPanel->filter(now());
    v.filter.search = m_search->text().trimmed();
    v.rangeDays = m_filterPanel->rangeDays();
    const QHeaderView *h = m_table->horizontalHeader();
    v.sortColumn = h->sortIndicatorSection() < (m_model ? m_model->columnCount() : 0)
        ? h->sortIndicatorSection()
        : -1;
    v.sortOrder = h->sortIndicatorOrder();
    return v;
}

void QueuePageCore::setView(const SavedView &view)
{
    if (!m_model)
        return;
    m_drilledStatus = m_drilledSeverity = false;
    m_filterPanel->setFilter(view.filter, view.rangeDays);
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(view.filter.search);
    }
    m_searchTimer.stop();
    if (view.sortColumn >= 0 && view.sortColumn < m_model->columnCount())
        m_table->sortByColumn(view.sortColumn, view.sortOrder); // sets the indicator and sorts
    applyFilterNow();
}

void QueuePageCore::applyDefaultView()
{
    setView(defaultView());
}

void QueuePageCore::setCurrentViewAsDefault()
{
    QSettings().setValue(defaultViewKey(),
        QString::fromUtf8(QJsonDocument(currentView().toJson()).toJson(QJsonDocument::Compact)));
    Q_EMIT statusMessage(tr("This view is now your default view."));
}

void QueuePageCore::resetDefaultView()
{
    QSettings().remove(defaultViewKey());
    applyDefaultView();
}

QJsonObject QueuePageCore::namedViewsJson() const
{
    const QString json = QSettings().value(settingsPrefix() + QStringLiteral("/views")).toString();
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QStringList QueuePageCore::namedViews() const
{
    QStringList names = namedViewsJson().keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    return names;
}

void QueuePageCore::saveNamedView(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return;
    QJsonObject all = namedViewsJson();
    all.insert(n, currentView().toJson());
    QSettings().setValue(settingsPrefix() + QStringLiteral("/views"),
        QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    Q_EMIT statusMessage(tr("Saved the view \"%1\".").arg(n));
}

bool QueuePageCore::applyNamedView(const QString &name)
{
    const QJsonObject all = namedViewsJson();
    if (!all.contains(name))
        return false;
    setView(SavedView::fromJson(all.value(name).toObject()));
    return true;
}

void QueuePageCore::deleteNamedView(const QString &name)
{
    QJsonObject all = namedViewsJson();
    all.remove(name);
    QSettings().setValue(settingsPrefix() + QStringLiteral("/views"),
        QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

void QueuePageCore::buildViewsMenu()
{
    m_viewsMenu->clear();
    QAction *def = m_viewsMenu->addAction(tr("My default view"));
    def->setObjectName(QStringLiteral("applyDefaultViewAction"));
    connect(def, &QAction::triggered, this, &QueuePageCore::applyDefaultView);
    const QStringList names = namedViews();
    if (!names.isEmpty()) {
        m_viewsMenu->addSection(tr("Saved views"));
        for (const QString &name : names) {
            QAction *a = m_viewsMenu->addAction(name);
            connect(a, &QAction::triggered, this, [this, name] { applyNamedView(name); });
        }
    }
    m_viewsMenu->addSeparator();
    QAction *save = m_viewsMenu->addAction(tr("Save current view as..."));
    save->setObjectName(QStringLiteral("saveViewAction"));
    connect(save, &QAction::triggered, this, [this] {
        const QString title = tr("Save view");
        const QString label = tr("Name of the view:");
        const QString name
            = m_prompt ? m_prompt(title, label) : QInputDialog::getText(this, title, label);
        saveNamedView(name);
    });
    QAction *setDef = m_viewsMenu->addAction(tr("Make current view my default"));
    setDef->setObjectName(QStringLiteral("setDefaultViewAction"));
    connect(setDef, &QAction::triggered, this, &QueuePageCore::setCurrentViewAsDefault);
    QAction *resetDef = m_viewsMenu->addAction(tr("Reset my default view"));
    resetDef->setObjectName(QStringLiteral("resetDefaultViewAction"));
    connect(resetDef, &QAction::triggered, this, &QueuePageCore::resetDefaultView);
    if (!names.isEmpty()) {
        QMenu *del = m_viewsMenu->addMenu(tr("Delete saved view"));
        del->setObjectName(QStringLiteral("deleteViewMenu"));
        for (const QString &name : names) {
            QAction *a = del->addAction(name);
            connect(a, &QAction::triggered, this, [this, name] { deleteNamedView(name); });
        }
    }
}

void QueuePageCore::applyFilterNow()
{
    m_searchTimer.stop();
    if (!m_model)
        return;
    item::QueueFilter f = m_filterPanel->filter(now());
    f.search = m_search->text().trimmed();
    if (m_mode == Mode::Embedded) {
        f.scoped = true;
        f.scopeIncidents = m_scopeIncidents;
        f.scopeAlerts = m_scopeAlerts;
    }
    if (!(f == m_model->filter())) {
        m_filterChanging = true;
        m_model->setFilter(f);
        m_filterChanging = false;
    }
    updateFiltersButton();
    scheduleRefresh();
}

void QueuePageCore::updateFiltersButton()
{
    const int n = m_filterPanel->activeCount();
    m_filtersButton->setText(n ? tr("Filters (%1)").arg(n) : tr("Filters"));
}

// ---- rows

int QueuePageCore::viewRowOfId(const QString &id) const
{
    if (!m_model || id.isEmpty() || !m_session)
        return -1;
    const store::QueueStore *store = m_session->store();
    const int storeRow = m_kind == Kind::Incidents ? store->incidents().rowOf(id.toLongLong())
                                                   : store->alerts().rowOf(id);
    return storeRow < 0 ? -1 : m_model->viewRow(storeRow);
}

QString QueuePageCore::currentId() const
{
    const QModelIndex cur = m_table->currentIndex();
    return cur.isValid() && m_model ? m_model->idAt(cur.row()) : QString();
}

int QueuePageCore::selectedRowCount() const
{
    int n = 0;
    const QItemSelection sel
        = m_table->selectionModel() ? m_table->selectionModel()->selection() : QItemSelection();
    for (const QItemSelectionRange &r : sel)
        n += r.height();
    return n;
}

QStringList QueuePageCore::selectedIds() const
{
    QStringList out;
    if (!m_model || !m_table->selectionModel())
        return out;
    const QItemSelection sel = m_table->selectionModel()->selection();
    QList<bool> marked(m_model->rowCount(), false);
    for (const QItemSelectionRange &r : sel) {
        for (int row = r.top(); row <= r.bottom() && row < marked.size(); ++row)
            marked[row] = true;
    }
    for (int row = 0; row < marked.size(); ++row) {
        if (marked[row])
            out.append(m_model->idAt(row));
    }
    return out;
}

QStringList QueuePageCore::targetIds() const
{
    const QStringList selected = selectedIds();
    if (!selected.isEmpty())
        return selected;
    const QString cur = currentId();
    return cur.isEmpty() ? QStringList() : QStringList {cur};
}

QStringList QueuePageCore::idsFor(ManagePane::Scope scope) const
{
    switch (scope) {
    case ManagePane::Scope::Current: {
        const QString cur = currentId();
        return cur.isEmpty() ? QStringList() : QStringList {cur};
    }
    case ManagePane::Scope::Selected:
        return selectedIds();
    case ManagePane::Scope::AllMatching:
        return m_model ? m_model->ids() : QStringList();
    }
    return {};
}

bool QueuePageCore::selectId(const QString &id)
{
    const int row = viewRowOfId(id);
    if (row < 0)
        return false;
    m_marking = false;
    const QModelIndex idx = m_model->index(row, m_table->firstVisibleColumn());
    m_keyboardSelecting = true;
    m_table->selectionModel()->setCurrentIndex(
        idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_keyboardSelecting = false;
    m_table->scrollTo(idx, QAbstractItemView::PositionAtCenter);
    updateManageCounts(true);
    return true;
}

bool QueuePageCore::selectIncident(qint64 incidentId)
{
    if (m_kind != Kind::Incidents || !m_model || !m_session)
        return false;
    const QString id = QString::number(incidentId);
    if (m_session->store()->incidents().rowOf(incidentId) < 0)
        return false;
    if (viewRowOfId(id) < 0) {
        // The filter hides it: widen it, and say so, with the way back.
        if (!m_widened)
            m_beforeWiden = currentView();
        m_widened = true;
        SavedView all;
        all.rangeDays = 0;
        all.sortColumn = currentView().sortColumn;
        all.sortOrder = currentView().sortOrder;
        setView(all);
        showNotice(tr("Incident %1 is outside your filter, so the filter was cleared to show it.")
                       .arg(incidentId),
            true);
    }
    if (!selectId(id))
        return false;
    m_table->setFocus();
    updateDetail();
    return true;
}

void QueuePageCore::showNotice(const QString &text, bool restoreButton)
{
    m_noticeText->setText(text);
    m_noticeRestore->setVisible(restoreButton);
    m_notice->show();
}

// ---- keyboard

bool QueuePageCore::handleKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false; // Ctrl+A selects all, Ctrl+C copies: Qt's own
    const bool shift = mods & Qt::ShiftModifier;
    const int key = event->key();
    if (key == Qt::Key_Question || event->text() == u"?") {
        showShortcuts();
        return true;
    }
    switch (key) {
    case Qt::Key_J:
    case Qt::Key_Down:
        moveCursor(1, shift);
        return true;
    case Qt::Key_K:
    case Qt::Key_Up:
        moveCursor(-1, shift);
        return true;
    case Qt::Key_PageDown:
        moveCursor(m_table->rowsPerPage(), shift);
        return true;
    case Qt::Key_PageUp:
        moveCursor(-m_table->rowsPerPage(), shift);
        return true;
    case Qt::Key_Home:
        moveTo(0, shift);
        return true;
    case Qt::Key_End:
        moveTo(m_model ? m_model->rowCount() - 1 : 0, shift);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openCurrent();
        return true;
    case Qt::Key_Escape:
        clearMarks();
        return true;
    case Qt::Key_Slash:
        focusSearch();
        return true;
    case Qt::Key_F5:
        if (m_session && m_session->sync())
            m_session->sync()->syncNow();
        return true;
    default:
        break;
    }
    if (shift)
        return false;
    switch (key) {
    case Qt::Key_X:
    case Qt::Key_Space:
        toggleMark();
        return true;
    case Qt::Key_A:
        assignToMe(ManagePane::Scope::Selected);
        return true;
    case Qt::Key_P:
        setStatusOfTargets(QStringLiteral("inProgress"));
        return true;
    case Qt::Key_R:
        m_manage->setCounts(selectedRowCount(), currentId().size() > 0,
            m_model ? m_model->rowCount() : 0,
            selectedRowCount() > 0 ? ManagePane::Scope::Selected : ManagePane::Scope::Current,
            true);
        m_manage->prepareResolve();
        return true;
    case Qt::Key_C:
        m_manage->setCounts(selectedRowCount(), currentId().size() > 0,
            m_model ? m_model->rowCount() : 0,
            selectedRowCount() > 0 ? ManagePane::Scope::Selected : ManagePane::Scope::Current,
            true);
        m_manage->prepareClassify();
        return true;
    case Qt::Key_T:
        if (m_kind != Kind::Incidents)
            return false;
        m_manage->prepareTags();
        return true;
    case Qt::Key_N:
        m_manage->prepareComment();
        return true;
    case Qt::Key_O:
        if (m_kind == Kind::Alerts)
            openCurrent();
        return m_kind == Kind::Alerts;
    default:
        return false;
    }
}

void QueuePageCore::moveCursor(int delta, bool extend)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const QModelIndex cur = m_table->currentIndex();
    const int to = cur.isValid() ? qBound(0, cur.row() + delta, m_model->rowCount() - 1) : 0;
    moveTo(to, extend);
}

void QueuePageCore::moveTo(int row, bool extend)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    row = qBound(0, row, m_model->rowCount() - 1);
    QItemSelectionModel *sm = m_table->selectionModel();
    const QModelIndex cur = m_table->currentIndex();
    const int column = cur.isValid() ? cur.column() : m_table->firstVisibleColumn();
    const QModelIndex to = m_model->index(row, column);
    m_keyboardSelecting = true;
    if (extend) {
        // Shift extends: every row passed over is marked, the origin too.
        const int from = cur.isValid() ? cur.row() : row;
        if (!m_marking && cur.isValid())
            sm->select(cur, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_marking = true;
        const QItemSelection range(m_model->index(qMin(from, row), 0),
            m_model->index(qMax(from, row), m_model->columnCount() - 1));
        sm->select(range, QItemSelectionModel::Select);
        sm->setCurrentIndex(to, QItemSelectionModel::NoUpdate);
    } else if (m_marking) {
        sm->setCurrentIndex(to, QItemSelectionModel::NoUpdate);
    } else {
        sm->setCurrentIndex(to, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_keyboardSelecting = false;
    m_table->scrollTo(to);
    updateManageCounts(true);
}

void QueuePageCore::toggleMark()
{
    const QModelIndex cur = m_table->currentIndex();
    if (!cur.isValid())
        return;
    QItemSelectionModel *sm = m_table->selectionModel();
    m_keyboardSelecting = true;
    if (!m_marking) {
        // The row under the cursor becomes the first mark; the cursor then moves freely.
        m_marking = true;
        sm->select(cur, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        sm->select(cur, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
        if (!sm->hasSelection())
            m_marking = false;
    }
    m_keyboardSelecting = false;
    updateManageCounts(true);
}

void QueuePageCore::clearMarks()
{
    m_marking = false;
    const QModelIndex cur = m_table->currentIndex();
    m_keyboardSelecting = true;
    if (cur.isValid())
        m_table->selectionModel()->select(
            cur, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_table->selectionModel()->clearSelection();
    m_keyboardSelecting = false;
    updateManageCounts(true);
}

void QueuePageCore::openCurrent()
{
    const QModelIndex cur = m_table->currentIndex();
    if (!cur.isValid() || !m_model)
        return;
    if (m_kind == Kind::Alerts) {
        const qint64 incident
            = m_model->index(cur.row(), 0).data(item::IncidentIdRole).toLongLong();
        if (incident > 0)
            Q_EMIT openIncidentRequested(incident);
        return;
    }
    // Incidents: make sure the detail pane is there, then let the shell open the incident.
    QList<int> sizes = m_splitter->sizes();
    if (sizes.value(1) < 50) {
        sizes[1] = qMax(360, width() / 3);
        m_splitter->setSizes(sizes);
    }
    updateDetail();
    Q_EMIT incidentActivated(m_model->idAt(cur.row()).toLongLong());
}

void QueuePageCore::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool QueuePageCore::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Down) {
            applyFilterNow();
            m_table->setFocus();
            return true;
        }
    }
    if (m_table && watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
        fitNameColumn();
    }
    return QueuePage::eventFilter(watched, event);
}

// ---- live refresh: selection, cursor and scroll by id

void QueuePageCore::captureState(bool layoutOnly)
{
    if (!m_model)
        return;
    Saved s;
    s.valid = true;
    s.layoutOnly = layoutOnly;
    const QModelIndex cur = m_table->currentIndex();
    if (cur.isValid()) {
        s.currentId = m_model->idAt(cur.row());
        s.currentRow = cur.row();
        const QRect r = m_table->visualRect(m_model->index(cur.row(), 0));
        if (r.isValid() && r.bottom() >= 0 && r.top() < m_table->viewport()->height())
            s.currentY = m_table->verticalHeader()->sectionViewportPosition(cur.row());
    }
    const int top = m_table->rowAt(0);
    if (top >= 0) {
        s.topId = m_model->idAt(top);
        s.topY = m_table->verticalHeader()->sectionViewportPosition(top);
    }
    if (!layoutOnly) {
        const QStringList ids = selectedIds();
        s.selected = QSet<QString>(ids.begin(), ids.end());
    }
    m_saved = s;
}

void QueuePageCore::restoreState()
{
    if (!m_saved.valid || !m_model)
        return;
    const Saved s = m_saved;
    m_saved = Saved();
    m_restoring = true;
    QItemSelectionModel *sm = m_table->selectionModel();
    const int rows = m_model->rowCount();
    m_table->syncGeometries();
    int currentRow = viewRowOfId(s.currentId);
    const bool kept = currentRow >= 0;
    if (!s.layoutOnly) {
        // Selection by id, as contiguous ranges (thousands of marked rows stay cheap).
        QList<int> selectedRows;
        selectedRows.reserve(s.selected.size());
        for (const QString &id : s.selected) {
            const int r = viewRowOfId(id);
            if (r >= 0)
                selectedRows.append(r);
        }
        std::sort(selectedRows.begin(), selectedRows.end());
        QItemSelection selection;
        const int lastColumn = m_model->columnCount() - 1;
        for (int i = 0; i < selectedRows.size();) {
            int j = i;
            while (j + 1 < selectedRows.size() && selectedRows[j + 1] == selectedRows[j] + 1)
                ++j;
            selection.append(QItemSelectionRange(
                m_model->index(selectedRows[i], 0), m_model->index(selectedRows[j], lastColumn)));
            i = j + 1;
        }
        if (!kept && !s.currentId.isEmpty() && rows > 0) {
            // The current row left the view. After a refresh (resolved by someone, or by
            // us) the one that took its place becomes current, so triage moves on; after
            // the analyst changed the filter, the first row does.
            currentRow = m_filterChanging ? 0 : qBound(0, s.currentRow, rows - 1);
            if (!m_marking)
                selection.select(
                    m_model->index(currentRow, 0), m_model->index(currentRow, lastColumn));
        }
        sm->select(selection, QItemSelectionModel::ClearAndSelect);
        if (currentRow >= 0) {
            const int column = qBound(0, m_table->firstVisibleColumn(), lastColumn);
            sm->setCurrentIndex(m_model->index(currentRow, column), QItemSelectionModel::NoUpdate);
        }
        if (sm->selection().isEmpty() && m_marking)
            m_marking = false;
    }
    // Scroll: the current row stays where it was on screen; else the top row does.
    QScrollBar *bar = m_table->verticalScrollBar();
    const QHeaderView *vh = m_table->verticalHeader();
    const int topRow = viewRowOfId(s.topId);
    if (kept && s.currentY != INT_MIN)
        bar->setValue(vh->sectionPosition(currentRow) - s.currentY);
    else if (m_filterChanging)
        bar->setValue(0);
    else if (topRow >= 0)
        bar->setValue(vh->sectionPosition(topRow) - s.topY);
    else if (currentRow >= 0)
        m_table->scrollTo(m_model->index(currentRow, 0));
    m_restoring = false;
    updateManageCounts(false);
    scheduleDetail();
    scheduleRefresh();
}

void QueuePageCore::onSelectionChanged()
{
    if (m_restoring)
        return;
    if (!m_keyboardSelecting)
        m_marking = selectedRowCount() > 1; // a mouse click selects one row, Ctrl/Shift more
    updateManageCounts(!m_keyboardSelecting);
    scheduleRefresh();
}

void QueuePageCore::updateManageCounts(bool userAction)
{
    if (!m_model)
        return;
    const int selected = selectedRowCount();
    const QModelIndex cur = m_table->currentIndex();
    bool onlyCurrent = selected == 0;
    if (selected == 1 && cur.isValid())
        onlyCurrent = m_table->selectionModel()->isRowSelected(cur.row(), QModelIndex());
    m_manage->setCounts(selected, cur.isValid(), m_model->rowCount(),
        onlyCurrent ? ManagePane::Scope::Current : ManagePane::Scope::Selected, userAction);
}

// ---- counts, empty state, chrome

void QueuePageCore::scheduleRefresh()
{
    m_refreshTimer.start();
}

void QueuePageCore::refreshChrome()
{
    if (!m_model)
        return;
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0 && !m_marking) {
        // Keyboard-first: there is always a row under the cursor.
        m_keyboardSelecting = true;
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, m_table->firstVisibleColumn()),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_keyboardSelecting = false;
    }
    updateCounts();
    updateEmptyState();
    updateFiltersButton();
    updateManageCounts(false);
    const store::QueueStore *store = m_session ? m_session->store() : nullptr;
    if (store && store->version() != m_assigneesVersion) {
        m_assigneesVersion = store->version();
        QSet<int> ids;
        for (qint32 id :
            m_kind == Kind::Incidents ? store->incidents().assignedTo : store->alerts().assignedTo)
            ids.insert(id);
        QStringList names;
        for (int id : ids) {
            if (id > 0)
                names.append(store->pool().at(id));
        }
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        if (names != m_knownAssignees) {
            m_knownAssignees = names;
            m_manage->setAssignees(names, m_session->signedInAs());
        }
    }
}

void QueuePageCore::updateCounts()
{
    const QHash<int, int> byStatus = m_model->countsByStatus();
    const QHash<int, int> bySeverity = m_model->countsBySeverity();
    const item::QueueFilter &f = m_model->filter();
    const QPalette &pal = palette();
    const QString link = pal.color(QPalette::Link).name();
    auto part = [](const QString &href, const QString &color, const QString &text, bool bold) {
        return QStringLiteral("<a href=\"%1\" style=\"color:%2; text-decoration:none;%3\">%4</a>")
            .arg(href, color, bold ? QStringLiteral(" font-weight:bold;") : QString(),
                text.toHtmlEscaped());
    };
    QStringList statuses;
    const QList<int> statusOrder = m_kind == Kind::Incidents
        ? QList<int> {int(IncidentStatus::active), int(IncidentStatus::inProgress),
            int(IncidentStatus::awaitingAction), int(IncidentStatus::resolved),
            int(IncidentStatus::redirected)}
        : QList<int> {
            int(AlertStatus::new_), int(AlertStatus::inProgress), int(AlertStatus::resolved)};
    QList<int> statusKeys = statusOrder;
    for (int s : byStatus.keys()) {
        if (!statusKeys.contains(s))
            statusKeys.append(s);
    }
    for (int s : statusKeys) {
        const int n = byStatus.value(s);
        if (n == 0 && !f.statuses.contains(s))
            continue;
        const QString name
            = m_kind == Kind::Incidents ? item::incidentStatusText(s) : item::alertStatusText(s);
        statuses << part(QStringLiteral("status:%1").arg(s), link, tr("%1 %2").arg(name).arg(n),
            f.statuses.size() == 1 && f.statuses.contains(s));
    }
    QStringList severities;
    for (int s : {int(AlertSeverity::high), int(AlertSeverity::medium), int(AlertSeverity::low),
             int(AlertSeverity::informational), int(AlertSeverity::unknown)}) {
        const int n = bySeverity.value(s);
        if (n == 0 && !f.severities.contains(s))
            continue;
        severities << part(QStringLiteral("severity:%1").arg(s), severityColor(s, pal).name(),
            tr("%1 %2").arg(item::severityText(s)).arg(n),
            f.severities.size() == 1 && f.severities.contains(s));
    }
    const QString sep = QStringLiteral(" &middot; ");
    QString html = statuses.join(sep);
    if (!severities.isEmpty())
        html += QStringLiteral(" &nbsp;|&nbsp; ") + severities.join(sep);
    m_counts->setText(html);
    m_counts->setToolTip(tr("Click a count to show only those; click it again to go back."));

    const int rows = m_model->rowCount();
    const int selected = selectedRowCount();
    QString total = noun(rows);
    if (selected > 1 || m_marking)
        total += QStringLiteral(" · ") + tr("%1 selected").arg(selected);
    m_total->setText(total);
}

void QueuePageCore::drillDown(const QString &link)
{
    const int value = link.section(u':', 1).toInt();
    item::QueueFilter f = m_filterPanel->filter(now());
    const int range = m_filterPanel->rangeDays();
    if (link.startsWith(u"status:")) {
        if (f.statuses == QSet<int> {value} && m_drilledStatus) {
            f.statuses = m_drillStatuses;
            m_drilledStatus = false;
        } else {
            if (!m_drilledStatus)
                m_drillStatuses = f.statuses;
            f.statuses = {value};
            m_drilledStatus = true;
        }
    } else if (link.startsWith(u"severity:")) {
        if (f.severities == QSet<int> {value} && m_drilledSeverity) {
            f.severities = m_drillSeverities;
            m_drilledSeverity = false;
        } else {
            if (!m_drilledSeverity)
                m_drillSeverities = f.severities;
            f.severities = {value};
            m_drilledSeverity = true;
        }
    } else {
        return;
    }
    const bool ds = m_drilledStatus, dv = m_drilledSeverity;
    m_filterPanel->setFilter(f, range);
    m_drilledStatus = ds;
    m_drilledSeverity = dv;
    applyFilterNow();
}

void QueuePageCore::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    if (!empty)
        return;
    m_empty->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
    const store::QueueStore *store = m_session ? m_session->store() : nullptr;
    const int stored = !store
        ? 0
        : (m_kind == Kind::Incidents ? store->incidents().size() : store->alerts().size());
    const QString color = mutedText(palette()).name();
    QString text;
    if (stored == 0) {
        const store::SyncService *sync = m_session ? m_session->sync() : nullptr;
        if (sync && sync->state() == store::SyncService::State::Syncing)
            text = m_kind == Kind::Incidents ? tr("Loading incidents from the server...")
                                             : tr("Loading alerts from the server...");
        else if (sync && sync->state() == store::SyncService::State::Failed)
            text = tr("Nothing to show yet: %1").arg(sync->lastError());
        else
            text = m_kind == Kind::Incidents ? tr("There are no incidents.")
                                             : tr("There are no alerts.");
        m_empty->setText(
            QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(color, text.toHtmlEscaped()));
    } else if (m_mode == Mode::Embedded && m_search->text().trimmed().isEmpty()) {
        text = m_kind == Kind::Incidents ? tr("There are no incidents here.")
                                         : tr("There are no alerts here.");
        m_empty->setText(
            QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(color, text.toHtmlEscaped()));
    } else {
        text = m_kind == Kind::Incidents ? tr("No incidents match the search and filters.")
                                         : tr("No alerts match the search and filters.");
        m_empty->setText(
            QStringLiteral("<span style=\"color:%1;\">%2</span><br/><a href=\"clear\">%3</a>")
                .arg(color, text.toHtmlEscaped(), tr("Clear search and filters").toHtmlEscaped()));
    }
}

// ---- detail pane

void QueuePageCore::scheduleDetail()
{
    m_detailTimer.start();
}

void QueuePageCore::updateDetail()
{
    m_detailTimer.stop();
    if (!m_model || !m_session)
        return;
    const QString id = currentId();
    const QPalette &pal = palette();
    if (m_openIncident) {
        const QModelIndex cur = m_table->currentIndex();
        const qint64 incident = cur.isValid()
            ? m_model->index(cur.row(), 0).data(item::IncidentIdRole).toLongLong()
            : 0;
        m_openIncident->setEnabled(incident > 0);
        m_openIncident->setToolTip(incident > 0
                ? tr("Show incident %1 in the incident queue (Enter)").arg(incident)
                : QString());
    }
    if (id.isEmpty()) {
        const QString key = QStringLiteral("-");
        if (m_detailKey != key) {
            m_detailKey = key;
            m_detailId.clear();
            m_detail->setHtml(placeholderHtml(m_kind == Kind::Incidents
                    ? tr("Select an incident to see its details.")
                    : tr("Select an alert to see its details."),
                pal));
        }
        return;
    }
    const store::QueueStore *store = m_session->store();
    QString key = id;
    if (m_kind == Kind::Incidents) {
        const int r = store->incidents().rowOf(id.toLongLong());
        if (r >= 0)
            key += u'|' + QString::number(store->incidents().lastUpdate[r]) + u'|'
                + QString::number(store->incidents().alertCount[r]) + u'|'
                + QString::number(store->incidents().lastActivity[r]);
    } else {
        const int r = store->alerts().rowOf(id);
        if (r >= 0)
            key += u'|' + QString::number(store->alerts().lastUpdate[r]);
    }
    if (key == m_detailKey)
        return;
    const bool sameItem = id == m_detailId;
    const int scroll = sameItem ? m_detail->verticalScrollBar()->value() : 0;
    m_detailKey = key;
    m_detailId = id;
    QString html;
    if (m_kind == Kind::Incidents) {
        const auto json = m_session->incidentJson(id);
        html = json
            ? incidentHtml(*json, m_session->alertsOfIncidentJson(id), pal)
            : placeholderHtml(tr("Incident %1 is not in the local cache yet.").arg(id), pal);
    } else {
        const auto json = m_session->alertJson(id);
        html = json ? alertHtml(*json, pal)
                    : placeholderHtml(tr("Alert %1 is not in the local cache yet.").arg(id), pal);
    }
    m_detail->setHtml(html);
    m_detail->verticalScrollBar()->setValue(scroll);
}

// ---- edits

int QueuePageCore::submit(const QStringList &ids, const ManagePane::Request &request)
{
    if (!m_session || !m_session->edits() || ids.isEmpty() || request.isEmpty())
        return 0;
    const bool incidents = m_kind == Kind::Incidents;
    const int n = int(ids.size());
    // A job added while another still runs is shown as one: the bar counts both.
    const bool joining = m_tracker->isRunning();
    const QString what = m_tracker->submit(m_session, incidents, ids, request);
    m_jobText = joining ? tr("several changes") : tr("%1: %2").arg(noun(n), what);
    m_bulkBar->show();
    m_progressDone = m_tracker->done();
    m_progressTotal = m_tracker->total();
    m_progressFailed = int(m_tracker->failures().size());
    showEditProgress();
    return n;
}

void QueuePageCore::assignToMe(ManagePane::Scope scope)
{
    if (!m_session)
        return;
    ManagePane::Request r;
    r.scope = scope;
    r.patch.insert(QStringLiteral("assignedTo"), m_session->signedInAs());
    // From the keyboard: the marked rows, else the cursor row.
    submit(scope == ManagePane::Scope::Selected ? targetIds() : idsFor(scope), r);
}

void QueuePageCore::setStatusOfTargets(const QString &wireStatus)
{
    ManagePane::Request r;
    r.patch.insert(QStringLiteral("status"), wireStatus);
    submit(targetIds(), r);
}

void QueuePageCore::onEditProgress(int done, int total, int failed)
{
    m_progressDone = done;
    m_progressTotal = total;
    m_progressFailed = failed;
    if (done >= total || failed != m_failureList->count())
        showEditProgress();
    else if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void QueuePageCore::showEditProgress()
{
    m_progressTimer.stop();
    const int done = m_progressDone, total = m_progressTotal, failed = m_progressFailed;
    m_bulkProgress->setMaximum(qMax(1, total));
    m_bulkProgress->setValue(done);
    QString text
        = done < total ? tr("Applying (%1)").arg(m_jobText) : tr("Done (%1)").arg(m_jobText);
    if (failed > 0)
        text += QStringLiteral(" · ") + tr("%1 failed").arg(failed);
    m_bulkLabel->setText(text);
    m_failuresButton->setVisible(failed > 0);
    if (failed != m_failureList->count()) {
        m_failureList->clear();
        m_failureList->addItems(m_tracker->failures());
    }
    m_failureTitle->setText(
        tr("Changes that failed: %1. Each line names the item and the server's reason:")
            .arg(failed));
}

void QueuePageCore::onEditsFinished(int done, int total, int failed)
{
    onEditProgress(done, total, failed);
    if (failed > 0) {
        m_failuresButton->setChecked(true);
        m_failurePanel->show();
    }
    Q_EMIT statusMessage(failed
            ? tr("%1 of %2 changes applied; %3 failed.").arg(done - failed).arg(total).arg(failed)
            : tr("Changes applied: %1.").arg(total));
}

// ---- export

bool QueuePageCore::exportCsv(const QString &path, QString *error)
{
    if (!m_model)
        return false;
    QSet<int> times;
    if (m_kind == Kind::Incidents)
        times = {IC::FirstActivity, IC::LastActivity, IC::LastUpdate};
    else
        times = {AC::FirstActivity, AC::LastActivity, AC::LastUpdate};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writeCsv(m_model, m_table->visibleColumns(), times, path, error);
    QApplication::restoreOverrideCursor();
    return ok;
}

void QueuePageCore::exportWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        QStringLiteral("%1-%2.csv")
            .arg(m_kind == Kind::Incidents ? QStringLiteral("incidents") : QStringLiteral("alerts"),
                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = m_savePath
        ? m_savePath(suggested)
        : QFileDialog::getSaveFileName(
            this, tr("Export the current view"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        Q_EMIT statusMessage(tr("Exported %1 to %2.")
                                 .arg(noun(m_model->rowCount()), QDir::toNativeSeparators(path)));
    else
        showNotice(error, false);
}

// ---- shortcuts

QDialog *QueuePageCore::shortcutsDialog()
{
    if (!m_shortcuts) {
        m_shortcuts = new QDialog(this);
        m_shortcuts->setObjectName(QStringLiteral("shortcutsDialog"));
        m_shortcuts->setModal(false);
        auto *layout = new QVBoxLayout(m_shortcuts);
        auto *table = new QTableWidget(m_shortcuts);
        table->setObjectName(QStringLiteral("shortcutsTable"));
        table->setColumnCount(2);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(table);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_shortcuts);
        buttons->setObjectName(QStringLiteral("shortcutsButtons"));
        connect(buttons, &QDialogButtonBox::rejected, m_shortcuts, &QDialog::hide);
        layout->addWidget(buttons);
        m_shortcuts->resize(520, 560);
    }
    // Texts are built each time, so they follow the language.
    auto *table = m_shortcuts->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QList<QPair<QString, QString>> rows = {
        {tr("j / Down"), tr("Next row")},
        {tr("k / Up"), tr("Previous row")},
        {tr("Shift+j / Shift+k"), tr("Extend the marked rows down / up")},
        {tr("Page Down / Page Up, Home / End"), tr("Move by a page, to the first / last row")},
        {tr("x / Space"), tr("Mark or unmark the current row")},
        {tr("Esc"), tr("Clear the marks (in a field: back to the table)")},
        {tr("Ctrl+A"), tr("Mark every row in the view")},
        {tr("Enter"),
            m_kind == Kind::Incidents ? tr("Open the incident (details on the right)")
                                      : tr("Open the alert's incident")},
        {tr("a"), tr("Assign the marked rows (or the current row) to me")},
        {tr("p"), tr("Set the marked rows (or the current row) in progress")},
        {tr("r"), tr("Resolve: puts the focus in the reason field; Enter applies")},
        {tr("c"), tr("Classify: puts the focus in the classification; Enter applies")},
        {tr("n"), tr("Comment: puts the focus in the comment field; Enter applies")},
    };
    if (m_kind == Kind::Incidents)
        rows.append({tr("t"), tr("Add tags: puts the focus in the tags field; Enter applies")});
    else
        rows.append({tr("o"), tr("Open the alert's incident")});
    rows += {
        {tr("/"), tr("Search (Esc or Down goes back to the table)")},
        {tr("F5"), tr("Refresh from the server now")},
        {tr("?"), tr("This list")},
    };
    table->setRowCount(int(rows.size()));
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->resizeColumnToContents(0);
    m_shortcuts->setWindowTitle(
        m_kind == Kind::Incidents ? tr("Incident queue shortcuts") : tr("Alert queue shortcuts"));
    return m_shortcuts;
}

void QueuePageCore::showShortcuts()
{
    QDialog *d = shortcutsDialog();
    d->show();
    d->raise();
}

// ---- language

void QueuePageCore::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange && m_model) {
        m_detailKey.clear();
        scheduleDetail();
        scheduleRefresh();
    }
    QueuePage::changeEvent(event);
}

void QueuePageCore::retranslateUi()
{
    m_search->setPlaceholderText(m_kind == Kind::Incidents
            ? tr("Search incident names, ids, assets and resource ids  ( / )")
            : tr("Search alert names, ids, assets and resource ids  ( / )"));
    m_search->setToolTip(
        tr("Searches names, ids, impacted asset names and cloud resource ids, IPs and accounts"));
    updateFiltersButton();
    m_filtersButton->setToolTip(tr("Show or hide the filters"));
    m_viewsButton->setText(tr("Views"));
    m_viewsButton->setToolTip(tr("Your default view and saved filter sets"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Fetch what changed on the server now (F5)"));
    m_exportButton->setText(tr("Export CSV"));
    m_exportButton->setToolTip(tr("Export every row of this view, with the visible columns"));
    m_shortcutsButton->setText(tr("Shortcuts"));
    m_shortcutsButton->setToolTip(tr("Keyboard shortcuts (?)"));
    m_noticeRestore->setText(tr("Restore my filter"));
    m_noticeClose->setText(tr("Close"));
    if (m_openIncident)
        m_openIncident->setText(tr("Open incident"));
    m_failuresButton->setText(tr("Failures"));
    m_bulkDismiss->setText(tr("Dismiss"));
    m_table->horizontalHeader()->viewport()->update();
    if (m_shortcuts)
        shortcutsDialog();
    if (m_model) {
        m_detailKey.clear();
        scheduleDetail();
        scheduleRefresh();
    }
}

} // namespace wf::ui::queue

namespace wf::ui {

QWidget *createIncidentQueuePage(session::Session *session, QWidget *parent)
{
    return new IncidentQueuePage(session, parent);
}

QWidget *createAlertQueuePage(session::Session *session, QWidget *parent)
{
    return new AlertQueuePage(session, parent);
}

} // namespace wf::ui
