#pragma once

#include "common/Result.h"
#include "database/ConnectionSettings.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Opens QPSQL connections and turns every way that can fail into one sentence saying what is wrong and what to do.
class DatabaseConnector
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnector)

public:
    // Opens a connection named connectionName in the calling thread; its value is the open connection. On failure the
    // connection is already removed: Unreachable when the server could not be reached or let us in, Refused for a
    // server older than PostgreSQL 15, Failed when this computer cannot connect at all (no driver, no settings).
    static Result<QSqlDatabase> open(const ConnectionSettings &settings, const QString &connectionName);
    // Opens an existing named connection again after its server went away (a restart, a network cut), with the
    // settings it was opened with. False while the server still cannot be reached.
    static bool reopen(const QString &connectionName);
    // Closes and removes the named connection of the calling thread; safe to call when it does not exist.
    static void close(const QString &connectionName);
    // The sentence for a failed connection attempt, from libpq's message.
    static QString connectFailureMessage(const QString &libpqMessage, const ConnectionSettings &settings);
};
