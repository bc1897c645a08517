#include "startup/DatabaseStartup.h"

#include "database/PartitionMaintenance.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "database/PostgresVersion.h"
#include "database/ScopedConnection.h"
#include "organization/OrganizationSetup.h"
#include "server/ServerExposure.h"
#include "session/MedicalNotesKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

StartupOutcome DatabaseStartup::run()
{
    QMutexLocker locker(&m_mutex);
    if (m_embedded) {
        StartupOutcome outcome;
        if (!m_embedded->start(&outcome.message))
            return outcome;
        return prepare(m_embedded->connectionSettings());
    }
    return prepare(*m_server);
}

std::pair<bool, QString> DatabaseStartup::reviveEmbedded()
{
    QMutexLocker locker(&m_mutex);
    if (!m_embedded || !m_embedded->isStarted())
        return {false, QString()};
    bool restarted = false;
    QString error;
    if (!m_embedded->revive(&restarted, &error))
        return {false, error};
    return {restarted, QString()};
}

QString DatabaseStartup::maintainPartitions()
{
    QMutexLocker locker(&m_mutex);
    if (!m_embedded)
        return PartitionMaintenance::checkPartitionsAheadOnce(*m_server);
    if (!m_embedded->isStarted())
        return QString();
    return PartitionMaintenance::ensureDailyRecordPartitionsOnce(m_embedded->connectionSettings());
}

StartupOutcome DatabaseStartup::prepare(const ConnectionSettings &settings)
{
    StartupOutcome outcome;
    outcome.settings = settings;
    const ScopedConnection connection(settings, QStringLiteral("startup"));
    if (!connection.isOpen()) {
        outcome.message = connection.errorMessage();
        if (m_embedded) { // "check the network" would mislead: the server is ours, on this computer
            qWarning("Write Care Notes: %s", qPrintable(outcome.message));
            outcome.message = EmbeddedServer::unreachableMessage();
        }
        return outcome;
    }
    const QSqlDatabase db = connection.database();
    outcome.serverVersion = PostgresVersion::displayOf(PgSession(db).serverVersion());

    if (m_embedded) {
        const MigrationOutcome migrated = m_migrator.migrate(db);
        if (!migrated.ok) {
            outcome.message = migrated.message;
            return outcome;
        }
        outcome.schemaVersion = migrated.toVersion;
        const PgSession session(db);
        outcome.message = prepareEmbeddedKey(session);
        if (outcome.message.isEmpty())
            outcome.message = m_embedded->ensureStationLogin(session, &outcome.settings);
        if (!outcome.message.isEmpty())
            return outcome;
        outcome.needsFirstRun = !OrganizationSetup::hasOrganizations(session);
    } else {
        const SchemaStatus status = m_migrator.status(db);
        outcome.schemaVersion = status.currentVersion;
        if (!status.ok) {
            outcome.message = status.message;
            return outcome;
        }
        if (!status.pending.isEmpty()) {
            outcome.message = tr("The database at %1 is at schema %2 but this Write Care Notes needs schema %3: ask "
                                 "whoever runs the database to run \"writecarenotes-admin migrate\", then try again.")
                                  .arg(settings.displayName())
                                  .arg(status.currentVersion)
                                  .arg(status.latestKnown);
            return outcome;
        }
        // For whoever runs this station (its log, not its window: staff cannot change the server's settings).
        for (const QString &warning : ServerExposure::warnings(PgSession(db)))
            qWarning("Write Care Notes: %s", qPrintable(warning));
    }

    // Not fatal: a note whose month has no partition yet still lands safely in the default partition. Only the
    // embedded server's own connection (a superuser) creates partitions; a station may not (migration 14).
    QString warning;
    if (m_embedded)
        PartitionMaintenance::ensureDailyRecordPartitions(db, &warning);
    else
        warning = PartitionMaintenance::checkPartitionsAhead(db);
    if (!warning.isEmpty())
        outcome.warnings.append(warning);
    outcome.ok = true;
    return outcome;
}

