#pragma once

#include "backup/ArchiverState.h"
#include "backup/BackupSet.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The embedded database's backups as the home screen shows them: where they go, the newest good one, and what the
// server's archiving of every change since says.
struct BackupStatus
{
    bool installed = true;   // pgBackRest is on this computer
    bool configured = false; // its configuration and repository are in place
    QString repository;
    int retentionFull = 0;
    bool sameDiskAsData = false; // the repository is on the disk the data is on: one failure takes both
    QList<BackupSet> backups;    // oldest first, as the repository holds them
    std::optional<BackupSet> newest;
    QDateTime newestFullStopped; // when the newest full backup ended; invalid when there is none
    ArchiverState archiver;
    bool restartPending = false; // archiving is configured but starts only with the server's next start
    QString problem;             // the last attempt's failure (configuring or backing up), as a sentence
    QString pendingSwitch;       // a restored database the next start switches to; empty when none
    QString switchedFrom;        // this start switched to a restored database: where the one before is kept
};
