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
    QString tenant;
    QString clientId;
    bool useClientSecret = false; // app sign-in (client credentials) instead of a user
    QString username;    // user sign-in
    bool etags = true;   // the server sends @odata.etag (ours does; Graph does not)

    static Profile embeddedDemo();
    static Profile microsoftDefaults();
    QString cacheFileName() const; // "cache-<id>.sqlite"
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
