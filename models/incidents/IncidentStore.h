#pragma once

#include "common/Result.h"
#include "incidents/IncidentChoice.h"
#include "incidents/IncidentRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class BackgroundReader;
class QObject;

// Incidents as staff report them and managers review them, through the signed-in connection: the database checks
// every right and rule again (migration 20), computes the notifications' due dates and keeps safeguarding incidents
// from those without the right; a refusal comes back as a sentence naming the field.
class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)

public:
    // A home's residents (admitted, or in hospital), by name, as "Surname, First (room)".
    static Result<QList<IncidentChoice>> residentsOf(const QSqlDatabase &db, const QString &facilityId);
    // Reports an incident as the signed-in user. The new incident's id (the reporter of a safeguarding concern cannot
    // open it afterwards).
    static Result<QString> report(const QSqlDatabase &db, const IncidentReport &report);
    static Result<IncidentRecord> open(const QSqlDatabase &db, const QString &incidentId);
    // open() off the window's thread; done runs on context's thread (not at all if context is gone).
    static void openLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                          const QString &incidentId, std::function<void(const Result<IncidentRecord> &)> done);
    // Adds a review (the next version) as the signed-in user.
    static Result<> review(const QSqlDatabase &db, const QString &incidentId, const IncidentReview &review);
    // Adds a notification of this kind; the database sets when it is due.
    static Result<> addNotification(const QSqlDatabase &db, const QString &incidentId, const QString &kind);
    static Result<> markSent(const QSqlDatabase &db, const QString &notificationId, const QDateTime &sentAt,
                             const QString &reference);
    static Result<> withdraw(const QSqlDatabase &db, const QString &notificationId, const QString &reason);

    // The form field a refusal concerns, from the constraint (or column) the database named.
    static QString fieldForConstraint(const QString &constraintOrColumn);
};
