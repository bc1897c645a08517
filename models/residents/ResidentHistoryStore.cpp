#include "residents/ResidentHistoryStore.h"

#include "careplans/CarePlanRecord.h"
#include "common/DateText.h"
#include "database/DatabaseFailure.h"
#include "database/PgSession.h"
#include "residents/ResidentRecord.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace {

using Described = QList<std::pair<QString, QString>>; // (label, value) per field, in the form's order

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QDateTime instant(const QString &milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds.toLongLong(), Qt::UTC);
}

} // namespace

Result<QList<ResidentEventRow>> ResidentHistoryStore::events(const QSqlDatabase &db, const QString &residentId)
{
    const PgResult rows = PgSession(db).exec(
        QStringLiteral("SELECT e.event_date, e.event, e.from_room, e.to_room, tf.name AS to_facility, "
                       "e.note, u.first_name || ' ' || u.last_name AS recorded_by, "
                       "floor(extract(epoch FROM e.recorded_at) * 1000)::bigint AS recorded_ms "
                       "FROM public.resident_events AS e "
                       "LEFT JOIN public.facilities AS tf ON tf.organization_id = e.organization_id "
                       "AND tf.id = e.to_facility "
                       "LEFT JOIN public.users AS u ON u.organization_id = e.organization_id "
                       "AND u.id = e.recorded_by "
                       "WHERE e.resident_id = $1::uuid ORDER BY e.event_date DESC, e.recorded_at DESC"),
        {residentId});
    if (!rows.ok())
        return databaseFailure<QList<ResidentEventRow>>(rows.error());
    QList<ResidentEventRow> events;
    for (int r = 0; r < rows.rowCount(); ++r) {
        ResidentEventRow row;
        row.date = QDate::fromString(rows.text(r, "event_date"), Qt::ISODate);
        row.event = rows.text(r, "event");
        QStringList details;
        if (row.event == QLatin1String("room_change"))
            details.append(tr("From room %1 to room %2").arg(rows.text(r, "from_room"), rows.text(r, "to_room")));
        else if (row.event == QLatin1String("facility_transfer"))
            details.append(rows.text(r, "to_room").isEmpty()
                               ? tr("To %1").arg(rows.text(r, "to_facility"))
                               : tr("To %1, room %2").arg(rows.text(r, "to_facility"), rows.text(r, "to_room")));
        else if (row.event == QLatin1String("admitted") && !rows.text(r, "to_room").isEmpty())
            details.append(tr("Room %1").arg(rows.text(r, "to_room")));
        if (!rows.text(r, "note").isEmpty())
            details.append(rows.text(r, "note"));
        row.details = details.join(QStringLiteral(". "));
        row.recordedBy = rows.text(r, "recorded_by");
        row.recordedAt = QDateTime::fromMSecsSinceEpoch(rows.text(r, "recorded_ms").toLongLong(), Qt::UTC);

        events.append(row);
    }
    return Result<QList<ResidentEventRow>>::done(events);
}

