#include "audits/AuditStore.h"

#include "careplans/CarePlanRecord.h"
#include "compliance/AuditScore.h"
#include "database/DatabaseErrorMessages.h"
#include "database/DatabaseFailure.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "database/ReadLater.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The columns of an action and what it belongs to, as every list of actions reads them.
const QString actionColumns = QStringLiteral(
    "SELECT c.id, c.facility_id, f.name AS facility, c.raised_in, t.name AS audit_type, a.date AS audit_date, "
    "c.position, c.what, c.owner_id, ou.first_name || ' ' || ou.last_name AS owner, c.due_date, c.status, "
    "c.completion_evidence, cu.first_name || ' ' || cu.last_name AS completed_by, "
    "floor(extract(epoch FROM c.completed_at) * 1000)::bigint AS completed_ms, "
    "(SELECT l.id FROM public.audits AS l WHERE l.organization_id = c.organization_id AND l.series_id = c.series_id "
    "ORDER BY l.version DESC LIMIT 1) AS latest_audit_id "
    "FROM public.audit_actions AS c "
    "JOIN public.audits AS a ON a.organization_id = c.organization_id AND a.id = c.raised_in "
    "JOIN public.facilities AS f ON f.organization_id = c.organization_id AND f.id = c.facility_id "
    "LEFT JOIN public.audit_types AS t ON t.organization_id = a.organization_id AND t.code = a.type "
    "LEFT JOIN public.users AS ou ON ou.organization_id = c.organization_id AND ou.id = c.owner_id "
    "LEFT JOIN public.users AS cu ON cu.organization_id = c.organization_id AND cu.id = c.completed_by ");

AuditAction actionAt(const PgResult &rows, int r)
{
    AuditAction action;
    action.id = rows.text(r, "id");
    action.facilityId = rows.text(r, "facility_id");
    action.facility = rows.text(r, "facility");
    action.auditId = rows.text(r, "raised_in");
    action.latestAuditId = rows.text(r, "latest_audit_id");
    action.auditType = rows.text(r, "audit_type");
    action.auditDate = rows.date(r, "audit_date");
    action.position = rows.integer(r, "position");
    action.what = rows.text(r, "what");
    action.ownerId = rows.text(r, "owner_id");
    action.owner = rows.text(r, "owner");
    action.due = rows.date(r, "due_date");
    action.status = rows.text(r, "status");
    action.completionEvidence = rows.text(r, "completion_evidence");
    action.completedBy = rows.text(r, "completed_by");
    action.completedAt = rows.instant(r, "completed_ms");
    return action;
}

} // namespace

