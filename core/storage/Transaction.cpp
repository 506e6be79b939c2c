#include "storage/Transaction.h"

#include "storage/SqlUtil.h"
#include "util/Log.h"

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

Done Transaction::commit()
{
    if (!m_began)
        return fail(m_error);
    auto done = sql::exec(m_db, QStringLiteral("COMMIT"));
    if (done)
        m_finished = true;
    return done;
}

} // namespace sitrep
