// One simulated tenant served over HTTP: database, tenant model, engine and routes,
// all living on the thread that calls start().
#pragma once

#include "http/auth.h"
#include "http/http.h"
#include "http/logapi.h"
#include "sim/generator.h"

#include <QHostAddress>
#include <QObject>

#include <deque>
#include <memory>

namespace wf::server {

class Engine;
class GraphApi;
class LogApi;
class Integration;
class ArmApi;
class TenantDb;

struct ServerConfig
{
    QString dbPath;
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    bool demo = false;          // generate the demo history into an empty database
    bool reset = false;         // delete the database first
    sim::DemoOptions demoOptions;
    QStringList importFiles;    // Graph-shaped incidents/alerts to load
    int throttlePerMinute = 0;  // per client; 0 = off
    qint64 maxBodyBytes = 1 << 20;
    qint64 correlationWindowSecs = 6 * 3600;
    DeviceFlowOptions deviceFlow; // device code lifetime and polling interval
    qint64 syncDelayMs = 3000;  // Defender for Cloud <-> Sentinel status sync delay
    LogQueryLimits queryLimits; // result rows of the log query routes
};

struct ServerInfo
{
    quint16 port = 0;
    QString baseUrl, tenantId, tenantName, domain;
    QString workspaceId;        // the Log Analytics workspace id (customerId) the query API takes
    qint64 alerts = 0, incidents = 0;
    QList<sim::DemoCredential> credentials;
    QStringList notes;          // things the operator should know (e.g. existing database kept)
};

class ServerCore : public QObject
{
    Q_OBJECT
public:
    explicit ServerCore(QObject *parent = nullptr);
    ~ServerCore() override;

    bool start(const ServerConfig &config, QString *error);
    ServerInfo info() const;
    Response dispatch(Request &request);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);

private:
    bool importFile(const QString &path, QString *error);
    std::optional<Response> throttle(const Request &request);

    ServerConfig m_config;
    std::unique_ptr<TenantDb> m_db;
    sim::Tenant m_tenant;
    quint64 m_seed = 1;
    std::unique_ptr<Integration> m_integration;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<GraphApi> m_graph;
    std::unique_ptr<LogApi> m_logs;
    std::unique_ptr<ArmApi> m_arm;
    sim::DemoGenerator m_samples{sampleOptions()}; // the "simulate alerts" action's alerts
    static sim::DemoOptions sampleOptions();
    Router m_router;
    class HttpFront *m_http = nullptr;
    quint16 m_port = 0;
    QStringList m_notes;
    QHash<QString, std::deque<qint64>> m_requestTimes; // client -> request times (ms)
};

} // namespace wf::server
