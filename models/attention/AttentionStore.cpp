#include "attention/AttentionStore.h"

#include "clinical/ShiftPattern.h"
#include "database/DatabaseFailure.h"
#include "database/PgSession.h"

#include <QHash>

#include <algorithm>

namespace {

// Every kind's rows in the same columns (AttentionItem's): facility_id, kind, resident_id, resident, room, record_id,
// detail, extra, who, on_date, at_ms, number, urgent, and sort_ms, which orders the lines of a kind after the urgent
// ones first (NULLS LAST, then by resident). Homes come from $3-$5 (one element per home: its id, the date and name
// of its shift under way); $1 is the station's date, $2 its time in milliseconds.
const QString attentionSelect = QStringLiteral(
    "WITH homes AS (SELECT * FROM unnest(string_to_array($3, ',')::uuid[], string_to_array($4, ',')::date[], "
    "string_to_array($5, ',')) AS h (facility_id, shift_date, shift)), "
    "now_at AS (SELECT to_timestamp($2::bigint / 1000.0) AS t, "
    "to_timestamp($2::bigint / 1000.0) - interval '24 hours' AS since), "
    "items AS ("
    // Care plans past their review date, of residents living here or away in hospital.
    "SELECT r.facility_id, 'review' AS kind, r.id AS resident_id, r.last_name || ', ' || r.first_name AS resident, "
    "coalesce(r.room_number, '') AS room, p.id::text AS record_id, p.type::text AS detail, '' AS extra, '' AS who, "
    "p.review_date AS on_date, NULL::timestamptz AS at, 0 AS number, true AS urgent, "
    "floor(extract(epoch FROM p.review_date) * 1000)::bigint AS sort_ms "
    "FROM homes AS h JOIN public.residents AS r ON r.facility_id = h.facility_id "
    "AND r.status IN ('admitted', 'in_hospital') "
    "JOIN public.care_plans AS p ON p.organization_id = r.organization_id AND p.resident_id = r.id "
    "AND p.status IN ('active', 'under_review') AND p.review_date < $1::date "
    // Assessments past their due date (the view knows each resident's schedule).
    "UNION ALL SELECT r.facility_id, 'assessment', r.id, r.last_name || ', ' || r.first_name, "
    "coalesce(r.room_number, ''), coalesce(d.last_assessment_id::text, ''), d.type::text, '', '', d.due_date, NULL, 0, "
    "true, floor(extract(epoch FROM d.due_date) * 1000)::bigint "
    "FROM homes AS h JOIN public.assessments_due AS d ON d.facility_id = h.facility_id AND d.due_date < $1::date "
    "JOIN public.residents AS r ON r.organization_id = d.organization_id AND r.id = d.resident_id "
    // NEWS2 of 5 or more, or 3 in one parameter, scored by the database's own chart, from the observations of the
    // notes of the last 24 hours that no correction replaced (a night shift's notes are dated the evening before, so
    // two days back), the newest first; urgent when nothing says it was escalated.
    "UNION ALL SELECT r.facility_id, 'news2', r.id, r.last_name || ', ' || r.first_name, coalesce(r.room_number, ''), "
    "d.id::text, '', coalesce(btrim(d.escalation ->> 'action'), ''), coalesce(btrim(d.escalation ->> 'told'), ''), "
    "NULL, d.occurred_at, (public.news2(d.observations)).aggregate, "
    "coalesce(btrim(d.escalation ->> 'action'), '') = '', -floor(extract(epoch FROM d.occurred_at) * 1000)::bigint "
    "FROM homes AS h JOIN public.residents AS r ON r.facility_id = h.facility_id "
    "AND r.status IN ('admitted', 'in_hospital') "
    // Each resident's notes by the resident's own index (a whole month's partition is never read), those flagged
    // as they were written (migration 22), or scored here when written before it.
    "JOIN LATERAL (SELECT n.id, n.date, n.occurred_at, n.observations, n.escalation, n.organization_id "
    "FROM public.daily_records AS n WHERE n.organization_id = r.organization_id AND n.resident_id = r.id "
    // The dates as a list, not a range: the index then bounds occurred_at too, and row-level security looks at the
    // last day's notes alone, not three days of them.
    "AND n.date = ANY (ARRAY[$1::date - 2, $1::date - 1, $1::date]) "
    // Bounds as plain values (the subtraction is not leakproof, so under row-level security it would only filter).
    "AND n.occurred_at > (SELECT since FROM now_at) AND n.occurred_at <= (SELECT t FROM now_at) "
    "AND n.observations <> '{}'::jsonb "
    "AND coalesce(n.news2_escalation, (public.news2(n.observations)).escalation_required) OFFSET 0) AS d ON true "
    "WHERE NOT EXISTS (SELECT 1 FROM public.daily_records AS c "
    "WHERE c.organization_id = d.organization_id AND c.corrects_id = d.id AND c.date = d.date "
    "AND c.date BETWEEN $1::date - 2 AND $1::date AND c.corrects_id IS NOT NULL) "
    // Residents living here with no note at all on the shift under way, by room.
    "UNION ALL SELECT r.facility_id, 'no_note', r.id, r.last_name || ', ' || r.first_name, "
    "coalesce(r.room_number, ''), r.id::text, h.shift, '', '', h.shift_date, NULL, 0, false, NULL "
    "FROM homes AS h JOIN public.residents AS r ON r.facility_id = h.facility_id AND r.status = 'admitted' "
    // A probe of the resident's own index for one note, never a hash of every note of the month.
    "LEFT JOIN LATERAL (SELECT 1 AS found FROM public.daily_records AS d WHERE d.organization_id = r.organization_id "
    "AND d.resident_id = r.id AND d.date = h.shift_date AND d.date BETWEEN $1::date - 1 AND $1::date "
    "AND d.shift = h.shift LIMIT 1) AS noted ON true "
    "WHERE noted.found IS NULL "
    // Incidents no manager has reviewed, the longest waiting first; urgent once reported a day ago.
    "UNION ALL SELECT i.facility_id, 'incident', i.resident_id, coalesce(r.last_name || ', ' || r.first_name, ''), "
    "coalesce(r.room_number, ''), i.id::text, i.type::text, CASE WHEN i.safeguarding THEN 'safeguarding' ELSE '' END, "
    "'', NULL, i.date, 0, i.created_at <= (SELECT t FROM now_at) - make_interval(secs => $7), "
    "floor(extract(epoch FROM i.created_at) * 1000)::bigint "
    "FROM homes AS h JOIN public.incidents AS i ON i.facility_id = h.facility_id "
    "LEFT JOIN public.residents AS r ON r.organization_id = i.organization_id AND r.id = i.resident_id "
    // Only for those who read reviews: to anyone else every incident would seem to await one.
    "WHERE (SELECT public.app_can('incidents.read')) AND NOT EXISTS (SELECT 1 FROM public.incident_reviews AS x "
    "WHERE x.organization_id = i.organization_id AND x.incident_id = i.id) "
    // Notifications neither sent nor withdrawn, the soonest due first; urgent once past due.
    "UNION ALL SELECT i.facility_id, 'notification', i.resident_id, coalesce(r.last_name || ', ' || r.first_name, ''), "
    "coalesce(r.room_number, ''), i.id::text, n.kind::text, i.type::text, '', NULL, n.due_at, 0, "
    "n.due_at <= (SELECT t FROM now_at), floor(extract(epoch FROM n.due_at) * 1000)::bigint "
    "FROM public.incident_notifications AS n "
    "JOIN public.incidents AS i ON i.organization_id = n.organization_id AND i.id = n.incident_id "
    "JOIN homes AS h ON h.facility_id = i.facility_id "
    "LEFT JOIN public.residents AS r ON r.organization_id = i.organization_id AND r.id = i.resident_id "
    "WHERE (SELECT public.app_can('incidents.read')) AND n.sent_at IS NULL AND n.withdrawn_at IS NULL "
    // Open audit actions past their date, with the latest version of the audit that raised them.
    "UNION ALL SELECT c.facility_id, 'action', NULL, '', '', "
    "coalesce((SELECT l.id::text FROM public.audits AS l WHERE l.organization_id = c.organization_id "
    "AND l.series_id = c.series_id ORDER BY l.version DESC LIMIT 1), ''), c.what, coalesce(t.name, a.type), "
    "coalesce(u.first_name || ' ' || u.last_name, ''), c.due_date, NULL, 0, true, "
    "floor(extract(epoch FROM c.due_date) * 1000)::bigint "
    "FROM homes AS h JOIN public.audit_actions AS c ON c.facility_id = h.facility_id AND c.status = 'open' "
    "AND c.due_date < $1::date "
    "JOIN public.audits AS a ON a.organization_id = c.organization_id AND a.id = c.raised_in "
    "LEFT JOIN public.audit_types AS t ON t.organization_id = a.organization_id AND t.code = a.type "
    "LEFT JOIN public.users AS u ON u.organization_id = c.organization_id AND u.id = c.owner_id "
    // Audits due today or before by the home's schedule, or never run (those first); urgent once overdue.
    "UNION ALL SELECT f.id, 'audit_due', NULL, '', '', '', t.code, t.name, '', last.date + t.every_days, NULL, 0, "
    "last.date IS NULL OR last.date + t.every_days < $1::date, "
    "coalesce(floor(extract(epoch FROM last.date + t.every_days) * 1000)::bigint, 0) "
    "FROM homes AS h JOIN public.facilities AS f ON f.id = h.facility_id "
    "JOIN public.audit_types AS t ON t.organization_id = f.organization_id AND t.every_days IS NOT NULL "
    "AND t.retired_at IS NULL "
    "LEFT JOIN LATERAL (SELECT a.date FROM public.audits AS a WHERE a.organization_id = f.organization_id "
    "AND a.facility_id = f.id AND a.type = t.code ORDER BY a.date DESC LIMIT 1) AS last ON true "
    "WHERE last.date IS NULL OR last.date + t.every_days <= $1::date), "
    "counted AS (SELECT i.*, count(*) OVER w AS total, count(*) FILTER (WHERE i.urgent) OVER w AS urgent_total, "
    "row_number() OVER (w ORDER BY i.urgent DESC, i.sort_ms NULLS LAST, i.room, i.resident, i.detail, i.record_id) "
    "AS n "
    "FROM items AS i WINDOW w AS (PARTITION BY i.facility_id, i.kind)) "
    "SELECT c.facility_id, c.kind, c.resident_id, c.resident, c.room, c.record_id, c.detail, c.extra, c.who, "
    "c.on_date, floor(extract(epoch FROM c.at) * 1000)::bigint AS at_ms, c.number, c.urgent, c.total, "
    "c.urgent_total FROM counted AS c WHERE c.n <= $6 ORDER BY c.facility_id, c.kind, c.n");

const QHash<QString, AttentionKind> &kindsByCode()
{
    static const QHash<QString, AttentionKind> kinds = {
        {QStringLiteral("review"), AttentionKind::ReviewOverdue},
        {QStringLiteral("assessment"), AttentionKind::AssessmentOverdue},
        {QStringLiteral("news2"), AttentionKind::News2Raised},
        {QStringLiteral("no_note"), AttentionKind::NoNoteThisShift},
        {QStringLiteral("incident"), AttentionKind::IncidentAwaitingReview},
        {QStringLiteral("notification"), AttentionKind::NotificationNotSent},
        {QStringLiteral("action"), AttentionKind::ActionOverdue},
        {QStringLiteral("audit_due"), AttentionKind::AuditDue},
    };
    return kinds;
}

} // namespace

