#pragma once
// The postmortem writes that are undo steps: drafting, status changes, action items. (Typing in
// the editor has the editor's own undo and is autosaved.)

#include "domain/Postmortem.h"
#include "postmortem/Templates.h"
#include "util/Result.h"

namespace sitrep::ui {

class Session;

namespace postmortemEdits {

// Drafts the incident's postmortem from a template, prefilled; undo removes the draft.
Result<qint64> draft(Session &session, qint64 incidentId, const PostmortemTemplate &tpl);
Done setStatus(Session &session, const Postmortem &postmortem, const QString &status, const QStringList &reviewers);
Result<qint64> addActionItem(Session &session, const ActionItem &item);
// Any change of an item (marking it done included); undo puts the previous values back.
Done updateActionItem(Session &session, const ActionItem &before, const ActionItem &after);

} // namespace postmortemEdits
} // namespace sitrep::ui
