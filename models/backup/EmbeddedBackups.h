#pragma once

#include "backup/BackupStatus.h"
#include "backup/ClusterRestore.h"
#include "backup/PgBackRest.h"
#include "backup/RestoreTime.h"
#include "common/Result.h"
#include "database/ConnectionSettings.h"
#include "server/ServerAccount.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The backups of the embedded database of a single care home, which has no administrator at a terminal: pgBackRest
// with its configuration beside the cluster (a socket given at each start), the repository in a folder the care home
// chooses (by default beside the database, on the same disk, with a warning until it is moved), archiving of every
// change switched on at every start, and restores into a new folder beside the data. Every call blocks: run it off
// the window's thread. superuser: the embedded server's own connection settings.
class EmbeddedBackups
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedBackups)

public:
    EmbeddedBackups(ConnectionSettings superuser, ServerAccount account, QString dataDirectory);

    // Where backups go until someone chooses: beside the data folder.
    static QString defaultRepository(const QString &dataDirectory);
    QString configFile() const;

    // At every start: the configuration and repository in place (the folder chosen before, or the default), and
    // archiving switched on. Done(true) when the server archives only once restarted.
    Result<bool> prepare() const;
    // Another folder (and how many full backups to keep): configured, and a full backup taken there at once, since
    // the new folder holds nothing to restore from yet. Done(true) as prepare().
    Result<bool> moveTo(const QString &repository, int retentionFull) const;
    // What the home screen shows; problem is carried in from the caller (the last failure it saw).
    Result<BackupStatus> status() const;
    Result<BackupSet> backUp(PgBackRest::BackupType type) const;
    // Restores into `into` (a folder that does not exist yet) and checks the restored database privately, with the
    // PostgreSQL programs in binDirectory (empty: the installed ones), as the embedded server runs them.
    Result<ClusterRestore::Report> restore(const QString &into, const std::optional<RestoreTime> &to,
                                           const QString &label, const QString &binDirectory) const;

private:
    Result<BackupConfiguration> configuration() const;
    Result<bool> configure(const QString &repository, int retentionFull) const;

    ConnectionSettings m_superuser;
    ServerAccount m_account;
    QString m_dataDirectory;
};
