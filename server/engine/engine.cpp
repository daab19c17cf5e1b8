// Ingestion, correlation and updates of the simulated Defender XDR tenant.
#include "engine.h"

#include "cloud/integration.h"
#include "domain/entities.h"
#include "wire/codec.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <QCoreApplication>

namespace wf::server {

namespace {
bool isOpen(const Incident &i)
{
    const auto s = i.status.valueOr(IncidentStatus::active).value();
    return s == IncidentStatus::active || s == IncidentStatus::inProgress
        || s == IncidentStatus::awaitingAction;
}

// "DefenseEvasion" -> "Defense evasion", the way XDR names tactics in incident titles.
QString tacticPhrase(const QString &category)
{
    QString out;
    for (qsizetype i = 0; i < category.size(); ++i) {
        const QChar c = category[i];
        if (i > 0 && c.isUpper()) {
            out += u' ';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

// A change field that is set (or null) overwrites the target; a missing one leaves it.
template<class T>
void apply(Field<T> &target, const Field<T> &source)
{
    if (source.hasValue())
        target = source.value();
    else if (source.isNull())
        target.setNull();
}

AlertComment comment(const QString &text, const QString &author, Timestamp at)
{
    AlertComment c;
    c.comment = text;
    c.createdByDisplayName = author;
    c.createdDateTime = at;
    c.extra.insert(QStringLiteral("@odata.type"), QStringLiteral("microsoft.graph.security.alertComment"));
    return c;
}

template<class T>
void appendUnique(QStringList &list, const T &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}
} // namespace

Engine::Engine(TenantDb &db, const sim::Tenant &tenant, EngineConfig config)
    : m_db(db)
    , m_tenant(tenant)
    , m_config(config)
    , m_nextIncident(qMax<qint64>(db.maxIncidentNum() + 1, 1000))
{}

void Engine::rebuildIndex(Timestamp now)
{
    m_index.clear();
    m_latest = now;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json, incident_num, createdDateTime FROM alerts "
                             "WHERE createdDateTime >= ? ORDER BY createdDateTime"));
    q.addBindValue(now.addSecs(-m_config.correlationWindowSecs).ticks());
    q.exec();
    while (q.next()) {
        const auto alert = wire::decode<Alert>(
            QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        if (!alert)
            continue;
        const Timestamp at = Timestamp::fromTicks(q.value(2).toLongLong());
        for (const QString &key : entityKeys(*alert))
            m_index.insert(key, {q.value(1).toLongLong(), at});
        m_latest = qMax(m_latest, at);
    }
}

void Engine::beginBatch()
{
    if (m_batchDepth++ == 0)
        m_db.begin();
}

void Engine::endBatch()
{
    if (--m_batchDepth > 0)
        return;
    flush();
    m_db.commit();
    evict();
}

void Engine::flush()
{
    for (qint64 num : std::as_const(m_dirty)) {
        const Incident &incident = m_incidents[num];
        m_db.putIncident(incident, m_versions.value(num, 1));
    }
    m_dirty.clear();
}

void Engine::evict()
{
    // Incidents whose last activity is outside the window take no new alerts: drop
    // them from memory (they are on disk) so a million-alert tenant stays small.
    const Timestamp horizon = m_latest.addSecs(-m_config.correlationWindowSecs);
    for (auto it = m_aggregates.begin(); it != m_aggregates.end();) {
        if (it->lastActivity < horizon) {
            m_incidents.remove(it.key());
            m_versions.remove(it.key());
            it = m_aggregates.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_index.begin(); it != m_index.end();) {
        if (it->lastSeen < horizon)
            it = m_index.erase(it);
        else
            ++it;
    }
    // Incidents touched by an update, not by ingestion, have no aggregate.
    if (m_incidents.size() > 4096)
        m_incidents.removeIf([this](auto it) { return !m_aggregates.contains(it.key()); });
}

Incident &Engine::loadIncident(qint64 num)
{
    auto it = m_incidents.find(num);
    if (it != m_incidents.end())
        return *it;
    qint64 version = 1;
    auto loaded = m_db.incident(num, &version);
    m_versions.insert(num, version);
    return *m_incidents.insert(num, loaded.value_or(Incident{}));
}

Engine::Aggregate &Engine::aggregate(qint64 num)
{
    auto it = m_aggregates.find(num);
    if (it != m_aggregates.end())
        return *it;
    Aggregate agg;
    for (const Alert &a : m_db.alertsOfIncident(num))
        addToAggregate(agg, a);
    agg.open = isOpen(loadIncident(num));
    return *m_aggregates.insert(num, agg);
}

void Engine::addToAggregate(Aggregate &agg, const Alert &alert)
{
    appendUnique(agg.titles, alert.title.valueOr({}));
    appendUnique(agg.categories, alert.category.valueOr({}));
    for (const Evidence &e : alert.evidence.value())
        appendUnique(agg.assets, assetName(e));
    agg.maxSeverity = qMax(agg.maxSeverity, alert.severity.valueOr(AlertSeverity::unknown).ordinal());
    const Timestamp created = alert.createdDateTime.valueOr({});
    if (agg.alertCount == 0 || created < agg.firstCreated)
        agg.firstCreated = created;
    agg.lastActivity = qMax(agg.lastActivity,
                            alert.lastActivityDateTime.valueOr(created));
    agg.lastActivity = qMax(agg.lastActivity, created);
    ++agg.alertCount;
}

void Engine::refreshIncident(Incident &incident, const Aggregate &agg, Timestamp now)
{
    // Severity follows the most severe alert; the name follows what the alerts are.
    if (agg.maxSeverity <= int(AlertSeverity::high))
        incident.severity = Enum<AlertSeverity>(AlertSeverity(agg.maxSeverity));
    QString where;
    if (agg.assets.size() == 1)
        where = agg.assets.first();
    else
        where = QCoreApplication::translate("Engine", "%n resources", nullptr, int(agg.assets.size()));
    if (agg.titles.size() <= 1) {
        incident.displayName = where.isEmpty() || agg.assets.isEmpty()
            ? agg.titles.value(0)
            : QCoreApplication::translate("Engine", "'%1' on %2").arg(agg.titles.value(0), where);
    } else {
        QStringList tactics;
        for (const QString &c : agg.categories.mid(0, 3))
            tactics << tacticPhrase(c);
        incident.displayName = QCoreApplication::translate("Engine", "Multi-stage incident involving "
                                                                     "%1 on %2")
                                   .arg(tactics.join(QStringLiteral(" & ")), where);
    }
    incident.createdDateTime = agg.firstCreated;
    incident.lastUpdateDateTime = now;
}

QString Engine::incidentUrl(qint64 num) const
{
    return QStringLiteral("https://security.microsoft.com/incidents/%1?tid=%2").arg(num).arg(m_tenant.id);
}

qint64 Engine::bumpVersion(qint64 num)
{
    const qint64 v = m_versions.value(num, 1) + 1;
    m_versions.insert(num, v);
    return v;
}

qint64 Engine::correlate(const Alert &alert, Timestamp at)
{
    const Timestamp horizon = at.addSecs(-m_config.correlationWindowSecs);
    const QStringList keys = entityKeys(alert);
    QList<qint64> candidates;
    for (const QString &key : keys) {
        const auto it = m_index.constFind(key);
        if (it == m_index.constEnd() || it->lastSeen < horizon)
            continue;
        qint64 num = it->incident;
        // The window runs from the incident's first alert, so a busy resource does not
        // grow one endless incident.
        const Aggregate &agg = aggregate(num);
        if (!candidates.contains(num) && agg.open && agg.firstCreated >= horizon)
            candidates.append(num);
    }
    std::sort(candidates.begin(), candidates.end());
    qint64 target;
    if (candidates.isEmpty()) {
        target = m_nextIncident++;
        Incident incident;
        incident.id = QString::number(target);
        incident.tenantId = m_tenant.id;
        incident.status = Enum<IncidentStatus>(IncidentStatus::active);
        incident.classification = Enum<AlertClassification>(AlertClassification::unknown);
        incident.determination = Enum<AlertDetermination>(AlertDetermination::unknown);
        incident.assignedTo.setNull();
        incident.customTags = QStringList();
        incident.systemTags = QStringList();
        incident.comments = QList<AlertComment>();
        incident.incidentWebUrl = incidentUrl(target);
        incident.redirectIncidentId.setNull();
        incident.description.setNull();
        incident.extra.insert(QStringLiteral("@odata.type"),
                              QStringLiteral("#microsoft.graph.security.incident"));
        m_incidents.insert(target, incident);
        m_versions.insert(target, 1);
        m_aggregates.insert(target, Aggregate{});
        ++m_stats.incidentsCreated;
    } else {
        // Alerts of several incidents share this entity: they are one incident.
        target = candidates.first();
        for (qsizetype i = 1; i < candidates.size(); ++i)
            merge(target, candidates[i], at);
    }
    for (const QString &key : keys)
        m_index.insert(key, {target, at});
    return target;
}

void Engine::merge(qint64 target, qint64 source, Timestamp now)
{
    Incident &src = loadIncident(source);
    src.status = Enum<IncidentStatus>(IncidentStatus::redirected);
    src.redirectIncidentId = QString::number(target);
    src.lastUpdateDateTime = now;
    bumpVersion(source);
    markDirty(source);
    Aggregate &dst = aggregate(target);
    QList<qint64> versions;
    QList<Alert> moved = m_db.alertsOfIncident(source, &versions);
    for (qsizetype i = 0; i < moved.size(); ++i) {
        Alert &a = moved[i];
        a.incidentId = QString::number(target);
        a.incidentWebUrl = incidentUrl(target);
        a.lastUpdateDateTime = now;
        m_db.updateAlert(a, target, versions[i] + 1);
        addToAggregate(dst, a);
    }
    m_aggregates.remove(source);
    for (auto it = m_index.begin(); it != m_index.end(); ++it) {
        if (it->incident == source)
            it->incident = target;
    }
    ++m_stats.merges;
    Incident &tgt = loadIncident(target);
    refreshIncident(tgt, dst, now);
    bumpVersion(target);
    markDirty(target);
}

Engine::Outcome Engine::ingest(Alert alert, const QString &subscriptionId, const QString &plan,
                               const QString &dedupKey)
{
    // Rule 1: an alert is raised only where a Defender plan covers the resource.
    const sim::Subscription *sub = m_tenant.subscription(subscriptionId);
    if (!sub || !sub->planOn(plan)) {
        ++m_stats.noPlan;
        return Outcome::NoPlan;
    }
    // Rule 3: one detection is one alert, whichever workloads report it.
    const QString dfcName = alert.providerAlertId.valueOr({});
    if ((!dedupKey.isEmpty() && m_db.hasDedupKey(dedupKey))
        || (m_integration && !dfcName.isEmpty() && m_integration->hasDfcAlert(dfcName))) {
        ++m_stats.duplicates;
        return Outcome::Duplicate;
    }
    beginBatch();
    const Timestamp at = alert.createdDateTime.valueOr(Timestamp::now());
    m_latest = qMax(m_latest, at);
    ++m_stats.ingested;
    // Rules 2 and 4: the Defender for Cloud alert, its SecurityAlert rows, and XDR only
    // while the tenant's setting lets Defender for Cloud alerts in and no tuning rule
    // hides the alert (a Resolve rule lets it in resolved).
    if (m_integration) {
        m_integration->raise(alert, *sub, at);
        switch (m_integration->xdrIntake(alert)) {
        case Integration::XdrIntake::Drop:
            endBatch();
            return Outcome::Ingested;
        case Integration::XdrIntake::TakeResolved:
            alert.status = Enum<AlertStatus>(AlertStatus::resolved);
            alert.resolvedDateTime = at;
            break;
        case Integration::XdrIntake::Take:
            break;
        }
        if (!m_integration->xdrMakesIncidents()) {
            // Opted out of Defender for Cloud incidents: the alert stands alone.
            alert.incidentId.setNull();
            m_db.insertAlert(alert, 0, dedupKey);
            endBatch();
            return Outcome::Ingested;
        }
    }
    const qint64 num = correlate(alert, at);
    alert.incidentId = QString::number(num);
    alert.incidentWebUrl = incidentUrl(num);
    m_db.insertAlert(alert, num, dedupKey);
    Aggregate &agg = aggregate(num);
    addToAggregate(agg, alert);
    Incident &incident = loadIncident(num);
    refreshIncident(incident, agg, at);
    bumpVersion(num);
    markDirty(num);
    if (m_integration)
        m_integration->xdrIncidentChanged(incident, dfcName, at);
    endBatch();
    return Outcome::Ingested;
}

void Engine::importIncident(Incident incident)
{
    beginBatch();
    bool ok = false;
    qint64 num = incident.id.valueOr({}).toLongLong(&ok);
    if (!ok || num <= 0) {
        num = m_nextIncident;
        incident.id = QString::number(num);
    }
    m_nextIncident = qMax(m_nextIncident, num + 1);
    const QList<Alert> alerts = incident.alerts.valueOr({});
    incident.alerts.clear();
    if (!incident.status.hasValue())
        incident.status = Enum<IncidentStatus>(IncidentStatus::active);
    if (!incident.createdDateTime.hasValue())
        incident.createdDateTime = Timestamp::now();
    if (!incident.lastUpdateDateTime.hasValue())
        incident.lastUpdateDateTime = incident.createdDateTime.value();
    m_incidents.insert(num, incident);
    m_versions.insert(num, 1);
    markDirty(num);
    for (Alert a : alerts) {
        a.incidentId = incident.id.value();
        importAlert(std::move(a));
    }
    endBatch();
}

void Engine::importAlert(Alert alert)
{
    beginBatch();
    if (!alert.createdDateTime.hasValue())
        alert.createdDateTime = Timestamp::now();
    if (!alert.lastUpdateDateTime.hasValue())
        alert.lastUpdateDateTime = alert.createdDateTime.value();
    if (!alert.status.hasValue())
        alert.status = Enum<AlertStatus>(AlertStatus::new_);
    bool ok = false;
    qint64 num = alert.incidentId.valueOr({}).toLongLong(&ok);
    if (!ok) {
        num = correlate(alert, alert.createdDateTime.value());
        alert.incidentId = QString::number(num);
        Aggregate &agg = aggregate(num);
        addToAggregate(agg, alert);
        refreshIncident(loadIncident(num), agg, alert.createdDateTime.value());
        markDirty(num);
    } else if (!m_incidents.contains(num) && !m_db.incident(num)) {
        // An alert that names an incident we do not have: make a minimal one.
        Incident incident;
        incident.id = QString::number(num);
        incident.displayName = alert.title.valueOr({});
        incident.status = Enum<IncidentStatus>(IncidentStatus::active);
        incident.severity = alert.severity.valueOr(AlertSeverity::unknown);
        incident.createdDateTime = alert.createdDateTime.value();
        incident.lastUpdateDateTime = alert.lastUpdateDateTime.value();
        m_incidents.insert(num, incident);
        m_versions.insert(num, 1);
        markDirty(num);
        m_nextIncident = qMax(m_nextIncident, num + 1);
    }
    QString id = alert.id.valueOr({});
    if (id.isEmpty())
        alert.id = QStringLiteral("imported-%1-%2").arg(num).arg(m_db.alertCount() + 1);
    m_db.insertAlert(alert, num, alert.providerAlertId.valueOr({}));
    ++m_stats.ingested;
    endBatch();
}

std::optional<Incident> Engine::changeIncident(qint64 num, const IncidentChange &change,
                                               const QString &actor, Timestamp now, bool fromSentinel)
{
    beginBatch();
    if (!m_incidents.contains(num) && !m_db.incident(num)) {
        endBatch();
        return std::nullopt;
    }
    Incident &incident = loadIncident(num);
    if (incident.status.hasValue() && incident.status->value() == IncidentStatus::redirected) {
        // A merged incident lives on in the one it points to; it takes no more changes.
        endBatch();
        return std::nullopt;
    }
    apply(incident.status, change.status);
    apply(incident.classification, change.classification);
    apply(incident.determination, change.determination);
    apply(incident.assignedTo, change.assignedTo);
    apply(incident.customTags, change.customTags);
    apply(incident.resolvingComment, change.resolvingComment);
    incident.lastUpdateDateTime = now;
    incident.lastModifiedBy = actor;
    bumpVersion(num);
    markDirty(num);
    if (auto it = m_aggregates.find(num); it != m_aggregates.end())
        it->open = isOpen(incident);

    // Cascades, as in Defender XDR: resolving an incident resolves its alerts, and
    // assigning it assigns them; classification goes along with resolution.
    const bool resolves = change.status.hasValue() && change.status->value() == IncidentStatus::resolved;
    const bool reopens = change.status.hasValue() && change.status->value() == IncidentStatus::active;
    if (resolves || reopens || !change.assignedTo.isMissing() || !change.classification.isMissing()
        || !change.determination.isMissing()) {
        AlertChange ac;
        if (resolves)
            ac.status = Enum<AlertStatus>(AlertStatus::resolved);
        if (reopens)
            ac.status = Enum<AlertStatus>(AlertStatus::new_);
        ac.assignedTo = change.assignedTo;
        ac.classification = change.classification;
        ac.determination = change.determination;
        QList<qint64> versions;
        QList<Alert> alerts = m_db.alertsOfIncident(num, &versions);
        for (qsizetype i = 0; i < alerts.size(); ++i)
            applyAlertChange(alerts[i], num, versions[i], ac, now);
    }
    const Incident result = incident;
    // Rule 5: the Sentinel mirror of the incident follows (unless the change came from it).
    if (m_integration && !fromSentinel)
        m_integration->xdrIncidentUpdated(result, now);
    endBatch();
    return result;
}

std::optional<Alert> Engine::changeAlert(const QString &id, const AlertChange &change,
                                         const QString &actor, Timestamp now)
{
    Q_UNUSED(actor)
    qint64 num = 0, version = 1;
    auto alert = m_db.alert(id, &num, &version);
    if (!alert)
        return std::nullopt;
    applyAlertChange(*alert, num, version, change, now);
    return alert;
}

void Engine::applyAlertChange(Alert &alert, qint64 num, qint64 version, const AlertChange &change,
                              Timestamp now)
{
    apply(alert.status, change.status);
    apply(alert.classification, change.classification);
    apply(alert.determination, change.determination);
    apply(alert.assignedTo, change.assignedTo);
    if (change.status.hasValue()) {
        if (change.status->value() == AlertStatus::resolved)
            alert.resolvedDateTime = now;
        else
            alert.resolvedDateTime.setNull();
    }
    alert.lastUpdateDateTime = now;
    m_db.updateAlert(alert, num, version + 1);
}

std::optional<Incident> Engine::addIncidentComment(qint64 num, const QString &text,
                                                   const QString &author, Timestamp now)
{
    beginBatch();
    if (!m_incidents.contains(num) && !m_db.incident(num)) {
        endBatch();
        return std::nullopt;
    }
    Incident &incident = loadIncident(num);
    const AlertComment c = comment(text, author, now);
    incident.comments.mutableValue().append(c);
    incident.lastUpdateDateTime = now;
    bumpVersion(num);
    markDirty(num);
    const Incident result = incident;
    endBatch();
    return result;
}

std::optional<Alert> Engine::addAlertComment(const QString &id, const QString &text,
                                             const QString &author, Timestamp now)
{
    qint64 num = 0, version = 1;
    auto alert = m_db.alert(id, &num, &version);
    if (!alert)
        return std::nullopt;
    const AlertComment c = comment(text, author, now);
    alert->comments.mutableValue().append(c);
    alert->lastUpdateDateTime = now;
    m_db.updateAlert(*alert, num, version + 1);
    return alert;
}

} // namespace wf::server
