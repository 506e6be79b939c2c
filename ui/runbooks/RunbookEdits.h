#pragma once
// The writes of the runbooks and checklists, each an undo step through the session.

#include "domain/Runbook.h"
#include "util/Result.h"

namespace sitrep::ui {

class Session;

namespace runbookEdits {

// Saves edited runbook text as a new version (written back to its file when it has one); undo
// saves the previous text as yet another version (every version is kept).
Done saveRunbook(Session &session, const Runbook &runbook, const QString &text);
// A new runbook in the database (no file).
Result<qint64> createRunbook(Session &session, const QString &title);
Done attach(Session &session, qint64 incidentId, qint64 runbookId, const QString &title);
Done addStep(Session &session, qint64 incidentId, const QString &text);
// state: "done", "open" or "skipped" (a skip needs the reason as its note).
Done setStepState(Session &session, const ChecklistItem &item, const QString &state, const QString &note);

} // namespace runbookEdits
} // namespace sitrep::ui
