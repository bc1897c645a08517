#include "assessments/AssessmentSchedule.h"

#include "clinical/AssessmentTools.h"
#include "database/DatabaseErrorMessages.h"
#include "database/DatabaseFailure.h"
#include "database/PgSession.h"

#include <QJsonDocument>
#include <QJsonObject>

Result<QList<AssessmentSchedule::Entry>> AssessmentSchedule::load(const QSqlDatabase &db)
{
    const PgResult rows = PgSession(db).exec(
        QStringLiteral("SELECT type, on_admission, every_days, risk_days FROM public.assessment_schedule()"));
    if (!rows.ok())
        return databaseFailure<QList<Entry>>(rows.error());
    QList<Entry> entries;
    // In the tools' own order, as every list shows them.
    for (const AssessmentType type : AssessmentTools::types()) {
        for (int r = 0; r < rows.rowCount(); ++r) {
            if (rows.text(r, "type") != AssessmentTools::key(type))
                continue;
            entries.append({type, rows.text(r, "on_admission") == QLatin1String("t"), rows.integer(r, "every_days"),
                            rows.integer(r, "risk_days")});
        }
    }
    return Result<QList<Entry>>::done(entries);
}

Result<> AssessmentSchedule::check(const QList<Entry> &entries)
{
    for (const Entry &entry : entries) {
        if (entry.everyDays < 0 || entry.everyDays > maximumDays)
            return Result<>::refused(
                tr("%1, how often it is due: %2 days is not possible. Choose 0 (not scheduled) to %3 days.")
                    .arg(AssessmentTools::name(entry.type))
                    .arg(entry.everyDays)
                    .arg(maximumDays),
                AssessmentTools::key(entry.type));
        if (entry.riskDays < 0 || entry.riskDays > maximumDays)
            return Result<>::refused(tr("%1, how soon it is due again after a risk: %2 days is not possible. Choose 0 "
                                        "(as often as usual) to %3 days.")
                                         .arg(AssessmentTools::name(entry.type))
                                         .arg(entry.riskDays)
                                         .arg(maximumDays),
                                     AssessmentTools::key(entry.type));
    }
    return Result<>::done();
}

Result<> AssessmentSchedule::save(const QSqlDatabase &db, const QList<Entry> &entries)
{
    if (const Result<> checked = check(entries); !checked.ok())
        return checked;
    QJsonObject schedule;
    for (const Entry &entry : entries)
        schedule.insert(AssessmentTools::key(entry.type),
                        QJsonObject{{QStringLiteral("on_admission"), entry.onAdmission},
                                    {QStringLiteral("every_days"), entry.everyDays},
                                    {QStringLiteral("risk_days"), entry.riskDays}});
    const PgResult updated = PgSession(db).exec(
        QStringLiteral("UPDATE public.organizations SET settings = jsonb_set(settings, '{assessment_schedule}', "
                       "coalesce(settings -> 'assessment_schedule', '{}'::jsonb) || $1::jsonb) "
                       "WHERE id = public.app_organization_id()"),
        {QString::fromUtf8(QJsonDocument(schedule).toJson(QJsonDocument::Compact))});
    if (!updated.ok())
        return Result<>::refused(DatabaseErrorMessages::describe(updated.error()));
    if (updated.rowsAffected() != 1)
        return Result<>::refused(tr("You may not change the organization's settings: ask an administrator."));
    return Result<>::done();
}
