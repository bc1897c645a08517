#include "audits/AuditListStore.h"

#include "compliance/AuditScore.h"
#include "database/DatabaseFailure.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"

Result<KeysetPage<AuditListRow>> AuditListStore::page(const QSqlDatabase &db, const QString &facilityId,
                                                      const std::optional<AuditListRow> &after, int limit)
{
    QVariantList params{limit + 1};
    QString conditions;
    if (!facilityId.isEmpty()) {
        params.append(facilityId);
        conditions += QStringLiteral(" AND a.facility_id = $%1::uuid").arg(params.size());
    }
    if (after) {
        params.append(after->date);
        params.append(after->id);
        conditions +=
            QStringLiteral(" AND (a.date, a.id) < ($%1::date, $%2::uuid)").arg(params.size() - 1).arg(params.size());
    }
    const SqlStatement statement{
        QStringLiteral(
            "SELECT a.id, f.name AS facility, t.name AS type_name, a.date, a.version, a.score::text AS score, "
            "a.signed_off_at IS NOT NULL AS signed_off, u.first_name || ' ' || u.last_name AS auditor, "
            "open.actions AS open_actions, open.earliest_due FROM public.audits AS a "
            "CROSS JOIN LATERAL (SELECT count(*) AS actions, min(c.due_date) AS earliest_due "
            "FROM public.audit_actions AS c WHERE c.organization_id = a.organization_id "
            "AND c.series_id = a.series_id AND c.status = 'open') AS open "
            "JOIN public.facilities AS f ON f.organization_id = a.organization_id AND f.id = a.facility_id "
            "LEFT JOIN public.audit_types AS t ON t.organization_id = a.organization_id AND t.code = a.type "
            "LEFT JOIN public.users AS u ON u.organization_id = a.organization_id AND u.id = a.auditor "
            "WHERE NOT EXISTS (SELECT 1 FROM public.audits AS l WHERE l.organization_id = a.organization_id "
            "AND l.series_id = a.series_id AND l.version > a.version)%1 "
            "ORDER BY a.date DESC, a.id DESC LIMIT $1")
            .arg(conditions),
        params};
    const PgResult rows = PgSession(db).exec(statement.text, statement.params);
    if (!rows.ok())
        return databaseFailure<KeysetPage<AuditListRow>>(rows.error());
    QList<AuditListRow> list;
    for (int r = 0; r < rows.rowCount(); ++r) {
        AuditListRow row;
        row.id = rows.text(r, "id");
        row.facility = rows.text(r, "facility");
        row.typeName = rows.text(r, "type_name");
        row.date = QDate::fromString(rows.text(r, "date"), Qt::ISODate);
        row.version = rows.integer(r, "version");
        row.score = AuditScore::fromStored(rows.text(r, "score"));
        row.signedOff = rows.text(r, "signed_off") == QLatin1String("t");
        row.auditor = rows.text(r, "auditor");
        row.openActions = rows.integer(r, "open_actions");
        row.earliestDue = QDate::fromString(rows.text(r, "earliest_due"), Qt::ISODate);
        list.append(row);
    }
    return Result<KeysetPage<AuditListRow>>::done(KeysetPage<AuditListRow>::ofOneMore(list, limit, {statement}));
}

Result<QList<AuditDueRow>> AuditListStore::due(const QSqlDatabase &db, const QString &facilityId, const QDate &today)
{
    // A home's latest audit of each type, by the audits' (organization, home, type, date) index; an audit started
    // counts as run.
    const PgResult rows = PgSession(db).exec(
        QStringLiteral(
            "SELECT f.id AS facility_id, f.name AS facility, t.code, t.name AS type_name, last.date AS last_date, "
            "last.date + t.every_days AS due_date FROM public.facilities AS f "
            "JOIN public.audit_types AS t ON t.organization_id = f.organization_id "
            "LEFT JOIN LATERAL (SELECT a.date FROM public.audits AS a WHERE a.organization_id = f.organization_id "
            "AND a.facility_id = f.id AND a.type = t.code ORDER BY a.date DESC LIMIT 1) AS last ON true "
            "WHERE t.every_days IS NOT NULL AND t.retired_at IS NULL "
            "AND ((SELECT public.app_all_facilities()) OR f.id = ANY ((SELECT public.app_facility_ids())::uuid[])) "
            "AND ($1::uuid IS NULL OR f.id = $1::uuid) "
            "AND (last.date IS NULL OR last.date + t.every_days <= $2::date + 7) "
            "ORDER BY last.date + t.every_days NULLS FIRST, f.name, t.name"),
        {facilityId.isEmpty() ? QVariant() : QVariant(facilityId), today});
    return mappedRows<AuditDueRow>(rows, [](const PgResult &due, int r) {
        AuditDueRow row;
        row.facilityId = due.text(r, "facility_id");
        row.facility = due.text(r, "facility");
        row.type = due.text(r, "code");
        row.typeName = due.text(r, "type_name");
        row.last = QDate::fromString(due.text(r, "last_date"), Qt::ISODate);
        row.due = QDate::fromString(due.text(r, "due_date"), Qt::ISODate);
        return row;
    });
}
