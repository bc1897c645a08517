#pragma once

#include "common/Result.h"
#include "server/PostgresBinaries.h"
#include "server/ServerAccount.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// One PostgreSQL cluster (a data directory) run privately: created with initdb, started and stopped with pg_ctl,
// listening only on a Unix-domain socket in a directory of our choosing.
class PostgresCluster
{
    Q_DECLARE_TR_FUNCTIONS(PostgresCluster)

public:
    // What postmaster.pid says about a running server, once its process has been checked to be this cluster's.
    struct Postmaster
    {
        qint64 pid = 0;
        QString socketDirectory;
        int port = 0;
        QString status; // "starting", "ready", "stopping" ...
    };

    PostgresCluster(const QString &dataDirectory, const PostgresBinaries &binaries, const ServerAccount &account);

    QString dataDirectory() const { return m_dataDirectory; }
    QString logDirectory() const;
    // The major version in dataDirectory/PG_VERSION; 0 when there is none (not a complete cluster).
    static int majorVersionOf(const QString &dataDirectory);
    // pg_ctl hands the data, log and socket paths to /bin/sh inside double quotes; a path holding a character the
    // shell would still interpret there (or a quote) could break the start or run a command. Such paths are refused.
    static bool isSafePath(const QString &path);

    // initdb with data checksums, scram-sha-256 authentication for every connection and superuser's password, then
    // the given postgresql.conf lines. The data directory must not exist or be empty. On failure whatever initdb
    // wrote is left for the caller to remove (the caller chose the directory).
    Result<> initialize(const QString &superuser, const QString &password, const QStringList &configuration);
    // Starts the server listening on socketDirectory/.s.PGSQL.<port> (and on TCP only if listenAddresses names an
    // address) and waits until it accepts connections. On failure a server may still be coming up (a long crash
    // recovery outlasts pg_ctl's wait): ask postmaster() before cleaning up after it.
    Result<> start(const QString &socketDirectory, int port, const QString &listenAddresses = QString());
    // Fast shutdown (sessions are ended, everything written is kept), then immediate if that does not finish.
    Result<> stop();

    // The running server of this cluster, or nothing. A postmaster.pid naming a process that is gone, or that is not
    // a postgres process working in this data directory (a pid reused after a crash), is not a running server.
    std::optional<Postmaster> postmaster() const;
    // Removes a postmaster.pid left by a crash, so that a new server can start. Never touches a live server's file.
    // Its value is the socket directory that file recorded (empty when there was none), for the caller to clean up.
    Result<QString> removeStalePidFile();

private:
    struct ToolResult
    {
        bool finished = false;
        int exitCode = -1;
        QString output;
    };
    using LogSizes = QHash<QString, qint64>;
    ToolResult runTool(const QString &name, const QStringList &arguments, int timeoutMilliseconds) const;
    QString unsafePathMessage(const QString &path) const;
    LogSizes logSizes() const;
    // The last FATAL or PANIC line written to the server's logs since `before`: why this start failed.
    QString serverMessageSince(const LogSizes &before) const;

    QString m_dataDirectory;
    PostgresBinaries m_binaries;
    ServerAccount m_account;
};
