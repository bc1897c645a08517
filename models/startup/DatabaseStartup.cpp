#include "startup/DatabaseStartup.h"

#include "backup/EmbeddedBackups.h"
#include "backup/PgBackRest.h"
#include "common/Clock.h"
#include "database/AuditChain.h"
#include "database/PartitionMaintenance.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "database/PostgresVersion.h"
#include "database/ScopedConnection.h"
#include "organization/OrganizationSetup.h"
#include "server/ServerExposure.h"
#include "session/MedicalNotesKeys.h"
#include "session/UserSession.h"
#include "synthetic/SyntheticDataGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutexLocker>

DatabaseStartup::DatabaseStartup(ConnectionSettings server, Migrator migrator)
    : m_server(std::move(server)), m_migrator(std::move(migrator))
{}

DatabaseStartup::DatabaseStartup(EmbeddedServer::Options embedded, Migrator migrator)
    : m_embedded(std::make_unique<EmbeddedServer>(std::move(embedded))), m_migrator(std::move(migrator))
{}

DatabaseStartup::~DatabaseStartup()
{
    shutDown();
}

Result<StartupState> DatabaseStartup::run()
{
    QMutexLocker locker(&m_mutex);
    if (m_embedded) {
        const Result<> started = m_embedded->start();
        if (!started.ok())
            return Result<StartupState>::failedAs(started);
        if (const Result<> backups = prepareBackups(); !backups.ok())
            return Result<StartupState>::failedAs(backups);
        return prepare(m_embedded->connectionSettings());
    }
    return prepare(*m_server);
}

Result<bool> DatabaseStartup::reviveEmbedded()
{
    QMutexLocker locker(&m_mutex);
    if (!m_embedded || !m_embedded->isStarted())
        return Result<bool>::done(false);
    return m_embedded->revive();
}

Result<> DatabaseStartup::maintainPartitions()
{
    QMutexLocker locker(&m_mutex);
    if (!m_embedded)
        return PartitionMaintenance::checkPartitionsAheadOnce(*m_server);
    if (!m_embedded->isStarted())
        return Result<>::done();
    const Result<int> partitions =
        PartitionMaintenance::ensureDailyRecordPartitionsOnce(m_embedded->connectionSettings());
    if (!partitions.ok())
        return Result<>::failedAs(partitions);
    // The audit log's new entries into their chains: on our own server, we are its owner.
    const Result<qint64> sealed = AuditChain::sealOnce(m_embedded->connectionSettings());
    if (!sealed.ok())
        return Result<>::failedAs(sealed);
    return PartitionMaintenance::analyzeOnce(m_embedded->connectionSettings());
}

Result<> DatabaseStartup::prepareBackups()
{
    m_backupProblem.clear();
    m_fullBackupDue = !m_embedded->switchedFrom().isEmpty();
    if (PgBackRest::program().isEmpty())
        return Result<>::done(); // the home screen says so (BackupStatus::installed)
    const EmbeddedBackups backups(m_embedded->connectionSettings(), m_embedded->serverAccount(),
                                  m_embedded->dataDirectory());
    const Result<bool> prepared = backups.prepare();
    if (!prepared.ok()) {
        // The records come first: the app opens, and the home screen says the backups need someone.
        qWarning("Write Care Notes: %s", qPrintable(prepared.message));
        m_backupProblem = prepared.message;
        return Result<>::done();
    }
    // Archiving starts with the server. A server this start brought up has nobody on it yet: restarted at once.
    // One another window runs goes on; the home screen asks for a restart.
    if (prepared.value && m_embedded->startedServer())
        return m_embedded->restart();
    return Result<>::done();
}

Result<> DatabaseStartup::embeddedOnly() const
{
    if (!m_embedded || !m_embedded->isStarted())
        return Result<>::refused(tr("Backups are made here only for the database on this computer: on a shared "
                                    "server, whoever runs it uses writecarenotes-admin backup."));
    return Result<>::done();
}

