#include "storage/PostmortemStore.h"

#include "domain/TimelineMessage.h"
#include "storage/ConcurrentWrites.h"
#include "storage/IncidentListQuery.h"
#include "storage/SqlUtil.h"
#include "storage/TextSearch.h"
#include "storage/TimelineRows.h"
#include "storage/Transaction.h"
#include "storage/rows/PostmortemRows.h"
#include "util/Clock.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace sitrep {

namespace {
// The ten action item columns, in the order both action item queries select them.
ActionItem actionItemFromRow(const QSqlQuery &q)
{
    ActionItem a;
    a.id = q.value(0).toLongLong();
    a.postmortemId = q.value(1).toLongLong();
    a.title = q.value(2).toString();
    a.owner = q.value(3).toString();
    a.dueAt = sql::optionalValue<qint64>(q.value(4));
    a.priority = q.value(5).toString();
    a.status = q.value(6).toString();
    a.trackerUrl = q.value(7).toString();
    a.createdAt = q.value(8).toLongLong();
    a.completedAt = sql::optionalValue<qint64>(q.value(9));
    return a;
}
} // namespace

Done PostmortemStore::query(const QString &where, const QVariantList &binds,
                            const std::function<void(const Postmortem &)> &visit, bool forUpdate) const
{
    const auto db = m_db.connection();
    QSqlQuery q(db);
    // QPSQL streams a forward-only result over the connection, and a query run before it ends
    // (the visitor's own reads) cuts it off: on a server the result is read whole first.
    q.setForwardOnly(!sql::isServer(db));
    if (auto done = sql::exec(q, QStringLiteral("SELECT id, incident_id, title, status, body, template_name, author, "
                                                "reviewers, created_at, updated_at, published_at, review_requested_at "
                                                "FROM postmortems ") + where + QStringLiteral(" ORDER BY id")
                                     + (forUpdate ? sql::forUpdate(db) : QString()),
                              binds);
        !done)
        return done;
    while (q.next()) {
        Postmortem p;
        p.id = q.value(0).toLongLong();
        p.incidentId = q.value(1).toLongLong();
        p.title = q.value(2).toString();
        p.status = q.value(3).toString();
        p.body = q.value(4).toString();
        p.templateName = q.value(5).toString();
        p.author = q.value(6).toString();
        for (const auto &v : QJsonDocument::fromJson(q.value(7).toByteArray()).array())
            p.reviewers << v.toString();
        p.createdAt = q.value(8).toLongLong();
        p.updatedAt = q.value(9).toLongLong();
        p.publishedAt = sql::optionalValue<qint64>(q.value(10));
        p.reviewRequestedAt = sql::optionalValue<qint64>(q.value(11));
        visit(p);
    }
    return {};
}

Done PostmortemStore::forEach(const std::function<void(const Postmortem &)> &visit) const
{
    return query({}, {}, visit);
}

Result<std::optional<Postmortem>> PostmortemStore::forIncident(qint64 incidentId) const
{
    std::optional<Postmortem> found;
    if (auto done = query(QStringLiteral("WHERE incident_id = ?"), {incidentId},
                          [&](const Postmortem &p) { found = p; });
        !done)
        return fail(done.error());
    return found;
}

Result<QList<ActionItem>> PostmortemStore::actionItems(qint64 postmortemId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, postmortem_id, title, owner, due_at, priority, status, "
                             "tracker_url, created_at, completed_at FROM action_items "
                             "WHERE postmortem_id = ? ORDER BY id"));
    q.addBindValue(postmortemId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<ActionItem> out;
    while (q.next())
        out.append(actionItemFromRow(q));
    return out;
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemStore)
};

Done postmortemEvent(const QSqlDatabase &db, qint64 incidentId, const QString &author, const TimelineMessage &message)
{
    TimelineEvent e;
    e.incidentId = incidentId;
    e.occurredAt = Clock::nowMs();
    e.kind = QStringLiteral("postmortem");
    e.author = author;
    e.createdAt = e.occurredAt;
    setTimelineMessage(e, message);
    auto id = timelinerows::insert(db, e);
    return id ? Done() : fail(id.error());
}
} // namespace

