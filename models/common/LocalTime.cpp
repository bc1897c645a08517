#include "common/LocalTime.h"

#include <QList>

#include <algorithm>

QDateTime LocalTime::instant(const QDate &date, const QTime &time, const QDateTime &notAfter)
{
    // Each offset from UTC in force within a day of the moment, tried in turn: the instants whose local reading is
    // exactly date and time are the candidates (two in the hour the clocks go back, none in the hour they skip).
    const QDateTime asUtc(date, time, Qt::UTC);
    QList<QDateTime> candidates;
    for (const qint64 probe : {-26 * 3600, 0, 26 * 3600}) {
        const int offset = asUtc.addSecs(probe).toLocalTime().offsetFromUtc();
        const QDateTime candidate = asUtc.addSecs(-offset);
        const QDateTime local = candidate.toLocalTime();
        if (local.date() == date && local.time() == time && !candidates.contains(candidate))
            candidates.append(candidate);
    }
    if (candidates.isEmpty())
        return QDateTime(date, time, Qt::LocalTime);
    std::sort(candidates.begin(), candidates.end());
    QDateTime chosen = candidates.constFirst();
    for (const QDateTime &candidate : std::as_const(candidates)) {
        if (candidate <= notAfter)
            chosen = candidate;
    }
    return chosen.toLocalTime();
}
