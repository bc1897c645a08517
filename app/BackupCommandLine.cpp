#include "BackupCommandLine.h"

#include "AdminCommandLine.h"
#include "backup/BackupConfiguration.h"
#include "backup/BackupSetup.h"
#include "backup/ClusterRestore.h"
#include "backup/PgBackRest.h"
#include "backup/RestoreTime.h"
#include "backup/ServerArchiving.h"
#include "common/Clock.h"
#include "database/PgSession.h"
#include "server/ServerAccount.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>
#include <QTimeZone>

#include <pwd.h>
#include <unistd.h>

namespace {

// Who runs the command, as the operating system knows them.
QString operatingSystemUser()
{
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(geteuid());
}

} // namespace

BackupCommandLine::BackupCommandLine(QTextStream &out, QTextStream &err, Request request)
    : m_out(out), m_err(err), m_request(std::move(request))
{}

int BackupCommandLine::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return AdminCommandLine::Failure;
}

QString BackupCommandLine::local(const QDateTime &instant) const
{
    return instant.isValid() ? instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")) : tr("never");
}

std::optional<BackupConfiguration> BackupCommandLine::configuration(const PgSession *session)
{
    QString file = m_request.configFile;
    QString serverData;
    QString serverSocket;
    if (session) {
        const Result<ServerArchiving::Facts> facts = ServerArchiving::read(*session);
        if (facts.ok()) {
            serverData = facts.value.dataDirectory;
            serverSocket = facts.value.socketDirectory;
        }
        if (file.isEmpty() && !serverData.isEmpty())
            file = BackupConfiguration::defaultConfigFile(serverData);
    }
    if (file.isEmpty()) {
        m_err << tr("Which backups? Give --backup-config FILE (written by \"backup configure\"), or --db as a "
                    "superuser of the server, whose data folder it is beside.")
              << Qt::endl;
        return std::nullopt;
    }
    Result<BackupConfiguration> read = BackupConfiguration::read(file);
    if (!read.ok()) {
        m_err << read.message << Qt::endl;
        return std::nullopt;
    }
    if (!serverData.isEmpty() && QDir::cleanPath(read.value.dataDirectory) != QDir::cleanPath(serverData)) {
        m_err << tr("The backup configuration %1 is for the server whose data folder is %2, not this one (%3).")
                     .arg(file, read.value.dataDirectory, serverData)
              << Qt::endl;
        return std::nullopt;
    }
    // The embedded server's configuration names no socket (a new one at each start): the server says which.
    if (!read.value.socketInFile)
        read.value.socketDirectory = serverSocket;
    return read.value;
}

int BackupCommandLine::configure(const PgSession &session)
{
    if (m_request.repository.isEmpty() || !QDir::isAbsolutePath(m_request.repository))
        return fail(tr("backup configure needs --repository FOLDER, a full path: a disk or network share other than "
                       "the server's own."));
    const Result<ServerAccount> account = ServerAccount::forCurrentProcess();
    if (!account.ok())
        return fail(account.message);
    BackupSetup::Request request;
    request.repository = m_request.repository;
    request.retention = m_request.retention;
    request.configFile = m_request.configFile;
    const Result<BackupSetup::Outcome> set =
        BackupSetup::configure(session, account.value, m_request.password, request);
    if (!set.ok())
        return fail(set.message);
    const BackupConfiguration &configuration = set.value.configuration;
    m_out << tr("Backups of %1 go to %2, keeping %n full backup(s) and the write-ahead log since the oldest.", "",
                configuration.retentionFull)
                 .arg(configuration.dataDirectory, configuration.repository)
          << Qt::endl;
    m_out << tr("pgBackRest's configuration: %1 (a copy in the repository, for a restore with the server gone: %2)")
                 .arg(configuration.configFile, set.value.copy)
          << Qt::endl;
    if (set.value.restartNeeded) {
        m_out << tr("Restart the database server now (for example: systemctl restart postgresql): archiving starts "
                    "with it. Then run \"writecarenotes-admin backup check\" and \"writecarenotes-admin backup run "
                    "--type full\".")
              << Qt::endl;
        return AdminCommandLine::Success;
    }
    if (const Result<> checked = PgBackRest(configuration, account.value, m_request.password).check(); !checked.ok())
        return fail(checked.message);
    m_out << tr("The server archives its write-ahead log there. Take the first backup with \"writecarenotes-admin "
                "backup run --type full\".")
          << Qt::endl;
    return AdminCommandLine::Success;
}

