#include "attention/AttentionStore.h"

#include "clinical/ShiftPattern.h"
#include "database/DatabaseFailure.h"
#include "database/PgSession.h"

#include <QHash>

#include <algorithm>

namespace {

// Everything needing attention in the homes $3 (comma-joined ids), with the date and name of each one's shift under way
// ($4, $5), at the station's date $1 and time $2 (milliseconds): one call of app_attention (migration 23), which checks
// the user's rights and homes once, as the owner, instead of row-level security testing every row it reads. Each row
// is an AttentionItem's, with its kind's counts.
const QString attentionSelect = QStringLiteral(
    "SELECT a.facility_id, a.kind, a.resident_id, a.resident, a.room, a.record_id, a.detail, a.extra, a.who, "
    "a.on_date, a.at_ms, a.number, a.urgent, a.total, a.urgent_total "
    "FROM public.app_attention($1::date, to_timestamp($2::bigint / 1000.0), string_to_array($3, ',')::uuid[], "
    "string_to_array($4, ',')::date[], string_to_array($5, ','), $6, $7) AS a");

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
        // Each kind's rows come together, its most urgent first (the function's order); found by kind all the same.
        auto line =
            std::find_if(home.lines.begin(), home.lines.end(), [&](const AttentionLine &l) { return l.kind == *kind; });
        if (line == home.lines.end()) {
            home.lines.append({*kind, rows.integer(r, "total"), rows.integer(r, "urgent_total"), {}});
            line = home.lines.end() - 1;
        }
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
        line->items.append(item);
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