Result<BackupStatus> DatabaseStartup::backupStatus()
{
    QMutexLocker locker(&m_mutex);
    if (const Result<> embedded = embeddedOnly(); !embedded.ok())
        return Result<BackupStatus>::failedAs(embedded);
    const EmbeddedBackups backups(m_embedded->connectionSettings(), m_embedded->serverAccount(),
                                  m_embedded->dataDirectory());
    const QString problem = m_backupProblem;
    const QString pending = m_embedded->pendingSwitch();
    const QString switchedFrom = m_embedded->switchedFrom();
    locker.unlock();
    Result<BackupStatus> status = backups.status();
    if (status.ok()) {
        status.value.problem = problem;
        status.value.pendingSwitch = pending;
        status.value.switchedFrom = switchedFrom;
    }
    return status;
}

Result<std::optional<BackupSet>> DatabaseStartup::backUpIfDue()
{
    using Done = Result<std::optional<BackupSet>>;
    QMutexLocker locker(&m_mutex);
    if (!m_embedded || !m_embedded->isStarted() || PgBackRest::program().isEmpty())
        return Done::done(std::nullopt);
    const EmbeddedBackups backups(m_embedded->connectionSettings(), m_embedded->serverAccount(),
                                  m_embedded->dataDirectory());
    const QDateTime failedAt = m_backupFailedAt;
    const bool fullDue = m_fullBackupDue;
    // The backup itself runs without the lock: a revive or a maintenance run need not wait minutes for it.
    locker.unlock();
    QMutexLocker one(&m_backupMutex);
    const Result<BackupStatus> status = backups.status();
    if (!status.ok())
        return Done::failedAs(status);
    if (!status.value.configured || status.value.restartPending)
        return Done::done(std::nullopt);
    const QDateTime now = Clock::now();
    const BackupRules::Due due =
        fullDue ? BackupRules::Due::Full
                : BackupRules::due(now, status.value.newest ? status.value.newest->stopped : QDateTime(),
                                   status.value.newestFullStopped, failedAt);
    if (due == BackupRules::Due::Nothing)
        return Done::done(std::nullopt);
    const Result<BackupSet> taken = backups.backUp(due == BackupRules::Due::Full ? PgBackRest::BackupType::Full
                                                                                 : PgBackRest::BackupType::Incremental);
    locker.relock();
    m_backupFailedAt = taken.ok() ? QDateTime() : now;
    m_backupProblem = taken.ok() ? QString() : taken.message;
    if (taken.ok() && taken.value.type == QLatin1String("full"))
        m_fullBackupDue = false;
    if (!taken.ok())
        return Done::failedAs(taken);
    return Done::done(taken.value);
}

Result<BackupSet> DatabaseStartup::backUpNow(bool full)
{
    QMutexLocker locker(&m_mutex);
    if (const Result<> embedded = embeddedOnly(); !embedded.ok())
        return Result<BackupSet>::failedAs(embedded);
    const EmbeddedBackups backups(m_embedded->connectionSettings(), m_embedded->serverAccount(),
                                  m_embedded->dataDirectory());
    locker.unlock();
    QMutexLocker one(&m_backupMutex);
    const Result<BackupSet> taken =
        backups.backUp(full ? PgBackRest::BackupType::Full : PgBackRest::BackupType::Incremental);
    locker.relock();
    m_backupFailedAt = taken.ok() ? QDateTime() : Clock::now();
    m_backupProblem = taken.ok() ? QString() : taken.message;
    return taken;
}

Result<> DatabaseStartup::moveBackups(const QString &repository, int retentionFull)
{
    QMutexLocker locker(&m_mutex);
    if (const Result<> embedded = embeddedOnly(); !embedded.ok())
        return embedded;
    const EmbeddedBackups backups(m_embedded->connectionSettings(), m_embedded->serverAccount(),
                                  m_embedded->dataDirectory());
    locker.unlock();
    QMutexLocker one(&m_backupMutex);
    const Result<bool> moved = backups.moveTo(repository, retentionFull);
    if (!moved.ok())
        return Result<>::failedAs(moved);
    locker.relock();
    m_backupProblem.clear();
    m_backupFailedAt = QDateTime();
    return Result<>::done();
}

