#include "incidents/IncidentListStore.h"

#include "database/DatabaseFailure.h"
#include "database/PgSession.h"

Result<KeysetPage<IncidentListRow>> IncidentListStore::page(const QSqlDatabase &db, const Filter &filter,
                                                            const std::optional<IncidentListRow> &after, int limit)
{
    QVariantList params{limit + 1};
    QString conditions;
    if (!filter.facilityId.isEmpty()) {
        params.append(filter.facilityId);
        conditions += QStringLiteral(" AND i.facility_id = $%1::uuid").arg(params.size());
    }
    if (filter.needsAttention)
        conditions += QStringLiteral(" AND (v.version IS NULL OR n.pending > 0)");
    if (filter.safeguardingOnly)
        conditions += QStringLiteral(" AND i.safeguarding");
    if (after) {
        params.append(after->occurredAt.toMSecsSinceEpoch());
        params.append(after->id);
        conditions += QStringLiteral(" AND (i.date, i.id) < (to_timestamp($%1::bigint / 1000.0), $%2::uuid)")
                          .arg(params.size() - 1)
                          .arg(params.size());
    }
    const SqlStatement statement{
        QStringLiteral(
            "SELECT i.id, floor(extract(epoch FROM i.date) * 1000)::bigint AS occurred_ms, "
            "floor(extract(epoch FROM i.created_at) * 1000)::bigint AS reported_ms, f.name AS facility, "
            "r.last_name || ', ' || r.first_name AS resident, coalesce(v.type, i.type) AS type, v.severity, "
            "i.safeguarding, n.pending, floor(extract(epoch FROM n.earliest_due) * 1000)::bigint AS due_ms, "
            "u.first_name || ' ' || u.last_name AS reported_by FROM public.incidents AS i "
            "LEFT JOIN LATERAL (SELECT x.version, x.type, x.severity FROM public.incident_reviews AS x "
            "WHERE x.organization_id = i.organization_id AND x.incident_id = i.id ORDER BY x.version DESC LIMIT 1) "
            "AS v ON true "
            "CROSS JOIN LATERAL (SELECT count(*) AS pending, min(y.due_at) AS earliest_due "
            "FROM public.incident_notifications AS y WHERE y.organization_id = i.organization_id "
            "AND y.incident_id = i.id AND y.sent_at IS NULL AND y.withdrawn_at IS NULL) AS n "
            "JOIN public.facilities AS f ON f.organization_id = i.organization_id AND f.id = i.facility_id "
            "LEFT JOIN public.residents AS r ON r.organization_id = i.organization_id AND r.id = i.resident_id "
            "LEFT JOIN public.users AS u ON u.organization_id = i.organization_id AND u.id = i.reported_by "
            "WHERE true%1 ORDER BY i.date DESC, i.id DESC LIMIT $1")
            .arg(conditions),
        params};
    const PgResult rows = PgSession(db).exec(statement.text, statement.params);
    if (!rows.ok())
        return databaseFailure<KeysetPage<IncidentListRow>>(rows.error());
    QList<IncidentListRow> list;
    for (int r = 0; r < rows.rowCount(); ++r) {
        IncidentListRow row;
        row.id = rows.text(r, "id");
        row.occurredAt = rows.instant(r, "occurred_ms");
        row.reportedAt = rows.instant(r, "reported_ms");
        row.facility = rows.text(r, "facility");
        row.resident = rows.text(r, "resident");
        row.type = rows.text(r, "type");
        row.severity = rows.text(r, "severity");
        row.safeguarding = rows.flag(r, "safeguarding");
        row.pendingNotifications = rows.integer(r, "pending");
        row.earliestDue = rows.instant(r, "due_ms");
        row.reportedBy = rows.text(r, "reported_by");
        list.append(row);
    }
    return Result<KeysetPage<IncidentListRow>>::done(KeysetPage<IncidentListRow>::ofOneMore(list, limit, {statement}));
}
