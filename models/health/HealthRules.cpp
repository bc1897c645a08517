#include "health/HealthRules.h"

#include <QLocale>

namespace {

QString utc(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

QStringList HealthRules::attention(const ServerHealth &health, const QDateTime &now)
{
    QStringList found;
    if (health.schemaVersion < health.latestKnown)
        found << tr("The schema is at %1 and this program knows %2: run writecarenotes-admin migrate.")
                     .arg(health.schemaVersion)
                     .arg(health.latestKnown);
    if (health.schemaVersion > health.latestKnown)
        found << tr("The schema (%1) is newer than this program knows (%2): use the newer writecarenotes-admin.")
                     .arg(health.schemaVersion)
                     .arg(health.latestKnown);

    if (health.backupsOutOfSight) {
        // Whoever reads it knows the backups another way (the embedded database's own warnings).
    } else if (!health.backupsConfigured) {
        found << tr("No backups are configured: run writecarenotes-admin backup configure.");
    } else if (!health.backupProblem.isEmpty()) {
        found << tr("The backups could not be listed: %1").arg(health.backupProblem);
    } else if (!health.newestBackup) {
        found << tr("No backup has been taken yet: run writecarenotes-admin backup run --type full.");
    } else if (health.newestBackup->stopped.secsTo(now) >= backupMaxAgeSeconds) {
        found << tr("The newest backup ended at %1, two days ago or more: check that writecarenotes-admin backup run "
                    "runs every night.")
                     .arg(utc(health.newestBackup->stopped));
    }
    // Without backups configured that one sentence says it; a standby does not archive.
    if (health.archiver && !health.inRecovery &&
        (health.backupsOutOfSight || (health.backupsConfigured && health.backupProblem.isEmpty()))) {
        if (!health.archiver->archiving)
            found << tr("The server does not archive its write-ahead log (archive_mode is off): a restore can only "
                        "reach the end of a backup.");
        else if (!health.archiver->healthy())
            found << tr("Archiving failed at %1 (write-ahead log %2): run writecarenotes-admin backup check.")
                         .arg(utc(health.archiver->lastFailedAt), health.archiver->lastFailedWal);
    }

    if (health.oldestTransactionStart.isValid() &&
        health.oldestTransactionStart.secsTo(now) >= transactionMaxAgeSeconds)
        found << tr("A transaction of %1 has been open since %2, an hour or more: it keeps vacuum from removing dead "
                    "rows (pg_stat_activity names it).")
                     .arg(health.oldestTransactionLogin, utc(health.oldestTransactionStart));

    if (!health.allSessionsVisible)
        found << tr("Other logins' open transactions are hidden from the database's owner, so the oldest may be "
                    "older than shown: run writecarenotes-admin migrate as a PostgreSQL superuser once.");

    if (health.inRecovery && health.replayDelaySeconds >= replicationMaxLagSeconds)
        found << tr("This server is a standby, and the newest change it replayed is %1 minutes old.")
                     .arg(QLocale::c().toString(health.replayDelaySeconds / 60, 'f', 1));
    for (const StandbyState &standby : health.standbys) {
        if (standby.state == QLatin1String("slot")) {
            if (standby.behindBytes >= slotMaxBehindBytes)
                found << tr("The replication slot %1 has no standby and holds %2 MB of write-ahead log: drop it or "
                            "start its standby.")
                             .arg(standby.name)
                             .arg(standby.behindBytes / 1048576);
        } else if (standby.state != QLatin1String("streaming")) {
            found << tr("The standby %1 (%2) is %3, not streaming.").arg(standby.name, standby.address, standby.state);
        } else if (standby.replayLagSeconds >= replicationMaxLagSeconds) {
            found << tr("The standby %1 (%2) is %3 minutes behind.")
                         .arg(standby.name, standby.address,
                              QLocale::c().toString(standby.replayLagSeconds / 60, 'f', 1));
        }
    }

    if (health.partitionsUpTo.isValid()) {
        const QDate thisMonth(now.toUTC().date().year(), now.toUTC().date().month(), 1);
        if (health.partitionsUpTo < thisMonth.addMonths(partitionMonthsAhead))
            found << tr("Shift notes have partitions only up to %1: run writecarenotes-admin maintain (daily, from "
                        "cron).")
                         .arg(QLocale::c().toString(health.partitionsUpTo, QStringLiteral("MMMM yyyy")));
    }
    if (health.notesWaitingForPartition > 0)
        found << tr("Shift notes waiting in daily_records_default for their month's partition: %n. Run "
                    "writecarenotes-admin maintain.",
                    "", int(health.notesWaitingForPartition));

    for (const TableMetrics &table : health.tables) {
        if (table.deadRows >= deadRowsFloor && table.deadRows >= table.liveRows)
            found << tr("%1 has %2 dead rows for %3 live ones: vacuum is falling behind.")
                         .arg(table.table)
                         .arg(table.deadRows)
                         .arg(table.liveRows);
    }
    return found;
}
