#include "backup/EmbeddedBackups.h"

#include "backup/BackupSetup.h"
#include "backup/ServerArchiving.h"
#include "database/ScopedConnection.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

namespace {

bool sameDevice(const QString &a, const QString &b)
{
    struct stat first;
    struct stat second;
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev;
}

} // namespace

EmbeddedBackups::EmbeddedBackups(ConnectionSettings superuser, ServerAccount account, QString dataDirectory)
    : m_superuser(std::move(superuser)), m_account(std::move(account)),
      m_dataDirectory(QDir::cleanPath(std::move(dataDirectory)))
{}

QString EmbeddedBackups::defaultRepository(const QString &dataDirectory)
{
    return QFileInfo(QDir::cleanPath(dataDirectory)).absolutePath() + QStringLiteral("/backups");
}

QString EmbeddedBackups::configFile() const
{
    return BackupConfiguration::defaultConfigFile(m_dataDirectory);
}

Result<BackupConfiguration> EmbeddedBackups::configuration() const
{
    Result<BackupConfiguration> read = BackupConfiguration::read(configFile());
    // The socket of this start, given to every command (the file names none: it changes at each start).
    if (read.ok())
        read.value.socketDirectory = m_superuser.value(QStringLiteral("host"));
    return read;
}

Result<bool> EmbeddedBackups::configure(const QString &repository, int retentionFull) const
{
    const ScopedConnection connection(m_superuser, QStringLiteral("embedded-backups"));
    if (!connection.isOpen())
        return Result<bool>::failedAs(connection.status());
    BackupSetup::Request request;
    request.repository = repository;
    request.retention = retentionFull;
    request.configFile = configFile();
    request.socketPerStart = true;
    const Result<BackupSetup::Outcome> set =
        BackupSetup::configure(connection.session(), m_account, m_superuser.value(QStringLiteral("password")), request);
    if (!set.ok())
        return Result<bool>::failedAs(set);
    return Result<bool>::done(set.value.restartNeeded);
}

Result<bool> EmbeddedBackups::prepare() const
{
    const Result<BackupConfiguration> existing = configuration();
    if (existing.ok()) {
        // A folder chosen on a disk that is not there now (unplugged, a share not mounted) is never made again on
        // this computer's disk under the same name: the backups wait for it, and the home page says so.
        if (existing.value.repository != defaultRepository(m_dataDirectory) &&
            !QFileInfo(existing.value.repository).isDir())
            return Result<bool>::failed(tr("The backup folder %1 is not there (is its disk connected, or its network "
                                           "share reachable?): nothing is backed up until it is.")
                                            .arg(existing.value.repository));
        return configure(existing.value.repository, existing.value.retentionFull);
    }
    return configure(defaultRepository(m_dataDirectory), BackupConfiguration::defaultRetention);
}

Result<bool> EmbeddedBackups::moveTo(const QString &repository, int retentionFull) const
{
    const QString typed = QDir::cleanPath(repository);
    if (!QDir::isAbsolutePath(typed) || typed == QLatin1String("/"))
        return Result<bool>::refused(tr("Choose the backup folder by its full path."), QStringLiteral("repository"));
    // Compared as the folder really is, so that a link cannot put the backups inside the database after all.
    const QString canonical = QFileInfo(typed).canonicalFilePath();
    const QString folder = canonical.isEmpty() ? typed : canonical;
    // When the server runs as another account (the app runs as root), the folder must be one made for it: root
    // makes no folder at a path typed into the app.
    if (m_account.isDelegated() && !QFileInfo(folder).isDir())
        return Result<bool>::refused(tr("The folder %1 does not exist: make it first, owned by the %2 account.")
                                         .arg(folder, m_account.userName()),
                                     QStringLiteral("repository"));
    // Inside the database's own folders, a backup would be copied into the next backup, and lost with them.
    const QString base = QFileInfo(m_dataDirectory).absolutePath();
    if ((folder + QLatin1Char('/')).startsWith(m_dataDirectory + QLatin1Char('/')) ||
        (base + QLatin1Char('/')).startsWith(folder + QLatin1Char('/')))
        return Result<bool>::refused(
            tr("The backup folder %1 is, or holds, the database's own folder: choose a folder elsewhere, ideally on "
               "another disk or a network share.")
                .arg(folder),
            QStringLiteral("repository"));
    const Result<bool> configured = configure(folder, retentionFull);
    if (!configured.ok() || configured.value)
        return configured;
    const Result<BackupSet> first = backUp(PgBackRest::BackupType::Full);
    if (!first.ok())
        return Result<bool>::failedAs(first);
    return configured;
}