Result<ClusterRestore::Report> DatabaseStartup::restoreEmbedded(const std::optional<RestoreTime> &to,
                                                                const QString &label, RestoreRequest request)
{
    using Done = Result<ClusterRestore::Report>;
    QMutexLocker locker(&m_mutex);
    if (const Result<> embedded = embeddedOnly(); !embedded.ok())
        return Done::failedAs(embedded);
    const EmbeddedBackups backups(m_embedded->connectionSettings(), m_embedded->serverAccount(),
                                  m_embedded->dataDirectory());
    const QString into = m_embedded->newRestoreDirectory();
    const QString binDirectory = m_embedded->binDirectory();
    locker.unlock();
    QMutexLocker one(&m_backupMutex);
    const Done restored = backups.restore(into, to, label, binDirectory);
    if (!restored.ok())
        return restored;
    if (!restored.value.checked())
        return Done::failed(tr("The restored database in %1 did not check out, so Write Care Notes goes on with the "
                               "current one: %2")
                                .arg(into, restored.value.problems.join(QLatin1Char(' '))));
    request.to = to;
    request.backup = label;
    request.folder = into;
    locker.relock();
    // Not switched to unless the database in use says so first: the copy holds every record either way.
    if (const Result<> recorded =
            recordRestore(m_embedded->connectionSettings(), QStringLiteral("database_restore_prepared"), request);
        !recorded.ok())
        return Done::failed(
            tr("The restored database in %1 checked out but is not switched to: %2").arg(into, recorded.message));
    if (const Result<> noted = m_embedded->switchAtNextStart(into, request.toFile()); !noted.ok())
        return Done::failedAs(noted);
    return restored;
}

Result<> DatabaseStartup::recordRestore(const ConnectionSettings &settings, const QString &event,
                                        RestoreRequest request)
{
    const ScopedConnection connection(settings, QStringLiteral("restore-record"));
    if (!connection.isOpen())
        return Result<>::failedAs(connection.status());
    if (request.station.isEmpty())
        request.station = UserSession::stationName();
    const Result<bool> recorded = ClusterRestore::record(connection.session(), event, request);
    if (!recorded.ok())
        return Result<>::failedAs(recorded);
    return recorded.value ? Result<>::done()
                          : Result<>::failed(tr("This database's schema is older than restore records: migrate it."));
}

Result<> DatabaseStartup::cancelRestoreSwitch(RestoreRequest request)
{
    QMutexLocker locker(&m_mutex);
    if (const Result<> embedded = embeddedOnly(); !embedded.ok())
        return embedded;
    request.folder = m_embedded->pendingSwitch();
    if (request.folder.isEmpty())
        return Result<>::done();
    if (const Result<> cancelled = m_embedded->cancelSwitch(); !cancelled.ok())
        return cancelled;
    // Called off after it was written as prepared: said so too (a failure here leaves the switch cancelled).
    if (const Result<> recorded =
            recordRestore(m_embedded->connectionSettings(), QStringLiteral("database_restore_cancelled"), request);
        !recorded.ok())
        qWarning("Write Care Notes: %s", qPrintable(recorded.message));
    return Result<>::done();
}

