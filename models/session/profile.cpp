// Profile defaults and their QSettings form.
#include "profile.h"

#include <QSettings>
#include <QUuid>

namespace wf::session {

Profile Profile::embeddedDemo()
{
    Profile p;
    p.id = QStringLiteral("embedded-demo");
    p.name = QStringLiteral("Embedded demo tenant");
    p.kind = Kind::EmbeddedDemo;
    p.etags = true;
    return p;
}

Profile Profile::microsoftDefaults()
{
    Profile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.kind = Kind::MicrosoftTenant;
    p.authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    p.graphBase = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0"));
    p.armBase = QUrl(QStringLiteral("https://management.azure.com"));
    p.logAnalyticsBase = QUrl(QStringLiteral("https://api.loganalytics.io"));
    p.etags = false;
    return p;
}

QString Profile::cacheFileName() const
{
    QString safe = id;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-')
            c = u'_';
    }
    return QStringLiteral("cache-%1.sqlite").arg(safe);
}

QList<Profile> ProfileStore::load()
{
    QSettings s;
    QList<Profile> out;
    const int n = s.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        Profile p;
        p.id = s.value(QStringLiteral("id")).toString();
        p.name = s.value(QStringLiteral("name")).toString();
        p.kind = Profile::Kind(s.value(QStringLiteral("kind")).toInt());
        p.authority = s.value(QStringLiteral("authority")).toUrl();
        p.graphBase = s.value(QStringLiteral("graphBase")).toUrl();
        p.armBase = s.value(QStringLiteral("armBase")).toUrl();
        p.logAnalyticsBase = s.value(QStringLiteral("logAnalyticsBase")).toUrl();
        p.workspaceResourceId = s.value(QStringLiteral("workspaceResourceId")).toString();
        p.tenant = s.value(QStringLiteral("tenant")).toString();
        p.clientId = s.value(QStringLiteral("clientId")).toString();
        p.useClientSecret = s.value(QStringLiteral("useClientSecret")).toBool();
        p.useDeviceCode = s.value(QStringLiteral("useDeviceCode")).toBool();
        p.username = s.value(QStringLiteral("username")).toString();
        p.etags = s.value(QStringLiteral("etags"), true).toBool();
        if (!p.id.isEmpty())
            out.append(p);
    }
    s.endArray();
    return out;
}

void ProfileStore::save(const QList<Profile> &profiles)
{
    QSettings s;
    s.beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles[i];
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("id"), p.id);
        s.setValue(QStringLiteral("name"), p.name);
        s.setValue(QStringLiteral("kind"), int(p.kind));
        s.setValue(QStringLiteral("authority"), p.authority);
        s.setValue(QStringLiteral("graphBase"), p.graphBase);
        s.setValue(QStringLiteral("armBase"), p.armBase);
        s.setValue(QStringLiteral("logAnalyticsBase"), p.logAnalyticsBase);
        s.setValue(QStringLiteral("workspaceResourceId"), p.workspaceResourceId);
        s.setValue(QStringLiteral("tenant"), p.tenant);
        s.setValue(QStringLiteral("clientId"), p.clientId);
        s.setValue(QStringLiteral("useClientSecret"), p.useClientSecret);
        s.setValue(QStringLiteral("useDeviceCode"), p.useDeviceCode);
        s.setValue(QStringLiteral("username"), p.username);
        s.setValue(QStringLiteral("etags"), p.etags);
    }
    s.endArray();
}

QString ProfileStore::lastUsed()
{
    return QSettings().value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString &id)
{
    QSettings().setValue(QStringLiteral("lastProfile"), id);
}

} // namespace wf::session