Result<std::optional<Postmortem>> PostmortemStore::byId(qint64 id) const
{
    std::optional<Postmortem> found;
    if (auto done = query(QStringLiteral("WHERE id = ?"), {id}, [&found](const Postmortem &p) { found = p; }); !done)
        return fail(done.error());
    return found;
}

Result<std::optional<Postmortem>> PostmortemStore::lockedById(qint64 id) const
{
    std::optional<Postmortem> found;
    if (auto done = query(QStringLiteral("WHERE id = ?"), {id}, [&found](const Postmortem &p) { found = p; }, true); !done)
        return fail(done.error());
    return found;
}

Result<Postmortem> PostmortemStore::createDraft(qint64 incidentId, const QString &title, const QString &body,
                                                const QString &templateName, const QString &author) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    if (auto existing = forIncident(incidentId); !existing || *existing)
        return fail(existing ? Tr::tr("This incident already has a postmortem.") : existing.error());
    const qint64 now = Clock::nowMs();
    Postmortem draft;
    draft.incidentId = incidentId;
    draft.title = title;
    draft.status = QStringLiteral("draft");
    draft.body = body;
    draft.templateName = templateName;
    draft.author = author;
    draft.createdAt = now;
    draft.updatedAt = now;
    // Two people drafting at once: the one whose row is second gets no id back (one per incident).
    auto inserted = rows::insert(db, rows::postmortems(), rows::postmortemValues(draft),
                                 QStringLiteral("ON CONFLICT (incident_id) DO NOTHING"));
    if (!inserted)
        return fail(inserted.error());
    if (!*inserted)
        return fail(Tr::tr("This incident already has a postmortem."));
    const qint64 id = **inserted;
    if (auto done = postmortemEvent(db, incidentId, author, timelinemessage::postmortemDrafted(templateName)); !done)
        return fail(done.error());
    // Read back before COMMIT: afterwards an autosave or a colleague may already have changed it.
    auto made = byId(id);
    if (!made || !made->has_value())
        return fail(made ? Tr::tr("The new postmortem vanished.") : made.error());
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return **made;
}

Done PostmortemStore::removeDraft(const Postmortem &created) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    // Locked: an action item being added waits for this (its foreign key shares the row), and
    // an edit committed before it is seen below.
    auto current = lockedById(created.id);
    if (!current)
        return fail(current.error());
    if (!current->has_value())
        return fail(Tr::tr("The postmortem no longer exists; there is nothing to undo."));
    const Postmortem &now = **current;
    auto items = actionItems(created.id);
    if (!items)
        return fail(items.error());
    QStringList changes;
    if (now.body != created.body)
        changes << Tr::tr("its text was written in");
    if (now.title != created.title)
        changes << Tr::tr("its title was changed");
    if (now.status != created.status || now.reviewers != created.reviewers)
        changes << Tr::tr("it was sent for review or published");
    if (!items->isEmpty())
        changes << Tr::tr("%n action item(s) were added", nullptr, int(items->size()));
    if (changes.isEmpty() && now.updatedAt != created.updatedAt)
        changes << Tr::tr("it was edited");
    if (!changes.isEmpty())
        return fail(Tr::tr("The postmortem was kept: %1 since it was drafted. Undo never removes later work.")
                        .arg(QLocale().createSeparatedList(changes)));
    // Its "drafted" event: written with the draft, so not before it was created.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM timeline_events WHERE kind = 'postmortem' AND incident_id = ? AND created_at >= ?"));
    q.addBindValue(created.incidentId);
    q.addBindValue(created.createdAt);
    if (auto done = sql::exec(q); !done)
        return done;
    if (auto done = sql::deleteById(db, "postmortems", created.id); !done)
        return done;
    return tx.commit();
}

Result<std::optional<QString>> PostmortemStore::saveBody(qint64 postmortemId, const QString &expectedBody,
                                                         const QString &body) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT body FROM postmortems WHERE id = ?") + sql::forUpdate(db));
    q.addBindValue(postmortemId);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    if (!q.next())
        return fail(Tr::tr("The postmortem no longer exists."));
    const QString stored = q.value(0).toString();
    if (stored == body)
        return std::optional<QString>();  // already there (the same text saved elsewhere)
    if (stored != expectedBody)
        return std::optional<QString>(stored);
    if (auto done = saveBodyIn(db, postmortemId, body); !done)
        return fail(done.error());
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return std::optional<QString>();
}

