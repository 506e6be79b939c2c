#include "storage/RunbookStore.h"

#include "runbooks/RunbookDocument.h"
#include "storage/IncidentListQuery.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunbookStore)
};

const char *const selectRunbook = "SELECT id, slug, title, body, source_path, owner, last_reviewed_at, "
                                  "version, created_at, updated_at FROM runbooks ";

Runbook runbookFromRow(const QSqlQuery &q)
{
    Runbook r;
    r.id = q.value(0).toLongLong();
    r.slug = q.value(1).toString();
    r.title = q.value(2).toString();
    r.body = q.value(3).toString();
    r.sourcePath = q.value(4).toString();
    r.owner = q.value(5).toString();
    r.lastReviewedAt = sql::optionalValue<qint64>(q.value(6));
    r.version = q.value(7).toInt();
    r.createdAt = q.value(8).toLongLong();
    r.updatedAt = q.value(9).toLongLong();
    return r;
}

const char *const selectItem = "SELECT id, incident_id, runbook_id, runbook_version, position, depth, text, state, "
                               "note, changed_by, changed_at FROM checklist_items ";

ChecklistItem itemFromRow(const QSqlQuery &q)
{
    ChecklistItem c;
    c.id = q.value(0).toLongLong();
    c.incidentId = q.value(1).toLongLong();
    c.runbookId = sql::optionalValue<qint64>(q.value(2));
    c.runbookVersion = sql::optionalValue<int>(q.value(3));
    c.position = q.value(4).toInt();
    c.depth = q.value(5).toInt();
    c.text = q.value(6).toString();
    c.state = q.value(7).toString();
    c.note = q.value(8).toString();
    c.changedBy = q.value(9).toString();
    c.changedAt = sql::optionalValue<qint64>(q.value(10));
    return c;
}

Result<qint64> addEvent(const QSqlDatabase &db, qint64 incidentId, qint64 at, const QString &author, const QString &body)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO timeline_events(incident_id, occurred_at, kind, author, body, created_at) "
                             "VALUES (?, ?, 'checklist', ?, ?, ?)"));
    q.addBindValue(incidentId);
    q.addBindValue(at);
    q.addBindValue(sql::text(author));
    q.addBindValue(body);
    q.addBindValue(Clock::nowMs());
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    return q.lastInsertId().toLongLong();
}


Result<int> nextPosition(const QSqlDatabase &db, qint64 incidentId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM checklist_items WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    q.next();
    return q.value(0).toInt();
}
} // namespace

Done RunbookStore::forEach(const std::function<void(const Runbook &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(selectRunbook) + QStringLiteral("ORDER BY slug"));
    if (auto done = sql::exec(q); !done)
        return done;
    while (q.next())
        visit(runbookFromRow(q));
    return {};
}

Result<std::optional<Runbook>> RunbookStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(selectRunbook) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    return q.next() ? std::optional<Runbook>(runbookFromRow(q)) : std::nullopt;
}

Result<std::optional<Runbook>> RunbookStore::bySlug(const QString &slug) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(selectRunbook) + QStringLiteral("WHERE slug = ?"));
    q.addBindValue(slug);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    return q.next() ? std::optional<Runbook>(runbookFromRow(q)) : std::nullopt;
}

