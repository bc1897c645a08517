#include "health/HealthStore.h"

#include "database/Migrator.h"
#include "database/PgSession.h"
#include "database/ReadLater.h"

#include <QSqlDatabase>

Result<ServerHealth> HealthStore::read(const QSqlDatabase &db)
{
    const PgSession session(db);
    const PgResult server = session.exec(QStringLiteral("SELECT * FROM public.app_server_health()"));
    if (!server.ok()) {
        if (server.error().sqlState == QLatin1String("42501"))
            return Result<ServerHealth>::failed(
                tr("The server's health is shown only to an administrator, and only on a server that holds no other "
                   "organization: ask whoever runs the server (writecarenotes-admin status)."));
        return Result<ServerHealth>::failed(
            tr("The server's health could not be read: %1").arg(server.error().message));
    }
    ServerHealth health;
    health.latestKnown = Migrator().latestVersion();
    health.schemaVersion = server.integer(0, "schema_version");
    health.databaseBytes = server.text(0, "database_bytes").toLongLong();
    health.inRecovery = server.flag(0, "in_recovery");
    health.allSessionsVisible = server.flag(0, "all_sessions_visible");
    health.oldestTransactionStart = server.instant(0, "oldest_transaction_ms");
    health.oldestTransactionLogin = server.text(0, "oldest_transaction_login");
    ArchiverState archiver;
    archiver.archiving = server.text(0, "archive_mode") != QLatin1String("off");
    archiver.archivedCount = server.text(0, "archived_count").toLongLong();
    archiver.lastArchivedWal = server.text(0, "last_archived_wal");
    archiver.lastArchivedAt = server.instant(0, "last_archived_ms");
    archiver.failedCount = server.text(0, "failed_count").toLongLong();
    archiver.lastFailedWal = server.text(0, "last_failed_wal");
    archiver.lastFailedAt = server.instant(0, "last_failed_ms");
    health.archiver = archiver;
    health.partitionsUpTo = server.date(0, "partitions_up_to");
    health.notesWaitingForPartition = server.text(0, "notes_waiting").toLongLong();
    // pgBackRest's repository is not the database's to list: whoever reads this adds what they know of it.
    health.backupsOutOfSight = true;

    const PgResult tables = session.exec(QStringLiteral("SELECT * FROM public.app_table_health()"));
    const PgResult connections = session.exec(QStringLiteral("SELECT * FROM public.app_connection_health()"));
    const PgResult standbys = session.exec(QStringLiteral("SELECT * FROM public.app_standby_health()"));
    for (const PgResult *part : {&tables, &connections, &standbys}) {
        if (!part->ok())
            return Result<ServerHealth>::failed(
                tr("The server's health could not be read: %1").arg(part->error().message));
    }
    for (int row = 0; row < tables.rowCount(); ++row) {
        TableMetrics table;
        table.table = tables.text(row, "table_name");
        table.liveRows = tables.text(row, "live_rows").toLongLong();
        table.deadRows = tables.text(row, "dead_rows").toLongLong();
        table.lastVacuum = tables.instant(row, "vacuumed_ms");
        table.lastAnalyze = tables.instant(row, "analyzed_ms");
        table.bytes = tables.text(row, "bytes").toLongLong();
        health.tables.append(table);
    }
    for (int row = 0; row < connections.rowCount(); ++row)
        health.connections.append({connections.text(row, "login"), connections.text(row, "application"),
                                   connections.text(row, "address"), connections.integer(row, "sessions")});
    for (int row = 0; row < standbys.rowCount(); ++row)
        health.standbys.append({standbys.text(row, "standby_name"), standbys.text(row, "address"),
                                standbys.text(row, "state"), standbys.text(row, "replay_lag_seconds").toDouble(),
                                standbys.text(row, "behind_bytes").toLongLong()});
    return Result<ServerHealth>::done(health);
}

void HealthStore::readLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                            std::function<void(const Result<ServerHealth> &)> done)
{
    ::readLater<Result<ServerHealth>>(reader, connectionName, context, &HealthStore::read, std::move(done));
}
