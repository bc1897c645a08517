#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

// The instant a person means by a date and a wall-clock time on the station. Where the clocks go back, 01:30 happens
// twice: the time of care a carer types at 01:40 (the first time round) must not be read as the second 01:30, an hour
// in the future, and refused. Pure: the instant "now" is given.
class LocalTime
{
public:
    // The latest instant showing date and time on the station's clock that is not after notAfter; the earliest one
    // when every such instant is later. A time the clocks skipped (going forward) is read as the hour after it.
    static QDateTime instant(const QDate &date, const QTime &time, const QDateTime &notAfter);
};
