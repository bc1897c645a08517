#include "common/Clock.h"

#include <atomic>
#include <limits>

namespace {

// Milliseconds added to the system clock, and the frozen instant (or none). Atomics: pages read the clock from
// worker threads too.
constexpr qint64 notFrozen = std::numeric_limits<qint64>::min();
std::atomic<qint64> offsetMilliseconds{0};
std::atomic<qint64> frozenMilliseconds{notFrozen};

qint64 millisecondsNow()
{
    const qint64 frozen = frozenMilliseconds.load();
    if (frozen != notFrozen)
        return frozen;
    return QDateTime::currentMSecsSinceEpoch() + offsetMilliseconds.load();
}

} // namespace

QDateTime Clock::now()
{
    return QDateTime::fromMSecsSinceEpoch(millisecondsNow(), Qt::LocalTime);
}

QDateTime Clock::nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(millisecondsNow(), Qt::UTC);
}

QDate Clock::today()
{
    return now().date();
}

void Clock::setInstant(const QDateTime &instant)
{
    frozenMilliseconds.store(notFrozen);
    offsetMilliseconds.store(instant.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch());
}

void Clock::freezeAt(const QDateTime &instant)
{
    offsetMilliseconds.store(0);
    frozenMilliseconds.store(instant.toMSecsSinceEpoch());
}

void Clock::reset()
{
    offsetMilliseconds.store(0);
    frozenMilliseconds.store(notFrozen);
}

bool Clock::isSet()
{
    return offsetMilliseconds.load() != 0 || frozenMilliseconds.load() != notFrozen;
}
