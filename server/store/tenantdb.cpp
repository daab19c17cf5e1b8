// Schema, statements and row (de)serialisation of the simulator database.
#include "tenantdb.h"

#include "wire/codec.h"
#include "wire/graphproperties.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <limits>

namespace wf::server {

namespace {
constexpr int kSchemaVersion = 1;

void check(QSqlQuery &q, bool ok)
{
    if (!ok)
        qFatal("SQL failed: %s (%s)", qPrintable(q.lastError().text()), qPrintable(q.lastQuery()));
}

QString columnList(Collection c)
{
    QStringList cols;
    for (const odata::PropertyDef &p : TenantDb::properties(c))
        cols << QString(p.name);
    return cols.join(QStringLiteral(", "));
}

// "?, " once per property column: the statements follow the property tables.
QString placeholders(Collection c)
{
    return QStringLiteral("?, ").repeated(TenantDb::properties(c).size());
}

template<class T>
QList<QVariant> propertyColumns(Collection c, const T &item,
                                odata::Value (*get)(const T &, int))
{
    QList<QVariant> values;
    const auto &props = TenantDb::properties(c);
    for (int i = 0; i < props.size(); ++i)
        values << TenantDb::sqlValue(props[i], get(item, i));
    return values;
}
} // namespace

TenantDb::TenantDb() = default;

TenantDb::~TenantDb()
{
    close();
}

bool TenantDb::open(const QString &path, QString *error)
{
    m_path = path;
    // 256 MiB of page cache: a million-alert tenant.
    const int version = m_file.open(path, kSchemaVersion, error, 262144);
    if (version < 0)
        return false;
    if (version < kSchemaVersion)
        createSchema();
    return true;
}

void TenantDb::close()
{
    m_statements.clear();
    m_file.close();
}

void TenantDb::createSchema()
{
    QSqlQuery q(m_db);
    auto exec = [&](const QString &sql) { check(q, q.exec(sql)); };
    begin();
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS objects(kind TEXT NOT NULL, id TEXT NOT NULL, "
                        "json BLOB NOT NULL, PRIMARY KEY(kind, id))"));
    for (Collection c : {Collection::Incidents, Collection::Alerts}) {
        QStringList cols;
        for (const odata::PropertyDef &p : properties(c))
            cols << QString(p.name) + (p.type == odata::PropertyType::String
                                           ? QStringLiteral(" TEXT")
                                           : QStringLiteral(" INTEGER NOT NULL"));
        const QString extra = c == Collection::Alerts
            ? QStringLiteral("seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                             "incident_num INTEGER, dedup_key TEXT UNIQUE, ")
            : QStringLiteral("num INTEGER PRIMARY KEY, ");
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1(%2%3, version INTEGER NOT NULL, "
                            "json BLOB NOT NULL)")
                 .arg(table(c), extra, cols.join(QStringLiteral(", "))));
        for (const char *col : {"createdDateTime", "lastUpdateDateTime", "severity", "status"})
            exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1_%2 ON %1(%2)")
                     .arg(table(c), QLatin1StringView(col)));
    }
    exec(QStringLiteral("CREATE INDEX IF NOT EXISTS alerts_incident ON alerts(incident_num)"));
    // The Sentinel and Defender for Cloud side (server/cloud/integration.h). Created
    // here, before any statement is prepared: a later schema change would make SQLite
    // re-prepare every cached statement.
    for (const char *sql : {
             "CREATE TABLE IF NOT EXISTS dfc_alerts(name TEXT PRIMARY KEY, subscription TEXT NOT NULL, "
             "status TEXT NOT NULL, time INTEGER NOT NULL, json BLOB NOT NULL)",
             "CREATE INDEX IF NOT EXISTS dfc_alerts_subscription ON dfc_alerts(subscription, time)",
             "CREATE TABLE IF NOT EXISTS security_alerts(seq INTEGER PRIMARY KEY, time INTEGER NOT NULL, "
             "via INTEGER NOT NULL, dfc_name TEXT NOT NULL, status TEXT NOT NULL, row BLOB NOT NULL)",
             "CREATE INDEX IF NOT EXISTS security_alerts_dfc ON security_alerts(dfc_name)",
             "CREATE INDEX IF NOT EXISTS security_alerts_time ON security_alerts(via, time)",
             "CREATE TABLE IF NOT EXISTS sentinel_incidents(number INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
             "provider_incident_id TEXT, mirror INTEGER NOT NULL DEFAULT 0, json BLOB NOT NULL)",
             "CREATE INDEX IF NOT EXISTS sentinel_incidents_provider ON sentinel_incidents(provider_incident_id)",
             "CREATE TABLE IF NOT EXISTS sentinel_incident_alerts(incident INTEGER NOT NULL, alert_seq INTEGER NOT NULL, "
             "PRIMARY KEY(incident, alert_seq))",
             "CREATE INDEX IF NOT EXISTS sentinel_incident_alerts_row ON sentinel_incident_alerts(alert_seq)",
             "CREATE TABLE IF NOT EXISTS jobs(seq INTEGER PRIMARY KEY, due INTEGER NOT NULL, kind TEXT NOT NULL, "
             "payload BLOB NOT NULL)"})
        exec(QLatin1StringView(sql));
    exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
    commit();
}

