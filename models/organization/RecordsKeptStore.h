#pragma once

#include "common/Result.h"
#include "organization/RecordsKeptRow.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class BackgroundReader;
class QObject;
class QSqlDatabase;

// The records of residents who have left or died, for the administrator: each with the first day it may be
// archived, and the legal holds that keep them whatever their age (migration 31).
class RecordsKeptStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordsKeptStore)

public:
    static Result<QList<RecordsKeptRow>> read(const QSqlDatabase &db);
    static void readLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                          std::function<void(const Result<QList<RecordsKeptRow>> &)> done);
    // Sets (hold) or releases the legal hold on a resident's records, with its reason; in the audit log.
    static Result<> setHold(const QSqlDatabase &db, const QString &residentId, bool hold, const QString &reason);
};
