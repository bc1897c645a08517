#pragma once

#include <QDateTime>
#include <QString>

// A row of schema_versions: a migration as it was applied to one database.
struct AppliedMigration
{
    int version = 0;
    QString description;
    QString checksum;
    QDateTime appliedAt;
    QString appliedBy;
    QString programVersion;
};
