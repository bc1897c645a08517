#include "careplans/CarePlanStore.h"

#include "database/DatabaseErrorMessages.h"
#include "database/DatabaseFailure.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "database/ReadLater.h"

#include <QJsonDocument>

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QDateTime instant(const PgResult &result, QAnyStringView column)
{
    return result.isNull(0, column) ? QDateTime()
                                    : QDateTime::fromMSecsSinceEpoch(result.text(0, column).toLongLong(), Qt::UTC);
}

} // namespace

void CarePlanStore::loadLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                              const QString &id, std::function<void(const Result<CarePlanRecord> &)> done)
{
    readLater<Result<CarePlanRecord>>(
        reader, connectionName, context, [id](const QSqlDatabase &db) { return load(db, id); }, std::move(done));
}

Result<CarePlanRecord> CarePlanStore::load(const QSqlDatabase &db, const QString &id)
{
    const PgResult row = PgSession(db).exec(
        QStringLiteral(
            "SELECT p.id, p.resident_id, p.type, p.status, p.start_date, p.review_date, p.details, "
            "p.row_version, floor(extract(epoch FROM p.created_at) * 1000)::bigint AS created_ms, "
            "floor(extract(epoch FROM p.updated_at) * 1000)::bigint AS updated_ms, "
            "cu.first_name || ' ' || cu.last_name AS created_by, "
            "uu.first_name || ' ' || uu.last_name AS updated_by FROM public.care_plans AS p "
            "LEFT JOIN public.users AS cu ON cu.organization_id = p.organization_id AND cu.id = p.created_by "
            "LEFT JOIN public.users AS uu ON uu.organization_id = p.organization_id AND uu.id = p.updated_by "
            "WHERE p.id = $1::uuid"),
        {id});
    if (!row.ok())
        return databaseFailure<CarePlanRecord>(row.error());
    if (row.rowCount() != 1)
        return Result<CarePlanRecord>::refused(
            tr("This care plan cannot be found: it may belong to a resident of a home you do not work in."));
    CarePlanRecord record;
    record.id = row.text(0, "id");
    record.residentId = row.text(0, "resident_id");
    record.setValue(QStringLiteral("type"), row.text(0, "type"));
    record.setValue(QStringLiteral("status"), row.text(0, "status"));
    record.setValue(QStringLiteral("start_date"), QDate::fromString(row.text(0, "start_date"), Qt::ISODate));
    record.setValue(QStringLiteral("review_date"), QDate::fromString(row.text(0, "review_date"), Qt::ISODate));
    record.setStoredDetails(QJsonDocument::fromJson(row.text(0, "details").toUtf8()).object());
    record.rowVersion = row.integer(0, "row_version");
    record.createdAt = instant(row, "created_ms");
    record.updatedAt = instant(row, "updated_ms");
    record.createdBy = row.text(0, "created_by");
    record.updatedBy = row.text(0, "updated_by");
    return Result<CarePlanRecord>::done(record);
}

Result<> CarePlanStore::check(const CarePlanRecord &record)
{
    const auto fail = [](const char *name, const QString &message) {
        return Result<>::refused(message, QString::fromLatin1(name));
    };
    if (!CarePlanRecord::types().contains(record.value(QStringLiteral("type")).toString()))
        return fail("type", tr("Choose the kind of care plan from the list."));
    const QDate start = record.value(QStringLiteral("start_date")).toDate();
    if (!start.isValid())
        return fail("start_date", tr("The start date is missing: enter the day the plan starts."));
    const QDate review = record.value(QStringLiteral("review_date")).toDate();
    const QString status = record.value(QStringLiteral("status")).toString();
    if (!review.isValid() && (status == QLatin1String("active") || status == QLatin1String("under_review")))
        return fail("review_date", tr("An active care plan needs a review date: enter when it is next to be "
                                      "reviewed."));
    if (review.isValid() && review < start)
        return fail("review_date", tr("The review date is before the start date: enter a review date on or after "
                                      "the start date."));
    return Result<>::done();
}

