// Queue models: view building (filter + sort on columns), display text, roles.
#include "queuemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <array>
#include <memory>

namespace wf::item {

namespace {
template<class T>
int cmp(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}
} // namespace

QString severityText(int o)
{
    switch (AlertSeverity(o)) {
    case AlertSeverity::informational:
        return QCoreApplication::translate("Queue", "Informational");
    case AlertSeverity::low:
        return QCoreApplication::translate("Queue", "Low");
    case AlertSeverity::medium:
        return QCoreApplication::translate("Queue", "Medium");
    case AlertSeverity::high:
        return QCoreApplication::translate("Queue", "High");
    default:
        return QCoreApplication::translate("Queue", "Unknown");
    }
}

QString incidentStatusText(int o)
{
    switch (IncidentStatus(o)) {
    case IncidentStatus::active:
        return QCoreApplication::translate("Queue", "Active");
    case IncidentStatus::inProgress:
        return QCoreApplication::translate("Queue", "In progress");
    case IncidentStatus::resolved:
        return QCoreApplication::translate("Queue", "Resolved");
    case IncidentStatus::redirected:
        return QCoreApplication::translate("Queue", "Redirected");
    case IncidentStatus::awaitingAction:
        return QCoreApplication::translate("Queue", "Awaiting action");
    default:
        return QCoreApplication::translate("Queue", "Unknown");
    }
}

QString alertStatusText(int o)
{
    switch (AlertStatus(o)) {
    case AlertStatus::new_:
        return QCoreApplication::translate("Queue", "New");
    case AlertStatus::inProgress:
        return QCoreApplication::translate("Queue", "In progress");
    case AlertStatus::resolved:
        return QCoreApplication::translate("Queue", "Resolved");
    default:
        return QCoreApplication::translate("Queue", "Unknown");
    }
}

QString classificationText(int o)
{
    switch (AlertClassification(o)) {
    case AlertClassification::truePositive:
        return QCoreApplication::translate("Queue", "True positive");
    case AlertClassification::falsePositive:
        return QCoreApplication::translate("Queue", "False positive");
    case AlertClassification::informationalExpectedActivity:
        return QCoreApplication::translate("Queue", "Informational, expected activity");
    default:
        return o < 0 ? QString() : QCoreApplication::translate("Queue", "Not set");
    }
}

QString determinationText(int o)
{
    if (o < 0 || AlertDetermination(o) == AlertDetermination::unknown)
        return {};
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Queue", "Unknown"),
        QT_TRANSLATE_NOOP("Queue", "APT"),
        QT_TRANSLATE_NOOP("Queue", "Malware"),
        QT_TRANSLATE_NOOP("Queue", "Security personnel"),
        QT_TRANSLATE_NOOP("Queue", "Security testing"),
        QT_TRANSLATE_NOOP("Queue", "Unwanted software"),
        QT_TRANSLATE_NOOP("Queue", "Other"),
        QT_TRANSLATE_NOOP("Queue", "Multi-staged attack"),
        QT_TRANSLATE_NOOP("Queue", "Compromised account"),
        QT_TRANSLATE_NOOP("Queue", "Phishing"),
        QT_TRANSLATE_NOOP("Queue", "Malicious user activity"),
        QT_TRANSLATE_NOOP("Queue", "Not malicious"),
        QT_TRANSLATE_NOOP("Queue", "Not enough data to validate"),
        QT_TRANSLATE_NOOP("Queue", "Confirmed activity"),
        QT_TRANSLATE_NOOP("Queue", "Line-of-business application"),
    };
    if (o < int(std::size(names)))
        return QCoreApplication::translate("Queue", names[o]);
    return QCoreApplication::translate("Queue", "Other");
}

namespace {
// "microsoftDefenderForCloud" -> "Microsoft Defender for Cloud": product names are not
// translated.
QString productName(const QString &camel)
{
    QString out;
    for (qsizetype i = 0; i < camel.size(); ++i) {
        const QChar c = camel[i];
        if (i == 0) {
            out += c.toUpper();
        } else if (c.isUpper() && !camel[i - 1].isUpper()) {
            out += u' ';
            out += c;
        } else {
            out += c;
        }
    }
    out.replace(QStringLiteral(" For "), QStringLiteral(" for "));
    out.replace(QStringLiteral("Io T"), QStringLiteral("IoT"));
    out.replace(QStringLiteral("D N S"), QStringLiteral("DNS"));
    out.replace(QStringLiteral("A I "), QStringLiteral("AI "));
    return out;
}
} // namespace

