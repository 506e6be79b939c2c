#include "storage/BulkWriter.h"

#include "storage/ChangeLog.h"

#include "storage/IncidentNumbers.h"
#include "storage/RawSqlite.h"
#include "storage/ServerInspection.h"
#include "storage/SqlUtil.h"
#include "storage/TimelineRows.h"
#include "storage/rows/AlertRows.h"
#include "storage/rows/BulkRows.h"
#include "storage/rows/IncidentRows.h"
#include "storage/rows/PostmortemRows.h"
#include "storage/rows/RunbookRows.h"
#include "storage/rows/ServiceRows.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

#include <sqlite3.h>

namespace sitrep {

namespace {

// lupdate reads the context from the macro, so the catalogue and run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)
};

using rawsql::Statement;

// Ids of one table on a server, taken from its identity sequence a block at a time: callers
// need a row's id as soon as they add it (to point other rows at it), long before the row is
// sent. nextval() hands out each value once whatever other writers do, so the ids are ours
// without locking the table, and the sequence needs no setval() afterwards. Blocks grow from 32
// to 65536, so a small load leaves few unused ids behind (a gap, as a rolled-back insert leaves)
// and a large one asks rarely.
struct IdPool
{
    QString sequence;           // from pg_get_serial_sequence(), quoted for the SQL text
    QList<qint64> ids;
    qsizetype next = 0;
    qint64 block = 32;
    qint64 first = 0, last = 0; // the lowest and highest id taken (0: none)

    Done fetch(const QSqlDatabase &db, const QString &table)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT nextval(%1) FROM generate_series(1, %2)").arg(sequence).arg(block)))
            return fail(serverError(q.lastError()));
        ids.remove(0, next);
        next = 0;
        const qsizetype before = ids.size();
        while (q.next())
            ids << q.value(0).toLongLong();
        if (ids.size() == before)
            return fail(QStringLiteral("The sequence of %1 gave no ids.").arg(table));
        block = std::min<qint64>(block * 2, 65536);
        return {};
    }
    // Keeps a block's worth of ids at hand, so that adding rows while a COPY is still being
    // taken by the server (BulkWriter::Impl::flushServer) does not have to wait for it.
    Done topUp(const QSqlDatabase &db, const QString &table)
    {
        if (first == 0 || ids.size() - next >= block / 2)
            return {};
        return fetch(db, table);
    }

    Result<qint64> take(const QSqlDatabase &db, const QString &table)
    {
        if (next == ids.size())
            if (auto done = fetch(db, table); !done)
                return fail(done.error());
        const qint64 id = ids[next++];
        first = first ? std::min(first, id) : id;
        last = std::max(last, id);
        return id;
    }
};

// The tables a bulk load writes, parents first: on a server, flushing them in this order writes
// every row after the rows it points at (the foreign keys are checked at once).
enum TableIndex { Services, Runbooks, RunbookVersions, Incidents, Roles, Alerts, Checklist,
                  Postmortems, ActionItems, Events, TableCount };

// timeline_events has its own row mapping (storage/TimelineRows.h): its columns, and its
// values through the addValues() it keeps for every writer.
struct TimelineValues
{
    rows::Values values;
    TimelineValues &add(qint64 v) { values << v; return *this; }
    TimelineValues &add(const std::optional<qint64> &v) { values << rows::integer(v); return *this; }
    TimelineValues &add(const QString &v) { values << rows::text(v); return *this; }
    TimelineValues &addNullableText(const QByteArray &v) { values << rows::nullableText(v); return *this; }
};

const rows::Table &timelineTable()
{
    static const rows::Table t{QStringLiteral("timeline_events"), timelinerows::columnList()};
    return t;
}

rows::Values timelineValues(const TimelineEvent &e)
{
    TimelineValues row;
    row.values.reserve(timelinerows::columnCount);
    return timelinerows::addValues(row, e).values;
}

