#include "compliance/RecordRetention.h"

#include <algorithm>

RecordRetention::Period RecordRetention::nationDefault(const QString &nation)
{
    if (nation == QLatin1String("wales"))
        return {3, CountedFrom::LastEntry};
    return {8, CountedFrom::CareEnded};
}

RecordRetention::Period RecordRetention::forOrganization(const QString &nation, int years, const QString &from)
{
    Period period = nationDefault(nation);
    if (years > 0)
        period.years = years;
    if (from == QLatin1String("care_ended"))
        period.from = CountedFrom::CareEnded;
    else if (from == QLatin1String("last_entry"))
        period.from = CountedFrom::LastEntry;
    return period;
}

QDate RecordRetention::anniversary(const QDate &start, int years)
{
    if (!start.isValid())
        return {};
    const QDate later = start.addYears(years);
    // QDate moves 29 February back to 28 February in a year without one: a day early, toward keeping less.
    return later.day() != start.day() ? later.addDays(1) : later;
}

QDate RecordRetention::firstDayDue(const Period &period, const QString &status, const QDate &careEnded,
                                   const QDate &lastEntry)
{
    if (status != QLatin1String("discharged") && status != QLatin1String("deceased"))
        return {};
    if (!careEnded.isValid() || period.years < 1)
        return {};
    QDate start = careEnded;
    if (period.from == CountedFrom::LastEntry && lastEntry.isValid())
        start = std::max(careEnded, lastEntry);
    return anniversary(start, period.years).addDays(1);
}

QString RecordRetention::describe(const Period &period)
{
    return period.from == CountedFrom::CareEnded ? tr("%n year(s) after the care ended", "", period.years)
                                                 : tr("%n year(s) from the last entry", "", period.years);
}