QString AuditStore::fieldForConstraint(const QString &constraintOrColumn)
{
    static const QHash<QString, QString> fields = {
        {QStringLiteral("audit_answers_answer_check"), QStringLiteral("answer")},
        {QStringLiteral("audit_answers_comment_check"), QStringLiteral("comment")},
        {QStringLiteral("audit_answers_not_met_comment_check"), QStringLiteral("comment")},
        {QStringLiteral("audit_answers_evidence_resident_fkey"), QStringLiteral("evidence")},
        {QStringLiteral("audit_answers_evidence_care_plan_fkey"), QStringLiteral("evidence")},
        {QStringLiteral("audit_answers_evidence_note_fkey"), QStringLiteral("evidence")},
        {QStringLiteral("audit_actions_what_check"), QStringLiteral("what")},
        {QStringLiteral("audit_actions_owner_fkey"), QStringLiteral("owner")},
        {QStringLiteral("audit_actions_due_date_check"), QStringLiteral("due")},
        {QStringLiteral("audit_actions_status_check"), QStringLiteral("status")},
        {QStringLiteral("audit_actions_evidence_check"), QStringLiteral("completionEvidence")},
        {QStringLiteral("audit_actions_done_check"), QStringLiteral("completionEvidence")},
        {QStringLiteral("audits_summary_check"), QStringLiteral("summary")},
        {QStringLiteral("audits_date_check"), QStringLiteral("date")},
        {QStringLiteral("audits_facility_fkey"), QStringLiteral("facility")},
        {QStringLiteral("audits_type_fkey"), QStringLiteral("type")},
        {QStringLiteral("audits_type_retired_check"), QStringLiteral("type")},
        {QStringLiteral("audits_template_check"), QStringLiteral("type")},
        {QStringLiteral("audits_version_check"), QStringLiteral("reason")},
        {QStringLiteral("audits_unanswered_check"), QStringLiteral("answers")},
        {QStringLiteral("audits_action_plan_check"), QStringLiteral("actions")},
        {QStringLiteral("audit_templates_questions_check"), QStringLiteral("questions")},
        {QStringLiteral("audit_templates_change_note_check"), QStringLiteral("note")},
        {QStringLiteral("audit_template_questions_question_check"), QStringLiteral("questions")},
        {QStringLiteral("audit_template_questions_guidance_check"), QStringLiteral("questions")},
        {QStringLiteral("audit_template_questions_position_check"), QStringLiteral("questions")},
        {QStringLiteral("audit_question_statements_statement_fkey"), QStringLiteral("questions")},
        {QStringLiteral("audit_types_name_check"), QStringLiteral("name")},
        {QStringLiteral("audit_types_name_key"), QStringLiteral("name")},
        {QStringLiteral("audit_types_every_days_check"), QStringLiteral("everyDays")},
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("summary"), QStringLiteral("summary")},
    };
    return fields.value(constraintOrColumn);
}

Result<QList<AuditTypeRow>> AuditStore::types(const QSqlDatabase &db)
{
    const PgResult rows = PgSession(db).exec(QStringLiteral(
        "SELECT t.code, t.name, t.built_in, coalesce(t.every_days, 0) AS every_days, t.retired_at IS NOT NULL AS "
        "retired, e.id AS template_id, coalesce(e.version, 0) AS version FROM public.audit_types AS t "
        "LEFT JOIN LATERAL (SELECT x.id, x.version FROM public.audit_templates AS x "
        "WHERE x.organization_id = t.organization_id AND x.type = t.code ORDER BY x.version DESC LIMIT 1) AS e ON true "
        "ORDER BY t.retired_at IS NOT NULL, NOT t.built_in, t.name"));
    return mappedRows<AuditTypeRow>(rows, [](const PgResult &types, int r) {
        AuditTypeRow row;
        row.code = types.text(r, "code");
        row.name = types.text(r, "name");
        row.builtIn = types.flag(r, "built_in");
        row.everyDays = types.integer(r, "every_days");
        row.retired = types.flag(r, "retired");
        row.latestTemplateId = types.text(r, "template_id");
        row.latestVersion = types.integer(r, "version");
        return row;
    });
}

Result<QString> AuditStore::start(const QSqlDatabase &db, const QString &facilityId, const QString &type,
                                  const QDate &date)
{
    const PgResult made = PgSession(db).exec(
        QStringLiteral("INSERT INTO public.audits (facility_id, type, date) VALUES ($1::uuid, $2, $3::date) "
                       "RETURNING id"),
        {facilityId, type, date});
    if (!made.ok())
        return databaseFailure<QString>(made.error(), fieldForConstraint);
    return Result<QString>::done(made.text(0, "id"));
}