Done PostmortemStore::saveBody(qint64 postmortemId, const QString &body) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    if (auto done = saveBodyIn(db, postmortemId, body); !done)
        return done;
    return tx.commit();
}

Done PostmortemStore::saveBodyIn(const QSqlDatabase &db, qint64 postmortemId, const QString &body) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE postmortems SET body = ?, updated_at = ? WHERE id = ? AND status <> 'published'"));
    q.addBindValue(body);
    q.addBindValue(Clock::nowMs());
    q.addBindValue(postmortemId);
    if (auto done = sql::exec(q); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return fail(Tr::tr("The postmortem is published (read-only) or gone; reopen it to edit."));
    return {};
}

Done PostmortemStore::setStatus(qint64 postmortemId, const QString &status, const QStringList &reviewers, const QString &by,
                                const std::optional<QString> &expectedStatus,
                                const std::optional<QStringList> &expectedReviewers) const
{
    if (status != QLatin1String("draft") && status != QLatin1String("in_review") && status != QLatin1String("published"))
        return fail(Tr::tr("Unknown postmortem status “%1”.").arg(status));
    if (status == QLatin1String("in_review") && reviewers.isEmpty())
        return fail(Tr::tr("Name at least one reviewer."));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    auto current = lockedById(postmortemId);
    if (!current || !*current)
        return fail(current ? Tr::tr("The postmortem no longer exists.") : current.error());
    if (expectedStatus && (*current)->status != *expectedStatus)
        return fail(Tr::tr("The postmortem's status was changed meanwhile (it is now %1); nothing was changed.")
                        .arg(postmortemStatusLabel((*current)->status)));
    if (expectedReviewers && (*current)->reviewers != *expectedReviewers)
        return fail(Tr::tr("The postmortem's reviewers were changed meanwhile (now %1); nothing was changed.")
                        .arg((*current)->reviewers.isEmpty() ? Tr::tr("none") : QLocale().createSeparatedList((*current)->reviewers)));
    QSqlQuery q(db);
    const qint64 now = Clock::nowMs();
    QJsonArray list;
    for (const QString &r : reviewers)
        list << r;
    q.prepare(QStringLiteral("UPDATE postmortems SET status = ?, reviewers = ?, updated_at = ?, "
                             "review_requested_at = CASE WHEN ? = 'in_review' THEN ? ELSE review_requested_at END, "
                             "published_at = CASE WHEN ? = 'published' THEN ? WHEN ? = 'draft' THEN NULL ELSE published_at END "
                             "WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(status);
    q.addBindValue(now);
    q.addBindValue(status);
    q.addBindValue(now);
    q.addBindValue(status);
    q.addBindValue(postmortemId);
    if (auto done = sql::exec(q); !done)
        return done;
    TimelineMessage message;
    if (status == QLatin1String("in_review"))
        message = timelinemessage::postmortemInReview(reviewers);
    else if (status == QLatin1String("published"))
        message = timelinemessage::postmortemPublished();
    else
        message = timelinemessage::postmortemReopened();
    if (auto done = postmortemEvent(db, (*current)->incidentId, by, message); !done)
        return done;
    return tx.commit();
}

Result<qint64> PostmortemStore::addActionItem(const ActionItem &a) const
{
    if (a.title.trimmed().isEmpty())
        return fail(Tr::tr("An action item needs a title."));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    // Redo puts the item back with its id, unless another row took it meanwhile (SQLite hands
    // the highest freed rowid to the next insert).
    ActionItem item = a;
    item.title = a.title.trimmed();
    item.owner = a.owner.trimmed();
    item.trackerUrl = a.trackerUrl.trimmed();
    item.createdAt = a.createdAt > 0 ? a.createdAt : Clock::nowMs();
    auto inserted = sql::insertKeepingId(db, "action_items", a.id, rows::actionItems().columns,
                                         rows::toVariants(rows::actionItemValues(item)));
    if (!inserted)
        return fail(inserted.error());
    const qint64 id = *inserted;
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return id;
}

Result<std::optional<ActionItem>> PostmortemStore::actionItemById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, postmortem_id, title, owner, due_at, priority, status, "
                             "tracker_url, created_at, completed_at FROM action_items WHERE id = ?"));
    q.addBindValue(id);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    if (!q.next())
        return std::optional<ActionItem>();
    return std::optional<ActionItem>(actionItemFromRow(q));
}

