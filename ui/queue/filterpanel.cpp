// Filter panel: facet drop-downs built from the values present in the store.
#include "filterpanel.h"

#include "flowlayout.h"
#include "item/queuemodel.h"
#include "store/queuestore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace wf::ui::queue {

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kFacetRole = Qt::UserRole + 1;

const char *facetObjectName(FilterPanel::Facet f)
{
    static const char *const names[]
        = {"statusFacet", "severityFacet", "classificationFacet", "assignedToFacet", "tagsFacet",
            "cloudFacet", "subscriptionFacet", "serviceSourceFacet", "detectionSourceFacet"};
    return names[f];
}

bool isLongFacet(FilterPanel::Facet f)
{
    return f == FilterPanel::AssignedTo || f == FilterPanel::Tags || f == FilterPanel::Subscription
        || f == FilterPanel::DetectionSource;
}
} // namespace

FilterPanel::FilterPanel(bool incidents, const store::QueueStore *store, QWidget *parent)
    : QWidget(parent)
    , m_incidents(incidents)
    , m_store(store)
{
    setObjectName(QStringLiteral("filterPanel"));
    auto *flow = new FlowLayout(this, 6);
    flow->setContentsMargins(0, 2, 0, 2);
    for (int i = 0; i < FacetCount; ++i) {
        const Facet f = Facet(i);
        FacetUi &ui = m_facets[i];
        ui.button = new QToolButton(this);
        ui.button->setObjectName(QLatin1StringView(facetObjectName(f)));
        ui.button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        ui.button->setAutoRaise(false);
        ui.popup = new QFrame(this, Qt::Popup);
        ui.popup->setObjectName(QLatin1StringView(facetObjectName(f)) + u"Popup");
        ui.popup->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(ui.popup);
        box->setContentsMargins(6, 6, 6, 6);
        if (isLongFacet(f)) {
            ui.search = new QLineEdit(ui.popup);
            ui.search->setObjectName(QLatin1StringView(facetObjectName(f)) + u"Search");
            ui.search->setClearButtonEnabled(true);
            box->addWidget(ui.search);
            connect(ui.search, &QLineEdit::textChanged, this, [this, f](const QString &text) {
                QListWidget *list = m_facets[f].list;
                for (int r = 0; r < list->count(); ++r)
                    list->item(r)->setHidden(
                        !list->item(r)->text().contains(text, Qt::CaseInsensitive));
            });
        }
        ui.list = new QListWidget(ui.popup);
        ui.list->setObjectName(QLatin1StringView(facetObjectName(f)) + u"List");
        ui.list->setMinimumWidth(260);
        ui.list->setUniformItemSizes(true);
        ui.list->viewport()->installEventFilter(this);
        box->addWidget(ui.list);
        ui.clear = new QPushButton(ui.popup);
        ui.clear->setObjectName(QLatin1StringView(facetObjectName(f)) + u"Clear");
        box->addWidget(ui.clear, 0, Qt::AlignRight);
        connect(ui.clear, &QPushButton::clicked, this, [this, f] {
            clearFacet(f);
            refreshFacet(f);
            updateButton(f);
            Q_EMIT changed();
        });
        connect(ui.list, &QListWidget::itemChanged, this,
            [this, f](QListWidgetItem *item) { onItemChanged(f, item); });
        connect(ui.button, &QToolButton::clicked, this, [this, f] {
            FacetUi &u = m_facets[f];
            refreshFacet(f);
            if (u.search)
                u.search->clear();
            const int rows = qBound(3, u.list->count(), 14);
            u.list->setFixedHeight(rows * (u.list->fontMetrics().height() + 6) + 6);
            u.popup->adjustSize();
            QPoint at = u.button->mapToGlobal(QPoint(0, u.button->height()));
            if (const QScreen *s = u.button->screen()) {
                const QRect avail = s->availableGeometry();
                at.setX(qMin(at.x(), avail.right() - u.popup->width()));
            }
            u.popup->move(at);
            u.popup->show();
            if (u.search)
                u.search->setFocus();
            else
                u.list->setFocus();
        });
        flow->addWidget(ui.button);
        updateButton(f);
    }
    m_rangeLabel = new QLabel(this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("timeRangeCombo"));
    for (int days : {0, 1, 3, 7, 30, 182, -1})
        m_range->addItem(QString(), days);
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setDateTime(QDateTime::currentDateTime());
        e->hide();
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_populating)
                Q_EMIT changed();
        });
    }
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-30));
    auto *rangeBox = new QWidget(this);
    auto *rangeLayout = new QHBoxLayout(rangeBox);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(m_rangeLabel);
    rangeLayout->addWidget(m_range);
    rangeLayout->addWidget(m_from);
    rangeLayout->addWidget(m_to);
    flow->addWidget(rangeBox);
    connect(m_range, &QComboBox::currentIndexChanged, this, &FilterPanel::onRangeChanged);
    m_clearAll = new QPushButton(this);
    m_clearAll->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearAll->setFlat(true);
    connect(m_clearAll, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT changed();
    });
    flow->addWidget(m_clearAll);
    retranslateUi();
}

