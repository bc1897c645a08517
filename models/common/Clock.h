#pragma once

#include <QDate>
#include <QDateTime>

// The one clock the app reads the time from. It is the system's clock, unless a test has set it: every "now",
// "today" and "current shift" in models/ and ui/ comes from here, so a test can run the whole app at an instant of
// its choosing (just after midnight, on the night the clocks go back) and never depends on when it runs.
class Clock
{
public:
    // Local time, as the station shows it.
    static QDateTime now();
    static QDateTime nowUtc();
    static QDate today();

    // For tests: from now on the clock reads instant, then runs on in step with the system clock.
    static void setInstant(const QDateTime &instant);
    // For tests: the clock reads instant until it is set again or reset.
    static void freezeAt(const QDateTime &instant);
    // Back to the system clock.
    static void reset();
    // Whether a test has set the clock.
    static bool isSet();
};
