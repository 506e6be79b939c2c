#include "storage/Transaction.h"

#include "storage/SqlUtil.h"
#include "util/Log.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace sitrep {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    auto began = sql::exec(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_began = began.ok();
    if (!m_began)
        m_error = began.error();
}

Transaction::~Transaction()
{
    // Best effort: nothing to hand the error to here, but it is logged. SQLite may have rolled
    // back already (a failed COMMIT after an I/O error does), which also shows here.
    if (m_began && !m_finished) {
        if (auto rolledBack = sql::exec(m_db, QStringLiteral("ROLLBACK")); !rolledBack)
            qCWarning(lcStorage).noquote() << "Rollback failed:" << rolledBack.error();
    }
}

namespace {

// On a server, other sessions' ChangeWatchers notice a commit through the database's write
// statistics, which a session otherwise publishes a second or more later: publish them now
// (PostgreSQL 15 on; asked once per connection). Best effort: the commit is done either way.
void publishStatistics(const QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    QVariant can = driver->property("sitrepCanFlushStatistics");
    if (!can.isValid()) {
        QSqlQuery q(db);
        can = q.exec(QStringLiteral("SHOW server_version_num")) && q.next() && q.value(0).toString().toInt() >= 150000;
        driver->setProperty("sitrepCanFlushStatistics", can);
    }
    if (can.toBool())
        QSqlQuery(db).exec(QStringLiteral("SELECT pg_stat_force_next_flush()"));
}

} // namespace

Done Transaction::commit()
{
    if (!m_began)
        return fail(m_error);
    auto done = sql::exec(m_db, QStringLiteral("COMMIT"));
    if (done) {
        m_finished = true;
        if (sql::isServer(m_db))
            publishStatistics(m_db);
    }
    return done;
}

} // namespace sitrep
