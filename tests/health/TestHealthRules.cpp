// What in a server's health needs attention: every rule at its boundary, the healthy server saying nothing.

#include "health/HealthRules.h"

#include <QTest>

class TestHealthRules : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return QDateTime(QDate(2026, 12, 6), QTime(14, 30), Qt::UTC); }
    // A server with nothing wrong: schema current, last night's backup, archiving working, partitions ahead.
    static ServerHealth healthy()
    {
        ServerHealth health;
        health.schemaVersion = 28;
        health.latestKnown = 28;
        health.backupsConfigured = true;
        BackupSet set;
        set.label = QStringLiteral("20261206-010002F");
        set.type = QStringLiteral("full");
        set.stopped = QDateTime(QDate(2026, 12, 6), QTime(1, 5), Qt::UTC);
        health.newestBackup = set;
        ArchiverState archiver;
        archiver.archiving = true;
        archiver.lastArchivedAt = QDateTime(QDate(2026, 12, 6), QTime(14, 28), Qt::UTC);
        health.archiver = archiver;
        health.partitionsUpTo = QDate(2027, 3, 1);
        health.tables.append({QStringLiteral("daily_records_y2026m12"), 50000, 1200, {}, {}, 1 << 20});
        return health;
    }
    static QStringList attention(const ServerHealth &health) { return HealthRules::attention(health, now()); }