Result<CarePlanRecord> CarePlanStore::refused(const DatabaseError &error)
{
    return Result<CarePlanRecord>::refused(
        DatabaseErrorMessages::describe(error),
        CarePlanRecord::fieldForConstraint(error.constraint.isEmpty() ? error.column : error.constraint));
}

Result<CarePlanRecord> CarePlanStore::conflict(const QSqlDatabase &db, const CarePlanRecord &original)
{
    const Result<CarePlanRecord> current = load(db, original.id);
    const CarePlanRecord theirs = current.ok() ? current.value : original;
    return Result<CarePlanRecord>{
        Outcome::Conflict,
        theirs,
        tr("%1 changed this care plan while you were editing it, so your changes are not saved yet.")
            .arg(theirs.updatedBy.isEmpty() ? tr("Someone else") : theirs.updatedBy),
        {}};
}

Result<CarePlanRecord> CarePlanStore::saved(const QSqlDatabase &db, const QString &id, const CarePlanRecord &fallback)
{
    const Result<CarePlanRecord> read = load(db, id);
    return Result<CarePlanRecord>::done(read.ok() ? read.value : fallback);
}

Result<CarePlanRecord> CarePlanStore::create(const QSqlDatabase &db, const CarePlanRecord &record)
{
    if (const Result<> checked = check(record); !checked.ok())
        return Result<CarePlanRecord>::failedAs(checked);
    const PgResult created = PgSession(db).exec(
        QStringLiteral("INSERT INTO public.care_plans (resident_id, type, status, start_date, review_date, details) "
                       "VALUES ($1::uuid, $2, $3, $4::date, $5::date, $6::jsonb) RETURNING id"),
        {record.residentId, record.value(QStringLiteral("type")), record.value(QStringLiteral("status")),
         record.value(QStringLiteral("start_date")), record.value(QStringLiteral("review_date")),
         jsonText(record.detailsJson())});
    if (!created.ok())
        return refused(created.error());
    return saved(db, created.text(0, "id"), record);
}

Result<CarePlanRecord> CarePlanStore::save(const QSqlDatabase &db, const CarePlanRecord &original,
                                           const CarePlanRecord &edited)
{
    if (const Result<> checked = check(edited); !checked.ok())
        return Result<CarePlanRecord>::failedAs(checked);
    const PgSession session(db);
    {
        PgTransaction transaction(session);
        const PgResult locked = session.exec(
            QStringLiteral("SELECT row_version FROM public.care_plans WHERE id = $1::uuid FOR UPDATE"), {original.id});
        if (!locked.ok())
            return refused(locked.error());
        if (locked.rowCount() != 1)
            return Result<CarePlanRecord>::refused(tr("You may not change this care plan: ask a nurse or a manager."));
        if (locked.integer(0, "row_version") != original.rowVersion) {
            transaction.commit(); // nothing was written: this only lets go of the lock
            return conflict(db, original);
        }
        const PgResult updated = session.exec(
            QStringLiteral("UPDATE public.care_plans SET type = $2, status = $3, start_date = $4::date, "
                           "review_date = $5::date, details = $6::jsonb WHERE id = $1::uuid AND row_version = $7"),
            {original.id, edited.value(QStringLiteral("type")), edited.value(QStringLiteral("status")),
             edited.value(QStringLiteral("start_date")), edited.value(QStringLiteral("review_date")),
             jsonText(edited.detailsJson()), original.rowVersion});
        if (!updated.ok())
            return refused(updated.error());
        if (updated.rowsAffected() != 1)
            return Result<CarePlanRecord>::refused(tr("You may not change this care plan: ask a nurse or a manager."));
        if (!transaction.commit())
            return Result<CarePlanRecord>::refused(tr("The care plan could not be saved: the connection to the "
                                                      "database failed. Save again (what you typed is kept)."));
    }
    return saved(db, original.id, edited);
}

