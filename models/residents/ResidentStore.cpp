#include "residents/ResidentStore.h"

#include "clinical/NhsNumber.h"
#include "common/Clock.h"
#include "database/DatabaseErrorMessages.h"
#include "database/DatabaseFailure.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "database/ReadLater.h"

#include <QJsonDocument>

namespace {

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QDateTime instant(const PgResult &result, QAnyStringView column)
{
    return result.isNull(0, column) ? QDateTime()
                                    : QDateTime::fromMSecsSinceEpoch(result.text(0, column).toLongLong(), Qt::UTC);
}

// The fields saved with the residents row itself (the JSON columns count as theirs).
// Empty: no target (NULL).
QVariant fluidTarget(const ResidentRecord &record)
{
    const QString typed = record.value(QStringLiteral("fluid_target_ml")).toString().trimmed();
    return typed.isEmpty() ? QVariant() : QVariant(typed);
}

bool changesRow(const QStringList &fields)
{
    for (const QString &field : fields) {
        const ResidentRecord::Part part = ResidentRecord::partOf(field);
        if (part == ResidentRecord::Part::Column || part == ResidentRecord::Part::Contact ||
            part == ResidentRecord::Part::Preferences)
            return true;
    }
    return false;
}

bool changes(const QStringList &fields, ResidentRecord::Part part)
{
    for (const QString &field : fields) {
        if (ResidentRecord::partOf(field) == part)
            return true;
    }
    return false;
}

} // namespace

void ResidentStore::openLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                              const QString &id, bool medical, std::function<void(const Result<ResidentRecord> &)> done)
{
    readLater<Result<ResidentRecord>>(
        reader, connectionName, context, [id, medical](const QSqlDatabase &db) { return load(db, id, medical, true); },
        std::move(done));
}

