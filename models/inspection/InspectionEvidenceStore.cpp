#include "inspection/InspectionEvidenceStore.h"

#include "database/DatabaseFailure.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "database/ReadLater.h"

#include <QCoreApplication>
#include <QTime>

namespace {

// Only an audit's latest version counts: an earlier one was replaced, with who and why.
const QString latestVersion =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM public.audits AS l WHERE l.organization_id = a.organization_id "
                   "AND l.series_id = a.series_id AND l.version > a.version)");

// The instant a local date starts, in milliseconds since the epoch.
qint64 startOf(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

QDate localDate(const QDateTime &instant)
{
    return instant.isValid() ? instant.toLocalTime().date() : QDate();
}

} // namespace

Result<QList<KeyQuestion>> InspectionEvidenceStore::keyQuestions(const QSqlDatabase &db)
{
    const PgResult rows = PgSession(db).exec(
        QStringLiteral("SELECT k.framework, k.code, k.title FROM public.framework_key_questions AS k "
                       "ORDER BY k.framework, k.position"));
    return mappedRows<KeyQuestion>(rows, [](const PgResult &questions, int r) {
        return KeyQuestion{questions.text(r, "framework"), questions.text(r, "code"), questions.text(r, "title")};
    });
}

void InspectionEvidenceStore::readLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                                        const QString &facilityId, const KeyQuestion &question, const QDate &from,
                                        const QDate &to, const QDate &today,
                                        std::function<void(const Result<EvidenceData> &)> done)
{
    ::readLater<Result<EvidenceData>>(
        reader, connectionName, context,
        [facilityId, question, from, to, today](const QSqlDatabase &db) {
            return read(db, facilityId, question, from, to, today);
        },
        std::move(done));
}

