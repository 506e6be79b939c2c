#include "storage/BulkWriter.h"

#include "storage/IncidentNumbers.h"
#include "storage/MultiRowInsert.h"
#include "storage/RawSqlite.h"
#include "storage/ServerInspection.h"
#include "storage/SqlUtil.h"
#include "storage/TimelineRows.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

namespace sitrep {

namespace {

// lupdate reads the context from the macro, so the catalogue and run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)
};

using rawsql::Statement;

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString reviewersJson(const QStringList &reviewers)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(reviewers)).toJson(QJsonDocument::Compact));
}

// Ids of one table on a server, taken from its identity sequence a block at a time: callers
// need a row's id as soon as they add it (to point other rows at it), long before the row is
// sent. nextval() hands out each value once whatever other writers do, so the ids are ours
// without locking the table, and the sequence needs no setval() afterwards. Blocks grow from 32
// to 8192, so a small load leaves few unused ids behind (a gap, as a rolled-back insert leaves).
struct IdPool
{
    explicit IdPool(const char *tableName) : table(tableName) {}

    const char *table;
    QString sequence;           // from pg_get_serial_sequence(), quoted for the SQL text
    QList<qint64> ids;
    qsizetype next = 0;
    qint64 block = 32;
    qint64 first = 0, last = 0; // the lowest and highest id taken (0: none)

    Result<qint64> take(const QSqlDatabase &db)
    {
        if (next == ids.size()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT nextval(%1) FROM generate_series(1, %2)").arg(sequence).arg(block)))
                return fail(serverError(q.lastError()));
            ids.clear();
            next = 0;
            while (q.next())
                ids << q.value(0).toLongLong();
            if (ids.isEmpty())
                return fail(QStringLiteral("The sequence of %1 gave no ids.").arg(QLatin1String(table)));
            block = std::min<qint64>(block * 2, 8192);
        }
        const qint64 id = ids[next++];
        first = first ? std::min(first, id) : id;
        last = std::max(last, id);
        return id;
    }
};

// The server path's rows, one multi-row INSERT per table, and the tables' id pools. Tables are
// listed parents first: flushing them in this order writes every row after the rows it points
// at (the foreign keys are checked at once).
struct ServerTables
{
    explicit ServerTables(const QSqlDatabase &db)
        : services(db, "services", "id, name, description, owner"),
          runbooks(db, "runbooks", "id, slug, title, body, source_path, owner, last_reviewed_at, version, "
                                   "created_at, updated_at"),
          runbookVersions(db, "runbook_versions", "runbook_id, version, body, seen_at"),
          incidents(db, "incidents", "id, number, title, severity, status, service_id, impact_started_at, "
                                     "detected_at, acknowledged_at, mitigated_at, resolved_at, is_drill, summary, "
                                     "created_at, updated_at"),
          roles(db, "incident_roles", "incident_id, role, person, position"),
          alerts(db, "alerts", "id, source, dedup_key, status, title, severity, service_id, labels, "
                               "annotations, starts_at, ends_at, received_at, last_seen_at, incident_id, raw_payload"),
          events(db, "timeline_events", timelinerows::columnsWithId),
          checklist(db, "checklist_items", "id, incident_id, runbook_id, runbook_version, position, depth, "
                                           "text, state, note, changed_by, changed_at"),
          postmortems(db, "postmortems", "id, incident_id, title, status, body, template_name, author, "
                                         "reviewers, created_at, updated_at, published_at"),
          actionItems(db, "action_items", "id, postmortem_id, title, owner, due_at, priority, status, "
                                          "tracker_url, created_at, completed_at")
    {
    }

    MultiRowInsert services, runbooks, runbookVersions, incidents, roles, alerts, events, checklist,
        postmortems, actionItems;
    IdPool serviceIds{"services"}, runbookIds{"runbooks"}, incidentIds{"incidents"},
        alertIds{"alerts"}, eventIds{"timeline_events"}, checklistIds{"checklist_items"},
        postmortemIds{"postmortems"}, actionItemIds{"action_items"};

