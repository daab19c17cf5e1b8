// A connection profile: where the console's data comes from and who signs in. Stored in
// QSettings without secrets; secrets go to the keyring (see ui's SecretStore).
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace wf::session {

struct Profile
{
    enum class Kind : quint8 {
        EmbeddedDemo,   // the server library on a loopback port, demo tenant
        RemoteServer,   // a watchfloor-server elsewhere (classroom)
        MicrosoftTenant // a real tenant: Entra ID + Graph + ARM
    };
    QString id;          // stable key for settings and the cache file
    QString name;        // shown in the Connect dialog
    Kind kind = Kind::EmbeddedDemo;
    QUrl authority;      // token endpoint base (…/{tenant}/oauth2/v2.0/token is appended)
    QUrl graphBase;      // e.g. https://graph.microsoft.com/v1.0
    QUrl armBase;        // e.g. https://management.azure.com
    QUrl logAnalyticsBase; // e.g. https://api.loganalytics.io; empty: the ARM base (our server)
    // The Sentinel workspace, e.g. /subscriptions/…/workspaces/law-soc; empty: asked of the
    // server (our tenantSettings resource names it).
    QString workspaceResourceId;
    QString tenant;
    QString clientId;
    bool useClientSecret = false; // app sign-in (client credentials) instead of a user
    // User sign-in with a code entered in the browser (device code grant) instead of a
    // password; the secret kept for the profile is then the refresh token.
    bool useDeviceCode = false;
    QString username; // user sign-in (device code: who signed in last)
    bool etags = true;   // the server sends @odata.etag (ours does; Graph does not)

    static Profile embeddedDemo();
    static Profile microsoftDefaults();
    QString cacheFileName() const; // "cache-<id>.sqlite"
    QString login() const { return useClientSecret ? clientId : username; }
    // The keyring entry for the profile's secret: "<id>/<login>".
    QString secretKey() const { return id + u'/' + login(); }
};

// Profiles in QSettings (no secrets). The last used one is remembered.
class ProfileStore
{
public:
    static QList<Profile> load();
    static void save(const QList<Profile> &profiles);
    static QString lastUsed();
    static void setLastUsed(const QString &id);
};

} // namespace wf::session
