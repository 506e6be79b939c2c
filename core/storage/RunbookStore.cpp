#include "storage/RunbookStore.h"

#include "domain/RunbookDocument.h"
#include "domain/TimelineMessage.h"
#include "storage/ConcurrentWrites.h"
#include "storage/SqlUtil.h"
#include "storage/TextSearch.h"
#include "storage/TimelineRows.h"
#include "storage/Transaction.h"
#include "storage/rows/RunbookRows.h"
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

Result<qint64> addEvent(const QSqlDatabase &db, qint64 incidentId, qint64 at, const QString &author,
                        const TimelineMessage &message)
{
    TimelineEvent e;
    e.incidentId = incidentId;
    e.occurredAt = at;
    e.kind = QStringLiteral("checklist");
    e.author = author;
    e.createdAt = Clock::nowMs();
    setTimelineMessage(e, message);
    return timelinerows::insert(db, e);
}

// Locks a row that a read–check–write is about to judge, until the caller's transaction ends
// (PostgreSQL; on SQLite the write transaction holds the file already). False when it is gone.
Result<bool> lockRow(const QSqlDatabase &db, const char *table, qint64 id)
{
    if (!sql::isServer(db))
        return true;
    QSqlQuery q(db);
    if (auto done = sql::exec(q, QStringLiteral("SELECT 1 FROM %1 WHERE id = ? FOR UPDATE").arg(QLatin1String(table)), {id}); !done)
        return fail(done.error());
    return q.next();
}

// A runbook read with its row locked until the caller's transaction ends (see lockRow): what a
// removal or an attach judges cannot change under it. Nullopt when it is gone.
Result<std::optional<Runbook>> lockedRunbook(const RunbookStore &store, const QSqlDatabase &db, qint64 runbookId)
{
    if (auto locked = lockRow(db, "runbooks", runbookId); !locked)
        return fail(locked.error());
    return store.byId(runbookId);
}

// After the steps already there. The incident's row is locked first, so that two people adding
// steps at once get positions one after the other instead of the same one twice.
Result<int> nextPosition(const QSqlDatabase &db, qint64 incidentId)
{
    if (auto locked = lockRow(db, "incidents", incidentId); !locked)
        return fail(locked.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM checklist_items WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    q.next();
    return q.value(0).toInt();
}

// The compare-and-set rule of save: the runbook is at `expected` (0: it does not exist yet), or it
// holds exactly `text` already (then nothing would be overwritten).
Done checkExpected(const std::optional<Runbook> &current, const QString &slug, int expected, const QString &text)
{
    if (expected == 0)
        return current ? Done(fail(Tr::tr("A runbook named “%1” exists already.").arg(slug))) : Done();
    if (!current)
        return fail(Tr::tr("The runbook no longer exists."));
    if (current->version != expected && current->body != text)
        return fail(Tr::tr("“%1” is now at version %2, not %3: it was changed since, and this would overwrite that change.")
                        .arg(current->title).arg(current->version).arg(expected));
    return {};
}

// In a write transaction: the step stays locked until it ends.
Result<std::optional<ChecklistItem>> itemById(const QSqlDatabase &db, qint64 itemId)
{
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(selectItem) + QStringLiteral("WHERE id = ?") + sql::forUpdate(db));
    q.addBindValue(itemId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    return q.next() ? std::optional<ChecklistItem>(itemFromRow(q)) : std::nullopt;
}

// Whether a step is still exactly as someone saw or left it (its last change included).
bool sameStep(const ChecklistItem &a, const ChecklistItem &b)
{
    return a.state == b.state && a.note == b.note && a.changedBy == b.changedBy && a.changedAt == b.changedAt;
}

// Undo removes the timeline event a checklist change wrote, but only while nobody has done
// anything with it: a star (a key event for the postmortem) or an edit is someone's work. An
// event already gone holds nothing.
Done eventUntouched(const QSqlDatabase &db, qint64 eventId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM timeline_events WHERE id = ?").arg(QLatin1String(timelinerows::selectColumns)) +
              sql::forUpdate(db));
    q.addBindValue(eventId);
    if (auto done = sql::exec(q); !done)
        return done;
    if (!q.next())
        return {};
    const TimelineEvent event = timelinerows::fromRow(q);
    if (event.isKeyEvent)
        return fail(Tr::tr("The timeline entry “%1” was starred as a key event since; undoing would remove it. "
                           "Unstar it first if it should go.").arg(timelineText(event)));
    if (event.editedAt)
        return fail(Tr::tr("The timeline entry “%1” was edited since; undoing would remove it.").arg(timelineText(event)));
    return {};
}

Error changedSince(const ChecklistItem &now)
{
    return fail(now.changedBy.isEmpty()
                    ? Tr::tr("“%1” was changed again since; this would overwrite that change.").arg(now.text)
                    : Tr::tr("“%1” was changed again since (by %2); this would overwrite that change.").arg(now.text, now.changedBy));
}
} // namespace

