// Everything one signed-in connection needs, wired together: gateway, Graph client,
// queue store, local cache, sync and edits. The UI holds one Session at a time;
// switching profile or principal builds a new one (no restart).
#pragma once

#include "integration/duplicatedoctor.h"
#include "integration/logquery.h"
#include "integration/setup.h"
#include "net/graphclient.h"
#include "profile.h"
#include "store/editservice.h"
#include "store/localcache.h"
#include "store/queuestore.h"
#include "store/syncservice.h"

#include <QObject>

#include <memory>

namespace wf::session {

class Session : public QObject
{
    Q_OBJECT
public:
    // `cacheDir` holds the profile's SQLite cache; `secret` is the password, client secret
    // or (device code sign-in) refresh token, never stored here.
    Session(const Profile &profile, const QString &secret, const QString &cacheDir,
            QObject *parent = nullptr);
    ~Session() override;

    // Opens the cache, loads it into the store (shown as stale), starts the first sync
    // and live refresh. False if the cache cannot be opened (`error` says why). The
    // services exist from construction, so signals can be connected before start().
    bool start(QString *error, int refreshIntervalMs = 30000);

    const Profile &profile() const { return m_profile; }
    QString signedInAs() const; // UPN or app id
    net::RestGateway *gateway() const { return m_gateway.get(); }
    net::GraphClient *graph() const { return m_graph.get(); }
    // Azure Resource Manager (subscriptions, Defender plans, Sentinel), same gateway.
    net::GraphClient *arm() const { return m_arm.get(); }
    static constexpr const char *kArmApiVersion = "2024-09-01";
    // The Log Analytics query API (POST v1/workspaces/{id}/query), same gateway.
    net::GraphClient *logs() const { return m_logs.get(); }
    store::QueueStore *store() const { return m_store.get(); }
    store::LocalCache *cache() const { return m_cache.get(); }
    store::SyncService *sync() const { return m_sync.get(); }
    store::EditService *edits() const { return m_edits.get(); }
    // The Defender for Cloud / Sentinel set-up (read on demand: setup()->refresh()), the
    // KQL runner (its workspace id follows the set-up's) and the duplicate doctor.
    integration::SetupService *setup() const { return m_setup.get(); }
    integration::QueryRunner *queries() const { return m_queries.get(); }
    integration::DuplicateDoctor *doctor() const { return m_doctor.get(); }

    // An item's full JSON as last synced (read from the cache where the store says it
    // is); nullopt when the item is not known here.
    std::optional<QJsonObject> incidentJson(const QString &id) const;
    std::optional<QJsonObject> alertJson(const QString &id) const;
    QList<QJsonObject> alertsOfIncidentJson(const QString &incidentId) const;

private:
    Profile m_profile;
    QString m_cacheDir;
    std::unique_ptr<net::RestGateway> m_gateway;
    std::unique_ptr<net::GraphClient> m_graph;
    std::unique_ptr<net::GraphClient> m_arm;
    std::unique_ptr<net::GraphClient> m_logs;
    std::unique_ptr<store::QueueStore> m_store;
    std::unique_ptr<store::LocalCache> m_cache;
    std::unique_ptr<store::SyncService> m_sync;
    std::unique_ptr<store::EditService> m_edits;
    std::unique_ptr<integration::SetupService> m_setup;
    std::unique_ptr<integration::QueryRunner> m_queries;
    std::unique_ptr<integration::DuplicateDoctor> m_doctor;
};

} // namespace wf::session
