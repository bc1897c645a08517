#include "incidents/IncidentStore.h"

#include "database/DatabaseFailure.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "database/ReadLater.h"

namespace {

QString postgresArray(const QStringList &values)
{
    // The codes are the database's own words (letters and underscores): nothing to quote.
    return QLatin1Char('{') + values.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

QString IncidentStore::fieldForConstraint(const QString &constraintOrColumn)
{
    static const QHash<QString, QString> fields = {
        {QStringLiteral("incidents_what_happened_check"), QStringLiteral("whatHappened")},
        {QStringLiteral("incidents_location_check"), QStringLiteral("location")},
        {QStringLiteral("incidents_immediate_actions_check"), QStringLiteral("immediateActions")},
        {QStringLiteral("incidents_injuries_check"), QStringLiteral("injuries")},
        {QStringLiteral("incidents_witnesses_check"), QStringLiteral("witnesses")},
        {QStringLiteral("incidents_injury_sites_check"), QStringLiteral("injurySites")},
        {QStringLiteral("incidents_type_check"), QStringLiteral("type")},
        {QStringLiteral("incidents_date_check"), QStringLiteral("occurredAt")},
        {QStringLiteral("incidents_resident_fkey"), QStringLiteral("resident")},
        {QStringLiteral("incidents_facility_fkey"), QStringLiteral("facility")},
        {QStringLiteral("incident_reviews_type_check"), QStringLiteral("type")},
        {QStringLiteral("incident_reviews_severity_check"), QStringLiteral("severity")},
        {QStringLiteral("incident_reviews_actions_taken_check"), QStringLiteral("actionsTaken")},
        {QStringLiteral("incident_reviews_lessons_learned_check"), QStringLiteral("lessonsLearned")},
        {QStringLiteral("incident_reviews_family_told_check"), QStringLiteral("familyToldNote")},
        {QStringLiteral("incident_reviews_family_told_note_check"), QStringLiteral("familyToldNote")},
        {QStringLiteral("incident_reviews_family_told_at_check"), QStringLiteral("familyToldAt")},
        {QStringLiteral("incident_notifications_kind_key"), QStringLiteral("kind")},
        {QStringLiteral("incident_notifications_kind_check"), QStringLiteral("kind")},
        {QStringLiteral("incident_notifications_reference_check"), QStringLiteral("reference")},
        {QStringLiteral("incident_notifications_sent_at_check"), QStringLiteral("sentAt")},
        {QStringLiteral("incident_notifications_withdrawn_reason_check"), QStringLiteral("withdrawnReason")},
        {QStringLiteral("incident_notifications_outcome_check"), QStringLiteral("reference")},
    };
    return fields.value(constraintOrColumn);
}

Result<QList<IncidentChoice>> IncidentStore::residentsOf(const QSqlDatabase &db, const QString &facilityId)
{
    const PgResult rows = PgSession(db).exec(
        QStringLiteral("SELECT id, last_name || ', ' || first_name || coalesce(' (' || NULLIF(room_number, '') || ')', "
                       "'') AS name FROM public.residents WHERE facility_id = $1::uuid "
                       "AND status IN ('admitted', 'in_hospital') ORDER BY last_name, first_name, id"),
        {facilityId});
    return mappedRows<IncidentChoice>(rows, [](const PgResult &residents, int r) {
        return IncidentChoice{residents.text(r, "id"), residents.text(r, "name")};
    });
}

Result<QString> IncidentStore::report(const QSqlDatabase &db, const IncidentReport &report)
{
    const PgResult made = PgSession(db).exec(
        QStringLiteral("SELECT public.app_report_incident($1::uuid, NULLIF($2, '')::uuid, $3, "
                       "to_timestamp($4::bigint / 1000.0), $5, $6, $7, $8, $9::text[], $10::boolean, $11, "
                       "$12::boolean) AS id"),
        {report.facilityId, report.residentId, report.type,
         report.occurredAt.isValid() ? QVariant(report.occurredAt.toMSecsSinceEpoch()) : QVariant(), report.location,
         report.whatHappened, report.immediateActions, report.injuries, postgresArray(report.injurySites),
         report.headStruck, report.witnesses, report.safeguarding});
    if (!made.ok())
        return databaseFailure<QString>(made.error(), fieldForConstraint);
    return Result<QString>::done(made.text(0, "id"));
}

void IncidentStore::openLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                              const QString &incidentId, std::function<void(const Result<IncidentRecord> &)> done)
{
    readLater<Result<IncidentRecord>>(
        reader, connectionName, context, [incidentId](const QSqlDatabase &db) { return open(db, incidentId); },
        std::move(done));
}

Result<IncidentRecord> IncidentStore::open(const QSqlDatabase &db, const QString &incidentId)
{
    const PgSession session(db);
    // One snapshot: the report, reviews and notifications read together agree.
    PgTransaction transaction(session);
    const PgResult snapshot = session.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    if (!snapshot.ok())
        return databaseFailure<IncidentRecord>(snapshot.error());
    const PgResult row = session.exec(
        QStringLiteral(
            "SELECT i.id, i.facility_id, f.name AS facility, i.resident_id, "
            "r.last_name || ', ' || r.first_name AS resident, i.type, "
            "floor(extract(epoch FROM i.date) * 1000)::bigint AS occurred_ms, i.location, i.what_happened, "
            "i.immediate_actions, i.injuries, array_to_string(i.injury_sites, ',') AS injury_sites, i.head_struck, "
            "i.witnesses, i.safeguarding, u.first_name || ' ' || u.last_name AS reported_by, "
            "floor(extract(epoch FROM i.created_at) * 1000)::bigint AS reported_ms FROM public.incidents AS i "
            "JOIN public.facilities AS f ON f.organization_id = i.organization_id AND f.id = i.facility_id "
            "LEFT JOIN public.residents AS r ON r.organization_id = i.organization_id AND r.id = i.resident_id "
            "LEFT JOIN public.users AS u ON u.organization_id = i.organization_id AND u.id = i.reported_by "
            "WHERE i.id = $1::uuid"),
        {incidentId});
    if (!row.ok())
        return databaseFailure<IncidentRecord>(row.error());
    if (row.rowCount() != 1)
        return Result<IncidentRecord>::refused(
            tr("This incident cannot be opened: it may be of a home you do not manage, or a safeguarding concern you "
               "are not given to see."));
    IncidentRecord record;
    IncidentReport &report = record.report;
    report.id = row.text(0, "id");
    report.facilityId = row.text(0, "facility_id");
    report.facility = row.text(0, "facility");
    report.residentId = row.text(0, "resident_id");
    report.resident = row.text(0, "resident");
    report.type = row.text(0, "type");
    report.occurredAt = row.instant(0, "occurred_ms");
    report.location = row.text(0, "location");
    report.whatHappened = row.text(0, "what_happened");
    report.immediateActions = row.text(0, "immediate_actions");
    report.injuries = row.text(0, "injuries");
    report.injurySites = row.text(0, "injury_sites").split(QLatin1Char(','), Qt::SkipEmptyParts);
    report.headStruck = row.flag(0, "head_struck");
    report.witnesses = row.text(0, "witnesses");
    report.safeguarding = row.flag(0, "safeguarding");
    report.reportedBy = row.text(0, "reported_by");
    report.reportedAt = row.instant(0, "reported_ms");

    const PgResult reviews = session.exec(
        QStringLiteral("SELECT v.version, v.type, v.severity, v.actions_taken, v.lessons_learned, v.police_involved, "
                       "v.safeguarding, floor(extract(epoch FROM v.family_told_at) * 1000)::bigint AS told_ms, "
                       "v.family_told_note, u.first_name || ' ' || u.last_name AS reviewed_by, "
                       "floor(extract(epoch FROM v.reviewed_at) * 1000)::bigint AS reviewed_ms "
                       "FROM public.incident_reviews AS v "
                       "LEFT JOIN public.users AS u ON u.organization_id = v.organization_id AND u.id = v.reviewed_by "
                       "WHERE v.incident_id = $1::uuid ORDER BY v.version"),
        {incidentId});
    const Result<QList<IncidentReview>> reviewRows =
        mappedRows<IncidentReview>(reviews, [](const PgResult &rows, int r) {
            IncidentReview review;
            review.version = rows.integer(r, "version");
            review.type = rows.text(r, "type");
            review.severity = rows.text(r, "severity");
            review.actionsTaken = rows.text(r, "actions_taken");
            review.lessonsLearned = rows.text(r, "lessons_learned");
            review.policeInvolved = rows.flag(r, "police_involved");
            review.safeguarding = rows.flag(r, "safeguarding");
            review.familyToldAt = rows.instant(r, "told_ms");
            review.familyToldNote = rows.text(r, "family_told_note");
            review.reviewedBy = rows.text(r, "reviewed_by");
            review.reviewedAt = rows.instant(r, "reviewed_ms");
            return review;
        });
    if (!reviewRows.ok())
        return Result<IncidentRecord>::failedAs(reviewRows);
    record.reviews = reviewRows.value;

    const PgResult notifications = session.exec(
        QStringLiteral(
            "SELECT n.id, n.kind, floor(extract(epoch FROM n.due_at) * 1000)::bigint AS due_ms, "
            "floor(extract(epoch FROM n.sent_at) * 1000)::bigint AS sent_ms, n.reference, "
            "s.first_name || ' ' || s.last_name AS sent_by, n.withdrawn_reason, "
            "floor(extract(epoch FROM n.withdrawn_at) * 1000)::bigint AS withdrawn_ms, "
            "w.first_name || ' ' || w.last_name AS withdrawn_by, c.first_name || ' ' || c.last_name AS added_by "
            "FROM public.incident_notifications AS n "
            "LEFT JOIN public.users AS s ON s.organization_id = n.organization_id AND s.id = n.sent_by "
            "LEFT JOIN public.users AS w ON w.organization_id = n.organization_id AND w.id = n.withdrawn_by "
            "LEFT JOIN public.users AS c ON c.organization_id = n.organization_id AND c.id = n.created_by "
            "WHERE n.incident_id = $1::uuid ORDER BY n.due_at, n.kind"),
        {incidentId});
    const Result<QList<IncidentNotification>> notificationRows =
        mappedRows<IncidentNotification>(notifications, [](const PgResult &rows, int r) {
            IncidentNotification notification;
            notification.id = rows.text(r, "id");
            notification.kind = rows.text(r, "kind");
            notification.dueAt = rows.instant(r, "due_ms");
            notification.sentAt = rows.instant(r, "sent_ms");
            notification.reference = rows.text(r, "reference");
            notification.sentBy = rows.text(r, "sent_by");
            notification.withdrawnReason = rows.text(r, "withdrawn_reason");
            notification.withdrawnAt = rows.instant(r, "withdrawn_ms");
            notification.withdrawnBy = rows.text(r, "withdrawn_by");
            notification.addedBy = rows.text(r, "added_by");
            return notification;
        });
    if (!notificationRows.ok())
        return Result<IncidentRecord>::failedAs(notificationRows);
    record.notifications = notificationRows.value;
    return Result<IncidentRecord>::done(record);
}

Result<> IncidentStore::review(const QSqlDatabase &db, const QString &incidentId, const IncidentReview &review)
{
    const PgResult added = PgSession(db).exec(
        QStringLiteral("INSERT INTO public.incident_reviews (incident_id, type, severity, actions_taken, "
                       "lessons_learned, police_involved, safeguarding, family_told_at, family_told_note) VALUES "
                       "($1::uuid, $2, $3, coalesce($4, ''), coalesce($5, ''), $6::boolean, $7::boolean, "
                       "to_timestamp($8::bigint / 1000.0), coalesce($9, ''))"),
        {incidentId, review.type, review.severity, review.actionsTaken.trimmed(), review.lessonsLearned.trimmed(),
         review.policeInvolved, review.safeguarding,
         review.familyToldAt.isValid() ? QVariant(review.familyToldAt.toMSecsSinceEpoch()) : QVariant(),
         review.familyToldNote.trimmed()});
    if (!added.ok())
        return databaseFailure(added.error(), fieldForConstraint);
    return Result<>::done();
}

Result<> IncidentStore::addNotification(const QSqlDatabase &db, const QString &incidentId, const QString &kind)
{
    const PgResult added =
        PgSession(db).exec(QStringLiteral("INSERT INTO public.incident_notifications (incident_id, kind) "
                                          "VALUES ($1::uuid, $2)"),
                           {incidentId, kind});
    if (!added.ok())
        return databaseFailure(added.error(), fieldForConstraint);
    return Result<>::done();
}

Result<> IncidentStore::markSent(const QSqlDatabase &db, const QString &notificationId, const QDateTime &sentAt,
                                 const QString &reference)
{
    const PgResult sent = PgSession(db).exec(
        QStringLiteral("UPDATE public.incident_notifications SET sent_at = to_timestamp($2::bigint / 1000.0), "
                       "reference = coalesce($3, '') WHERE id = $1::uuid"),
        {notificationId, sentAt.isValid() ? QVariant(sentAt.toMSecsSinceEpoch()) : QVariant(), reference.trimmed()});
    if (!sent.ok())
        return databaseFailure(sent.error(), fieldForConstraint);
    if (sent.rowsAffected() != 1)
        return Result<>::refused(tr("You may not change this notification: ask a manager of its home."));
    return Result<>::done();
}

Result<> IncidentStore::withdraw(const QSqlDatabase &db, const QString &notificationId, const QString &reason)
{
    const PgResult withdrawn = PgSession(db).exec(
        QStringLiteral("UPDATE public.incident_notifications SET withdrawn_reason = coalesce($2, '') "
                       "WHERE id = $1::uuid"),
        {notificationId, reason.trimmed()});
    if (!withdrawn.ok())
        return databaseFailure(withdrawn.error(), fieldForConstraint);
    if (withdrawn.rowsAffected() != 1)
        return Result<>::refused(tr("You may not change this notification: ask a manager of its home."));
    return Result<>::done();
}
