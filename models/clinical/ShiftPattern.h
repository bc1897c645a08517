#pragma once

#include "clinical/ShiftOccurrence.h"
#include "clinical/ShiftTimes.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

// A facility's shifts and the questions a station asks of them: which shift is on now, which shift a moment of care
// falls in, and the shifts before and after. Pure functions on local time: no database, no widgets.
class ShiftPattern
{
    Q_DECLARE_TR_FUNCTIONS(ShiftPattern)

public:
    ShiftPattern() = default;
    explicit ShiftPattern(QList<ShiftTimes> shifts);

    // Early 07:00-14:30, late 14:00-21:30, night 21:00-07:30: the pattern a new facility starts with.
    static ShiftPattern standard();

    const QList<ShiftTimes> &shifts() const { return m_shifts; }
    bool isEmpty() const { return m_shifts.isEmpty(); }

    ShiftOccurrence occurrence(const QString &shift, const QDate &date) const;
    // The shift most recently started at this moment: where two overlap (a handover), the one that began last.
    ShiftOccurrence current(const QDateTime &moment) const;
    // Every shift under way at this moment, earliest start first (two during a handover).
    QList<ShiftOccurrence> containing(const QDateTime &moment) const;
    ShiftOccurrence previous(const ShiftOccurrence &occurrence) const;
    ShiftOccurrence next(const ShiftOccurrence &occurrence) const;

    static QString shiftName(const QString &shift);
    // Done when these shift times will do; else Refused with a sentence naming the shift, and as field the shift
    // whose times are wrong (empty for a gap between shifts, or no shift at all). Each shift must have a length, and
    // some shift must be on at every minute of the day (overlaps are handovers, and fine).
    static Result<> check(const QList<ShiftTimes> &shifts);
    // "Early shift, Thursday 26 November 2026 (07:00-14:30)".
    static QString describe(const ShiftOccurrence &occurrence);
    // The categories of care every resident should have recorded on this shift.
    static QStringList expectedCategories(const QString &shift);

private:
    // Every occurrence starting on the day before, the day of and the day after the date, in start order.
    QList<ShiftOccurrence> around(const QDate &date) const;

    QList<ShiftTimes> m_shifts;
};
