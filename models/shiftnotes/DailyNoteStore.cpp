#include "shiftnotes/DailyNoteStore.h"

#include "database/DatabaseErrorMessages.h"
#include "database/DatabaseFailure.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"

#include <QJsonDocument>
#include <QLocale>

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The column a constraint is about, as DailyNote::problem names fields.
QString fieldOf(const DatabaseError &error)
{
    if (error.constraint == QLatin1String("daily_records_correction_reason_check"))
        return QStringLiteral("correction_reason");
    if (error.constraint.startsWith(QLatin1String("daily_records_occurred")))
        return QStringLiteral("occurred_at");
    if (error.constraint == QLatin1String("daily_records_narrative_length_check"))
        return QStringLiteral("narrative");
    if (error.constraint == QLatin1String("daily_records_escalation_check") ||
        error.constraint == QLatin1String("daily_records_escalation_required_check"))
        return QStringLiteral("escalation_action");
    // daily_records_observations_<key>_check names the observation (the form's field for it).
    static const QLatin1String observation("daily_records_observations_");
    if (error.constraint.startsWith(observation) && error.constraint.endsWith(QLatin1String("_check")) &&
        error.constraint.size() > observation.size() + 6) {
        const QString key = error.constraint.mid(observation.size()).chopped(6);
        return key == QLatin1String("blood_pressure") ? QStringLiteral("diastolic") : key;
    }
    return error.column;
}

} // namespace

QString DailyNoteStore::noteSelect(const QString &correctionDates, const QString &notes)
{
    return QStringLiteral(
               "SELECT d.id, d.resident_id, d.date, d.shift, "
               "floor(extract(epoch FROM d.occurred_at) * 1000)::bigint AS occurred_ms, "
               "floor(extract(epoch FROM d.recorded_at) * 1000)::bigint AS recorded_ms, "
               "floor(extract(epoch FROM d.created_at) * 1000)::bigint AS created_ms, "
               "d.care_delivered, d.observations, d.narrative, d.corrects_id, d.correction_reason, d.escalation, "
               "d.late_entry, u.first_name || ' ' || u.last_name AS author, c.id AS corrected_by_id, "
               "cu.first_name || ' ' || cu.last_name AS corrected_by_author, "
               "floor(extract(epoch FROM c.created_at) * 1000)::bigint AS corrected_ms, "
               "array_to_string(d.categories, ',') AS categories "
               "FROM %2 AS d "
               "LEFT JOIN public.users AS u ON u.organization_id = d.organization_id AND u.id = d.created_by "
               // A lookup per note on the one-correction index, not a join over every correction.
               "LEFT JOIN LATERAL (SELECT k.id, k.created_by, k.created_at, k.organization_id "
               "FROM public.daily_records AS k WHERE k.organization_id = d.organization_id AND k.corrects_id = d.id "
               "AND k.date = d.date AND k.corrects_id IS NOT NULL%1 LIMIT 1) AS c ON true "
               "LEFT JOIN public.users AS cu ON cu.organization_id = c.organization_id AND cu.id = c.created_by")
        .arg(correctionDates.isEmpty() ? QString() : QStringLiteral(" AND ") + correctionDates, notes);
}

DailyNote DailyNoteStore::readNote(const PgResult &rows, int r)
{
    const auto instant = [&rows, r](QAnyStringView column) {
        return rows.isNull(r, column) ? QDateTime()
                                      : QDateTime::fromMSecsSinceEpoch(rows.text(r, column).toLongLong(), Qt::UTC);
    };
    const auto object = [&rows, r](QAnyStringView column) {
        return QJsonDocument::fromJson(rows.text(r, column).toUtf8()).object();
    };
    DailyNote note;
    note.id = rows.text(r, "id");
    note.residentId = rows.text(r, "resident_id");
    note.date = QDate::fromString(rows.text(r, "date"), Qt::ISODate);
    note.shift = rows.text(r, "shift");
    note.occurredAt = instant("occurred_ms");
    note.recordedAt = instant("recorded_ms");
    note.createdAt = instant("created_ms");
    note.careDelivered = object("care_delivered");
    note.observations = object("observations");
    note.narrative = rows.text(r, "narrative");
    note.correctsId = rows.text(r, "corrects_id");
    note.correctionReason = rows.text(r, "correction_reason");
    note.escalation = object("escalation");
    note.lateEntry = rows.text(r, "late_entry") == QLatin1String("t");
    note.author = rows.text(r, "author");
    note.correctedById = rows.text(r, "corrected_by_id");
    note.correctedByAuthor = rows.text(r, "corrected_by_author");
    note.correctedAt = instant("corrected_ms");
    note.categories = rows.text(r, "categories").split(QLatin1Char(','), Qt::SkipEmptyParts);

    return note;
}

