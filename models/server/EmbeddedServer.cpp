#include "server/EmbeddedServer.h"

#include "common/Clock.h"
#include "common/Version.h"
#include "database/DatabaseRoles.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"
#include "server/FileLock.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace {

const QString dataDirectoryName = QStringLiteral("pgdata");
const QString stagingDirectoryName = QStringLiteral("pgdata.initdb");
const QString credentialsName = QStringLiteral("credentials");
// Names the restored folder to switch to at the next start (EmbeddedServer::switchAtNextStart).
const QString switchMarkerName = QStringLiteral("switch-to-restored");
// Who asked for it, for the restored database's audit log (RestoreRequest).
const QString switchRequestName = QStringLiteral("switch-to-restored.request");
// The same once switched, with where the database before is kept, until it is in the restored database's audit log.
const QString restoreToRecordName = QStringLiteral("restored.to-record");
const QString socketPrefix = QStringLiteral("wcn-");

// sun_path holds 108 bytes with its terminating NUL; the socket file is <dir>/.s.PGSQL.5432 and <dir> is
// <parent>/wcn-XXXXXX.
constexpr qsizetype socketPathLimit = 107;
constexpr qsizetype socketFileLength = 14;
constexpr qsizetype socketDirectoryLength = 11;
constexpr qsizetype longestSocketParent = socketPathLimit - socketFileLength - socketDirectoryLength;

QStringList clusterConfiguration()
{
    return {
        QStringLiteral("listen_addresses = ''"),         QStringLiteral("unix_socket_permissions = 0700"),
        QStringLiteral("max_connections = 50"),          QStringLiteral("logging_collector = on"),
        QStringLiteral("log_directory = 'log'"),         QStringLiteral("log_filename = 'postgresql-%a.log'"),
        QStringLiteral("log_truncate_on_rotation = on"), QStringLiteral("log_rotation_age = 1d"),
        QStringLiteral("log_rotation_size = 0"),         QStringLiteral("log_line_prefix = '%m [%p] %q%u@%d '"),
    };
}

// Starting, stopping or recovering servers, and an orphaned initdb, get this long to finish.
constexpr qint64 settleMilliseconds = 5 * 60 * 1000;

// Makes a rename inside directory durable before anything relies on it.
bool syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

QString randomPassword()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

EmbeddedServer::Options EmbeddedServer::defaultOptions()
{
    // The application's own names, not the running program's: writecarenotes-admin restore-key --embedded must find
    // the folders the application uses (QStandardPaths' App*Location is <generic>/<organization>/<application>).
    const QString organization = QString::fromLatin1(Wcn::organizationName);
    const QString application = QString::fromLatin1(Wcn::applicationName);
    auto applicationLocation = [&](QStandardPaths::StandardLocation generic) {
        return QStandardPaths::writableLocation(generic) + QLatin1Char('/') + organization + QLatin1Char('/') +
               application;
    };
    const QSettings settings(organization, application);
    Options options;
    options.baseDirectory = settings.value(QStringLiteral("embedded/dataDirectory")).toString();
    if (options.baseDirectory.isEmpty()) {
        // root's home is closed to the postgres account that runs the server for root.
        options.baseDirectory =
            geteuid() == 0 ? QStringLiteral("/var/lib/writecarenotes/embedded")
                           : applicationLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/database");
    }
    // Another tree than the data's: the configuration, not the data, so a copy of the data folder leaves it behind.
    options.keyDirectory = settings.value(QStringLiteral("embedded/keyDirectory")).toString();
    if (options.keyDirectory.isEmpty()) {
        options.keyDirectory =
            geteuid() == 0 ? QStringLiteral("/etc/writecarenotes/keys")
                           : applicationLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/keys");
    }
    options.socketParent = settings.value(QStringLiteral("embedded/socketDirectory")).toString();
    options.binDirectory = settings.value(QStringLiteral("embedded/postgresBinDirectory")).toString();
    return options;
}

