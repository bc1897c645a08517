#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// A shift on a given date: the date it starts on, which is the date its notes belong to.
struct ShiftOccurrence
{
    QString shift;
    QDate date;
    QDateTime starts;
    QDateTime ends;

    bool isValid() const { return date.isValid() && !shift.isEmpty(); }
    bool contains(const QDateTime &moment) const { return moment >= starts && moment < ends; }
    bool operator==(const ShiftOccurrence &other) const { return shift == other.shift && date == other.date; }
};
