#pragma once
// Where "now" comes from. Production uses the system clock; tests inject a fixed or stepping one.

#include <QtGlobal>

#include <functional>

namespace sitrep {

class Clock
{
public:
    // UTC milliseconds since the epoch.
    static qint64 nowMs();
    // Replaces the time source (tests). Pass an empty function to restore the system clock.
    static void setSource(std::function<qint64()> source);
};

} // namespace sitrep