    MultiRowInsert *inOrder[10] = {&services, &runbooks, &runbookVersions, &incidents, &roles,
                                   &alerts, &events, &checklist, &postmortems, &actionItems};
    IdPool *pools[8] = {&serviceIds, &runbookIds, &incidentIds, &alertIds, &eventIds,
                        &checklistIds, &postmortemIds, &actionItemIds};

    qsizetype pendingChars() const
    {
        qsizetype n = 0;
        for (const MultiRowInsert *t : inOrder)
            n += t->pendingChars();
        return n;
    }
};

// What is sent at once: 4 million characters of SQL (8 MB in memory, some 20,000 rows), small
// enough to keep memory flat, large enough that most statements carry their full 500 rows.
constexpr qsizetype flushChars = 4 * 1024 * 1024;

} // namespace

struct BulkWriter::Impl
{
    QSqlDatabase connection;
    QString unusable;               // why the connection cannot be used
    sqlite3 *db = nullptr;          // the C API when it is Qt's SQLite too (rawsql::handle)
    bool inTransaction = false;
    QStringList setAsideTriggers;   // CREATE TRIGGER statements to restore at commit
    QHash<QString, qint64> serviceIds;
    QSet<int> usedNumbers;
    QSet<QString> usedSlugs;
    int nextNumber = 1001;
    qint64 previousCacheSize = 0;
    qint64 lastAlertBefore = 0;     // alerts above this id were added in this transaction

    Statement service, incident, role, alert, event, runbook, runbookVersion, checklist,
        postmortem, actionItem;

    // PostgreSQL: rows gathered into multi-row INSERTs (no C API, no FTS upkeep: the search
    // columns are generated by the server).
    std::unique_ptr<ServerTables> server;
    QString batchError;             // the first failed flush: the transaction is lost after it

