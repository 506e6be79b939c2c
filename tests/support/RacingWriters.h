#pragma once
// Two writers racing on one row, each through a Database of its own (its own connection), as two
// desktops, or a desktop and sitrepctl, would. A third connection holds the row locked while both
// edits start, so that both are under way before either can finish: on PostgreSQL (READ
// COMMITTED) an edit that reads, checks in C++ and then writes would let both read the old value
// and both win; a compare-and-set (or a row lock) lets exactly one win and the other refuse.
// On SQLite the holder takes the file's write lock (BEGIN IMMEDIATE) and the edits queue on it.
// Header-only: only the tests that race include it.

#include "TestSupport.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDeadlineTimer>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace sitrep::test {

using RacingEdit = std::function<Done(const Database &)>;

struct RaceOutcome
{
    Done first;
    Done second;
    QString problem;   // the race could not be set up (nothing was decided)

    int winners() const { return int(first.ok()) + int(second.ok()); }
    // The refusal's message (empty when both won or both failed).
    QString refusal() const
    {
        if (winners() != 1)
            return {};
        return first.ok() ? second.error() : first.error();
    }
};

// Runs `first` and `second` at once on `location`, while row `id` of `table` is held locked,
// and lets go once both wait on it (PostgreSQL: two lock waits in pg_stat_activity; SQLite: both
// threads started, queued behind the file's write lock).
inline RaceOutcome raceOnRow(const QString &location, const char *table, qint64 id, const RacingEdit &first,
                             const RacingEdit &second)
{
    RaceOutcome outcome;
    auto holder = Database::open(location);
    auto mine = Database::open(location);
    auto theirs = Database::open(location);
    if (!holder || !mine || !theirs) {
        outcome.problem = !holder ? holder.error() : !mine ? mine.error() : theirs.error();
        return outcome;
    }
    const bool server = (*holder)->isServer();
    QSqlQuery lock((*holder)->connection());
    const bool locked = server
        ? lock.exec(QStringLiteral("BEGIN"))
            && lock.exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = %2 FOR UPDATE").arg(QLatin1String(table)).arg(id))
            && lock.next()
        : lock.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!locked) {
        outcome.problem = QStringLiteral("cannot lock %1 %2: %3").arg(QLatin1String(table)).arg(id).arg(lock.lastError().text());
        return outcome;
    }
    QSemaphore started;
    std::optional<Done> results[2];
    const auto run = [&](int slot, const DatabasePtr &db, const RacingEdit &edit) {
        return QThread::create([&, slot, db] {
            started.release();
            results[slot] = edit(*db);
            db->releaseThreadConnection();
        });
    };
    std::unique_ptr<QThread> a(run(0, *mine, first));
    std::unique_ptr<QThread> b(run(1, *theirs, second));
    a->start();
    b->start();
    started.acquire(2);
    if (server) {
        // Both must be blocked on the row before it is let go, or one could finish before the
        // other began and the race would prove nothing. Asked on a connection of its own: a
        // transaction sees one snapshot of pg_stat_activity.
        QString watchName;
        {
            auto watch = (*holder)->openSeparateConnection(QStringLiteral("race-watch"));
            if (!watch) {
                outcome.problem = watch.error();
            } else {
                watchName = watch->connectionName();
                QDeadlineTimer deadline(20000);
                qint64 waiting = 0;
                while (!deadline.hasExpired()) {
                    QSqlQuery q(*watch);
                    if (q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                              "AND wait_event_type = 'Lock'"))
                        && q.next())
                        waiting = q.value(0).toLongLong();
                    if (waiting >= 2)
                        break;
                    QThread::msleep(2);
                }
                if (waiting < 2)
                    outcome.problem = QStringLiteral("only %1 of the two edits waited on the locked row").arg(waiting);
            }
        }
        if (!watchName.isEmpty())
            (*holder)->releaseConnection(watchName);
    }
    lock.exec(QStringLiteral("ROLLBACK"));
    a->wait();
    b->wait();
    outcome.first = results[0] ? *results[0] : Done(fail(QStringLiteral("the first edit did not run")));
    outcome.second = results[1] ? *results[1] : Done(fail(QStringLiteral("the second edit did not run")));
    return outcome;
}

} // namespace sitrep::test

// Checks a race's outcome: set up, exactly one winner, and the loser's message contains `why`.
#define SITREP_VERIFY_ONE_WINNER(outcome, why)                                                              \
    do {                                                                                                    \
        const ::sitrep::test::RaceOutcome &sitrepRace_ = (outcome);                                         \
        QVERIFY2(sitrepRace_.problem.isEmpty(), qPrintable(sitrepRace_.problem));                           \
        QVERIFY2(sitrepRace_.winners() == 1,                                                                \
                 qPrintable(QStringLiteral("%1 winners; first: %2; second: %3")                             \
                                .arg(sitrepRace_.winners())                                                 \
                                .arg(sitrepRace_.first.ok() ? QStringLiteral("won") : sitrepRace_.first.error(), \
                                     sitrepRace_.second.ok() ? QStringLiteral("won") : sitrepRace_.second.error()))); \
        QVERIFY2(sitrepRace_.refusal().contains(why), qPrintable(sitrepRace_.refusal()));                   \
    } while (false)
