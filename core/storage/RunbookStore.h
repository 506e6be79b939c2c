#pragma once

#include "domain/Runbook.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <functional>
#include <optional>

namespace sitrep {

struct RunbookVersion
{
    int version = 0;
    QString body;
    qint64 seenAt = 0;
};

// What saving a runbook's text did.
struct RunbookSaved
{
    qint64 id = 0;
    int version = 1;
    bool created = false;
    bool changed = false;     // a new version (false: the same text again)
};

// What attaching a runbook to an incident wrote (undo removes exactly this).
struct ChecklistAttached
{
    QList<qint64> itemIds;
    qint64 eventId = 0;
};

// A checklist step change: what it was, what this change made it, and the timeline event that
// records the change.
struct ChecklistChange
{
    ChecklistItem before;
    ChecklistItem after;
    qint64 eventId = 0;
};

// Every write that undo or a stale editor could replay is a compare-and-set in one transaction:
// it names the value it expects and refuses, saying what changed, when that value is gone — so
// nothing written later (in another window, by sitrepctl, in the linked folder) is overwritten.
class RunbookStore
{
public:
    explicit RunbookStore(const Database &db) : m_db(db) {}

    Done forEach(const std::function<void(const Runbook &)> &visit) const;   // by slug
    Result<std::optional<Runbook>> byId(qint64 id) const;
    Result<std::optional<Runbook>> bySlug(const QString &slug) const;
    Result<QList<RunbookVersion>> versions(qint64 runbookId) const;          // oldest first
    Result<QList<ChecklistItem>> checklist(qint64 incidentId) const;         // by position
    // Runbooks whose title or text has all the words (full text, prefix on the last word).
    Result<QList<qint64>> search(const QString &text) const;

    // Stores a runbook's Markdown under `slug` (new, or a new version when the text changed;
    // every version is kept). The text must parse; the error names the file and line.
    // `expectedVersion` is the version the text was edited from: when the runbook is at another
    // version now (and its text differs), nothing is saved and the error says so. 0 means the
    // runbook must not exist yet; nullopt (a folder import: the file wins) checks nothing.
    Result<RunbookSaved> save(const QString &slug, const QString &text, const QString &sourcePath,
                              std::optional<int> expectedVersion = std::nullopt) const;
    // Runs inside save's transaction, after the version check passed and the row is written but
    // before the commit: a caller that must write something else with it (the linked file) does
    // so here. Its failure rolls the save back, so the database never holds a version the other
    // write did not get.
    using BeforeCommit = std::function<Done(const RunbookSaved &saved)>;
    Result<RunbookSaved> save(const QString &slug, const QString &text, const QString &sourcePath,
                              std::optional<int> expectedVersion, const BeforeCommit &beforeCommit) const;
    // Whether `body` is the text of one of the runbook's stored versions.
    Result<bool> hasVersionWithBody(qint64 runbookId, const QString &body) const;
    // Removes a runbook with its versions (checklists made from it keep their steps).
    Done remove(qint64 runbookId) const;
    // Removes a runbook only while nothing came after its creation: still version 1 and no
    // checklist made from it. Otherwise refuses and says what would be lost.
    Done removeUntouched(qint64 runbookId) const;

    // Creates the incident's checklist steps from the runbook's current version, with a
    // timeline event. Steps are appended after any already there.
    Result<ChecklistAttached> attach(qint64 incidentId, qint64 runbookId, const QString &author) const;
    // Removes those steps and their event, only while none of them was ticked, skipped or noted
    // since (else refuses: that would lose the work).
    Done detach(const ChecklistAttached &attached) const;
    // An ad hoc step (no runbook).
    Result<ChecklistAttached> addStep(qint64 incidentId, const QString &text, const QString &author) const;
    // Ticks, unticks or skips a step (state "done", "open", "skipped"), with an optional note
    // ("lag 3 s, OK"; for a skip, the reason) and a timeline event. With `expected` (the step as
    // the caller saw it), refuses when its state, note or last change differ now.
    Result<ChecklistChange> setState(qint64 itemId, const QString &state, const QString &note, const QString &author,
                                     const std::optional<ChecklistItem> &expected = std::nullopt) const;
    // Undoes setState: the step as it was, its event removed — only while the step is still as
    // that change left it.
    Done restore(const ChecklistChange &change) const;

private:
    const Database &m_db;
};

} // namespace sitrep
