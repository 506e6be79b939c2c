#pragma once
// What every area of the window shares: the database, who "I" am, the undo stack, and the
// notice of what changed (from this window or any other writer), read from the change feed
// off the GUI thread (ChangeListener), so that each area reloads only when something it shows
// changed.
//
// Edits go through execute(): it performs the edit once, and only if that worked pushes it on
// the undo stack, so a refused edit (a milestone out of order, a stale value) leaves no
// command behind and its message reaches the user.

#include "storage/ChangeListener.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace sitrep::ui {

class Session : public QObject
{
    Q_OBJECT

public:
    using Step = std::function<Done()>;

    explicit Session(DatabasePtr db, QObject *parent = nullptr);

    const DatabasePtr &database() const { return m_db; }
    // What this window's presence rows start with (PresenceTracker.h): its incident views and
    // pop-outs are one desk, not others.
    const QString &presenceId() const { return m_presenceId; }
    QUndoStack *undoStack() { return &m_undo; }
    // The name written on timelines: settings "user/name", else the OS user.
    static QString userName();
    static void setUserName(const QString &name);

    // Runs `redo` now; on success records (redo, undo) as one undoable step named `text`.
    Done execute(const QString &text, Step redo, Step undo);
    // Records a step that was done (outside execute) and is not taken back by undo: undoing it
    // tells the user `whyNot` and drops the step, so that undo never reaches past it unseen.
    void pushRecordOnly(const QString &text, const QString &whyNot);
    // Reads the change feed at once (after a write) rather than at the next wake, so that the
    // edit shows before control returns to the event loop.
    void notifyChanged();
    // Asks every editor that saves on a timer (the postmortem's autosave) to save now. Undo and
    // redo call it first: they must judge the data with everything typed so far in it.
    void flushPendingEdits() { emit flushRequested(); }

signals:
    void dataChanged(const sitrep::ChangeSet &changes);
    void flushRequested();
    // An undo or redo that failed (someone changed the same thing meanwhile), in words.
    void editFailed(const QString &message);
    // Any area asks the window to show another area's item.
    void openPostmortemRequested(qint64 postmortemId);
    void openIncidentRequested(qint64 incidentId);
    // A team database stopped answering (the listener noticed), and answers again: every area
    // has reloaded by then (dataChanged with everything).
    void connectionLost(const QString &error);
    void connectionRestored();

private:
    DatabasePtr m_db;
    QString m_presenceId;
    QUndoStack m_undo;
    ChangeListener m_listener;
};

} // namespace sitrep::ui
