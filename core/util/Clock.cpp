#include "util/Clock.h"

#include <QDateTime>

namespace sitrep {

namespace {
std::function<qint64()> &source()
{
    static std::function<qint64()> s;
    return s;
}
} // namespace

qint64 Clock::nowMs()
{
    const auto &s = source();
    return s ? s() : QDateTime::currentMSecsSinceEpoch();
}

void Clock::setSource(std::function<qint64()> s) { source() = std::move(s); }

} // namespace sitrep
