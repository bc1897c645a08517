#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

// The observations a fall with a possible head injury calls for: NEWS2 and the neurological signs (consciousness,
// pupils, limb movement), at once, then every 30 minutes for 2 hours, every hour for the next 4, then every 2 hours
// until 24 hours after the fall (the frequency NICE guideline CG176 sets for observing a head injury). A fall
// nobody saw counts as one where the head may have been struck. Pure.
class HeadInjuryObservations
{
    Q_DECLARE_TR_FUNCTIONS(HeadInjuryObservations)

public:
    // An incident of any type with the head or face among the sites injured, or the head struck or not known to be
    // spared (a fall nobody saw).
    static bool suspected(const QString &type, const QStringList &injurySites, bool headStruck);
    // Every time observations are due, from the fall (first) to 24 hours after it.
    static QList<QDateTime> schedule(const QDateTime &occurredAt);
    // The observations due now: the latest time of the schedule at or before now (the first before it starts), so
    // that one stays shown until the next falls due and none is hidden the second it is due; none once the last (24
    // hours after the fall) has been due for its two hours.
    static QDateTime currentDue(const QDateTime &occurredAt, const QDateTime &now);
    // How long after an incident its observations may still be due: 26 hours.
    static qint64 watchSeconds() { return 26 * 60 * 60; }
    // What to do, in a sentence for the carer who reported it.
    static QString advice();
};
