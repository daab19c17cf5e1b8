// The Assets tab: entity sections over AssetsModel, the other-incident counts from the
// entity index.
#include "assetstab.h"

#include "common/entityicons.h"
#include "item/entityindex.h"
#include "queue/queuestyle.h"
#include "session/session.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace wf::ui {

AssetSection assetSectionOf(EntityType type)
{
    switch (type) {
    case EntityType::CloudResource:
        return AssetSection::CloudResources;
    case EntityType::Device:
        return AssetSection::Devices;
    case EntityType::Account:
        return AssetSection::Accounts;
    case EntityType::Ip:
        return AssetSection::Ips;
    default:
        return AssetSection::Others;
    }
}

QString entityRolesText(const EntityInfo &e)
{
    QStringList names;
    for (const auto &role : e.roles) {
        if (role.value() != EvidenceRole::unknown)
            names << EntityText::roleName(role);
    }
    return names.join(QStringLiteral(", "));
}

namespace {

const char *const kSectionNames[AssetSectionCount]
    = {"cloudResources", "devices", "accounts", "ips", "others"};

} // namespace

// ---- AssetsModel

AssetsModel::AssetsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (int p = 1; p < 4; ++p)
        m_providerIcons[p] = providerIcon(CloudProvider(p));
    setPalette(QPalette());
}

void AssetsModel::setPalette(const QPalette &palette)
{
    for (int t = 0; t < EntityTypeCount; ++t)
        m_typeIcons[t] = entityIcon(EntityType(t), palette);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::DecorationRole});
}

QList<AssetsModel::Column> AssetsModel::columnsOf(AssetSection section)
{
    switch (section) {
    case AssetSection::CloudResources:
        return {Name, Provider, ResourceType, Subscription, Region, Roles, AlertsHere,
            OtherIncidents, ResourceId};
    case AssetSection::Devices:
        return {Name, Provider, Subscription, Roles, AlertsHere, OtherIncidents, ResourceId};
    case AssetSection::Accounts:
    case AssetSection::Ips:
        return {Name, Roles, AlertsHere, OtherIncidents};
    case AssetSection::Others:
        return {Name, Kind, Roles, AlertsHere, OtherIncidents};
    }
    return {};
}

void AssetsModel::setRows(const QList<AssetRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

int AssetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AssetsModel::otherIncidentsText(int n)
{
    if (n < 0)
        return {}; // not looked up (see AssetsTab::setIncident)
    if (n == 0)
        return tr("Only in this incident");
    if (n == 1)
        return tr("Seen in 1 other incident");
    return tr("Seen in %1 other incidents").arg(n);
}

QString AssetsModel::text(const AssetRow &row, int column) const
{
    const EntityInfo &e = row.entity;
    switch (column) {
    case Name:
        return e.name.isEmpty() ? EntityText::typeName(e.type) : e.name;
    case Kind:
        return EntityText::typeName(e.type);
    case Provider:
        return e.provider == CloudProvider::None ? QString()
                                                 : EntityText::providerShort(e.provider);
    case ResourceType:
        return e.resourceType;
    case Subscription:
        return e.subscription;
    case Region:
        return e.region;
    case ResourceId:
        return e.resourceId;
    case Roles:
        return entityRolesText(e);
    case AlertsHere:
        return QString::number(row.alertsHere);
    case OtherIncidents:
        return otherIncidentsText(row.otherIncidents);
    }
    return {};
}

QVariant AssetsModel::sortValue(const AssetRow &row, int column) const
{
    switch (column) {
    case Kind:
        return int(row.entity.type);
    case Provider:
        return int(row.entity.provider);
    case AlertsHere:
        return row.alertsHere;
    case OtherIncidents:
        return row.otherIncidents;
    default:
        return text(row, column).toLower();
    }
}

QVariant AssetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::ToolTipRole:
        if (column == Name || column == ResourceId)
            return row.entity.resourceId.isEmpty() ? text(row, Name) : row.entity.resourceId;
        if (column == Provider)
            return EntityText::providerName(row.entity.provider);
        return {};
    case Qt::DecorationRole:
        if (column == Name)
            return m_typeIcons[int(row.entity.type)];
        if (column == Provider && row.entity.provider != CloudProvider::None)
            return m_providerIcons[int(row.entity.provider)];
        return {};
    case Qt::TextAlignmentRole:
        if (column == AlertsHere)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, column);
    case KeyRole:
        return row.entity.key;
    default:
        return {};
    }
}

QVariant AssetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Type");
    case Provider:
        return tr("Cloud");
    case ResourceType:
        return tr("Resource type");
    case Subscription:
        return tr("Subscription / account / project");
    case Region:
        return tr("Region");
    case ResourceId:
        return tr("Resource id");
    case Roles:
        return tr("Roles");
    case AlertsHere:
        return tr("Alerts here");
    case OtherIncidents:
        return tr("Other incidents");
    }
    return {};
}

void AssetsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> order_(m_rows.size());
    std::iota(order_.begin(), order_.end(), 0);
    QList<QVariant> keys(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        keys[i] = sortValue(m_rows[i], column);
    std::stable_sort(order_.begin(), order_.end(), [&](int a, int b) {
        const auto c = QVariant::compare(keys[a], keys[b]);
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                           : c == QPartialOrdering::Greater;
    });
    QList<AssetRow> sorted;
    sorted.reserve(m_rows.size());
    QList<int> newRowOf(m_rows.size());
    for (qsizetype i = 0; i < order_.size(); ++i) {
        sorted << m_rows[order_[i]];
        newRowOf[order_[i]] = int(i);
    }
    m_rows = std::move(sorted);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after << index(newRowOf[i.row()], i.column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// ---- AssetsTab

AssetsTab::AssetsTab(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("assetsTab"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("assetsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(4);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("assetsSummary"));
    layout->addWidget(m_summary);

    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("assetsMenu"));

    for (int s = 0; s < AssetSectionCount; ++s) {
        const auto section = AssetSection(s);
        const QString name = QLatin1StringView(kSectionNames[s]);
        Section &sec = m_sections[s];
        sec.header = new QToolButton(content);
        sec.header->setObjectName(name + QStringLiteral("Header"));
        sec.header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        sec.header->setAutoRaise(true);
        sec.header->setCheckable(true);
        sec.header->setChecked(true);
        sec.header->setArrowType(Qt::DownArrow);
        QFont bold = sec.header->font();
        bold.setBold(true);
        sec.header->setFont(bold);
        sec.none = new QLabel(content);
        sec.none->setObjectName(name + QStringLiteral("None"));
        sec.none->setIndent(24);
        sec.model = new AssetsModel(this);
        sec.model->setObjectName(name + QStringLiteral("Model"));
        sec.view = new QTreeView(content);
        sec.view->setObjectName(name + QStringLiteral("View"));
        sec.view->setModel(sec.model);
        sec.view->setRootIsDecorated(false);
        sec.view->setUniformRowHeights(true);
        sec.view->setAlternatingRowColors(true);
        sec.view->setSortingEnabled(true);
        sec.view->sortByColumn(AssetsModel::Name, Qt::AscendingOrder);
        sec.view->setSelectionBehavior(QAbstractItemView::SelectRows);
        sec.view->setSelectionMode(QAbstractItemView::SingleSelection);
        sec.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        sec.view->setContextMenuPolicy(Qt::CustomContextMenu);
        // The page scrolls, not each section: a section is as tall as its rows.
        sec.view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // Long ids shrink in the middle, where ids differ least, rather than scroll.
        sec.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        sec.view->setTextElideMode(Qt::ElideMiddle);
        sec.view->header()->setStretchLastSection(true);
        sec.view->header()->setSectionResizeMode(QHeaderView::Interactive);
        const QList<AssetsModel::Column> shown = AssetsModel::columnsOf(section);
        for (int c = 0; c < AssetsModel::ColumnCount; ++c)
            sec.view->setColumnHidden(c, !shown.contains(AssetsModel::Column(c)));
        // Shown columns in the section's order (the model's order is one for all).
        for (int i = 0; i < shown.size(); ++i)
            sec.view->header()->moveSection(sec.view->header()->visualIndex(shown[i]), i);
        layout->addWidget(sec.header);
        layout->addWidget(sec.none);
        layout->addWidget(sec.view);
        layout->addSpacing(6);

        connect(sec.header, &QToolButton::toggled, this, [this, s](bool open) {
            m_sections[s].header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
            fitHeights();
        });
        connect(sec.view, &QTreeView::activated, this,
            [this, section](const QModelIndex &index) { activate(section, index); });
        connect(sec.view, &QWidget::customContextMenuRequested, this,
            [this, section, s](const QPoint &pos) {
                const QModelIndex index = m_sections[s].view->indexAt(pos);
                if (!index.isValid())
                    return;
                m_sections[s].view->setCurrentIndex(index);
                contextMenuFor(section)->popup(m_sections[s].view->viewport()->mapToGlobal(pos));
            });
    }
    layout->addStretch(1);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("assetsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);
    applyPalette();
    retranslateUi();
}

int AssetsTab::entityCount() const
{
    int n = 0;
    for (const Section &s : m_sections)
        n += s.model->rowCount();
    return n;
}

void AssetsTab::setIncident(qint64 incidentId, const QList<Alert> &alerts)
{
    m_incidentId = incidentId;
    const QList<EntityInfo> entities = item::entitiesOf(alerts);
    // "Seen in N other incidents" for what the store indexes; processes, registry items
    // and the like are one run on one machine, and finding them would mean reading every
    // cached alert, so they say nothing rather than keep the page waiting.
    QHash<QString, item::EntityHits> hits;
    if (m_session)
        hits = item::findEntities(*m_session, item::indexedOnly(entities));
    // Each alert's entity keys, once.
    QHash<QString, int> alertsNaming;
    for (const Alert &a : alerts) {
        QSet<QString> keys;
        for (const Evidence &ev : a.evidence.value())
            keys.insert(describeEntity(ev).key);
        for (const QString &k : std::as_const(keys))
            ++alertsNaming[k];
    }

    QList<AssetRow> rows[AssetSectionCount];
    for (const EntityInfo &e : entities) {
        AssetRow row;
        row.entity = e;
        row.alertsHere = alertsNaming.value(e.key);
        if (hits.contains(e.key)) {
            const QList<qint64> incidents = hits.value(e.key).incidentIds;
            row.otherIncidents = int(incidents.size()) - (incidents.contains(incidentId) ? 1 : 0);
        } else {
            row.otherIncidents = -1;
        }
        rows[int(assetSectionOf(e.type))] << row;
    }
    for (int s = 0; s < AssetSectionCount; ++s) {
        Section &sec = m_sections[s];
        sec.model->setRows(rows[s]);
        // A section shows its columns that say something for this incident (devices
        // outside Azure have no resource id, say); the last one takes the rest of the width.
        const QList<AssetsModel::Column> columns = AssetsModel::columnsOf(AssetSection(s));
        for (AssetsModel::Column c : columns) {
            bool any = c == AssetsModel::Name;
            for (int r = 0; r < sec.model->rowCount() && !any; ++r)
                any = !sec.model->index(r, c).data().toString().isEmpty();
            sec.view->setColumnHidden(c, !any);
        }
        for (AssetsModel::Column c : columns) {
            if (!sec.view->isColumnHidden(c) && c != columns.last())
                sec.view->resizeColumnToContents(c);
        }
        sec.view->setColumnWidth(
            AssetsModel::Name, qMin(sec.view->columnWidth(AssetsModel::Name), 320));
    }
    m_stack->setCurrentIndex(entities.isEmpty() ? 1 : 0);
    retranslateUi();
}

void AssetsTab::fitHeights()
{
    for (Section &sec : m_sections) {
        const int rows = sec.model->rowCount();
        const bool open = sec.header->isChecked();
        sec.view->setVisible(rows > 0 && open);
        sec.none->setVisible(rows == 0);
        sec.header->setEnabled(rows > 0);
        if (rows == 0)
            continue;
        const int rowHeight
            = qMax(sec.view->sizeHintForRow(0), sec.view->fontMetrics().height() + 6);
        sec.view->setFixedHeight(sec.view->header()->sizeHint().height() + rows * rowHeight
            + 2 * sec.view->frameWidth());
    }
}

void AssetsTab::activate(AssetSection section, const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT entityActivated(model(section)->rowAt(index.row()).entity);
}

void AssetsTab::copyResourceId(AssetSection section)
{
    const QModelIndex index = view(section)->currentIndex();
    if (!index.isValid())
        return;
    const EntityInfo &e = model(section)->rowAt(index.row()).entity;
    const QString text = e.resourceId.isEmpty() ? e.name : e.resourceId;
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied %1").arg(text));
}

QMenu *AssetsTab::contextMenuFor(AssetSection section)
{
    m_menu->clear();
    const QModelIndex index = view(section)->currentIndex();
    QAction *open = m_menu->addAction(tr("Open entity page"));
    open->setObjectName(QStringLiteral("openEntityAction"));
    connect(open, &QAction::triggered, this,
        [this, section] { activate(section, view(section)->currentIndex()); });
    const bool hasId
        = index.isValid() && !model(section)->rowAt(index.row()).entity.resourceId.isEmpty();
    QAction *copy = m_menu->addAction(hasId ? tr("Copy resource id") : tr("Copy name"));
    copy->setObjectName(QStringLiteral("copyResourceIdAction"));
    connect(copy, &QAction::triggered, this, [this, section] { copyResourceId(section); });
    open->setEnabled(index.isValid());
    copy->setEnabled(index.isValid());
    return m_menu;
}

void AssetsTab::retranslateUi()
{
    m_empty->setText(tr("The alerts of this incident name no entities."));
    int total = 0;
    for (int s = 0; s < AssetSectionCount; ++s) {
        Section &sec = m_sections[s];
        const int n = sec.model->rowCount();
        total += n;
        // The section's entity type; Other's plural, "Other entities", stands for the rest.
        static const EntityType firstType[AssetSectionCount] = {EntityType::CloudResource,
            EntityType::Device, EntityType::Account, EntityType::Ip, EntityType::Other};
        const QString title = EntityText::typePlural(firstType[s]);
        sec.header->setText(tr("%1 (%2)").arg(title).arg(n));
        sec.header->setToolTip(tr("Show or hide this section"));
        sec.none->setText(tr("None in this incident."));
    }
    if (total == 1)
        m_summary->setText(
            tr("One entity across this incident's alerts. Double-click a row to open its page."));
    else
        m_summary->setText(
            tr("%1 entities across this incident's alerts. Double-click a row to open its page.")
                .arg(total));
    fitHeights();
}

void AssetsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void AssetsTab::applyPalette()
{
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, queue::mutedText(palette()));
    for (Section &sec : m_sections) {
        sec.model->setPalette(palette());
        sec.none->setPalette(muted);
    }
    m_empty->setPalette(muted);
}

} // namespace wf::ui
