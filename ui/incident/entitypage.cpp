// EntityPage: identity header, the embedded alert and incident lists scoped to the
// entity's alerts, and the activity chart; refreshed when the store changes.
#include "entitypage.h"

#include "assetstab.h"
#include "common/chart.h"
#include "common/entityicons.h"
#include "item/queuemodel.h"
#include "queue/queuepagecore.h"
#include "queue/queuestyle.h"
#include "session/session.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace wf::ui {

namespace {

constexpr int kRefreshDelayMs = 300;
constexpr int kMarkSize = 40;

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
}

} // namespace

EntityPage::EntityPage(session::Session *session, const EntityInfo &entity, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_entity(entity)
{
    setObjectName(QStringLiteral("entityPage"));
    buildUi();
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &EntityPage::refresh);
    if (session) {
        // A new alert may name the entity, an old one may be updated: look again, once
        // per burst of changes. Incident-only changes (status, owner) cannot change which
        // alerts name it, and the lists below follow those themselves.
        connect(session->store(), &store::QueueStore::changed, this,
            [this](const QList<int> &, const QList<int> &alertRows) {
                if (!alertRows.isEmpty())
                    m_refreshTimer.start();
            });
        connect(session->store(), &store::QueueStore::cleared, this,
            [this] { m_refreshTimer.start(); });
    }
    applyPalette();
    retranslateUi();
    refresh();
}

void EntityPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);

    // Identity: the marks and name on one line, the facts in a form beneath.
    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    m_typeMark = new QLabel(this);
    m_typeMark->setObjectName(QStringLiteral("entityTypeMark"));
    m_typeMark->setFixedSize(kMarkSize, kMarkSize);
    top->addWidget(m_typeMark, 0, Qt::AlignTop);
    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    m_name = valueLabel(this, QStringLiteral("entityName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("entityKind"));
    names->addWidget(m_name);
    names->addWidget(m_kind);
    top->addLayout(names, 1);
    m_providerMark = new QLabel(this);
    m_providerMark->setObjectName(QStringLiteral("entityProviderMark"));
    top->addWidget(m_providerMark, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_form = new QFormLayout;
    m_form->setContentsMargins(kMarkSize + 10, 0, 0, 0);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(4);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_resourceTypeLabel = new QLabel(this);
    m_resourceType = valueLabel(this, QStringLiteral("entityResourceType"));
    m_form->addRow(m_resourceTypeLabel, m_resourceType);

    m_resourceIdLabel = new QLabel(this);
    m_resourceIdRow = new QWidget(this);
    auto *idRow = new QHBoxLayout(m_resourceIdRow);
    idRow->setContentsMargins(0, 0, 0, 0);
    idRow->setSpacing(4);
    m_resourceId = new QLineEdit(m_resourceIdRow);
    m_resourceId->setObjectName(QStringLiteral("entityResourceId"));
    m_resourceId->setReadOnly(true);
    m_resourceId->setFrame(false);
    m_resourceId->setCursorPosition(0);
    m_copyId = new QToolButton(m_resourceIdRow);
    m_copyId->setObjectName(QStringLiteral("copyResourceIdButton"));
    m_copyId->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_copyId, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_resourceId->text());
        Q_EMIT statusMessage(tr("Copied %1").arg(m_resourceId->text()));
    });
    idRow->addWidget(m_resourceId, 1);
    idRow->addWidget(m_copyId);
    idRow->addStretch(0);
    m_form->addRow(m_resourceIdLabel, m_resourceIdRow);

    m_subscriptionLabel = new QLabel(this);
    m_subscription = valueLabel(this, QStringLiteral("entitySubscription"));
    m_form->addRow(m_subscriptionLabel, m_subscription);
    m_regionLabel = new QLabel(this);
    m_region = valueLabel(this, QStringLiteral("entityRegion"));
    m_form->addRow(m_regionLabel, m_region);
    m_seenLabel = new QLabel(this);
    m_seen = valueLabel(this, QStringLiteral("entitySeen"));
    m_form->addRow(m_seenLabel, m_seen);
    m_countsLabel = new QLabel(this);
    m_counts = valueLabel(this, QStringLiteral("entityCounts"));
    m_form->addRow(m_countsLabel, m_counts);
    layout->addLayout(m_form);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("entityTabs"));
    m_tabs->setDocumentMode(true);
    m_alerts = new queue::QueuePageCore(queue::QueuePageCore::Kind::Alerts, m_session, m_tabs,
        queue::QueuePageCore::Mode::Embedded);
    m_alerts->setObjectName(QStringLiteral("entityAlerts"));
    m_incidents = new queue::QueuePageCore(queue::QueuePageCore::Kind::Incidents, m_session, m_tabs,
        queue::QueuePageCore::Mode::Embedded);
    m_incidents->setObjectName(QStringLiteral("entityIncidents"));
    m_chart = new ActivityChart(m_tabs);
    m_chart->setObjectName(QStringLiteral("entityActivity"));
    m_tabs->addTab(m_alerts, QString());
    m_tabs->addTab(m_incidents, QString());
    m_tabs->addTab(m_chart, QString());
    layout->addWidget(m_tabs, 1);

    for (queue::QueuePageCore *list : {m_alerts, m_incidents}) {
        connect(list, &queue::QueuePageCore::openIncidentRequested, this,
            &EntityPage::openIncidentRequested);
        connect(list, &queue::QueuePageCore::statusMessage, this, &EntityPage::statusMessage);
    }
    // Enter on an incident row opens it, as on the alert list.
    connect(m_incidents, &queue::QueuePageCore::incidentActivated, this,
        &EntityPage::openIncidentRequested);
}

