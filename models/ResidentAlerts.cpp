#include "ResidentAlerts.h"

ResidentAlerts::Flags ResidentAlerts::reviewFlags(const QDate &reviewDate, const QDate &today)
{
    if (!reviewDate.isValid() || !today.isValid())
        return {};
    if (reviewDate < today)
        return ReviewOverdue;
    if (reviewDate <= today.addDays(reviewDueDays))
        return ReviewDue;
    return {};
}

ResidentAlerts::Flags ResidentAlerts::flags(bool dnacpr, const QString &allergyStatus, const QDate &nextReview,
                                            const QDate &today)
{
    Flags result = reviewFlags(nextReview, today);
    if (dnacpr)
        result |= Dnacpr;
    if (allergyStatus == QLatin1String("known"))
        result |= Allergies;
    else if (allergyStatus != QLatin1String("none_known"))
        result |= AllergiesUnknown;
    return result;
}

QStringList ResidentAlerts::words(Flags flags, const QString &allergyNames)
{
    QStringList result;
    if (flags.testFlag(Dnacpr))
        result.append(tr("DNACPR"));
    if (flags.testFlag(Allergies))
        result.append(allergyNames.isEmpty() ? tr("Allergies") : tr("Allergies: %1").arg(allergyNames));
    if (flags.testFlag(AllergiesUnknown))
        result.append(tr("Allergies not recorded"));
    if (flags.testFlag(ReviewOverdue))
        result.append(tr("Care plan review overdue"));
    if (flags.testFlag(ReviewDue))
        result.append(tr("Care plan review due"));
    return result;
}
