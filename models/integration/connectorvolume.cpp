// Connector volumes from two summarize queries.
#include "connectorvolume.h"

#include <numeric>

namespace wf::integration {

qint64 ConnectorVolume::total() const
{
    return std::accumulate(perDay.cbegin(), perDay.cend(), qint64(0));
}

VolumeReader::VolumeReader(QueryRunner *queries, QObject *parent)
    : QObject(parent)
    , m_queries(queries)
{
}

QString VolumeReader::providerName(ConnectorId id)
{
    switch (id) {
    case ConnectorId::Legacy:
        return QStringLiteral("Azure Security Center");
    case ConnectorId::TenantBased:
        return QStringLiteral("Microsoft XDR");
    case ConnectorId::XdrIncidents:
        return QStringLiteral("Microsoft 365 Defender");
    }
    return {};
}

QString VolumeReader::alertVolumeQuery()
{
    // Per connector and day, and when each last sent anything; the 14-day window is cut
    // here (the rows are one per connector and day, few).
    return QStringLiteral("SecurityAlert\n| where ProductName == \"Azure Security Center\"\n"
                          "| summarize Count = count(), Last = max(TimeGenerated) by ProviderName, Day = bin(TimeGenerated, 1d)");
}

QString VolumeReader::incidentVolumeQuery()
{
    return QStringLiteral("SecurityIncident\n| where ProviderName == \"Microsoft 365 Defender\"\n"
                          "| summarize Count = count(), Last = max(TimeGenerated) by ProviderName, Day = bin(CreatedTime, 1d)");
}

void VolumeReader::refresh()
{
    ++m_generation;
    m_error.clear();
    m_running = 2;
    auto handle = [this, generation = m_generation](const QueryResult &r, bool incidents) {
        if (generation != m_generation)
            return;
        if (r.ok()) {
            read(r, QStringLiteral("Day"), incidents);
        } else {
            // No figures rather than old ones shown as current.
            if (incidents) {
                m_volumes.remove(int(ConnectorId::XdrIncidents));
            } else {
                m_volumes.remove(int(ConnectorId::Legacy));
                m_volumes.remove(int(ConnectorId::TenantBased));
            }
            if (m_error.isEmpty())
                m_error = r.error.sentence();
        }
        if (--m_running == 0)
            Q_EMIT updated();
    };
    m_queries->run(QueryApi::Workspace, alertVolumeQuery(), QString(), this,
                   [handle](const QueryResult &r) { handle(r, false); });
    m_queries->run(QueryApi::Workspace, incidentVolumeQuery(), QString(), this,
                   [handle](const QueryResult &r) { handle(r, true); });
}

void VolumeReader::read(const QueryResult &r, const QString &dayColumn, bool incidents)
{
    const int provider = r.column(u"ProviderName"), day = r.column(dayColumn), count = r.column(u"Count"),
              last = r.column(u"Last");
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QList<ConnectorId> ids = incidents ? QList<ConnectorId>{ConnectorId::XdrIncidents}
                                             : QList<ConnectorId>{ConnectorId::Legacy, ConnectorId::TenantBased};
    for (ConnectorId id : ids) {
        ConnectorVolume v;
        v.perDay = QList<qint64>(kDays, 0);
        for (const QJsonArray &row : r.rows) {
            if (row.at(provider).toString() != providerName(id))
                continue;
            const QDateTime lastAt = QDateTime::fromString(row.at(last).toString(), Qt::ISODateWithMs);
            if (lastAt.isValid() && (!v.lastReceived.isValid() || lastAt > v.lastReceived))
                v.lastReceived = lastAt;
            const QDate d = QDateTime::fromString(row.at(day).toString(), Qt::ISODateWithMs).toUTC().date();
            const qint64 age = d.daysTo(today);
            if (age >= 0 && age < kDays)
                v.perDay[kDays - 1 - int(age)] += row.at(count).toInteger();
        }
        m_volumes.insert(int(id), v);
    }
}

} // namespace wf::integration
