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
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
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
