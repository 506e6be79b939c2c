#pragma once
// The runbooks, runbook_versions and checklist_items tables' one row mapping (see Row.h).

#include "domain/Runbook.h"
#include "storage/rows/Row.h"

namespace sitrep::rows {

const Table &runbooks();
Values runbookValues(const Runbook &runbook);

// One version of a runbook's body, as Sitrep saw it at `seenAt`.
const Table &runbookVersions();
Values runbookVersionValues(qint64 runbookId, int version, const QString &body, qint64 seenAt);

const Table &checklistItems();
Values checklistItemValues(const ChecklistItem &item);

} // namespace sitrep::rows
