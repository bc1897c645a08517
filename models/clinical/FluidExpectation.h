#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// How much of a daily fluid target should have been drunk by a moment: the target times the share of the day gone,
// from local midnight to the next (23 or 25 hours on the days the clocks change), rounded up so that nobody is
// judged against less than their share. Before the day nothing is expected, after it the whole target. Pure: the
// moment and the time zone are given, never read from the clock.
class FluidExpectation
{
public:
    static int expectedBy(int dailyTarget, const QDate &day, const QDateTime &moment, const QTimeZone &zone);
    // Far below: less than half of what was expected by then. Never low without a target.
    static bool isLow(int drunk, int dailyTarget, const QDate &day, const QDateTime &moment, const QTimeZone &zone);
};
