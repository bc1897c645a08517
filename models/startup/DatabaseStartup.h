#pragma once

#include "database/ConnectionSettings.h"
#include "database/Migrator.h"
#include "organization/FirstRunDetails.h"
#include "server/EmbeddedServer.h"
#include "startup/StartupState.h"

#include <QCoreApplication>
#include <QMutex>

#include <memory>
#include <optional>

// Gets the database ready before the application uses it: starts the embedded server (when no server is configured)
// and migrates it, or checks that a configured server's schema is what this program needs; then keeps shift-note
// partitions ahead. run() blocks and may be called from a worker thread; its connection is its own.
class DatabaseStartup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseStartup)

public:
    // A configured server: migrated by its administrator with writecarenotes-admin, only checked here.
    explicit DatabaseStartup(ConnectionSettings server, Migrator migrator = Migrator());
    // The embedded server, created on first use and migrated here.
    explicit DatabaseStartup(EmbeddedServer::Options embedded, Migrator migrator = Migrator());
    ~DatabaseStartup();

    Result<StartupState> run();
    // The embedded database's first start: the organization, its first care home and its first administrator, all
    // or nothing. Blocks; call from a worker thread.
    Result<> setUpFirstOrganization(const FirstRunDetails &details);
    // The embedded database's recovery key (RecoveryKey::format), shown once at the first start for the organization
    // to keep away from the computer. Blocks.
    Result<QString> recoveryKey();
    // Gives up the embedded server (the last instance stops it). Call once no connection of ours is open.
    void shutDown();
    // The embedded server started again if it has stopped under the app; the value says whether it had to be.
    // Done(false) for a configured server. Blocks; call from a worker thread.
    Result<bool> reviveEmbedded();

    // Keeps shift-note partitions ahead and seals the audit log's new entries into their chains: the embedded
    // server's on its own superuser connection; a configured server's partitions only checked (stations may do
    // neither: writecarenotes-admin maintain does both there). When not ok, the message is a warning to show. Blocks;
    // call from a worker thread.
    Result<> maintainPartitions();

    bool isEmbedded() const { return m_embedded != nullptr; }

private:
    Result<StartupState> prepare(const ConnectionSettings &settings);
    // The embedded database's master key in its folder (made, or moved there from where older installs kept it),
    // and readable by the server.
    Result<> prepareEmbeddedKey(const PgSession &session) const;

    std::optional<ConnectionSettings> m_server;
    std::unique_ptr<EmbeddedServer> m_embedded;
    Migrator m_migrator;
    QMutex m_mutex;
};