Result<BackupStatus> EmbeddedBackups::status() const
{
    BackupStatus status;
    status.installed = !PgBackRest::program().isEmpty();
    if (!status.installed)
        return Result<BackupStatus>::done(status);
    const Result<BackupConfiguration> configuration = this->configuration();
    if (!configuration.ok())
        return Result<BackupStatus>::done(status);
    status.configured = true;
    status.repository = configuration.value.repository;
    status.retentionFull = configuration.value.retentionFull;
    status.sameDiskAsData = sameDevice(status.repository, m_dataDirectory);
    const Result<BackupInventory> inventory =
        PgBackRest(configuration.value, m_account, m_superuser.value(QStringLiteral("password"))).info();
    if (!inventory.ok())
        return Result<BackupStatus>::failedAs(inventory);
    status.backups = inventory.value.sets;
    status.newest = inventory.value.newest();
    for (const BackupSet &set : inventory.value.sets) {
        if (!set.error && set.type == QLatin1String("full"))
            status.newestFullStopped = set.stopped;
    }
    const ScopedConnection connection(m_superuser, QStringLiteral("embedded-backups"));
    if (!connection.isOpen())
        return Result<BackupStatus>::failedAs(connection.status());
    const Result<ArchiverState> archiver = ServerArchiving::archiverState(connection.session());
    if (!archiver.ok())
        return Result<BackupStatus>::failedAs(archiver);
    status.archiver = archiver.value;
    status.restartPending = !status.archiver.archiving;
    return Result<BackupStatus>::done(status);
}

Result<BackupSet> EmbeddedBackups::backUp(PgBackRest::BackupType type) const
{
    const Result<BackupConfiguration> configuration = this->configuration();
    if (!configuration.ok())
        return Result<BackupSet>::failedAs(configuration);
    const PgBackRest backRest(configuration.value, m_account, m_superuser.value(QStringLiteral("password")));
    if (const Result<> done = backRest.backup(type); !done.ok())
        return Result<BackupSet>::failedAs(done);
    const Result<BackupInventory> inventory = backRest.info();
    if (!inventory.ok())
        return Result<BackupSet>::failedAs(inventory);
    if (!inventory.value.newest())
        return Result<BackupSet>::failed(tr("The backup finished but pgBackRest lists no backup."));
    return Result<BackupSet>::done(*inventory.value.newest());
}

Result<ClusterRestore::Report> EmbeddedBackups::restore(const QString &into, const std::optional<RestoreTime> &to,
                                                        const QString &label, const QString &binDirectory) const
{
    const Result<BackupConfiguration> configuration = this->configuration();
    if (!configuration.ok())
        return Result<ClusterRestore::Report>::failedAs(configuration);
    const QString password = m_superuser.value(QStringLiteral("password"));
    const PgBackRest backRest(configuration.value, m_account, password);
    // A moment a few minutes ago may still be in the server's current write-ahead segment, which is archived only
    // when full or after archive_timeout: switched and archived first, so that the restore can reach it.
    if (to) {
        if (const Result<> archived = backRest.check(); !archived.ok())
            return Result<ClusterRestore::Report>::failedAs(archived);
    }
    ClusterRestore restore(backRest, m_account, password);
    restore.useBinaries(binDirectory);
    return restore.restore(into, to, label);
}
