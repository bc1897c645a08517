#pragma once

#include "database/ConnectionSettings.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Opens QPSQL connections and turns every way that can fail into one sentence saying what is wrong and what to do.
class DatabaseConnector
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnector)

public:
    // Opens a connection named connectionName in the calling thread. On failure returns an invalid QSqlDatabase, has
    // already removed the connection, and sets *errorMessage. Servers older than PostgreSQL 15 are refused.
    static QSqlDatabase open(const ConnectionSettings &settings, const QString &connectionName, QString *errorMessage);
    // Opens an existing named connection again after its server went away (a restart, a network cut), with the
    // settings it was opened with. False while the server still cannot be reached.
    static bool reopen(const QString &connectionName);
    // Closes and removes the named connection of the calling thread; safe to call when it does not exist.
    static void close(const QString &connectionName);
    // The sentence for a failed connection attempt, from libpq's message.
    static QString connectFailureMessage(const QString &libpqMessage, const ConnectionSettings &settings);
};