QSqlQuery &TenantDb::prepared(const QString &sql) const
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_shared<QSqlQuery>(m_db);
        slot->setForwardOnly(true);
        check(*slot, slot->prepare(sql));
    }
    return *slot;
}

QString TenantDb::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    check(q, q.exec());
    const QString v = q.next() ? q.value(0).toString() : fallback;
    q.finish();
    return v;
}

void TenantDb::setMeta(const QString &key, const QString &value)
{
    QSqlQuery &q = prepared(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    check(q, q.exec());
}

bool TenantDb::hasTenant() const
{
    return !meta(QStringLiteral("tenantId")).isEmpty();
}

void TenantDb::saveTenant(const sim::Tenant &t)
{
    setMeta(QStringLiteral("tenantId"), t.id);
    setMeta(QStringLiteral("tenantDisplayName"), t.displayName);
    setMeta(QStringLiteral("tenantDomain"), t.domain);
    for (const sim::Subscription &s : t.subscriptions)
        putObject(QStringLiteral("subscription"), s.id, s.toJson());
    for (const sim::Resource &r : t.resources)
        putObject(QStringLiteral("resource"), r.id, r.toJson());
    for (const sim::Principal &p : t.principals)
        putObject(QStringLiteral("principal"), p.objectId, p.toJson());
}

void TenantDb::putObject(const QString &kind, const QString &id, const QJsonObject &json)
{
    QSqlQuery &q = prepared(QStringLiteral("INSERT OR REPLACE INTO objects(kind, id, json) VALUES(?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(toJsonBytes(json));
    check(q, q.exec());
}

std::optional<QJsonObject> TenantDb::object(const QString &kind, const QString &id) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT json FROM objects WHERE kind = ? AND id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    check(q, q.exec());
    std::optional<QJsonObject> out;
    if (q.next())
        out = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    q.finish();
    return out;
}

sim::Tenant TenantDb::loadTenant() const
{
    sim::Tenant t;
    t.id = meta(QStringLiteral("tenantId"));
    t.displayName = meta(QStringLiteral("tenantDisplayName"));
    t.domain = meta(QStringLiteral("tenantDomain"));
    QSqlQuery q(m_db);
    check(q, q.exec(QStringLiteral("SELECT kind, json FROM objects ORDER BY rowid")));
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        if (kind == QLatin1StringView("subscription"))
            t.subscriptions.append(sim::Subscription::fromJson(o));
        else if (kind == QLatin1StringView("resource"))
            t.resources.append(sim::Resource::fromJson(o));
        else if (kind == QLatin1StringView("principal"))
            t.principals.append(sim::Principal::fromJson(o));
    }
    return t;
}

bool TenantDb::begin()
{
    return m_db.transaction();
}

bool TenantDb::commit()
{
    return m_db.commit();
}

const QList<odata::PropertyDef> &TenantDb::properties(Collection c)
{
    return c == Collection::Incidents ? odata::incidentProperties() : odata::alertProperties();
}

QLatin1StringView TenantDb::table(Collection c)
{
    return c == Collection::Incidents ? QLatin1StringView("incidents") : QLatin1StringView("alerts");
}

QLatin1StringView TenantDb::keyColumn(Collection c)
{
    return c == Collection::Incidents ? QLatin1StringView("num") : QLatin1StringView("seq");
}

bool TenantDb::usesSentinel(const odata::PropertyDef &p)
{
    return p.type != odata::PropertyType::String;
}

qint64 TenantDb::nullSentinel(const odata::PropertyDef &p)
{
    return p.type == odata::PropertyType::DateTime ? std::numeric_limits<qint64>::min() : -1;
}

QVariant TenantDb::sqlValue(const odata::PropertyDef &p, const odata::Value &v)
{
    if (std::holds_alternative<odata::Null>(v))
        return usesSentinel(p) ? QVariant(nullSentinel(p)) : QVariant(QMetaType(QMetaType::QString));
    if (const auto *s = std::get_if<QString>(&v))
        return *s;
    if (const auto *i = std::get_if<int>(&v))
        return qint64(*i);
    return std::get<Timestamp>(v).ticks();
}

QByteArray TenantDb::toJsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void TenantDb::putIncident(const Incident &incident, qint64 version)
{
    Incident stored = incident;
    stored.alerts.clear(); // the navigation property is joined at read time
    setOdataEtag(stored.extra, QStringLiteral("W/\"%1\"").arg(version));
    QSqlQuery &q = prepared(QStringLiteral("INSERT OR REPLACE INTO incidents(num, %1, version, json) "
                                           "VALUES(?, %2?, ?)")
                                .arg(columnList(Collection::Incidents), placeholders(Collection::Incidents)));
    q.addBindValue(incident.id.value().toLongLong());
    for (const QVariant &v : propertyColumns<Incident>(Collection::Incidents, incident,
                                                       &odata::incidentValue))
        q.addBindValue(v);
    q.addBindValue(version);
    q.addBindValue(wire::toJsonBytes(stored));
    check(q, q.exec());
}

std::optional<Incident> TenantDb::incident(qint64 num, qint64 *version) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT json, version FROM incidents WHERE num = ?"));
    q.addBindValue(num);
    check(q, q.exec());
    if (!q.next())
        return std::nullopt;
    if (version)
        *version = q.value(1).toLongLong();
    auto result = wire::decode<Incident>(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    q.finish();
    return result;
}

QByteArray TenantDb::incidentJson(qint64 num) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT json FROM incidents WHERE num = ?"));
    q.addBindValue(num);
    check(q, q.exec());
    QByteArray json = q.next() ? q.value(0).toByteArray() : QByteArray();
    q.finish();
    return json;
}