Result<QList<HomeAttention>> AttentionStore::read(const QSqlDatabase &db, const QDateTime &now,
                                                  QList<SqlStatement> *statements, int itemLimit)
{
    const PgSession session(db);
    // The user's homes, each with its shift times (a home without any keeps the standard pattern, as the board does).
    const SqlStatement homesStatement{
        QStringLiteral(
            "SELECT f.id, f.name, coalesce(p.shift, '') AS shift, "
            "coalesce(to_char(p.starts_at, 'HH24:MI'), '') AS starts, "
            "coalesce(to_char(p.ends_at, 'HH24:MI'), '') AS ends FROM public.facilities AS f "
            "LEFT JOIN public.shift_patterns AS p ON p.organization_id = f.organization_id "
            "AND p.facility_id = f.id "
            "WHERE (SELECT public.app_all_facilities()) OR f.id = ANY ((SELECT public.app_facility_ids())::uuid[]) "
            "ORDER BY f.name, f.id, p.starts_at"),
        {}};
    const PgResult homeRows = session.exec(homesStatement.text, homesStatement.params);
    if (statements)
        statements->append(homesStatement);
    if (!homeRows.ok())
        return databaseFailure<QList<HomeAttention>>(homeRows.error());

    QList<HomeAttention> homes;
    QHash<QString, QList<ShiftTimes>> patterns;
    for (int r = 0; r < homeRows.rowCount(); ++r) {
        const QString id = homeRows.text(r, "id");
        if (homes.isEmpty() || homes.last().facilityId != id)
            homes.append({id, homeRows.text(r, "name"), {}, {}});
        if (!homeRows.text(r, "shift").isEmpty()) {
            patterns[id].append({homeRows.text(r, "shift"),
                                 QTime::fromString(homeRows.text(r, "starts"), QStringLiteral("HH:mm")),
                                 QTime::fromString(homeRows.text(r, "ends"), QStringLiteral("HH:mm"))});
        }
    }
    if (homes.isEmpty())
        return Result<QList<HomeAttention>>::done({});

    // The shift under way in each home, by the same rule as the shift board: local time, across a change of clocks.
    const QDateTime local = now.toLocalTime();
    QStringList ids;
    QStringList dates;
    QStringList shifts;
    QHash<QString, int> positions;
    for (HomeAttention &home : homes) {
        const QList<ShiftTimes> times = patterns.value(home.facilityId);
        home.shift = (times.isEmpty() ? ShiftPattern::standard() : ShiftPattern(times)).current(local);
        positions.insert(home.facilityId, int(positions.size()));
        ids.append(home.facilityId);
        dates.append(home.shift.date.toString(Qt::ISODate));
        shifts.append(home.shift.shift);
    }

    const SqlStatement attention{attentionSelect,
                                 {local.date(), now.toMSecsSinceEpoch(), ids.join(QLatin1Char(',')),
                                  dates.join(QLatin1Char(',')), shifts.join(QLatin1Char(',')), itemLimit,
                                  reviewWaitSeconds}};
    const PgResult rows = session.exec(attention.text, attention.params);
    if (statements)
        statements->append(attention);
    if (!rows.ok())
        return databaseFailure<QList<HomeAttention>>(rows.error());

    for (int r = 0; r < rows.rowCount(); ++r) {
        const int at = positions.value(rows.text(r, "facility_id"), -1);
        const auto kind = kindsByCode().constFind(rows.text(r, "kind"));
        if (at < 0 || kind == kindsByCode().constEnd())
            continue;
        HomeAttention &home = homes[at];
        if (home.lines.isEmpty() || home.lines.last().kind != *kind)
            home.lines.append({*kind, rows.integer(r, "total"), rows.integer(r, "urgent_total"), {}});
        AttentionItem item;
        item.kind = *kind;
        item.facilityId = home.facilityId;
        item.residentId = rows.text(r, "resident_id");
        item.resident = rows.text(r, "resident");
        item.room = rows.text(r, "room");
        item.recordId = rows.text(r, "record_id");
        item.detail = rows.text(r, "detail");
        item.extra = rows.text(r, "extra");
        item.who = rows.text(r, "who");
        item.date = rows.date(r, "on_date");
        item.at = rows.instant(r, "at_ms");
        item.number = rows.integer(r, "number");
        item.urgent = rows.flag(r, "urgent");
        home.lines.last().items.append(item);
    }
    // Lines in the kinds' order (the rows came by the kinds' codes); the homes with most that is urgent first, then
    // with most in all, then by name.
    for (HomeAttention &home : homes) {
        std::sort(home.lines.begin(), home.lines.end(),
                  [](const AttentionLine &a, const AttentionLine &b) { return a.kind < b.kind; });
    }
    std::stable_sort(homes.begin(), homes.end(), [](const HomeAttention &a, const HomeAttention &b) {
        if (a.urgent() != b.urgent())
            return a.urgent() > b.urgent();
        return a.total() > b.total();
    });
    return Result<QList<HomeAttention>>::done(homes);
}
