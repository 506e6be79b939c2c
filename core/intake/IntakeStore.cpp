#include "intake/IntakeStore.h"

#include "storage/ChangeLog.h"

#include "domain/IntakePolicy.h"
#include "domain/Severity.h"
#include "domain/TimelineMessage.h"
#include "intake/ServerBatch.h"
#include "intake/SourceAdapter.h"
#include "storage/IncidentNumbers.h"
#include "storage/IntakeRuleStore.h"
#include "storage/MultiRowInsert.h"
#include "storage/RawSqlite.h"
#include "storage/SqlUtil.h"
#include "storage/TimelineRows.h"
#include "util/Clock.h"
#include "util/CompactJson.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlField>
#include <QtEndian>

#include <algorithm>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IntakeStore)
};

using rawsql::Statement;

using Latest = Episode;
} // namespace

void IntakeCounts::add(const IntakeCounts &o)
{
    received += o.received;
    created += o.created;
    deduplicated += o.deduplicated;
    resolved += o.resolved;
    acknowledged += o.acknowledged;
    held += o.held;
    unmatched += o.unmatched;
    incidentsOpened += o.incidentsOpened;
}

struct IntakeStore::Impl
{
    const Database &db;
    QSqlDatabase connection;
    sqlite3 *handle = nullptr;   // SQLite's C API on the file; nullptr on a server
    bool server = false;         // PostgreSQL: other intake processes may write at the same time
    bool lockGroups = true;      // a server: one writer at a time per alert group (lockGroupsOf)
    bool failureRetryable = false;  // the last apply() lost a deadlock or serialization race
    bool inTransaction = false;
    QString durabilityNote;      // what weakens "durable before 2xx" here (empty: nothing)
    QString unusable;   // why intake must not write here (set by the constructor)
    IntakePolicy policy;
    QHash<QString, qint64> serviceIds;
    qint64 transactionStartedAt = 0;
    // Valid for one transaction: a storm repeats the same group and the same few services
    // thousands of times. On a file we hold the write lock. On a server another intake process
    // may write meanwhile, and what it can change is settled in the database, not here: a group
    // is claimed through its alert_groups row (claimGroup), a service by its unique name, an
    // episode by the unique index of open episodes. What the cache may miss is another writer's
    // or a person's change committed during our transaction (a mute, a resolve): our batch then
    // reads as if it had committed just before it, as it would have on the file.
    QHash<QString, qint64> openIncidentByGroup;
    QHash<QPair<QString, QString>, qint64> muteUntil;   // identity -> end of its latest mute
    QSet<QPair<QString, qint64>> namesWritten;           // (alert name, incident) this transaction

    Statement findNewest, touch, insertAlert, resolveAlert, ackAlert, linkAlert, isMuted;
    Statement latestIncidentOfGroup, claimGroup, rememberName, takeNumber, insertIncident, insertEvent, ackIncident;
    Statement lockIncident, unresolvedOfIncident, resolveIncident, findService, insertService;
    Statement openIncident, giveBackNumber;   // a server's (openOrJoin)
    // What the request (and the transaction, of the requests that held) wrote: intake pauses
    // the per-row change log and writes one row per incident, table and action at commit
    // (ChangeLog.h).
    QList<changelog::Summary> requestLog, transactionLog;
    // A file's: one prepared row per summary (a multi-row INSERT through Qt's driver, parsed
    // anew at each commit, cost SQLite intake 8 % of its time).
    Statement logSummary;

    Done writeTransactionLog()
    {
        if (transactionLog.isEmpty())
            return changelog::resume(connection, transactionLog);
        if (auto done = exec("DELETE FROM change_log_pause"); !done)
            return done;
        const qint64 at = Clock::nowMs();
        for (const changelog::Summary &s : std::as_const(transactionLog)) {
            logSummary.bind(1, at).bind(2, QString::fromLatin1(s.table)).bind(3, QString::fromLatin1(s.action)).bind(4, s.rowId).bind(5, s.incidentId);
            if (auto done = logSummary.run(); !done)
                return fail(done.error());
        }
        return {};
    }
    bool prepared = false;

    // A server: the request's reads come from one read-ahead and its alert rows are written at
    // its end (ServerBatch.h), unless it runs again without (another writer's episode met).
    ServerBatch batch;
    bool batchRequests = true;
    bool replayWithoutBatch = false;   // set when a batched write met another writer's row

    explicit Impl(const Database &database) : db(database) {}

