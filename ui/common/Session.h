#pragma once
// What every area of the window shares: the database, who "I" am, the undo stack, and the
// notice of what changed (from this window or any other writer), read from the change feed
// off the GUI thread (ChangeListener), so that each area reloads only when something it shows
// changed.
//
// Edits go through execute(): it performs the edit once, and only if that worked pushes it on
// the undo stack, so a refused edit (a milestone out of order, a stale value) leaves no
// command behind and its message reaches the user.

#include "domain/HeldWrite.h"
#include "storage/ChangeListener.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
namespace sitrep::ui {

class Outbox;

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
    // When it fails because the team database's connection is gone (not because it was
    // refused) and `ifOffline` is not empty, those writes are held in the outbox instead
    // (hold()) and this succeeds: nothing was written, nothing goes on the undo stack, and the
    // user is told.
    Done execute(const QString &text, Step redo, Step undo, const QList<HeldWrite> &ifOffline = {});
    // Runs one write and notes whether a failure was the connection's (lastWriteLostConnection):
    // the connection the write used is gone (libpq says so once a statement failed on it), or
    // none could be opened. Never on a file.
    Done write(const Step &step);
    bool lastWriteLostConnection() const { return m_lastWriteLostConnection; }
    // Keeps `writes` in the outbox (on disk before this returns) and says so (writeHeld); fails
    // with a message when they cannot be kept either. While replaying nothing is held again.
    Done hold(QList<HeldWrite> writes);
    bool holdsWrites() const { return !m_replaying; }
    void setReplaying(bool replaying) { m_replaying = replaying; }
    // What is held for this database (survives a crash: the next Session reads it back).
    Outbox *outbox() const { return m_outbox; }
    // The change listener's view of the server: it stopped answering (and not yet again).
    bool isOffline() const { return m_offline; }
    // When the database last answered (UTC ms): a write, a read of the feed, a listener check.
    qint64 lastContactMs() const { return m_lastContactMs; }
    // How many changes by others the feed read on reconnecting (valid in connectionRestored).
    int changesCaughtUp() const { return m_caughtUp; }
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
    // A write was held on this computer (hold()); `what` describes it.
    void writeHeld(const QString &what);

private:
    DatabasePtr m_db;
    QString m_presenceId;
    QUndoStack m_undo;
    ChangeListener m_listener;
    Outbox *m_outbox = nullptr;
    bool m_lastWriteLostConnection = false;
    bool m_replaying = false;
    bool m_offline = false;
    bool m_countingCatchUp = false;
    int m_caughtUp = 0;
    qint64 m_lastContactMs = 0;
};

} // namespace sitrep::ui