Result<> DailyNoteStore::write(const QSqlDatabase &db, const DailyNote &note)
{
    const PgSession session(db);
    const auto unreachable = [] {
        return Result<>::unreachable(tr("The server cannot be reached: the note is kept on this station and will be "
                                        "written when the server is back."));
    };
    // As written, and as compared with a note already there under the same id.
    const QString careDelivered = jsonText(note.careDelivered);
    const QString observations = jsonText(note.observations);
    const QString escalation = jsonText(note.escalation);
    const QString narrative = note.narrative.isNull() ? QString(QLatin1String("")) : note.narrative;
    const QVariant corrects = note.correctsId.isEmpty() ? QVariant() : QVariant(note.correctsId);
    const PgResult inserted = session.exec(
        QStringLiteral("INSERT INTO public.daily_records (id, resident_id, date, shift, care_delivered, observations, "
                       "occurred_at, recorded_at, narrative, corrects_id, correction_reason, escalation) "
                       "VALUES ($1::uuid, $2::uuid, $3::date, $4, $5::jsonb, $6::jsonb, $7::timestamptz, "
                       "$8::timestamptz, $9, $10::uuid, $11, $12::jsonb)"),
        {note.id, note.residentId, note.date, note.shift, careDelivered, observations, note.occurredAt,
         note.recordedAt.isValid() ? QVariant(note.recordedAt) : QVariant(), narrative, corrects,
         note.correctsId.isEmpty() ? QVariant() : QVariant(note.correctionReason), escalation});
    if (inserted.ok())
        return Result<>::done();
    const DatabaseError &error = inserted.error();
    if (error.isTransient() || !session.isOpen())
        return unreachable();
    // The primary key's violation names the partition's copy of it (daily_records_y2026m11_pkey, ...).
    if (error.constraint == QLatin1String("daily_records_id_key") ||
        (error.constraint.startsWith(QLatin1String("daily_records")) &&
         error.constraint.endsWith(QLatin1String("_pkey")))) {
        // Ours already, written by an earlier attempt whose answer never arrived? Then it is done, but only if it is
        // the same note: a saved note reopened from a draft and changed must not be taken as written (notes are never
        // changed; the change is a correction). The escalation's time is when the save was pressed, so it may differ;
        // its score is the server's own (it replaces the station's), so it is not compared either.
        const PgResult mine = session.exec(
            QStringLiteral("SELECT care_delivered = $3::jsonb AND observations = $4::jsonb AND narrative = $5 "
                           "AND occurred_at = $6::timestamptz AND (escalation - 'at' - 'news2' - 'complete') = "
                           "($7::jsonb - 'at' - 'news2' - 'complete') "
                           "AND corrects_id IS NOT DISTINCT FROM $8::uuid AS same_note, "
                           "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS saved_at "
                           "FROM public.daily_records WHERE id = $1::uuid AND resident_id = $2::uuid "
                           "AND created_by = public.app_user_id()"),
            {note.id, note.residentId, careDelivered, observations, narrative, note.occurredAt, escalation, corrects});
        if (!mine.ok() && !session.isOpen())
            return unreachable();
        if (mine.ok() && mine.rowCount() == 1) {
            if (mine.text(0, "same_note") == QLatin1String("t"))
                return Result<>{Outcome::AlreadyDone, {}, {}, {}};
            const QDateTime saved = QDateTime::fromString(mine.text(0, "saved_at"), Qt::ISODate);
            return Result<>::refused(
                tr("This note was already saved, at %1, and a saved note is never changed: to change it, go back to "
                   "the board and correct it there.")
                    .arg(QLocale().toString(saved.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))));
        }
    }
    return Result<>::refused(DatabaseErrorMessages::describe(error), fieldOf(error));
}

