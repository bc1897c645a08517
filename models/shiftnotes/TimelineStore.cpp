#include "shiftnotes/TimelineStore.h"

#include "database/DatabaseFailure.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"
#include "shiftnotes/DailyNoteStore.h"

#include <QTimeZone>

#include <algorithm>
#include <tuple>

int TimelineStore::windowMonths(int step)
{
    return step <= 0 ? 0 : 1 << std::min(step - 1, 24);
}

QDate TimelineStore::anchorOf(const QDate &to, const DailyNote *after, const QDate &today)
{
    if (after)
        return after->date;
    return to.isValid() && to <= today ? to : today;
}

SqlStatement TimelineStore::pageStatement(const Filter &filter, const DailyNote *after, const QDate &today, int step,
                                          int limit)
{
    // Values travel as protocol-level parameters (PgSession), never in statement text where every session of the
    // same station login could read them in pg_stat_activity (the QPSQL driver writes bound values into the text).
    // Only the window's count of months, like the page size, is part of the text.
    const QDate &from = filter.from;
    const QDate &to = filter.to;
    const QString &category = filter.category;
    SqlStatement statement{QString(), QVariantList{filter.residentId}};
    const auto param = [&statement](const QVariant &value) {
        statement.params.append(value);
        return QStringLiteral("$%1").arg(statement.params.size());
    };
    QStringList dates; // each with %1 for the table's alias: the notes' and their corrections' alike
    if (from.isValid())
        dates.append(QStringLiteral("%1.date >= ") + param(from) + QStringLiteral("::date"));
    QString toParam;
    if (to.isValid()) {
        toParam = param(to);
        dates.append(QStringLiteral("%1.date <= ") + toParam + QStringLiteral("::date"));
    }
    QString conditions;
    if (!category.isEmpty())
        conditions += QStringLiteral(" AND d.categories @> ARRAY[%1]::text[]").arg(param(category));
    QString anchor;
    if (after) {
        const QString date = param(after->date);
        const QString at = param(after->occurredAt);
        const QString id = param(after->id);
        conditions += QStringLiteral(" AND (d.date, d.occurred_at, d.id) < (%1::date, %2::timestamptz, %3::uuid)")
                          .arg(date, at, id);
        // The row comparison answers the index, a plain bound the partitions.
        dates.append(QStringLiteral("%1.date <= ") + date + QStringLiteral("::date"));
        anchor = date;
    } else {
        anchor = to.isValid() && to <= today ? toParam : param(today);
    }
    // Immutable arithmetic on a value, so the planner computes the bounds and leaves out the other months.
    const auto monthsBack = [&anchor](int months) {
        return QStringLiteral("(date_trunc('month', %1::date::timestamp) - interval '%2 months')::date")
            .arg(anchor)
            .arg(months);
    };
    dates.append(QStringLiteral("%1.date >= ") + monthsBack(windowMonths(step)));
    if (step > 0)
        dates.append(QStringLiteral("%1.date < ") + monthsBack(windowMonths(step - 1)));
    const QString bounds = dates.join(QStringLiteral(" AND "));
    // The page is chosen first, in the index's order, and only its notes are joined to their authors and
    // corrections: joined first, the planner hashed the organization's whole users table for a resident with many
    // notes in the window, so a page took three times as long at 20 homes as at one.
    const QString order = QStringLiteral(" ORDER BY d.date DESC, d.occurred_at DESC, d.id DESC");
    const QString page =
        // Once per statement (an initPlan): a bare call is evaluated again for every row a generic plan joins,
        // 20 ms for a page at 20 homes.
        QStringLiteral(
            "(SELECT d.* FROM public.daily_records AS d "
            "WHERE d.organization_id = (SELECT public.app_organization_id()) AND d.resident_id = $1::uuid AND ") +
        bounds.arg(QStringLiteral("d")) + conditions + order + QStringLiteral(" LIMIT %1)").arg(limit);
    statement.text = DailyNoteStore::noteSelect(bounds.arg(QStringLiteral("k")), page) + order;
    return statement;
}

