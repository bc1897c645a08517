#pragma once

#include "common/Result.h"
#include "database/ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <optional>

class PgSession;
struct BackupConfiguration;

// writecarenotes-admin's backup and restore commands: pgBackRest driven for a shared server, run on the server's
// own computer (as root or its account). README, "Backups of a shared server".
class BackupCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommandLine)

public:
    struct Request
    {
        QString configFile; // --backup-config; empty: beside the server's data folder
        QString repository; // configure
        int retention = 0;  // configure; 0: the default
        QString type;       // run: full, diff or incr
        QString to;         // restore: a time
        QString label;      // restore: a backup's label
        QString into;       // restore: the new data folder
        QString password;   // the superuser's, for pgBackRest's connections and the restore's check
    };

    BackupCommandLine(QTextStream &out, QTextStream &err, Request request);

    int configure(const PgSession &session);
    int runBackup(const PgSession &session);
    int list(const PgSession &session);
    int check(const PgSession &session);
    // session: the server's, when one is reachable (to find the configuration); nullptr without.
    int restore(const PgSession *session);

private:
    std::optional<BackupConfiguration> configuration(const PgSession *session);
    int fail(const QString &message);
    QString local(const QDateTime &instant) const;

    QTextStream &m_out;
    QTextStream &m_err;
    Request m_request;
};
