#include "assessments/AssessmentStore.h"

#include "clinical/AssessmentTools.h"
#include "database/DatabaseErrorMessages.h"
#include "database/DatabaseFailure.h"
#include "database/PgResult.h"
#include "database/PgSession.h"
#include "database/ReadLater.h"

#include <QJsonDocument>

QString AssessmentStore::select()
{
    // Who wrote it by name; the entry that corrects it; what was chosen for its care plan.
    return QStringLiteral(
        "SELECT a.id, a.resident_id, a.type, a.date, a.findings, a.recommendations, a.tool_version, a.score, a.band, "
        "a.risk_level, a.next_due_date, a.corrects_id, a.correction_reason, "
        "coalesce(u.first_name || ' ' || u.last_name, '') AS author, "
        "floor(extract(epoch FROM a.created_at) * 1000)::bigint AS created_ms, "
        "(SELECT c.id FROM public.assessments AS c WHERE c.organization_id = a.organization_id "
        "AND c.corrects_id = a.id) AS corrected_by_id, "
        "(SELECT f.choice || '|' || coalesce(f.reason, '') FROM public.assessment_follow_ups AS f "
        "WHERE f.organization_id = a.organization_id AND f.assessment_id = a.id) AS follow_up "
        "FROM public.assessments AS a LEFT JOIN public.users AS u ON u.organization_id = a.organization_id "
        "AND u.id = a.created_by ");
}

bool AssessmentStore::isLatest(const QSqlDatabase &db, const QString &assessmentId)
{
    // Compared on the server with the record's own date and time (to the microsecond). An entry a correction
    // replaced is not in force: it is not the latest itself, and it does not count as later than another (as in
    // assessments_due).
    const PgResult latest = PgSession(db).exec(
        QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM public.assessments AS c WHERE c.organization_id = "
                       "r.organization_id AND c.corrects_id = r.id) "
                       "AND NOT EXISTS (SELECT 1 FROM public.assessments AS a WHERE a.organization_id = "
                       "r.organization_id AND a.resident_id = r.resident_id AND a.type = r.type AND a.id <> r.id "
                       "AND (a.date, a.created_at) > (r.date, r.created_at) "
                       "AND NOT EXISTS (SELECT 1 FROM public.assessments AS c WHERE c.organization_id = "
                       "a.organization_id AND c.corrects_id = a.id)) AS latest "
                       "FROM public.assessments AS r WHERE r.id = $1::uuid"),
        {assessmentId});
    return latest.ok() && latest.rowCount() == 1 && latest.text(0, "latest") == QLatin1String("t");
}

QString AssessmentStore::dueSubquery(const QString &residentAlias)
{
    return QStringLiteral("(SELECT string_agg(d.type || '=' || d.due_date, ',' ORDER BY d.due_date, d.type) "
                          "FROM public.assessments_due AS d "
                          "WHERE d.organization_id = %1.organization_id AND d.resident_id = %1.id "
                          "AND d.due_date IS NOT NULL)")
        .arg(residentAlias);
}

AssessmentRecord AssessmentStore::readRow(const PgResult &result, int row)
{
    AssessmentRecord record;
    record.id = result.text(row, "id");
    record.residentId = result.text(row, "resident_id");
    record.type = AssessmentTools::fromKey(result.text(row, "type")).value_or(AssessmentType::Must);
    record.date = QDate::fromString(result.text(row, "date"), Qt::ISODate);
    record.answers = QJsonDocument::fromJson(result.text(row, "findings").toUtf8()).object();
    record.recommendations = QJsonDocument::fromJson(result.text(row, "recommendations").toUtf8()).object();
    record.toolVersion = result.text(row, "tool_version");
    record.score = result.integer(row, "score");
    record.band = result.text(row, "band");
    record.riskLevel = result.integer(row, "risk_level");
    record.nextDue = QDate::fromString(result.text(row, "next_due_date"), Qt::ISODate);
    record.correctsId = result.text(row, "corrects_id");
    record.correctionReason = result.text(row, "correction_reason");
    record.author = result.text(row, "author");
    record.createdAt = QDateTime::fromMSecsSinceEpoch(result.value(row, "created_ms").toLongLong());
    record.correctedById = result.text(row, "corrected_by_id");
    const QString followUp = result.text(row, "follow_up");
    const QString choice = followUp.section(QLatin1Char('|'), 0, 0);
    if (choice == QLatin1String("reviewed_plan"))
        record.followUp = tr("Care plan reviewed");
    else if (choice == QLatin1String("started_plan"))
        record.followUp = tr("New care plan started");
    else if (choice == QLatin1String("declined"))
        record.followUp = tr("Care plan not reviewed: %1").arg(followUp.section(QLatin1Char('|'), 1));
    return record;
}

