#include "assessments/AssessmentListStore.h"

#include "assessments/AssessmentStore.h"
#include "clinical/AssessmentTools.h"
#include "database/DatabaseFailure.h"
#include "database/PgSession.h"

Result<KeysetPage<AssessmentDueRow>> AssessmentListStore::duePage(const QSqlDatabase &db, const QString &facilityId,
                                                                  const QDate &dueBy,
                                                                  const std::optional<AssessmentDueRow> &after,
                                                                  int limit)
{
    // One row more than the page says whether another follows.
    QVariantList params{dueBy, limit + 1};
    QString conditions;
    if (!facilityId.isEmpty()) {
        params.append(facilityId);
        conditions += QStringLiteral(" AND d.facility_id = $%1::uuid").arg(params.size());
    }
    if (after) {
        params.append(after->due.dueDate);
        params.append(after->residentId);
        params.append(after->typeKey);
        conditions += QStringLiteral(" AND (d.due_date, d.resident_id, d.type) > ($%1::date, $%2::uuid, $%3)")
                          .arg(params.size() - 2)
                          .arg(params.size() - 1)
                          .arg(params.size());
    }
    const SqlStatement statement{
        QStringLiteral("SELECT d.resident_id, d.type, d.due_date, d.last_assessment_id, d.last_date, "
                       "r.last_name || ', ' || r.first_name AS resident, r.room_number, f.name AS facility "
                       "FROM public.assessments_due AS d "
                       "JOIN public.residents AS r ON r.organization_id = d.organization_id "
                       "AND r.id = d.resident_id "
                       "LEFT JOIN public.facilities AS f ON f.organization_id = r.organization_id "
                       "AND f.id = r.facility_id "
                       "WHERE d.due_date <= $1::date%1 "
                       "ORDER BY d.due_date, d.resident_id, d.type LIMIT $2")
            .arg(conditions),
        params};
    const PgResult page = PgSession(db).exec(statement.text, statement.params);
    if (!page.ok())
        return databaseFailure<KeysetPage<AssessmentDueRow>>(page.error());
    QList<AssessmentDueRow> rows;
    for (int r = 0; r < page.rowCount(); ++r) {
        AssessmentDueRow row;
        row.residentId = page.text(r, "resident_id");
        row.typeKey = page.text(r, "type");
        row.due = {AssessmentTools::fromKey(row.typeKey).value_or(AssessmentType::Must),
                   QDate::fromString(page.text(r, "due_date"), Qt::ISODate), page.text(r, "last_assessment_id"),
                   QDate::fromString(page.text(r, "last_date"), Qt::ISODate)};
        row.resident = page.text(r, "resident");
        row.room = page.text(r, "room_number");
        row.facility = page.text(r, "facility");
        rows.append(row);
    }
    return Result<KeysetPage<AssessmentDueRow>>::done(
        KeysetPage<AssessmentDueRow>::ofOneMore(rows, limit, {statement}));
}

Result<KeysetPage<AssessmentRecord>> AssessmentListStore::historyPage(const QSqlDatabase &db, const QString &residentId,
                                                                      const std::optional<AssessmentRecord> &after,
                                                                      int limit)
{
    QVariantList params{residentId, limit + 1};
    QString afterCondition;
    if (after) {
        // The last row's own key, read on the server: its time to the microsecond (the station keeps milliseconds,
        // and a time rounded up would bring the last row, and its twins in time, back on the next page).
        params.append(after->id);
        afterCondition = QStringLiteral(" AND (a.date, a.created_at, a.id) < (SELECT k.date, k.created_at, k.id "
                                        "FROM public.assessments AS k WHERE k.id = $3::uuid)");
    }
    const SqlStatement statement{AssessmentStore::select() +
                                     QStringLiteral("WHERE a.resident_id = $1::uuid%1 "
                                                    "ORDER BY a.date DESC, a.created_at DESC, a.id DESC LIMIT $2")
                                         .arg(afterCondition),
                                 params};
    const PgResult page = PgSession(db).exec(statement.text, statement.params);
    if (!page.ok())
        return databaseFailure<KeysetPage<AssessmentRecord>>(page.error());
    QList<AssessmentRecord> rows;
    for (int r = 0; r < page.rowCount(); ++r)
        rows.append(AssessmentStore::readRow(page, r));
    return Result<KeysetPage<AssessmentRecord>>::done(
        KeysetPage<AssessmentRecord>::ofOneMore(rows, limit, {statement}));
}
