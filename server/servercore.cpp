// Start-up (database, tenant, demo history, imports) and request dispatch with
// authentication, throttling and Graph error bodies.
#include "servercore.h"

#include "engine/engine.h"
#include "http/auth.h"
#include "cloud/armapi.h"
#include "cloud/integration.h"
#include "http/graphapi.h"
#include "store/tenantdb.h"
#include "wire/codec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

namespace wf::server {

ServerCore::ServerCore(QObject *parent)
    : QObject(parent)
{}

ServerCore::~ServerCore()
{
    delete m_http;
    m_logs.reset();
    m_graph.reset();
    m_engine.reset();
    m_db.reset();
}

sim::DemoOptions ServerCore::sampleOptions()
{
    sim::DemoOptions o;
    o.seed = quint64(QDateTime::currentMSecsSinceEpoch());
    return o;
}

bool ServerCore::start(const ServerConfig &config, QString *error)
{
    m_config = config;
    if (config.reset) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(config.dbPath + QLatin1StringView(suffix));
    }
    m_db = std::make_unique<TenantDb>();
    if (!m_db->open(config.dbPath, error)) {
        *error = tr("Cannot open the database %1: %2").arg(config.dbPath, *error);
        return false;
    }
    const sim::DemoOptions &demo = config.demoOptions;
    const QString params = QStringLiteral("seed=%1 alerts=%2 days=%3").arg(demo.seed).arg(demo.alerts).arg(demo.days);
    const bool fresh = !m_db->hasTenant();
    sim::DemoGenerator generator(demo);
    if (fresh) {
        m_db->begin();
        m_tenant = generator.buildTenant();
        m_db->saveTenant(m_tenant);
        m_db->setMeta(QStringLiteral("seed"), QString::number(demo.seed));
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        m_db->setMeta(QStringLiteral("signingKey"), QString::fromLatin1(key.toBase64()));
        m_db->commit();
    } else {
        m_tenant = m_db->loadTenant();
        if (config.demo && m_db->meta(QStringLiteral("demo")) != params && !m_db->meta(QStringLiteral("demo")).isEmpty())
            m_notes << tr("The database already holds a demo tenant (%1); it was kept. Start with "
                          "--reset to generate a new one with %2.")
                           .arg(m_db->meta(QStringLiteral("demo")), params);
    }
    m_seed = m_db->meta(QStringLiteral("seed"), QStringLiteral("1")).toULongLong();
    EngineConfig engineConfig;
    engineConfig.correlationWindowSecs = config.correlationWindowSecs;
    m_engine = std::make_unique<Engine>(*m_db, m_tenant, engineConfig);
    m_integration = std::make_unique<Integration>(*m_db, m_tenant, IntegrationConfig{config.syncDelayMs});
    if (fresh && config.demo) {
        m_integration->state() = CloudState::demo(m_tenant);
        m_integration->saveState();
    }
    m_engine->setIntegration(m_integration.get());
    m_integration->setEngine(m_engine.get());
    if (fresh && config.demo) {
        generator.run(*m_engine, m_tenant, [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); });
        m_db->setMeta(QStringLiteral("demo"), params);
    } else {
        m_engine->rebuildIndex(Timestamp::now());
    }
    for (const QString &file : config.importFiles) {
        if (!importFile(file, error))
            return false;
    }
    m_tokens = std::make_unique<TokenService>(
        QByteArray::fromBase64(m_db->meta(QStringLiteral("signingKey")).toLatin1()), m_tenant,
        m_seed, config.deviceFlow);
    m_graph = std::make_unique<GraphApi>(*m_db, *m_engine, m_tenant);
    m_logs = std::make_unique<LogApi>(*m_integration, config.queryLimits);
    // Signing in needs no token.
    constexpr auto anonymous = Router::Access::Anonymous;
    m_router.add(
        "POST", QStringLiteral("/{tenant}/oauth2/v2.0/token"),
        [this](Request &r) { return m_tokens->tokenEndpoint(r); }, anonymous);
    m_router.add(
        "POST", QStringLiteral("/{tenant}/oauth2/v2.0/devicecode"),
        [this](Request &r) { return m_tokens->deviceCodeEndpoint(r); }, anonymous);
    m_router.add(
        "GET", QStringLiteral("/devicelogin"),
        [this](Request &r) { return m_tokens->deviceLoginPage(r); }, anonymous);
    m_router.add(
        "POST", QStringLiteral("/devicelogin"),
        [this](Request &r) { return m_tokens->deviceLoginSubmit(r); }, anonymous);
    m_graph->addRoutes(m_router);
    m_logs->addRoutes(m_router);
    m_arm = std::make_unique<ArmApi>(*m_integration);
    m_arm->setSimulate([this](const sim::Subscription &s, const QStringList &plans) {
        // Sample alerts go the way real ones do: plan coverage first (rule 1).
        int raised = 0;
        for (const QString &plan : plans) {
            const Timestamp now = Timestamp::now();
            if (auto alert = m_samples.sampleAlert(m_tenant, s.id, plan, now)) {
                const QString key = alert->providerAlertId.valueOr({});
                raised += m_engine->ingest(std::move(*alert), s.id, plan, key) == Engine::Outcome::Ingested;
            }
        }
        return raised;
    });
    m_arm->addRoutes(m_router);

    m_http = new HttpFront([this](Request &r) { return dispatch(r); }, config.maxBodyBytes);
    m_port = m_http->listen(config.listenAddress, config.port);
    if (m_port == 0) {
        *error = tr("Cannot listen on %1 port %2: the address is in use or not available.")
                     .arg(config.listenAddress.toString())
                     .arg(config.port);
        return false;
    }
    return true;
}

