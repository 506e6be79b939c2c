#pragma once
// Replaying what the outbox holds (Outbox.h), in the order it was made, through the same edits
// the window uses (so each lands on the timeline, in the change feed and on the undo stack as
// if made now): a field change still refuses when the field changed meanwhile, a checklist step
// when the step was changed since it was shown, a postmortem's text when someone else saved.
// What is refused stays in the outbox with the reason, to replay again, save or discard; what
// was written leaves it at once (so that a crash half-way never writes anything twice).

#include <QList>
#include <QString>

namespace sitrep::ui {

class Session;

struct ReplayReport
{
    int written = 0;
    QStringList refusals;        // "Severity of INC-1042: …: Severity was changed meanwhile (now SEV1) …"
    bool stoppedOffline = false; // the server went away again; the rest is still held
    QString keepProblem;         // the outbox file could not be updated (what is left says so)
};

ReplayReport replayHeldWrites(Session &session);
// "INC-1042" for what the outbox says only by id, where the database can tell (when online).
void fillIncidentLabels(Session &session);

} // namespace sitrep::ui
