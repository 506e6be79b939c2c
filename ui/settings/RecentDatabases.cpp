#include "settings/RecentDatabases.h"

#include <QSettings>

namespace sitrep::ui::recent {

namespace {
const QString settingsKey = QStringLiteral("database/recent");
}

QStringList entries() { return QSettings().value(settingsKey).toStringList(); }

void add(const DatabaseLocation &location)
{
    const QString entry = location.displayName();
    if (entry.isEmpty())
        return;
    QStringList list = entries();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > maximumEntries)
        list.removeLast();
    QSettings().setValue(settingsKey, list);
}

void remove(const QString &entry)
{
    QStringList list = entries();
    if (list.removeAll(entry) > 0)
        QSettings().setValue(settingsKey, list);
}

void clear() { QSettings().remove(settingsKey); }

} // namespace sitrep::ui::recent
