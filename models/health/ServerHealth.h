#pragma once

#include "backup/ArchiverState.h"
#include "backup/BackupSet.h"
#include "health/ConnectionCount.h"
#include "health/StandbyState.h"
#include "health/TableMetrics.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What `writecarenotes-admin status` and the window's Health page report about a server, read at one moment.
struct ServerHealth
{
    int schemaVersion = 0;
    int latestKnown = 0;
    qint64 databaseBytes = 0;
    QList<TableMetrics> tables;
    QList<ConnectionCount> connections;
    bool inRecovery = false;       // this server is itself a standby
    double replayDelaySeconds = 0; // when it is: how old the newest change it replayed is
    QList<StandbyState> standbys;
    QDateTime oldestTransactionStart; // invalid: no transaction open
    QString oldestTransactionLogin;
    bool allSessionsVisible = true; // false: other logins' transactions were hidden from the reader
    QDate partitionsUpTo;           // the last month shift notes have a partition for; invalid before schema 1
    qint64 notesWaitingForPartition = 0;
    std::optional<ArchiverState> archiver;
    bool backupsConfigured = false;
    // Read in the window: pgBackRest's repository is not the reader's to list, so the rules say nothing of backups.
    bool backupsOutOfSight = false;
    std::optional<BackupSet> newestBackup;
    QString backupProblem; // pgBackRest's answer when it could not list the backups
};
