#pragma once

#include "audits/AuditAction.h"
#include "audits/AuditAnswerRow.h"
#include "audits/AuditPerson.h"
#include "audits/AuditQuestion.h"
#include "audits/AuditRecord.h"
#include "audits/AuditTypeRow.h"
#include "audits/QualityStatement.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class BackgroundReader;
class QObject;

// Audits as a manager runs them, through the signed-in connection: the database checks every right and rule again
// (migration 19) and computes the score; a refusal comes back as a sentence naming the field.
class AuditStore
{
    Q_DECLARE_TR_FUNCTIONS(AuditStore)

public:
    // The organization's types of audit, built-in first, each with its latest template version.
    static Result<QList<AuditTypeRow>> types(const QSqlDatabase &db);
    // Starts an audit of `type` at the home on `date`, the signed-in user its auditor, from the type's latest
    // questions. The new audit's id.
    static Result<QString> start(const QSqlDatabase &db, const QString &facilityId, const QString &type,
                                 const QDate &date);
    static Result<AuditRecord> open(const QSqlDatabase &db, const QString &auditId);
    // open() off the window's thread; done runs on context's thread (not at all if context is gone).
    static void openLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                          const QString &auditId, std::function<void(const Result<AuditRecord> &)> done);
    // Whom an action can be given to: the organization's active carers, nurses and managers, by name.
    static Result<QList<AuditPerson>> people(const QSqlDatabase &db);
    // A resident's care plans an answer may name as evidence: id and the plan's type name, current ones first.
    static Result<QList<AuditPerson>> carePlansOf(const QSqlDatabase &db, const QString &residentId);
    // Writes one question's answer (Unanswered clears it). Refused with the field "answer" or "comment".
    static Result<> answer(const QSqlDatabase &db, const QString &auditId, const AuditAnswerRow &answer);
    static Result<> saveSummary(const QSqlDatabase &db, const QString &auditId, const QDate &date,
                                const QString &summary);
    // What, who, by when, status and evidence of an action. Refused with the field named.
    static Result<> saveAction(const QSqlDatabase &db, const AuditAction &action);
    static Result<> signOff(const QSqlDatabase &db, const QString &auditId);
    // A new open version of a signed-off audit, saying why. Its id.
    static Result<QString> revise(const QSqlDatabase &db, const QString &auditId, const QString &reason);
    // A new version of a type's questions. The new template's id.
    static Result<QString> saveTemplate(const QSqlDatabase &db, const QString &type,
                                        const QList<AuditQuestion> &questions, const QString &note);
    static Result<QList<AuditQuestion>> templateQuestions(const QSqlDatabase &db, const QString &templateId);
    // A type of the organization's own, how often each home runs it (0: no schedule). Its code.
    static Result<QString> addType(const QSqlDatabase &db, const QString &name, int everyDays);
    // Every quality statement of the frameworks, by framework, key question and position.
    static Result<QList<QualityStatement>> statements(const QSqlDatabase &db);
    // The open actions of the homes the user manages (or of one home), those due soonest first, no date last.
    static Result<QList<AuditAction>> openActions(const QSqlDatabase &db, const QString &facilityId = {});

    // The form field a refusal concerns, from the constraint (or column) the database named.
    static QString fieldForConstraint(const QString &constraintOrColumn);
};