qint64 TenantDb::maxIncidentNum() const
{
    QSqlQuery q(m_db);
    check(q, q.exec(QStringLiteral("SELECT COALESCE(MAX(num), 0) FROM incidents")));
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool TenantDb::insertAlert(const Alert &alert, qint64 incidentNum, const QString &dedupKey)
{
    Alert stored = alert;
    setOdataEtag(stored.extra, QStringLiteral("W/\"1\""));
    QSqlQuery &q = prepared(QStringLiteral("INSERT OR IGNORE INTO alerts(id, incident_num, dedup_key, "
                                           "%1, version, json) VALUES(?, ?, ?, %2?, ?)")
                                .arg(columnList(Collection::Alerts), placeholders(Collection::Alerts)));
    q.addBindValue(alert.id.value());
    q.addBindValue(incidentNum);
    q.addBindValue(dedupKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : dedupKey);
    for (const QVariant &v : propertyColumns<Alert>(Collection::Alerts, alert, &odata::alertValue))
        q.addBindValue(v);
    q.addBindValue(qint64(1));
    q.addBindValue(wire::toJsonBytes(stored));
    check(q, q.exec());
    return q.numRowsAffected() > 0;
}

bool TenantDb::hasDedupKey(const QString &key) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT 1 FROM alerts WHERE dedup_key = ?"));
    q.addBindValue(key);
    check(q, q.exec());
    const bool found = q.next();
    q.finish();
    return found;
}

void TenantDb::updateAlert(const Alert &alert, qint64 incidentNum, qint64 version)
{
    Alert stored = alert;
    setOdataEtag(stored.extra, QStringLiteral("W/\"%1\"").arg(version));
    QStringList sets;
    for (const odata::PropertyDef &p : properties(Collection::Alerts))
        sets << QString(p.name) + QStringLiteral(" = ?");
    QSqlQuery &q = prepared(QStringLiteral("UPDATE alerts SET incident_num = ?, %1, version = ?, "
                                           "json = ? WHERE id = ?")
                                .arg(sets.join(QStringLiteral(", "))));
    q.addBindValue(incidentNum);
    for (const QVariant &v : propertyColumns<Alert>(Collection::Alerts, alert, &odata::alertValue))
        q.addBindValue(v);
    q.addBindValue(version);
    q.addBindValue(wire::toJsonBytes(stored));
    q.addBindValue(alert.id.value());
    check(q, q.exec());
}

std::optional<Alert> TenantDb::alert(const QString &id, qint64 *incidentNum, qint64 *version) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT json, incident_num, version FROM alerts WHERE id = ?"));
    q.addBindValue(id);
    check(q, q.exec());
    if (!q.next())
        return std::nullopt;
    if (incidentNum)
        *incidentNum = q.value(1).toLongLong();
    if (version)
        *version = q.value(2).toLongLong();
    auto result = wire::decode<Alert>(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    q.finish();
    return result;
}

QByteArray TenantDb::alertJson(const QString &id) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT json FROM alerts WHERE id = ?"));
    q.addBindValue(id);
    check(q, q.exec());
    QByteArray json = q.next() ? q.value(0).toByteArray() : QByteArray();
    q.finish();
    return json;
}

QList<Alert> TenantDb::alertsOfIncident(qint64 num, QList<qint64> *versions) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT json, version FROM alerts WHERE incident_num = ? "
                                           "ORDER BY createdDateTime, seq"));
    q.addBindValue(num);
    check(q, q.exec());
    QList<Alert> alerts;
    while (q.next()) {
        if (auto a = wire::decode<Alert>(QJsonDocument::fromJson(q.value(0).toByteArray()).object())) {
            alerts.append(std::move(*a));
            if (versions)
                versions->append(q.value(1).toLongLong());
        }
    }
    return alerts;
}

qint64 TenantDb::alertCount() const
{
    QSqlQuery q(m_db);
    check(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM alerts")));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 TenantDb::incidentCount() const
{
    QSqlQuery q(m_db);
    check(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM incidents")));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace wf::server