Result<QList<RunbookVersion>> RunbookStore::versions(qint64 runbookId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version, body, seen_at FROM runbook_versions "
                             "WHERE runbook_id = ? ORDER BY version"));
    q.addBindValue(runbookId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<RunbookVersion> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

Result<QList<ChecklistItem>> RunbookStore::checklist(qint64 incidentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(selectItem) + QStringLiteral("WHERE incident_id = ? ORDER BY position, id"));
    q.addBindValue(incidentId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<ChecklistItem> out;
    while (q.next())
        out.append(itemFromRow(q));
    return out;
}

Result<QList<qint64>> RunbookStore::search(const QString &text) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT rowid FROM runbooks_fts WHERE runbooks_fts MATCH ? ORDER BY rank"));
    q.addBindValue(IncidentListQuery::ftsQuery(text));
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<RunbookSaved> RunbookStore::save(const QString &slug, const QString &text, const QString &sourcePath) const
{
    auto doc = parseRunbook(text, sourcePath.isEmpty() ? slug + QStringLiteral(".md") : sourcePath);
    if (!doc)
        return fail(doc.error());
    if (slug.isEmpty())
        return fail(Tr::tr("A runbook needs a name."));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    auto existing = bySlug(slug);
    if (!existing)
        return fail(existing.error());
    const qint64 now = Clock::nowMs();
    const QVariant reviewed = doc->lastReviewed ? QVariant(doc->lastReviewed->startOfDay(QTimeZone::UTC).toMSecsSinceEpoch()) : QVariant();
    RunbookSaved saved;
    QSqlQuery q(db);
    if (!*existing) {
        q.prepare(QStringLiteral("INSERT INTO runbooks(slug, title, body, source_path, owner, last_reviewed_at, version, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"));
        q.addBindValue(slug);
        q.addBindValue(doc->title);
        q.addBindValue(text);
        q.addBindValue(sql::text(sourcePath));
        q.addBindValue(sql::text(doc->owner));
        q.addBindValue(reviewed);
        q.addBindValue(now);
        q.addBindValue(now);
        if (auto done = sql::exec(q); !done)
            return fail(done.error());
        saved = {q.lastInsertId().toLongLong(), 1, true, true};
    } else {
        const Runbook &r = **existing;
        saved = {r.id, r.version, false, r.body != text};
        if (saved.changed)
            ++saved.version;
        q.prepare(QStringLiteral("UPDATE runbooks SET title = ?, body = ?, source_path = ?, owner = ?, last_reviewed_at = ?, "
                                 "version = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(doc->title);
        q.addBindValue(text);
        q.addBindValue(sql::text(sourcePath.isEmpty() ? r.sourcePath : sourcePath));
        q.addBindValue(sql::text(doc->owner));
        q.addBindValue(reviewed);
        q.addBindValue(saved.version);
        q.addBindValue(saved.changed ? now : r.updatedAt);
        q.addBindValue(r.id);
        if (auto done = sql::exec(q); !done)
            return fail(done.error());
    }
    if (saved.changed) {
        q.prepare(QStringLiteral("INSERT INTO runbook_versions(runbook_id, version, body, seen_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(saved.id);
        q.addBindValue(saved.version);
        q.addBindValue(text);
        q.addBindValue(now);
        if (auto done = sql::exec(q); !done)
            return fail(done.error());
    }
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return saved;
}

Done RunbookStore::remove(qint64 runbookId) const
{
    return sql::deleteOne(m_db.connection(), "runbooks", runbookId);
}

Result<ChecklistAttached> RunbookStore::attach(qint64 incidentId, qint64 runbookId, const QString &author) const
{
    auto runbook = byId(runbookId);
    if (!runbook)
        return fail(runbook.error());
    if (!*runbook)
        return fail(Tr::tr("The runbook no longer exists."));
    auto doc = parseRunbook((*runbook)->body, (*runbook)->slug + QStringLiteral(".md"));
    if (!doc)
        return fail(doc.error());
    if (doc->steps.isEmpty())
        return fail(Tr::tr("“%1” has no steps (task list items such as “- [ ] Check the logs”).").arg((*runbook)->title));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    auto position = nextPosition(db, incidentId);
    if (!position)
        return fail(position.error());
    ChecklistAttached attached;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO checklist_items(incident_id, runbook_id, runbook_version, position, depth, text) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    int p = *position;
    for (const RunbookStep &step : std::as_const(doc->steps)) {
        q.addBindValue(incidentId);
        q.addBindValue(runbookId);
        q.addBindValue((*runbook)->version);
        q.addBindValue(p++);
        q.addBindValue(step.depth);
        q.addBindValue(step.text);
        if (auto done = sql::exec(q); !done)
            return fail(done.error());
        attached.itemIds << q.lastInsertId().toLongLong();
    }
    auto event = addEvent(db, incidentId, Clock::nowMs(), author,
                          Tr::tr("Runbook attached: %1 (version %2; steps: %3)")
                              .arg((*runbook)->title).arg((*runbook)->version).arg(doc->steps.size()));
    if (!event)
        return fail(event.error());
    attached.eventId = *event;
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return attached;
}

Done RunbookStore::detach(const ChecklistAttached &attached) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    for (qint64 id : attached.itemIds)
        if (auto done = sql::deleteById(db, "checklist_items", id); !done)
            return done;
    if (auto done = sql::deleteById(db, "timeline_events", attached.eventId); !done)
        return done;
    return tx.commit();
}

Result<ChecklistAttached> RunbookStore::addStep(qint64 incidentId, const QString &text, const QString &author) const
{
    if (text.trimmed().isEmpty())
        return fail(Tr::tr("A step needs some text."));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    auto position = nextPosition(db, incidentId);
    if (!position)
        return fail(position.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO checklist_items(incident_id, position, text) VALUES (?, ?, ?)"));
    q.addBindValue(incidentId);
    q.addBindValue(*position);
    q.addBindValue(text.trimmed());
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    ChecklistAttached added;
    added.itemIds << q.lastInsertId().toLongLong();
    auto event = addEvent(db, incidentId, Clock::nowMs(), author, Tr::tr("Step added: %1").arg(text.trimmed()));
    if (!event)
        return fail(event.error());
    added.eventId = *event;
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return added;
}

Result<ChecklistChange> RunbookStore::setState(qint64 itemId, const QString &state, const QString &note, const QString &author) const
{
    if (state != QLatin1String("open") && state != QLatin1String("done") && state != QLatin1String("skipped"))
        return fail(Tr::tr("Unknown step state “%1”.").arg(state));
    if (state == QLatin1String("skipped") && note.trimmed().isEmpty())
        return fail(Tr::tr("Say why the step is skipped."));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(selectItem) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(itemId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    if (!q.next())
        return fail(Tr::tr("The step no longer exists."));
    ChecklistChange change;
    change.before = itemFromRow(q);
    const qint64 now = Clock::nowMs();
    q.prepare(QStringLiteral("UPDATE checklist_items SET state = ?, note = ?, changed_by = ?, changed_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(sql::text(note.trimmed()));
    q.addBindValue(sql::text(author));
    q.addBindValue(now);
    q.addBindValue(itemId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    const QString text = change.before.text;
    const QString withNote = note.trimmed().isEmpty() ? QString() : QStringLiteral(" — ") + note.trimmed();
    QString body;
    if (state == QLatin1String("done"))
        body = Tr::tr("Step done: %1%2").arg(text, withNote);
    else if (state == QLatin1String("skipped"))
        body = Tr::tr("Step skipped: %1%2").arg(text, withNote);
    else if (change.before.state == state)
        body = Tr::tr("Step note: %1%2").arg(text, withNote);
    else
        body = Tr::tr("Step reopened: %1").arg(text);
    auto event = addEvent(db, change.before.incidentId, now, author, body);
    if (!event)
        return fail(event.error());
    change.eventId = *event;
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return change;
}

Done RunbookStore::restore(const ChecklistChange &change) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE checklist_items SET state = ?, note = ?, changed_by = ?, changed_at = ? WHERE id = ?"));
    q.addBindValue(change.before.state);
    q.addBindValue(sql::text(change.before.note));
    q.addBindValue(sql::text(change.before.changedBy));
    q.addBindValue(sql::nullable(change.before.changedAt));
    q.addBindValue(change.before.id);
    if (auto done = sql::exec(q); !done)
        return done;
    if (auto done = sql::deleteById(db, "timeline_events", change.eventId); !done)
        return done;
    return tx.commit();
}

} // namespace sitrep