QString EntityPage::title() const
{
    QString name = m_entity.name.isEmpty() ? EntityText::typeName(m_entity.type) : m_entity.name;
    constexpr int kMax = 40;
    if (name.size() > kMax)
        name = name.left(kMax - 1) + QChar(0x2026);
    return name;
}

QString EntityPage::subscriptionLabel() const
{
    switch (m_entity.provider) {
    case CloudProvider::Aws:
        return tr("AWS account");
    case CloudProvider::Gcp:
        return tr("GCP project");
    default:
        return tr("Subscription");
    }
}

void EntityPage::refresh()
{
    m_refreshTimer.stop();
    item::EntityHits hits;
    if (m_session && !m_entity.key.isEmpty())
        hits = item::findEntities(*m_session, {m_entity}).value(m_entity.key);
    // Re-scoping resets the lists' sort and cursor work: only when the ids moved.
    if (hits.alertIds != m_hits.alertIds || m_alerts->model()->rowCount() == 0)
        m_alerts->setScope({}, hits.alertIds);
    if (hits.incidentIds != m_hits.incidentIds || m_incidents->model()->rowCount() == 0)
        m_incidents->setScope(hits.incidentIds, {});
    m_hits = hits;
    updateIdentity();
    updateChart();
    Q_EMIT refreshed();
}

void EntityPage::updateIdentity()
{
    const EntityInfo &e = m_entity;
    m_name->setText(e.name.isEmpty() ? EntityText::typeName(e.type) : e.name);
    QString kind = EntityText::typeName(e.type);
    if (e.provider != CloudProvider::None)
        //: An entity type in a cloud: "Cloud resource in Azure"
        kind = tr("%1 in %2", "entity type in cloud").arg(kind, EntityText::providerName(e.provider));
    const QString roles = entityRolesText(e);
    m_kind->setText(roles.isEmpty() ? kind : tr("%1 · %2").arg(kind, roles));
    m_providerMark->setPixmap(e.provider == CloudProvider::None
            ? QPixmap()
            : providerIcon(e.provider).pixmap(QSize(kMarkSize, kMarkSize) * 3 / 4));
    m_providerMark->setToolTip(EntityText::providerName(e.provider));

    auto showRow = [this](QWidget *field, bool visible) { m_form->setRowVisible(field, visible); };
    m_resourceType->setText(e.resourceType);
    showRow(m_resourceType, !e.resourceType.isEmpty());
    m_resourceId->setText(e.resourceId);
    m_resourceId->setCursorPosition(0);
    // As wide as the id (the Copy button beside it), never wider than the page.
    m_resourceId->setMaximumWidth(m_resourceId->fontMetrics().horizontalAdvance(e.resourceId) + 16);
    m_resourceId->setToolTip(e.resourceId);
    showRow(m_resourceIdRow, !e.resourceId.isEmpty());
    m_subscription->setText(e.subscription);
    showRow(m_subscription, !e.subscription.isEmpty());
    m_region->setText(e.region);
    showRow(m_region, !e.region.isEmpty());

    const int alerts = int(m_hits.alertIds.size()), incidents = int(m_hits.incidentIds.size());
    if (alerts == 0) {
        m_seen->setText(tr("Not in any alert held here"));
    } else {
        m_seen->setText(
            tr("%1 to %2")
                .arg(item::timeText(m_hits.firstSeenMs), item::timeText(m_hits.lastSeenMs)));
    }
    const QString alertText = alerts == 1 ? tr("1 alert") : tr("%1 alerts").arg(alerts);
    const QString incidentText
        = incidents == 1 ? tr("1 incident") : tr("%1 incidents").arg(incidents);
    //: "3 alerts in 2 incidents"
    m_counts->setText(tr("%1 in %2", "alerts in incidents").arg(alertText, incidentText));
    m_tabs->setTabText(0, alerts == 1 ? tr("Alerts (1)") : tr("Alerts (%1)").arg(alerts));
    m_tabs->setTabText(1, tr("Incidents (%1)").arg(incidents));
}