Result<QList<AuditQuestion>> AuditStore::templateQuestions(const QSqlDatabase &db, const QString &templateId)
{
    const PgResult rows = PgSession(db).exec(
        QStringLiteral("SELECT q.position, q.question, q.guidance, "
                       "coalesce(string_agg(s.statement, ',' ORDER BY s.statement), '') AS statements, "
                       "coalesce(string_agg(k.title || ': ' || qs.title, E'\\n' ORDER BY s.statement), '') "
                       "AS statement_titles FROM public.audit_template_questions AS q "
                       "LEFT JOIN public.audit_question_statements AS s ON s.organization_id = q.organization_id "
                       "AND s.template_id = q.template_id AND s.position = q.position "
                       "LEFT JOIN public.quality_statements AS qs ON qs.code = s.statement "
                       "LEFT JOIN public.framework_key_questions AS k ON k.framework = qs.framework "
                       "AND k.code = qs.key_question "
                       "WHERE q.template_id = $1::uuid GROUP BY q.position, q.question, q.guidance "
                       "ORDER BY q.position"),
        {templateId});
    return mappedRows<AuditQuestion>(rows, [](const PgResult &questions, int r) {
        AuditQuestion question;
        question.position = questions.integer(r, "position");
        question.question = questions.text(r, "question");
        question.guidance = questions.text(r, "guidance");
        question.statements = questions.text(r, "statements").split(QLatin1Char(','), Qt::SkipEmptyParts);
        question.statementTitles = questions.text(r, "statement_titles").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return question;
    });
}

void AuditStore::openLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                           const QString &auditId, std::function<void(const Result<AuditRecord> &)> done)
{
    readLater<Result<AuditRecord>>(
        reader, connectionName, context, [auditId](const QSqlDatabase &db) { return open(db, auditId); },
        std::move(done));
}

Result<QList<AuditPerson>> AuditStore::people(const QSqlDatabase &db)
{
    const PgResult rows = PgSession(db).exec(
        QStringLiteral("SELECT id, first_name || ' ' || last_name AS name FROM public.users "
                       "WHERE active AND role IN ('carer', 'nurse', 'manager') ORDER BY last_name, first_name, id"));
    return mappedRows<AuditPerson>(rows, [](const PgResult &people, int r) {
        return AuditPerson{people.text(r, "id"), people.text(r, "name")};
    });
}

Result<QList<AuditPerson>> AuditStore::carePlansOf(const QSqlDatabase &db, const QString &residentId)
{
    const PgResult rows =
        PgSession(db).exec(QStringLiteral("SELECT id, type FROM public.care_plans WHERE resident_id = $1::uuid "
                                          "ORDER BY status = 'archived', status = 'draft', type, id"),
                           {residentId});
    return mappedRows<AuditPerson>(rows, [](const PgResult &plans, int r) {
        return AuditPerson{plans.text(r, "id"), CarePlanRecord::typeName(plans.text(r, "type"))};
    });
}