Result<> AssessmentStore::check(const AssessmentRecord &record, const QDate &today, const QDate &born)
{
    if (Result<> dated = AssessmentTools::checkDate(record.date, today, born); !dated.ok())
        return dated;
    const AssessmentResult result = AssessmentTools::score(record.type, record.answers);
    if (!result.problem.isEmpty())
        return Result<>::refused(result.problem, result.problemKey);
    if (!result.missing.isEmpty()) {
        QStringList labels;
        const QList<AssessmentItem> items = AssessmentTools::items(record.type);
        for (const QString &key : result.missing)
            labels.append(AssessmentTools::item(items, key)->label);
        return Result<>::refused(tr("The %1 is not complete: answer %2, then save.")
                                     .arg(AssessmentTools::name(record.type), labels.join(tr("; "))),
                                 result.missing.constFirst());
    }
    if (!record.correctsId.isEmpty() && record.correctionReason.trimmed().size() < 3)
        return Result<>::refused(
            tr("A correction needs its reason: say in a few words why the assessment is being corrected."),
            QStringLiteral("correction_reason"));
    return Result<>::done();
}

Result<AssessmentRecord> AssessmentStore::write(const QSqlDatabase &db, const AssessmentRecord &record,
                                                const QDate &today, const QDate &born)
{
    // Refused keeps the record as given.
    const auto refused = [&record](const QString &message, const QString &field) {
        return Result<AssessmentRecord>{Outcome::Refused, record, message, field};
    };
    if (const Result<> checked = check(record, today, born); !checked.ok())
        return refused(checked.message, checked.field);
    // The score and band are the tool's, recomputed here from the answers: what is written is what the code says.
    const AssessmentRecord scored = [&record] {
        AssessmentRecord fresh = AssessmentRecord::scored(record.residentId, record.type, record.date, record.answers,
                                                          AssessmentTools::score(record.type, record.answers));
        fresh.correctsId = record.correctsId;
        fresh.correctionReason = record.correctionReason;
        return fresh;
    }();
    const PgResult result = PgSession(db).exec(
        QStringLiteral("WITH written AS (INSERT INTO public.assessments (resident_id, type, date, findings, "
                       "recommendations, tool_version, score, band, risk_level, corrects_id, correction_reason) "
                       "VALUES ($1::uuid, $2, $3::date, $4::jsonb, $5::jsonb, $6, $7::integer, $8, $9::smallint, "
                       "$10::uuid, $11) RETURNING id) SELECT id FROM written"),
        {scored.residentId, AssessmentTools::key(scored.type), scored.date,
         QString::fromUtf8(QJsonDocument(scored.answers).toJson(QJsonDocument::Compact)),
         QString::fromUtf8(QJsonDocument(scored.recommendations).toJson(QJsonDocument::Compact)), scored.toolVersion,
         scored.score, scored.band, scored.riskLevel,
         scored.correctsId.isEmpty() ? QVariant() : QVariant(scored.correctsId),
         scored.correctsId.isEmpty() ? QVariant() : QVariant(scored.correctionReason.trimmed())});
    if (!result.ok())
        return refused(DatabaseErrorMessages::describe(result.error()),
                       result.error().column.isEmpty() ? result.error().constraint : result.error().column);
    const Result<AssessmentRecord> written = load(db, result.text(0, "id"));
    if (!written.ok())
        return refused(written.message, QString());
    return written;
}

Result<AssessmentRecord> AssessmentStore::load(const QSqlDatabase &db, const QString &id)
{
    const PgResult result = PgSession(db).exec(select() + QStringLiteral("WHERE a.id = $1::uuid"), {id});
    if (!result.ok())
        return databaseFailure<AssessmentRecord>(result.error());
    if (result.rowCount() == 0)
        return Result<AssessmentRecord>::refused(tr("This assessment cannot be found, or you may not see it."));
    return Result<AssessmentRecord>::done(readRow(result, 0));
}

