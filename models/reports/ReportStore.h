#pragma once

#include "common/Result.h"
#include "reports/ReportData.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class BackgroundReader;
class QObject;

// The SELECTs of the managers' reports: for the homes chosen and a period, the audits' scores, the incidents, and the
// residents' moves (admissions, transfers, hospital stays, departures) occupied bed days are counted from. Row-level
// security decides what is read, as everywhere.
class ReportStore
{
public:
    // One snapshot, on any thread; from and to are local dates, both included.
    static Result<ReportData> read(const QSqlDatabase &db, const QStringList &facilityIds, const QDate &from,
                                   const QDate &to);
    static void readLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                          const QStringList &facilityIds, const QDate &from, const QDate &to,
                          std::function<void(const Result<ReportData> &)> done);
};
