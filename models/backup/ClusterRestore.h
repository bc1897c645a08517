#pragma once

#include "backup/PgBackRest.h"
#include "backup/RestoreRequest.h"
#include "backup/RestoreTime.h"
#include "common/Result.h"
#include "server/ServerAccount.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class PgSession;

// A restore that nobody uses before it is checked: pgBackRest restores into a new folder (never over the live one),
// the restored server is started on a private socket no station can reach, recovers to the moment asked and opens for
// writing, and is then checked: its schema is one this program knows with every migration as written, and every audit
// chain verifies. It is stopped again; what happens to it next (switching to it) is the caller's.
class ClusterRestore
{
    Q_DECLARE_TR_FUNCTIONS(ClusterRestore)

public:
    struct Report
    {
        QString dataDirectory;
        int schemaVersion = 0;
        qint64 notes = 0;
        QDateTime newestNote; // when the newest shift note reached the server (UTC); invalid when there is none
        int chains = 0;
        QStringList problems;            // each a sentence; empty when the restored database checked out
        bool configurationAdded = false; // postgresql.conf and pg_hba.conf were not in the data folder (Debian's are
                                         // in /etc): minimal ones were written for the check
        bool recorded = false;           // the restore is in the restored database's audit log (recordingAs)
        bool checked() const { return problems.isEmpty(); }
    };

    // password: the restored server's superuser's (the one pgBackRest's configuration names), for the check.
    ClusterRestore(PgBackRest backRest, ServerAccount account, QString password);

    // Once the restored database checks out, writes request (its to, backup and folder filled in) into its audit log
    // (migration 32; a database restored to before that migration has nowhere to write it: recorded stays false).
    // The embedded database's restore does not: its start records the switch instead.
    void recordingAs(const RestoreRequest &request) { m_record = request; }
    // The PostgreSQL programs to check with (empty, as at first: the installed ones for the backup's major version).
    void useBinaries(const QString &binDirectory) { m_binDirectory = binDirectory; }

    // A restore's audit entry (migration 32) in the database on session, a superuser's: event is
    // database_restore_prepared, database_restore_cancelled or database_restored. Done(false) when the database is
    // older than restore records (it has nowhere to write one).
    static Result<bool> record(const PgSession &session, const QString &event, const RestoreRequest &request);

    Result<Report> restore(const QString &into, const std::optional<RestoreTime> &to, const QString &label = {}) const;
    Result<Report> check(const QString &dataDirectory) const;

private:
    Result<Report> check(const QString &dataDirectory, const std::optional<RestoreRequest> &record) const;

    PgBackRest m_backRest;
    ServerAccount m_account;
    QString m_password;
    std::optional<RestoreRequest> m_record;
    QString m_binDirectory;
};
