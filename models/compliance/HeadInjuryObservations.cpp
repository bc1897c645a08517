#include "compliance/HeadInjuryObservations.h"

bool HeadInjuryObservations::suspected(const QString &type, const QStringList &injurySites, bool headStruck)
{
    // Whatever the type: a blow to the head in an assault, or while choking, calls for the same observations.
    Q_UNUSED(type)
    return headStruck || injurySites.contains(QLatin1String("head")) || injurySites.contains(QLatin1String("face"));
}

QList<QDateTime> HeadInjuryObservations::schedule(const QDateTime &occurredAt)
{
    if (!occurredAt.isValid())
        return {};
    QList<QDateTime> times;
    int minutes = 0;
    // Elapsed time, not wall-clock time: a change of the clocks in the night shifts nothing.
    const auto add = [&](int step, int until) {
        for (; minutes < until; minutes += step)
            times.append(occurredAt.addSecs(qint64(minutes) * 60));
    };
    add(30, 2 * 60);
    add(60, 6 * 60);
    add(120, 24 * 60 + 1);
    return times;
}

QDateTime HeadInjuryObservations::currentDue(const QDateTime &occurredAt, const QDateTime &now)
{
    if (!occurredAt.isValid() || !now.isValid() || occurredAt.secsTo(now) > watchSeconds())
        return {};
    QDateTime due = occurredAt;
    for (const QDateTime &time : schedule(occurredAt)) {
        if (time <= now)
            due = time;
    }
    return due;
}

QString HeadInjuryObservations::advice()
{
    return tr("A possible head injury: take NEWS2 and neurological observations (consciousness, pupils, limb "
              "movement) now, then every 30 minutes for 2 hours, every hour for the next 4 hours, then every 2 hours "
              "until 24 hours after the fall. Call 999 at once for any drop in consciousness, vomiting, a seizure, "
              "new weakness or a worsening headache.");
}
