#pragma once
// Connects an area of the window to the change feed: `reload` runs when a run of changes
// touches what the area shows (`shows`), at once while the area is on screen, else the next
// time it is shown (one reload however many changes came meanwhile). Areas that nobody looks at
// cost nothing during an alert storm.

#include "common/Session.h"

#include <QWidget>

#include <functional>

namespace sitrep::ui {

void reloadOnChange(Session &session, QWidget *area, std::function<bool(const ChangeSet &)> shows,
                    std::function<void()> reload);

} // namespace sitrep::ui
