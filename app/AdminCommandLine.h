#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

class PgSession;
class QSqlDatabase;

// writecarenotes-admin: the command line for whoever runs the database server.
class AdminCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommandLine)

public:
    // Exit codes: 0 done, 1 the command failed, 2 the command line was wrong, 3 (status) something needs attention.
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2,
        NeedsAttention = 3
    };

    // Passwords are read from `in` (standard input), one per line; on a terminal they are asked for without echo.
    AdminCommandLine(QTextStream &in, QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int migrate(const QSqlDatabase &db);
    int status(const QSqlDatabase &db, const QString &password);
    int maintain(const QSqlDatabase &db);
    int verifyAudit(const QSqlDatabase &db);
    int createOrganization(const PgSession &session, const QStringList &arguments);
    int createFacility(const PgSession &session, const QStringList &arguments);
    int createUser(const PgSession &session);
    int createStationLogin(const PgSession &session, const QStringList &arguments);
    int initKeys(const PgSession &session);
    int rotateKeys(const PgSession &session);
    // Account recovery for administrators locked out, or who forgot their password.
    int unlockUser(const PgSession &session);
    int setPassword(const PgSession &session);
    int listUsers(const PgSession &session);
    // A fictional data set for measuring (SyntheticDataGenerator), with its row counts and size.
    int generateData(const PgSession &session);
    // Prints to standard error what the database server would still let out (ServerExposure), after migrate and
    // status; says nothing when nothing is found.
    void warnAboutExposure(const PgSession &session);
    int restoreKey();
    // backup configure|run|list|check and restore (BackupCommandLine); session: nullptr when no --db was given.
    int backup(const QString &subcommand, const PgSession *session, const QString &password);
    // The backup and restore commands' command-line mistakes, found before any connection; empty when none.
    QString backupUsageMistake(const QString &subcommand) const;

    std::optional<QString> readPassword(const QString &prompt, bool confirm);
    int usage(const QString &message);

    QTextStream &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_displayName;
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_organization;
    QCommandLineOption m_email;
    QCommandLineOption m_firstName;
    QCommandLineOption m_lastName;
    QCommandLineOption m_role;
    QCommandLineOption m_facility;
    QCommandLineOption m_allFacilities;
    QCommandLineOption m_keyFile;
    QCommandLineOption m_noChangeNeeded;
    QCommandLineOption m_embedded;
    QCommandLineOption m_scale;
    QCommandLineOption m_seed;
    QCommandLineOption m_days;
    QCommandLineOption m_residentsPerHome;
    QCommandLineOption m_homesPerOrganization;
    QCommandLineOption m_expectHead;
    QCommandLineOption m_repository;
    QCommandLineOption m_retention;
    QCommandLineOption m_backupConfig;
    QCommandLineOption m_backupType;
    QCommandLineOption m_restoreTo;
    QCommandLineOption m_restoreInto;
    QCommandLineOption m_backupLabel;
};
