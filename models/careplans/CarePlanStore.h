#pragma once

#include "careplans/CarePlanRecord.h"
#include "careplans/CarePlanReview.h"
#include "common/SaveResult.h"
#include "database/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

using CarePlanSaveResult = SaveResult<CarePlanRecord>;

// Reading, saving and reviewing care plans under the signed-in user's session. As with residents, a save names the
// version it started from and is refused as a Conflict when another save came first.
class CarePlanStore
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanStore)

public:
    static std::optional<CarePlanRecord> load(const QSqlDatabase &db, const QString &id, QString *error);
    // Checks what can be checked before the server is asked: a sentence and the field, or an empty string.
    static QString problem(const CarePlanRecord &record, QString *field);
    static CarePlanSaveResult create(const QSqlDatabase &db, const CarePlanRecord &record);
    static CarePlanSaveResult save(const QSqlDatabase &db, const CarePlanRecord &original,
                                   const CarePlanRecord &edited);
    // A review on reviewedOn: what it found or changed, the next review date, and the plan as edited (its details
    // go with the review; any other change is saved first). The plan is active again afterwards.
    static CarePlanSaveResult review(const QSqlDatabase &db, const CarePlanRecord &original,
                                     const CarePlanRecord &edited, const QDate &reviewedOn, const QString &changes,
                                     const QDate &nextReview);

    // Every care plan of a resident (for printing the resident's summary), live ones first.
    static QList<CarePlanRecord> forResident(const QSqlDatabase &db, const QString &residentId, QString *error);
    // A plan's reviews, newest first.
    static QList<CarePlanReview> reviews(const QSqlDatabase &db, const QString &planId, QString *error);

private:
    static CarePlanSaveResult refused(const DatabaseError &error);
    static CarePlanSaveResult conflict(const QSqlDatabase &db, const CarePlanRecord &original);
};