Result<ResidentRecord> ResidentStore::load(const QSqlDatabase &db, const QString &id, bool medical, bool opening)
{
    const PgSession session(db);
    const PgResult row = session.exec(
        QStringLiteral(
            "SELECT r.id, r.organization_id, r.facility_id, f.name AS facility_name, r.first_name, r.last_name, "
            "r.date_of_birth, r.nhs_number, r.room_number, r.admission_date, r.discharge_date, r.status, "
            "r.contact_details, r.preferences, r.row_version, r.alert_dnacpr, r.allergy_status, "
            "r.allergy_names, floor(extract(epoch FROM r.created_at) * 1000)::bigint AS created_ms, "
            "floor(extract(epoch FROM r.updated_at) * 1000)::bigint AS updated_ms, "
            "cu.first_name || ' ' || cu.last_name AS created_by, uu.first_name || ' ' || uu.last_name AS updated_by, "
            "coalesce(r.fluid_target_ml::text, '') AS fluid_target_ml "
            "FROM public.residents AS r "
            "LEFT JOIN public.facilities AS f ON f.organization_id = r.organization_id "
            "AND f.id = r.facility_id "
            "LEFT JOIN public.users AS cu ON cu.organization_id = r.organization_id AND cu.id = r.created_by "
            "LEFT JOIN public.users AS uu ON uu.organization_id = r.organization_id AND uu.id = r.updated_by "
            "WHERE r.id = $1::uuid"),
        {id});
    if (!row.ok())
        return databaseFailure<ResidentRecord>(row.error());
    if (row.rowCount() != 1)
        return Result<ResidentRecord>::refused(tr("This resident's record cannot be found: it may belong to a home "
                                                  "you do not work in. Go back to the list and search again."));
    ResidentRecord record;
    record.id = row.text(0, "id");
    record.organizationId = row.text(0, "organization_id");
    record.setValue(QStringLiteral("facility_id"), row.text(0, "facility_id"));
    record.facilityName = row.text(0, "facility_name");
    record.setValue(QStringLiteral("first_name"), row.text(0, "first_name"));
    record.setValue(QStringLiteral("last_name"), row.text(0, "last_name"));
    record.setValue(QStringLiteral("date_of_birth"), QDate::fromString(row.text(0, "date_of_birth"), Qt::ISODate));
    record.setValue(QStringLiteral("nhs_number"), row.text(0, "nhs_number"));
    record.setValue(QStringLiteral("room_number"), row.text(0, "room_number"));
    record.setValue(QStringLiteral("admission_date"), QDate::fromString(row.text(0, "admission_date"), Qt::ISODate));
    record.setValue(QStringLiteral("discharge_date"), QDate::fromString(row.text(0, "discharge_date"), Qt::ISODate));
    record.setValue(QStringLiteral("status"), row.text(0, "status"));
    record.setStoredJson(jsonObject(row.text(0, "contact_details")), jsonObject(row.text(0, "preferences")));
    record.rowVersion = row.integer(0, "row_version");
    record.dnacprAlert = row.text(0, "alert_dnacpr") == QLatin1String("t");
    record.allergyStatus = row.text(0, "allergy_status");
    record.allergyNames = row.text(0, "allergy_names");
    record.createdAt = instant(row, "created_ms");
    record.updatedAt = instant(row, "updated_ms");
    record.createdBy = row.text(0, "created_by");
    record.updatedBy = row.text(0, "updated_by");
    record.setValue(QStringLiteral("fluid_target_ml"), row.text(0, "fluid_target_ml"));

    if (opening)
        session.exec(QStringLiteral("SELECT public.app_record_resident_opened($1::uuid)"), {id});
    if (medical) {
        // Each read is put on record (and committed: this connection is in autocommit) before it is revealed.
        const auto read = [&](const QString &what, const QString &statement) -> PgResult {
            const PgResult access = session.exec(
                QStringLiteral("SELECT public.app_request_medical_access($1::uuid, $2) AS access"), {id, what});
            if (!access.ok())
                return access;
            return session.exec(statement, {id, access.text(0, "access")});
        };
        const PgResult details =
            read(QStringLiteral("details"),
                 QStringLiteral("SELECT public.app_read_medical_details($1::uuid, $2) AS details"));
        const PgResult notes = read(QStringLiteral("notes"),
                                    QStringLiteral("SELECT public.app_read_medical_notes($1::uuid, $2) AS notes"));
        if (!details.ok() || !notes.ok())
            return databaseFailure<ResidentRecord>(details.ok() ? notes.error() : details.error());
        record.setStoredMedicalJson(jsonObject(details.text(0, "details")));
        record.setValue(QStringLiteral("medical_notes"), notes.text(0, "notes"));
        record.medicalRead = true;
    }
    return Result<ResidentRecord>::done(record);
}

ResidentRecord ResidentStore::readBack(const QSqlDatabase &db, const QString &id, bool opening,
                                       const ResidentRecord &fallback)
{
    const Result<ResidentRecord> read = load(db, id, false, opening);
    return read.ok() ? read.value : fallback;
}