namespace {

// Whether a stored item still reads as the one a caller saw (as it would be stored: trimmed).
bool sameActionItem(const ActionItem &stored, const ActionItem &seen)
{
    return stored.title == seen.title.trimmed() && stored.owner == seen.owner.trimmed() && stored.dueAt == seen.dueAt
        && stored.priority == seen.priority && stored.status == seen.status
        && stored.trackerUrl == seen.trackerUrl.trimmed();
}

// Refuses unless action item `id` exists and reads as `expected`; in the caller's transaction,
// which holds the row locked from here to its commit.
Done checkActionItem(const QSqlDatabase &db, qint64 id, const ActionItem &expected)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, postmortem_id, title, owner, due_at, priority, status, "
                             "tracker_url, created_at, completed_at FROM action_items WHERE id = ?")
              + sql::forUpdate(db));
    q.addBindValue(id);
    if (auto done = sql::exec(q); !done)
        return done;
    std::optional<ActionItem> stored;
    if (q.next())
        stored = actionItemFromRow(q);
    if (!stored)
        return fail(Tr::tr("The action item “%1” no longer exists.").arg(expected.title));
    if (!sameActionItem(*stored, expected))
        return fail(Tr::tr("The action item “%1” was changed meanwhile; nothing was changed.").arg(stored->title));
    return {};
}

} // namespace

Done PostmortemStore::updateActionItem(const ActionItem &a, const std::optional<ActionItem> &expected) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    if (expected) {
        if (auto done = checkActionItem(db, a.id, *expected); !done)
            return done;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE action_items SET title = ?, owner = ?, due_at = ?, priority = ?, status = ?, tracker_url = ?, "
                             "completed_at = ? WHERE id = ?"));
    q.addBindValue(a.title.trimmed());
    q.addBindValue(sql::text(a.owner.trimmed()));
    q.addBindValue(sql::nullable(a.dueAt));
    q.addBindValue(a.priority);
    q.addBindValue(a.status);
    q.addBindValue(sql::text(a.trackerUrl.trimmed()));
    q.addBindValue(a.status == QLatin1String("done") ? QVariant(a.completedAt.value_or(Clock::nowMs())) : QVariant());
    q.addBindValue(a.id);
    if (auto done = sql::exec(q); !done)
        return done;
    return tx.commit();
}

Done PostmortemStore::removeActionItem(const ActionItem &expected) const
{
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    if (auto done = checkActionItem(db, expected.id, expected); !done)
        return done;
    if (auto done = sql::deleteById(db, "action_items", expected.id); !done)
        return done;
    return tx.commit();
}

Result<QList<ActionItemRow>> PostmortemStore::actionItemRows(const ActionItemFilter &f, qint64 now) const
{
    QStringList where;
    QVariantList binds;
    if (!f.includeClosed)
        where << QStringLiteral("a.status IN ('open', 'in_progress')");
    if (!f.owner.isEmpty()) {
        where << QStringLiteral("a.owner = ?");
        binds << f.owner;
    }
    if (!f.service.isEmpty()) {
        where << QStringLiteral("s.name = ?");
        binds << f.service;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Overdue (open, due before now) first, then by due date (none last), then newest. A CASE,
    // not the comparison itself: with no due date it is NULL, which the engines sort apart.
    q.prepare(QStringLiteral("SELECT a.id, a.postmortem_id, a.title, a.owner, a.due_at, a.priority, a.status, a.tracker_url, "
                             "a.created_at, a.completed_at, i.id, i.number, i.title, coalesce(s.name, '') "
                             "FROM action_items a JOIN postmortems p ON p.id = a.postmortem_id JOIN incidents i ON i.id = p.incident_id "
                             "LEFT JOIN services s ON s.id = i.service_id %1 "
                             "ORDER BY CASE WHEN a.status IN ('open', 'in_progress') AND a.due_at < ? THEN 0 ELSE 1 END, "
                             "a.due_at IS NULL, a.due_at, a.id DESC")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(now);
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<ActionItemRow> rows;
    while (q.next()) {
        ActionItemRow r;
        r.item = actionItemFromRow(q);
        r.incidentId = q.value(10).toLongLong();
        r.incidentNumber = q.value(11).toInt();
        r.incidentTitle = q.value(12).toString();
        r.service = q.value(13).toString();
        rows << r;
    }
    return rows;
}

Result<QPair<double, int>> PostmortemStore::doneRate() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*), sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END) FROM action_items WHERE status <> 'wont_do'")) || !q.next())
        return fail(q.lastError().text());
    const int total = q.value(0).toInt();
    return qMakePair(total ? q.value(1).toDouble() / total : 0.0, total);
}