QString DatabaseStartup::prepareEmbeddedKey(const PgSession &session) const
{
    const QString path = m_embedded->masterKeyPath();
    const QString configured = MedicalNotesKeys::configuredKeyFile(session);
    if (configured.isEmpty())
        return MedicalNotesKeys::createLocalKeyFile(session, path, m_embedded->serverAccount());
    if (!QFileInfo::exists(path) && !QFileInfo::exists(configured))
        return tr("The key that protects the medical notes is missing from %1, so Write Care Notes cannot open its "
                  "database: put it back by typing the recovery key you were given when Write Care Notes was set up "
                  "into \"writecarenotes-admin restore-key --embedded\", in a terminal, as the same user that runs "
                  "Write Care Notes; then start Write Care Notes again.")
            .arg(path);
    // A key put in the folder by hand (copied back as root, say) is made readable by the server, and by it only.
    if (QFileInfo::exists(path) && (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                                    !m_embedded->serverAccount().takeOwnership(path)))
        return tr("The key file %1 cannot be made readable by the %2 account only: check its folder's permissions.")
            .arg(path, m_embedded->serverAccount().userName());
    if (configured != path) {
        const QString problem = MedicalNotesKeys::moveLocalKeyFile(session, path, m_embedded->serverAccount());
        if (!problem.isEmpty())
            return problem;
    } else {
        // A move that stopped after the database was changed left the old copy behind.
        MedicalNotesKeys::removeLeftoverCopy(m_embedded->legacyMasterKeyPath(), path);
    }
    // Keys of earlier databases that older installs set aside beside the cluster (master.key.replaced-<time>) go to
    // the key folder too: a backup of the database's folder must hold no key at all.
    const QDir base(QFileInfo(m_embedded->legacyMasterKeyPath()).path());
    const QString keys = QFileInfo(path).path();
    for (const QString &name : base.entryList({QStringLiteral("master.key.replaced-*")}, QDir::Files)) {
        QString unreadable;
        QByteArray key = MedicalNotesKeys::readKeyFile(base.filePath(name), &unreadable);
        const QString target = QDir(keys).filePath(name);
        if (!key.isEmpty() && (QFileInfo::exists(target) ||
                               MedicalNotesKeys::writeKeyFile(target, key, m_embedded->serverAccount()).isEmpty()))
            MedicalNotesKeys::removeLeftoverCopy(base.filePath(name), target);
        key.fill('\0');
    }
    const QString problem = MedicalNotesKeys::check(session);
    return problem.isEmpty() ? MedicalNotesKeys::checkOpensStoredKeys(session) : problem;
}

QString DatabaseStartup::recoveryKey(QString *problem)
{
    QMutexLocker locker(&m_mutex);
    if (!m_embedded || !m_embedded->isStarted()) {
        *problem = tr("Only the database on this computer has a recovery key here.");
        return QString();
    }
    const ScopedConnection connection(m_embedded->connectionSettings(), QStringLiteral("recovery-key"));
    if (!connection.isOpen()) {
        *problem = EmbeddedServer::unreachableMessage();
        return QString();
    }
    return MedicalNotesKeys::recoveryKey(connection.session(), problem);
}

QString DatabaseStartup::setUpFirstOrganization(const FirstRunDetails &details)
{
    QMutexLocker locker(&m_mutex);
    if (!m_embedded || !m_embedded->isStarted())
        return tr("Only the database on this computer is set up from here: on a shared server, ask whoever runs it "
                  "to use writecarenotes-admin.");
    const ScopedConnection connection(m_embedded->connectionSettings(), QStringLiteral("first-run"));
    if (!connection.isOpen())
        return EmbeddedServer::unreachableMessage();
    const PgSession session = connection.session();
    PgTransaction transaction(session);
    if (OrganizationSetup::hasOrganizations(session))
        return tr("This database already has an organization: sign in instead.");
    QString organizationId;
    QString facilityId;
    QString userId;
    QString problem = OrganizationSetup::createOrganization(session, details.organizationName, &organizationId);
    if (problem.isEmpty())
        problem = OrganizationSetup::createFacility(session, organizationId, details.facilityName, &facilityId);
    if (problem.isEmpty()) {
        NewUser admin;
        admin.organizationId = organizationId;
        admin.email = details.email;
        admin.firstName = details.firstName;
        admin.lastName = details.lastName;
        admin.role = details.alsoManager ? QStringLiteral("manager") : QStringLiteral("admin");
        if (details.alsoManager)
            admin.grants = {QStringLiteral("users.manage"), QStringLiteral("organization.manage"),
                            QStringLiteral("facilities.manage")};
        admin.allFacilities = true;
        // They chose this password just now: no need to change it at the first sign-in.
        problem = OrganizationSetup::createUser(session, admin, details.password, false, &userId);
    }
    if (problem.isEmpty() && !transaction.commit())
        problem = tr("The organization could not be saved: try again.");
    return problem;
}

void DatabaseStartup::shutDown()
{
    QMutexLocker locker(&m_mutex);
    if (m_embedded)
        m_embedded->release();
}
