#pragma once

#include "assessments/AssessmentRecord.h"
#include "clinical/AssessmentDue.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

class BackgroundReader;

class PgResult;

// Writing and reading assessments under the signed-in user's session. An assessment is written once; a correction is
// a new one naming it, with a reason.
class AssessmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentStore)

public:
    // Checks what can be checked before the server is asked (complete, dated between birth and today, a correction's
    // reason): Done, or Refused with a sentence and the field it names.
    static Result<> check(const AssessmentRecord &record, const QDate &today, const QDate &born);
    // Done with the assessment as written and read back; Refused with the sentence and the field (and the record as
    // given as the value).
    static Result<AssessmentRecord> write(const QSqlDatabase &db, const AssessmentRecord &record, const QDate &today,
                                          const QDate &born);
    // The assessment; Refused (with a sentence) when it cannot be found or the user may not see it (the server does
    // not say which), Failed or Unreachable when it could not be read.
    static Result<AssessmentRecord> load(const QSqlDatabase &db, const QString &id);
    // The assessment in force of each tool done for the resident (the newest not corrected), in the tools' order.
    static Result<QList<AssessmentRecord>> latest(const QSqlDatabase &db, const QString &residentId);
    // What is due for a resident, soonest first (empty when the user may not read assessments).
    static Result<QList<AssessmentDue>> due(const QSqlDatabase &db, const QString &residentId);
    // Opening a written assessment: load, and whether it is the latest of its type (isLatest), off the window's
    // thread (see readLater); done gets both on context's thread.
    static void openLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                          const QString &assessmentId,
                          std::function<void(const Result<AssessmentRecord> &, bool latest)> done);
    // due, off the window's thread (see readLater): done gets the answer on context's thread.
    static void dueLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                         const QString &residentId, std::function<void(const Result<QList<AssessmentDue>> &)> done);
    // The id of the live care plan (draft, active or under review) of this type, newest first; an empty value when
    // there is none.
    static Result<QString> matchingCarePlan(const QSqlDatabase &db, const QString &residentId, const QString &planType);
    // What was chosen for the care plan after a high result: "reviewed_plan" (planId), "started_plan" or "declined"
    // (reason). Done, or Refused with what went wrong.
    static Result<> recordFollowUp(const QSqlDatabase &db, const QString &assessmentId, const QString &choice,
                                   const QString &planId, const QString &reason);
    // Whether the assessment is in force (not corrected) and no later one of the same tool in force has been written
    // for the resident: a high result still waiting for its care-plan choice is asked about only while it is the
    // latest.
    static bool isLatest(const QSqlDatabase &db, const QString &assessmentId);
    // A scalar subquery giving what is due for the resident of this row ("must=2026-11-01,..."), for the lists that
    // show it as alerts; residentAlias names the residents row (with organization_id and id).
    static QString dueSubquery(const QString &residentAlias);
    // The columns of an assessment as read back (for load and the history), in the order readRow expects.
    static QString select();
    static AssessmentRecord readRow(const PgResult &result, int row);
};
