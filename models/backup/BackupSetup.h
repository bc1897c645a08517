#pragma once

#include "backup/BackupConfiguration.h"
#include "common/Result.h"
#include "server/ServerAccount.h"

#include <QCoreApplication>
#include <QString>

class PgSession;

// Backups switched on for one server: pgBackRest's configuration and repository prepared, then the server's WAL
// archiving pointed at them. The same steps for a shared server (writecarenotes-admin backup configure) and for the
// embedded one (the app, at every start). Needs a superuser's connection, on the server's own computer.
class BackupSetup
{
    Q_DECLARE_TR_FUNCTIONS(BackupSetup)

public:
    struct Request
    {
        QString repository;          // a full path
        int retention = 0;           // full backups kept; 0: BackupConfiguration's default
        QString configFile;          // empty: beside the data folder (BackupConfiguration::defaultConfigFile)
        bool socketPerStart = false; // the embedded server's socket folder changes at each start
    };
    struct Outcome
    {
        BackupConfiguration configuration;
        QString copy;               // the configuration's copy in the repository
        bool restartNeeded = false; // the server archives only once restarted
    };

    static Result<Outcome> configure(const PgSession &session, const ServerAccount &account, const QString &password,
                                     const Request &request);
};