QListWidget *FilterPanel::facetList(Facet facet) const
{
    return m_facets[facet].list;
}

bool FilterPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A click anywhere on a row toggles it (not only on the small check box).
    if (event->type() == QEvent::MouseButtonRelease
        || event->type() == QEvent::MouseButtonDblClick) {
        for (const FacetUi &ui : m_facets) {
            if (watched != ui.list->viewport())
                continue;
            const auto *me = static_cast<QMouseEvent *>(event);
            if (QListWidgetItem *item = ui.list->itemAt(me->position().toPoint())) {
                if (event->type() == QEvent::MouseButtonRelease)
                    item->setCheckState(
                        item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString FilterPanel::rangeText(int days) const
{
    switch (days) {
    case 0:
        return tr("Any time");
    case 1:
        return tr("Last 24 hours");
    case 182:
        return tr("Last 6 months");
    case 3:
        return tr("Last 3 days");
    case 7:
        return tr("Last 7 days");
    case 30:
        return tr("Last 30 days");
    case -1:
        return tr("Custom range");
    default:
        return tr("Last %1 days").arg(days);
    }
}

QString FilterPanel::facetName(Facet f) const
{
    switch (f) {
    case Status:
        return tr("Status");
    case Severity:
        return tr("Severity");
    case Classification:
        return tr("Classification");
    case AssignedTo:
        return tr("Assigned to");
    case Tags:
        return tr("Tags");
    case Cloud:
        return tr("Cloud");
    case Subscription:
        return tr("Subscription");
    case ServiceSource:
        return tr("Service source");
    case DetectionSource:
        return tr("Detection source");
    case FacetCount:
        break;
    }
    return {};
}

QString FilterPanel::valueLabel(Facet f, const QVariant &key) const
{
    switch (f) {
    case Status:
        return m_incidents ? item::incidentStatusText(key.toInt())
                           : item::alertStatusText(key.toInt());
    case Severity:
        return item::severityText(key.toInt());
    case Classification:
        return key.toInt() < 0 ? tr("Not set") : item::classificationText(key.toInt());
    case ServiceSource:
        return item::serviceSourceText(key.toInt());
    case DetectionSource:
        return item::detectionSourceText(key.toInt());
    case Cloud:
        return item::cloudsText(quint8(key.toInt()));
    case AssignedTo:
        if (key.toString().isEmpty())
            return tr("Unassigned");
        if (!m_me.isEmpty() && key.toString().compare(m_me, Qt::CaseInsensitive) == 0)
            return tr("%1 (me)").arg(key.toString());
        return key.toString();
    case Tags:
    case Subscription:
        return key.toString();
    case FacetCount:
        break;
    }
    return {};
}

QList<FilterPanel::Value> FilterPanel::values(Facet f) const
{
    QList<Value> out;
    const store::StringPool &pool = m_store->pool();
    const store::IncidentTable &it = m_store->incidents();
    const store::AlertTable &at = m_store->alerts();
    auto presentOrdinals = [&](const QList<qint8> &column) {
        QSet<int> s;
        for (qint8 v : column)
            s.insert(v);
        return s;
    };
    auto addOrdered
        = [&](const QList<int> &order, const QSet<int> &always, const QSet<int> &present) {
              for (int o : order) {
                  if (always.contains(o) || present.contains(o))
                      out.append({o, valueLabel(f, o)});
              }
              QList<int> rest;
              for (int o : present) {
                  if (!order.contains(o))
                      rest.append(o);
              }
              std::sort(rest.begin(), rest.end());
              for (int o : rest)
                  out.append({o, valueLabel(f, o)});
          };
    auto sortedStrings = [&](const QSet<int> &ids) {
        QStringList s;
        for (int id : ids) {
            if (id > 0)
                s.append(pool.at(id));
        }
        std::sort(s.begin(), s.end(), [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        return s;
    };
    switch (f) {
    case Status:
        if (m_incidents) {
            addOrdered({int(IncidentStatus::active), int(IncidentStatus::inProgress),
                           int(IncidentStatus::awaitingAction), int(IncidentStatus::resolved),
                           int(IncidentStatus::redirected)},
                {int(IncidentStatus::active), int(IncidentStatus::inProgress),
                    int(IncidentStatus::resolved)},
                presentOrdinals(it.status));
        } else {
            addOrdered(
                {int(AlertStatus::new_), int(AlertStatus::inProgress), int(AlertStatus::resolved)},
                {int(AlertStatus::new_), int(AlertStatus::inProgress), int(AlertStatus::resolved)},
                presentOrdinals(at.status));
        }
        break;
    case Severity: {
        const QList<int> order = {int(AlertSeverity::high), int(AlertSeverity::medium),
            int(AlertSeverity::low), int(AlertSeverity::informational)};
        addOrdered(order, QSet<int>(order.begin(), order.end()),
            presentOrdinals(m_incidents ? it.severity : at.severity));
        break;
    }
    case Classification: {
        const QList<int> order = {-1, int(AlertClassification::truePositive),
            int(AlertClassification::informationalExpectedActivity),
            int(AlertClassification::falsePositive)};
        addOrdered(order, QSet<int>(order.begin(), order.end()),
            presentOrdinals(m_incidents ? it.classification : at.classification));
        break;
    }
    case ServiceSource:
    case DetectionSource: {
        QSet<int> present;
        if (m_incidents) {
            const QList<quint64> &bits
                = f == ServiceSource ? it.serviceSources : it.detectionSources;
            quint64 all = 0;
            for (quint64 b : bits)
                all |= b;
            for (int i = 0; i < 64; ++i) {
                if (all >> i & 1)
                    present.insert(i);
            }
        } else {
            present = presentOrdinals(f == ServiceSource ? at.serviceSource : at.detectionSource);
        }
        QList<int> sorted(present.begin(), present.end());
        std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
            return QString::compare(valueLabel(f, a), valueLabel(f, b), Qt::CaseInsensitive) < 0;
        });
        for (int o : sorted)
            out.append({o, valueLabel(f, o)});
        break;
    }
    case Cloud:
        for (int bit : {int(store::CloudAzure), int(store::CloudAws), int(store::CloudGcp)})
            out.append({bit, valueLabel(f, bit)});
        break;
    case AssignedTo: {
        QSet<int> ids;
        const QList<qint32> &column = m_incidents ? it.assignedTo : at.assignedTo;
        for (qint32 id : column)
            ids.insert(id);
        out.append({QString(), valueLabel(f, QString())});
        if (!m_me.isEmpty())
            out.append({m_me, valueLabel(f, m_me)});
        for (const QString &s : sortedStrings(ids)) {
            if (s.compare(m_me, Qt::CaseInsensitive) != 0)
                out.append({s, valueLabel(f, s)});
        }
        break;
    }
    case Tags: {
        QSet<int> ids;
        const int n = m_incidents ? it.size() : at.size();
        const store::RefLists &tags = m_incidents ? it.tags : at.tags;
        for (int r = 0; r < n; ++r)
            tags.any(r, [&ids](int id) {
                ids.insert(id);
                return false;
            });
        for (const QString &s : sortedStrings(ids))
            out.append({s, s});
        break;
    }
    case Subscription: {
        QSet<int> ids;
        if (m_incidents) {
            for (int r = 0; r < it.size(); ++r)
                it.subscriptions.any(r, [&ids](int id) {
                    ids.insert(id);
                    return false;
                });
        } else {
            for (qint32 id : at.subscription)
                ids.insert(id);
        }
        for (const QString &s : sortedStrings(ids))
            out.append({s, s});
        break;
    }
    case FacetCount:
        break;
    }
    // Chosen values the store does not hold (any more) stay listed, so they can be unchosen.
    auto listed = [&](const QVariant &key) {
        return std::any_of(out.begin(), out.end(), [&](const Value &v) { return v.key == key; });
    };
    auto keepInts = [&](const QSet<int> &chosen) {
        for (int o : chosen) {
            if (!listed(o))
                out.append({o, valueLabel(f, o)});
        }
    };
    auto keepStrings = [&](const QStringList &chosen) {
        for (const QString &s : chosen) {
            if (!listed(s))
                out.append({s, valueLabel(f, s)});
        }
    };
    switch (f) {
    case Status:
        keepInts(m_state.statuses);
        break;
    case Severity:
        keepInts(m_state.severities);
        break;
    case Classification:
        keepInts(m_state.classifications);
        break;
    case ServiceSource:
        keepInts(m_state.serviceSources);
        break;
    case DetectionSource:
        keepInts(m_state.detectionSources);
        break;
    case AssignedTo:
        keepStrings(m_state.assignedTo);
        break;
    case Tags:
        keepStrings(m_state.tags);
        break;
    case Subscription:
        keepStrings(m_state.subscriptions);
        break;
    default:
        break;
    }
    return out;
}

bool FilterPanel::isChosen(Facet f, const QVariant &key) const
{
    switch (f) {
    case Status:
        return m_state.statuses.contains(key.toInt());
    case Severity:
        return m_state.severities.contains(key.toInt());
    case Classification:
        return m_state.classifications.contains(key.toInt());
    case ServiceSource:
        return m_state.serviceSources.contains(key.toInt());
    case DetectionSource:
        return m_state.detectionSources.contains(key.toInt());
    case Cloud:
        return m_state.clouds & key.toInt();
    case AssignedTo:
        return m_state.assignedTo.contains(key.toString());
    case Tags:
        return m_state.tags.contains(key.toString());
    case Subscription:
        return m_state.subscriptions.contains(key.toString());
    case FacetCount:
        break;
    }
    return false;
}

void FilterPanel::setChosen(Facet f, const QVariant &key, bool on)
{
    auto setInt = [&](QSet<int> &s) {
        if (on)
            s.insert(key.toInt());
        else
            s.remove(key.toInt());
    };
    auto setString = [&](QStringList &l) {
        l.removeAll(key.toString());
        if (on)
            l.append(key.toString());
    };
    switch (f) {
    case Status:
        setInt(m_state.statuses);
        break;
    case Severity:
        setInt(m_state.severities);
        break;
    case Classification:
        setInt(m_state.classifications);
        break;
    case ServiceSource:
        setInt(m_state.serviceSources);
        break;
    case DetectionSource:
        setInt(m_state.detectionSources);
        break;
    case Cloud:
        m_state.clouds
            = on ? quint8(m_state.clouds | key.toInt()) : quint8(m_state.clouds & ~key.toInt());
        break;
    case AssignedTo:
        setString(m_state.assignedTo);
        break;
    case Tags:
        setString(m_state.tags);
        break;
    case Subscription:
        setString(m_state.subscriptions);
        break;
    case FacetCount:
        break;
    }
}

void FilterPanel::clearFacet(Facet f)
{
    switch (f) {
    case Status:
        m_state.statuses.clear();
        break;
    case Severity:
        m_state.severities.clear();
        break;
    case Classification:
        m_state.classifications.clear();
        break;
    case ServiceSource:
        m_state.serviceSources.clear();
        break;
    case DetectionSource:
        m_state.detectionSources.clear();
        break;
    case Cloud:
        m_state.clouds = 0;
        break;
    case AssignedTo:
        m_state.assignedTo.clear();
        break;
    case Tags:
        m_state.tags.clear();
        break;
    case Subscription:
        m_state.subscriptions.clear();
        break;
    case FacetCount:
        break;
    }
}

bool FilterPanel::facetActive(Facet f) const
{
    switch (f) {
    case Status:
        return !m_state.statuses.isEmpty();
    case Severity:
        return !m_state.severities.isEmpty();
    case Classification:
        return !m_state.classifications.isEmpty();
    case ServiceSource:
        return !m_state.serviceSources.isEmpty();
    case DetectionSource:
        return !m_state.detectionSources.isEmpty();
    case Cloud:
        return m_state.clouds != 0;
    case AssignedTo:
        return !m_state.assignedTo.isEmpty();
    case Tags:
        return !m_state.tags.isEmpty();
    case Subscription:
        return !m_state.subscriptions.isEmpty();
    case FacetCount:
        break;
    }
    return false;
}

QStringList FilterPanel::chosenLabels(Facet f) const
{
    QStringList out;
    auto ints = [&](const QSet<int> &s) {
        QList<int> sorted(s.begin(), s.end());
        std::sort(sorted.begin(), sorted.end());
        for (int o : sorted)
            out.append(valueLabel(f, o));
    };
    switch (f) {
    case Status:
        ints(m_state.statuses);
        break;
    case Severity:
        ints(m_state.severities);
        break;
    case Classification:
        ints(m_state.classifications);
        break;
    case ServiceSource:
        ints(m_state.serviceSources);
        break;
    case DetectionSource:
        ints(m_state.detectionSources);
        break;
    case Cloud:
        for (int bit : {int(store::CloudAzure), int(store::CloudAws), int(store::CloudGcp)}) {
            if (m_state.clouds & bit)
                out.append(valueLabel(f, bit));
        }
        break;
    case AssignedTo:
        for (const QString &s : m_state.assignedTo)
            out.append(valueLabel(f, s));
        break;
    case Tags:
        out = m_state.tags;
        break;
    case Subscription:
        out = m_state.subscriptions;
        break;
    case FacetCount:
        break;
    }
    return out;
}

void FilterPanel::updateButton(Facet f)
{
    FacetUi &ui = m_facets[f];
    const QStringList chosen = chosenLabels(f);
    QString text = facetName(f);
    if (!chosen.isEmpty()) {
        const QString joined = chosen.join(QStringLiteral(", "));
        text = joined.size() <= 26 ? tr("%1: %2").arg(text, joined)
                                   : tr("%1 (%2)").arg(text).arg(chosen.size());
    }
    ui.button->setText(text + QStringLiteral(" \u25BE"));
    ui.button->setToolTip(chosen.isEmpty()
            ? tr("%1: any").arg(facetName(f))
            : tr("%1: %2").arg(facetName(f), chosen.join(QStringLiteral(", "))));
    QFont font = ui.button->font();
    font.setBold(!chosen.isEmpty());
    ui.button->setFont(font);
}

void FilterPanel::refreshFacet(Facet f)
{
    FacetUi &ui = m_facets[f];
    m_populating = true;
    ui.list->clear();
    for (const Value &v : values(f)) {
        auto *item = new QListWidgetItem(v.label, ui.list);
        item->setData(kFacetRole, v.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(isChosen(f, v.key) ? Qt::Checked : Qt::Unchecked);
    }
    m_populating = false;
}

void FilterPanel::onItemChanged(Facet f, QListWidgetItem *item)
{
    if (m_populating)
        return;
    setChosen(f, item->data(kFacetRole), item->checkState() == Qt::Checked);
    updateButton(f);
    Q_EMIT changed();
}

void FilterPanel::onRangeChanged()
{
    const bool custom = m_range->currentData().toInt() < 0;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (!m_populating)
        Q_EMIT changed();
}

item::QueueFilter FilterPanel::filter(qint64 nowMs) const
{
    item::QueueFilter f = m_state;
    f.search.clear();
    const int days = rangeDays();
    if (days > 0) {
        f.fromMs = nowMs - days * kDayMs;
        f.toMs = 0;
    } else if (days < 0) {
        f.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        f.toMs = m_to->dateTime().toMSecsSinceEpoch();
    } else {
        f.fromMs = f.toMs = 0;
    }
    return f;
}

void FilterPanel::setFilter(const item::QueueFilter &filter, int rangeDays)
{
    m_populating = true;
    m_state = filter;
    m_state.search.clear();
    m_state.fromMs = m_state.toMs = 0;
    int index = m_range->findData(rangeDays);
    if (index < 0 && rangeDays > 0) {
        // A saved view may hold any number of days: offer it like the others.
        m_range->insertItem(m_range->count() - 1, rangeText(rangeDays), rangeDays);
        index = m_range->findData(rangeDays);
    }
    if (index < 0)
        index = m_range->findData(-1);
    m_range->setCurrentIndex(index);
    if (rangeDays < 0 || m_range->currentData().toInt() < 0) {
        if (filter.fromMs)
            m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(filter.fromMs));
        m_to->setDateTime(filter.toMs ? QDateTime::fromMSecsSinceEpoch(filter.toMs)
                                      : QDateTime::currentDateTime().addYears(1));
    }
    const bool custom = m_range->currentData().toInt() < 0;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_populating = false;
    for (int i = 0; i < FacetCount; ++i) {
        updateButton(Facet(i));
        if (m_facets[i].popup->isVisible())
            refreshFacet(Facet(i));
    }
}

int FilterPanel::rangeDays() const
{
    return m_range->currentData().toInt();
}

int FilterPanel::activeCount() const
{
    int n = rangeDays() != 0 ? 1 : 0;
    for (int i = 0; i < FacetCount; ++i)
        n += facetActive(Facet(i)) ? 1 : 0;
    return n;
}

void FilterPanel::clear()
{
    setFilter(item::QueueFilter(), 0);
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterPanel::retranslateUi()
{
    for (int i = 0; i < m_range->count(); ++i)
        m_range->setItemText(i, rangeText(m_range->itemData(i).toInt()));
    m_rangeLabel->setText(tr("Last update:"));
    m_from->setToolTip(tr("From"));
    m_to->setToolTip(tr("To"));
    m_clearAll->setText(tr("Clear filters"));
    for (int i = 0; i < FacetCount; ++i) {
        FacetUi &ui = m_facets[i];
        ui.clear->setText(tr("Clear"));
        if (ui.search)
            ui.search->setPlaceholderText(tr("Find a value"));
        updateButton(Facet(i));
        if (ui.popup->isVisible())
            refreshFacet(Facet(i));
    }
}

} // namespace wf::ui::queue