Result<QList<AssessmentRecord>> AssessmentStore::latest(const QSqlDatabase &db, const QString &residentId)
{
    const PgResult result = PgSession(db).exec(
        select() + QStringLiteral("WHERE a.id IN (SELECT DISTINCT ON (l.type) l.id FROM public.assessments AS l "
                                  "WHERE l.resident_id = $1::uuid AND NOT EXISTS (SELECT 1 FROM public.assessments "
                                  "AS c WHERE c.organization_id = l.organization_id AND c.corrects_id = l.id) "
                                  "ORDER BY l.type, l.date DESC, l.created_at DESC, l.id DESC)"),
        {residentId});
    if (!result.ok())
        return databaseFailure<QList<AssessmentRecord>>(result.error());
    QList<AssessmentRecord> records;
    for (const AssessmentType type : AssessmentTools::types()) {
        for (int r = 0; r < result.rowCount(); ++r) {
            if (result.text(r, "type") == AssessmentTools::key(type))
                records.append(readRow(result, r));
        }
    }
    return Result<QList<AssessmentRecord>>::done(records);
}

void AssessmentStore::openLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                                const QString &assessmentId,
                                std::function<void(const Result<AssessmentRecord> &, bool latest)> done)
{
    using Opened = std::pair<Result<AssessmentRecord>, bool>;
    readLater<Opened>(
        reader, connectionName, context,
        [assessmentId](const QSqlDatabase &db) {
            Opened opened{load(db, assessmentId), false};
            if (opened.first.ok())
                opened.second = isLatest(db, assessmentId);
            return opened;
        },
        [done = std::move(done)](const Opened &opened) { done(opened.first, opened.second); });
}

void AssessmentStore::dueLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                               const QString &residentId,
                               std::function<void(const Result<QList<AssessmentDue>> &)> done)
{
    readLater<Result<QList<AssessmentDue>>>(
        reader, connectionName, context, [residentId](const QSqlDatabase &db) { return due(db, residentId); },
        std::move(done));
}

Result<QList<AssessmentDue>> AssessmentStore::due(const QSqlDatabase &db, const QString &residentId)
{
    const PgResult result = PgSession(db).exec(
        QStringLiteral("SELECT d.type, d.due_date, d.last_assessment_id, d.last_date FROM public.assessments_due AS d "
                       "WHERE d.resident_id = $1::uuid AND d.due_date IS NOT NULL ORDER BY d.due_date, d.type"),
        {residentId});
    if (!result.ok())
        return databaseFailure<QList<AssessmentDue>>(result.error());
    QList<AssessmentDue> due;
    for (int r = 0; r < result.rowCount(); ++r) {
        if (const auto type = AssessmentTools::fromKey(result.text(r, "type")))
            due.append({*type, QDate::fromString(result.text(r, "due_date"), Qt::ISODate),
                        result.text(r, "last_assessment_id"),
                        QDate::fromString(result.text(r, "last_date"), Qt::ISODate)});
    }
    return Result<QList<AssessmentDue>>::done(due);
}

Result<QString> AssessmentStore::matchingCarePlan(const QSqlDatabase &db, const QString &residentId,
                                                  const QString &planType)
{
    const PgResult result = PgSession(db).exec(
        QStringLiteral("SELECT p.id FROM public.care_plans AS p WHERE p.resident_id = $1::uuid AND p.type = $2 "
                       "AND p.status IN ('draft', 'active', 'under_review') ORDER BY p.start_date DESC, p.created_at "
                       "DESC LIMIT 1"),
        {residentId, planType});
    if (!result.ok())
        return databaseFailure<QString>(result.error());
    return Result<QString>::done(result.text(0, "id"));
}

Result<> AssessmentStore::recordFollowUp(const QSqlDatabase &db, const QString &assessmentId, const QString &choice,
                                         const QString &planId, const QString &reason)
{
    const PgResult result = PgSession(db).exec(
        QStringLiteral("INSERT INTO public.assessment_follow_ups (assessment_id, choice, care_plan_id, reason) "
                       "VALUES ($1::uuid, $2, $3::uuid, $4)"),
        {assessmentId, choice, planId.isEmpty() ? QVariant() : QVariant(planId),
         reason.trimmed().isEmpty() ? QVariant() : QVariant(reason.trimmed())});
    return result.ok() ? Result<>::done() : Result<>::refused(DatabaseErrorMessages::describe(result.error()));
}