const rows::Table &tableOf(TableIndex t)
{
    switch (t) {
    case Services: return rows::services();
    case Runbooks: return rows::runbooks();
    case RunbookVersions: return rows::runbookVersions();
    case Incidents: return rows::incidents();
    case Roles: return rows::incidentRoles();
    case Alerts: return rows::alerts();
    case Events: return timelineTable();
    case Checklist: return rows::checklistItems();
    case Postmortems: return rows::postmortems();
    case ActionItems:
    case TableCount: break;
    }
    return rows::actionItems();
}

// What is sent at once on a server: 8 MB of COPY text (some 40,000 rows), small enough to keep
// memory flat, large enough that each table's COPY carries thousands of rows.
constexpr qsizetype flushBytes = 8 * 1024 * 1024;

} // namespace

struct BulkWriter::Impl
{
    QSqlDatabase connection;
    QString unusable;               // why the connection cannot be used
    sqlite3 *db = nullptr;          // the C API when it is Qt's SQLite too (rawsql::handle)
    bool server = false;
    bool inTransaction = false;
    QStringList setAsideTriggers;   // CREATE TRIGGER statements to restore at commit
    QHash<QString, qint64> serviceIds;
    QSet<int> usedNumbers;
    QSet<QString> usedSlugs;
    int nextNumber = 1001;
    qint64 previousCacheSize = 0;
    qint64 lastAlertBefore = 0;     // alerts above this id were added in this transaction

    // One fast path per table (rows/BulkRows.h): SQLite's C API, or on a server COPY with ids
    // from the tables' identities (idPools).
    std::array<std::unique_ptr<rows::BulkRows>, TableCount> tables;
    std::array<IdPool, TableCount> idPools;
    QString batchError;             // the first failed flush: the transaction is lost after it
    struct Outgoing
    {
        int table;
        QByteArray rows;            // COPY text
    };
    QList<Outgoing> outgoing;       // a frozen batch's COPYs not sent yet, parents first
    int awaiting = -1;              // the table whose COPY the server may still be taking
    int rowsSincePoll = 0;

    Done open()
    {
        for (int t = 0; t < TableCount; ++t) {
            const rows::Table &table = tableOf(TableIndex(t));
            QStringList columns = table.columns;
            if (server && table.hasId)
                columns.prepend(QStringLiteral("id"));
            auto opened = rows::BulkRows::open(connection, table.name, columns);
            if (!opened)
                return fail(opened.error());
            tables[t] = std::move(opened).value();
        }
        return {};
    }

    // Adds one row; gives its id (0 for a table without ids).
    Result<qint64> add(TableIndex t, rows::Values values)
    {
        if (!server)
            return tables[t]->add(values);
        if (!batchError.isEmpty())
            return fail(batchError);
        qint64 id = 0;
        if (tableOf(t).hasId) {
            // Asking the sequence for more ids needs the connection: first the COPYs still
            // going (rare: flushServer() keeps the pools filled).
            if (idPools[t].next == idPools[t].ids.size())
                if (auto done = keepSending(true); !done)
                    return fail(done.error());
            auto taken = idPools[t].take(connection, tableOf(t).name);
            if (!taken)
                return taken;
            id = *taken;
            values.prepend(id);
        }
        if (auto added = tables[t]->add(values); !added)
            return added;
        if (auto done = rowAdded(); !done)
            return fail(done.error());
        return id;
    }

