#pragma once

#include <QDateTime>
#include <QString>

// One backup in a pgBackRest repository, as `pgbackrest info` describes it.
struct BackupSet
{
    QString label; // e.g. 20261206-113004F, or 20261206-113004F_20261207-010002I for an incremental
    QString type;  // full, diff or incr
    QDateTime started;
    QDateTime stopped;         // the earliest moment a restore from it can reach
    qint64 size = 0;           // the database as backed up
    qint64 repositorySize = 0; // what it takes in the repository (compressed, only changed files when not full)
    QString walStart;
    QString walStop;
    bool error = false; // pgBackRest found a page checksum error while copying
};