ServerInfo ServerCore::info() const
{
    ServerInfo i;
    i.port = m_port;
    QString host = m_config.listenAddress.toString();
    if (m_config.listenAddress == QHostAddress::Any || m_config.listenAddress == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    i.baseUrl = QStringLiteral("http://%1:%2").arg(host).arg(m_port);
    i.tenantId = m_tenant.id;
    i.tenantName = m_tenant.displayName;
    i.domain = m_tenant.domain;
    i.workspaceId = m_tenant.workspace().customerId;
    i.alerts = m_db ? m_db->alertCount() : 0;
    i.incidents = m_db ? m_db->incidentCount() : 0;
    i.credentials = sim::DemoGenerator::credentials(m_tenant, m_seed);
    i.notes = m_notes;
    return i;
}

bool ServerCore::importFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QString parseError;
    const auto json = wire::parseJson(f.readAll(), &parseError);
    if (!json) {
        *error = tr("%1 is not valid JSON: %2").arg(path, parseError);
        return false;
    }
    const QJsonArray items = json->isArray() ? json->toArray()
                                             : json->toObject().value(QStringLiteral("value")).toArray();
    if (items.isEmpty() && !json->isArray() && !json->toObject().contains(QStringLiteral("value"))) {
        *error = tr("%1: expected a Graph list response {\"value\":[...]} or an array of incidents "
                    "and alerts.").arg(path);
        return false;
    }
    m_engine->beginBatch();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString type = o.value(QStringLiteral("@odata.type")).toString();
        const bool isIncident = type.endsWith(QLatin1StringView("incident"), Qt::CaseInsensitive)
            || (type.isEmpty() && o.contains(QStringLiteral("displayName")) && !o.contains(QStringLiteral("title")));
        QString decodeError;
        if (isIncident) {
            auto incident = wire::decode<Incident>(o, &decodeError);
            if (incident) {
                m_engine->importIncident(std::move(*incident));
                continue;
            }
        } else {
            auto alert = wire::decode<Alert>(o, &decodeError);
            if (alert) {
                m_engine->importAlert(std::move(*alert));
                continue;
            }
        }
        m_engine->endBatch();
        *error = (isIncident ? tr("%1: item %2 is not a valid incident: %3")
                             : tr("%1: item %2 is not a valid alert: %3"))
                     .arg(path)
                     .arg(i)
                     .arg(decodeError);
        return false;
    }
    m_engine->endBatch();
    return true;
}

std::optional<Response> ServerCore::throttle(const Request &request)
{
    if (m_config.throttlePerMinute <= 0)
        return std::nullopt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::deque<qint64> &times = m_requestTimes[request.identity.objectId];
    while (!times.empty() && times.front() <= now - 60000)
        times.pop_front();
    if (int(times.size()) < m_config.throttlePerMinute) {
        times.push_back(now);
        return std::nullopt;
    }
    const double retryAfter = double(times.front() + 60000 - now) / 1000.0;
    Response r = graphError(request, 429, QStringLiteral("TooManyRequests"),
                            tr("Please retry again later."));
    r.setHeader("Retry-After", QByteArray::number(qMax(0.001, retryAfter), 'f', 3));
    return r;
}

namespace {
// Each API answers in its own error shape: ARM's for Resource Manager paths, Graph's
// for the rest.
Response apiError(const Request &request, int status, const QString &code, const QString &message)
{
    const bool arm = request.path.startsWith(QLatin1StringView("/subscriptions"))
        || request.path.startsWith(QLatin1StringView("/providers/"));
    return arm ? armError(status, status == 404 ? QStringLiteral("ResourceNotFound") : code, message)
               : graphError(request, status, code, message);
}
} // namespace

Response ServerCore::dispatch(Request &request)
{
    request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Response response;
    Handler handler;
    Router::Access access = Router::Access::Bearer;
    switch (m_router.match(request, &handler, &access)) {
    case Router::Match::NoPath:
        response = apiError(request, 404, QStringLiteral("BadRequest"),
                            tr("Resource not found for the segment '%1'.").arg(request.path));
        break;
    case Router::Match::WrongMethod:
        response = apiError(request, 405, QStringLiteral("BadRequest"),
                              tr("The method %1 is not allowed on %2.")
                                  .arg(QString::fromLatin1(request.method), request.path));
        break;
    case Router::Match::Found: {
        // Status sync that has come due shows before anything is read.
        m_integration->runDueJobs(Timestamp::now());
        if (access == Router::Access::Bearer) {
            QString why;
            auto identity = m_tokens->verify(request.header("authorization"), &why);
            if (!identity) {
                response = apiError(request, 401, QStringLiteral("InvalidAuthenticationToken"), why);
                response.setHeader("WWW-Authenticate", "Bearer");
                break;
            }
            request.identity = *identity;
            if (auto limited = throttle(request)) {
                response = *limited;
                break;
            }
        }
        response = handler(request);
        break;
    }
    }
    response.setHeader("request-id", request.requestId.toLatin1());
    if (!request.header("client-request-id").isEmpty())
        response.setHeader("client-request-id", request.header("client-request-id"));
    return response;
}

} // namespace wf::server
