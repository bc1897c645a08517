#include "backup/ServerArchiving.h"

#include "database/PgSession.h"

Result<ServerArchiving::Facts> ServerArchiving::read(const PgSession &session)
{
    // Superuser-only settings read as NULL for others (current_setting's missing_ok only covers unknown names).
    const PgResult read = session.exec(QStringLiteral(
        "SELECT r.rolsuper AS superuser, current_user AS user_name, current_database() AS database_name, "
        "current_setting('port') AS port, "
        "CASE WHEN r.rolsuper THEN current_setting('unix_socket_directories') END AS sockets, "
        "current_setting('wal_level') AS wal_level, current_setting('archive_mode') AS archive_mode, "
        "CASE WHEN r.rolsuper THEN current_setting('data_directory') END AS data_directory, "
        "CASE WHEN r.rolsuper THEN current_setting('archive_command') END AS archive_command "
        "FROM pg_roles r WHERE r.rolname = current_user"));
    if (!read.ok() || read.rowCount() != 1)
        return Result<Facts>::failed(tr("The server's settings could not be read: %1").arg(read.error().message));
    Facts facts;
    facts.superuser = read.flag(0, "superuser");
    facts.user = read.text(0, "user_name");
    facts.database = read.text(0, "database_name");
    facts.port = read.integer(0, "port");
    facts.socketDirectory = read.text(0, "sockets").section(QLatin1Char(','), 0, 0).trimmed();
    facts.walLevel = read.text(0, "wal_level");
    facts.archiveMode = read.text(0, "archive_mode");
    facts.dataDirectory = read.text(0, "data_directory");
    facts.archiveCommand = read.text(0, "archive_command");
    return Result<Facts>::done(facts);
}

Result<bool> ServerArchiving::enable(const PgSession &session, const QString &archiveCommand)
{
    // ALTER SYSTEM takes no parameters: its values are quoted by the server's own format(%L), never by us.
    const QList<std::pair<QString, QString>> settings = {
        {QStringLiteral("archive_mode"), QStringLiteral("on")},
        {QStringLiteral("archive_command"), archiveCommand},
    };
    const PgResult level = session.exec(QStringLiteral("SELECT current_setting('wal_level') AS wal_level"));
    QList<std::pair<QString, QString>> all = settings;
    if (level.text(0, "wal_level") == QLatin1String("minimal"))
        all.prepend({QStringLiteral("wal_level"), QStringLiteral("replica")});
    // A quiet home fills a 16 MB segment of write-ahead log in hours: until it is full it is not archived, and a
    // dead disk would take those notes with it. A segment is archived at least every five minutes.
    const PgResult timeout =
        session.exec(QStringLiteral("SELECT setting::int AS seconds FROM pg_settings WHERE name = 'archive_timeout'"));
    const int seconds = timeout.integer(0, "seconds");
    if (seconds == 0 || seconds > maximumArchiveDelaySeconds)
        all.append({QStringLiteral("archive_timeout"), QString::number(maximumArchiveDelaySeconds)});
    for (const auto &[name, value] : all) {
        const PgResult statement =
            session.exec(QStringLiteral("SELECT format('ALTER SYSTEM SET %I = %L', $1::text, $2::text) AS statement"),
                         {name, value});
        const PgResult altered = session.exec(statement.text(0, "statement"));
        if (!statement.ok() || !altered.ok())
            return Result<bool>::failed(
                tr("The server's setting %1 could not be changed: %2").arg(name, altered.error().message));
    }
    const PgResult reloaded = session.exec(QStringLiteral("SELECT pg_reload_conf() AS reloaded"));
    if (!reloaded.ok())
        return Result<bool>::failed(tr("The server did not read its new settings: %1").arg(reloaded.error().message));
    // The reload is asynchronous; whether archive_mode still differs from the file is known only after a restart, so
    // the setting's value as running is what tells.
    const PgResult running = session.exec(QStringLiteral(
        "SELECT current_setting('archive_mode') AS archive_mode, current_setting('wal_level') AS wal_level"));
    const bool restart = running.text(0, "archive_mode") != QLatin1String("on") ||
                         running.text(0, "wal_level") == QLatin1String("minimal");
    return Result<bool>::done(restart);
}

Result<ArchiverState> ServerArchiving::archiverState(const PgSession &session)
{
    const PgResult read = session.exec(QStringLiteral(
        "SELECT current_setting('archive_mode') <> 'off' AS archiving, archived_count, last_archived_wal, "
        "floor(extract(epoch FROM last_archived_time) * 1000)::bigint AS last_archived_time, failed_count, "
        "last_failed_wal, floor(extract(epoch FROM last_failed_time) * 1000)::bigint AS last_failed_time "
        "FROM pg_stat_archiver"));
    if (!read.ok() || read.rowCount() != 1)
        return Result<ArchiverState>::failed(
            tr("The server's archiving could not be read: %1").arg(read.error().message));
    ArchiverState state;
    state.archiving = read.flag(0, "archiving");
    state.archivedCount = read.text(0, "archived_count").toLongLong();
    state.lastArchivedWal = read.text(0, "last_archived_wal");
    state.lastArchivedAt = read.instant(0, "last_archived_time");
    state.failedCount = read.text(0, "failed_count").toLongLong();
    state.lastFailedWal = read.text(0, "last_failed_wal");
    state.lastFailedAt = read.instant(0, "last_failed_time");
    return Result<ArchiverState>::done(state);
}