Result<AuditRecord> AuditStore::open(const QSqlDatabase &db, const QString &auditId)
{
    const PgSession session(db);
    // One snapshot: the score, answers and actions read together agree.
    PgTransaction transaction(session);
    const PgResult snapshot = session.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    if (!snapshot.ok())
        return databaseFailure<AuditRecord>(snapshot.error());
    const PgResult row = session.exec(
        QStringLiteral(
            "SELECT a.id, a.series_id, a.version, a.facility_id, f.name AS facility, a.type, t.name AS type_name, "
            "a.date, au.first_name || ' ' || au.last_name AS auditor, "
            "cb.first_name || ' ' || cb.last_name AS created_by, a.change_reason, a.summary, a.template_id, "
            "coalesce(e.version, 0) AS template_version, a.score::text AS score, "
            "so.first_name || ' ' || so.last_name AS signed_off_by, "
            "floor(extract(epoch FROM a.signed_off_at) * 1000)::bigint AS signed_off_ms, "
            "NOT EXISTS (SELECT 1 FROM public.audits AS l WHERE l.organization_id = a.organization_id "
            "AND l.series_id = a.series_id AND l.version > a.version) AS latest "
            "FROM public.audits AS a "
            "JOIN public.facilities AS f ON f.organization_id = a.organization_id AND f.id = a.facility_id "
            "LEFT JOIN public.audit_types AS t ON t.organization_id = a.organization_id AND t.code = a.type "
            "LEFT JOIN public.audit_templates AS e ON e.organization_id = a.organization_id AND e.id = a.template_id "
            "LEFT JOIN public.users AS au ON au.organization_id = a.organization_id AND au.id = a.auditor "
            "LEFT JOIN public.users AS cb ON cb.organization_id = a.organization_id AND cb.id = a.created_by "
            "LEFT JOIN public.users AS so ON so.organization_id = a.organization_id AND so.id = a.signed_off_by "
            "WHERE a.id = $1::uuid"),
        {auditId});
    if (!row.ok())
        return databaseFailure<AuditRecord>(row.error());
    if (row.rowCount() != 1)
        return Result<AuditRecord>::refused(tr("This audit cannot be found: it may be of a home you do not manage."));
    AuditRecord record;
    record.id = row.text(0, "id");
    record.seriesId = row.text(0, "series_id");
    record.version = row.integer(0, "version");
    record.latest = row.flag(0, "latest");
    record.facilityId = row.text(0, "facility_id");
    record.facility = row.text(0, "facility");
    record.type = row.text(0, "type");
    record.typeName = row.text(0, "type_name");
    record.date = row.date(0, "date");
    record.auditor = row.text(0, "auditor");
    record.createdBy = row.text(0, "created_by");
    record.changeReason = row.text(0, "change_reason");
    record.summary = row.text(0, "summary");
    record.templateId = row.text(0, "template_id");
    record.templateVersion = row.integer(0, "template_version");
    record.score = AuditScore::fromStored(row.text(0, "score"));
    record.signedOffBy = row.text(0, "signed_off_by");
    record.signedOffAt = row.instant(0, "signed_off_ms");

    if (!record.templateId.isEmpty()) {
        const Result<QList<AuditQuestion>> questions = templateQuestions(db, record.templateId);
        if (!questions.ok())
            return Result<AuditRecord>::failedAs(questions);
        record.questions = questions.value;
    }
    const PgResult answers = session.exec(
        QStringLiteral("SELECT a.position, a.answer, a.comment, a.evidence_resident_id, a.evidence_care_plan_id, "
                       "a.evidence_note_id, u.first_name || ' ' || u.last_name AS answered_by, "
                       "floor(extract(epoch FROM a.answered_at) * 1000)::bigint AS answered_ms, "
                       "r.last_name || ', ' || r.first_name AS evidence_resident, p.type AS evidence_plan_type "
                       "FROM public.audit_answers AS a "
                       "LEFT JOIN public.users AS u ON u.organization_id = a.organization_id AND u.id = a.answered_by "
                       "LEFT JOIN public.residents AS r ON r.organization_id = a.organization_id "
                       "AND r.id = a.evidence_resident_id "
                       "LEFT JOIN public.care_plans AS p ON p.organization_id = a.organization_id "
                       "AND p.id = a.evidence_care_plan_id "
                       "WHERE a.audit_id = $1::uuid ORDER BY a.position"),
        {auditId});
    const Result<QList<AuditAnswerRow>> answerRows =
        mappedRows<AuditAnswerRow>(answers, [](const PgResult &rows, int r) {
            AuditAnswerRow answer;
            answer.position = rows.integer(r, "position");
            answer.answer = AuditAnswers::fromKey(rows.text(r, "answer"));
            answer.comment = rows.text(r, "comment");
            answer.evidenceResidentId = rows.text(r, "evidence_resident_id");
            answer.evidenceCarePlanId = rows.text(r, "evidence_care_plan_id");
            answer.evidenceNoteId = rows.text(r, "evidence_note_id");
            answer.answeredBy = rows.text(r, "answered_by");
            answer.answeredAt = rows.instant(r, "answered_ms");
            answer.evidenceResident = rows.text(r, "evidence_resident");
            answer.evidenceCarePlan = rows.isNull(r, "evidence_plan_type")
                                          ? QString()
                                          : CarePlanRecord::typeName(rows.text(r, "evidence_plan_type"));
            return answer;
        });
    if (!answerRows.ok())
        return Result<AuditRecord>::failedAs(answerRows);
    record.answers = answerRows.value;
    const PgResult actions = session.exec(
        actionColumns + QStringLiteral("WHERE c.series_id = $1::uuid ORDER BY c.position"), {record.seriesId});
    const Result<QList<AuditAction>> actionRows = mappedRows<AuditAction>(actions, actionAt);
    if (!actionRows.ok())
        return Result<AuditRecord>::failedAs(actionRows);
    record.actions = actionRows.value;
    const PgResult residents = session.exec(
        QStringLiteral("SELECT id, last_name || ', ' || first_name || coalesce(' (' || NULLIF(room_number, '') || ')', "
                       "'') AS name FROM public.residents WHERE facility_id = $1::uuid "
                       "AND status IN ('admitted', 'in_hospital') ORDER BY last_name, first_name, id"),
        {record.facilityId});
    const Result<QList<AuditPerson>> residentRows = mappedRows<AuditPerson>(residents, [](const PgResult &rows, int r) {
        return AuditPerson{rows.text(r, "id"), rows.text(r, "name")};
    });
    if (!residentRows.ok())
        return Result<AuditRecord>::failedAs(residentRows);
    record.residents = residentRows.value;
    return Result<AuditRecord>::done(record);
}