Done RunbookStore::forEach(const std::function<void(const Runbook &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    // QPSQL streams a forward-only result over the connection, and a query run before it ends
    // (the visitor's own reads) cuts it off: on a server the result is read whole first.
    q.setForwardOnly(!sql::isServer(m_db.connection()));
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
    const auto db = m_db.connection();
    const auto terms = textsearch::parse(text);
    if (terms.isEmpty())
        return QList<qint64>();
    // Best first: FTS5's bm25 rank on a file, ts_rank on a server (the same runbooks, ranked by
    // each engine's own measure).
    QSqlQuery q(db);
    if (sql::isServer(db)) {
        q.prepare(QStringLiteral("SELECT id FROM runbooks, %1 AS query WHERE search @@ query "
                                 "ORDER BY ts_rank(search, query) DESC, id")
                      .arg(QLatin1String(textsearch::serverQuery)));
        q.addBindValue(textsearch::tsQuery(terms));
    } else {
        q.prepare(QStringLiteral("SELECT rowid FROM runbooks_fts WHERE runbooks_fts MATCH ? ORDER BY rank"));
        q.addBindValue(textsearch::fts5Query(terms));
    }
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<RunbookSaved> RunbookStore::save(const QString &slug, const QString &text, const QString &sourcePath,
                                        std::optional<int> expectedVersion) const
{
    return save(slug, text, sourcePath, expectedVersion, {});
}

Result<RunbookSaved> RunbookStore::save(const QString &slug, const QString &text, const QString &sourcePath,
                                        std::optional<int> expectedVersion, const BeforeCommit &beforeCommit) const
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
    // Locked until the commit: another save of this runbook waits, then sees this version.
    QSqlQuery lock(db);
    lock.prepare(QString::fromLatin1(selectRunbook) + QStringLiteral("WHERE slug = ?") + sql::forUpdate(db));
    lock.addBindValue(slug);
    if (auto done = sql::exec(lock); !done)
        return fail(done.error());
    const std::optional<Runbook> existing = lock.next() ? std::optional<Runbook>(runbookFromRow(lock)) : std::nullopt;
    lock.finish();
    if (expectedVersion)
        if (auto done = checkExpected(existing, slug, *expectedVersion, text); !done)
            return fail(done.error());
    const qint64 now = Clock::nowMs();
    const QVariant reviewed = doc->lastReviewed ? QVariant(doc->lastReviewed->startOfDay(QTimeZone::UTC).toMSecsSinceEpoch()) : QVariant();
    RunbookSaved saved;
    QSqlQuery q(db);
    if (!existing) {
        // A new name has no row to lock: two first saves at once meet at the UNIQUE slug, and
        // the second is told, not failed with the constraint's text.
        Runbook fresh;
        fresh.slug = slug;
        fresh.title = doc->title;
        fresh.body = text;
        fresh.sourcePath = sourcePath;
        fresh.owner = doc->owner;
        fresh.lastReviewedAt = sql::optionalValue<qint64>(reviewed);
        fresh.version = 1;
        fresh.createdAt = now;
        fresh.updatedAt = now;
        auto inserted = rows::insert(db, rows::runbooks(), rows::runbookValues(fresh),
                                     QStringLiteral("ON CONFLICT (slug) DO NOTHING"));
        if (!inserted)
            return fail(inserted.error());
        if (!*inserted)
            return fail(Tr::tr("A runbook named “%1” was saved by someone else meanwhile; nothing was saved.").arg(slug));
        saved = {**inserted, 1, true, true};
    } else {
        const Runbook &r = *existing;
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
        if (auto added = rows::insert(db, rows::runbookVersions(), rows::runbookVersionValues(saved.id, saved.version, text, now));
            !added)
            return fail(added.error());
    }
    if (beforeCommit)
        if (auto done = beforeCommit(saved); !done)
            return fail(done.error());   // the transaction rolls back
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return saved;
}

Result<bool> RunbookStore::hasVersionWithBody(qint64 runbookId, const QString &body) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM runbook_versions WHERE runbook_id = ? AND body = ? LIMIT 1"));
    q.addBindValue(runbookId);
    q.addBindValue(body);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    return q.next();
}

Done RunbookStore::remove(qint64 runbookId) const
{
    return sql::deleteOne(m_db.connection(), "runbooks", runbookId);
}

Done RunbookStore::removeUntouched(qint64 runbookId) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    // Locked: an attach in progress holds a share of the row (its foreign key) and is waited
    // for, and one that starts later waits for this.
    auto runbook = lockedRunbook(*this, db, runbookId);
    if (!runbook)
        return fail(runbook.error());
    if (!*runbook)
        return {}; // gone already: nothing of anyone's is lost
    if ((*runbook)->version != 1)
        return fail(Tr::tr("“%1” was edited after it was created (it is at version %2); removing it would lose those edits.")
                        .arg((*runbook)->title).arg((*runbook)->version));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM checklist_items WHERE runbook_id = ?"));
    q.addBindValue(runbookId);
    if (auto done = sql::exec(q); !done)
        return done;
    if (q.next() && q.value(0).toLongLong() > 0)
        return fail(Tr::tr("“%1” is attached to an incident now; removing it would take the checklist's runbook away.")
                        .arg((*runbook)->title));
    if (auto done = sql::deleteById(db, "runbooks", runbookId); !done)
        return done;
    return tx.commit();
}

