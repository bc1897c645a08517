#pragma once

#include "database/AppliedMigration.h"
#include "database/Migration.h"

#include <QList>
#include <QString>

// Where a database's schema stands against the migrations this program knows.
struct SchemaStatus
{
    bool ok = false; // false: unreadable, newer than this program, or an applied migration was edited
    QString message; // why not ok, in one sentence
    int currentVersion = 0;
    int latestKnown = 0;
    QList<AppliedMigration> applied;
    QList<Migration> pending;
};