Result<CarePlanRecord> CarePlanStore::review(const QSqlDatabase &db, const CarePlanRecord &original,
                                             const CarePlanRecord &edited, const QDate &reviewedOn,
                                             const QString &changes, const QDate &nextReview)
{
    if (changes.trimmed().isEmpty())
        return Result<CarePlanRecord>::refused(
            tr("Say what the review found or changed (\"no change needed\" is an answer)."), QStringLiteral("changes"));
    if (!nextReview.isValid() || nextReview <= reviewedOn)
        return Result<CarePlanRecord>::refused(
            tr("The next review date must be after the date of this review: enter a later date."),
            QStringLiteral("next_review_date"));
    CarePlanRecord base = original;
    // Anything but the details (which go with the review) and the review date and status (which it sets) is saved
    // first, so the review does not drop it.
    QStringList others = edited.differences(original);
    others.removeIf([](const QString &field) {
        return CarePlanRecord::isDetail(field) || field == QLatin1String("review_date") ||
               field == QLatin1String("status");
    });
    if (!others.isEmpty()) {
        CarePlanRecord firstPart = edited;
        for (const QString &field : CarePlanRecord::fieldNames()) {
            if (!others.contains(field))
                firstPart.setValue(field, original.value(field));
        }
        const Result<CarePlanRecord> first = save(db, original, firstPart);
        if (!first.ok())
            return first;
        base = first.value;
    }
    const bool detailsChanged = edited.detailsJson() != base.detailsJson();
    const PgResult reviewed = PgSession(db).exec(
        QStringLiteral(
            "SELECT public.app_review_care_plan($1::uuid, $2::date, $3, $4::date, $5::jsonb, $6) AS outcome"),
        {base.id, reviewedOn, changes.trimmed(), nextReview,
         detailsChanged ? QVariant(jsonText(edited.detailsJson())) : QVariant(), base.rowVersion});
    if (!reviewed.ok()) {
        Result<CarePlanRecord> result = refused(reviewed.error());
        if (reviewed.error().constraint == QLatin1String("care_plan_reviews_date_check"))
            result.field = QStringLiteral("reviewed_on");
        else if (reviewed.error().constraint == QLatin1String("care_plan_reviews_next_review_check"))
            result.field = QStringLiteral("next_review_date");
        return result;
    }
    if (reviewed.text(0, "outcome") == QLatin1String("conflict"))
        return conflict(db, base);
    return saved(db, base.id, edited);
}

Result<QList<CarePlanRecord>> CarePlanStore::forResident(const QSqlDatabase &db, const QString &residentId)
{
    const PgResult rows = PgSession(db).exec(
        QStringLiteral("SELECT to_jsonb(p) AS plan FROM public.care_plans AS p WHERE p.resident_id = $1::uuid "
                       "ORDER BY p.status = 'archived', p.status = 'draft', p.type"),
        {residentId});
    return mappedRows<CarePlanRecord>(rows, [](const PgResult &row, int r) {
        return CarePlanRecord::fromRow(QJsonDocument::fromJson(row.text(r, "plan").toUtf8()).object());
    });
}

Result<QList<CarePlanReview>> CarePlanStore::reviews(const QSqlDatabase &db, const QString &planId)
{
    const PgResult rows = PgSession(db).exec(
        QStringLiteral("SELECT v.reviewed_on, u.first_name || ' ' || u.last_name AS reviewed_by, v.changes, "
                       "v.next_review_date "
                       "FROM public.care_plan_reviews AS v LEFT JOIN public.users AS u "
                       "ON u.organization_id = v.organization_id AND u.id = v.reviewed_by "
                       "WHERE v.care_plan_id = $1::uuid ORDER BY v.reviewed_on DESC, v.created_at DESC"),
        {planId});
    return mappedRows<CarePlanReview>(rows, [](const PgResult &row, int r) {
        return CarePlanReview{QDate::fromString(row.text(r, "reviewed_on"), Qt::ISODate), row.text(r, "reviewed_by"),
                              row.text(r, "changes"), QDate::fromString(row.text(r, "next_review_date"), Qt::ISODate)};
    });
}
