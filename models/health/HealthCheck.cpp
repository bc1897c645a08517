#include "health/HealthCheck.h"

#include "backup/ServerArchiving.h"
#include "database/Migrator.h"
#include "database/PartitionMaintenance.h"
#include "database/PgSession.h"

#include <QSqlDatabase>

Result<ServerHealth> HealthCheck::read(const QSqlDatabase &db)
{
    const PgSession session(db);
    ServerHealth health;
    const Result<SchemaStatus> schema = Migrator().status(db);
    health.schemaVersion = schema.value.currentVersion;
    health.latestKnown = schema.value.latestKnown;

    const PgResult server = session.exec(QStringLiteral(
        "SELECT pg_database_size(current_database()) AS bytes, pg_is_in_recovery() AS recovering, "
        "coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 0)::float8 AS replay_delay"));
    if (!server.ok())
        return Result<ServerHealth>::failed(
            tr("The server's health could not be read: %1").arg(server.error().message));
    health.databaseBytes = server.text(0, "bytes").toLongLong();
    health.inRecovery = server.flag(0, "recovering");
    health.replayDelaySeconds = health.inRecovery ? server.text(0, "replay_delay").toDouble() : 0;

    if (health.schemaVersion >= 1) {
        // The design's view, per table and partition, with each one's size.
        const PgResult tables = session.exec(QStringLiteral(
            "SELECT m.relname, m.n_live_tup, m.n_dead_tup, "
            "floor(extract(epoch FROM greatest(m.last_vacuum, m.last_autovacuum)) * 1000)::bigint AS vacuumed, "
            "floor(extract(epoch FROM greatest(m.last_analyze, m.last_autoanalyze)) * 1000)::bigint AS analyzed, "
            "pg_total_relation_size(format('%I.%I', m.schemaname, m.relname)::regclass) AS bytes "
            "FROM public.performance_metrics m WHERE m.schemaname = 'public' ORDER BY m.relname"));
        for (int row = 0; row < tables.rowCount(); ++row) {
            TableMetrics table;
            table.table = tables.text(row, "relname");
            table.liveRows = tables.text(row, "n_live_tup").toLongLong();
            table.deadRows = tables.text(row, "n_dead_tup").toLongLong();
            table.lastVacuum = tables.instant(row, "vacuumed");
            table.lastAnalyze = tables.instant(row, "analyzed");
            table.bytes = tables.text(row, "bytes").toLongLong();
            health.tables.append(table);
        }
        health.partitionsUpTo = PartitionMaintenance::lastPartitionedMonth(db);
        health.notesWaitingForPartition =
            session.exec(QStringLiteral("SELECT count(*) AS notes FROM public.daily_records_default"))
                .text(0, "notes")
                .toLongLong();
    }

    const PgResult connections = session.exec(
        QStringLiteral("SELECT usename, coalesce(application_name, '') AS application, "
                       "coalesce(host(client_addr), 'local') AS address, count(*) AS sessions FROM pg_stat_activity "
                       "WHERE datname = current_database() AND backend_type = 'client backend' GROUP BY 1, 2, 3 "
                       "ORDER BY 4 DESC, 1, 2, 3"));
    for (int row = 0; row < connections.rowCount(); ++row)
        health.connections.append({connections.text(row, "usename"), connections.text(row, "application"),
                                   connections.text(row, "address"), connections.integer(row, "sessions")});

    // Any database's: a forgotten transaction anywhere holds back vacuum everywhere.
    const PgResult oldest = session.exec(QStringLiteral(
        "SELECT coalesce(usename, '') AS usename, floor(extract(epoch FROM xact_start) * 1000)::bigint AS started "
        "FROM pg_stat_activity WHERE xact_start IS NOT NULL AND pid <> pg_backend_pid() "
        "AND backend_type = 'client backend' ORDER BY xact_start LIMIT 1"));
    if (oldest.rowCount() == 1) {
        health.oldestTransactionStart = oldest.instant(0, "started");
        health.oldestTransactionLogin = oldest.text(0, "usename");
    }

    if (!health.inRecovery) {
        const PgResult standbys = session.exec(
            QStringLiteral("SELECT application_name, coalesce(host(client_addr), 'local') AS address, state, "
                           "coalesce(extract(epoch FROM replay_lag), 0)::float8 AS replay_lag, "
                           "coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), 0)::bigint AS behind "
                           "FROM pg_stat_replication ORDER BY application_name"));
        for (int row = 0; row < standbys.rowCount(); ++row)
            health.standbys.append({standbys.text(row, "application_name"), standbys.text(row, "address"),
                                    standbys.text(row, "state"), standbys.text(row, "replay_lag").toDouble(),
                                    standbys.text(row, "behind").toLongLong()});
        const PgResult slotRows = session.exec(QStringLiteral(
            "SELECT slot_name, coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn), 0)::bigint AS behind "
            "FROM pg_replication_slots WHERE NOT active ORDER BY slot_name"));
        for (int row = 0; row < slotRows.rowCount(); ++row)
            health.standbys.append({slotRows.text(row, "slot_name"), QString(), QStringLiteral("slot"), 0,
                                    slotRows.text(row, "behind").toLongLong()});
    }

    const Result<ArchiverState> archiver = ServerArchiving::archiverState(session);
    if (archiver.ok())
        health.archiver = archiver.value;
    if (!schema.ok())
        return Result<ServerHealth>::failed(schema.message);
    return Result<ServerHealth>::done(health);
}
