#pragma once

#include "database/ConnectionSettings.h"

#include <QString>
#include <QStringList>

// The result of getting the database ready at start-up.
struct StartupOutcome
{
    bool ok = false;
    QString message;             // when not ok: one sentence saying what is wrong and what to do
    QStringList warnings;        // ready, but someone should know (partition maintenance failed, say)
    ConnectionSettings settings; // what the application signs in through: a station login, never an owner
    int schemaVersion = 0;
    bool needsFirstRun = false; // the embedded database has no organization yet
    QString serverVersion;      // "15.18"
};
