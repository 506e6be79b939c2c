#pragma once

#include "domain/Postmortem.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <functional>
#include <optional>

namespace sitrep {

// An action item with where it comes from, for the view across all postmortems.
struct ActionItemRow
{
    ActionItem item;
    qint64 incidentId = 0;
    int incidentNumber = 0;
    QString incidentTitle;
    QString service;
};

struct ActionItemFilter
{
    QString owner;            // empty: anyone
    QString service;          // empty: any
    bool includeClosed = false;
};

// An earlier incident like this one, with its postmortem when it has one.
struct SimilarIncident
{
    qint64 incidentId = 0;
    int number = 0;
    QString title;
    QString reason;           // "same service", "same alert", "similar words"
    std::optional<qint64> postmortemId;
};

class PostmortemStore
{
public:
    explicit PostmortemStore(const Database &db) : m_db(db) {}

    Result<std::optional<Postmortem>> byId(qint64 id) const;
    // A new draft, with a timeline event on the incident. One per incident.
    Result<Postmortem> createDraft(qint64 incidentId, const QString &title, const QString &body,
                                   const QString &templateName, const QString &author) const;
    // Undoes createDraft(): removes the draft and its timeline event, but only while it is exactly
    // as drafted (`created`): text, title, status, reviewers, no action items. Otherwise refuses,
    // saying what was done to it since, and changes nothing.
    Done removeDraft(const Postmortem &created) const;
    // Autosave: the body only, refused once published (reopen first).
    Done saveBody(qint64 postmortemId, const QString &body) const;
    // Autosave with compare and set: writes `body` only while the stored text is still
    // `expectedBody` (what this editor loaded or saved last). When another writer saved
    // meanwhile, nothing is written and their text is returned, so that neither is lost.
    Result<std::optional<QString>> saveBody(qint64 postmortemId, const QString &expectedBody, const QString &body) const;
    // draft -> in_review -> published, or back to draft ("reopen"); a timeline event each.
    // With `expectedStatus` (and `expectedReviewers`), only if the postmortem still has that
    // status and those reviewers (undo: someone may have moved it on or asked others since).
    Done setStatus(qint64 postmortemId, const QString &status, const QStringList &reviewers, const QString &by,
                   const std::optional<QString> &expectedStatus = std::nullopt,
                   const std::optional<QStringList> &expectedReviewers = std::nullopt) const;

    Result<qint64> addActionItem(const ActionItem &item) const;
    Result<std::optional<ActionItem>> actionItemById(qint64 id) const;
    // Sets completed_at when done. With `expected`, only if the stored item still reads as that
    // (title, owner, due, priority, status, tracker link): an undo never overwrites a later edit.
    Done updateActionItem(const ActionItem &item, const std::optional<ActionItem> &expected = std::nullopt) const;
    // Removes an action item if it still reads as `expected` (undoing its addition).
    Done removeActionItem(const ActionItem &expected) const;
    // Across all postmortems: overdue first, then by due date, then the rest.
    Result<QList<ActionItemRow>> actionItemRows(const ActionItemFilter &filter, qint64 now) const;
    // Share of action items done (of those not "won't do"), and how many there are.
    Result<QPair<double, int>> doneRate() const;
    Result<QStringList> actionItemOwners() const;

    Result<QList<SimilarIncident>> similarIncidents(qint64 incidentId, int limit = 8) const;

    Done forEach(const std::function<void(const Postmortem &)> &visit) const;   // by id
    Result<std::optional<Postmortem>> forIncident(qint64 incidentId) const;
    Result<QList<ActionItem>> actionItems(qint64 postmortemId) const;          // by id

private:
    Done saveBodyIn(const QSqlDatabase &db, qint64 postmortemId, const QString &body) const;
    // byId() that locks the row until the caller's transaction ends (PostgreSQL; SQLite's
    // write transaction holds the whole file already), for read–check–write edits.
    Result<std::optional<Postmortem>> lockedById(qint64 id) const;
    Done query(const QString &where, const QVariantList &binds,
               const std::function<void(const Postmortem &)> &visit, bool forUpdate = false) const;
    const Database &m_db;
};

} // namespace sitrep