private slots:
    void aHealthyServerNeedsNothing() { QCOMPARE(attention(healthy()), QStringList()); }

    void theSchemaBehindOrAhead()
    {
        ServerHealth behind = healthy();
        behind.schemaVersion = 27;
        QCOMPARE(attention(behind),
                 QStringList{QStringLiteral("The schema is at 27 and this program knows 28: run writecarenotes-admin "
                                            "migrate.")});
        ServerHealth ahead = healthy();
        ahead.schemaVersion = 29;
        QCOMPARE(attention(ahead), QStringList{QStringLiteral("The schema (29) is newer than this program knows (28): "
                                                              "use the newer writecarenotes-admin.")});
    }

    void backupsAreTwoDaysOldAtMost()
    {
        ServerHealth health = healthy();
        health.newestBackup->stopped = now().addSecs(-HealthRules::backupMaxAgeSeconds + 1);
        QCOMPARE(attention(health), QStringList());
        health.newestBackup->stopped = now().addSecs(-HealthRules::backupMaxAgeSeconds);
        QCOMPARE(attention(health), QStringList{QStringLiteral("The newest backup ended at 2026-12-04 14:30 UTC, two "
                                                               "days ago or more: check that writecarenotes-admin "
                                                               "backup run runs every night.")});
        ServerHealth none = healthy();
        none.newestBackup.reset();
        QCOMPARE(attention(none), QStringList{QStringLiteral("No backup has been taken yet: run writecarenotes-admin "
                                                             "backup run --type full.")});
        ServerHealth unconfigured = healthy();
        unconfigured.backupsConfigured = false;
        unconfigured.newestBackup.reset();
        QCOMPARE(attention(unconfigured),
                 QStringList{QStringLiteral("No backups are configured: run writecarenotes-admin backup configure.")});
        ServerHealth unreadable = healthy();
        unreadable.backupProblem = QStringLiteral("pgBackRest is not installed");
        QCOMPARE(attention(unreadable),
                 QStringList{QStringLiteral("The backups could not be listed: pgBackRest is not installed")});
    }

    void archivingOffOrFailing()
    {
        ServerHealth off = healthy();
        off.archiver->archiving = false;
        QCOMPARE(attention(off), QStringList{QStringLiteral("The server does not archive its write-ahead log "
                                                            "(archive_mode is off): a restore can only reach the end "
                                                            "of a backup.")});
        ServerHealth failing = healthy();
        failing.archiver->lastFailedAt = failing.archiver->lastArchivedAt.addSecs(1);
        failing.archiver->lastFailedWal = QStringLiteral("00000001000000000000002A");
        QCOMPARE(attention(failing),
                 QStringList{QStringLiteral("Archiving failed at 2026-12-06 14:28 UTC (write-ahead "
                                            "log 00000001000000000000002A): run writecarenotes-admin "
                                            "backup check.")});
        // A failure followed by a success is over.
        ServerHealth recovered = failing;
        recovered.archiver->lastArchivedAt = failing.archiver->lastFailedAt.addSecs(1);
        QCOMPARE(attention(recovered), QStringList());
        // Without backups configured, that is what is said, once.
        ServerHealth unconfigured = off;
        unconfigured.backupsConfigured = false;
        unconfigured.newestBackup.reset();
        QCOMPARE(attention(unconfigured),
                 QStringList{QStringLiteral("No backups are configured: run writecarenotes-admin backup configure.")});
        // A standby does not archive; it is not asked to.
        ServerHealth standby = off;
        standby.inRecovery = true;
        QCOMPARE(attention(standby), QStringList());
    }

    void readInTheWindowTheBackupsAreLeftToTheirOwner()
    {
        // The Health page cannot list pgBackRest's repository: it says nothing of backups, and still of archiving.
        ServerHealth window = healthy();
        window.backupsOutOfSight = true;
        window.backupsConfigured = false;
        window.newestBackup.reset();
        QCOMPARE(attention(window), QStringList());
        window.archiver->archiving = false;
        QCOMPARE(attention(window), QStringList{QStringLiteral("The server does not archive its write-ahead log "
                                                               "(archive_mode is off): a restore can only reach the "
                                                               "end of a backup.")});
    }

    void otherLoginsTransactionsHidden()
    {
        ServerHealth health = healthy();
        health.allSessionsVisible = false;
        QCOMPARE(attention(health),
                 QStringList{QStringLiteral("Other logins' open transactions are hidden from the database's owner, so "
                                            "the oldest may be older than shown: run writecarenotes-admin migrate as a "
                                            "PostgreSQL superuser once.")});
    }

    void aTransactionOpenAnHour()
    {
        ServerHealth health = healthy();
        health.oldestTransactionLogin = QStringLiteral("station_fern_1");
        health.oldestTransactionStart = now().addSecs(-HealthRules::transactionMaxAgeSeconds + 1);
        QCOMPARE(attention(health), QStringList());
        health.oldestTransactionStart = now().addSecs(-HealthRules::transactionMaxAgeSeconds);
        QCOMPARE(attention(health),
                 QStringList{QStringLiteral("A transaction of station_fern_1 has been open since "
                                            "2026-12-06 13:30 UTC, an hour or more: it keeps vacuum "
                                            "from removing dead rows (pg_stat_activity names it).")});
    }

    void standbysAndSlots()
    {
        ServerHealth health = healthy();
        health.standbys.append({QStringLiteral("standby1"), QStringLiteral("10.0.0.2"), QStringLiteral("streaming"),
                                HealthRules::replicationMaxLagSeconds - 0.1, 0});
        QCOMPARE(attention(health), QStringList());
        health.standbys.first().replayLagSeconds = HealthRules::replicationMaxLagSeconds;
        QCOMPARE(attention(health),
                 QStringList{QStringLiteral("The standby standby1 (10.0.0.2) is 5.0 minutes behind.")});
        health.standbys.first().state = QStringLiteral("catchup");
        QCOMPARE(attention(health),
                 QStringList{QStringLiteral("The standby standby1 (10.0.0.2) is catchup, not streaming.")});

        ServerHealth withSlot = healthy();
        withSlot.standbys.append(
            {QStringLiteral("old_standby"), QString(), QStringLiteral("slot"), 0, HealthRules::slotMaxBehindBytes - 1});
        QCOMPARE(attention(withSlot), QStringList());
        withSlot.standbys.first().behindBytes = HealthRules::slotMaxBehindBytes;
        QCOMPARE(attention(withSlot),
                 QStringList{QStringLiteral("The replication slot old_standby has no standby and "
                                            "holds 1024 MB of write-ahead log: drop it or start its "
                                            "standby.")});

        ServerHealth itself = healthy();
        itself.inRecovery = true;
        itself.replayDelaySeconds = HealthRules::replicationMaxLagSeconds - 0.1;
        QCOMPARE(attention(itself), QStringList());
        itself.replayDelaySeconds = HealthRules::replicationMaxLagSeconds;
        QCOMPARE(attention(itself), QStringList{QStringLiteral("This server is a standby, and the newest change it "
                                                               "replayed is 5.0 minutes old.")});
    }

    void partitionsTwoMonthsAhead()
    {
        ServerHealth health = healthy();
        health.partitionsUpTo = QDate(2027, 2, 1); // December + 2
        QCOMPARE(attention(health), QStringList());
        health.partitionsUpTo = QDate(2027, 1, 1);
        QCOMPARE(attention(health),
                 QStringList{QStringLiteral("Shift notes have partitions only up to January 2027: "
                                            "run writecarenotes-admin maintain (daily, from cron).")});
        ServerHealth waiting = healthy();
        waiting.notesWaitingForPartition = 1;
        QCOMPARE(attention(waiting), QStringList{QStringLiteral("Shift notes waiting in daily_records_default for "
                                                                "their month's partition: 1. Run writecarenotes-admin "
                                                                "maintain.")});
    }

    void deadRowsOutnumberingLiveOnes()
    {
        ServerHealth health = healthy();
        health.tables = {{QStringLiteral("audit_log"), 10001, 10000, {}, {}, 0},
                         {QStringLiteral("sessions"), 0, 9999, {}, {}, 0}};
        QCOMPARE(attention(health), QStringList());
        health.tables.first().liveRows = 10000;
        QCOMPARE(attention(health),
                 QStringList{QStringLiteral("audit_log has 10000 dead rows for 10000 live ones: vacuum is "
                                            "falling behind.")});
    }
};

QTEST_GUILESS_MAIN(TestHealthRules)
#include "TestHealthRules.moc"
