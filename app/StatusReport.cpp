#include "StatusReport.h"

#include "backup/BackupConfiguration.h"
#include "backup/PgBackRest.h"
#include "backup/ServerArchiving.h"
#include "common/Clock.h"
#include "database/PgSession.h"
#include "health/HealthCheck.h"
#include "health/HealthRules.h"
#include "server/ServerAccount.h"

#include <QFileInfo>
#include <QLocale>

StatusReport::StatusReport(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

QString StatusReport::megabytes(qint64 bytes)
{
    return tr("%1 MB").arg(QLocale::c().toString(double(bytes) / 1048576.0, 'f', 1));
}

QString StatusReport::utc(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : tr("never");
}

bool StatusReport::print(const QSqlDatabase &db, const QString &configFile, const QString &password,
                         QStringList *attention)
{
    Result<ServerHealth> read = HealthCheck::read(db);
    if (!read.ok() && read.value.databaseBytes == 0) {
        m_err << read.message << Qt::endl;
        return false;
    }
    ServerHealth &health = read.value;

    // The backups: pgBackRest's, through the configuration beside the server's data folder (a superuser's view).
    QString file = configFile;
    if (file.isEmpty()) {
        const Result<ServerArchiving::Facts> facts = ServerArchiving::read(PgSession(db));
        if (facts.ok() && !facts.value.dataDirectory.isEmpty())
            file = BackupConfiguration::defaultConfigFile(facts.value.dataDirectory);
        else
            health.backupProblem = tr("only a superuser on the server's computer can see them");
    }
    if (!file.isEmpty() && QFileInfo::exists(file)) {
        health.backupsConfigured = true;
        const Result<BackupConfiguration> configuration = BackupConfiguration::read(file);
        const Result<ServerAccount> account = ServerAccount::forCurrentProcess();
        if (!configuration.ok() || !account.ok()) {
            health.backupProblem = configuration.ok() ? account.message : configuration.message;
        } else {
            const Result<BackupInventory> inventory = PgBackRest(configuration.value, account.value, password).info();
            if (inventory.ok())
                health.newestBackup = inventory.value.newest();
            else
                health.backupProblem = inventory.message;
        }
    } else if (!health.backupProblem.isEmpty()) {
        health.backupsConfigured = true; // unknown, not absent: the problem says why
    }

    m_out << tr("Health:") << Qt::endl;
    m_out << tr("  Database size: %1").arg(megabytes(health.databaseBytes)) << Qt::endl;
    if (health.newestBackup)
        m_out << tr("  Newest backup: %1 (%2), ended %3")
                     .arg(health.newestBackup->label, health.newestBackup->type, utc(health.newestBackup->stopped))
              << Qt::endl;
    else
        m_out << tr("  Newest backup: none") << Qt::endl;
    if (health.archiver && !health.archiver->archiving) {
        m_out << tr("  Archiving: off") << Qt::endl;
    } else if (health.archiver) {
        m_out << tr("  Archiving: on; last archived %1 at %2")
                     .arg(health.archiver->lastArchivedWal.isEmpty() ? tr("nothing yet")
                                                                     : health.archiver->lastArchivedWal,
                          utc(health.archiver->lastArchivedAt))
              << (health.archiver->failedCount > 0
                      ? tr("; %n failure(s), the last at %1", "", int(health.archiver->failedCount))
                            .arg(utc(health.archiver->lastFailedAt))
                      : QString())
              << Qt::endl;
    }
    if (health.inRecovery)
        m_out << tr("  This server is a standby; its newest replayed change is %1 s old.")
                     .arg(QLocale::c().toString(health.replayDelaySeconds, 'f', 1))
              << Qt::endl;
    for (const StandbyState &standby : health.standbys) {
        if (standby.state == QLatin1String("slot"))
            m_out << tr("  Replication slot %1 (no standby attached): holds %2")
                         .arg(standby.name, megabytes(standby.behindBytes))
                  << Qt::endl;
        else
            m_out << tr("  Standby %1 (%2): %3, %4 s behind, %5 not yet replayed")
                         .arg(standby.name, standby.address, standby.state,
                              QLocale::c().toString(standby.replayLagSeconds, 'f', 1), megabytes(standby.behindBytes))
                  << Qt::endl;
    }
    if (health.standbys.isEmpty() && !health.inRecovery)
        m_out << tr("  Standbys: none") << Qt::endl;
    m_out << tr("  Oldest open transaction: %1")
                 .arg(health.oldestTransactionStart.isValid()
                          ? tr("since %1 (%2)").arg(utc(health.oldestTransactionStart), health.oldestTransactionLogin)
                          : tr("none"))
          << Qt::endl;
    m_out << tr("  Connections to this database:") << Qt::endl;
    for (const ConnectionCount &connection : health.connections)
        m_out << tr("    %1 from %2 (%3): %4")
                     .arg(connection.login, connection.address,
                          connection.application.isEmpty() ? tr("no name") : connection.application)
                     .arg(connection.sessions)
              << Qt::endl;
    if (health.partitionsUpTo.isValid())
        m_out << tr("  Shift-note partitions up to %1; %n note(s) waiting for theirs", "",
                    int(health.notesWaitingForPartition))
                     .arg(QLocale::c().toString(health.partitionsUpTo, QStringLiteral("MMMM yyyy")))
              << Qt::endl;
    if (!health.tables.isEmpty()) {
        m_out << tr("  Tables and partitions (live rows, dead rows, last vacuum, last analyze, size):") << Qt::endl;
        for (const TableMetrics &table : health.tables)
            m_out << QStringLiteral("    %1 %2 %3 %4 %5 %6")
                         .arg(table.table, -34)
                         .arg(table.liveRows, 9)
                         .arg(table.deadRows, 7)
                         .arg(utc(table.lastVacuum), -20)
                         .arg(utc(table.lastAnalyze), -20)
                         .arg(megabytes(table.bytes))
                  << Qt::endl;
    }
    *attention = HealthRules::attention(health, Clock::now());
    if (!read.ok())
        attention->prepend(read.message);
    if (attention->isEmpty()) {
        m_out << tr("Nothing needs attention.") << Qt::endl;
    } else {
        m_out << tr("Needs attention:") << Qt::endl;
        for (const QString &item : std::as_const(*attention))
            m_out << QStringLiteral("  - ") << item << Qt::endl;
    }
    return true;
}
