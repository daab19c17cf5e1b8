// One SQLite file opened through QtSql the way every Watchfloor database is: a private
// connection name, WAL, NORMAL sync, and a schema version it refuses to go beyond.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace wf {

class SqliteFile
{
public:
    explicit SqliteFile(const char *connectionPrefix);
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    // Opens `path`; returns the file's schema version (PRAGMA user_version), or -1 with
    // `error` set when it cannot be opened or was written by a newer schema than `known`.
    // `pageSize` is a new file's page size (0: SQLite's default); an existing file keeps its own.
    int open(
        const QString &path, int known, QString *error, int cacheKiB = 16384, int pageSize = 0);
    void close();
    QSqlDatabase &db() { return m_db; }
    const QSqlDatabase &db() const { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.databaseName(); }

private:
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace wf
