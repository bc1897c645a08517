#pragma once

#include "common/Result.h"
#include "residents/RecordKind.h"
#include "residents/RecordVersion.h"
#include "residents/ResidentEventRow.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// The SELECTs of what happened to a resident and their records: their events, and every version of their record or
// of a care plan. A resident has a handful of each: all are read at once. Each runs on any thread.
class ResidentHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(ResidentHistoryStore)

public:
    // A resident's admissions, moves, hospital stays, discharge or death, newest first, with who recorded each.
    static Result<QList<ResidentEventRow>> events(const QSqlDatabase &db, const QString &residentId);
    // Every version of the record, newest first: who made it, when, and what changed from what to what (medical
    // details and notes only as "changed": their values are for medical.read alone). Read from record_history, where
    // the database keeps each replaced version. Refused when the record is not there to be seen.
    static Result<QList<RecordVersion>> versions(const QSqlDatabase &db, RecordKind kind, const QString &rowId);
};