Result<KeysetPage<DailyNote>> TimelineStore::page(const QSqlDatabase &db, const Filter &filter,
                                                  const std::optional<DailyNote> &after, const QDate &today,
                                                  int pageSize)
{
    // Nothing matches before this: the from date, or the first date a note may have.
    const QDate earliest = filter.from.isValid() ? filter.from : QDate(1900, 1, 1);
    const DailyNote *afterNote = after ? &*after : nullptr;
    const QDate anchor = anchorOf(filter.to, afterNote, today);
    const QDate anchorMonth(anchor.year(), anchor.month(), 1);
    KeysetPage<DailyNote> page;
    for (int step = 0; page.rows.size() < pageSize; ++step) {
        const SqlStatement statement = pageStatement(filter, afterNote, today, step, pageSize - int(page.rows.size()));
        page.statements.append(statement);
        const PgResult rows = PgSession(db).exec(statement.text, statement.params);
        if (!rows.ok())
            return databaseFailure<KeysetPage<DailyNote>>(rows.error());
        for (int r = 0; r < rows.rowCount(); ++r) {
            DailyNote note = DailyNoteStore::readNote(rows, r);
            note.residentId = filter.residentId;
            page.rows.append(note);
        }
        if (anchorMonth.addMonths(-windowMonths(step)) <= earliest)
            break; // this window reached back to the earliest date: nothing older can match
    }
    page.atEnd = page.rows.size() < pageSize;
    // The incidents among these notes, ordered as the notes are: by date (an incident's is the day it happened, here),
    // time and id. Those after the page's last note (every older one on the last page) and before the note the page
    // follows: each page has its own, none twice, and the page's last row stays a note for the next to follow.
    if (filter.category.isEmpty() || filter.category == QLatin1String("incident")) {
        const Result<QList<DailyNote>> incidents = TimelineStore::incidents(
            db, filter, page.atEnd || page.rows.isEmpty() ? nullptr : &page.rows.constLast(), afterNote);
        if (!incidents.ok())
            return Result<KeysetPage<DailyNote>>::failedAs(incidents);
        const auto newer = [](const DailyNote &a, const DailyNote &b) {
            return std::tuple(a.date, a.occurredAt, a.id) > std::tuple(b.date, b.occurredAt, b.id);
        };
        QList<DailyNote> merged;
        merged.reserve(page.rows.size() + incidents.value.size());
        qsizetype next = 0;
        for (const DailyNote &note : std::as_const(page.rows)) {
            while (next < incidents.value.size() && newer(incidents.value.at(next), note))
                merged.append(incidents.value.at(next++));
            merged.append(note);
        }
        while (next < incidents.value.size())
            merged.append(incidents.value.at(next++));
        page.rows = merged;
    }
    return Result<KeysetPage<DailyNote>>::done(page);
}

Result<QList<DailyNote>> TimelineStore::incidents(const QSqlDatabase &db, const Filter &filter,
                                                  const DailyNote *newerThan, const DailyNote *olderThan)
{
    // An incident's date is the day it happened where the station is, as its notes' dates are.
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    QVariantList params{filter.residentId, zone.isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(zone)};
    const auto param = [&params](const QVariant &value) {
        params.append(value);
        return QStringLiteral("$%1").arg(params.size());
    };
    const QString key = QStringLiteral("(timezone($2, i.date)::date, i.date, i.id)");
    QString conditions;
    if (newerThan)
        conditions += QStringLiteral(" AND %1 > (%2::date, to_timestamp(%3::bigint / 1000.0), %4::uuid)")
                          .arg(key, param(newerThan->date), param(newerThan->occurredAt.toMSecsSinceEpoch()),
                               param(newerThan->id));
    if (olderThan)
        conditions += QStringLiteral(" AND %1 < (%2::date, to_timestamp(%3::bigint / 1000.0), %4::uuid)")
                          .arg(key, param(olderThan->date), param(olderThan->occurredAt.toMSecsSinceEpoch()),
                               param(olderThan->id));
    if (filter.from.isValid())
        conditions += QStringLiteral(" AND timezone($2, i.date)::date >= %1::date").arg(param(filter.from));
    if (filter.to.isValid())
        conditions += QStringLiteral(" AND timezone($2, i.date)::date <= %1::date").arg(param(filter.to));
    const QString residentId = filter.residentId;
    const PgResult rows = PgSession(db).exec(
        QStringLiteral(
            "SELECT i.id, i.type, i.location, i.what_happened, i.injuries, timezone($2, i.date)::date AS day, "
            "floor(extract(epoch FROM i.date) * 1000)::bigint AS occurred_ms, "
            "floor(extract(epoch FROM i.created_at) * 1000)::bigint AS reported_ms, "
            "u.first_name || ' ' || u.last_name AS reported_by FROM public.incidents AS i "
            "LEFT JOIN public.users AS u ON u.organization_id = i.organization_id AND u.id = i.reported_by "
            "WHERE i.organization_id = (SELECT public.app_organization_id()) AND i.resident_id = $1::uuid%1 "
            "ORDER BY day DESC, i.date DESC, i.id DESC")
            .arg(conditions),
        params);
    return mappedRows<DailyNote>(rows, [&residentId](const PgResult &incidents, int r) {
        DailyNote entry;
        entry.id = incidents.text(r, "id");
        entry.residentId = residentId;
        entry.incidentType = incidents.text(r, "type");
        entry.incidentLocation = incidents.text(r, "location");
        entry.incidentInjuries = incidents.text(r, "injuries");
        entry.narrative = incidents.text(r, "what_happened");
        entry.occurredAt = incidents.instant(r, "occurred_ms");
        entry.recordedAt = incidents.instant(r, "reported_ms");
        entry.author = incidents.text(r, "reported_by");
        entry.date = incidents.date(r, "day");
        return entry;
    });
}
