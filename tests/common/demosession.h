// For tests that check the console against an in-process watchfloor-server: a Session
// signed in as one demo user, and a brute-force count in the server's own SQLite file.
#pragma once

#include "serverhost.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QSqlQuery>

#include <memory>

namespace wf::testsupport {

// What every console test starts with: C locale, Qt's test paths, and QSettings in an INI
// file under `dir` (so a run never reads or writes the user's settings).
inline void isolateSettings(const QString &dir, const QString &applicationName = {})
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    if (!applicationName.isEmpty()) {
        QCoreApplication::setOrganizationName(QStringLiteral("WatchfloorTests"));
        QCoreApplication::setApplicationName(applicationName);
    }
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir + QStringLiteral("/settings"));
}

// The profile of `user` ("analyst", "admin"...) of the demo tenant `info` describes, as a
// remote server; `password` receives the user's secret (empty for an unknown user).
inline session::Profile demoProfile(
    const server::ServerInfo &info, const QString &user, QString *password)
{
    session::Profile p;
    p.id = QStringLiteral("test-") + user;
    p.name = user;
    p.kind = session::Profile::Kind::RemoteServer;
    p.authority = QUrl(info.baseUrl);
    p.graphBase = QUrl(info.baseUrl + QStringLiteral("/v1.0"));
    p.tenant = info.tenantId;
    p.username = user + u'@' + info.domain;
    password->clear();
    for (const auto &c : info.credentials) {
        if (c.login.compare(p.username, Qt::CaseInsensitive) == 0)
            *password = c.secret;
    }
    return p;
}

// A session for `user`, not started (start() syncs; its clients work without it); null
// for an unknown user.
inline std::unique_ptr<session::Session> demoSession(
    const server::ServerInfo &info, const QString &user, const QString &cacheDir)
{
    QString password;
    const session::Profile p = demoProfile(info, user, &password);
    if (password.isEmpty())
        return nullptr;
    return std::make_unique<session::Session>(p, password, cacheDir);
}

// The first column of the first row of `sql` over the SQLite file `path`, opened
// read-only beside the server; -1 if that fails.
inline qint64 sqliteCount(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("bruteforce");
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

} // namespace wf::testsupport