Result<EvidenceData> InspectionEvidenceStore::read(const QSqlDatabase &db, const QString &facilityId,
                                                   const KeyQuestion &question, const QDate &from, const QDate &to,
                                                   const QDate &today)
{
    const PgSession session(db);
    // One snapshot: the counts, answers and incidents agree with each other.
    PgTransaction transaction(session);
    const PgResult snapshot = session.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    if (!snapshot.ok())
        return databaseFailure<EvidenceData>(snapshot.error());
    // $1 the home, $2 and $3 the framework and key question, $4 and $5 the period's first and last dates.
    const QVariantList params{facilityId, question.framework, question.code, from, to};

    const PgResult statements = session.exec(
        QStringLiteral("SELECT f.name AS facility, w.name AS framework, w.regulator, k.title AS key_question, s.code, "
                       "s.title, array_to_string(s.evidence, ',') AS evidence FROM public.facilities AS f "
                       "CROSS JOIN public.framework_key_questions AS k "
                       "JOIN public.inspection_frameworks AS w ON w.code = k.framework "
                       "JOIN public.quality_statements AS s ON s.framework = k.framework AND s.key_question = k.code "
                       "WHERE f.id = $1::uuid AND k.framework = $2 AND k.code = $3 AND $4::date <= $5::date "
                       "ORDER BY s.position"),
        params);
    if (!statements.ok())
        return databaseFailure<EvidenceData>(statements.error());
    if (statements.rowCount() == 0)
        return Result<EvidenceData>::refused(QCoreApplication::translate(
            "InspectionEvidenceStore", "There is no such home or key question, or the period ends before it starts."));

    EvidenceData data;
    data.facilityId = facilityId;
    data.facility = statements.text(0, "facility");
    data.framework = statements.text(0, "framework");
    data.regulator = statements.text(0, "regulator");
    data.keyQuestion = statements.text(0, "key_question");
    data.from = from;
    data.to = to;
    for (int r = 0; r < statements.rowCount(); ++r) {
        data.statements.append({statements.text(r, "code"), statements.text(r, "title"),
                                statements.text(r, "evidence").split(QLatin1Char(','), Qt::SkipEmptyParts)});
    }

    // Every question of the period's audits tagged with one of the statements, answered or not.
    const PgResult answers = session.exec(
        QStringLiteral("SELECT qs.statement, a.id, coalesce(t.name, a.type) AS audit_type, a.date, "
                       "coalesce(a.score::text, '') AS score, a.signed_off_at IS NOT NULL AS signed_off, q.position, "
                       "q.question, coalesce(n.answer, '') AS answer, coalesce(n.comment, '') AS comment "
                       "FROM public.audits AS a "
                       "JOIN public.audit_template_questions AS q ON q.organization_id = a.organization_id "
                       "AND q.template_id = a.template_id "
                       "JOIN public.audit_question_statements AS qs ON qs.organization_id = q.organization_id "
                       "AND qs.template_id = q.template_id AND qs.position = q.position "
                       "JOIN public.quality_statements AS s ON s.code = qs.statement AND s.framework = $2 "
                       "AND s.key_question = $3 "
                       "LEFT JOIN public.audit_answers AS n ON n.organization_id = a.organization_id "
                       "AND n.audit_id = a.id AND n.position = q.position "
                       "LEFT JOIN public.audit_types AS t ON t.organization_id = a.organization_id AND t.code = a.type "
                       "WHERE a.facility_id = $1::uuid AND a.date BETWEEN $4::date AND $5::date AND %1 "
                       "ORDER BY s.position, a.date, a.id, q.position")
            .arg(latestVersion),
        params);
    // The actions those questions raised, and any still open from an earlier audit.
    const PgResult actions = session.exec(
        QStringLiteral("SELECT qs.statement, coalesce(t.name, a.type) AS audit_type, a.date, c.what, "
                       "coalesce(u.first_name || ' ' || u.last_name, '') AS owner, c.due_date, c.status, "
                       "floor(extract(epoch FROM c.completed_at) * 1000)::bigint AS completed_ms "
                       "FROM public.audit_actions AS c "
                       "JOIN public.audits AS a ON a.organization_id = c.organization_id AND a.id = c.raised_in "
                       "JOIN public.audit_question_statements AS qs ON qs.organization_id = a.organization_id "
                       "AND qs.template_id = a.template_id AND qs.position = c.position "
                       "JOIN public.quality_statements AS s ON s.code = qs.statement AND s.framework = $2 "
                       "AND s.key_question = $3 "
                       "LEFT JOIN public.audit_types AS t ON t.organization_id = a.organization_id AND t.code = a.type "
                       "LEFT JOIN public.users AS u ON u.organization_id = c.organization_id AND u.id = c.owner_id "
                       "WHERE c.facility_id = $1::uuid "
                       "AND (a.date BETWEEN $4::date AND $5::date OR (c.status = 'open' AND a.date <= $5::date)) "
                       "ORDER BY s.position, c.due_date NULLS LAST, a.date, c.position"),
        params);
    // The period's incidents (those row-level security lets this user read), as their latest review left them.
    const QVariantList instants{facilityId, startOf(from), startOf(to.addDays(1))};
    const PgResult incidents = session.exec(
        QStringLiteral("SELECT i.id, coalesce(v.type, i.type) AS type, "
                       "floor(extract(epoch FROM i.date) * 1000)::bigint AS occurred_ms, "
                       "coalesce(v.severity, '') AS severity, i.safeguarding, v.version IS NOT NULL AS reviewed, "
                       "coalesce(v.lessons_learned, '') AS lessons FROM public.incidents AS i "
                       "LEFT JOIN LATERAL (SELECT x.version, x.type, x.severity, x.lessons_learned "
                       "FROM public.incident_reviews AS x WHERE x.organization_id = i.organization_id "
                       "AND x.incident_id = i.id ORDER BY x.version DESC LIMIT 1) AS v ON true "
                       "WHERE i.facility_id = $1::uuid AND i.date >= to_timestamp($2::bigint / 1000.0) "
                       "AND i.date < to_timestamp($3::bigint / 1000.0) ORDER BY i.date, i.id"),
        instants);
    const PgResult notifications = session.exec(
        QStringLiteral("SELECT coalesce(v.type, i.type) AS type, "
                       "floor(extract(epoch FROM i.date) * 1000)::bigint AS occurred_ms, n.kind, "
                       "floor(extract(epoch FROM n.due_at) * 1000)::bigint AS due_ms, "
                       "floor(extract(epoch FROM n.sent_at) * 1000)::bigint AS sent_ms, "
                       "coalesce(n.reference, '') AS reference, "
                       "floor(extract(epoch FROM n.withdrawn_at) * 1000)::bigint AS withdrawn_ms, "
                       "coalesce(n.withdrawn_reason, '') AS withdrawn_reason FROM public.incident_notifications AS n "
                       "JOIN public.incidents AS i ON i.organization_id = n.organization_id AND i.id = n.incident_id "
                       "LEFT JOIN LATERAL (SELECT x.type FROM public.incident_reviews AS x "
                       "WHERE x.organization_id = i.organization_id AND x.incident_id = i.id "
                       "ORDER BY x.version DESC LIMIT 1) AS v ON true "
                       "WHERE i.facility_id = $1::uuid AND i.date >= to_timestamp($2::bigint / 1000.0) "
                       "AND i.date < to_timestamp($3::bigint / 1000.0) ORDER BY n.due_at, i.date, n.kind"),
        instants);
    // How well reviews and assessments are kept up: done in the period, and overdue now, for the home's residents.
    const PgResult counts = session.exec(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM public.care_plan_reviews AS v JOIN public.residents AS r "
            "ON r.organization_id = v.organization_id AND r.id = v.resident_id WHERE r.facility_id = $1::uuid "
            "AND v.reviewed_on BETWEEN $2::date AND $3::date) AS reviews_done, "
            "(SELECT count(*) FROM public.care_plans AS p JOIN public.residents AS r "
            "ON r.organization_id = p.organization_id AND r.id = p.resident_id WHERE r.facility_id = $1::uuid "
            "AND r.status IN ('admitted', 'in_hospital') AND p.status IN ('active', 'under_review') "
            "AND p.review_date < $4::date) AS reviews_overdue, "
            "(SELECT count(*) FROM public.assessments AS s JOIN public.residents AS r "
            "ON r.organization_id = s.organization_id AND r.id = s.resident_id WHERE r.facility_id = $1::uuid "
            "AND s.corrects_id IS NULL AND s.date BETWEEN $2::date AND $3::date) AS assessments_done, "
            "(SELECT count(*) FROM public.assessments_due AS d WHERE d.facility_id = $1::uuid "
            "AND d.due_date < $4::date) AS assessments_overdue"),
        {facilityId, from, to, today});
    for (const PgResult *read : {&answers, &actions, &incidents, &notifications, &counts}) {
        if (!read->ok())
            return databaseFailure<EvidenceData>(read->error());
    }

    for (int r = 0; r < answers.rowCount(); ++r) {
        EvidenceAnswer answer;
        answer.statement = answers.text(r, "statement");
        answer.auditId = answers.text(r, "id");
        answer.auditType = answers.text(r, "audit_type");
        answer.auditDate = answers.date(r, "date");
        answer.score = answers.text(r, "score");
        answer.signedOff = answers.flag(r, "signed_off");
        answer.position = answers.integer(r, "position");
        answer.question = answers.text(r, "question");
        answer.answer = answers.text(r, "answer");
        answer.comment = answers.text(r, "comment");
        data.answers.append(answer);
    }
    for (int r = 0; r < actions.rowCount(); ++r) {
        EvidenceAction action;
        action.statement = actions.text(r, "statement");
        action.auditType = actions.text(r, "audit_type");
        action.auditDate = actions.date(r, "date");
        action.what = actions.text(r, "what");
        action.owner = actions.text(r, "owner");
        action.due = actions.date(r, "due_date");
        action.status = actions.text(r, "status");
        action.completed = localDate(actions.instant(r, "completed_ms"));
        data.actions.append(action);
    }
    for (int r = 0; r < incidents.rowCount(); ++r) {
        EvidenceIncident incident;
        incident.id = incidents.text(r, "id");
        incident.type = incidents.text(r, "type");
        incident.occurredAt = incidents.instant(r, "occurred_ms");
        incident.severity = incidents.text(r, "severity");
        incident.safeguarding = incidents.flag(r, "safeguarding");
        incident.reviewed = incidents.flag(r, "reviewed");
        incident.lessons = incidents.text(r, "lessons");
        data.incidents.append(incident);
    }
    for (int r = 0; r < notifications.rowCount(); ++r) {
        EvidenceNotification notification;
        notification.incidentType = notifications.text(r, "type");
        notification.occurredAt = notifications.instant(r, "occurred_ms");
        notification.kind = notifications.text(r, "kind");
        notification.dueAt = notifications.instant(r, "due_ms");
        notification.sentAt = notifications.instant(r, "sent_ms");
        notification.reference = notifications.text(r, "reference");
        notification.withdrawnAt = notifications.instant(r, "withdrawn_ms");
        notification.withdrawnReason = notifications.text(r, "withdrawn_reason");
        data.notifications.append(notification);
    }
    data.reviewsDone = counts.integer(0, "reviews_done");
    data.reviewsOverdue = counts.integer(0, "reviews_overdue");
    data.assessmentsDone = counts.integer(0, "assessments_done");
    data.assessmentsOverdue = counts.integer(0, "assessments_overdue");
    return Result<EvidenceData>::done(data);
}