EmbeddedServer::Options EmbeddedServer::demoOptions()
{
    Options options;
    options.baseDirectory = geteuid() == 0
                                ? QStringLiteral("/var/lib/writecarenotes/demo")
                                : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                      QLatin1Char('/') + QString::fromLatin1(Wcn::organizationName) + QLatin1Char('/') +
                                      QString::fromLatin1(Wcn::applicationName) + QStringLiteral("/demo");
    const Options defaults = defaultOptions();
    options.socketParent = defaults.socketParent;
    options.binDirectory = defaults.binDirectory;
    return options; // the key folder: "<baseDirectory>-keys"
}

QString EmbeddedServer::masterKeyPathFor(const Options &options)
{
    const QString base = QDir::cleanPath(QFileInfo(options.baseDirectory).absoluteFilePath());
    const QString keys = options.keyDirectory.isEmpty()
                             ? base + QStringLiteral("-keys")
                             : QDir::cleanPath(QFileInfo(options.keyDirectory).absoluteFilePath());
    return keys + QStringLiteral("/master.key");
}

EmbeddedServer::EmbeddedServer(Options options) : m_options(std::move(options)) {}

EmbeddedServer::~EmbeddedServer()
{
    release();
}

QString EmbeddedServer::basePath(const QString &name) const
{
    return QDir(m_options.baseDirectory).filePath(name);
}

QString EmbeddedServer::dataDirectory() const
{
    return basePath(dataDirectoryName);
}

bool EmbeddedServer::isStarted() const
{
    return m_instanceLock && m_instanceLock->isLocked();
}

std::optional<PostgresCluster::Postmaster> EmbeddedServer::runningServer() const
{
    return PostgresCluster(dataDirectory(), m_binaries, m_account).postmaster();
}

Result<> EmbeddedServer::start()
{
    if (isStarted())
        return Result<>::done();
    m_startedHere = false;
    m_switchedFrom.clear();
    auto fail = [](const QString &message) {
        return Result<>::failed(message);
    };
    const Result<ServerAccount> account = ServerAccount::forCurrentProcess();
    if (!account)
        return Result<>::failedAs(account);
    m_account = account.value;

    if (const Result<QString> parent = socketParent(); !parent)
        return Result<>::failedAs(parent);

    const QString base = QDir::cleanPath(QFileInfo(m_options.baseDirectory).absoluteFilePath());
    m_options.baseDirectory = base;
    if (!PostgresCluster::isSafePath(base))
        return fail(tr("The folder %1 has a character in its name (one of \" ' ` $ \\) that PostgreSQL's tools cannot "
                       "take safely: choose a folder without it.")
                        .arg(base));
    if (!QFileInfo::exists(base)) {
        if (!QDir().mkpath(base))
            return fail(tr("The folder %1 for the database cannot be created: check that its parent folder is "
                           "writable.")
                            .arg(base));
        // Only this user may look inside; when the server runs as postgres for root, postgres must pass through too.
        // (A folder that already existed keeps the permissions its owner gave it.)
        QFile::setPermissions(base, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                        (m_account.isDelegated() ? QFileDevice::ExeOther : QFileDevice::Permissions()));
    }
    QString blocking;
    if (!m_account.canEnter(base, &blocking))
        return fail(tr("The %1 account that runs the database may not enter %2, so the database cannot be kept in "
                       "%3: set embedded/dataDirectory in the settings to a folder it can reach, such as one under "
                       "/var/lib.")
                        .arg(m_account.userName(), blocking, base));

    if (const Result<> keys = prepareKeyDirectory(); !keys)
        return keys;

    FileLock control(basePath(QStringLiteral("control.lock")));
    if (!control.lockExclusive())
        return fail(tr("The lock file in %1 cannot be opened (%2): check the folder's permissions.")
                        .arg(base, control.errorString()));
    // A restored database is switched to only by a start no other instance of the app is part of.
    m_alone = FileLock(basePath(QStringLiteral("instances.lock"))).tryLockExclusive();
    m_instanceLock = std::make_unique<FileLock>(basePath(QStringLiteral("instances.lock")));
    if (!m_instanceLock->lockShared()) {
        m_instanceLock.reset();
        return fail(tr("The lock file in %1 cannot be opened: check the folder's permissions.").arg(base));
    }
    if (Result<> started = startLocked(); !started) {
        // Never leave a server behind that this failed start brought up and nobody else uses.
        releaseLocked();
        return started;
    }
    return Result<>::done();
}

