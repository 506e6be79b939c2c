#include "storage/TimelineStore.h"

#include "domain/TimelineMessage.h"
#include "storage/ConcurrentWrites.h"
#include "storage/SqlUtil.h"
#include "storage/TimelineRows.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <QSqlQuery>

namespace sitrep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimelineStore)
};

const QString selectEvents = QStringLiteral("SELECT %1 FROM timeline_events ").arg(QLatin1String(timelinerows::selectColumns));

TimelineEvent eventFromRow(const QSqlQuery &q) { return timelinerows::fromRow(q); }

// Runs one statement about one event and marks its incident updated, so that every reader sees
// that it changed; in the caller's transaction.
Done writeEventIn(const QSqlDatabase &db, qint64 incidentId, const std::function<Done()> &statement)
{
    if (auto done = statement(); !done)
        return done;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE incidents SET updated_at = ? WHERE id = ?"));
    q.addBindValue(Clock::nowMs());
    q.addBindValue(incidentId);
    return sql::exec(q);
}

// The same in a transaction of its own.
Done writeEvent(const QSqlDatabase &db, qint64 incidentId, const std::function<Done()> &statement)
{
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    if (auto done = writeEventIn(db, incidentId, statement); !done)
        return done;
    return tx.commit();
}

} // namespace