    // Sends what is gathered, parents first. With COPY the batch is frozen (each table's rows,
    // parents first) and, unless `wait`, its COPYs go one after another while the caller makes
    // the next batch: rowAdded() looks every 64 rows whether the server has taken the COPY in
    // flight and sends the next (keepSending). On two cores the client's work and the server's
    // then overlap instead of taking turns. A batch is all in before the next is frozen (its rows
    // are the next one's parents). After a failure every later call fails the same way.
    Done flushServer(bool wait)
    {
        if (auto done = keepSending(true); !done)
            return done;
        if (!tables[0]->pipelines()) {
            for (const auto &table : tables)
                if (table->pendingRows() > 0)
                    if (auto done = table->flush(); !done)
                        return failBatch(table->table(), done.error());
            return {};
        }
        // The connection is idle: ids for the next batch now, so that making it does not wait.
        for (int p = 0; p < TableCount; ++p)
            if (auto done = idPools[p].topUp(connection, tableOf(TableIndex(p)).name); !done)
                return failBatch(tableOf(TableIndex(p)).name, done.error());
        for (int t = 0; t < TableCount; ++t)
            if (tables[t]->pendingRows() > 0)
                outgoing.append({t, tables[t]->takeGathered()});
        return keepSending(wait);
    }
    // Moves the frozen batch along: collects the COPY the server has taken and sends the next;
    // with `wait`, until all of it is in.
    Done keepSending(bool wait)
    {
        for (;;) {
            if (awaiting >= 0) {
                if (!wait && !tables[awaiting]->isSettled())
                    return {};
                if (auto done = settle(); !done)
                    return done;
            }
            if (!batchError.isEmpty())
                return fail(batchError);
            if (outgoing.isEmpty())
                return {};
            const Outgoing next = outgoing.takeFirst();
            if (auto done = tables[next.table]->sendGathered(next.rows); !done)
                return failBatch(tables[next.table]->table(), done.error());
            awaiting = next.table;
        }
    }
    // The outcome of the COPY in flight.
    Done settle()
    {
        if (!batchError.isEmpty())
            return fail(batchError);
        if (awaiting < 0)
            return {};
        const int t = awaiting;
        awaiting = -1;
        if (auto done = tables[t]->settle(); !done)
            return failBatch(tables[t]->table(), done.error());
        return {};
    }
    Done failBatch(const QString &table, const QString &error)
    {
        outgoing.clear();
        batchError = Tr::tr("Writing the rows of %1 failed: %2").arg(table, error);
        return fail(batchError);
    }
    // Called after each row: keeps the frozen batch moving, and freezes the next once the
    // gathered rows reach flushBytes.
    Done rowAdded()
    {
        if (awaiting >= 0 && ++rowsSincePoll >= 64) {
            rowsSincePoll = 0;
            if (auto done = keepSending(false); !done)
                return done;
        }
        qsizetype pending = 0;
        for (const auto &table : tables)
            pending += table->pendingBytes();
        if (pending < flushBytes)
            return {};
        return flushServer(false);
    }