Result<bool> EmbeddedServer::revive()
{
    if (!isStarted()) {
        return Result<bool>::failed(tr("The database on this computer was never started by this window."));
    }
    FileLock control(basePath(QStringLiteral("control.lock")));
    if (!control.lockExclusive()) {
        return Result<bool>::failed(tr("The lock file in %1 cannot be opened (%2): check the folder's permissions.")
                                        .arg(m_options.baseDirectory, control.errorString()));
    }
    PostgresCluster cluster(dataDirectory(), m_binaries, m_account);
    const QString socketDirectory = m_settings.value(QStringLiteral("host"));
    if (const std::optional<PostgresCluster::Postmaster> server = cluster.postmaster()) {
        // Running (perhaps another window of the app started it again first) or still recovering: nothing to do
        // here; the window keeps trying to connect.
        if (server->socketDirectory == socketDirectory || server->status != QLatin1String("ready"))
            return Result<bool>::done(false);
        return Result<bool>::failed(
            tr("The database on this computer was started again by another program, on another socket: "
               "close Write Care Notes and open it again."));
    }
    qWarning("Write Care Notes: the database server on this computer had stopped; starting it again");
    if (const Result<> started = startOnSocketLocked(cluster, socketDirectory); !started)
        return Result<bool>::failedAs(started);
    return Result<bool>::done(true);
}

Result<> EmbeddedServer::restart()
{
    if (!isStarted())
        return Result<>::failed(tr("The database on this computer was never started by this window."));
    FileLock control(basePath(QStringLiteral("control.lock")));
    if (!control.lockExclusive()) {
        return Result<>::failed(tr("The lock file in %1 cannot be opened (%2): check the folder's permissions.")
                                    .arg(m_options.baseDirectory, control.errorString()));
    }
    PostgresCluster cluster(dataDirectory(), m_binaries, m_account);
    if (const Result<> stopped = cluster.stop(); !stopped)
        return stopped;
    // The same socket: every connection's settings still name it.
    return startOnSocketLocked(cluster, m_settings.value(QStringLiteral("host")));
}

Result<> EmbeddedServer::startOnSocketLocked(PostgresCluster &cluster, const QString &socketDirectory)
{
    if (const Result<QString> removed = cluster.removeStalePidFile(); !removed)
        return Result<>::failedAs(removed);
    // The same socket folder as before, made again if it went with the crash: the window's settings still name it.
    // A killed server leaves its socket and the socket's lock file there; nothing runs on them now.
    if (QFileInfo(socketDirectory).fileName().startsWith(socketPrefix)) {
        QDir folder(socketDirectory);
        for (const QString &name :
             folder.entryList({QStringLiteral(".s.PGSQL.*")}, QDir::Files | QDir::System | QDir::Hidden))
            folder.remove(name);
    }
    if (!QFileInfo::exists(socketDirectory)) {
        if (!QDir().mkdir(socketDirectory) ||
            !QFile::setPermissions(socketDirectory,
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner) ||
            !m_account.takeOwnership(socketDirectory)) {
            return Result<>::failed(
                tr("The folder %1 for the database's socket cannot be made again: check that its parent "
                   "folder is writable.")
                    .arg(socketDirectory));
        }
    }
    return cluster.start(socketDirectory, port);
}