Result<> ResidentStore::check(const ResidentRecord &record)
{
    const QDate today = Clock::today();
    const auto fail = [](const char *name, const QString &message) {
        return Result<>::refused(message, QString::fromLatin1(name));
    };
    if (record.value(QStringLiteral("first_name")).toString().trimmed().isEmpty())
        return fail("first_name", tr("The first name is empty: type the resident's first name."));
    if (record.value(QStringLiteral("last_name")).toString().trimmed().isEmpty())
        return fail("last_name", tr("The surname is empty: type the resident's surname."));
    const QDate born = record.value(QStringLiteral("date_of_birth")).toDate();
    if (!born.isValid())
        return fail("date_of_birth", tr("The date of birth is empty: type it as dd/mm/yyyy (for example 12/03/1938)."));
    if (born > today || born < today.addYears(-130))
        return fail("date_of_birth", tr("The date of birth is not a possible one: check it against the resident's "
                                        "documents."));
    const QString nhs = record.value(QStringLiteral("nhs_number")).toString();
    if (!nhs.isEmpty()) {
        const QString digits = NhsNumber::normalized(nhs);
        if (digits.size() != 10)
            return fail("nhs_number", tr("An NHS number has ten digits: check the number, or leave it empty if the "
                                         "resident has none."));
        if (!NhsNumber::isValid(digits))
            return fail("nhs_number", tr("%1 is not a valid NHS number (its last digit does not match the others): "
                                         "check it against the resident's documents.")
                                          .arg(NhsNumber::formatted(digits)));
    }
    const QDate admitted = record.value(QStringLiteral("admission_date")).toDate();
    if (!admitted.isValid() || admitted > today.addDays(1))
        return fail("admission_date", tr("The admission date cannot be in the future: enter the day the resident "
                                         "came to the home."));
    if (admitted < born)
        return fail("admission_date", tr("The admission date is before the date of birth: check both dates."));
    const QString fluid = record.value(QStringLiteral("fluid_target_ml")).toString().trimmed();
    bool number = false;
    const int millilitres = fluid.toInt(&number);
    if (!fluid.isEmpty() && (!number || millilitres < fluidTargetMinimum || millilitres > fluidTargetMaximum))
        return fail("fluid_target_ml", tr("The daily fluid target is in millilitres, from %1 to %2 (for example "
                                          "1500): correct it, or leave it empty for no target.")
                                           .arg(fluidTargetMinimum)
                                           .arg(fluidTargetMaximum));
    return Result<>::done();
}

Result<ResidentRecord> ResidentStore::refused(const QSqlDatabase &db, const DatabaseError &error,
                                              const ResidentRecord &record)
{
    Result<ResidentRecord> result = Result<ResidentRecord>::refused(
        DatabaseErrorMessages::describe(error),
        ResidentRecord::fieldForConstraint(error.constraint.isEmpty() ? error.column : error.constraint));
    if (error.constraint == QLatin1String("residents_nhs_number_key")) {
        // Name who has the number, if the user may see them; never more than that they exist otherwise.
        const QString digits = NhsNumber::normalized(record.value(QStringLiteral("nhs_number")).toString());
        const PgResult holder = PgSession(db).exec(
            QStringLiteral("SELECT r.first_name || ' ' || r.last_name AS name, f.name AS facility "
                           "FROM public.residents AS r "
                           "LEFT JOIN public.facilities AS f ON f.organization_id = r.organization_id "
                           "AND f.id = r.facility_id WHERE r.nhs_number = $1 AND r.id IS DISTINCT FROM $2::uuid"),
            {digits, record.id.isEmpty() ? QVariant() : QVariant(record.id)});
        result.message =
            holder.rowCount() == 1
                ? tr("The NHS number %1 is already %2's (%3): check the number, or open that resident's record.")
                      .arg(NhsNumber::formatted(digits), holder.text(0, "name"), holder.text(0, "facility"))
                : tr("The NHS number %1 already belongs to a resident of a home you do not work in: check the "
                     "number, and ask a manager to find that resident's record.")
                      .arg(NhsNumber::formatted(digits));
    }
    return result;
}

