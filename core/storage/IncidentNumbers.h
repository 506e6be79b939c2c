#pragma once
// Incident numbers (INC-1001, …) come from the counter row 'incident_number' (migration 0004),
// never from max(number) + 1: two writers on a team database could both read the same maximum.
// Taking a number updates the row, which the database locks until the transaction ends, so
// concurrent declarations queue and the numbers stay unique and dense. Every insert of an
// incident comes after taking its number in the same transaction, so incident ids are also
// handed out in commit order (IncidentStore::openedByAlertsAfter relies on that). Bulk loads
// (demo, import, copy) write their own numbers and raise the counter at the end.

#include "util/Result.h"

#include <QSqlDatabase>

namespace sitrep::incidentnumbers {

// The statement that takes the next number, for paths that prepare their own statements.
inline constexpr const char *takeStatement =
    "UPDATE counters SET value = value + 1 WHERE name = 'incident_number'";
// Reads the number just taken, in the same transaction.
inline constexpr const char *lastTakenStatement = "SELECT value FROM counters WHERE name = 'incident_number'";

// Takes the next number, in the caller's transaction.
Result<int> take(const QSqlDatabase &db);
// Gives `number` back when it is still the last one taken (its incident was just removed, by
// undoing its creation), in the caller's transaction; a number taken since stays taken.
Done giveBack(const QSqlDatabase &db, int number);
// Makes sure the counter is at least `number` (bulk loads and copies that write numbers of
// their own), in the caller's transaction.
Done raiseTo(const QSqlDatabase &db, qint64 number);

} // namespace sitrep::incidentnumbers
