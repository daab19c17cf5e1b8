// The simulator's SQLite database (WAL): tenant model, incidents and alerts. Each
// incident/alert row holds its Graph JSON as served, plus one column per filterable
// property so $filter and $orderby run as indexed SQL.
#pragma once

#include "domain/alert.h"
#include "sim/tenant.h"
#include "util/sqlitefile.h"
#include "wire/odata.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace wf::server {

enum class Collection : quint8 { Incidents, Alerts };

class TenantDb
{
public:
    TenantDb();
    ~TenantDb();
    TenantDb(const TenantDb &) = delete;
    TenantDb &operator=(const TenantDb &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }

    QString meta(const QString &key, const QString &fallback = {}) const;
    void setMeta(const QString &key, const QString &value);

    // Small documents by kind and id (the tenant model, the integration switches).
    void putObject(const QString &kind, const QString &id, const QJsonObject &json);
    std::optional<QJsonObject> object(const QString &kind, const QString &id) const;

    bool hasTenant() const;
    void saveTenant(const sim::Tenant &tenant);
    sim::Tenant loadTenant() const;

    bool begin();
    bool commit();

    // Collections: the table name, key column and the filterable property table.
    static const QList<odata::PropertyDef> &properties(Collection c);
    static QLatin1StringView table(Collection c);
    static QLatin1StringView keyColumn(Collection c);
    // The SQL value stored for a property value; enum and date columns use a sentinel
    // for null so that they can be sorted and paged by keyset.
    static QVariant sqlValue(const odata::PropertyDef &p, const odata::Value &v);
    static qint64 nullSentinel(const odata::PropertyDef &p);
    static bool usesSentinel(const odata::PropertyDef &p);

    // Incidents are keyed by their numeric id.
    void putIncident(const Incident &incident, qint64 version);
    std::optional<Incident> incident(qint64 num, qint64 *version = nullptr) const;
    QByteArray incidentJson(qint64 num) const;
    qint64 maxIncidentNum() const;

    // Alerts: inserting returns false when an alert with the same dedup key exists.
    bool insertAlert(const Alert &alert, qint64 incidentNum, const QString &dedupKey);
    bool hasDedupKey(const QString &key) const;
    void updateAlert(const Alert &alert, qint64 incidentNum, qint64 version);
    std::optional<Alert> alert(const QString &id, qint64 *incidentNum = nullptr,
                               qint64 *version = nullptr) const;
    QByteArray alertJson(const QString &id) const;
    // The incident's alerts in time order, with their row versions if asked.
    QList<Alert> alertsOfIncident(qint64 num, QList<qint64> *versions = nullptr) const;
    qint64 alertCount() const;
    qint64 incidentCount() const;

    static QByteArray toJsonBytes(const QJsonObject &o);

private:
    void createSchema();
    QSqlQuery &prepared(const QString &sql) const;

    SqliteFile m_file{"wf-server"};
    QSqlDatabase &m_db = m_file.db();
    QString m_path;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace wf::server