int BackupCommandLine::runBackup(const PgSession &session)
{
    PgBackRest::BackupType type = PgBackRest::BackupType::Incremental;
    if (m_request.type == QLatin1String("full"))
        type = PgBackRest::BackupType::Full;
    else if (m_request.type == QLatin1String("diff"))
        type = PgBackRest::BackupType::Differential;
    else if (!m_request.type.isEmpty() && m_request.type != QLatin1String("incr"))
        return fail(tr("--type is full, diff or incr (default incr: what changed since the last backup)."));
    const std::optional<BackupConfiguration> configuration = this->configuration(&session);
    const Result<ServerAccount> account = ServerAccount::forCurrentProcess();
    if (!configuration)
        return AdminCommandLine::Failure;
    if (!account.ok())
        return fail(account.message);
    const PgBackRest backRest(*configuration, account.value, m_request.password);
    if (const Result<> done = backRest.backup(type); !done.ok())
        return fail(done.message);
    const Result<BackupInventory> inventory = backRest.info();
    if (!inventory.ok() || !inventory.value.newest())
        return fail(inventory.ok() ? tr("The backup finished but pgBackRest lists no backup.") : inventory.message);
    const BackupSet newest = *inventory.value.newest();
    m_out << tr("Backup %1 (%2) taken: %3 to %4, %5 MB in the repository.")
                 .arg(newest.label, newest.type, local(newest.started), local(newest.stopped),
                      QLocale::c().toString(double(newest.repositorySize) / 1048576.0, 'f', 1))
          << Qt::endl;
    return AdminCommandLine::Success;
}

int BackupCommandLine::list(const PgSession &session)
{
    const std::optional<BackupConfiguration> configuration = this->configuration(&session);
    const Result<ServerAccount> account = ServerAccount::forCurrentProcess();
    if (!configuration)
        return AdminCommandLine::Failure;
    if (!account.ok())
        return fail(account.message);
    const Result<BackupInventory> inventory = PgBackRest(*configuration, account.value, m_request.password).info();
    if (!inventory.ok())
        return fail(inventory.message);
    m_out << tr("Repository: %1 (%2)").arg(configuration->repository, inventory.value.statusMessage) << Qt::endl;
    if (inventory.value.sets.isEmpty())
        m_out << tr("  no backups yet") << Qt::endl;
    for (const BackupSet &set : inventory.value.sets) {
        m_out << tr("  %1  %2  %3 to %4  %5 MB (%6 MB in the repository)%7")
                     .arg(set.label, set.type.leftJustified(4), local(set.started), local(set.stopped),
                          QLocale::c().toString(double(set.size) / 1048576.0, 'f', 1),
                          QLocale::c().toString(double(set.repositorySize) / 1048576.0, 'f', 1),
                          set.error ? tr("  PAGE ERRORS FOUND") : QString())
              << Qt::endl;
    }
    if (!inventory.value.sets.isEmpty())
        m_out << tr("A restore can reach any moment from %1 to the newest archived write-ahead log (%2).")
                     .arg(local(inventory.value.sets.first().stopped), inventory.value.walNewest)
              << Qt::endl;
    const Result<ArchiverState> archiver = ServerArchiving::archiverState(session);
    if (archiver.ok()) {
        m_out << tr("The server last archived %1 at %2; %n attempt(s) failed.", "", int(archiver.value.failedCount))
                     .arg(archiver.value.lastArchivedWal.isEmpty() ? tr("nothing") : archiver.value.lastArchivedWal,
                          local(archiver.value.lastArchivedAt))
              << Qt::endl;
        if (!archiver.value.healthy())
            m_err << tr("Warning: the server's archiving is off or its last attempt failed (%1 at %2): run "
                        "\"writecarenotes-admin backup check\".")
                         .arg(archiver.value.lastFailedWal, local(archiver.value.lastFailedAt))
                  << Qt::endl;
    }
    return AdminCommandLine::Success;
}