Result<ShiftPattern> DailyNoteStore::shiftPattern(const QSqlDatabase &db, const QString &facilityId)
{
    const PgResult rows =
        PgSession(db).exec(QStringLiteral("SELECT shift, to_char(starts_at, 'HH24:MI') AS starts, "
                                          "to_char(ends_at, 'HH24:MI') AS ends "
                                          "FROM public.shift_patterns WHERE facility_id = $1::uuid ORDER BY starts_at"),
                           {facilityId});
    if (!rows.ok()) {
        Result<ShiftPattern> failure = databaseFailure<ShiftPattern>(rows.error());
        failure.value = ShiftPattern::standard();
        return failure;
    }
    QList<ShiftTimes> shifts;
    for (int r = 0; r < rows.rowCount(); ++r) {
        shifts.append({rows.text(r, "shift"), QTime::fromString(rows.text(r, "starts"), QStringLiteral("HH:mm")),
                       QTime::fromString(rows.text(r, "ends"), QStringLiteral("HH:mm"))});
    }
    return Result<ShiftPattern>::done(shifts.isEmpty() ? ShiftPattern::standard() : ShiftPattern(shifts));
}

Result<> DailyNoteStore::saveShiftTimes(const QSqlDatabase &db, const QString &facilityId,
                                        const QList<ShiftTimes> &shifts)
{
    if (Result<> checked = ShiftPattern::check(shifts); !checked.ok())
        return checked;
    const PgSession session(db);
    PgTransaction transaction(session);
    for (const ShiftTimes &times : shifts) {
        const PgResult updated =
            session.exec(QStringLiteral("UPDATE public.shift_patterns SET starts_at = $3::time, ends_at = $4::time "
                                        "WHERE facility_id = $1::uuid AND shift = $2"),
                         {facilityId, times.shift, times.starts.toString(QStringLiteral("HH:mm")),
                          times.ends.toString(QStringLiteral("HH:mm"))});
        if (!updated.ok())
            return Result<>::refused(DatabaseErrorMessages::describe(updated.error()));
        if (updated.rowsAffected() != 1)
            return Result<>::refused(tr("You may not change this care home's shift times: ask an administrator."));
    }
    if (!transaction.commit())
        return Result<>::unreachable(
            tr("The shift times could not be saved: the connection to the database failed. Save again."));
    return Result<>::done();
}

Result<QList<DailyNote>> DailyNoteStore::shiftNotes(const QSqlDatabase &db, const QString &facilityId,
                                                    const ShiftOccurrence &occurrence)
{
    const PgResult rows = PgSession(db).exec(
        noteSelect() + QStringLiteral(" JOIN public.residents AS r ON r.organization_id = d.organization_id "
                                      "AND r.id = d.resident_id "
                                      "WHERE r.facility_id = $1::uuid AND r.status = 'admitted' AND d.date = $2::date "
                                      "AND d.shift = $3 ORDER BY d.occurred_at, d.id"),
        {facilityId, occurrence.date, occurrence.shift});
    return mappedRows<DailyNote>(rows, &DailyNoteStore::readNote);
}

Result<QList<DailyNote>> DailyNoteStore::observationNotes(const QSqlDatabase &db, const QString &residentId, int limit)
{
    // The organization is looked up first so the resident's notes are read backwards along their index.
    const PgResult rows = PgSession(db).exec(
        noteSelect() + QStringLiteral(" WHERE d.organization_id = (SELECT r.organization_id FROM public.residents AS r "
                                      "WHERE r.id = $1::uuid) AND d.resident_id = $1::uuid AND c.id IS NULL "
                                      "AND d.observations ?| $3::text[] "
                                      "ORDER BY d.date DESC, d.occurred_at DESC, d.id DESC LIMIT $2"),
        {residentId, limit, QStringLiteral("{%1}").arg(DailyNote::vitalSignKeys().join(QLatin1Char(',')))});
    return mappedRows<DailyNote>(rows, &DailyNoteStore::readNote);
}

Result<DailyNote> DailyNoteStore::load(const QSqlDatabase &db, const QString &id)
{
    const PgResult row = PgSession(db).exec(noteSelect() + QStringLiteral(" WHERE d.id = $1::uuid"), {id});
    if (!row.ok())
        return databaseFailure<DailyNote>(row.error());
    if (row.rowCount() != 1)
        return Result<DailyNote>::refused(
            tr("This note cannot be found: it may be about a resident of a home you do not work in."));
    return Result<DailyNote>::done(readNote(row, 0));
}

int DailyNoteStore::lateEntryMinutes(const QSqlDatabase &db)
{
    const PgResult row = PgSession(db).exec(QStringLiteral(
        "SELECT (settings ->> 'late_entry_minutes')::numeric::integer AS late_entry_minutes FROM public.organizations "
        "WHERE id = public.app_organization_id() AND jsonb_typeof(settings -> 'late_entry_minutes') = 'number'"));
    const int minutes = row.ok() && row.rowCount() == 1 ? row.integer(0, "late_entry_minutes") : 60;

    return minutes >= 5 && minutes <= 1440 ? minutes : 60;
}