    // On a server, "durable before 2xx" is PostgreSQL's commit: it returns once the commit is in
    // the server's write-ahead log on disk when synchronous_commit is on (or stronger) and the
    // server runs with fsync. synchronous_commit is ours to set for this connection, so intake
    // sets it and refuses to start when the server will not have it, as it refuses a file that
    // cannot have synchronous=FULL. fsync is the server's own (only its administrator can turn
    // it on): with it off, intake still serves, because refusing would not make the server
    // safer, but says so at start and on /healthz (durabilityNote). Returns why intake must not
    // start, or nothing.
    QString checkServerDurability()
    {
        const QString why = Tr::tr("Intake answers a sender only after a commit that survives a crash, and on PostgreSQL "
                                   "that needs synchronous_commit on.");
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("SET synchronous_commit = on")))
            return Tr::tr("Intake cannot start: “SET synchronous_commit = on” failed: %1. %2").arg(q.lastError().text(), why);
        if (!q.exec(QStringLiteral("SELECT current_setting('synchronous_commit'), current_setting('fsync')")) || !q.next())
            return Tr::tr("Intake cannot start: reading back synchronous_commit failed: %1. %2").arg(q.lastError().text(), why);
        const QString synchronousCommit = q.value(0).toString();
        if (synchronousCommit == QLatin1String("off"))
            return Tr::tr("Intake cannot start: synchronous_commit is “%1”, not “on”. %2").arg(synchronousCommit, why);
        if (q.value(1).toString() == QLatin1String("off")) {
            durabilityNote = Tr::tr("The PostgreSQL server runs with fsync off: intake answers after each commit, but a crash "
                                    "of the server's machine can lose alerts it has already acknowledged. Its administrator "
                                    "can turn fsync on in postgresql.conf.");
            qCWarning(lcIntake).noquote() << durabilityNote;
        }
        return {};
    }

    Done exec(const char *sqlText)
    {
        if (!handle) {
            QSqlQuery q(connection);
            return q.exec(QString::fromUtf8(sqlText)) ? Done() : fail(q.lastError().text());
        }
        char *message = nullptr;
        if (sqlite3_exec(handle, sqlText, nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString error = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return fail(error);
    }

    Done prepare()
    {
        if (prepared)
            return {};
        // SQLite's scalar max(a, b) is PostgreSQL's greatest(a, b); everything else is one text.
        const QByteArray greatest = server ? "greatest" : "max";
        // A server has no last insert id; a file's is cheaper than RETURNING.
        const QByteArray returningId = server ? " RETURNING id" : "";
        QList<QPair<Statement *, QByteArray>> all = {
            // An identity's newest episode: its open one, which is the newest when there is one
            // (at most one per identity), else its newest resolved one. A file finds it with one
            // probe from the end of the identity's entries in alerts_by_episode (migration 0007;
            // the ORDER BY is that index's key, so nothing is sorted). A server looks in its two
            // partial indexes (migration 0005) and takes the open one first; on a server this
            // statement only runs when a request is not read ahead (ServerBatch).
            {&findNewest, server ? QByteArray("SELECT * FROM (SELECT id, status, starts_at, incident_id, title FROM alerts "
                                              "WHERE source = ?1 AND dedup_key = ?2 AND status <> 'resolved' "
                                              "UNION ALL SELECT * FROM (SELECT id, status, starts_at, incident_id, title FROM alerts "
                                              "WHERE source = ?1 AND dedup_key = ?2 AND status = 'resolved' ORDER BY id DESC LIMIT 1) "
                                              "AS newest_resolved) AS episodes ORDER BY (status <> 'resolved') DESC, id DESC LIMIT 1")
                                 : QByteArray("SELECT id, status, starts_at, incident_id, title FROM alerts WHERE source = ?1 AND dedup_key = ?2 "
                                              "ORDER BY (CASE WHEN status = 'resolved' THEN id ELSE 9223372036854775807 END) DESC LIMIT 1")},
            {&touch, "UPDATE alerts SET last_seen_at = " + greatest + "(last_seen_at, ?2) WHERE id = ?1"},
            // One open episode per identity (unique indexes: alerts_open_episode on a server,
            // alerts_by_episode on a file). On a server, when another writer stored this episode
            // first, nothing is inserted and no row comes back. A file has one writer, which has
            // just read that there is none: a plain insert, without the cost of RETURNING.
            {&insertAlert, "INSERT INTO alerts(source, dedup_key, status, title, severity, service_id, labels, "
                           "annotations, starts_at, ends_at, received_at, last_seen_at, incident_id, raw_payload, "
                           "group_key, held_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13, ?14, ?15)"
                               + QByteArray(server ? " ON CONFLICT (source, dedup_key) WHERE status <> 'resolved' DO NOTHING RETURNING id" : "")},
            // Conditional, so that of two writers resolving (acknowledging) one alert only one
            // writes the timeline event: the row comes back to that one.
            {&resolveAlert, "UPDATE alerts SET status = 'resolved', ends_at = ?2, last_seen_at = " + greatest +
                                "(last_seen_at, ?3) WHERE id = ?1 AND status <> 'resolved' RETURNING id"},
            {&ackAlert, "UPDATE alerts SET status = 'acknowledged', last_seen_at = " + greatest +
                            "(last_seen_at, ?2) WHERE id = ?1 AND status = 'firing' RETURNING id"},
            {&linkAlert, "UPDATE alerts SET incident_id = ?2 WHERE id = ?1"},
            {&isMuted, "SELECT source, dedup_key, max(until_at) FROM alert_mutes GROUP BY source, dedup_key"},
            {&latestIncidentOfGroup, "SELECT g.incident_id, i.status FROM alert_groups g JOIN incidents i ON i.id = g.incident_id "
                                     "WHERE g.group_key = ?1"},
{&rememberName, "INSERT INTO incident_alert_names(alert_name, incident_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING"},
            {&takeNumber, incidentnumbers::takeStatement},
            // The number just taken (see IncidentNumbers.h).
            {&insertIncident, "INSERT INTO incidents(number, title, severity, status, service_id, impact_started_at, "
                              "detected_at, created_at, updated_at, opened_by_alert_id) VALUES ((SELECT value FROM counters "
                              "WHERE name = 'incident_number'), ?1, ?2, 'open', ?3, ?4, ?5, ?5, ?5, ?6)" + returningId},
            {&insertEvent, timelinerows::numberedInsert()},
            {&ackIncident, "UPDATE incidents SET status = 'acknowledged', acknowledged_at = ?2, updated_at = ?2 "
                           "WHERE id = ?1 AND status = 'open' RETURNING id"},
            // A server only (a file has one writer): of two writers resolving the last two alerts
            // of an incident, each would count the other's alert as unresolved and neither would
            // resolve the incident. Counting under the incident's row lock, the later one sees the
            // earlier one's resolve. NO KEY UPDATE lets alerts that refer to it still be inserted.
            {&unresolvedOfIncident, "SELECT count(*) FROM alerts WHERE incident_id = ?1 AND status <> 'resolved'"},
            {&resolveIncident, "UPDATE incidents SET status = 'resolved', acknowledged_at = coalesce(acknowledged_at, ?2), "
                               "mitigated_at = coalesce(mitigated_at, ?2), resolved_at = ?2, updated_at = ?2 "
                               "WHERE id = ?1 AND status <> 'resolved' RETURNING id"},
            {&findService, "SELECT id FROM services WHERE name = ?1"},
            {&insertService, "INSERT INTO services(name) VALUES (?1) ON CONFLICT (name) DO NOTHING RETURNING id"},
        };
        // A server only (a file has one writer): of two writers resolving the last two alerts of
        // an incident, each would count the other's alert as unresolved and neither would resolve
        // the incident. Counting under the incident's row lock, the later one sees the earlier
        // one's resolve. NO KEY UPDATE still lets alerts that refer to the incident be inserted.
        if (server) {
            all.append({&lockIncident, "SELECT id FROM incidents WHERE id = ?1 FOR NO KEY UPDATE"});
            // Takes the next number, claims the group for a new incident id, and inserts the
            // incident when the claim holds: one statement, one round trip (as five statements
            // under a savepoint it was five). The claim reads the number first, so the id is
            // drawn under the counter's row lock and ids stay in commit order
            // (IncidentNumbers.h). A lost claim inserts nothing and returns no row; the number
            // it took is given back (giveBackNumber: the counter's row is still ours). The claim
            // holds for a new group or one whose incident is resolved; another writer's open
            // incident keeps it (its row is locked until that writer commits, then read again)
            // and the caller joins that incident. The status is a scalar subquery, not EXISTS,
            // which PostgreSQL planned once per connection and, planned on a nearly empty
            // table, hashed every resolved incident for each claim ever after.
            all.append({&openIncident,
                        "WITH number AS (" + QByteArray(incidentnumbers::takeStatement) + " RETURNING value), "
                        "claim AS (INSERT INTO alert_groups(group_key, incident_id) "
                        "SELECT ?1, nextval(pg_get_serial_sequence('incidents', 'id')) FROM number "
                        "ON CONFLICT (group_key) DO UPDATE SET incident_id = excluded.incident_id "
                        "WHERE (SELECT i.status FROM incidents i WHERE i.id = alert_groups.incident_id) = 'resolved' "
                        "RETURNING incident_id) "
                        "INSERT INTO incidents(id, number, title, severity, status, service_id, impact_started_at, "
                        "detected_at, created_at, updated_at, opened_by_alert_id) "
                        "SELECT claim.incident_id, number.value, ?2, ?3, 'open', ?4, ?5, ?6, ?6, ?6, ?7 "
                        "FROM claim CROSS JOIN number RETURNING id"});
            all.append({&giveBackNumber, "UPDATE counters SET value = value - 1 WHERE name = 'incident_number'"});
        } else {
            // Claims the group for the incident just opened: the one writer has just read that
            // the group is free.
            all.append({&claimGroup, "INSERT OR REPLACE INTO alert_groups(group_key, incident_id) VALUES (?1, ?2)"});
            all.append({&logSummary, "INSERT INTO change_log(changed_at, table_name, action, row_id, incident_id) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5)"});
        }
        for (const auto &[statement, sqlText] : all) {
            if (!statement->prepare(connection, sqlText.constData()))
                return fail(Tr::tr("Intake cannot prepare its statements: %1").arg(statement->prepareError()));
        }
        prepared = true;
        return {};
    }

    // Stores a new alert: its id, or none when another writer stored the episode first. In a
    // server's batch the row is written when the request ends (ServerBatch::flush settles that
    // race then).
    Result<std::optional<qint64>> storeAlert(AlertRow row)
    {
        // A firing alert without an incident yet gets one at once (linkAlertToIncident says so
        // then, with the incident); held ones and those of a known incident are said here.
        if (row.incidentId || !row.heldReason.isEmpty() || row.status != QLatin1String("firing"))
            changelog::add(requestLog, "alerts", "insert", row.incidentId);
        if (batch.active()) {
            auto id = batch.takeId(connection);
            if (!id)
                return fail(id.error());
            row.id = *id;
            batch.setEpisode(row.source, row.dedupKey, Latest{row.id, row.status, row.startsAt, row.incidentId, row.title});
            batch.insert(std::move(row));
            return std::optional<qint64>(*id);
        }
        insertAlert.bind(1, row.source).bind(2, row.dedupKey).bind(3, row.status).bind(4, row.title)
            .bind(5, row.severity).bind(6, row.serviceId).bindNullableText(7, row.labelsJson)
            .bindNullableText(8, row.annotationsJson).bind(9, row.startsAt).bind(10, row.endsAt)
            .bind(11, row.receivedAt).bind(12, row.incidentId).bindNullableText(13, row.rawPayload)
            .bind(14, row.groupKey).bind(15, row.heldReason);
        if (server)
            return returnedId(insertAlert);
        auto id = insertAlert.run();
        if (!id)
            return fail(id.error());
        return std::optional<qint64>(*id);
    }

    // "Last seen" of a redelivery.
    Done touchAlert(qint64 alertId, qint64 at)
    {
        changelog::add(requestLog, "alerts", "update", std::nullopt, alertId);
        if (batch.active()) {
            batch.touch(alertId, at);
            return {};
        }
        auto done = touch.bind(1, alertId).bind(2, at).run();
        return done ? Done() : fail(done.error());
    }

    Done linkAlertToIncident(qint64 alertId, qint64 incidentId)
    {
        changelog::add(requestLog, "alerts", "insert", incidentId);   // stored just now (firing())
        batch.setEpisodeIncident(alertId, incidentId);
        if (AlertRow *row = batch.pending(alertId)) {
            row->incidentId = incidentId;
            return {};
        }
        auto done = linkAlert.bind(1, alertId).bind(2, incidentId).run();
        return done ? Done() : fail(done.error());
    }

    // Writes what the server's batch holds back. A row another writer stored first makes the
    // request run again without the batch (replayWithoutBatch).
    Done flushAlertWrites()
    {
        if (!batch.active() || (!batch.hasWrites() && pendingEvents.isEmpty()))
            return {};
        // The request's timeline events go with the alerts' statement (flushEvents has none
        // left to write then).
        auto written = batch.flush(connection, pendingEventStatements());
        if (!written)
            return fail(written.error());
        if (!*written) {
            replayWithoutBatch = true;
            return fail(Tr::tr("Another writer stored one of these alerts at the same moment."));
        }
        return {};
    }

    // A server: everything the request will ask about, and ids for the new alerts it may store,
    // in one statement.
    Done readAhead(const QList<PreparedAlert> &alerts)
    {
        ServerBatch::Wanted wanted;
        QSet<QString> groups, services;
        for (const PreparedAlert &p : alerts) {
            const Alert &a = p.alert;
            wanted.identities << ServerBatch::Identity{a.source, a.dedupKey};
            if (const QString legacy = detail::legacyDedupKey(a); !legacy.isEmpty())
                wanted.identities << ServerBatch::Identity{a.source, legacy};
            if (a.status != QLatin1String("acknowledged"))
                wanted.mayInsert << ServerBatch::Identity{a.source, a.dedupKey};
            if (a.status == QLatin1String("firing")) {
                const QString group = policy.groupKeyOf(a, policy.ruleFor(a));
                if (!openIncidentByGroup.contains(group))
                    groups.insert(group);
                if (!a.service.isEmpty() && !serviceIds.contains(a.service))
                    services.insert(a.service);
            }
        }
        wanted.groups = QStringList(groups.cbegin(), groups.cend());
        wanted.services = QStringList(services.cbegin(), services.cend());
        return batch.readAhead(connection, wanted);
    }

    // Runs a statement that returns at most one id (… RETURNING id, SELECT id): the id, or none
    // when no row came back; a failed statement is an error.
    static Result<std::optional<qint64>> returnedId(Statement &statement)
    {
        std::optional<qint64> id;
        if (statement.next())
            id = statement.int64(0);
        const bool readFailed = statement.failed();
        const QString readError = statement.error();
        statement.done();
        if (readFailed)
            return fail(readError);
        return id;
    }

    Result<std::optional<qint64>> serviceId(const QString &name)
    {
        if (name.isEmpty())
            return std::optional<qint64>();
        if (const auto it = serviceIds.constFind(name); it != serviceIds.cend())
            return std::optional<qint64>(*it);
        qint64 id = 0;
        if (const auto known = batch.service(name)) {
            id = known->value_or(0);
        } else {
            findService.bind(1, name);
            if (findService.next())
                id = findService.int64(0);
            const bool readFailed = findService.failed();
            const QString readError = findService.error();
            findService.done();
            if (readFailed)
                return fail(readError);  // never a second "db" service because a read failed
        }
        if (id == 0) {
            // Another writer may insert the same name meanwhile: then its row is read.
            auto inserted = returnedId(insertService.bind(1, name));
            if (!inserted)
                return fail(inserted.error());
            if (*inserted)
                changelog::add(requestLog, "services", "insert", std::nullopt, **inserted);
            if (!*inserted) {
                auto again = returnedId(findService.bind(1, name));
                if (!again)
                    return fail(again.error());
                if (!*again)
                    return fail(Tr::tr("The service “%1” could neither be stored nor found.").arg(name));
                inserted = *again;
            }
            id = **inserted;
        }
        serviceIds.insert(name, id);
        return std::optional<qint64>(id);
    }

    // The newest episode of an alert's identity. A failed read is an error, never "not seen":
    // that would store a redelivery as a new alert (and perhaps open a second incident).
    // An alert stored before an upgrade under its old identity (legacyDedupKey) is continued
    // while nothing is stored under the new one: its resolve closes it, a redelivery is no second
    // alert. Its next episode is stored under the new identity.
    Result<std::optional<Latest>> latest(const Alert &a)
    {
        auto found = newest(a.source, a.dedupKey);
        if (!found || found->has_value())
            return found;
        const QString legacy = detail::legacyDedupKey(a);
        return legacy.isEmpty() ? found : newest(a.source, legacy);
    }

    Result<std::optional<Latest>> newest(const QString &source, const QString &dedupKey)
    {
        if (const auto known = batch.episode(source, dedupKey))
            return *known;
        return episode(findNewest, source, dedupKey);
    }

    static Result<std::optional<Latest>> episode(Statement &find, const QString &source, const QString &dedupKey)
    {
        find.bind(1, source).bind(2, dedupKey);
        std::optional<Latest> row;
        if (find.next())
            row = Latest{find.int64(0), find.text(1), find.int64(2), find.nullableInt64(3), find.text(4)};
        const bool readFailed = find.failed();
        const QString readError = find.error();
        find.done();
        if (readFailed)
            return fail(readError);
        return row;
    }

    // A mute set on an alert stored under its old identity still holds after the upgrade.
    bool muted(const Alert &a) const
    {
        if (muteUntil.value({a.source, a.dedupKey}, 0) > a.receivedAt)
            return true;
        if (muteUntil.isEmpty())
            return false;
        const QString legacy = detail::legacyDedupKey(a);
        return !legacy.isEmpty() && muteUntil.value({a.source, legacy}, 0) > a.receivedAt;
    }

    // Mutes are made by people, one at a time: few enough to hold them all.
    // A failed read is an error, never "nothing muted" (a muted alert would open an incident).
    Done loadMutes()
    {
        muteUntil.clear();
        while (isMuted.next())
            muteUntil.insert({isMuted.text(0), isMuted.text(1)}, isMuted.int64(2));
        const bool readFailed = isMuted.failed();
        const QString readError = isMuted.error();
        isMuted.done();
        return readFailed ? Done(fail(readError)) : Done();
    }

    void forgetCaches()
    {
        serviceIds.clear();
        openIncidentByGroup.clear();
        namesWritten.clear();
    }

    // Records that the incident had an alert of this name (for "similar past incidents"); a
    // storm repeats the same name, so once per transaction is enough.
    Done rememberAlertName(const Alert &a, qint64 incident)
    {
        const QString name = a.labels.value(QStringLiteral("alertname")).toString();
        if (name.isEmpty() || namesWritten.contains({name, incident}))
            return {};
        namesWritten.insert({name, incident});
        if (batch.active()) {
            batch.rememberName(name, incident);
            return {};
        }
        auto done = rememberName.bind(1, name).bind(2, incident).run();
        return done ? Done() : fail(done.error());
    }

    // A server's timeline events of one request, written by flushEvents() in multi-row INSERTs
    // before the request's savepoint is released: each statement is a round trip, and an event
    // per alert was a third of them. Nothing reads them back within the request.
    QList<TimelineEvent> pendingEvents;

    Done flushEvents()
    {
        if (pendingEvents.isEmpty())
            return {};
        MultiRowInsert insert(connection, "timeline_events", timelinerows::columns);
        for (const TimelineEvent &e : std::as_const(pendingEvents))
            timelinerows::addValues(insert.row(), e);
        pendingEvents.clear();
        return insert.flush();
    }

    QStringList pendingEventStatements()
    {
        MultiRowInsert insert(connection, "timeline_events", timelinerows::columns);
        for (const TimelineEvent &e : std::as_const(pendingEvents))
            timelinerows::addValues(insert.row(), e);
        pendingEvents.clear();
        return insert.takeStatements();
    }

    // Generated events carry their message; the body is its English text (no translate() per
    // alert, which showed in profiles of alert storms).
    Done event(qint64 incidentId, qint64 at, const char *kind, const TimelineMessage &message, std::optional<qint64> alertId)
    {
        TimelineEvent e;
        e.incidentId = incidentId;
        e.occurredAt = at;
        e.kind = QLatin1String(kind);
        e.author = QStringLiteral("sitrep intake");
        e.alertId = alertId;
        e.createdAt = transactionStartedAt;
        setTimelineMessage(e, message);
        changelog::add(requestLog, "timeline_events", "insert", incidentId);
        if (server) {
            pendingEvents.append(std::move(e));
            return {};
        }
        timelinerows::bind(insertEvent, e);
        auto done = insertEvent.run();
        return done ? Done() : fail(done.error());
    }

    // The open incident this group is attached to, if any. A failed read is an error, never
    // "none" (that would open a second incident for the group).
    Result<std::optional<qint64>> openIncidentOf(const QString &groupKey)
    {
        if (const auto it = openIncidentByGroup.constFind(groupKey); it != openIncidentByGroup.cend())
            return std::optional<qint64>(*it);
        if (const auto known = batch.group(groupKey)) {
            if (*known && (*known)->status != QLatin1String("resolved"))
                return std::optional<qint64>((*known)->incidentId);
            return std::optional<qint64>();
        }
        latestIncidentOfGroup.bind(1, groupKey);
        std::optional<qint64> id;
        if (latestIncidentOfGroup.next() && latestIncidentOfGroup.text(1) != QLatin1String("resolved"))
            id = latestIncidentOfGroup.int64(0);
        const bool readFailed = latestIncidentOfGroup.failed();
        const QString readError = latestIncidentOfGroup.error();
        latestIncidentOfGroup.done();
        if (readFailed)
            return fail(readError);
        return id;
    }

    // A firing alert of an identity whose open episode another writer stored first (it committed
    // while we waited on the unique index): a redelivery, like any other.
    Done storedByAnotherWriter(const Alert &a, IntakeCounts &counts)
    {
        ++counts.deduplicated;
        auto found = newest(a.source, a.dedupKey);
        if (!found)
            return fail(found.error());
        if (!*found)
            return {};
        return touchAlert((*found)->id, a.receivedAt);
    }

    static QString incidentTitle(const Alert &a)
    {
        return a.title.isEmpty() ? Tr::tr("Alert from %1").arg(sourceLabel(a.source)) : a.title;
    }

    // Inserts an incident opened by the alert just stored, with the next number.
    Result<qint64> insertOpenedIncident(const Alert &a, qint64 alertId, int severity, std::optional<qint64> service)
    {
        // A sender's clock ahead of ours must not put impact after detection.
        const qint64 impact = std::min(a.startsAt, a.receivedAt);
        if (auto taken = takeNumber.run(); !taken)
            return fail(taken.error());
        return insertIncident.bind(1, incidentTitle(a))
            .bind(2, qint64(severity)).bind(3, service).bind(4, impact).bind(5, a.receivedAt)
            .bind(6, alertId).run();
    }

    // Opens an incident for the group of the alert just stored, or, when another writer opened
    // one for the group first, joins that. Returns the incident and whether this call opened it.
    Result<QPair<qint64, bool>> openOrJoin(const Alert &a, qint64 alertId, int severity, std::optional<qint64> service)
    {
        if (!server) {
            // One writer, which has just read in this transaction that the group has no open
            // incident: the group is ours.
            auto id = insertOpenedIncident(a, alertId, severity, service);
            if (!id)
                return fail(id.error());
            if (auto done = claimGroup.bind(1, a.groupKey).bind(2, *id).run(); !done)
                return fail(done.error());
            changelog::add(requestLog, "incidents", "insert", *id, *id);
            return qMakePair(*id, true);
        }
        // Two rounds at most: a claim lost to another writer's open incident joins it, unless
        // that one was resolved in the meantime, when the group is claimed again.
        const qint64 impact = std::min(a.startsAt, a.receivedAt);   // as insertOpenedIncident
        for (int round = 0; round < 2; ++round) {
            auto id = returnedId(openIncident.bind(1, a.groupKey).bind(2, incidentTitle(a)).bind(3, qint64(severity))
                                     .bind(4, service).bind(5, impact).bind(6, a.receivedAt).bind(7, alertId));
            if (!id)
                return fail(id.error());
            if (*id) {
                changelog::add(requestLog, "incidents", "insert", **id, **id);
                return qMakePair(**id, true);
            }
            // Give the number back (numbers stay dense), then join the other one (the group as
            // read ahead is out of date now).
            if (auto done = giveBackNumber.run(); !done)
                return fail(done.error());
            batch.forgetGroup(a.groupKey);
            auto joined = openIncidentOf(a.groupKey);
            if (!joined)
                return fail(joined.error());
            if (*joined)
                return qMakePair(**joined, false);
        }
        return fail(Tr::tr("Another writer keeps opening and resolving incidents for the alert group “%1”; try again.").arg(a.groupKey));
    }

    Done firing(const PreparedAlert &p, const std::optional<Latest> &previous, IntakeCounts &counts)
    {
        Alert a = p.alert;
        // A redelivery (same episode), or a stale copy of an episode that has since resolved.
        if (previous && (previous->status != QLatin1String("resolved") || a.startsAt <= previous->startsAt)) {
            ++counts.deduplicated;
            return touchAlert(previous->id, a.receivedAt);
        }
        const IntakeRule &rule = policy.ruleFor(a);
        const int severity = policy.severityOf(a, rule);
        a.groupKey = policy.groupKeyOf(a, rule);
        // An adapter may already hold it (a sender's test notification): that reason stands.
        if (a.heldReason.isEmpty() && muted(a))
            a.heldReason = QStringLiteral("muted");
        else if (a.heldReason.isEmpty() && severity > rule.minSeverity)
            a.heldReason = QStringLiteral("below_min_severity");
        auto service = serviceId(a.service);
        if (!service)
            return fail(service.error());

        std::optional<qint64> incident;
        if (a.heldReason.isEmpty()) {
            auto joined = openIncidentOf(a.groupKey);
            if (!joined)
                return fail(joined.error());
            incident = *joined;
        }
        // Stored first, so that an episode another writer stored meanwhile opens nothing here.
        auto alertId = storeAlert(AlertRow{0, a.source, a.dedupKey, QStringLiteral("firing"), a.title, qint64(severity), *service,
                                           p.labelsJson, p.annotationsJson, a.startsAt, std::nullopt, a.receivedAt, a.receivedAt,
                                           incident, a.rawPayload, a.groupKey, a.heldReason});
        if (!alertId)
            return fail(alertId.error());
        if (!*alertId)
            return storedByAnotherWriter(a, counts);
        ++counts.created;
        if (!a.heldReason.isEmpty()) {
            ++counts.held;
            return {};
        }
        bool opened = false;
        if (!incident) {
            auto got = openOrJoin(a, **alertId, severity, *service);
            if (!got)
                return fail(got.error());
            incident = got->first;
            opened = got->second;
            if (auto done = linkAlertToIncident(**alertId, *incident); !done)
                return done;
        }
        openIncidentByGroup.insert(a.groupKey, *incident);
        if (auto done = rememberAlertName(a, *incident); !done)
            return done;
        if (opened) {
            counts.incidentsOpened << *incident;
            if (auto done = event(*incident, a.receivedAt, "status",
                                  timelinemessage::incidentOpenedByAlert(Severity(severity), a.source),
                                  **alertId); !done)
                return done;
        }
        return event(*incident, std::min(a.startsAt, a.receivedAt), "alert",
                     timelinemessage::alertFiring(a.title), **alertId);
    }

    Done resolved(const PreparedAlert &p, const std::optional<Latest> &previous, IntakeCounts &counts)
    {
        const Alert &a = p.alert;
        if (!previous) {
            // Resolved before we ever saw it fire (we were down, or it was muted upstream): keep it
            // in the inbox, open nothing.
            ++counts.created;
            auto id = storeAlert(AlertRow{0, a.source, a.dedupKey, QStringLiteral("resolved"), a.title, std::nullopt, std::nullopt,
                                          p.labelsJson, p.annotationsJson, a.startsAt, a.endsAt, a.receivedAt, a.receivedAt,
                                          std::nullopt, a.rawPayload, QString(), QString()});
            return id ? Done() : fail(id.error());
        }
        if (previous->status == QLatin1String("resolved")) {
            ++counts.deduplicated;
            return touchAlert(previous->id, a.receivedAt);
        }
        const qint64 endsAt = a.endsAt.value_or(a.receivedAt);
        changelog::add(requestLog, "alerts", "update", previous->incidentId, previous->id);
        auto changed = returnedId(resolveAlert.bind(1, previous->id).bind(2, endsAt).bind(3, a.receivedAt));
        if (!changed)
            return fail(changed.error());
        if (!*changed) {
            // Another writer resolved it since we read it: a redelivery of that resolve.
            ++counts.deduplicated;
            return {};
        }
        ++counts.resolved;
        batch.setEpisodeStatus(previous->id, QStringLiteral("resolved"));
        if (!previous->incidentId)
            return {};
        const qint64 incident = *previous->incidentId;
        if (auto done = event(incident, endsAt, "alert", timelinemessage::alertResolved(previous->title), previous->id); !done)
            return done;
        if (!policy.ruleFor(a).resolveIncident)
            return {};
        if (server) {
            if (auto locked = returnedId(lockIncident.bind(1, incident)); !locked)
                return fail(locked.error());
        }
        auto open = returnedId(unresolvedOfIncident.bind(1, incident));
        if (!open)
            return fail(open.error());
        if (open->value_or(1) > 0)
            return {};
        auto incidentResolved = returnedId(resolveIncident.bind(1, incident).bind(2, a.receivedAt));
        if (!incidentResolved)
            return fail(incidentResolved.error());
        if (!*incidentResolved)
            return {};
        changelog::add(requestLog, "incidents", "update", incident, incident);
        openIncidentByGroup.removeIf([incident](const auto &entry) { return entry.value() == incident; });
        batch.setIncidentResolved(incident);
        return event(incident, a.receivedAt, "status",
                     timelinemessage::incidentResolvedByRule(policy.ruleFor(a).name),
                     previous->id);
    }

    Done acknowledged(const Alert &a, const std::optional<Latest> &previous, IntakeCounts &counts)
    {
        if (!previous || previous->status == QLatin1String("resolved")) {
            ++counts.unmatched;
            return {};
        }
        if (previous->status == QLatin1String("acknowledged")) {
            ++counts.deduplicated;
            return touchAlert(previous->id, a.receivedAt);
        }
        changelog::add(requestLog, "alerts", "update", previous->incidentId, previous->id);
        auto changed = returnedId(ackAlert.bind(1, previous->id).bind(2, a.receivedAt));
        if (!changed)
            return fail(changed.error());
        if (!*changed) {
            // Another writer acknowledged or resolved it since we read it.
            ++counts.deduplicated;
            return {};
        }
        ++counts.acknowledged;
        batch.setEpisodeStatus(previous->id, QStringLiteral("acknowledged"));
        if (!previous->incidentId)
            return {};
        auto incidentChanged = returnedId(ackIncident.bind(1, *previous->incidentId).bind(2, a.receivedAt));
        if (!incidentChanged)
            return fail(incidentChanged.error());
        const bool incidentAcknowledged = incidentChanged->has_value();
        if (incidentAcknowledged)
            changelog::add(requestLog, "incidents", "update", *previous->incidentId, *previous->incidentId);
        return event(*previous->incidentId, a.receivedAt, incidentAcknowledged ? "milestone" : "alert",
                     incidentAcknowledged ? timelinemessage::acknowledgedThrough(a.source, previous->title)
                                          : timelinemessage::alertAcknowledged(previous->title),
                     previous->id);
    }

    // A server: before a request touches anything, it takes a transaction lock per alert group
    // it carries (sorted, so two writers never take them in opposite orders). Two intake
    // processes handed the same group (Alertmanager peers, a load balancer) then write it one
    // after the other instead of meeting on each alert's row in whatever order their payloads
    // list them, which deadlocks (measured: every second concurrent request with 15 alerts in
    // different orders). Correctness does not rest on it: the unique constraints hold without
    // it; it keeps concurrent writers from aborting each other. Locks of a request that fails
    // go with its savepoint.
    Done lockGroupsOf(const QList<PreparedAlert> &alerts)
    {
        if (!server || !lockGroups)
            return {};
        QList<qint64> keys;
        keys.reserve(alerts.size());
        for (const PreparedAlert &p : alerts) {
            const QByteArray group = policy.groupKeyOf(p.alert, policy.ruleFor(p.alert)).toUtf8();
            // 64 bits of SHA-1: two groups sharing a lock only wait for each other.
            const QByteArray hash = QCryptographicHash::hash(group, QCryptographicHash::Sha1);
            keys << qFromBigEndian<qint64>(hash.constData());
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        // One statement (a round trip each was a tenth of a request's): the function scan hands
        // the keys to the lock function in the array's order, the sorted one.
        QByteArray sqlText = "SELECT pg_advisory_xact_lock(k) FROM unnest(CAST('{";
        for (qsizetype i = 0; i < keys.size(); ++i)
            sqlText += (i ? "," : "") + QByteArray::number(keys[i]);
        sqlText += "}' AS BIGINT[])) AS k";
        return exec(sqlText.constData());
    }

    Done applyOne(const PreparedAlert &p, IntakeCounts &counts)
    {
        const Alert &a = p.alert;
        ++counts.received;
        const auto found = latest(a);
        if (!found)
            return fail(found.error());
        const std::optional<Latest> &previous = *found;
        if (a.status == QLatin1String("firing"))
            return firing(p, previous, counts);
        // A resolve or an acknowledgement reads and writes stored rows (the incident's unresolved
        // alerts): the batch's new rows must be there first.
        if (auto done = flushAlertWrites(); !done)
            return done;
        if (a.status == QLatin1String("resolved"))
            return resolved(p, previous, counts);
        return acknowledged(a, previous, counts);
    }
};

IntakeStore::IntakeStore(const Database &db) : d(std::make_unique<Impl>(db))
{
    auto connection = db.checkedConnection();
    if (!connection) {
        d->unusable = Tr::tr("Intake cannot start: %1").arg(connection.error());
        return;
    }
    d->connection = *connection;
    d->server = db.isServer();
    if (d->server) {
        d->unusable = d->checkServerDurability();
        return;
    }
    d->handle = rawsql::handle(d->connection);
    if (!d->handle) {
        d->unusable = Tr::tr("Intake cannot start: %1 Intake writes through SQLite's C API on Qt's connection, so Qt's "
                             "SQLite driver must run the SQLite Sitrep was built with (a Qt from your Linux distribution does).")
                          .arg(rawsql::noHandleReason(d->connection));
        return;
    }
    // A 2xx promises the sender that the alert survives a power loss. In WAL mode a commit is on
    // disk when it returns only with synchronous=FULL (NORMAL syncs at checkpoints): without it,
    // intake must not answer anyone. SQLite ignores a pragma it cannot honour, so read back.
    const auto value = [this](const char *sqlText) -> Result<QString> {
        Statement q;
        if (!q.prepare(d->handle, sqlText))
            return fail(q.prepareError());
        if (!q.next())
            return fail(q.failed() ? q.error() : Tr::tr("it returned nothing"));
        return q.text(0);
    };
    const QString why = Tr::tr("Intake answers a sender only after a commit that survives a power loss, and that needs "
                               "WAL mode with synchronous=FULL.");
    if (auto done = d->exec("PRAGMA synchronous=FULL"); !done) {
        d->unusable = Tr::tr("Intake cannot start: “PRAGMA synchronous=FULL” failed: %1. %2").arg(done.error(), why);
        return;
    }
    for (const auto &[name, expected] : {std::pair{"synchronous", "2"}, std::pair{"journal_mode", "wal"}}) {
        const auto read = value(QByteArray("PRAGMA ").append(name).constData());
        if (!read) {
            d->unusable = Tr::tr("Intake cannot start: reading back %1 failed: %2. %3").arg(QLatin1String(name), read.error(), why);
            return;
        }
        if (read->compare(QLatin1String(expected), Qt::CaseInsensitive) != 0) {
            d->unusable = Tr::tr("Intake cannot start: %1 is “%2”, not “%3”. %4").arg(QLatin1String(name), *read, QLatin1String(expected), why);
            return;
        }
    }
    // Checkpoints run on IntakeWriter's checkpointer thread: copying the log into the file
    // (and its fsync) in the middle of a commit held up every request waiting for it. Only speed
    // rests on this.
    if (auto done = d->exec("PRAGMA wal_autocheckpoint=0"); !done)
        qCWarning(lcIntake).noquote() << "Intake could not turn off automatic checkpoints (commits may wait for them):" << done.error();
}

IntakeStore::~IntakeStore()
{
    rollback();
}

Done IntakeStore::warmUp()
{
    if (!d->unusable.isEmpty())
        return fail(d->unusable);

    if (auto done = d->prepare(); !done)
        return done;
    auto policy = IntakeRuleStore(d->db).load();
    return policy ? Done() : fail(policy.error());
}

Done IntakeStore::begin()
{
    if (!d->unusable.isEmpty())
        return fail(d->unusable);
    if (auto done = d->prepare(); !done)
        return done;
    // A file: take the write lock now (one writer at a time). A server: READ COMMITTED, each
    // statement sees what others committed before it; the statements settle races themselves.
    // A server's batched request inserts an incident opened by an alert before that alert's row
    // (ServerBatch): the two refer to each other, and the key of incidents.opened_by_alert_id
    // is checked at commit instead (it is DEFERRABLE for copies that load table by table).
    // The change log is paused (intake says what it wrote at commit: ChangeLog.h). A server's
    // three statements go in one round trip; a file's through the C API like intake's others.
    if (d->server) {
        if (auto done = sql::serverScript(d->connection, "BEGIN; SET CONSTRAINTS incidents_opened_by_alert_id_fkey DEFERRED; "
                                                         "SELECT set_config('sitrep.log_paused', 'on', true)"); !done) {
            d->inTransaction = true;
            rollback();
            return done;
        }
        d->inTransaction = true;
    } else {
        if (auto done = d->exec("BEGIN IMMEDIATE"); !done)
            return done;
        d->inTransaction = true;
        if (auto done = d->exec(changelog::pauseStatement); !done) {
            rollback();
            return done;
        }
    }
    d->forgetCaches();
    d->transactionLog.clear();
    if (auto done = d->loadMutes(); !done) {
        rollback();
        return done;
    }
    d->transactionStartedAt = Clock::nowMs();
    // Rules change rarely, but the app may have saved new ones a moment ago: read them per batch.
    auto policy = IntakeRuleStore(d->db).load();
    if (!policy) {
        rollback();
        return fail(policy.error());
    }
    d->policy = *policy;
    return {};
}

QList<PreparedAlert> prepareAlerts(QList<Alert> alerts)
{
    QList<PreparedAlert> prepared;
    prepared.reserve(alerts.size());
    for (Alert &a : alerts) {
        QByteArray labels = compactJson(a.labels);
        QByteArray annotations = compactJson(a.annotations);
        prepared.append(PreparedAlert{std::move(a), std::move(labels), std::move(annotations)});
    }
    return prepared;
}

Result<IntakeCounts> IntakeStore::apply(const QList<PreparedAlert> &alerts)
{
    d->failureRetryable = false;
    // Outside a transaction, SAVEPOINT would begin one and RELEASE commit it on its own.
    if (!d->inTransaction)
        return fail(Tr::tr("No intake transaction is open."));
    if (auto done = d->exec("SAVEPOINT intake_request"); !done)
        return fail(done.error());
    IntakeCounts counts;
    Done applied;
    // A server: first with the request's reads ahead and its alert rows written at its end
    // (ServerBatch.h); if another writer stored one of its episodes meanwhile, once more from
    // the savepoint without, one statement per row, where each write meets that writer's rows.
    d->replayWithoutBatch = false;
    for (int attempt = 0; applied; ++attempt) {
        counts = IntakeCounts();
        d->requestLog.clear();
        // (Again after a rollback to the savepoint, which gave back the locks taken after it.)
        applied = d->lockGroupsOf(alerts);
        if (applied && d->server && d->batchRequests && attempt == 0)
            applied = d->readAhead(alerts);
        for (qsizetype i = 0; applied && i < alerts.size(); ++i)
            applied = d->applyOne(alerts[i], counts);
        if (applied)
            applied = d->flushAlertWrites();
        if (applied)
            applied = d->flushEvents();
        d->pendingEvents.clear();
        d->batch.clear();
        if (applied || !d->replayWithoutBatch || attempt > 0)
            break;
        d->replayWithoutBatch = false;
        d->forgetCaches();
        qCDebug(lcIntake) << "Intake met another writer's alert in a batched request; running it again row by row";
        applied = d->exec("ROLLBACK TO intake_request");
    }
    if (applied) {
        if (auto done = d->exec("RELEASE intake_request"); !done)
            return fail(done.error());
        for (const changelog::Summary &s : std::as_const(d->requestLog))
            changelog::add(d->transactionLog, s.table, s.action, s.incidentId, s.rowId);
        d->requestLog.clear();
        return counts;
    }
    d->requestLog.clear();
    d->forgetCaches();
    // On a server, another writer may hold rows this request needs while it waits for rows our
    // transaction holds: PostgreSQL then ends one of the waits with an error (SQLSTATE 40P01;
    // 40001 for a serialization failure). Run again, in this transaction, it would meet the
    // same locks of our earlier requests; IntakeWriter runs it again in the next one.
    d->failureRetryable = d->server && (applied.error().contains(QLatin1String("(40P01)"))
                                        || applied.error().contains(QLatin1String("(40001)")));
    // The group's commit must not carry half of this request: if it cannot be undone
    // alone, the whole group is (its requests are answered with the error, none is stored).
    if (auto undone = d->exec("ROLLBACK TO intake_request"); !undone) {
        qCWarning(lcIntake).noquote() << "Intake could not undo a failed request, so it drops the whole group:" << undone.error();
        rollback();
        return fail(applied.error());
    }
    // The savepoint stays open inside the transaction: harmless, COMMIT ends it.
    if (auto released = d->exec("RELEASE intake_request"); !released)
        qCWarning(lcIntake).noquote() << "Intake could not release a savepoint:" << released.error();
    return fail(applied.error());
}

bool IntakeStore::lastFailureIsRetryable() const
{
    return d->failureRetryable;
}

bool IntakeStore::connectionLost() const
{
    return d->server && sql::connectionLost(d->connection);
}

void IntakeStore::setGroupLocksForTests(bool on)
{
    d->lockGroups = on;
}

QString IntakeStore::durabilityNote() const
{
    return d->durabilityNote;
}

Done IntakeStore::commit()
{
    if (!d->inTransaction)
        return fail(Tr::tr("No intake transaction is open."));
    // The per-row log was paused: say what the requests wrote, then log as ever (never commit
    // the pause).
    // A server's goes in the same round trip as the COMMIT.
    if (!d->server) {
        if (auto logged = d->writeTransactionLog(); !logged) {
            rollback();
            return logged;
        }
    }
    const QByteArray logged = d->server ? changelog::serverResumeStatement(d->transactionLog) : QByteArray();
    d->transactionLog.clear();
    auto done = logged.isEmpty() ? d->exec("COMMIT") : sql::serverScript(d->connection, logged + "; COMMIT");
    if (!done) {
        rollback();
        return done;
    }
    d->inTransaction = false;
    return {};
}

void IntakeStore::rollback()
{
    // Best effort, logged: a failed COMMIT may have ended the transaction already.
    if (d->inTransaction && (d->handle || d->server)) {
        if (auto done = d->exec("ROLLBACK"); !done)
            qCWarning(lcIntake).noquote() << "Intake rollback failed:" << done.error();
    }
    d->inTransaction = false;
    d->requestLog.clear();
    d->transactionLog.clear();
}

Result<IntakeCounts> IntakeStore::applyNow(const QList<Alert> &alerts)
{
    if (auto done = begin(); !done)
        return fail(done.error());
    auto counts = apply(prepareAlerts(alerts));
    if (!counts) {
        rollback();
        return counts;
    }
    if (auto done = commit(); !done)
        return fail(done.error());
    return counts;
}

} // namespace sitrep::intake
