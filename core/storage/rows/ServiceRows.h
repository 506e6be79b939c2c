#pragma once
// The services table's one row mapping (see Row.h).

#include "domain/Service.h"
#include "storage/rows/Row.h"

namespace sitrep::rows {

const Table &services();
Values serviceValues(const Service &service);

} // namespace sitrep::rows
