#pragma once

#include "backup/BackupRules.h"
#include "backup/BackupStatus.h"
#include "backup/ClusterRestore.h"
#include "backup/RestoreRequest.h"
#include "backup/RestoreTime.h"
#include "database/ConnectionSettings.h"
#include "database/Migrator.h"
#include "organization/FirstRunDetails.h"
#include "server/EmbeddedServer.h"
#include "startup/StartupState.h"

#include <QCoreApplication>
#include <QMutex>

#include <memory>
#include <optional>

// Gets the database ready before the application uses it: starts the embedded server (when no server is configured)
// and migrates it, or checks that a configured server's schema is what this program needs; then keeps shift-note
// partitions ahead. run() blocks and may be called from a worker thread; its connection is its own.
class DatabaseStartup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseStartup)

public:
    // A configured server: migrated by its administrator with writecarenotes-admin, only checked here.
    explicit DatabaseStartup(ConnectionSettings server, Migrator migrator = Migrator());
    // The embedded server, created on first use and migrated here.
    explicit DatabaseStartup(EmbeddedServer::Options embedded, Migrator migrator = Migrator());
    ~DatabaseStartup();

    Result<StartupState> run();
    // The embedded database's first start: the organization, its first care home and its first administrator, all
    // or nothing. Blocks; call from a worker thread.
    Result<> setUpFirstOrganization(const FirstRunDetails &details);
    // The embedded database's recovery key (RecoveryKey::format), shown once at the first start for the organization
    // to keep away from the computer. Blocks.
    Result<QString> recoveryKey();
    // Gives up the embedded server (the last instance stops it). Call once no connection of ours is open.
    void shutDown();
    // The embedded server started again if it has stopped under the app; the value says whether it had to be.
    // Done(false) for a configured server. Blocks; call from a worker thread.
    Result<bool> reviveEmbedded();

    // Keeps shift-note partitions ahead and seals the audit log's new entries into their chains: the embedded
    // server's on its own superuser connection; a configured server's partitions only checked (stations may do
    // neither: writecarenotes-admin maintain does both there). When not ok, the message is a warning to show. Blocks;
    // call from a worker thread.
    Result<> maintainPartitions();

    bool isEmbedded() const { return m_embedded != nullptr; }
    // The demonstration home (writecarenotes --demo): an embedded database found without an organization is filled
    // with a fictional care home (SyntheticDataGenerator: forty residents, their staff and a fortnight of care)
    // instead of asking for the first organization. Set before run().
    void setDemo(bool demo) { m_demo = demo; }
    bool isDemo() const { return m_demo; }
    // The demonstration home's seed and size: the data is the same for the same day.
    static constexpr int demoResidents = 40;
    static constexpr int demoDays = 14;

    // The embedded database's backups (every call blocks: call from a worker thread; refused for a shared server,
    // whose administrator uses writecarenotes-admin backup). What the home screen shows, with the last failure seen:
    Result<BackupStatus> backupStatus();
    // The night's backup when it is due (BackupRules); Done(nullopt) when none was.
    Result<std::optional<BackupSet>> backUpIfDue();
    // A backup now, whatever the schedule says.
    Result<BackupSet> backUpNow(bool full);
    // Another backup folder (and retention), with a full backup there at once.
    Result<> moveBackups(const QString &repository, int retentionFull);
    // A backup (label) or a moment (to) restored into a new folder beside the data and checked there; when it
    // checked out, the next start switches to it and keeps the current folder. The report says what it holds.
    // request: who asks (its to, backup and folder are filled in here); written into the audit log of the database in
    // use once the restore checks out, and into the restored one at the start that switches to it.
    Result<ClusterRestore::Report> restoreEmbedded(const std::optional<RestoreTime> &to, const QString &label,
                                                   RestoreRequest request);
    // The restored database waiting for the next start is not switched to; request: who calls it off (audited).
    Result<> cancelRestoreSwitch(RestoreRequest request);

private:
    // A restore's event into the audit log (ClusterRestore::record) of the database at settings, a superuser's.
    static Result<> recordRestore(const ConnectionSettings &settings, const QString &event, RestoreRequest request);
    // Makes sure the embedded database is backed up (at every start): a failure is kept to show, never fatal.
    Result<> prepareBackups();
    Result<> embeddedOnly() const;
    Result<StartupState> prepare(const ConnectionSettings &settings);
    // The embedded database's master key in its folder (made, or moved there from where older installs kept it),
    // and readable by the server.
    Result<> prepareEmbeddedKey(const PgSession &session) const;

    std::optional<ConnectionSettings> m_server;
    std::unique_ptr<EmbeddedServer> m_embedded;
    Migrator m_migrator;
    bool m_demo = false;
    QMutex m_mutex;
    // Guarded by m_mutex: the last failure to configure or take a backup, and when a backup last failed.
    QString m_backupProblem;
    QDateTime m_backupFailedAt;
    bool m_fullBackupDue = false; // after a switch to a restored database: its new timeline starts with a full one
    // Held for the whole of a backup, a move or a restore: one at a time (pgBackRest would refuse a second).
    QMutex m_backupMutex;
};
