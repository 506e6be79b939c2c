#pragma once
// Test fault injection for pragmas: every SQLite connection opened after setPragmaFault() in
// this process ignores (the way SQLite itself ignores a pragma it cannot honour, e.g.
// journal_mode=WAL without shared memory) or refuses chosen pragma assignments, so that the
// paths that must notice can be tried. Installed through sqlite3_auto_extension and an
// authorizer: it reaches Qt's connections only when Qt's driver runs the SQLite we link, the
// same condition rawsql::handle checks. Header-only: tests/core and tests/intake use it, and
// the LD_PRELOAD module that brings it into a real sitrepctl (PragmaFaultPreload.cpp).

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>
#include <string>

namespace sitrep::test {

enum class PragmaFault { None, Ignore, Deny };

namespace detail {

inline std::mutex pragmaFaultMutex;
// "synchronous" (any value) or "synchronous=full" (that value only), lower case.
inline std::map<std::string, PragmaFault> pragmaFaults;

inline std::string lower(const char *s)
{
    std::string out(s ? s : "");
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

inline int authorizePragma(void *, int action, const char *name, const char *value, const char *, const char *)
{
    if (action != SQLITE_PRAGMA || !value)
        return SQLITE_OK;  // reading a pragma stays possible
    std::lock_guard lock(pragmaFaultMutex);
    for (const std::string &key : {lower(name) + "=" + lower(value), lower(name)}) {
        if (const auto it = pragmaFaults.find(key); it != pragmaFaults.end() && it->second != PragmaFault::None)
            return it->second == PragmaFault::Ignore ? SQLITE_IGNORE : SQLITE_DENY;
    }
    return SQLITE_OK;
}

inline int installOnConnection(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    sqlite3_set_authorizer(db, authorizePragma, nullptr);
    return SQLITE_OK;
}

} // namespace detail

// `pragma` is "name" or "name=value"; PragmaFault::None lifts it. Connections opened before the
// first call are not affected.
inline void setPragmaFault(const std::string &pragma, PragmaFault fault)
{
    static std::once_flag once;
    std::call_once(once, [] {
        // void(*)(void) is how SQLite takes every extension entry point.
        sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(&detail::installOnConnection));
    });
    std::lock_guard lock(detail::pragmaFaultMutex);
    detail::pragmaFaults[detail::lower(pragma.c_str())] = fault;
}

inline void clearPragmaFaults()
{
    std::lock_guard lock(detail::pragmaFaultMutex);
    detail::pragmaFaults.clear();
}

} // namespace sitrep::test