Result<ResidentRecord> ResidentStore::create(const QSqlDatabase &db, const ResidentRecord &record,
                                             const QString &facilityId, bool medicalWrite)
{
    if (const Result<> checked = check(record); !checked.ok())
        return Result<ResidentRecord>::failedAs(checked);
    const PgSession session(db);
    const QString digits = NhsNumber::normalized(record.value(QStringLiteral("nhs_number")).toString());
    const QString room = record.value(QStringLiteral("room_number")).toString().trimmed();
    QString id;
    std::optional<DatabaseError> failure;
    bool committed = false;
    {
        PgTransaction transaction(session);
        const PgResult created = session.exec(
            QStringLiteral("INSERT INTO public.residents (facility_id, first_name, last_name, date_of_birth, "
                           "nhs_number, room_number, admission_date, contact_details, preferences, fluid_target_ml) "
                           "VALUES ($1::uuid, $2, $3, $4::date, $5, $6, $7::date, $8::jsonb, $9::jsonb, $10::integer) "
                           "RETURNING id"),
            {facilityId, record.value(QStringLiteral("first_name")).toString().trimmed(),
             record.value(QStringLiteral("last_name")).toString().trimmed(),
             record.value(QStringLiteral("date_of_birth")).toDate(), digits.isEmpty() ? QVariant() : QVariant(digits),
             room.isEmpty() ? QVariant() : QVariant(room), record.value(QStringLiteral("admission_date")).toDate(),
             jsonText(record.contactDetailsJson()), jsonText(record.preferencesJson()), fluidTarget(record)});
        if (!created.ok())
            failure = created.error();
        id = created.text(0, "id");
        if (!failure && medicalWrite) {
            PgResult written =
                session.exec(QStringLiteral("SELECT public.app_write_medical_details($1::uuid, $2::jsonb)"),
                             {id, jsonText(record.medicalDetailsJson())});
            const QString notes = record.value(QStringLiteral("medical_notes")).toString();
            if (written.ok() && !notes.trimmed().isEmpty())
                written =
                    session.exec(QStringLiteral("SELECT public.app_write_medical_notes($1::uuid, $2)"), {id, notes});
            if (!written.ok())
                failure = written.error();
        }
        committed = !failure && transaction.commit();
    }
    // Only now, with the transaction rolled back, can the refusal be looked into (who has the NHS number).
    if (failure)
        return refused(db, *failure, record);
    if (!committed)
        return Result<ResidentRecord>::refused(tr("The new resident could not be saved: the connection to the "
                                                  "database failed. Save again (what you typed is kept)."));
    ResidentRecord saved = readBack(db, id, true, record);
    if (medicalWrite)
        keepMedical(saved, record);
    return Result<ResidentRecord>::done(saved);
}

Result<ResidentRecord> ResidentStore::save(const QSqlDatabase &db, const ResidentRecord &original,
                                           const ResidentRecord &edited, bool medicalWrite)
{
    if (const Result<> checked = check(edited); !checked.ok())
        return Result<ResidentRecord>::failedAs(checked);
    const QStringList changed = edited.differences(original);
    const PgSession session(db);
    std::optional<DatabaseError> failure;
    enum class Stop
    {
        None,
        NotAllowed,
        Conflict,
        Uncommitted
    } stop = Stop::None;
    {
        PgTransaction transaction(session);
        // The row is locked until commit; a version other than the one the form started from means someone else
        // saved meanwhile.
        const PgResult locked = session.exec(
            QStringLiteral("SELECT row_version FROM public.residents WHERE id = $1::uuid FOR UPDATE"), {original.id});
        if (!locked.ok())
            failure = locked.error();
        else if (locked.rowCount() != 1)
            stop = Stop::NotAllowed;
        else if (locked.integer(0, "row_version") != original.rowVersion)
            stop = Stop::Conflict;
        if (!failure && stop == Stop::None && changesRow(changed)) {
            const QString digits = NhsNumber::normalized(edited.value(QStringLiteral("nhs_number")).toString());
            const PgResult updated = session.exec(
                QStringLiteral("UPDATE public.residents SET first_name = $2, last_name = $3, date_of_birth = $4::date, "
                               "nhs_number = $5, admission_date = $6::date, contact_details = $7::jsonb, "
                               "preferences = $8::jsonb, fluid_target_ml = $10::integer "
                               "WHERE id = $1::uuid AND row_version = $9"),
                {original.id, edited.value(QStringLiteral("first_name")).toString().trimmed(),
                 edited.value(QStringLiteral("last_name")).toString().trimmed(),
                 edited.value(QStringLiteral("date_of_birth")).toDate(),
                 digits.isEmpty() ? QVariant() : QVariant(digits),
                 edited.value(QStringLiteral("admission_date")).toDate(), jsonText(edited.contactDetailsJson()),
                 jsonText(edited.preferencesJson()), original.rowVersion, fluidTarget(edited)});
            if (!updated.ok())
                failure = updated.error();
            else if (updated.rowsAffected() != 1)
                stop = Stop::NotAllowed;
        }
        if (!failure && stop == Stop::None && medicalWrite && changes(changed, ResidentRecord::Part::Medical)) {
            const PgResult written =
                session.exec(QStringLiteral("SELECT public.app_write_medical_details($1::uuid, $2::jsonb)"),
                             {original.id, jsonText(edited.medicalDetailsJson())});
            if (!written.ok())
                failure = written.error();
        }
        if (!failure && stop == Stop::None && medicalWrite && changes(changed, ResidentRecord::Part::Notes)) {
            const PgResult written = session.exec(QStringLiteral("SELECT public.app_write_medical_notes($1::uuid, $2)"),
                                                  {original.id, edited.value(QStringLiteral("medical_notes"))});
            if (!written.ok())
                failure = written.error();
        }
        if (!failure && stop == Stop::None && !transaction.commit())
            stop = Stop::Uncommitted;
    }
    if (failure)
        return refused(db, *failure, edited);
    switch (stop) {
    case Stop::NotAllowed:
        return Result<ResidentRecord>::refused(tr("You may not change this resident's record (or it is no longer in "
                                                  "a home you work in): ask a manager."));
    case Stop::Uncommitted:
        return Result<ResidentRecord>::refused(tr("The changes could not be saved: the connection to the database "
                                                  "failed. Save again (what you typed is kept)."));
    case Stop::Conflict: {
        const Result<ResidentRecord> current = load(db, original.id, original.medicalRead, false);
        const ResidentRecord theirs = current.ok() ? current.value : original;
        return Result<ResidentRecord>{
            Outcome::Conflict,
            theirs,
            tr("%1 changed this record while you were editing it, so your changes are not saved yet.")
                .arg(theirs.updatedBy.isEmpty() ? tr("Someone else") : theirs.updatedBy),
            {}};
    }
    case Stop::None:
        break;
    }
    ResidentRecord saved = readBack(db, original.id, false, edited);
    if (edited.medicalRead)
        keepMedical(saved, edited);
    return Result<ResidentRecord>::done(saved);
}

