#pragma once
// The postmortems and action_items tables' one row mapping (see Row.h).

#include "domain/Postmortem.h"
#include "storage/rows/Row.h"

namespace sitrep::rows {

const Table &postmortems();
Values postmortemValues(const Postmortem &postmortem);

const Table &actionItems();
Values actionItemValues(const ActionItem &item);

} // namespace sitrep::rows