QString serviceSourceText(int o)
{
    return productName(EnumInfo<ServiceSource>::names().name(qBound(0, o, EnumInfo<ServiceSource>::names().size() - 1)));
}

QString detectionSourceText(int o)
{
    return productName(EnumInfo<DetectionSource>::names().name(qBound(0, o, EnumInfo<DetectionSource>::names().size() - 1)));
}

QString cloudsText(quint8 clouds)
{
    QStringList parts;
    if (clouds & store::CloudAzure)
        parts << QStringLiteral("Azure");
    if (clouds & store::CloudAws)
        parts << QStringLiteral("AWS");
    if (clouds & store::CloudGcp)
        parts << QStringLiteral("GCP");
    return parts.join(QStringLiteral(", "));
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

// ---- QueueModel

QueueModel::QueueModel(store::QueueStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &store::QueueStore::changed, this, &QueueModel::onStoreChanged);
    connect(store, &store::QueueStore::cleared, this, &QueueModel::onStoreChanged);
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

QString QueueModel::idAt(int viewRow) const
{
    const int row = storeRow(viewRow);
    return row < 0 ? QString() : idOfStoreRow(row);
}

QStringList QueueModel::ids() const
{
    QStringList out;
    out.reserve(m_view.size());
    for (int row : m_view)
        out.append(idOfStoreRow(row));
    return out;
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild(false);
}

void QueueModel::setFilter(const QueueFilter &filter)
{
    m_filter = filter;
    rebuild(false);
}

void QueueModel::setPending(const QSet<QString> &ids)
{
    if (ids == m_pending)
        return;
    m_pending = ids;
    if (!m_view.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int QueueModel::rank(int poolId) const
{
    return poolRanks()[poolId];
}

int QueueModel::firstRank(const store::RefLists &refs, int row) const
{
    const QList<int> ids = refs.get(row);
    return ids.isEmpty() ? -1 : rank(ids.first());
}

const QList<int> &QueueModel::poolRanks() const
{
    const store::StringPool &pool = m_store->pool();
    if (m_ranksVersion != m_store->version() || m_ranks.size() != pool.size()) {
        QList<int> order(pool.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return QString::compare(pool.at(a), pool.at(b), Qt::CaseInsensitive) < 0;
        });
        m_ranks.resize(pool.size());
        for (int i = 0; i < order.size(); ++i)
            m_ranks[order[i]] = i;
        m_ranksVersion = m_store->version();
    }
    return m_ranks;
}

void QueueModel::onStoreChanged()
{
    rebuild(true);
}

void QueueModel::rebuild(bool storeChanged)
{
    QList<int> view;
    const int n = storeSize();
    const auto match = matcher(m_filter);
    // Typing narrows: when only the search text grew, the rows to test are the ones in
    // view, already in order.
    QueueFilter previous = m_builtFilter;
    const QString before = previous.search.trimmed().toLower();
    const QString now = m_filter.search.trimmed().toLower();
    previous.search = m_filter.search;
    const bool narrowing = !storeChanged && m_builtFor == n && !before.isEmpty()
        && now.contains(before) && previous == m_filter && m_builtSort == std::pair(m_sortColumn, m_sortOrder);
    m_builtFilter = m_filter;
    m_builtFor = n;
    m_builtSort = {m_sortColumn, m_sortOrder};
    if (narrowing) {
        view.reserve(m_view.size());
        for (int row : std::as_const(m_view)) {
            if (match(row))
                view.append(row);
        }
    } else {
        view.reserve(n);
        for (int row = 0; row < n; ++row) {
            if (match(row))
                view.append(row);
        }
    }
    if (m_sortColumn >= 0 && !narrowing) {
        const int column = m_sortColumn;
        const bool desc = m_sortOrder == Qt::DescendingOrder;
        std::stable_sort(view.begin(), view.end(), [&](int a, int b) {
            const int c = compare(column, a, b);
            if (c != 0)
                return desc ? c > 0 : c < 0;
            return desc ? a > b : a < b;
        });
    }
    std::array<int, 65> byStatus{}, bySeverity{};
    for (int row : std::as_const(view)) {
        ++byStatus[qBound(-1, statusOf(row), 63) + 1];
        ++bySeverity[qBound(-1, severityOf(row), 63) + 1];
    }
    m_byStatus.clear();
    m_bySeverity.clear();
    for (int i = 0; i < 65; ++i) {
        if (byStatus[i])
            m_byStatus.insert(i - 1, byStatus[i]);
        if (bySeverity[i])
            m_bySeverity.insert(i - 1, bySeverity[i]);
    }

    if (view == m_view) {
        // Same rows in the same order: only their contents may have changed.
        if (storeChanged && !m_view.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    if (view.size() == m_view.size()
        && QSet<int>(view.begin(), view.end()) == QSet<int>(m_view.begin(), m_view.end())) {
        // A new order of the same rows: keep persistent indexes (selection, current).
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<int> newViewOf(n, -1);
        for (int i = 0; i < view.size(); ++i)
            newViewOf[view[i]] = i;
        QModelIndexList after;
        after.reserve(persistent.size());
        for (const QModelIndex &idx : persistent)
            after.append(index(newViewOf[m_view[idx.row()]], idx.column()));
        m_view = view;
        m_viewOf = newViewOf;
        changePersistentIndexList(persistent, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        // Rows came or went: one reset per batch; the view keeps selection by id.
        beginResetModel();
        m_view = view;
        m_viewOf = QList<int>(n, -1);
        for (int i = 0; i < view.size(); ++i)
            m_viewOf[view[i]] = i;
        endResetModel();
    }
    Q_EMIT viewRebuilt();
}

// ---- incidents

IncidentTableModel::IncidentTableModel(store::QueueStore *store, QObject *parent)
    : QueueModel(store, parent)
{}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int IncidentTableModel::storeSize() const
{
    return m_store->incidents().size();
}

QString IncidentTableModel::idOfStoreRow(int storeRow) const
{
    return QString::number(m_store->incidents().id[storeRow]);
}

int IncidentTableModel::statusOf(int r) const
{
    return m_store->incidents().status[r];
}

int IncidentTableModel::severityOf(int r) const
{
    return m_store->incidents().severity[r];
}

std::function<bool(int)> IncidentTableModel::matcher(const QueueFilter &filter) const
{
    auto m = std::make_shared<IncidentMatcher>(*m_store, filter);
    return [m](int row) { return m->matches(row); };
}

int IncidentTableModel::compare(int column, int a, int b) const
{
    const store::IncidentTable &t = m_store->incidents();
    switch (Column(column)) {
    case Name:
        return t.displayName[a].compare(t.displayName[b], Qt::CaseInsensitive);
    case Id:
        return cmp(t.id[a], t.id[b]);
    case Severity:
        return cmp(t.severity[a], t.severity[b]);
    case Status:
        return cmp(t.status[a], t.status[b]);
    case Categories:
        return cmp(firstRank(t.categories, a), firstRank(t.categories, b));
    case ImpactedAssets:
        return cmp(firstRank(t.assets, a), firstRank(t.assets, b));
    case ServiceSources:
        return cmp(t.serviceSources[a], t.serviceSources[b]);
    case DetectionSources:
        return cmp(t.detectionSources[a], t.detectionSources[b]);
    case FirstActivity:
        return cmp(t.firstActivity[a], t.firstActivity[b]);
    case LastActivity:
        return cmp(t.lastActivity[a], t.lastActivity[b]);
    case LastUpdate:
        return cmp(t.lastUpdate[a], t.lastUpdate[b]);
    case AssignedTo:
        return cmp(rank(t.assignedTo[a]), rank(t.assignedTo[b]));
    case Classification:
        return cmp(t.classification[a], t.classification[b]);
    case Determination:
        return cmp(t.determination[a], t.determination[b]);
    case Tags:
        return cmp(firstRank(t.tags, a), firstRank(t.tags, b));
    case AlertCount:
        return cmp(t.alertCount[a], t.alertCount[b]);
    case ColumnCount:
        break;
    }
    return 0;
}

QString IncidentTableModel::text(int column, int r) const
{
    const store::IncidentTable &t = m_store->incidents();
    const store::StringPool &pool = m_store->pool();
    auto joined = [&](const store::RefLists &l) {
        QStringList parts;
        for (int id : l.get(r))
            parts << pool.at(id);
        return parts.join(QStringLiteral(", "));
    };
    auto sources = [](quint64 bits, QString (*name)(int)) {
        QStringList parts;
        for (int i = 0; i < 64; ++i) {
            if (bits >> i & 1)
                parts << name(i);
        }
        return parts.join(QStringLiteral(", "));
    };
    switch (Column(column)) {
    case Name:
        return t.displayName[r];
    case Id:
        return QString::number(t.id[r]);
    case Severity:
        return severityText(t.severity[r]);
    case Status:
        return incidentStatusText(t.status[r]);
    case Categories:
        return joined(t.categories);
    case ImpactedAssets: {
        const QString assets = joined(t.assets);
        const QString clouds = cloudsText(t.clouds[r]);
        return clouds.isEmpty() ? assets : QStringLiteral("[%1] %2").arg(clouds, assets);
    }
    case ServiceSources:
        return sources(t.serviceSources[r], &serviceSourceText);
    case DetectionSources:
        return sources(t.detectionSources[r], &detectionSourceText);
    case FirstActivity:
        return timeText(t.firstActivity[r]);
    case LastActivity:
        return timeText(t.lastActivity[r]);
    case LastUpdate:
        return timeText(t.lastUpdate[r]);
    case AssignedTo:
        return t.assignedTo[r] ? pool.at(t.assignedTo[r]) : QCoreApplication::translate("Queue", "Unassigned");
    case Classification:
        return classificationText(t.classification[r]);
    case Determination:
        return determinationText(t.determination[r]);
    case Tags:
        return joined(t.tags);
    case AlertCount:
        return QString::number(t.alertCount[r]);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    const int r = storeRow(index.row());
    if (r < 0)
        return {};
    const store::IncidentTable &t = m_store->incidents();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(index.column(), r);
    case SortRole:
        switch (Column(index.column())) {
        case Id:
            return t.id[r];
        case Severity:
            return int(t.severity[r]);
        case Status:
            return int(t.status[r]);
        case FirstActivity:
            return t.firstActivity[r];
        case LastActivity:
            return t.lastActivity[r];
        case LastUpdate:
            return t.lastUpdate[r];
        case AlertCount:
            return t.alertCount[r];
        default:
            return text(index.column(), r);
        }
    case IdRole:
        return QString::number(t.id[r]);
    case StoreRowRole:
        return r;
    case CloudsRole:
        return int(t.clouds[r]);
    case SeverityRole:
        return int(t.severity[r]);
    case StatusRole:
        return int(t.status[r]);
    case PendingRole:
        return isPending(r);
    case Qt::TextAlignmentRole:
        return index.column() == AlertCount || index.column() == Id
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    default:
        return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("IncidentQueue", "Incident name"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Incident Id"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Severity"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Status"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Categories"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Impacted assets"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Service sources"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Detection sources"),
        QT_TRANSLATE_NOOP("IncidentQueue", "First activity"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Last activity"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Last update"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Assigned to"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Classification"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Determination"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Tags"),
        QT_TRANSLATE_NOOP("IncidentQueue", "Alerts"),
    };
    static_assert(std::size(names) == ColumnCount);
    return section >= 0 && section < ColumnCount ? QCoreApplication::translate("IncidentQueue", names[section]) : QVariant();
}

// ---- alerts

AlertTableModel::AlertTableModel(store::QueueStore *store, QObject *parent)
    : QueueModel(store, parent)
{}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AlertTableModel::storeSize() const
{
    return m_store->alerts().size();
}

QString AlertTableModel::idOfStoreRow(int storeRow) const
{
    return m_store->alerts().id[storeRow];
}

int AlertTableModel::statusOf(int r) const
{
    return m_store->alerts().status[r];
}

int AlertTableModel::severityOf(int r) const
{
    return m_store->alerts().severity[r];
}

std::function<bool(int)> AlertTableModel::matcher(const QueueFilter &filter) const
{
    auto m = std::make_shared<AlertMatcher>(*m_store, filter);
    return [m](int row) { return m->matches(row); };
}

int AlertTableModel::compare(int column, int a, int b) const
{
    const store::AlertTable &t = m_store->alerts();
    switch (Column(column)) {
    case Title:
        return cmp(rank(t.title[a]), rank(t.title[b]));
    case Id:
        return t.id.compare(a, b);
    case Severity:
        return cmp(t.severity[a], t.severity[b]);
    case Status:
        return cmp(t.status[a], t.status[b]);
    case Category:
        return cmp(rank(t.category[a]), rank(t.category[b]));
    case ImpactedAssets:
        return cmp(firstRank(t.assets, a), firstRank(t.assets, b));
    case Subscription:
        return cmp(rank(t.subscription[a]), rank(t.subscription[b]));
    case ServiceSource:
        return cmp(t.serviceSource[a], t.serviceSource[b]);
    case DetectionSource:
        return cmp(t.detectionSource[a], t.detectionSource[b]);
    case Incident:
        return cmp(t.incident[a], t.incident[b]);
    case FirstActivity:
        return cmp(t.firstActivity[a], t.firstActivity[b]);
    case LastActivity:
        return cmp(t.lastActivity[a], t.lastActivity[b]);
    case LastUpdate:
        return cmp(t.lastUpdate[a], t.lastUpdate[b]);
    case AssignedTo:
        return cmp(rank(t.assignedTo[a]), rank(t.assignedTo[b]));
    case Classification:
        return cmp(t.classification[a], t.classification[b]);
    case Determination:
        return cmp(t.determination[a], t.determination[b]);
    case ColumnCount:
        break;
    }
    return 0;
}

QString AlertTableModel::text(int column, int r) const
{
    const store::AlertTable &t = m_store->alerts();
    const store::StringPool &pool = m_store->pool();
    switch (Column(column)) {
    case Title:
        return pool.at(t.title[r]);
    case Id:
        return t.id[r];
    case Severity:
        return severityText(t.severity[r]);
    case Status:
        return alertStatusText(t.status[r]);
    case Category:
        return pool.at(t.category[r]);
    case ImpactedAssets: {
        QStringList parts;
        for (int id : t.assets.get(r))
            parts << pool.at(id);
        const QString clouds = cloudsText(t.clouds[r]);
        const QString assets = parts.join(QStringLiteral(", "));
        return clouds.isEmpty() ? assets : QStringLiteral("[%1] %2").arg(clouds, assets);
    }
    case Subscription:
        return pool.at(t.subscription[r]);
    case ServiceSource:
        return serviceSourceText(t.serviceSource[r]);
    case DetectionSource:
        return detectionSourceText(t.detectionSource[r]);
    case Incident:
        return t.incident[r] ? QString::number(t.incident[r]) : QString();
    case FirstActivity:
        return timeText(t.firstActivity[r]);
    case LastActivity:
        return timeText(t.lastActivity[r]);
    case LastUpdate:
        return timeText(t.lastUpdate[r]);
    case AssignedTo:
        return t.assignedTo[r] ? pool.at(t.assignedTo[r]) : QCoreApplication::translate("Queue", "Unassigned");
    case Classification:
        return classificationText(t.classification[r]);
    case Determination:
        return determinationText(t.determination[r]);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    const int r = storeRow(index.row());
    if (r < 0)
        return {};
    const store::AlertTable &t = m_store->alerts();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(index.column(), r);
    case SortRole:
        switch (Column(index.column())) {
        case Severity:
            return int(t.severity[r]);
        case Status:
            return int(t.status[r]);
        case Incident:
            return t.incident[r];
        case FirstActivity:
            return t.firstActivity[r];
        case LastActivity:
            return t.lastActivity[r];
        case LastUpdate:
            return t.lastUpdate[r];
        default:
            return text(index.column(), r);
        }
    case IdRole:
        return t.id[r];
    case StoreRowRole:
        return r;
    case CloudsRole:
        return int(t.clouds[r]);
    case SeverityRole:
        return int(t.severity[r]);
    case StatusRole:
        return int(t.status[r]);
    case PendingRole:
        return isPending(r);
    case IncidentIdRole:
        return t.incident[r];
    default:
        return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("AlertQueue", "Alert name"),
        QT_TRANSLATE_NOOP("AlertQueue", "Alert Id"),
        QT_TRANSLATE_NOOP("AlertQueue", "Severity"),
        QT_TRANSLATE_NOOP("AlertQueue", "Status"),
        QT_TRANSLATE_NOOP("AlertQueue", "Category"),
        QT_TRANSLATE_NOOP("AlertQueue", "Impacted assets"),
        QT_TRANSLATE_NOOP("AlertQueue", "Subscription"),
        QT_TRANSLATE_NOOP("AlertQueue", "Service source"),
        QT_TRANSLATE_NOOP("AlertQueue", "Detection source"),
        QT_TRANSLATE_NOOP("AlertQueue", "Incident"),
        QT_TRANSLATE_NOOP("AlertQueue", "First activity"),
        QT_TRANSLATE_NOOP("AlertQueue", "Last activity"),
        QT_TRANSLATE_NOOP("AlertQueue", "Last update"),
        QT_TRANSLATE_NOOP("AlertQueue", "Assigned to"),
        QT_TRANSLATE_NOOP("AlertQueue", "Classification"),
        QT_TRANSLATE_NOOP("AlertQueue", "Determination"),
    };
    static_assert(std::size(names) == ColumnCount);
    return section >= 0 && section < ColumnCount ? QCoreApplication::translate("AlertQueue", names[section]) : QVariant();
}

} // namespace wf::item
