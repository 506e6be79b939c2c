#include "storage/BulkWriter.h"

#include "storage/IncidentNumbers.h"
#include "storage/RawSqlite.h"
#include "storage/SqlUtil.h"
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
    int nextNumber = 1001;
    qint64 previousCacheSize = 0;
    qint64 lastAlertBefore = 0;     // alerts above this id were added in this transaction

    Statement service, incident, role, alert, event, runbook, runbookVersion, checklist,
        postmortem, actionItem;

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
    d->nextNumber = int(std::max<qint64>(1001, *maxNumber + 1));

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
        {&d->event,
         "INSERT INTO timeline_events(incident_id, occurred_at, kind, author, body, "
         "is_key_event, alert_id, created_at, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
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

Result<qint64> BulkWriter::addService(const Service &service)
{
    if (auto it = d->serviceIds.constFind(service.name); it != d->serviceIds.cend())
        return *it;
    auto id = d->service.bind(1, service.name).bind(2, service.description).bind(3, service.owner).run();
    if (id)
        d->serviceIds.insert(service.name, *id);
    return id;
}

bool BulkWriter::incidentNumberExists(int number) const { return d->usedNumbers.contains(number); }

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
    return d->event.bind(1, e.incidentId)
        .bind(2, e.occurredAt)
        .bind(3, e.kind)
        .bind(4, e.author)
        .bind(5, e.body)
        .bind(6, qint64(e.isKeyEvent))
        .bind(7, e.alertId)
        .bind(8, e.createdAt)
        .bind(9, e.editedAt)
        .run();
}

Result<qint64> BulkWriter::addRunbook(const Runbook &r, const QList<QPair<int, QString>> &versions,
                                      const QList<qint64> &versionSeenAt)
{
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
    return d->postmortem.bind(1, p.incidentId)
        .bind(2, p.title)
        .bind(3, p.status)
        .bind(4, p.body)
        .bind(5, p.templateName)
        .bind(6, p.author)
        .bind(7, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.reviewers))
                                       .toJson(QJsonDocument::Compact)))
        .bind(8, p.createdAt)
        .bind(9, p.updatedAt)
        .bind(10, p.publishedAt)
        .run();
}

Result<qint64> BulkWriter::addActionItem(const ActionItem &a)
{
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

Done BulkWriter::commit()
{
    if (!d->inTransaction)
        return fail(Tr::tr("Nothing to commit: begin() was not called or failed."));
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

} // namespace sitrep
