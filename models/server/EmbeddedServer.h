#pragma once

#include "common/Result.h"
#include "database/ConnectionSettings.h"
#include "server/PostgresBinaries.h"
#include "server/PostgresCluster.h"
#include "server/ServerAccount.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class FileLock;
class PgSession;

// The private PostgreSQL server that Write Care Notes runs for the current OS user when no server is configured.
//
// Layout of the base directory (the user's application data directory; /var/lib/writecarenotes/embedded for root):
//   pgdata/          the cluster: data checksums on, scram-sha-256 for every connection, no TCP listener
//   credentials      the superuser's random password, readable by this user only
//   control.lock     held exclusively while an instance starts or stops the server
//   instances.lock   held shared by every running instance, so the last one out knows to stop the server
//   station-credentials  this computer's station login's password, readable by this user only
//   writecarenotes-pgdata-pgbackrest.conf, pgbackrest-lock/, pgbackrest-log/  the backups' configuration
//   backups/         the backups, unless the administrator chose another folder (better: another disk)
//   pgdata.restored-<time>, pgdata.before-restore-<time>  a restore, and the folder it replaced
// These stay beside the cluster: whoever holds a copy of pgdata can start it with trust authentication anyway, so
// they protect the running server from other accounts, not a stolen copy. The master key of the medical notes is
// kept apart, in a key folder of its own outside the base directory (keyDirectory), so that a backup or a copy of
// the base directory never holds it.
// The socket lives in a fresh mkdtemp directory (mode 0700) under $XDG_RUNTIME_DIR or /tmp, recorded by the server in
// postmaster.pid, where later instances find it.
class EmbeddedServer
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedServer)

public:
    struct Options
    {
        QString baseDirectory;
        QString socketParent; // empty: $XDG_RUNTIME_DIR when usable, else the temporary directory
        QString binDirectory; // empty: the installed PostgreSQL (Debian's /usr/lib/postgresql/<major>/bin)
        // Where the master key is kept; never inside baseDirectory. Empty: "<baseDirectory>-keys", beside it.
        QString keyDirectory;
    };

    static constexpr char databaseName[] = "writecarenotes";
    static constexpr char superuserName[] = "writecarenotes";
    static constexpr int port = 5432; // only names the socket file: nothing listens on TCP

    // Defaults, overridden by the settings embedded/dataDirectory, embedded/keyDirectory, embedded/socketDirectory
    // and embedded/postgresBinDirectory. The same for writecarenotes-admin as for the application: the paths and
    // the settings file are those of the application's name, whatever the running program is called.
    static Options defaultOptions();
    // The demonstration home's database (writecarenotes --demo): a folder of its own beside the real one's default,
    // its key beside it, so that looking around never touches real records.
    static Options demoOptions();
    // The key file for options (the key folder's master.key), as start() will use it.
    static QString masterKeyPathFor(const Options &options);

    explicit EmbeddedServer(Options options);
    ~EmbeddedServer();
    EmbeddedServer(const EmbeddedServer &) = delete;
    EmbeddedServer &operator=(const EmbeddedServer &) = delete;

    // Creates the cluster on first use, starts the server unless another instance already runs it, and makes sure
    // the application database exists. On failure the message is one sentence; nothing that existed is removed.
    // Unreachable when the server runs but does not let us in.
    Result<> start();
    // Gives up this instance's share of the server; the last instance stops it (fast, then immediate).
    void release();
    // After start(): when the server has stopped under the running app (it crashed, or was killed), starts it again
    // on the same socket, so open windows reconnect with the settings they have; PostgreSQL recovers from its
    // write-ahead log by itself. The value says whether it had to start it. Blocks: call from a worker thread.
    Result<bool> revive();

    // Stops the server and starts it again on the same socket (a setting only a restart applies). Blocks.
    Result<> restart();
    // Whether this instance's start() started the server (no other instance was using it then).
    bool startedServer() const { return m_startedHere; }

    // Restores go into a new folder beside the data (newRestoreDirectory) and, once checked, are switched to at a
    // start when no server runs: the data folder is kept as pgdata.before-restore-<time>, never removed.
    static constexpr char restoredPrefix[] = "pgdata.restored-";
    QString newRestoreDirectory() const;
    // request: who asked for it (RestoreRequest's file): at the start that switches, kept with where the database
    // before is put (restoreToRecord) until forgotten once in the restored database's audit log.
    Result<> switchAtNextStart(const QString &restored, const QByteArray &request) const;
    // The restored folder waiting to be switched to; empty when none.
    QString pendingSwitch() const;
    // The current folder stays in use; the restored one is left where it is.
    Result<> cancelSwitch() const;
    // Where this start set the data folder aside for a restored one; empty when it did not.
    QString switchedFrom() const { return m_switchedFrom; }
    // A switch's request waiting to be written into the restored database's audit log (empty: none).
    QByteArray restoreToRecord() const;
    void forgetRestoreToRecord() const;

    bool isStarted() const;
    ConnectionSettings connectionSettings() const { return m_settings; }
    QString dataDirectory() const;
    // Where its PostgreSQL programs are (empty: the installed ones).
    QString binDirectory() const { return m_options.binDirectory; }
    std::optional<PostgresCluster::Postmaster> runningServer() const;

    // The sentence for a server of ours that runs but does not let us in; the underlying cause goes to the log.
    static QString unreachableMessage();

    static constexpr char stationLogin[] = "wcn_station";
    // Where the master key for the medical notes is kept: in the key folder, outside the base directory.
    QString masterKeyPath() const;
    // Where installs before the key folder kept it: beside the cluster, in the base directory.
    QString legacyMasterKeyPath() const;
    const ServerAccount &serverAccount() const { return m_account; }
    // Makes sure this computer's station login exists, with a password kept beside the cluster (readable by this OS
    // user only; everyone at a station may know a station login, but nobody else). Its value is the settings the
    // application connects with. session must be a superuser's.
    Result<ConnectionSettings> ensureStationLogin(const PgSession &session) const;

private:
    Result<> startLocked();
    Result<> applyPendingSwitch();
    Result<> startOnSocketLocked(PostgresCluster &cluster, const QString &socketDirectory);
    // Drops this instance's share and, if no other instance holds one, stops the server. Needs the control lock.
    void releaseLocked();
    Result<> createCluster(const QString &credentialsPath);
    Result<QString> socketParent() const;
    Result<QString> makeSocketDirectory() const;
    static void removeSocketDirectory(const QString &directory);
    Result<> ensureDatabase() const;
    QString basePath(const QString &name) const;
    Result<> prepareKeyDirectory();

    Options m_options;
    ServerAccount m_account;
    PostgresBinaries m_binaries;
    std::unique_ptr<FileLock> m_instanceLock;
    ConnectionSettings m_settings;
    bool m_startedHere = false;
    bool m_alone = false; // no other instance of the app held the server when this one started
    QString m_switchedFrom;
};