    // One statement without results; the error is its own.
    Done exec(const QString &sqlText)
    {
        if (!db)
            return sql::exec(connection, sqlText);
        char *message = nullptr;
        if (sqlite3_exec(db, sqlText.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return fail(QStringLiteral("%1 (in: %2)").arg(error, sqlText.simplified()));
    }

    // The end of every bulk load: the number counter past the numbers it wrote, then COMMIT,
    // announced at once so that other sessions' lists see the load (a server's statistics).
    Done raiseNumbersAndCommit()
    {
        if (auto done = incidentnumbers::raiseTo(connection, nextNumber - 1); !done)
            return done;
        if (auto done = changelog::endBulkLoad(connection); !done)
            return done;
        if (auto done = exec(QStringLiteral("COMMIT")); !done)
            return done;
        inTransaction = false;
        return {};
    }

    // Runs a query whose first column is text, collecting it.
    Result<QStringList> textColumn(const char *sqlText)
    {
        Statement q;
        if (!q.prepare(connection, sqlText))
            return fail(q.prepareError());
        QStringList out;
        while (q.next())
            out << q.text(0);
        if (q.failed())
            return fail(q.error());
        return out;
    }

    Result<qint64> intValue(const char *sqlText)
    {
        Statement q;
        if (!q.prepare(connection, sqlText))
            return fail(q.prepareError());
        if (!q.next())
            return q.failed() ? Result<qint64>(fail(q.error())) : Result<qint64>(qint64(0));
        return q.int64(0);
    }
};

BulkWriter::BulkWriter(const Database &database) : d(std::make_unique<Impl>())
{
    auto connection = database.checkedConnection();
    if (!connection) {
        d->unusable = connection.error();
        return;
    }
    d->connection = *connection;
    // Without it, the same statements run through Qt SQL: slower, same rows.
    d->db = rawsql::handle(d->connection);
}

BulkWriter::~BulkWriter()
{
    // Best effort (a destructor has no one to tell), logged.
    if (d->server && d->awaiting >= 0)
        (void)d->settle();   // the connection must be idle for the ROLLBACK; the load is dropped anyway
    if (d->inTransaction) {
        if (auto done = d->exec(QStringLiteral("ROLLBACK")); !done)
            qCWarning(lcStorage).noquote() << "Bulk write rollback failed:" << done.error();
    }
    if (d->previousCacheSize != 0) {
        if (auto done = d->exec(QStringLiteral("PRAGMA cache_size = %1").arg(d->previousCacheSize)); !done)
            qCWarning(lcStorage).noquote() << "Restoring the page cache size failed:" << done.error();
    }
}

Done BulkWriter::begin()
{
    if (!d->unusable.isEmpty())
        return fail(d->unusable);
    if (sql::isServer(d->connection))
        return beginOnServer();
    // A large page cache keeps the growing indexes in memory instead of spilling pages to the
    // WAL over and over inside the one big transaction (-10 % time, -80 % system time at 200k
    // incidents); restored when the writer ends. Only speed depends on it.
    auto cacheSize = d->intValue("PRAGMA cache_size");
    if (!cacheSize)
        return fail(cacheSize.error());
    d->previousCacheSize = *cacheSize;
    if (auto done = d->exec(QStringLiteral("PRAGMA cache_size = -524288")); !done)
        qCWarning(lcStorage).noquote() << "A large page cache for the bulk write failed (it will be slower):" << done.error();
    if (auto done = d->exec(QStringLiteral("BEGIN IMMEDIATE")); !done)
        return done;
    d->inTransaction = true;
    // One 'load' row in the change log at commit instead of one per row (ChangeLog.h).
    if (auto done = changelog::pauseForBulkLoad(d->connection); !done)
        return done;

    auto incidents = d->intValue("SELECT count(*) FROM incidents");
    auto lastAlert = d->intValue("SELECT coalesce(max(id), 0) FROM alerts");
    // The last number given (IncidentNumbers.h); numbers this load writes raise it at commit.
    auto maxNumber = d->intValue("SELECT value FROM counters WHERE name = 'incident_number'");
    for (const auto *value : {&incidents, &lastAlert, &maxNumber})
        if (!*value)
            return fail(value->error());
    m_startedEmpty = *incidents == 0;
    d->lastAlertBefore = *lastAlert;
    if (m_startedEmpty) {
        // The search index's triggers (rebuilt at commit) and the change log's (paused anyway:
        // set aside, they cost nothing per row).
        auto triggers = d->textColumn("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                      "(name LIKE '%\\_fts\\_%' ESCAPE '\\' OR name LIKE '%\\_logged\\_%' ESCAPE '\\') ORDER BY name");
        auto names = d->textColumn("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                   "(name LIKE '%\\_fts\\_%' ESCAPE '\\' OR name LIKE '%\\_logged\\_%' ESCAPE '\\') ORDER BY name");
        if (!triggers)
            return fail(triggers.error());
        if (!names)
            return fail(names.error());
        d->setAsideTriggers = *triggers;
        for (const QString &name : *names)
            if (auto done = d->exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !done)
                return done;
    }

    if (auto done = readExisting(*maxNumber); !done)
        return done;

    return d->open();
}

Done BulkWriter::beginOnServer()
{
    if (auto done = d->exec(QStringLiteral("BEGIN")); !done)
        return done;
    d->inTransaction = true;
    if (auto done = changelog::pauseForBulkLoad(d->connection); !done)
        return done;
    // The counter row stays locked until commit: every declaration elsewhere (which takes its
    // number from this row) waits for this load, so the numbers it writes cannot be taken
    // meanwhile, and "is it empty" cannot change under the demo generator. SQLite's BEGIN
    // IMMEDIATE gives the same by locking out every other writer.
    auto maxNumber = d->intValue("SELECT value FROM counters WHERE name = 'incident_number' FOR UPDATE");
    auto incidents = d->intValue("SELECT count(*) FROM incidents");
    for (const auto *value : {&incidents, &maxNumber})
        if (!*value)
            return fail(value->error());
    m_startedEmpty = *incidents == 0;
    if (auto done = readExisting(*maxNumber); !done)
        return done;

    d->server = true;
    for (int t = 0; t < TableCount; ++t) {
        const rows::Table &table = tableOf(TableIndex(t));
        if (!table.hasId)
            continue;
        QSqlQuery q(d->connection);
        q.prepare(QStringLiteral("SELECT quote_literal(pg_get_serial_sequence(?, 'id'))"));
        q.addBindValue(table.name);
        if (auto done = sql::exec(q); !done)
            return done;
        if (!q.next() || q.isNull(0))
            return fail(QStringLiteral("The table %1 has no identity for its ids.").arg(table.name));
        d->idPools[t].sequence = q.value(0).toString();
    }
    return d->open();
}

Done BulkWriter::readExisting(qint64 lastNumber)
{
    auto services = d->textColumn("SELECT id || ' ' || name FROM services");
    if (!services)
        return fail(services.error());
    for (const QString &row : *services) {
        const auto space = row.indexOf(QLatin1Char(' '));
        d->serviceIds.insert(row.mid(space + 1), row.left(space).toLongLong());
    }
    auto numbers = d->textColumn("SELECT number FROM incidents");
    if (!numbers)
        return fail(numbers.error());
    for (const QString &n : *numbers)
        d->usedNumbers.insert(n.toInt());
    auto slugs = d->textColumn("SELECT slug FROM runbooks");
    if (!slugs)
        return fail(slugs.error());
    for (const QString &slug : *slugs)
        d->usedSlugs.insert(slug);
    d->nextNumber = int(std::max<qint64>(1001, lastNumber + 1));
    return {};
}

Result<qint64> BulkWriter::addService(const Service &service)
{
    if (auto it = d->serviceIds.constFind(service.name); it != d->serviceIds.cend())
        return *it;
    auto id = d->add(Services, rows::serviceValues(service));
    if (id)
        d->serviceIds.insert(service.name, *id);
    return id;
}

bool BulkWriter::incidentNumberExists(int number) const { return d->usedNumbers.contains(number); }

bool BulkWriter::runbookSlugExists(const QString &slug) const { return d->usedSlugs.contains(slug); }

Done BulkWriter::addIncident(Incident &incident)
{
    std::optional<qint64> serviceId;
    if (!incident.service.isEmpty()) {
        auto id = addService(Service{0, incident.service, {}, {}});
        if (!id)
            return fail(id.error());
        serviceId = *id;
    }
    if (incident.number == 0)
        incident.number = d->nextNumber;
    if (d->usedNumbers.contains(incident.number))
        return fail(Tr::tr("%1 already exists.").arg(incident.publicId()));
    d->usedNumbers.insert(incident.number);
    d->nextNumber = std::max(d->nextNumber, incident.number + 1);

    auto id = d->add(Incidents, rows::incidentValues(incident, serviceId));
    if (!id)
        return fail(id.error());
    incident.id = *id;
    qint64 position = 0;
    for (const RoleAssignment &r : std::as_const(incident.roles))
        if (auto done = d->add(Roles, rows::roleValues(incident.id, r, position++)); !done)
            return fail(done.error());
    return {};
}

Result<qint64> BulkWriter::addAlert(const Alert &a)
{
    std::optional<qint64> serviceId;
    if (!a.service.isEmpty()) {
        auto id = addService(Service{0, a.service, {}, {}});
        if (!id)
            return id;
        serviceId = *id;
    }
    return d->add(Alerts, rows::alertValues(a, serviceId));
}

Result<qint64> BulkWriter::addTimelineEvent(const TimelineEvent &e)
{
    return d->add(Events, timelineValues(e));
}

Result<qint64> BulkWriter::addRunbook(const Runbook &r, const QList<QPair<int, QString>> &versions,
                                      const QList<qint64> &versionSeenAt)
{
    auto id = d->add(Runbooks, rows::runbookValues(r));
    if (!id)
        return id;
    d->usedSlugs.insert(r.slug);
    for (qsizetype i = 0; i < versions.size(); ++i)
        if (auto done = d->add(RunbookVersions, rows::runbookVersionValues(*id, versions[i].first, versions[i].second,
                                                                           versionSeenAt.value(i, r.updatedAt)));
            !done)
            return done;
    return id;
}

Result<qint64> BulkWriter::addChecklistItem(const ChecklistItem &c)
{
    return d->add(Checklist, rows::checklistItemValues(c));
}

Result<qint64> BulkWriter::addPostmortem(const Postmortem &p)
{
    return d->add(Postmortems, rows::postmortemValues(p));
}

Result<qint64> BulkWriter::addActionItem(const ActionItem &a)
{
    return d->add(ActionItems, rows::actionItemValues(a));
}

Done BulkWriter::flush()
{
    if (!d->server)
        return {};
    return d->flushServer(true);
}

bool BulkWriter::batchFailed() const { return !d->batchError.isEmpty(); }

Done BulkWriter::commit()
{
    if (!d->inTransaction)
        return fail(Tr::tr("Nothing to commit: begin() was not called or failed."));
    if (d->server)
        return commitOnServer();
    if (m_startedEmpty) {
        for (const char *fts : {"incidents_fts", "postmortems_fts", "runbooks_fts"})
            if (auto done = d->exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')")
                                        .arg(QLatin1String(fts)));
                !done)
                return done;
        // The timeline index leaves out per-alert events (migration 0002), so no 'rebuild'.
        for (const QString &statement : {QStringLiteral("INSERT INTO timeline_fts(timeline_fts) VALUES ('delete-all')"),
                                         QStringLiteral("INSERT INTO timeline_fts(rowid, body) SELECT id, body "
                                                        "FROM timeline_events WHERE kind <> 'alert'")})
            if (auto done = d->exec(statement); !done)
                return done;
        for (const QString &trigger : std::as_const(d->setAsideTriggers))
            if (auto done = d->exec(trigger); !done)
                return done;
    }
    // The alert names per incident, for "similar past incidents" (intake keeps them one at a
    // time): only for the alerts this transaction added.
    if (auto done = d->exec(QStringLiteral("INSERT OR IGNORE INTO incident_alert_names(alert_name, incident_id) "
                                                  "SELECT json_extract(labels, '$.alertname'), incident_id FROM alerts "
                                                  "WHERE id > %1 AND incident_id IS NOT NULL AND json_extract(labels, '$.alertname') IS NOT NULL")
                                       .arg(d->lastAlertBefore));
        !done)
        return done;
    return d->raiseNumbersAndCommit();
}

Done BulkWriter::commitOnServer()
{
    if (auto done = d->flushServer(true); !done)
        return done;
    // The alert names per incident (see above). Our alerts' ids are first..last of the pool; ids
    // in between that another writer took belong to alerts whose names intake wrote already, so
    // the range is right even then.
    const IdPool &alerts = d->idPools[Alerts];
    if (alerts.first)
        if (auto done = d->exec(QStringLiteral("INSERT INTO incident_alert_names(alert_name, incident_id) "
                                               "SELECT labels::jsonb ->> 'alertname', incident_id FROM alerts "
                                               "WHERE id BETWEEN %1 AND %2 AND incident_id IS NOT NULL "
                                               "AND labels::jsonb ->> 'alertname' IS NOT NULL ON CONFLICT DO NOTHING")
                                    .arg(alerts.first)
                                    .arg(alerts.last));
            !done)
            return done;
    // Raises the number counter, whose row this transaction holds locked since begin().
    if (auto done = d->raiseNumbersAndCommit(); !done)
        return done;
    // Fresh statistics for the tables a large load changed, so that the next query is planned
    // for their real size (autovacuum would get there, but later). Only speed depends on it.
    if (d->idPools[Incidents].last - d->idPools[Incidents].first >= 10000)
        if (auto done = d->exec(QStringLiteral("ANALYZE incidents, incident_roles, alerts, timeline_events, "
                                               "checklist_items, postmortems, action_items, incident_alert_names"));
            !done)
            qCWarning(lcStorage).noquote() << "Refreshing the planner's statistics after a bulk load failed:" << done.error();
    return {};
}

} // namespace sitrep
