#include "board/ShiftBoardStore.h"

#include "assessments/AssessmentStore.h"
#include "clinical/AssessmentTools.h"
#include "clinical/News2.h"
#include "common/Clock.h"
#include "compliance/HeadInjuryObservations.h"
#include "database/DatabaseFailure.h"
#include "database/PgSession.h"
#include "shiftnotes/DailyNoteStore.h"

#include <QHash>
#include <QLocale>

bool ShiftBoardRow::operator==(const ShiftBoardRow &other) const
{
    return id == other.id && name == other.name && room == other.room && alerts == other.alerts &&
           alertWords == other.alertWords && fluidTarget == other.fluidTarget && fluidToday == other.fluidToday &&
           recorded == other.recorded && notes == other.notes && lastNote == other.lastNote &&
           escalated == other.escalated && assessmentAlerts == other.assessmentAlerts &&
           overdueAssessments == other.overdueAssessments && dueAssessments == other.dueAssessments &&
           highRiskResults == other.highRiskResults && news2.has_value() == other.news2.has_value() &&
           (!news2 || news2->total == other.news2->total);
}

Result<QList<ShiftBoardRow>> ShiftBoardStore::read(const QSqlDatabase &db, const QString &facilityId,
                                                   const ShiftOccurrence &shift, const QDate &today)
{
    const PgSession session(db);
    const PgResult residents = session.exec(
        QStringLiteral("SELECT r.id, r.first_name || ' ' || r.last_name AS name, coalesce(r.room_number, '') AS room, "
                       "r.alert_dnacpr, r.allergy_status, coalesce(r.allergy_names, '') AS allergy_names, "
                       "coalesce(r.fluid_target_ml, 0) AS fluid_target_ml, %1 AS due "
                       "FROM public.residents AS r WHERE r.facility_id = $1::uuid AND r.status = 'admitted' "
                       "ORDER BY r.room_sort, r.search_last_name, r.search_first_name, r.id")
            .arg(AssessmentStore::dueSubquery(QStringLiteral("r"))),
        {facilityId});
    // The day's notes of the facility's residents, without those a correction has replaced, read as every note is
    // read (DailyNoteStore): the board counts them, adds up their fluids and scores their observations.
    const PgResult notes = session.exec(
        DailyNoteStore::noteSelect(QStringLiteral("k.date = $2::date")) +
            QStringLiteral(
                " JOIN public.residents AS r ON r.organization_id = d.organization_id AND r.id = d.resident_id "
                "WHERE r.facility_id = $1::uuid AND r.status = 'admitted' AND d.date = $2::date "
                "AND c.id IS NULL ORDER BY d.occurred_at, d.id"),
        {facilityId, shift.date});
    // High risk results of the screening tools dated on the shift's date, not since corrected: new risks to hand over.
    const PgResult risks = session.exec(
        QStringLiteral("SELECT a.resident_id, a.type, a.score, coalesce(a.band, '') AS band "
                       "FROM public.residents AS r JOIN public.assessments AS a "
                       "ON a.organization_id = r.organization_id AND a.resident_id = r.id AND a.date = $2::date "
                       "WHERE r.facility_id = $1::uuid AND r.status = 'admitted' "
                       "AND a.type IN ('must', 'waterlow', 'falls') AND a.risk_level >= 2 AND NOT EXISTS "
                       "(SELECT 1 FROM public.assessments AS c WHERE c.organization_id = a.organization_id "
                       "AND c.corrects_id = a.id) "
                       "ORDER BY a.created_at, a.id"),
        {facilityId, shift.date});
    // Incidents with a possible head injury in the last day (app_head_injury_watch, which tells the staff of even a
    // safeguarding one they may not read): the observations they call for are due through the day after.
    const QDateTime now = Clock::nowUtc();
    const PgResult headInjuries = session.exec(
        QStringLiteral("SELECT w.resident_id, floor(extract(epoch FROM w.happened_at) * 1000)::bigint AS fall_ms "
                       "FROM public.app_head_injury_watch($1::uuid, to_timestamp($2::bigint / 1000.0)) AS w"),
        {facilityId, now.addSecs(-HeadInjuryObservations::watchSeconds()).toMSecsSinceEpoch()});
    for (const PgResult *read : {&residents, &notes, &risks, &headInjuries}) {
        if (!read->ok())
            return databaseFailure<QList<ShiftBoardRow>>(read->error());
    }

    QList<ShiftBoardRow> rows;
    QHash<QString, int> positions;
    for (int r = 0; r < residents.rowCount(); ++r) {
        ShiftBoardRow row;
        row.id = residents.text(r, "id");
        row.name = residents.text(r, "name");
        row.room = residents.text(r, "room");
        row.alerts = ResidentAlerts::flags(residents.text(r, "alert_dnacpr") == QLatin1String("t"),
                                           residents.text(r, "allergy_status"), QDate(), shift.date);
        row.alertWords = ResidentAlerts::words(row.alerts, residents.text(r, "allergy_names"));
        // What is due is measured against today: a night shift's date is the evening it began.
        row.assessmentAlerts = ResidentAlerts::assessmentFlags(residents.text(r, "due"), today, &row.overdueAssessments,
                                                               &row.dueAssessments, true);
        row.fluidTarget = residents.integer(r, "fluid_target_ml");
        positions.insert(row.id, int(rows.size()));
        rows.append(row);
    }
    for (int r = 0; r < notes.rowCount(); ++r) {
        const DailyNote note = DailyNoteStore::readNote(notes, r);
        const int at = positions.value(note.residentId, -1);
        if (at < 0)
            continue;
        ShiftBoardRow &row = rows[at];
        row.fluidToday += note.fluidMillilitres();
        if (note.shift != shift.shift)
            continue;
        ++row.notes;
        row.lastNote = note.occurredAt;
        for (const QString &category : note.categories) {
            if (!row.recorded.contains(category))
                row.recorded.append(category);
        }
        if (note.hasVitalSigns()) {
            row.news2 = News2::score(note.vitalSigns());
            row.escalated = note.escalation.contains(QStringLiteral("action"));
        }
    }

    for (int r = 0; r < risks.rowCount(); ++r) {
        const int at = positions.value(risks.text(r, "resident_id"), -1);
        const std::optional<AssessmentType> type = AssessmentTools::fromKey(risks.text(r, "type"));
        if (at < 0 || !type)
            continue;
        rows[at].highRiskResults.append(
            tr("%1: %2 (score %3)")
                .arg(AssessmentTools::shortName(*type), risks.text(r, "band"), risks.text(r, "score")));
    }

    for (int r = 0; r < headInjuries.rowCount(); ++r) {
        const int at = positions.value(headInjuries.text(r, "resident_id"), -1);
        const QDateTime next = HeadInjuryObservations::currentDue(headInjuries.instant(r, "fall_ms"), now);
        if (at < 0 || !next.isValid())
            continue;
        rows[at].alertWords.prepend(tr("Head injury: observations due %1")
                                        .arg(QLocale().toString(next.toLocalTime().time(), QStringLiteral("HH:mm"))));
    }

    return Result<QList<ShiftBoardRow>>::done(rows);
}
