#include "backup/BackupSetup.h"

#include "backup/PgBackRest.h"
#include "backup/ServerArchiving.h"

#include <QDir>
#include <QFileInfo>

Result<BackupSetup::Outcome> BackupSetup::configure(const PgSession &session, const ServerAccount &account,
                                                    const QString &password, const Request &request)
{
    using Done = Result<Outcome>;
    if (request.repository.isEmpty() || !QDir::isAbsolutePath(request.repository))
        return Done::refused(tr("The backup folder must be a full path: a disk or network share other than the "
                                "database's own."));
    const QString program = PgBackRest::program();
    if (program.isEmpty())
        return Done::failed(PgBackRest::installMessage());
    const Result<ServerArchiving::Facts> read = ServerArchiving::read(session);
    if (!read.ok())
        return Done::failedAs(read);
    const ServerArchiving::Facts &facts = read.value;
    if (!facts.superuser)
        return Done::refused(tr("Switching backups on changes the server's archiving settings, which only a "
                                "PostgreSQL superuser may: connect as one."));
    if (facts.socketDirectory.isEmpty())
        return Done::refused(tr("The server listens on no Unix socket (unix_socket_directories is empty); pgBackRest "
                                "reaches it through one: set it, restart the server and try again."));

    Outcome outcome;
    BackupConfiguration &configuration = outcome.configuration;
    configuration.stanza = QStringLiteral("writecarenotes-") + BackupConfiguration::clusterName(facts.dataDirectory);
    configuration.configFile = request.configFile.isEmpty()
                                   ? BackupConfiguration::defaultConfigFile(facts.dataDirectory)
                                   : QFileInfo(request.configFile).absoluteFilePath();
    configuration.repository = QDir::cleanPath(request.repository);
    if (request.retention > 0)
        configuration.retentionFull = request.retention;
    configuration.dataDirectory = facts.dataDirectory;
    configuration.socketDirectory = facts.socketDirectory;
    configuration.socketInFile = !request.socketPerStart;
    configuration.port = facts.port;
    configuration.user = facts.user;
    configuration.database = facts.database;
    if (const QString unsafe = configuration.unsafePathMessage(); !unsafe.isEmpty())
        return Done::refused(unsafe);
    // Another tool's archiving (a standby's, another backup's) is not replaced without the administrator.
    const QString existing = facts.archiveCommand.trimmed();
    if (!existing.isEmpty() && existing != QLatin1String("(disabled)") &&
        !existing.contains(QStringLiteral("--config=\"%1\"").arg(configuration.configFile)))
        return Done::refused(tr("The server already archives its write-ahead log with: %1. If pgBackRest is to "
                                "replace that, remove it first (ALTER SYSTEM RESET archive_command), then configure "
                                "again.")
                                 .arg(existing));
    if (QDir::cleanPath(configuration.repository + QLatin1Char('/'))
            .startsWith(QDir::cleanPath(facts.dataDirectory) + QLatin1Char('/')))
        return Done::refused(tr("The backup folder %1 is inside the server's data folder: choose a folder elsewhere, "
                                "ideally on another disk.")
                                 .arg(configuration.repository));
    // Made by the server's account, readable by it alone (the repository holds every record in the clear).
    if (!ServerAccount::occupied(configuration.repository) &&
        (!QDir().mkpath(QFileInfo(configuration.repository).absolutePath()) ||
         !account.makeDirectory(configuration.repository)))
        return Done::failed(tr("The backup folder %1 could not be made for the server's account %2.")
                                .arg(configuration.repository, account.userName()));

    // Archiving is switched on last, once pgBackRest has its configuration and repository: a server whose
    // archive_command fails keeps its write-ahead log until the disk is full.
    const PgBackRest backRest(configuration, account, password);
    if (const Result<> written = backRest.writeConfiguration(); !written.ok())
        return Done::failedAs(written);
    if (const Result<> stanza = backRest.createStanza(); !stanza.ok())
        return Done::failedAs(stanza);
    // A copy in the repository, which outlives the server's disk: a restore with the server gone names it.
    outcome.copy = QDir(configuration.repository).filePath(QFileInfo(configuration.configFile).fileName());
    if (!account.writeFile(outcome.copy, configuration.fileText()))
        return Done::failed(tr("A copy of the backup configuration could not be written to %1.").arg(outcome.copy));
    const Result<bool> enabled = ServerArchiving::enable(session, configuration.archiveCommand(program));
    if (!enabled.ok())
        return Done::failedAs(enabled);
    outcome.restartNeeded = enabled.value;
    return Done::done(outcome);
}