    // Sends what is gathered, parents first. After a failure every later call fails the same way.
    Done flushServer()
    {
        if (!batchError.isEmpty())
            return fail(batchError);
        for (MultiRowInsert *table : server->inOrder) {
            if (table->pendingRows() == 0)
                continue;
            if (auto done = table->flush(); !done) {
                batchError = Tr::tr("Writing the rows of %1 failed: %2").arg(QLatin1String(table->table()), done.error());
                return fail(batchError);
            }
        }
        return {};
    }
    // Called after each row: sends the gathered rows once they reach flushChars.
    Done rowAdded()
    {
        if (server->pendingChars() < flushChars)
            return {};
        return flushServer();
    }
    Result<qint64> takeId(IdPool &pool)
    {
        if (!batchError.isEmpty())
            return fail(batchError);
        return pool.take(connection);
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
        auto triggers = d->textColumn("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                      "name LIKE '%\\_fts\\_%' ESCAPE '\\' ORDER BY name");
        auto names = d->textColumn("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                   "name LIKE '%\\_fts\\_%' ESCAPE '\\' ORDER BY name");
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

    static const QByteArray timelineInsert = timelinerows::numberedInsert();
    const std::pair<Statement *, const char *> statements[] = {
        {&d->service, "INSERT INTO services(name, description, owner) VALUES (?, ?, ?)"},
        {&d->incident,
         "INSERT INTO incidents(number, title, severity, status, service_id, impact_started_at, "
         "detected_at, acknowledged_at, mitigated_at, resolved_at, is_drill, summary, "
         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&d->role, "INSERT INTO incident_roles(incident_id, role, person, position) "
                   "VALUES (?, ?, ?, ?)"},
        {&d->alert,
         "INSERT INTO alerts(source, dedup_key, status, title, severity, service_id, labels, "
         "annotations, starts_at, ends_at, received_at, last_seen_at, incident_id, raw_payload) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&d->event, timelineInsert.constData()},
        {&d->runbook,
         "INSERT INTO runbooks(slug, title, body, source_path, owner, last_reviewed_at, version, "
         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&d->runbookVersion,
         "INSERT INTO runbook_versions(runbook_id, version, body, seen_at) VALUES (?, ?, ?, ?)"},
        {&d->checklist,
         "INSERT INTO checklist_items(incident_id, runbook_id, runbook_version, position, depth, "
         "text, state, note, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&d->postmortem,
         "INSERT INTO postmortems(incident_id, title, status, body, template_name, author, "
         "reviewers, created_at, updated_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&d->actionItem,
         "INSERT INTO action_items(postmortem_id, title, owner, due_at, priority, status, "
         "tracker_url, created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    };
    for (const auto &[stmt, text] : statements)
        if (!stmt->prepare(d->connection, text))
            return fail(stmt->prepareError());
    return {};
}

Done BulkWriter::beginOnServer()
{
    if (auto done = d->exec(QStringLiteral("BEGIN")); !done)
        return done;
    d->inTransaction = true;
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

    d->server = std::make_unique<ServerTables>(d->connection);
    for (IdPool *pool : d->server->pools) {
        QSqlQuery q(d->connection);
        q.prepare(QStringLiteral("SELECT quote_literal(pg_get_serial_sequence(?, 'id'))"));
        q.addBindValue(QLatin1String(pool->table));
        if (auto done = sql::exec(q); !done)
            return done;
        if (!q.next() || q.isNull(0))
            return fail(QStringLiteral("The table %1 has no identity for its ids.").arg(QLatin1String(pool->table)));
        pool->sequence = q.value(0).toString();
    }
    return {};
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
    Result<qint64> id = qint64(0);
    if (d->server) {
        id = d->takeId(d->server->serviceIds);
        if (!id)
            return id;
        d->server->services.row().add(*id).add(service.name).add(service.description).add(service.owner);
        if (auto done = d->rowAdded(); !done)
            return fail(done.error());
    } else {
        id = d->service.bind(1, service.name).bind(2, service.description).bind(3, service.owner).run();
    }
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

    if (d->server) {
        ServerTables &t = *d->server;
        auto id = d->takeId(t.incidentIds);
        if (!id)
            return fail(id.error());
        incident.id = *id;
        t.incidents.row()
            .add(incident.id)
            .add(qint64(incident.number))
            .add(incident.title)
            .add(qint64(incident.severity))
            .add(statusKey(incident.status))
            .add(serviceId)
            .add(incident.impactStartedAt)
            .add(incident.detectedAt)
            .add(incident.acknowledgedAt)
            .add(incident.mitigatedAt)
            .add(incident.resolvedAt)
            .add(qint64(incident.isDrill))
            .add(incident.summary)
            .add(incident.createdAt)
            .add(incident.updatedAt);
        qint64 position = 0;
        for (const RoleAssignment &r : std::as_const(incident.roles))
            t.roles.row().add(incident.id).add(r.role).add(r.person).add(position++);
        return d->rowAdded();
    }

    auto id = d->incident.bind(1, incident.number)
                  .bind(2, incident.title)
                  .bind(3, qint64(incident.severity))
                  .bind(4, statusKey(incident.status))
                  .bind(5, serviceId)
                  .bind(6, incident.impactStartedAt)
                  .bind(7, incident.detectedAt)
                  .bind(8, incident.acknowledgedAt)
                  .bind(9, incident.mitigatedAt)
                  .bind(10, incident.resolvedAt)
                  .bind(11, qint64(incident.isDrill))
                  .bind(12, incident.summary)
                  .bind(13, incident.createdAt)
                  .bind(14, incident.updatedAt)
                  .run();
    if (!id)
        return fail(id.error());
    incident.id = *id;
    qint64 position = 0;
    for (const RoleAssignment &r : std::as_const(incident.roles)) {
        auto done = d->role.bind(1, incident.id).bind(2, r.role).bind(3, r.person).bind(4, position++).run();
        if (!done)
            return fail(done.error());
    }
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
    if (d->server) {
        auto id = d->takeId(d->server->alertIds);
        if (!id)
            return id;
        d->server->alerts.row()
            .add(*id)
            .add(a.source)
            .add(a.dedupKey)
            .add(a.status)
            .add(a.title)
            .add(a.severity)
            .add(serviceId)
            .add(compactJson(a.labels))
            .add(compactJson(a.annotations))
            .add(a.startsAt)
            .add(a.endsAt)
            .add(a.receivedAt)
            .add(a.lastSeenAt)
            .add(a.incidentId)
            .addNullableText(a.rawPayload);
        if (auto done = d->rowAdded(); !done)
            return fail(done.error());
        return id;
    }
    return d->alert.bind(1, a.source)
        .bind(2, a.dedupKey)
        .bind(3, a.status)
        .bind(4, a.title)
        .bind(5, a.severity)
        .bind(6, serviceId)
        .bind(7, compactJson(a.labels))
        .bind(8, compactJson(a.annotations))
        .bind(9, a.startsAt)
        .bind(10, a.endsAt)
        .bind(11, a.receivedAt)
        .bind(12, a.lastSeenAt)
        .bind(13, a.incidentId)
        .bindNullableText(14, a.rawPayload)
        .run();
}

Result<qint64> BulkWriter::addTimelineEvent(const TimelineEvent &e)
{
    if (d->server) {
        auto id = d->takeId(d->server->eventIds);
        if (!id)
            return id;
        timelinerows::addValues(d->server->events.row().add(*id), e);
        if (auto done = d->rowAdded(); !done)
            return fail(done.error());
        return id;
    }
    timelinerows::bind(d->event, e);
    return d->event.run();
}

Result<qint64> BulkWriter::addRunbook(const Runbook &r, const QList<QPair<int, QString>> &versions,
                                      const QList<qint64> &versionSeenAt)
{
    if (d->server) {
        ServerTables &t = *d->server;
        auto id = d->takeId(t.runbookIds);
        if (!id)
            return id;
        t.runbooks.row()
            .add(*id)
            .add(r.slug)
            .add(r.title)
            .add(r.body)
            .add(r.sourcePath)
            .add(r.owner)
            .add(r.lastReviewedAt)
            .add(qint64(r.version))
            .add(r.createdAt)
            .add(r.updatedAt);
        for (qsizetype i = 0; i < versions.size(); ++i)
            t.runbookVersions.row()
                .add(*id)
                .add(qint64(versions[i].first))
                .add(versions[i].second)
                .add(versionSeenAt.value(i, r.updatedAt));
        d->usedSlugs.insert(r.slug);
        if (auto done = d->rowAdded(); !done)
            return fail(done.error());
        return id;
    }
    auto id = d->runbook.bind(1, r.slug)
                  .bind(2, r.title)
                  .bind(3, r.body)
                  .bind(4, r.sourcePath)
                  .bind(5, r.owner)
                  .bind(6, r.lastReviewedAt)
                  .bind(7, qint64(r.version))
                  .bind(8, r.createdAt)
                  .bind(9, r.updatedAt)
                  .run();
    if (!id)
        return id;
    d->usedSlugs.insert(r.slug);
    for (qsizetype i = 0; i < versions.size(); ++i) {
        auto done = d->runbookVersion.bind(1, *id)
                        .bind(2, qint64(versions[i].first))
                        .bind(3, versions[i].second)
                        .bind(4, versionSeenAt.value(i, r.updatedAt))
                        .run();
        if (!done)
            return done;
    }
    return id;
}

Result<qint64> BulkWriter::addChecklistItem(const ChecklistItem &c)
{
    if (d->server) {
        auto id = d->takeId(d->server->checklistIds);
        if (!id)
            return id;
        d->server->checklist.row()
            .add(*id)
            .add(c.incidentId)
            .add(c.runbookId)
            .add(c.runbookVersion)
            .add(qint64(c.position))
            .add(qint64(c.depth))
            .add(c.text)
            .add(c.state)
            .add(c.note)
            .add(c.changedBy)
            .add(c.changedAt);
        if (auto done = d->rowAdded(); !done)
            return fail(done.error());
        return id;
    }
    return d->checklist.bind(1, c.incidentId)
        .bind(2, c.runbookId)
        .bind(3, c.runbookVersion)
        .bind(4, qint64(c.position))
        .bind(5, qint64(c.depth))
        .bind(6, c.text)
        .bind(7, c.state)
        .bind(8, c.note)
        .bind(9, c.changedBy)
        .bind(10, c.changedAt)
        .run();
}

Result<qint64> BulkWriter::addPostmortem(const Postmortem &p)
{
    if (d->server) {
        auto id = d->takeId(d->server->postmortemIds);
        if (!id)
            return id;
        d->server->postmortems.row()
            .add(*id)
            .add(p.incidentId)
            .add(p.title)
            .add(p.status)
            .add(p.body)
            .add(p.templateName)
            .add(p.author)
            .add(reviewersJson(p.reviewers))
            .add(p.createdAt)
            .add(p.updatedAt)
            .add(p.publishedAt);
        if (auto done = d->rowAdded(); !done)
            return fail(done.error());
        return id;
    }
    return d->postmortem.bind(1, p.incidentId)
        .bind(2, p.title)
        .bind(3, p.status)
        .bind(4, p.body)
        .bind(5, p.templateName)
        .bind(6, p.author)
        .bind(7, reviewersJson(p.reviewers))
        .bind(8, p.createdAt)
        .bind(9, p.updatedAt)
        .bind(10, p.publishedAt)
        .run();
}

Result<qint64> BulkWriter::addActionItem(const ActionItem &a)
{
    if (d->server) {
        auto id = d->takeId(d->server->actionItemIds);
        if (!id)
            return id;
        d->server->actionItems.row()
            .add(*id)
            .add(a.postmortemId)
            .add(a.title)
            .add(a.owner)
            .add(a.dueAt)
            .add(a.priority)
            .add(a.status)
            .add(a.trackerUrl)
            .add(a.createdAt)
            .add(a.completedAt);
        if (auto done = d->rowAdded(); !done)
            return fail(done.error());
        return id;
    }
    return d->actionItem.bind(1, a.postmortemId)
        .bind(2, a.title)
        .bind(3, a.owner)
        .bind(4, a.dueAt)
        .bind(5, a.priority)
        .bind(6, a.status)
        .bind(7, a.trackerUrl)
        .bind(8, a.createdAt)
        .bind(9, a.completedAt)
        .run();
}

Done BulkWriter::flush()
{
    if (!d->server)
        return {};
    return d->flushServer();
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
    if (auto done = incidentnumbers::raiseTo(d->connection, d->nextNumber - 1); !done)
        return done;
    if (auto done = d->exec(QStringLiteral("COMMIT")); !done)
        return done;
    d->inTransaction = false;
    return {};
}

Done BulkWriter::commitOnServer()
{
    if (auto done = d->flushServer(); !done)
        return done;
    // The alert names per incident (see above). Our alerts' ids are first..last of the pool; ids
    // in between that another writer took belong to alerts whose names intake wrote already, so
    // the range is right even then.
    const IdPool &alerts = d->server->alertIds;
    if (alerts.first)
        if (auto done = d->exec(QStringLiteral("INSERT INTO incident_alert_names(alert_name, incident_id) "
                                               "SELECT labels::jsonb ->> 'alertname', incident_id FROM alerts "
                                               "WHERE id BETWEEN %1 AND %2 AND incident_id IS NOT NULL "
                                               "AND labels::jsonb ->> 'alertname' IS NOT NULL ON CONFLICT DO NOTHING")
                                    .arg(alerts.first)
                                    .arg(alerts.last));
            !done)
            return done;
    // Raises the row this transaction holds locked since begin().
    if (auto done = incidentnumbers::raiseTo(d->connection, d->nextNumber - 1); !done)
        return done;
    if (auto done = d->exec(QStringLiteral("COMMIT")); !done)
        return done;
    d->inTransaction = false;
    // Fresh statistics for the tables a large load changed, so that the next query is planned
    // for their real size (autovacuum would get there, but later). Only speed depends on it.
    if (d->server->incidentIds.last - d->server->incidentIds.first >= 10000)
        if (auto done = d->exec(QStringLiteral("ANALYZE incidents, incident_roles, alerts, timeline_events, "
                                               "checklist_items, postmortems, action_items, incident_alert_names"));
            !done)
            qCWarning(lcStorage).noquote() << "Refreshing the planner's statistics after a bulk load failed:" << done.error();
    return {};
}

} // namespace sitrep