Result<ChecklistAttached> RunbookStore::attach(qint64 incidentId, qint64 runbookId, const QString &author) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    // Read in the transaction, the row held: the steps are those of the version recorded with
    // them, and a removal at the same moment either comes first (and this is refused) or waits
    // and sees the checklist.
    auto runbook = lockedRunbook(*this, db, runbookId);
    if (!runbook)
        return fail(runbook.error());
    if (!*runbook)
        return fail(Tr::tr("The runbook no longer exists."));
    auto doc = parseRunbook((*runbook)->body, (*runbook)->slug + QStringLiteral(".md"));
    if (!doc)
        return fail(doc.error());
    if (doc->steps.isEmpty())
        return fail(Tr::tr("“%1” has no steps (task list items such as “- [ ] Check the logs”).").arg((*runbook)->title));
    auto position = nextPosition(db, incidentId);
    if (!position)
        return fail(position.error());
    ChecklistAttached attached;
    int p = *position;
    for (const RunbookStep &step : std::as_const(doc->steps)) {
        ChecklistItem item;
        item.incidentId = incidentId;
        item.runbookId = runbookId;
        item.runbookVersion = (*runbook)->version;
        item.position = p++;
        item.depth = step.depth;
        item.text = step.text;
        auto id = rows::insert(db, rows::checklistItems(), rows::checklistItemValues(item));
        if (!id)
            return fail(id.error());
        attached.itemIds << id->value_or(0);
    }
    auto event = addEvent(db, incidentId, Clock::nowMs(), author,
                          timelinemessage::runbookAttached((*runbook)->title, (*runbook)->version, int(doc->steps.size())));
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
    for (qint64 id : attached.itemIds) {
        auto item = itemById(db, id);
        if (!item)
            return fail(item.error());
        // A step someone acted on holds their work; one already gone holds nothing.
        if (*item && ((*item)->state != QLatin1String("open") || !(*item)->note.isEmpty() || (*item)->changedAt))
            return fail(Tr::tr("“%1” was ticked, skipped or noted since; removing it would lose that.").arg((*item)->text));
    }
    if (auto done = eventUntouched(db, attached.eventId); !done)
        return done;
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
    ChecklistItem item;
    item.incidentId = incidentId;
    item.position = *position;
    item.text = text.trimmed();
    auto id = rows::insert(db, rows::checklistItems(), rows::checklistItemValues(item));
    if (!id)
        return fail(id.error());
    ChecklistAttached added;
    added.itemIds << id->value_or(0);
    auto event = addEvent(db, incidentId, Clock::nowMs(), author, timelinemessage::stepAdded(text.trimmed()));
    if (!event)
        return fail(event.error());
    added.eventId = *event;
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return added;
}

Result<ChecklistChange> RunbookStore::setState(qint64 itemId, const QString &state, const QString &note, const QString &author,
                                               const std::optional<ChecklistItem> &expected) const
{
    if (state != QLatin1String("open") && state != QLatin1String("done") && state != QLatin1String("skipped"))
        return fail(Tr::tr("Unknown step state “%1”.").arg(state));
    if (state == QLatin1String("skipped") && note.trimmed().isEmpty())
        return fail(Tr::tr("Say why the step is skipped."));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    auto current = itemById(db, itemId);
    if (!current)
        return fail(current.error());
    if (!*current)
        return fail(Tr::tr("The step no longer exists."));
    if (expected && !sameStep(**current, *expected))
        return changedSince(**current);
    ChecklistChange change;
    change.before = **current;
    const qint64 now = Clock::nowMs();
    change.after = change.before;
    change.after.state = state;
    change.after.note = note.trimmed();
    change.after.changedBy = author;
    change.after.changedAt = now;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE checklist_items SET state = ?, note = ?, changed_by = ?, changed_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(sql::text(note.trimmed()));
    q.addBindValue(sql::text(author));
    q.addBindValue(now);
    q.addBindValue(itemId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    const QString text = change.before.text;
    TimelineMessage message;
    if (state == QLatin1String("done"))
        message = timelinemessage::stepDone(text, note.trimmed());
    else if (state == QLatin1String("skipped"))
        message = timelinemessage::stepSkipped(text, note.trimmed());
    else if (change.before.state == state)
        message = timelinemessage::stepNoted(text, note.trimmed());
    else
        message = timelinemessage::stepReopened(text);
    auto event = addEvent(db, change.before.incidentId, now, author, message);
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
    auto current = itemById(db, change.before.id);
    if (!current)
        return fail(current.error());
    if (!*current)
        return fail(Tr::tr("The step no longer exists."));
    if (!sameStep(**current, change.after))
        return changedSince(**current);
    if (auto done = eventUntouched(db, change.eventId); !done)
        return done;
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
