#include "storage/ChangeWatcher.h"

#include <QSqlQuery>

namespace sitrep {

ChangeWatcher::ChangeWatcher(DatabasePtr db, int intervalMs, QObject *parent)
    : QObject(parent), m_db(std::move(db))
{
    auto connection = m_db->openSeparateConnection(QStringLiteral("watcher"));
    if (!connection)
        return;  // nothing to watch with; the app still works, without live updates
    m_connection = connection->connectionName();
    checkNow();
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::checkNow);
    m_timer.start(intervalMs);
}

ChangeWatcher::~ChangeWatcher()
{
    if (!m_connection.isEmpty())
        m_db->releaseConnection(m_connection);
}

void ChangeWatcher::checkNow()
{
    if (m_connection.isEmpty())
        return;
    qint64 version = -1;
    {
        // A server has no data_version: its statistics count the rows every session wrote,
        // flushed within about a second of each commit. (Team mode's change feed will wake
        // clients at once instead.)
        const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery q(db);
        const QString statement = m_db->isServer()
            ? QStringLiteral("SELECT tup_inserted + tup_updated + tup_deleted FROM pg_stat_database "
                             "WHERE datname = current_database()")
            : QStringLiteral("PRAGMA data_version");
        if (q.exec(statement) && q.next())
            version = q.value(0).toLongLong();
    }
    if (version < 0)
        return;
    const bool first = m_version < 0;
    if (version != m_version) {
        m_version = version;
        if (!first)
            emit changed();
    }
}

} // namespace sitrep
