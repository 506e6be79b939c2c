// Brought into a real sitrepctl with LD_PRELOAD by tst_intakerefusal, so that the test can see
// `sitrepctl serve` refuse to start when a pragma does not take. SITREP_TEST_PRAGMA_FAULT is
// "name[=value]:ignore" or "name[=value]:deny" (see SqlitePragmaFault.h); without it, nothing
// changes. It links the same libsqlite3 as sitrepctl, so both see one auto-extension list.

#include "../core/SqlitePragmaFault.h"

#include <cstdlib>
#include <string>

namespace {

// A static object rather than __attribute__((constructor)): it is initialized after the
// header's inline variables it uses (a constructor function may run before them).
struct InstallFromEnvironment
{
    InstallFromEnvironment()
    {
        const char *spec = std::getenv("SITREP_TEST_PRAGMA_FAULT");
        if (!spec)
            return;
        const std::string text(spec);
        const auto colon = text.rfind(':');
        if (colon == std::string::npos)
            return;
        const std::string how = text.substr(colon + 1);
        sitrep::test::setPragmaFault(text.substr(0, colon),
                                     how == "deny" ? sitrep::test::PragmaFault::Deny : sitrep::test::PragmaFault::Ignore);
    }
} installFromEnvironment;

} // namespace