Result<StartupState> DatabaseStartup::prepare(const ConnectionSettings &settings)
{
    StartupState state;
    state.settings = settings;
    const ScopedConnection connection(settings, QStringLiteral("startup"));
    if (!connection.isOpen()) {
        if (m_embedded) { // "check the network" would mislead: the server is ours, on this computer
            qWarning("Write Care Notes: %s", qPrintable(connection.status().message));
            return Result<StartupState>::unreachable(EmbeddedServer::unreachableMessage());
        }
        return Result<StartupState>::failedAs(connection.status());
    }
    const QSqlDatabase db = connection.database();
    state.serverVersion = PostgresVersion::displayOf(PgSession(db).serverVersion());

    if (m_embedded) {
        const Result<MigrationRun> migrated = m_migrator.migrate(db);
        if (!migrated.ok())
            return Result<StartupState>::failedAs(migrated);
        state.schemaVersion = migrated.value.toVersion;
        const PgSession session(db);
        const Result<> key = prepareEmbeddedKey(session);
        if (!key.ok())
            return Result<StartupState>::failedAs(key);
        const Result<ConnectionSettings> station = m_embedded->ensureStationLogin(session);
        if (!station.ok())
            return Result<StartupState>::failedAs(station);
        state.settings = station.value;
        if (m_demo && !OrganizationSetup::hasOrganizations(session)) {
            SyntheticDataGenerator::Options demo;
            demo.scale = 1;
            demo.seed = QStringLiteral("demo");
            demo.days = demoDays;
            demo.residentsPerHome = demoResidents;
            demo.homesPerOrganization = 1;
            demo.today = Clock::today();
            demo.until = Clock::now(); // a fortnight up to this moment: no note in the future
            // Fictional, and Welsh: the demonstration shows a home in Wales offering its records in Welsh.
            demo.organizationName = QStringLiteral("Derwen Care Group");
            demo.homeName = QStringLiteral("T\u0177 Derwen");
            SyntheticDataGenerator generator(session, demo, [](const QString &) {});
            if (const Result<> generated = generator.run(); !generated.ok())
                return Result<StartupState>::failedAs(generated);
        }
        state.needsFirstRun = !OrganizationSetup::hasOrganizations(session);
        // A switch to a restored database, into its audit log (which the restore took back to before the request):
        // at the start that switched, or, if that failed, at the next. The records are there either way: a failure
        // is a warning, never a start refused.
        if (const QByteArray toRecord = m_embedded->restoreToRecord(); !toRecord.isEmpty()) {
            const Result<bool> recorded = ClusterRestore::record(session, QStringLiteral("database_restored"),
                                                                 RestoreRequest::fromFile(toRecord));
            if (recorded.ok() && recorded.value)
                m_embedded->forgetRestoreToRecord();
            else
                state.warnings.append(
                    tr("This start switched to the restored database, but could not write that "
                       "into its audit log (it tries again at the next start): %1")
                        .arg(recorded.ok() ? tr("its schema is older than restore records") : recorded.message));
        }
    } else {
        const Result<SchemaStatus> read = m_migrator.status(db);
        const SchemaStatus &status = read.value;
        state.schemaVersion = status.currentVersion;
        if (!read.ok())
            return Result<StartupState>::failedAs(read);
        if (!status.pending.isEmpty()) {
            return Result<StartupState>::refused(
                tr("The database at %1 is at schema %2 but this Write Care Notes needs schema %3: ask whoever runs "
                   "the database to run \"writecarenotes-admin migrate\", then try again.")
                    .arg(settings.displayName())
                    .arg(status.currentVersion)
                    .arg(status.latestKnown));
        }
        // For whoever runs this station (its log, not its window: staff cannot change the server's settings).
        for (const QString &warning : ServerExposure::warnings(PgSession(db)))
            qWarning("Write Care Notes: %s", qPrintable(warning));
    }

    // Not fatal: a note whose month has no partition yet still lands safely in the default partition. Only the
    // embedded server's own connection (a superuser) creates partitions; a station may not (migration 14).
    const Result<> partitions = m_embedded ? Result<>::failedAs(PartitionMaintenance::ensureDailyRecordPartitions(db))
                                           : PartitionMaintenance::checkPartitionsAhead(db);
    if (!partitions.ok())
        state.warnings.append(partitions.message);
    return Result<StartupState>::done(state);
}

