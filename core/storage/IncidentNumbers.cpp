#include "storage/IncidentNumbers.h"

#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace sitrep::incidentnumbers {

Result<int> take(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto done = sql::exec(q, QStringLiteral("UPDATE counters SET value = value + 1 "
                                                "WHERE name = 'incident_number' RETURNING value"), {});
        !done)
        return fail(done.error());
    if (!q.next())
        return fail(QStringLiteral("The incident number counter is missing (schema version 4 has it)."));
    return q.value(0).toInt();
}

Done giveBack(const QSqlDatabase &db, int number)
{
    QSqlQuery q(db);
    return sql::exec(q, QStringLiteral("UPDATE counters SET value = value - 1 "
                                       "WHERE name = 'incident_number' AND value = ?"),
                     {number});
}

Done raiseTo(const QSqlDatabase &db, qint64 number)
{
    QSqlQuery q(db);
    return sql::exec(q, QStringLiteral("UPDATE counters SET value = ? "
                                       "WHERE name = 'incident_number' AND value < ?"),
                     {number, number});
}

} // namespace sitrep::incidentnumbers
