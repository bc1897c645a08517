#pragma once

#include "common/Result.h"
#include "health/ServerHealth.h"

#include <QCoreApplication>

#include <functional>

class BackgroundReader;
class QObject;
class QSqlDatabase;

// Reads the server's health as the signed-in administrator, through the functions the database answers only her
// (migration 29): the same ServerHealth as HealthCheck reads for a superuser, without the backups, which the
// embedded database's own code or the server's command line knows.
class HealthStore
{
    Q_DECLARE_TR_FUNCTIONS(HealthStore)

public:
    static Result<ServerHealth> read(const QSqlDatabase &db);
    // read() on reader's thread (without one, at once on connectionName), then done on context's thread unless it is
    // gone: the sizes and statistics take longer than a window may wait.
    static void readLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                          std::function<void(const Result<ServerHealth> &)> done);
};
