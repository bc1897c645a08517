#pragma once

#include "database/ConnectionSettings.h"

#include <QString>
#include <QStringList>

// What getting the database ready at start-up gave (the value of DatabaseStartup::run's Result).
struct StartupState
{
    QStringList warnings;        // ready, but someone should know (partition maintenance failed, say)
    ConnectionSettings settings; // what the application signs in through: a station login, never an owner
    int schemaVersion = 0;
    bool needsFirstRun = false; // the embedded database has no organization yet
    QString serverVersion;      // "15.18"
};
