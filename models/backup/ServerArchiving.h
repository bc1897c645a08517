#pragma once

#include "backup/ArchiverState.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class PgSession;

// The server's side of backups: where its data and socket are (for pgBackRest's configuration), its archiving
// settings, and pg_stat_archiver. Needs a superuser's connection, on the server's own computer.
class ServerArchiving
{
    Q_DECLARE_TR_FUNCTIONS(ServerArchiving)

public:
    // archive_timeout, at most: the notes a dead disk can take with it.
    static constexpr int maximumArchiveDelaySeconds = 300;

    struct Facts
    {
        QString dataDirectory;
        QString socketDirectory; // the first of unix_socket_directories; empty when it has none
        int port = 0;
        QString user;
        QString database;
        bool superuser = false;
        QString walLevel;
        QString archiveMode;
        QString archiveCommand;
    };

    static Result<Facts> read(const PgSession &session);
    // Turns WAL archiving on with archive_command (ALTER SYSTEM, then a reload). Done(true) when the server must be
    // restarted before it archives (archive_mode or wal_level changed); Done(false) when it archives already.
    static Result<bool> enable(const PgSession &session, const QString &archiveCommand);
    static Result<ArchiverState> archiverState(const PgSession &session);
};
