#include "clinical/FluidExpectation.h"

#include <algorithm>

int FluidExpectation::expectedBy(int dailyTarget, const QDate &day, const QDateTime &moment, const QTimeZone &zone)
{
    if (dailyTarget <= 0 || !day.isValid() || !moment.isValid())
        return 0;
    const QDateTime start(day, QTime(0, 0), zone);
    const QDateTime end(day.addDays(1), QTime(0, 0), zone);
    const qint64 length = start.msecsTo(end);
    if (length <= 0)
        return dailyTarget;
    const qint64 gone = std::clamp<qint64>(start.msecsTo(moment), 0, length);
    return int((qint64(dailyTarget) * gone + length - 1) / length);
}

bool FluidExpectation::isLow(int drunk, int dailyTarget, const QDate &day, const QDateTime &moment,
                             const QTimeZone &zone)
{
    return dailyTarget > 0 && qint64(drunk) * 2 < expectedBy(dailyTarget, day, moment, zone);
}
