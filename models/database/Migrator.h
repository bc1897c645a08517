#pragma once

#include "common/Result.h"
#include "database/MigrationCatalog.h"
#include "database/MigrationRun.h"
#include "database/SchemaStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class PgSession;
struct DatabaseError;

// Brings a database's schema up to date, one migration per transaction together with its schema_versions row.
//
// Migrators on several station PCs starting at once are serialised by a session advisory lock, so each migration is
// applied exactly once. A database whose applied migrations this program does not know (a newer schema), or whose
// applied migration no longer matches this program's text (an edited migration), is refused and left untouched.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // "WCNMIGRT": the key of the advisory lock that serialises migrators within one database.
    static constexpr qint64 advisoryLockKey = 0x57434E4D49475254;

    explicit Migrator(QList<Migration> migrations = MigrationCatalog::builtIn());

    int latestVersion() const;
    const QList<Migration> &migrations() const { return m_migrations; }

    // Reads where the schema stands; changes nothing and takes no lock.
    Result<SchemaStatus> status(const QSqlDatabase &db) const;
    // Applies every pending migration, or none when the schema is newer or an applied migration was edited (Refused).
    // The value says where the schema stands, after a failure too.
    Result<MigrationRun> migrate(const QSqlDatabase &db) const;

private:
    Result<SchemaStatus> readStatus(const PgSession &session) const;
    QString duplicateVersionMessage() const;
    QString missingExtension(const PgSession &session, const QList<Migration> &pending) const;
    QString failureMessage(const Migration &migration, const DatabaseError &error, int currentVersion) const;

    QList<Migration> m_migrations;
};