Result<> EmbeddedServer::applyPendingSwitch()
{
    QFile marker(basePath(switchMarkerName));
    if (!marker.open(QIODevice::ReadOnly))
        return Result<>::done();
    const QString name = QString::fromUtf8(marker.readAll()).trimmed();
    marker.close();
    const QString restored = basePath(name);
    // Only a folder a restore of ours made beside the data, holding a cluster.
    if (!name.startsWith(QLatin1String(restoredPrefix)) || name.contains(QLatin1Char('/')) ||
        !QFileInfo::exists(QDir(restored).filePath(QStringLiteral("PG_VERSION")))) {
        qWarning("Write Care Notes: the restored database named in %s is not there; keeping the current one",
                 qPrintable(marker.fileName()));
        QFile::remove(marker.fileName());
        return Result<>::done();
    }
    // A server that runs, or another window of the app, goes on with the current folder; the switch waits.
    if (!m_alone || PostgresCluster(dataDirectory(), m_binaries, m_account).postmaster())
        return Result<>::done();
    const QString kept = basePath(QStringLiteral("pgdata.before-restore-") +
                                  Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (QFileInfo::exists(dataDirectory()) && !QDir().rename(dataDirectory(), kept))
        return Result<>::failed(tr("The database folder %1 cannot be set aside as %2 to switch to the restored one: "
                                   "check the folder's permissions.")
                                    .arg(dataDirectory(), kept));
    if (!QDir().rename(restored, dataDirectory())) {
        QDir().rename(kept, dataDirectory());
        return Result<>::failed(tr("The restored database %1 cannot be renamed to %2: check the folder's permissions.")
                                    .arg(restored, dataDirectory()));
    }
    // Kept until the restored database's audit log has it (a start that fails before may be the last for a while):
    // the request of this folder only (one of another restore's is not this one's), and where the old one is kept.
    QFile request(basePath(switchRequestName));
    QJsonObject toRecord =
        request.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(request.readAll()).object() : QJsonObject();
    request.close();
    if (toRecord.value(QStringLiteral("folder")).toString() != restored)
        toRecord = QJsonObject{{QStringLiteral("folder"), restored}};
    toRecord.insert(QStringLiteral("set_aside"), kept);
    QSaveFile record(basePath(restoreToRecordName));
    if (!record.open(QIODevice::WriteOnly) ||
        record.write(QJsonDocument(toRecord).toJson(QJsonDocument::Compact)) < 0 || !record.commit())
        qWarning("Write Care Notes: the restore to write into the audit log could not be kept in %s",
                 qPrintable(record.fileName()));
    syncDirectory(m_options.baseDirectory);
    QFile::remove(marker.fileName());
    QFile::remove(request.fileName());
    m_switchedFrom = kept;
    // The restored server opened on a new timeline with archiving off, so its history file was never marked for
    // archiving: marked now, or a later restore would follow the old timeline.
    const QDir wal(QDir(dataDirectory()).filePath(QStringLiteral("pg_wal")));
    const QStringList histories = wal.entryList({QStringLiteral("*.history")}, QDir::Files, QDir::Name);
    if (!histories.isEmpty()) {
        const QString status = wal.filePath(QStringLiteral("archive_status/") + histories.last());
        if (!QFileInfo::exists(status + QStringLiteral(".done")) &&
            !m_account.writeFile(status + QStringLiteral(".ready"), QByteArray()))
            qWarning("Write Care Notes: the restored database's history file %s could not be marked for archiving",
                     qPrintable(histories.last()));
    }
    return Result<>::done();
}

Result<> EmbeddedServer::cancelSwitch() const
{
    // The marker first: without it nothing switches, whatever is left of the request.
    const QString marker = basePath(switchMarkerName);
    if (QFileInfo::exists(marker) && !QFile::remove(marker))
        return Result<>::failed(tr("The note to switch to the restored database, %1, cannot be removed: check the "
                                   "folder's permissions.")
                                    .arg(marker));
    QFile::remove(basePath(switchRequestName));
    return Result<>::done();
}

Result<> EmbeddedServer::switchAtNextStart(const QString &restored, const QByteArray &request) const
{
    const QFileInfo folder(restored);
    if (folder.absolutePath() != QDir::cleanPath(m_options.baseDirectory) ||
        !folder.fileName().startsWith(QLatin1String(restoredPrefix)))
        return Result<>::refused(
            tr("Only a restore made beside the database, in %1, can be switched to.").arg(m_options.baseDirectory));
    // The request first: a marker without it still switches, with a shorter audit entry (the switch uses a request
    // only when it names the folder switched to).
    QSaveFile requestFile(basePath(switchRequestName));
    QSaveFile marker(basePath(switchMarkerName));
    if (!requestFile.open(QIODevice::WriteOnly) || requestFile.write(request) < 0 || !requestFile.commit() ||
        !marker.open(QIODevice::WriteOnly) || marker.write(folder.fileName().toUtf8()) < 0 || !marker.commit())
        return Result<>::failed(tr("The note to switch to the restored database cannot be written in %1: check that "
                                   "the disk is not full.")
                                    .arg(m_options.baseDirectory));
    return Result<>::done();
}

QByteArray EmbeddedServer::restoreToRecord() const
{
    QFile record(basePath(restoreToRecordName));
    return record.open(QIODevice::ReadOnly) ? record.readAll() : QByteArray();
}

void EmbeddedServer::forgetRestoreToRecord() const
{
    QFile::remove(basePath(restoreToRecordName));
}

QString EmbeddedServer::newRestoreDirectory() const
{
    return basePath(QLatin1String(restoredPrefix) + Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QString EmbeddedServer::pendingSwitch() const
{
    QFile marker(basePath(switchMarkerName));
    return marker.open(QIODevice::ReadOnly) ? basePath(QString::fromUtf8(marker.readAll()).trimmed()) : QString();
}

Result<> EmbeddedServer::startLocked()
{
    if (Result<> switched = applyPendingSwitch(); !switched)
        return switched;
    const QString data = dataDirectory();
    const QString credentialsPath = basePath(credentialsName);
    if (!QFileInfo::exists(data)) {
        if (Result<> created = createCluster(credentialsPath); !created)
            return created;
    } else {
        const int major = PostgresCluster::majorVersionOf(data);
        if (major == 0) {
            return Result<>::failed(
                tr("The folder %1 exists but does not hold a complete database, so Write Care Notes "
                   "leaves it untouched: restore it from a backup, or, if it holds nothing you need, "
                   "move it elsewhere and start again.")
                    .arg(data));
        }
        const Result<PostgresBinaries> binaries = PostgresBinaries::locate(m_options.binDirectory, major);
        if (!binaries)
            return Result<>::failedAs(binaries);
        m_binaries = binaries.value;
    }

    QFile credentials(credentialsPath);
    if (!credentials.open(QIODevice::ReadOnly)) {
        return Result<>::failed(
            tr("The database's password file %1 is missing or unreadable, so Write Care Notes cannot "
               "sign in to its own database: restore the file from a backup.")
                .arg(credentialsPath));
    }
    const QString password = QString::fromUtf8(credentials.readAll()).trimmed();

    PostgresCluster cluster(data, m_binaries, m_account);
    std::optional<PostgresCluster::Postmaster> server = cluster.postmaster();
    // A server another instance left starting or stopping, or one still recovering after a crash: let it settle.
    QElapsedTimer waited;
    waited.start();
    while (server && server->status != QLatin1String("ready") && waited.elapsed() < settleMilliseconds) {
        QThread::msleep(200);
        server = cluster.postmaster();
    }
    if (server && server->status != QLatin1String("ready")) {
        return Result<>::failed(tr("The database server on this computer is still %1 after five minutes (it may be "
                                   "recovering after a crash): wait a little, then try again; its log is in %2.")
                                    .arg(server->status, cluster.logDirectory()));
    }
    // A server that runs but cannot be reached (its socket folder was removed under it, or an earlier start gave
    // up waiting for it) would turn every later start away: stop it and start it afresh.
    if (server && !QFileInfo::exists(QStringLiteral("%1/.s.PGSQL.%2").arg(server->socketDirectory).arg(server->port))) {
        qWarning("Write Care Notes: the database server's socket in %s is gone; restarting the server",
                 qPrintable(server->socketDirectory));
        if (Result<> stopped = cluster.stop(); !stopped)
            return stopped;
        removeSocketDirectory(server->socketDirectory);
        server.reset();
    }
    if (!server) {
        const Result<QString> crashed = cluster.removeStalePidFile();
        if (!crashed)
            return Result<>::failedAs(crashed);
        removeSocketDirectory(crashed.value);
        const Result<QString> made = makeSocketDirectory();
        if (!made)
            return Result<>::failedAs(made);
        const QString &socketDirectory = made.value;
        m_startedHere = true;
        if (Result<> started = cluster.start(socketDirectory, port); !started) {
            // A server still coming up (a long recovery outlasts pg_ctl's wait) keeps its socket folder.
            if (!cluster.postmaster())
                removeSocketDirectory(socketDirectory);
            return started;
        }
        server = cluster.postmaster();
        if (!server) {
            return Result<>::failed(tr("The database server in %1 started but cannot be found: see the log in %2.")
                                        .arg(data, cluster.logDirectory()));
        }
    }

    m_settings = ConnectionSettings::forSocket(server->socketDirectory, server->port, QStringLiteral("postgres"),
                                               QString::fromLatin1(superuserName), password);
    m_settings.setDisplayName(tr("this computer"));
    if (Result<> ensured = ensureDatabase(); !ensured)
        return ensured;
    m_settings = m_settings.withDatabase(QString::fromLatin1(databaseName));
    return Result<>::done();
}

Result<> EmbeddedServer::createCluster(const QString &credentialsPath)
{
    // initdb and the processes it runs inherit this lock and hold it until they exit: if this process dies during
    // initdb, the next start waits for the orphaned initdb rather than racing it for the staging folder.
    FileLock initdbLock(basePath(QStringLiteral("initdb.lock")), FileLock::Inheritance::InheritedByChildren);
    QElapsedTimer waited;
    waited.start();
    while (!initdbLock.tryLockExclusive()) {
        if (waited.elapsed() > settleMilliseconds) {
            return Result<>::failed(
                tr("An earlier attempt to create the database in %1 is still running: wait a few minutes, "
                   "then start Write Care Notes again.")
                    .arg(m_options.baseDirectory));
        }
        QThread::msleep(200);
    }

    const QString staging = basePath(stagingDirectoryName);
    // Left by a first start that was interrupted before the cluster was complete: it never held a record, and a
    // new one is made in its place. (A complete cluster is renamed to pgdata, durably, before anything is stored.)
    if (QFileInfo::exists(staging) && !QDir(staging).removeRecursively()) {
        return Result<>::failed(
            tr("The unfinished database folder %1, left by an interrupted first start, cannot be removed: "
               "remove it by hand, then start again.")
                .arg(staging));
    }
    const Result<PostgresBinaries> binaries = PostgresBinaries::locate(m_options.binDirectory, 0);
    if (!binaries)
        return Result<>::failedAs(binaries);
    m_binaries = binaries.value;

    // A password file without a cluster may belong to a cluster that was moved away and will be put back: keep it.
    if (QFileInfo::exists(credentialsPath)) {
        const QString kept = credentialsPath + QStringLiteral(".replaced-") +
                             Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        if (!QFile::rename(credentialsPath, kept)) {
            return Result<>::failed(
                tr("The existing password file %1 cannot be set aside: check the folder's permissions.")
                    .arg(credentialsPath));
        }
    }
    // The password file is written first: a crash before the rename below leaves only a staging folder, which the
    // next start replaces together with a new password.
    const QString password = randomPassword();
    QSaveFile credentials(credentialsPath);
    if (!credentials.open(QIODevice::WriteOnly) ||
        !credentials.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        credentials.write(password.toUtf8()) < 0 || !credentials.commit()) {
        return Result<>::failed(
            tr("The database's password file %1 cannot be written: check that the disk is not full and "
               "the folder is writable.")
                .arg(credentialsPath));
    }

    PostgresCluster cluster(staging, m_binaries, m_account);
    if (Result<> initialized = cluster.initialize(QString::fromLatin1(superuserName), password, clusterConfiguration());
        !initialized) {
        QDir(staging).removeRecursively();
        return initialized;
    }
    if (!QDir().rename(staging, dataDirectory()) || !syncDirectory(m_options.baseDirectory)) {
        QDir(staging).removeRecursively();
        return Result<>::failed(tr("The new database folder cannot be renamed to %1: check the folder's permissions.")
                                    .arg(dataDirectory()));
    }
    return Result<>::done();
}

Result<QString> EmbeddedServer::socketParent() const
{
    if (!m_options.socketParent.isEmpty()) {
        const qsizetype length = QFile::encodeName(m_options.socketParent).size();
        if (length > longestSocketParent) {
            return Result<QString>::failed(
                tr("The socket folder %1 has a path too long for this system (%2 characters, at most %3 "
                   "are possible): set a shorter folder as embedded/socketDirectory in the settings.")
                    .arg(m_options.socketParent)
                    .arg(length)
                    .arg(longestSocketParent));
        }
        return Result<QString>::done(m_options.socketParent);
    }
    const QString runtime = m_account.isDelegated() ? QString() : qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir() && QFileInfo(runtime).isWritable() &&
        QFile::encodeName(runtime).size() <= longestSocketParent)
        return Result<QString>::done(runtime);
    return Result<QString>::done(QStringLiteral("/tmp"));
}

Result<QString> EmbeddedServer::makeSocketDirectory() const
{
    const Result<QString> found = socketParent();
    if (!found)
        return found;
    const QString &parent = found.value;
    QByteArray path = QFile::encodeName(QDir(parent).filePath(socketPrefix + QStringLiteral("XXXXXX")));
    if (!::mkdtemp(path.data())) {
        return Result<QString>::failed(tr("A folder for the database's socket cannot be created in %1: check that it "
                                          "exists and is writable.")
                                           .arg(parent));
    }
    const QString directory = QFile::decodeName(path);
    if (!m_account.takeOwnership(directory)) {
        QDir().rmdir(directory);
        return Result<QString>::failed(
            tr("The socket folder %1 cannot be handed to the %2 account: check the folder's file system.")
                .arg(directory, m_account.userName()));
    }
    return Result<QString>::done(directory);
}

void EmbeddedServer::removeSocketDirectory(const QString &directory)
{
    // Only a directory this class made; an immediate stop can leave the socket and its lock file behind.
    if (directory.isEmpty() || !QFileInfo(directory).fileName().startsWith(socketPrefix))
        return;
    QDir dir(directory);
    const QStringList leftovers =
        dir.entryList({QStringLiteral(".s.PGSQL.*")}, QDir::Files | QDir::System | QDir::Hidden);
    for (const QString &name : leftovers)
        dir.remove(name);
    QDir().rmdir(directory);
}

Result<> EmbeddedServer::ensureDatabase() const
{
    const ScopedConnection connection(m_settings, QStringLiteral("embedded-setup"));
    if (!connection.isOpen()) {
        qWarning("Write Care Notes: %s", qPrintable(connection.status().message));
        return Result<>::unreachable(unreachableMessage());
    }
    const PgSession session = connection.session();
    const PgResult exists = session.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"),
                                         {QString::fromLatin1(databaseName)});
    bool ok = exists.ok();
    if (ok && exists.rowCount() == 0) {
        // An identifier cannot be a parameter; the name is a constant of this program.
        ok = session.exec(QStringLiteral("CREATE DATABASE %1").arg(QString::fromLatin1(databaseName))).ok();
    }
    // At every start, so that clusters made before this version are closed too.
    if (ok) {
        const Result<> closed = DatabaseRoles::closeOtherDatabases(session);
        if (!closed.ok()) {
            qWarning("Write Care Notes: %s", qPrintable(closed.message));
            ok = false;
        }
    }
    if (!ok)
        return Result<>::failed(
            tr("The database cannot be created in the server of %1: see the log in %2.")
                .arg(m_options.baseDirectory, PostgresCluster(dataDirectory(), m_binaries, m_account).logDirectory()));
    return Result<>::done();
}

void EmbeddedServer::release()
{
    if (!isStarted())
        return;
    FileLock control(basePath(QStringLiteral("control.lock")));
    control.lockExclusive();
    releaseLocked();
}

void EmbeddedServer::releaseLocked()
{
    m_instanceLock.reset();
    // No other instance can join while we hold the control lock; if nobody else holds a share, we are the last.
    FileLock last(basePath(QStringLiteral("instances.lock")));
    if (!last.tryLockExclusive() || !m_binaries.isValid())
        return;
    PostgresCluster cluster(dataDirectory(), m_binaries, m_account);
    const std::optional<PostgresCluster::Postmaster> server = cluster.postmaster();
    if (!server)
        return;
    if (const Result<> stopped = cluster.stop(); !stopped)
        qWarning("Write Care Notes: %s", qPrintable(stopped.message));
    else
        removeSocketDirectory(server->socketDirectory);
}

QString EmbeddedServer::masterKeyPath() const
{
    return masterKeyPathFor(m_options);
}

QString EmbeddedServer::legacyMasterKeyPath() const
{
    return basePath(QStringLiteral("master.key"));
}

Result<> EmbeddedServer::prepareKeyDirectory()
{
    const QString keys = QFileInfo(masterKeyPath()).absolutePath();
    // Compared as the folders really are, so that a link cannot put the key inside the data after all.
    auto real = [](const QString &path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        return canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
    };
    const QString realKeys = real(keys);
    const QString realBase = real(m_options.baseDirectory);
    auto within = [](const QString &inner, const QString &outer) {
        return inner == outer || inner.startsWith(outer + QLatin1Char('/')) || outer == QLatin1String("/");
    };
    if (within(realKeys, realBase) || within(realBase, realKeys)) {
        return Result<>::failed(
            tr("The key folder %1 is inside the database's folder %2 (or holds it), so a copy of the "
               "database would hold the key that protects its medical notes: set embedded/keyDirectory "
               "in the settings to a folder apart from it.")
                .arg(keys, m_options.baseDirectory));
    }
    if (!PostgresCluster::isSafePath(keys)) {
        return Result<>::failed(
            tr("The key folder %1 has a character in its name (one of \" ' ` $ \\) that PostgreSQL's "
               "tools cannot take safely: choose a folder without it.")
                .arg(keys));
    }
    if (!QFileInfo::exists(keys)) {
        // Only the server's account may enter it: the server reads the key, nobody else needs to.
        if (!QDir().mkpath(keys) ||
            !QFile::setPermissions(keys, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner) ||
            !m_account.takeOwnership(keys)) {
            return Result<>::failed(
                tr("The key folder %1 cannot be created: check that its parent folder is writable.").arg(keys));
        }
    }
    QString blocking;
    if (!m_account.canEnter(keys, &blocking)) {
        return Result<>::failed(
            tr("The %1 account that runs the database may not enter %2, so it cannot read the key of the "
               "medical notes in %3: set embedded/keyDirectory in the settings to a folder it can reach.")
                .arg(m_account.userName(), blocking, keys));
    }
    return Result<>::done();
}

Result<ConnectionSettings> EmbeddedServer::ensureStationLogin(const PgSession &session) const
{
    const QString path = basePath(QStringLiteral("station-credentials"));
    QFile file(path);
    QString password;
    bool fresh = false;
    if (file.open(QIODevice::ReadOnly)) {
        password = QString::fromUtf8(file.readAll()).trimmed();
        file.close();
    }
    if (password.isEmpty()) {
        password = randomPassword();
        QSaveFile saved(path);
        if (!saved.open(QIODevice::WriteOnly) ||
            !saved.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            saved.write(password.toUtf8()) < 0 || !saved.commit())
            return Result<ConnectionSettings>::failed(tr("The station's password file %1 cannot be written: check "
                                                         "that the disk is not full and the folder is writable.")
                                                          .arg(path));
        fresh = true;
    }
    const bool exists =
        session.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {QString::fromLatin1(stationLogin)})
            .rowCount() == 1;
    if (fresh || !exists) {
        const Result<> created =
            DatabaseRoles::createStationLogin(session, QString::fromLatin1(stationLogin), password);
        if (!created.ok())
            return Result<ConnectionSettings>::failedAs(created);
    }
    ConnectionSettings station = m_settings;
    station.setValue(QStringLiteral("user"), QString::fromLatin1(stationLogin));
    station.setValue(QStringLiteral("password"), password);
    return Result<ConnectionSettings>::done(station);
}

QString EmbeddedServer::unreachableMessage()
{
    return tr("Write Care Notes cannot open its database on this computer: close Write Care Notes everywhere on this "
              "computer and start it again; if that does not help, restart the computer.");
}
