#pragma once
// File ▸ Open Recent: the databases opened last, files and team databases alike, newest first.
// Kept in QSettings as DatabaseLocation::displayName(), which never holds a password, so what
// is stored is exactly what the menu shows and what `--db` takes back.

#include "storage/DatabaseLocation.h"

#include <QStringList>

namespace sitrep::ui::recent {

inline constexpr int maximumEntries = 8;

QStringList entries();
// Puts `location` first (once), keeping at most maximumEntries.
void add(const DatabaseLocation &location);
void remove(const QString &entry);
void clear();

} // namespace sitrep::ui::recent