Result<> AuditStore::answer(const QSqlDatabase &db, const QString &auditId, const AuditAnswerRow &answer)
{
    const PgSession session(db);
    const PgResult written =
        answer.answer == AuditAnswer::Unanswered
            ? session.exec(QStringLiteral("DELETE FROM public.audit_answers WHERE audit_id = $1::uuid "
                                          "AND position = $2::smallint"),
                           {auditId, answer.position})
            : session.exec(
                  QStringLiteral(
                      "INSERT INTO public.audit_answers (audit_id, position, answer, comment, evidence_resident_id, "
                      "evidence_care_plan_id, evidence_note_id) VALUES ($1::uuid, $2::smallint, $3, coalesce($4, ''), "
                      "NULLIF($5, '')::uuid, NULLIF($6, '')::uuid, NULLIF($7, '')::uuid) "
                      "ON CONFLICT (organization_id, audit_id, position) DO UPDATE SET answer = EXCLUDED.answer, "
                      "comment = EXCLUDED.comment, evidence_resident_id = EXCLUDED.evidence_resident_id, "
                      "evidence_care_plan_id = EXCLUDED.evidence_care_plan_id, "
                      "evidence_note_id = EXCLUDED.evidence_note_id"),
                  {auditId, answer.position, AuditAnswers::key(answer.answer), answer.comment.trimmed(),
                   answer.evidenceResidentId, answer.evidenceCarePlanId, answer.evidenceNoteId});
    if (!written.ok())
        return databaseFailure(written.error(), fieldForConstraint);
    return Result<>::done();
}

Result<> AuditStore::saveSummary(const QSqlDatabase &db, const QString &auditId, const QDate &date,
                                 const QString &summary)
{
    const PgResult saved = PgSession(db).exec(
        QStringLiteral("UPDATE public.audits SET date = $2::date, summary = coalesce($3, '') WHERE id = $1::uuid"),
        {auditId, date, summary.trimmed()});
    if (!saved.ok())
        return databaseFailure(saved.error(), fieldForConstraint);
    if (saved.rowsAffected() != 1)
        return Result<>::refused(tr("You may not change this audit: ask a manager of its home."));
    return Result<>::done();
}

Result<> AuditStore::saveAction(const QSqlDatabase &db, const AuditAction &action)
{
    const PgResult saved = PgSession(db).exec(
        QStringLiteral("UPDATE public.audit_actions SET what = coalesce($2, ''), owner_id = NULLIF($3, '')::uuid, "
                       "due_date = $4::date, status = $5, completion_evidence = coalesce($6, '') WHERE id = $1::uuid"),
        {action.id, action.what.trimmed(), action.ownerId, action.due, action.status,
         action.completionEvidence.trimmed()});
    if (!saved.ok())
        return databaseFailure(saved.error(), fieldForConstraint);
    if (saved.rowsAffected() != 1)
        return Result<>::refused(tr("You may not change this action: ask a manager of its home."));
    return Result<>::done();
}

