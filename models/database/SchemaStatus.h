#pragma once

#include "database/AppliedMigration.h"
#include "database/Migration.h"

#include <QList>
#include <QString>

// Where a database's schema stands against the migrations this program knows: the value of Migrator::status, kept
// as far as it was read when the status is Refused (newer than this program, an applied migration edited or unknown,
// a history out of order) or Failed (unreadable).
struct SchemaStatus
{
    int currentVersion = 0;
    int latestKnown = 0;
    QList<AppliedMigration> applied;
    QList<Migration> pending;
};
