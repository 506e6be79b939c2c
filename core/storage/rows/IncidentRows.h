#pragma once
// The incidents and incident_roles tables' one row mapping (see Row.h). The incident's service is
// a row of its own (ServiceRows.h); the caller passes its id.

#include "domain/Incident.h"
#include "storage/rows/Row.h"

namespace sitrep::rows {

const Table &incidents();
Values incidentValues(const Incident &incident, const std::optional<qint64> &serviceId);

const Table &incidentRoles();
Values roleValues(qint64 incidentId, const RoleAssignment &role, qint64 position);

} // namespace sitrep::rows
