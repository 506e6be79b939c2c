#pragma once
// Both executables name themselves alike so QStandardPaths and QSettings agree on one place.

namespace sitrep {
void setApplicationIdentity();
}
