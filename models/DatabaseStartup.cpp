#include "DatabaseStartup.h"

#include "PartitionMaintenance.h"
#include "PgSession.h"
#include "PostgresVersion.h"
#include "ScopedConnection.h"

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
    }

    // Not fatal: a note whose month has no partition yet still lands safely in the default partition.
    QString warning;
    if (PartitionMaintenance::ensureDailyRecordPartitions(db, &warning) < 0)
        outcome.warnings.append(warning);
    outcome.ok = true;
    return outcome;
}

void DatabaseStartup::shutDown()
{
    QMutexLocker locker(&m_mutex);
    if (m_embedded)
        m_embedded->release();
}
