#include "careplans/CarePlanListStore.h"

#include "database/DatabaseFailure.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"

Result<KeysetPage<ReviewDueRow>> CarePlanListStore::reviewsDuePage(const QSqlDatabase &db, const QString &facilityId,
                                                                   const QDate &dueBy,
                                                                   const std::optional<ReviewDueRow> &after, int limit)
{
    // One row more than the page says whether another follows.
    QVariantList params{dueBy, limit + 1};
    QString conditions;
    if (!facilityId.isEmpty()) {
        params.append(facilityId);
        conditions += QStringLiteral(" AND r.facility_id = $%1::uuid").arg(params.size());
    }
    if (after) {
        params.append(after->review);
        params.append(after->planId);
        conditions += QStringLiteral(" AND (p.review_date, p.id) > ($%1::date, $%2::uuid)")
                          .arg(params.size() - 1)
                          .arg(params.size());
    }
    const SqlStatement statement{
        QStringLiteral("SELECT p.id, p.resident_id, p.type, p.review_date, r.last_name || ', ' || "
                       "r.first_name AS resident, r.room_number, f.name AS facility FROM public.care_plans AS p "
                       "JOIN public.residents AS r ON r.organization_id = p.organization_id "
                       "AND r.id = p.resident_id "
                       "LEFT JOIN public.facilities AS f ON f.organization_id = r.organization_id "
                       "AND f.id = r.facility_id "
                       "WHERE p.status IN ('active', 'under_review') AND p.review_date <= $1::date "
                       "AND r.status IN ('admitted', 'in_hospital')%1 "
                       "ORDER BY p.review_date, p.id LIMIT $2")
            .arg(conditions),
        params};
    const PgResult page = PgSession(db).exec(statement.text, statement.params);
    if (!page.ok())
        return databaseFailure<KeysetPage<ReviewDueRow>>(page.error());
    QList<ReviewDueRow> rows;
    for (int r = 0; r < page.rowCount(); ++r) {
        rows.append({page.text(r, "id"), page.text(r, "resident_id"), page.text(r, "type"),
                     QDate::fromString(page.text(r, "review_date"), Qt::ISODate), page.text(r, "resident"),
                     page.text(r, "room_number"), page.text(r, "facility")});
    }
    return Result<KeysetPage<ReviewDueRow>>::done(KeysetPage<ReviewDueRow>::ofOneMore(rows, limit, {statement}));
}

Result<QList<CarePlanListRow>> CarePlanListStore::forResident(const QSqlDatabase &db, const QString &residentId)
{
    const PgResult rows =
        PgSession(db).exec(QStringLiteral("SELECT p.id, p.type, p.status, p.start_date, p.review_date, "
                                          "u.first_name || ' ' || u.last_name AS updated_by, "
                                          "(p.updated_at AT TIME ZONE 'UTC')::date AS updated_on "
                                          "FROM public.care_plans AS p LEFT JOIN public.users AS u "
                                          "ON u.organization_id = p.organization_id AND u.id = p.updated_by "
                                          "WHERE p.resident_id = $1::uuid "
                                          "ORDER BY p.status = 'archived', p.status = 'draft', p.review_date, p.type"),
                           {residentId});
    return mappedRows<CarePlanListRow>(rows, [](const PgResult &plans, int r) {
        CarePlanListRow row;
        row.id = plans.text(r, "id");
        row.type = plans.text(r, "type");
        row.status = plans.text(r, "status");
        row.start = QDate::fromString(plans.text(r, "start_date"), Qt::ISODate);
        row.review = QDate::fromString(plans.text(r, "review_date"), Qt::ISODate);
        row.updatedBy = plans.text(r, "updated_by");
        row.updated = QDate::fromString(plans.text(r, "updated_on"), Qt::ISODate);
        return row;
    });
}
