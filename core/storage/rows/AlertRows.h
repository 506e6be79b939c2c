#pragma once
// The alerts table's one row mapping (see Row.h). The alert's service is a row of its own
// (ServiceRows.h); the caller passes its id.

#include "domain/Alert.h"
#include "storage/rows/Row.h"

namespace sitrep::rows {

const Table &alerts();
Values alertValues(const Alert &alert, const std::optional<qint64> &serviceId);

} // namespace sitrep::rows