Result<QList<TimelineEvent>> TimelineStore::forIncident(qint64 incidentId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(selectEvents + QStringLiteral("WHERE incident_id = ? ORDER BY occurred_at, id"));
    q.addBindValue(incidentId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<TimelineEvent> out;
    while (q.next())
        out.append(eventFromRow(q));
    return out;
}

Result<std::optional<TimelineEvent>> TimelineStore::byId(qint64 eventId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectEvents + QStringLiteral("WHERE id = ?"));
    q.addBindValue(eventId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    if (!q.next())
        return std::optional<TimelineEvent>();
    return std::optional<TimelineEvent>(eventFromRow(q));
}

Result<std::optional<TimelineEvent>> TimelineStore::lastChangeOf(qint64 incidentId, IncidentField field) const
{
    // params is compact JSON written by timelinemessage::fieldChanged: a quote inside a value
    // is escaped, so this pattern can only match the "field" key itself.
    QSqlQuery q(m_db.connection());
    q.prepare(selectEvents + QStringLiteral("WHERE incident_id = ? AND message = ? AND params LIKE ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(incidentId);
    q.addBindValue(QString::fromLatin1(timelinekey::fieldChanged));
    q.addBindValue(QStringLiteral("%\"field\":\"%1\"%").arg(fieldKey(field)));
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    if (!q.next())
        return std::optional<TimelineEvent>();
    return std::optional<TimelineEvent>(eventFromRow(q));
}

Result<qint64> TimelineStore::addNote(qint64 incidentId, qint64 at, const QString &body,
                                      const QString &author, bool keyEvent) const
{
    if (body.trimmed().isEmpty())
        return fail(Tr::tr("A note needs some text."));
    const auto db = m_db.connection();
    qint64 id = 0;
    auto done = writeEvent(db, incidentId, [&]() -> Done {
        TimelineEvent note;
        note.incidentId = incidentId;
        note.occurredAt = at;
        note.kind = QStringLiteral("note");
        note.author = author;
        note.body = body.trimmed();
        note.isKeyEvent = keyEvent;
        note.createdAt = Clock::nowMs();
        auto inserted = timelinerows::insert(db, note);
        if (!inserted)
            return fail(inserted.error());
        id = *inserted;
        return {};
    });
    if (!done)
        return fail(done.error());
    return id;
}

Result<TimelineEvent> TimelineStore::changeEvent(qint64 eventId, const std::function<Done(const TimelineEvent &)> &check,
                                                 const QString &statement, const QVariantList &binds) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    // Locked until the commit: a second writer waits here, then judges what this one wrote. The
    // incident's row first, as the incident's edits lock it (IncidentStore) before they touch
    // its events: one order for everyone, so two writers never hold one row each and wait for
    // the other's.
    if (sql::isServer(db)) {
        QSqlQuery incident(db);
        if (auto done = sql::exec(incident,
                                  QStringLiteral("SELECT i.id FROM incidents i JOIN timeline_events e ON e.incident_id = i.id "
                                                 "WHERE e.id = ? FOR UPDATE OF i"),
                                  {eventId});
            !done)
            return fail(done.error());
    }
    QSqlQuery locked(db);
    locked.prepare(selectEvents + QStringLiteral("WHERE id = ?") + sql::forUpdate(db));
    locked.addBindValue(eventId);
    if (auto done = sql::exec(locked); !done)
        return fail(done.error());
    if (!locked.next())
        return fail(Tr::tr("That event no longer exists."));
    const TimelineEvent event = eventFromRow(locked);
    locked.finish();
    if (auto accepted = check(event); !accepted)
        return fail(accepted.error());
    if (auto done = writeEventIn(db, event.incidentId, [&]() -> Done {
            QSqlQuery q(db);
            q.prepare(statement);
            for (const QVariant &v : binds)
                q.addBindValue(v);
            return sql::exec(q);
        });
        !done)
        return fail(done.error());
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return event;
}

Done TimelineStore::updateNote(qint64 eventId, const QString &expectedBody, const QString &body,
                                const QString &editor) const
{
    if (body.trimmed().isEmpty())
        return fail(Tr::tr("A note needs some text."));
    auto changed = changeEvent(
        eventId,
        [&](const TimelineEvent &now) -> Done {
            if (now.kind != QLatin1String("note"))
                return fail(Tr::tr("Only notes can be edited; the other events record what happened."));
            if (now.body != expectedBody.trimmed())
                return fail(Tr::tr("The note was changed meanwhile (it now reads “%1”); nothing was changed.").arg(now.body));
            return {};
        },
        // The editor as the database knows them (TimelineEvent::editedBy).
        QStringLiteral("UPDATE timeline_events SET body = ?, edited_at = ?, edited_by = %1 WHERE id = ?")
            .arg(sql::isServer(m_db.connection()) ? QStringLiteral("current_user") : QStringLiteral("?")),
        sql::isServer(m_db.connection()) ? QVariantList{body.trimmed(), Clock::nowMs(), eventId}
                                         : QVariantList{body.trimmed(), Clock::nowMs(), sql::text(editor), eventId});
    return changed ? Done() : fail(changed.error());
}

Done TimelineStore::setKeyEvent(qint64 eventId, bool expectedKeyEvent, bool keyEvent,
                                 std::optional<qint64> expectedCreatedAt) const
{
    auto changed = changeEvent(
        eventId,
        [&](const TimelineEvent &now) -> Done {
            if (expectedCreatedAt && now.createdAt != *expectedCreatedAt)
                return fail(Tr::tr("That event was removed and its place taken by another; nothing was changed."));
            if (now.isKeyEvent != expectedKeyEvent)
                return fail(expectedKeyEvent ? Tr::tr("Someone else unmarked that key event meanwhile; nothing was changed.")
                                             : Tr::tr("Someone else marked that key event meanwhile; nothing was changed."));
            return {};
        },
        QStringLiteral("UPDATE timeline_events SET is_key_event = ? WHERE id = ?"), {int(keyEvent), eventId});
    return changed ? Done() : fail(changed.error());
}

Result<TimelineEvent> TimelineStore::removeUnchanged(const TimelineEvent &expected) const
{
    return changeEvent(
        expected.id,
        [&](const TimelineEvent &now) -> Done {
            if (now.body == expected.body && now.isKeyEvent == expected.isKeyEvent)
                return {};
            return fail(now.kind == QLatin1String("note")
                            ? Tr::tr("The note was changed after it was written (it now reads “%1”), so it stays.").arg(now.body)
                            : Tr::tr("That event was changed meanwhile, so it stays."));
        },
        QStringLiteral("DELETE FROM timeline_events WHERE id = ?"), {expected.id});
}

Result<qint64> TimelineStore::restore(const TimelineEvent &e) const
{
    const auto db = m_db.connection();
    qint64 id = 0;
    auto done = writeEvent(db, e.incidentId, [&]() -> Done {
        // The same id unless another event took it meanwhile (on SQLite, which hands the highest
        // freed rowid to the next insert, an alert arriving is enough).
        // Who wrote and edited it stays who did, not whoever undid its deletion.
        auto restored = sql::insertKeepingId(db, "timeline_events", e.id,
                                             timelinerows::columnList() << QStringLiteral("db_user") << QStringLiteral("edited_by"),
                                             timelinerows::values(e) << sql::text(e.dbUser) << sql::text(e.editedBy));
        if (!restored)
            return fail(restored.error());
        id = *restored;
        return {};
    });
    if (!done)
        return fail(done.error());
    return id;
}

} // namespace sitrep