void EntityPage::updateChart()
{
    QList<QDate> days;
    QList<ActivityChart::Series> series;
    const QPalette pal = palette();
    if (m_session && !m_hits.alertIds.isEmpty()) {
        const store::AlertTable &table = m_session->store()->alerts();
        // The whole history, day by day, empty days included.
        const QDate first = dayOf(m_hits.firstSeenMs);
        QDate last = first;
        QList<QPair<QDate, int>> alertDays;
        for (const QString &id : m_hits.alertIds) {
            const int row = table.rowOf(id);
            if (row < 0)
                continue;
            const qint64 at
                = table.firstActivity[row] ? table.firstActivity[row] : table.created[row];
            const QDate day = dayOf(at);
            last = qMax(last, day);
            alertDays << qMakePair(day, int(table.severity[row]));
        }
        QDate start = first;
        for (const auto &[day, severity] : std::as_const(alertDays))
            start = qMin(start, day);
        for (QDate d = start; d <= last; d = d.addDays(1))
            days << d;
        // High at the bottom of the stack, where the eye starts.
        const AlertSeverity order[] = {AlertSeverity::high, AlertSeverity::medium,
            AlertSeverity::low, AlertSeverity::informational, AlertSeverity::unknown};
        for (AlertSeverity s : order) {
            ActivityChart::Series one;
            one.name = item::severityText(int(s));
            one.color = s == AlertSeverity::unknown ? queue::mutedText(pal)
                                                    : queue::severityColor(int(s), pal);
            one.values.fill(0, days.size());
            for (const auto &[day, severity] : std::as_const(alertDays)) {
                // Unknown and future values stack together as "Unknown".
                const bool mine = s == AlertSeverity::unknown
                    ? (severity == int(AlertSeverity::unknown)
                        || severity > int(AlertSeverity::high))
                    : severity == int(s);
                if (mine)
                    ++one.values[start.daysTo(day)];
            }
            series << one;
        }
    }
    m_chart->setSeries(days, series);
}

void EntityPage::applyPalette()
{
    m_typeMark->setPixmap(entityIcon(m_entity.type, palette()).pixmap(QSize(kMarkSize, kMarkSize)));
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, queue::mutedText(palette()));
    for (QLabel *label : {m_kind, m_resourceTypeLabel, m_resourceIdLabel, m_subscriptionLabel,
             m_regionLabel, m_seenLabel, m_countsLabel})
        label->setPalette(muted);
    // The read-only id reads as text on the window, not as an input field.
    QPalette idPalette = palette();
    idPalette.setColor(QPalette::Base, palette().color(QPalette::Window));
    idPalette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    m_resourceId->setPalette(idPalette);
}

void EntityPage::retranslateUi()
{
    m_resourceTypeLabel->setText(tr("Resource type"));
    m_resourceIdLabel->setText(
        m_entity.provider == CloudProvider::Aws ? tr("ARN") : tr("Resource id"));
    m_copyId->setText(tr("Copy"));
    m_copyId->setToolTip(tr("Copy the full resource id"));
    m_subscriptionLabel->setText(subscriptionLabel());
    m_regionLabel->setText(tr("Region"));
    m_seenLabel->setText(tr("First and last seen"));
    m_countsLabel->setText(tr("Alerts"));
    m_tabs->setTabText(2, tr("Activity"));
    m_chart->setEmptyText(tr("No alerts name this entity."));
    m_typeMark->setToolTip(EntityText::typeName(m_entity.type));
    updateIdentity();
    updateChart(); // the legend's severity names
}

void EntityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        updateChart(); // severity colours follow the palette
    }
    QWidget::changeEvent(event);
}

} // namespace wf::ui