Result<> AuditStore::signOff(const QSqlDatabase &db, const QString &auditId)
{
    const PgResult signedOff =
        PgSession(db).exec(QStringLiteral("SELECT public.app_sign_off_audit($1::uuid)"), {auditId});
    if (!signedOff.ok())
        return databaseFailure(signedOff.error(), fieldForConstraint);
    return Result<>::done();
}

Result<QString> AuditStore::revise(const QSqlDatabase &db, const QString &auditId, const QString &reason)
{
    const PgResult revised = PgSession(db).exec(QStringLiteral("SELECT public.app_revise_audit($1::uuid, $2) AS id"),
                                                {auditId, reason.trimmed()});
    if (!revised.ok())
        return databaseFailure<QString>(revised.error(), fieldForConstraint);
    return Result<QString>::done(revised.text(0, "id"));
}

Result<QString> AuditStore::saveTemplate(const QSqlDatabase &db, const QString &type,
                                         const QList<AuditQuestion> &questions, const QString &note)
{
    QJsonArray written;
    for (const AuditQuestion &question : questions) {
        written.append(QJsonObject{{QStringLiteral("question"), question.question.trimmed()},
                                   {QStringLiteral("guidance"), question.guidance.trimmed()},
                                   {QStringLiteral("statements"), QJsonArray::fromStringList(question.statements)}});
    }
    const PgResult saved = PgSession(db).exec(
        QStringLiteral("SELECT public.app_save_audit_template($1, $2::jsonb, coalesce($3, '')) AS id"),
        {type, QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact)), note.trimmed()});
    if (!saved.ok())
        return databaseFailure<QString>(saved.error(), fieldForConstraint);
    return Result<QString>::done(saved.text(0, "id"));
}

Result<QString> AuditStore::addType(const QSqlDatabase &db, const QString &name, int everyDays)
{
    const PgResult added =
        PgSession(db).exec(QStringLiteral("INSERT INTO public.audit_types (name, every_days) VALUES (coalesce($1, ''), "
                                          "NULLIF($2::integer, 0)) RETURNING code"),
                           {name.trimmed(), everyDays});
    if (!added.ok())
        return databaseFailure<QString>(added.error(), fieldForConstraint);
    return Result<QString>::done(added.text(0, "code"));
}

Result<QList<QualityStatement>> AuditStore::statements(const QSqlDatabase &db)
{
    const PgResult rows = PgSession(db).exec(QStringLiteral(
        "SELECT s.code, s.framework, k.title AS key_question, s.title FROM public.quality_statements AS s "
        "JOIN public.framework_key_questions AS k ON k.framework = s.framework "
        "AND k.code = s.key_question ORDER BY s.framework, k.position, s.position"));
    return mappedRows<QualityStatement>(rows, [](const PgResult &statements, int r) {
        return QualityStatement{statements.text(r, "code"), statements.text(r, "framework"),
                                statements.text(r, "key_question"), statements.text(r, "title")};
    });
}

Result<QList<AuditAction>> AuditStore::openActions(const QSqlDatabase &db, const QString &facilityId)
{
    // The open actions of a group are few (each is a failed audit question awaiting work); 500 is far more than any
    // manager's list, and the home screen counts them on the server.
    const PgResult rows = PgSession(db).exec(
        actionColumns + QStringLiteral("WHERE c.status = 'open' AND ($1::uuid IS NULL OR c.facility_id = $1::uuid) "
                                       "ORDER BY c.due_date NULLS LAST, f.name, a.date, c.position LIMIT 500"),
        {facilityId.isEmpty() ? QVariant() : QVariant(facilityId)});
    return mappedRows<AuditAction>(rows, actionAt);
}
