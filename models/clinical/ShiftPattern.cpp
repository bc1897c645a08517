#include "clinical/ShiftPattern.h"

#include <QLocale>

#include <algorithm>

ShiftPattern::ShiftPattern(QList<ShiftTimes> shifts) : m_shifts(std::move(shifts))
{
    std::sort(m_shifts.begin(), m_shifts.end(),
              [](const ShiftTimes &a, const ShiftTimes &b) { return a.starts < b.starts; });
}

ShiftPattern ShiftPattern::standard()
{
    return ShiftPattern({{QStringLiteral("early"), QTime(7, 0), QTime(14, 30)},
                         {QStringLiteral("late"), QTime(14, 0), QTime(21, 30)},
                         {QStringLiteral("night"), QTime(21, 0), QTime(7, 30)}});
}

ShiftOccurrence ShiftPattern::occurrence(const QString &shift, const QDate &date) const
{
    for (const ShiftTimes &times : m_shifts) {
        if (times.shift == shift) {
            ShiftOccurrence result;
            result.shift = shift;
            result.date = date;
            result.starts = QDateTime(date, times.starts);
            result.ends = QDateTime(times.crossesMidnight() ? date.addDays(1) : date, times.ends);
            return result;
        }
    }
    return {};
}

QList<ShiftOccurrence> ShiftPattern::around(const QDate &date) const
{
    QList<ShiftOccurrence> result;
    for (const QDate &day : {date.addDays(-1), date, date.addDays(1)}) {
        for (const ShiftTimes &times : m_shifts)
            result.append(occurrence(times.shift, day));
    }
    return result;
}

ShiftOccurrence ShiftPattern::current(const QDateTime &moment) const
{
    ShiftOccurrence latest;
    for (const ShiftOccurrence &candidate : around(moment.date())) {
        if (candidate.starts <= moment)
            latest = candidate;
    }
    return latest;
}

QList<ShiftOccurrence> ShiftPattern::containing(const QDateTime &moment) const
{
    QList<ShiftOccurrence> result;
    for (const ShiftOccurrence &candidate : around(moment.date())) {
        if (candidate.contains(moment))
            result.append(candidate);
    }
    return result;
}

ShiftOccurrence ShiftPattern::previous(const ShiftOccurrence &occurrence) const
{
    ShiftOccurrence before;
    for (const ShiftOccurrence &candidate : around(occurrence.date)) {
        if (candidate.starts < occurrence.starts)
            before = candidate;
    }
    return before;
}

ShiftOccurrence ShiftPattern::next(const ShiftOccurrence &occurrence) const
{
    for (const ShiftOccurrence &candidate : around(occurrence.date)) {
        if (candidate.starts > occurrence.starts)
            return candidate;
    }
    return {};
}

QString ShiftPattern::shiftName(const QString &shift)
{
    if (shift == QLatin1String("early"))
        return tr("Early");
    if (shift == QLatin1String("late"))
        return tr("Late");
    if (shift == QLatin1String("day"))
        return tr("Day");
    if (shift == QLatin1String("night"))
        return tr("Night");
    return shift;
}

Result<> ShiftPattern::check(const QList<ShiftTimes> &shifts)
{
    if (shifts.isEmpty())
        return Result<>::refused(tr("A care home needs at least one shift."));
    constexpr int minutesPerDay = 24 * 60;
    QList<bool> covered(minutesPerDay, false);
    for (const ShiftTimes &times : shifts) {
        if (!times.starts.isValid() || !times.ends.isValid() || times.starts == times.ends) {
            return Result<>::refused(tr("The %1 shift starts and ends at the same time: correct its end time.")
                                         .arg(shiftName(times.shift).toLower()),
                                     times.shift);
        }
        const int start = times.starts.hour() * 60 + times.starts.minute();
        const int end = times.ends.hour() * 60 + times.ends.minute();
        for (int minute = start; minute != end; minute = (minute + 1) % minutesPerDay)
            covered[minute] = true;
    }
    const qsizetype gap = covered.indexOf(false);
    if (gap < 0)
        return Result<>::done();
    qsizetype gapEnd = gap;
    while (gapEnd < minutesPerDay && !covered.at(gapEnd))
        ++gapEnd;
    // A gap over midnight starts the evening before.
    qsizetype gapStart = gap;
    if (gap == 0) {
        gapStart = minutesPerDay;
        while (gapStart > 0 && !covered.at(gapStart - 1))
            --gapStart;
    }
    const auto clock = [](qsizetype minute) {
        return QTime(int(minute / 60) % 24, int(minute % 60)).toString(QStringLiteral("HH:mm"));
    };
    return Result<>::refused(
        tr("No shift is on from %1 to %2: change the times so that one always is (an overlap is a handover).")
            .arg(clock(gapStart), clock(gapEnd)));
}

QString ShiftPattern::describe(const ShiftOccurrence &occurrence)
{
    const QLocale locale;
    return tr("%1 shift, %2 (%3-%4)")
        .arg(shiftName(occurrence.shift), locale.toString(occurrence.date, QStringLiteral("dddd d MMMM yyyy")),
             occurrence.starts.time().toString(QStringLiteral("HH:mm")),
             occurrence.ends.time().toString(QStringLiteral("HH:mm")));
}

QStringList ShiftPattern::expectedCategories(const QString &shift)
{
    if (shift == QLatin1String("night"))
        return {QStringLiteral("sleep"), QStringLiteral("continence")};
    return {QStringLiteral("personal_care"), QStringLiteral("eating"), QStringLiteral("drinking"),
            QStringLiteral("continence")};
}
