#pragma once

#include <QList>
#include <QString>

// What a migrate run did.
struct MigrationOutcome
{
    bool ok = false;
    QString message; // on failure: one sentence saying what is wrong and what to do
    int fromVersion = 0;
    int toVersion = 0;
    QList<int> applied; // versions this run applied, in order
};
