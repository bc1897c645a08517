#pragma once

#include "backup/BackupConfiguration.h"
#include "backup/BackupInventory.h"
#include "backup/RestoreTime.h"
#include "common/Result.h"
#include "server/ServerAccount.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// pgBackRest (Debian's package), run as the database server's account with one configuration file. Every command
// waits for the program; run it off the window's thread. The password reaches pgBackRest's libpq in PGPASSWORD, never
// on a command line.
class PgBackRest
{
    Q_DECLARE_TR_FUNCTIONS(PgBackRest)

public:
    enum class BackupType
    {
        Full,
        Differential,
        Incremental
    };

    PgBackRest(BackupConfiguration configuration, ServerAccount account, QString password = {});

    // The installed program, or empty (with installMessage() to say so).
    static QString program();
    static QString installMessage();
    const BackupConfiguration &configuration() const { return m_configuration; }

    // Creates the lock and log folders and writes the configuration file, readable by the server's account only.
    // An existing file that says something else is kept as FILE.replaced-<time>.
    Result<> writeConfiguration() const;
    // The repository's folders for this cluster (once; again does nothing).
    Result<> createStanza() const;
    // That the server archives into the repository and the repository is usable: switches to a new WAL segment and
    // waits for it to arrive.
    Result<> check() const;
    Result<> backup(BackupType type) const;
    Result<BackupInventory> info() const;
    // Restores into dataDirectory (which must not exist or be empty) with archiving off there: the newest state the
    // archive holds, the moment `to`, or the end of backup `label`. The server's recovery then stops there and opens
    // for writing (promotes).
    Result<> restore(const QString &dataDirectory, const std::optional<RestoreTime> &to,
                     const QString &label = {}) const;

private:
    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        QString output;
        QString errors;
    };
    Run run(const QStringList &arguments, int timeoutMilliseconds) const;
    // "what" failed, with pgBackRest's own ERROR line.
    static QString failure(const QString &what, const Run &run);

    BackupConfiguration m_configuration;
    ServerAccount m_account;
    QString m_password;
};
