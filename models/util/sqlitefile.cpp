// Shared opening of SQLite files.
#include "sqlitefile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace wf {

namespace {
QAtomicInt s_counter;
}

SqliteFile::SqliteFile(const char *connectionPrefix)
    : m_connection(QStringLiteral("%1-%2").arg(QLatin1StringView(connectionPrefix)).arg(s_counter.fetchAndAddRelaxed(1)))
{}

SqliteFile::~SqliteFile()
{
    close();
}

int SqliteFile::open(const QString &path, int known, QString *error, int cacheKiB, int pageSize)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return -1;
    }
    QSqlQuery q(m_db);
    if (pageSize > 0) // before WAL: it takes only while the file is still empty
        q.exec(QStringLiteral("PRAGMA page_size=%1").arg(pageSize));
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(cacheKiB));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = QCoreApplication::translate("Sqlite", "%1 is not an SQLite database (%2)")
                     .arg(path, q.lastError().text());
        return -1;
    }
    const int version = q.value(0).toInt();
    if (version > known) {
        *error = QCoreApplication::translate("Sqlite", "%1 was written by a newer version of "
                                                       "Watchfloor (schema %2; this one knows %3)")
                     .arg(path)
                     .arg(version)
                     .arg(known);
        return -1;
    }
    return version;
}

void SqliteFile::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

} // namespace wf
