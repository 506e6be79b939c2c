#pragma once
// Every edit of an incident from the window, as an undoable step on the session's stack. Each
// returns what the user should be told when it was refused (nothing was changed then). A note
// or a field change that fails because the team database's connection is gone is held on this
// computer instead (Session::hold) and reported as done: the outbox replays it later.

#include "domain/IncidentChange.h"
#include "domain/TimelineEvent.h"
#include "storage/IncidentStore.h"
#include "util/Result.h"

namespace sitrep::ui {

class Session;

namespace edits {

Result<Incident> declare(Session &session, const NewIncident &incident);
Done change(Session &session, const IncidentChange &change);
// Several changes as one undo step ("Edit INC-1042"); stops at the first refusal.
Done changeAll(Session &session, const QList<IncidentChange> &changes, const QString &text);
// The note's event id; 0 when the server did not answer and the note was held on this
// computer instead (Session::hold: the user has been told, nothing was written).
Result<qint64> addNote(Session &session, qint64 incidentId, qint64 at, const QString &body);
Done editNote(Session &session, qint64 eventId, const QString &oldBody, const QString &newBody);
Done setKeyEvent(Session &session, qint64 eventId, bool keyEvent);
// Deletes a note as it was shown: refused if it was edited since (the edit is someone's work).
Done deleteEvent(Session &session, const TimelineEvent &shown);

} // namespace edits
} // namespace sitrep::ui