Result<QStringList> PostmortemStore::actionItemOwners() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT owner FROM action_items WHERE owner <> '' ORDER BY owner")))
        return fail(q.lastError().text());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<SimilarIncident>> PostmortemStore::similarIncidents(qint64 incidentId, int limit) const
{
    const auto db = m_db.connection();
    QList<SimilarIncident> out;
    QSet<qint64> seen{incidentId};
    const auto collect = [&](const QString &sqlText, const QVariantList &binds, const QString &reason) -> Done {
        QSqlQuery q(db);
        if (auto done = sql::exec(q, sqlText, binds); !done)
            return done;
        while (q.next() && out.size() < limit) {
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            out << SimilarIncident{id, q.value(1).toInt(), q.value(2).toString(), reason, sql::optionalValue<qint64>(q.value(3))};
        }
        return {};
    };
    const QString select = QStringLiteral("SELECT i.id, i.number, i.title, p.id FROM incidents i LEFT JOIN postmortems p ON p.incident_id = i.id ");
    // The same alert names first (the most telling), then the same service with a postmortem,
    // then words of the title in other incidents' titles and summaries.
    if (auto done = collect(select + QStringLiteral(
                                "WHERE i.id IN (SELECT DISTINCT n2.incident_id FROM incident_alert_names n1 JOIN incident_alert_names n2 "
                                "ON n2.alert_name = n1.alert_name WHERE n1.incident_id = ? AND n2.incident_id <> ?) "
                                "ORDER BY p.id IS NULL, i.impact_started_at DESC LIMIT 40"),
                            {incidentId, incidentId}, Tr::tr("same alert"));
        !done)
        return fail(done.error());
    if (auto done = collect(select + QStringLiteral("WHERE i.service_id = (SELECT service_id FROM incidents WHERE id = ?) AND i.id <> ? "
                                                    "ORDER BY p.id IS NULL, i.impact_started_at DESC LIMIT 40"),
                            {incidentId, incidentId}, Tr::tr("same service"));
        !done)
        return fail(done.error());
    QSqlQuery title(db);
    title.prepare(QStringLiteral("SELECT title FROM incidents WHERE id = ?"));
    title.addBindValue(incidentId);
    if (sql::exec(title) && title.next()) {
        QList<textsearch::Term> words;
        for (const QString &w : title.value(0).toString().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts))
            if (w.size() >= 4)
                for (textsearch::Term t : textsearch::parse(w)) {
                    t.prefix = false;  // whole words
                    words << t;
                }
        // The matches by words are a bonus after alert and service: if the search fails, the
        // list keeps what it has, and the log says why. The 40 best by each engine's rank (FTS5's
        // bm25 on a file, ts_rank on a server).
        const bool server = sql::isServer(db);
        const QString matches = server
            ? QStringLiteral("SELECT id FROM incidents, %1 AS query WHERE search @@ query "
                             "ORDER BY ts_rank(search, query) DESC, id DESC LIMIT 40").arg(QLatin1String(textsearch::serverQuery))
            : QStringLiteral("SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ? ORDER BY rank LIMIT 40");
        if (!words.isEmpty())
            if (auto done = collect(select + QStringLiteral("WHERE i.id IN (%1) ORDER BY p.id IS NULL, i.impact_started_at DESC").arg(matches),
                                    {server ? textsearch::tsAnyOf(words) : textsearch::fts5AnyOf(words)}, Tr::tr("similar words"));
                !done)
                qCWarning(lcStorage) << "Similar incidents by words failed:" << done.error();
    }
    return out;
}

} // namespace sitrep
