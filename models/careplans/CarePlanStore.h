#pragma once

#include "careplans/CarePlanRecord.h"
#include "careplans/CarePlanReview.h"
#include "common/Result.h"
#include "database/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

class BackgroundReader;

// Reading, saving and reviewing care plans under the signed-in user's session. As with residents, a save names the
// version it started from and is refused as a Conflict when another save came first. A save is Done with the plan as
// saved, Conflict with the plan as the other person left it, or Refused with the sentence and the field.
class CarePlanStore
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanStore)

public:
    // The plan; Refused (with a sentence) when it cannot be found or the user may not see it (the server does not
    // say which), Failed or Unreachable when it could not be read.
    static Result<CarePlanRecord> load(const QSqlDatabase &db, const QString &id);
    // load, off the window's thread (see readLater): done gets the answer on context's thread.
    static void loadLater(BackgroundReader *reader, const QString &connectionName, QObject *context, const QString &id,
                          std::function<void(const Result<CarePlanRecord> &)> done);
    // Checks what can be checked before the server is asked: Done, or Refused with a sentence and the field.
    static Result<> check(const CarePlanRecord &record);
    static Result<CarePlanRecord> create(const QSqlDatabase &db, const CarePlanRecord &record);
    static Result<CarePlanRecord> save(const QSqlDatabase &db, const CarePlanRecord &original,
                                       const CarePlanRecord &edited);
    // A review on reviewedOn: what it found or changed, the next review date, and the plan as edited (its details
    // go with the review; any other change is saved first). The plan is active again afterwards.
    static Result<CarePlanRecord> review(const QSqlDatabase &db, const CarePlanRecord &original,
                                         const CarePlanRecord &edited, const QDate &reviewedOn, const QString &changes,
                                         const QDate &nextReview);

    // Every care plan of a resident (for printing the resident's summary), live ones first.
    static Result<QList<CarePlanRecord>> forResident(const QSqlDatabase &db, const QString &residentId);
    // A plan's reviews, newest first.
    static Result<QList<CarePlanReview>> reviews(const QSqlDatabase &db, const QString &planId);

private:
    static Result<CarePlanRecord> refused(const DatabaseError &error);
    static Result<CarePlanRecord> conflict(const QSqlDatabase &db, const CarePlanRecord &original);
    // Done with the plan as read back after a save, or with fallback if it cannot be read.
    static Result<CarePlanRecord> saved(const QSqlDatabase &db, const QString &id, const CarePlanRecord &fallback);
};
