// What each connector brought lately, from the workspace's own tables (as Sentinel's
// connector gallery shows it): when data last arrived and how much arrived per day over
// the last 14 days. Defender for Cloud alerts tell their connector by ProviderName
// ("Azure Security Center" for the subscription-based one, "Microsoft XDR" for the
// tenant-based one); Defender XDR incidents arrive as SecurityIncident rows with
// ProviderName "Microsoft 365 Defender".
#pragma once

#include "logquery.h"

#include <QDateTime>

namespace wf::integration {

enum class ConnectorId : quint8 { Legacy, TenantBased, XdrIncidents };

struct ConnectorVolume
{
    QDateTime lastReceived;  // invalid: nothing in the table
    QList<qint64> perDay;    // 14 values, oldest first; the last is today (UTC)
    qint64 total() const;
};

class VolumeReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDays = 14;
    explicit VolumeReader(QueryRunner *queries, QObject *parent = nullptr);

    void refresh();
    bool isReading() const { return m_running > 0; }
    ConnectorVolume volume(ConnectorId id) const { return m_volumes.value(int(id)); }
    QString error() const { return m_error; }

    static QString alertVolumeQuery();
    static QString incidentVolumeQuery();
    // The ProviderName a connector's rows carry.
    static QString providerName(ConnectorId id);

Q_SIGNALS:
    void updated();

private:
    void read(const QueryResult &r, const QString &dayColumn, bool incidents);

    QueryRunner *m_queries;
    QHash<int, ConnectorVolume> m_volumes;
    QString m_error;
    int m_running = 0;
    quint64 m_generation = 0;
};

} // namespace wf::integration
