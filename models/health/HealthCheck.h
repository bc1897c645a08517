#pragma once

#include "common/Result.h"
#include "health/ServerHealth.h"

#include <QCoreApplication>

class QSqlDatabase;

// Reads a server's health (ServerHealth) as its owner or a superuser: what the statistics views, the archiver and
// the schema say. The backups themselves are pgBackRest's: the caller adds them.
class HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    static Result<ServerHealth> read(const QSqlDatabase &db);
};
