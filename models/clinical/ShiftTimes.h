#pragma once

#include <QString>
#include <QTime>

// One shift of a facility's pattern, in local wall-clock time. A shift that ends at or before its start ends on
// the next day (a night shift).
struct ShiftTimes
{
    QString shift; // early, late, day or night
    QTime starts;
    QTime ends;

    bool crossesMidnight() const { return ends <= starts; }
};