Result<> DatabaseStartup::prepareEmbeddedKey(const PgSession &session) const
{
    const QString path = m_embedded->masterKeyPath();
    const QString configured = MedicalNotesKeys::configuredKeyFile(session);
    if (configured.isEmpty())
        return MedicalNotesKeys::createLocalKeyFile(session, path, m_embedded->serverAccount());
    if (!QFileInfo::exists(path) && !QFileInfo::exists(configured))
        return Result<>::failed(tr("The key that protects the medical notes is missing from %1, so Write Care Notes "
                                   "cannot open its database: put it back by typing the recovery key you were given "
                                   "when Write Care Notes was set up into \"writecarenotes-admin restore-key "
                                   "--embedded\", in a terminal, as the same user that runs Write Care Notes; then "
                                   "start Write Care Notes again.")
                                    .arg(path));
    // A key put in the folder by hand (copied back as root, say) is made readable by the server, and by it only.
    if (QFileInfo::exists(path) && (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                                    !m_embedded->serverAccount().takeOwnership(path)))
        return Result<>::failed(
            tr("The key file %1 cannot be made readable by the %2 account only: check its folder's permissions.")
                .arg(path, m_embedded->serverAccount().userName()));
    if (configured != path) {
        const Result<> moved = MedicalNotesKeys::moveLocalKeyFile(session, path, m_embedded->serverAccount());
        if (!moved.ok())
            return moved;
    } else {
        // A move that stopped after the database was changed left the old copy behind.
        MedicalNotesKeys::removeLeftoverCopy(m_embedded->legacyMasterKeyPath(), path);
    }
    // Keys of earlier databases that older installs set aside beside the cluster (master.key.replaced-<time>) go to
    // the key folder too: a backup of the database's folder must hold no key at all.
    const QDir base(QFileInfo(m_embedded->legacyMasterKeyPath()).path());
    const QString keys = QFileInfo(path).path();
    for (const QString &name : base.entryList({QStringLiteral("master.key.replaced-*")}, QDir::Files)) {
        Result<QByteArray> key = MedicalNotesKeys::readKeyFile(base.filePath(name));
        const QString target = QDir(keys).filePath(name);
        if (key.ok() && (QFileInfo::exists(target) ||
                         MedicalNotesKeys::writeKeyFile(target, key.value, m_embedded->serverAccount()).ok()))
            MedicalNotesKeys::removeLeftoverCopy(base.filePath(name), target);
        key.value.fill('\0');
    }
    const Result<> readable = MedicalNotesKeys::check(session);
    return readable.ok() ? MedicalNotesKeys::checkOpensStoredKeys(session) : readable;
}

Result<QString> DatabaseStartup::recoveryKey()
{
    QMutexLocker locker(&m_mutex);
    if (!m_embedded || !m_embedded->isStarted())
        return Result<QString>::refused(tr("Only the database on this computer has a recovery key here."));
    const ScopedConnection connection(m_embedded->connectionSettings(), QStringLiteral("recovery-key"));
    if (!connection.isOpen())
        return Result<QString>::unreachable(EmbeddedServer::unreachableMessage());
    return MedicalNotesKeys::recoveryKey(connection.session());
}

Result<> DatabaseStartup::setUpFirstOrganization(const FirstRunDetails &details)
{
    QMutexLocker locker(&m_mutex);
    if (!m_embedded || !m_embedded->isStarted())
        return Result<>::refused(tr("Only the database on this computer is set up from here: on a shared server, ask "
                                    "whoever runs it to use writecarenotes-admin."));
    const ScopedConnection connection(m_embedded->connectionSettings(), QStringLiteral("first-run"));
    if (!connection.isOpen())
        return Result<>::unreachable(EmbeddedServer::unreachableMessage());
    const PgSession session = connection.session();
    PgTransaction transaction(session);
    if (OrganizationSetup::hasOrganizations(session))
        return Result<>::refused(tr("This database already has an organization: sign in instead."));
    const Result<QString> organization = OrganizationSetup::createOrganization(session, details.organizationName);
    if (!organization.ok())
        return Result<>::failedAs(organization);
    const Result<QString> facility =
        OrganizationSetup::createFacility(session, organization.value, details.facilityName);
    if (!facility.ok())
        return Result<>::failedAs(facility);
    {
        NewUser admin;
        admin.organizationId = organization.value;
        admin.email = details.email;
        admin.firstName = details.firstName;
        admin.lastName = details.lastName;
        admin.role = details.alsoManager ? QStringLiteral("manager") : QStringLiteral("admin");
        if (details.alsoManager)
            admin.grants = {QStringLiteral("users.manage"), QStringLiteral("organization.manage"),
                            QStringLiteral("facilities.manage")};
        admin.allFacilities = true;
        // They chose this password just now: no need to change it at the first sign-in.
        const Result<QString> user = OrganizationSetup::createUser(session, admin, details.password, false);
        if (!user.ok())
            return Result<>::failedAs(user);
    }
    if (!transaction.commit())
        return Result<>::failed(tr("The organization could not be saved: try again."));
    return Result<>::done();
}

void DatabaseStartup::shutDown()
{
    QMutexLocker locker(&m_mutex);
    if (m_embedded)
        m_embedded->release();
}
