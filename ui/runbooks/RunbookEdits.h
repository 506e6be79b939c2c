#pragma once
// The writes of the runbooks and checklists, each an undo step through the session.

#include "domain/Runbook.h"
#include "util/Result.h"

namespace sitrep::ui {

class Session;

namespace runbookEdits {

// Every step here checks, when undone or redone, that what it expects is still there (the
// runbook at the version this step saved, the checklist step as this step left it, attached steps
// not acted on since); otherwise it refuses with the reason and becomes obsolete (Session).

// Saves edited runbook text as a new version (written back to its file when it has one).
// `loaded` is the runbook as the editor loaded it: saving refuses if it has another version now.
// Undo saves the loaded text as yet another version (every version is kept), while the runbook
// is still at the version this step saved.
Done saveRunbook(Session &session, const Runbook &loaded, const QString &text);
// A new runbook in the database (no file). Undo removes it while it is unedited and unattached.
Result<qint64> createRunbook(Session &session, const QString &title);
Done attach(Session &session, qint64 incidentId, qint64 runbookId, const QString &title);
Done addStep(Session &session, qint64 incidentId, const QString &text);
// state: "done", "open" or "skipped" (a skip needs the reason as its note).
Done setStepState(Session &session, const ChecklistItem &item, const QString &state, const QString &note);

} // namespace runbookEdits
} // namespace sitrep::ui
