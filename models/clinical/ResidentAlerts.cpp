#include "clinical/ResidentAlerts.h"

#include "clinical/AssessmentDue.h"
#include "clinical/AssessmentTools.h"

#include <algorithm>

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

ResidentAlerts::Flags ResidentAlerts::assessmentFlags(const QString &due, const QDate &today, QString *overdueNames,
                                                      QString *dueNames, bool shortNames)
{
    QStringList overdue;
    QList<std::pair<QDate, QString>> soon;
    for (const QString &entry : due.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<AssessmentType> type = AssessmentTools::fromKey(entry.section(QLatin1Char('='), 0, 0));
        ::AssessmentDue item; // the struct, not this class's flag of the same name
        item.dueDate = QDate::fromString(entry.section(QLatin1Char('='), 1), Qt::ISODate);
        if (!type || !item.dueDate.isValid())
            continue;
        const QString name = shortNames ? AssessmentTools::shortName(*type) : AssessmentTools::name(*type);
        if (item.overdue(today))
            overdue.append(name);
        else if (item.dueSoon(today))
            soon.append({item.dueDate, name});
    }
    *overdueNames = overdue.join(tr(", "));
    *dueNames = dueGroups(soon, today);
    Flags result;
    if (!overdue.isEmpty())
        result |= AssessmentOverdue;
    if (!soon.isEmpty())
        result |= AssessmentDue;
    return result;
}

QStringList ResidentAlerts::words(Flags flags, const QString &allergyNames, const QString &overdueAssessments,
                                  const QString &dueAssessments)
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
    if (flags.testFlag(AssessmentOverdue))
        result.append(tr("Overdue: %1").arg(overdueAssessments));
    if (flags.testFlag(AssessmentDue))
        result.append(dueAssessments);
    return result;
}

QString ResidentAlerts::dueWhen(const QDate &dueDate, const QDate &today)
{
    const qint64 days = today.daysTo(dueDate);
    if (days < 0)
        return tr("Overdue");
    if (days == 0)
        return tr("Due today");
    if (days == 1)
        return tr("Due tomorrow");
    return tr("Due in %n day(s)", "", int(days));
}

QString ResidentAlerts::dueNote(const QDate &dueDate, const QDate &today)
{
    const qint64 days = today.daysTo(dueDate);
    if (days < 0)
        return tr("(overdue)");
    if (days == 0)
        return tr("(due today)");
    if (days == 1)
        return tr("(due tomorrow)");
    return tr("(due in %n day(s))", "", int(days));
}

QString ResidentAlerts::dueGroups(QList<std::pair<QDate, QString>> items, const QDate &today)
{
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList groups;
    QString when;
    QStringList names;
    const auto endGroup = [&] {
        if (!names.isEmpty())
            groups.append(tr("%1: %2").arg(when, names.join(tr(", "))));
        names.clear();
    };
    for (const auto &[date, name] : items) {
        if (const QString itemWhen = dueWhen(date, today); itemWhen != when) {
            endGroup();
            when = itemWhen;
        }
        names.append(name);
    }
    endGroup();
    return groups.join(tr("; "));
}