void ResidentStore::keepMedical(ResidentRecord &target, const ResidentRecord &source)
{
    // What was just written or read, without reading it again (which would be another audited read).
    for (const QString &field : ResidentRecord::fieldNames()) {
        if (ResidentRecord::isMedical(field))
            target.setValue(field, source.value(field));
    }
    target.setStoredMedicalJson(source.medicalDetailsJson());
    target.setValue(QStringLiteral("medical_notes"), source.value(QStringLiteral("medical_notes")));
    target.medicalRead = true;
}

Result<ResidentRecord> ResidentStore::recordEvent(const QSqlDatabase &db, const ResidentRecord &current,
                                                  const ResidentEvent &event)
{
    const PgResult recorded = PgSession(db).exec(
        QStringLiteral(
            "SELECT public.app_record_resident_event($1::uuid, $2, $3::date, $4, $5::uuid, $6, $7) AS outcome"),
        {current.id, event.event, event.date, current.rowVersion,
         event.toFacilityId.isEmpty() ? QVariant() : QVariant(event.toFacilityId),
         event.toRoom.trimmed().isEmpty() ? QVariant() : QVariant(event.toRoom.trimmed()), event.note.trimmed()});
    if (!recorded.ok())
        return refused(db, recorded.error(), current);
    ResidentRecord stored = readBack(db, current.id, false, current);
    if (current.medicalRead)
        keepMedical(stored, current);
    if (recorded.text(0, "outcome") == QLatin1String("conflict"))
        return Result<ResidentRecord>{
            Outcome::Conflict,
            stored,
            tr("%1 changed this record meanwhile, so nothing was recorded: check the record, then try again.")
                .arg(stored.updatedBy.isEmpty() ? tr("Someone else") : stored.updatedBy),
            {}};
    return Result<ResidentRecord>::done(stored);
}