int BackupCommandLine::check(const PgSession &session)
{
    const std::optional<BackupConfiguration> configuration = this->configuration(&session);
    const Result<ServerAccount> account = ServerAccount::forCurrentProcess();
    if (!configuration)
        return AdminCommandLine::Failure;
    if (!account.ok())
        return fail(account.message);
    if (const Result<> checked = PgBackRest(*configuration, account.value, m_request.password).check(); !checked.ok())
        return fail(checked.message);
    m_out << tr("The server's write-ahead log reaches %1: a new segment was archived there just now.")
                 .arg(configuration->repository)
          << Qt::endl;
    return AdminCommandLine::Success;
}

int BackupCommandLine::restore(const PgSession *session)
{
    if (m_request.into.isEmpty() || !QDir::isAbsolutePath(m_request.into))
        return fail(tr("restore needs --into FOLDER, a full path: a new folder for the restored database (the "
                       "server's own is never overwritten)."));
    if (!m_request.to.isEmpty() && !m_request.label.isEmpty())
        return fail(tr("Give --to TIME or --backup LABEL, not both."));
    std::optional<RestoreTime> to;
    if (!m_request.to.isEmpty()) {
        const Result<RestoreTime> parsed = RestoreTime::parse(m_request.to, QTimeZone::systemTimeZone());
        if (!parsed.ok())
            return fail(parsed.message);
        if (parsed.value.utc > Clock::now())
            return fail(tr("%1 has not happened yet.").arg(m_request.to));
        to = parsed.value;
    }
    const std::optional<BackupConfiguration> configuration = this->configuration(session);
    const Result<ServerAccount> account = ServerAccount::forCurrentProcess();
    if (!configuration)
        return AdminCommandLine::Failure;
    if (!account.ok())
        return fail(account.message);
    if (QDir::cleanPath(m_request.into) == QDir::cleanPath(configuration->dataDirectory))
        return fail(tr("%1 is the server's own data folder: restore into a new folder.").arg(m_request.into));

    const PgBackRest backRest(*configuration, account.value, m_request.password);
    ClusterRestore clusterRestore(backRest, account.value, m_request.password);
    // Nobody is signed in at the command line: the operating system's user and computer say who asked.
    RestoreRequest requester;
    requester.requestedBy = tr("writecarenotes-admin, run by %1").arg(operatingSystemUser());
    requester.station = QSysInfo::machineHostName();
    requester.requestedAt = Clock::nowUtc();
    clusterRestore.recordingAs(requester);
    const Result<ClusterRestore::Report> restored =
        clusterRestore.restore(QDir::cleanPath(m_request.into), to, m_request.label);
    if (!restored.ok())
        return fail(restored.message);
    const ClusterRestore::Report &report = restored.value;
    m_out << (to ? tr("Restored to %1 (UTC) into %2.").arg(to->target(), report.dataDirectory)
                 : tr("Restored into %1.").arg(report.dataDirectory))
          << Qt::endl;
    m_out << tr("Schema %1; %n shift note(s)", "", int(report.notes)).arg(report.schemaVersion)
          << (report.newestNote.isValid() ? tr(", the newest received at %1").arg(local(report.newestNote)) : QString())
          << tr("; %n audit chain(s) verified.", "", report.chains) << Qt::endl;
    if (report.recorded)
        m_out << tr("The restore is written into the restored database's audit log.") << Qt::endl;
    else if (report.checked())
        m_out << tr("The restored database's schema is older than restore records: note this restore in the home's "
                    "own log.")
              << Qt::endl;
    for (const QString &problem : report.problems)
        m_err << tr("Problem: %1").arg(problem) << Qt::endl;
    if (report.configurationAdded)
        m_out << tr("postgresql.conf and pg_hba.conf were not in the backup (Debian keeps them in /etc/postgresql): "
                    "minimal ones were written there for the check.")
              << Qt::endl;
    m_out
        << tr("It is stopped, with archiving off. To make it the live database: stop the server, move its data "
              "folder aside (keep it), move %1 in its place, start the server, run ALTER SYSTEM SET archive_mode = on "
              "and restart it, then \"writecarenotes-admin backup run --type full\". The master key is not in any "
              "backup: put it back with \"writecarenotes-admin restore-key --key-file PATH\" if it was lost.")
               .arg(report.dataDirectory)
        << Qt::endl;
    return report.checked() ? AdminCommandLine::Success : AdminCommandLine::Failure;
}