Result<QList<RecordVersion>> ResidentHistoryStore::versions(const QSqlDatabase &db, RecordKind kind,
                                                            const QString &rowId)
{
    const PgSession session(db);
    const bool resident = kind == RecordKind::Resident;
    // The current version (the medical columns are never part of it), and who made the record.
    const PgResult current = session.exec(
        resident
            ? QStringLiteral(
                  "SELECT jsonb_build_object('id', r.id, 'facility_id', r.facility_id, 'first_name', r.first_name, "
                  "'last_name', r.last_name, 'date_of_birth', r.date_of_birth, 'nhs_number', r.nhs_number, "
                  "'room_number', r.room_number, 'admission_date', r.admission_date, 'discharge_date', "
                  "r.discharge_date, 'status', r.status, 'contact_details', r.contact_details, 'preferences', "
                  "r.preferences, 'row_version', r.row_version) AS current_row, "
                  "floor(extract(epoch FROM r.created_at) * 1000)::bigint AS created_ms, "
                  "u.first_name || ' ' || u.last_name AS created_by "
                  "FROM public.residents AS r LEFT JOIN public.users AS u "
                  "ON u.organization_id = r.organization_id AND u.id = r.created_by WHERE r.id = $1::uuid")
            : QStringLiteral(
                  "SELECT to_jsonb(p) AS current_row, floor(extract(epoch FROM p.created_at) * 1000)::bigint "
                  "AS created_ms, u.first_name || ' ' || u.last_name AS created_by "
                  "FROM public.care_plans AS p "
                  "LEFT JOIN public.users AS u ON u.organization_id = p.organization_id "
                  "AND u.id = p.created_by WHERE p.id = $1::uuid"),
        {rowId});
    const PgResult history = session.exec(
        QStringLiteral("SELECT h.row_version, h.old_row, array_to_string(h.changed_fields, ',') AS changed_fields, "
                       "floor(extract(epoch FROM h.changed_at) * 1000)::bigint AS changed_ms, "
                       "u.first_name || ' ' || u.last_name AS changed_by "
                       "FROM public.record_history AS h LEFT JOIN public.users AS u "
                       "ON u.organization_id = h.organization_id AND u.id = h.changed_by "
                       "WHERE h.table_name = $1 AND h.row_id = $2::uuid ORDER BY h.row_version"),
        {resident ? QStringLiteral("residents") : QStringLiteral("care_plans"), rowId});
    const PgResult facilities = session.exec(QStringLiteral("SELECT id, name FROM public.facilities"));
    const PgResult reviews =
        resident ? PgResult()
                 : session.exec(QStringLiteral("SELECT v.plan_version, v.reviewed_on, v.changes, v.next_review_date "
                                               "FROM public.care_plan_reviews AS v WHERE v.care_plan_id = $1::uuid"),
                                {rowId});
    for (const PgResult *result : {&current, &history, &facilities, &reviews}) {
        if (!result->ok())
            return databaseFailure<QList<RecordVersion>>(result->error());
    }
    if (current.rowCount() != 1)
        return Result<QList<RecordVersion>>::refused(
            tr("This record cannot be found: it may belong to a home you do not work in."));

    QHash<QString, QString> facilityNames;
    for (int r = 0; r < facilities.rowCount(); ++r)
        facilityNames.insert(facilities.text(r, "id"), facilities.text(r, "name"));
    const std::function<Described(const QJsonObject &)> describe = [&](const QJsonObject &row) {
        Described described;
        if (resident) {
            const ResidentRecord record = ResidentRecord::fromRow(row, facilityNames);
            for (const QString &field : ResidentRecord::fieldNames()) {
                if (!ResidentRecord::isMedical(field))
                    described.append({ResidentRecord::label(field), record.displayValue(field)});
            }
        } else {
            const CarePlanRecord record = CarePlanRecord::fromRow(row);
            for (const QString &field : CarePlanRecord::fieldNames())
                described.append({CarePlanRecord::label(field), record.displayValue(field)});
        }
        return described;
    };

    QList<RecordVersion> rows;
    RecordVersion created;
    created.version = 1;
    created.when = instant(current.text(0, "created_ms"));
    created.who = current.text(0, "created_by");
    created.changes = {tr("Created")};
    rows.append(created);
    QList<QJsonObject> versions;
    for (int r = 0; r < history.rowCount(); ++r)
        versions.append(jsonObject(history.text(r, "old_row")));
    versions.append(jsonObject(current.text(0, "current_row")));
    for (int r = 0; r < history.rowCount(); ++r) {
        RecordVersion row;
        row.version = history.integer(r, "row_version") + 1;
        row.when = instant(history.text(r, "changed_ms"));
        row.who = history.text(r, "changed_by");
        const Described before = describe(versions.at(r));
        const Described after = describe(versions.at(r + 1));
        for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
            if (before.at(i).second == after.at(i).second)
                continue;
            const QString from = before.at(i).second.isEmpty() ? tr("(empty)") : before.at(i).second;
            const QString to = after.at(i).second.isEmpty() ? tr("(empty)") : after.at(i).second;
            row.changes.append(tr("%1: %2 → %3").arg(before.at(i).first, from, to));
        }
        const QStringList columns = history.text(r, "changed_fields").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (columns.contains(QLatin1String("medical_details")))
            row.changes.append(tr("Medical details changed"));
        if (columns.contains(QLatin1String("encrypted_medical_notes")))
            row.changes.append(tr("Medical notes changed"));
        for (int v = 0; v < reviews.rowCount(); ++v) {
            if (reviews.integer(v, "plan_version") == row.version)
                row.changes.prepend(
                    tr("Reviewed on %1 (next review %3): %2")
                        .arg(DateText::shortDate(QDate::fromString(reviews.text(v, "reviewed_on"), Qt::ISODate)),
                             reviews.text(v, "changes"),
                             DateText::shortDate(QDate::fromString(reviews.text(v, "next_review_date"), Qt::ISODate))));
        }
        if (row.changes.isEmpty())
            row.changes.append(tr("Saved with no visible change"));
        rows.append(row);
    }
    std::reverse(rows.begin(), rows.end());
    return Result<QList<RecordVersion>>::done(rows);
}
