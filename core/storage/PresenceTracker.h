#pragma once
// This window's presence, and the others' on the incident it shows (PresenceStore.h), kept up
// from a thread and a connection of its own: a server that is slow or away never holds up the
// GUI, and a refresh every few seconds costs the GUI thread nothing but a queued signal.
//
// The GUI thread says what it shows (show()) and that its person is typing (typing(), on each
// keystroke); the tracker announces that at once and every refreshMs * 5 otherwise, reads who
// else shows the same incident every refreshMs, and signals when that changes. Typing ends
// typingForMs after the last keystroke, or at once with typing({}).

#include "storage/Database.h"
#include "storage/PresenceStore.h"

#include <QObject>

#include <optional>

class QThread;

namespace sitrep {

class PresenceTrackerWorker;

class PresenceTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr int typingForMs = 4000;

    PresenceTracker(DatabasePtr db, const QString &person, int refreshMs = 1000, QObject *parent = nullptr);
    // Leaves (the others stop seeing this window within a refresh), then ends the thread.
    ~PresenceTracker() override;

    void show(std::optional<qint64> incidentId);
    void typing(const QString &what = QStringLiteral("note"));
    void setPerson(const QString &person);
    const QString &sessionId() const { return m_sessionId; }

signals:
    // Who else shows `incidentId` now (by name; empty when nobody does), whenever that changes
    // and once after each show().
    void othersChanged(qint64 incidentId, const QList<sitrep::PresencePeer> &others);

private:
    QString m_sessionId;
    QThread *m_thread = nullptr;
    PresenceTrackerWorker *m_worker = nullptr;
};

} // namespace sitrep
