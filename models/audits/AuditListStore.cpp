#include "audits/AuditListStore.h"

#include "compliance/AuditScore.h"
#include "database/DatabaseFailure.h"
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
            "(SELECT count(*) FROM public.audit_actions AS c WHERE c.organization_id = a.organization_id "
            "AND c.series_id = a.series_id AND c.status = 'open') AS open_actions, "
            "(SELECT min(c.due_date) FROM public.audit_actions AS c WHERE c.organization_id = a.organization_id "
            "AND c.series_id = a.series_id AND c.status = 'open') AS earliest_due "
            "FROM public.audits AS a "
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
