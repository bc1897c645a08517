#pragma once

#include "common/Result.h"
#include "inspection/EvidenceData.h"
#include "inspection/KeyQuestion.h"

#include <QSqlDatabase>

#include <functional>

class BackgroundReader;
class QObject;

// The SELECTs of a home's evidence for an inspection: the key questions to choose from, and for one of them the
// quality statements with what evidences each in a period (the answers of the period's audits to questions tagged
// with it, the actions they raised, and the records the database names for it). Row-level security decides what is
// read: a manager without incidents.safeguarding reads no safeguarding incident.
class InspectionEvidenceStore
{
public:
    static Result<QList<KeyQuestion>> keyQuestions(const QSqlDatabase &db);
    // One snapshot, on any thread. from and to are local dates, both included; today is the station's, for what is
    // overdue now.
    static Result<EvidenceData> read(const QSqlDatabase &db, const QString &facilityId, const KeyQuestion &question,
                                     const QDate &from, const QDate &to, const QDate &today);
    // read() on reader's thread, then done on context's (at once on connectionName without a reader).
    static void readLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                          const QString &facilityId, const KeyQuestion &question, const QDate &from, const QDate &to,
                          const QDate &today, std::function<void(const Result<EvidenceData> &)> done);
};
