// Session wiring.
#include "session.h"

#include <QCryptographicHash>
#include <QDir>

namespace wf::session {

Session::Session(const Profile &profile, const QString &secret, const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_cacheDir(cacheDir)
    , m_gateway(std::make_unique<net::RestGateway>())
    , m_store(std::make_unique<store::QueueStore>())
    , m_cache(std::make_unique<store::LocalCache>())
{
    net::Credentials c;
    c.authority = profile.authority;
    c.tenant = profile.tenant;
    c.clientId = profile.clientId;
    c.username = profile.username;
    if (profile.useClientSecret) {
        c.grant = net::Credentials::Grant::ClientSecret;
        c.clientSecret = secret;
    } else if (profile.useDeviceCode) {
        c.grant = net::Credentials::Grant::DeviceCode;
        c.refreshToken = secret;
    } else {
        c.grant = net::Credentials::Grant::Password;
        c.password = secret;
    }
    m_gateway->tokens()->setCredentials(c);
    m_graph = std::make_unique<net::GraphClient>(m_gateway.get(), profile.graphBase);
    // A remote Watchfloor server serves ARM on its own base URL.
    const QUrl armBase = profile.armBase.isEmpty() ? profile.authority : profile.armBase;
    m_arm = std::make_unique<net::GraphClient>(m_gateway.get(), armBase, nullptr,
                                               net::ApiDialect::arm(QString::fromLatin1(kArmApiVersion)));
    const QUrl logsBase = profile.logAnalyticsBase.isEmpty() ? armBase : profile.logAnalyticsBase;
    m_logs = std::make_unique<net::GraphClient>(m_gateway.get(), logsBase, nullptr, net::ApiDialect::logAnalytics());
    m_sync = std::make_unique<store::SyncService>(m_graph.get(), m_store.get(), m_cache.get());
    m_edits = std::make_unique<store::EditService>(m_graph.get(), m_store.get(), m_cache.get());
    connect(m_sync.get(), &store::SyncService::synced, m_edits.get(), &store::EditService::replay);
    m_setup = std::make_unique<integration::SetupService>(m_arm.get(), m_graph.get(), profile.workspaceResourceId);
    m_queries = std::make_unique<integration::QueryRunner>(m_logs.get(), m_graph.get());
    m_doctor = std::make_unique<integration::DuplicateDoctor>(m_setup.get(), m_queries.get());
    connect(m_setup.get(), &integration::SetupService::loaded, m_queries.get(), [this] {
        if (!m_setup->tenantSettings().workspaceId.isEmpty())
            m_queries->setWorkspaceId(m_setup->tenantSettings().workspaceId);
        m_doctor->examine();
    });
    // A confirmed change may end (or start) a duplicate situation.
    connect(m_setup.get(), &integration::SetupService::confirmed, m_doctor.get(),
            [this] { m_doctor->examineIfChanged(); });
}

Session::~Session()
{
    // Stop the network first: callbacks must not reach a half-destroyed session.
    if (m_sync)
        m_sync->setInterval(0);
    // The set-up and its doctor first: cancelled calls must not reach them half gone.
    m_doctor.reset();
    m_setup.reset();
    m_gateway->cancelAll();
    m_queries.reset();
    m_edits.reset();
    m_sync.reset();
}

bool Session::start(QString *error, int refreshIntervalMs)
{
    QDir().mkpath(m_cacheDir);
    // One cache (and one edit queue) per principal: an edit is only ever replayed as the
    // person who made it.
    const QString who = m_profile.tenant + u'|' + signedInAs();
    const QByteArray whoHash = QCryptographicHash::hash(who.toLower().toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    QString file = m_profile.cacheFileName();
    file.insert(file.lastIndexOf(u'.'), QString(u'-' + QString::fromLatin1(whoHash)));
    if (!m_cache->open(QDir(m_cacheDir).filePath(file), error))
        return false;
    m_sync->loadCache();
    m_sync->syncNow();
    m_sync->setInterval(refreshIntervalMs);
    m_edits->replay();
    // The set-up (and so the workspace the queries run on) is read once the queues have
    // their first data, so that it never slows the first paint.
    connect(m_sync.get(), &store::SyncService::synced, m_setup.get(), [this] {
        if (!m_setup->hasLoaded() && !m_setup->isLoading())
            m_setup->refresh();
    });
    return true;
}

QString Session::signedInAs() const
{
    return m_profile.login();
}

std::optional<QJsonObject> Session::incidentJson(const QString &id) const
{
    const int row = m_store->incidents().rowOf(id.toLongLong());
    return row < 0 ? std::nullopt : m_cache->item(m_store->incidents().cacheRef[row]);
}

std::optional<QJsonObject> Session::alertJson(const QString &id) const
{
    const int row = m_store->alerts().rowOf(id);
    return row < 0 ? std::nullopt : m_cache->item(m_store->alerts().cacheRef[row]);
}

QList<QJsonObject> Session::alertsOfIncidentJson(const QString &incidentId) const
{
    QList<QJsonObject> out;
    for (int row : m_store->alertRowsOf(incidentId.toLongLong())) {
        if (auto json = m_cache->item(m_store->alerts().cacheRef[row]))
            out.append(std::move(*json));
    }
    return out;
}

} // namespace wf::session
