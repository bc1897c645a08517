#pragma once

#include <QList>

// What a migrate run did (the value of Migrator::migrate's Result). On failure it still says where the schema
// stands: the versions applied before the failing one stay applied.
struct MigrationRun
{
    int fromVersion = 0;
    int toVersion = 0;
    QList<int> applied; // versions this run applied, in order
};
