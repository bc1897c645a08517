#include "database/Migrator.h"

#include "common/Version.h"
#include "database/DatabaseRoles.h"
#include "database/PgSession.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace {

// Created by the migrator, not by a migration: it must exist before the first migration can be recorded. The
// document's version was VARCHAR(50); an integer orders and compares correctly ("schema 10" after "schema 9").
const QString createHistoryTable = QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS public.schema_versions (
    version         integer     NOT NULL,
    description     text        NOT NULL,
    checksum        text        NOT NULL,
    applied_at      timestamptz NOT NULL DEFAULT now(),
    applied_by      text        NOT NULL DEFAULT current_user,
    program_version text        NOT NULL,
    CONSTRAINT schema_versions_pkey PRIMARY KEY (version),
    CONSTRAINT schema_versions_version_check CHECK (version > 0),
    CONSTRAINT schema_versions_checksum_check CHECK (checksum ~ '^[0-9a-f]{64}$')
))");

int lineOf(const QByteArray &sql, int position)
{
    if (position <= 0)
        return 0;
    const QString text = QString::fromUtf8(sql).left(position);
    return static_cast<int>(text.count(QLatin1Char('\n'))) + 1;
}

} // namespace

Migrator::Migrator(QList<Migration> migrations) : m_migrations(std::move(migrations)) {}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<SchemaStatus> Migrator::status(const QSqlDatabase &db) const
{
    return readStatus(PgSession(db));
}

QString Migrator::duplicateVersionMessage() const
{
    QSet<int> seen;
    for (const Migration &migration : m_migrations) {
        if (seen.contains(migration.version))
            return tr("This Write Care Notes has two schema migrations numbered %1, so it cannot tell which to apply: "
                      "report this to its developers.")
                .arg(migration.version);
        seen.insert(migration.version);
    }
    return QString();
}

Result<SchemaStatus> Migrator::readStatus(const PgSession &session) const
{
    SchemaStatus status;
    // What was read so far stays in the value, for the administrator's "status".
    const auto stopped = [&status](Outcome outcome, const QString &message) {
        return Result<SchemaStatus>{outcome, status, message, {}};
    };
    status.latestKnown = latestVersion();
    if (const QString duplicate = duplicateVersionMessage(); !duplicate.isEmpty())
        return stopped(Outcome::Refused, duplicate);
    const PgResult exists =
        session.exec(QStringLiteral("SELECT to_regclass('public.schema_versions') IS NOT NULL AS present"));
    if (!exists.ok()) {
        return stopped(exists.error().isConnectionFailure() ? Outcome::Unreachable : Outcome::Failed,
                       tr("The database's schema version cannot be read (%1): check the connection, then try again.")
                           .arg(exists.error().message));
    }
    if (exists.text(0, "present") == QLatin1String("t")) {
        const PgResult rows =
            session.exec(QStringLiteral("SELECT version, description, checksum, floor(extract(epoch FROM applied_at) * "
                                        "1000)::bigint AS applied_ms, "
                                        "applied_by, "
                                        "program_version FROM public.schema_versions ORDER BY version"));
        if (!rows.ok()) {
            return stopped(Outcome::Failed, tr("The database's schema history cannot be read (%1): the user in the "
                                               "connection settings may lack permission to read schema_versions.")
                                                .arg(rows.error().message));
        }
        for (int r = 0; r < rows.rowCount(); ++r) {
            AppliedMigration applied;
            applied.version = rows.integer(r, "version");
            applied.description = rows.text(r, "description");
            applied.checksum = rows.text(r, "checksum");
            applied.appliedAt = QDateTime::fromMSecsSinceEpoch(rows.text(r, "applied_ms").toLongLong(), Qt::UTC);
            applied.appliedBy = rows.text(r, "applied_by");
            applied.programVersion = rows.text(r, "program_version");
            status.applied.append(applied);
        }
    }

    QMap<int, const Migration *> known;
    for (const Migration &migration : m_migrations)
        known.insert(migration.version, &migration);
    QSet<int> appliedVersions;
    for (const AppliedMigration &applied : std::as_const(status.applied)) {
        appliedVersions.insert(applied.version);
        status.currentVersion = qMax(status.currentVersion, applied.version);
    }

    if (status.currentVersion > status.latestKnown) {
        return stopped(Outcome::Refused,
                       tr("The database is at schema %1 but this Write Care Notes knows only up to %2: install the "
                          "newer version.")
                           .arg(status.currentVersion)
                           .arg(status.latestKnown));
    }
    for (const AppliedMigration &applied : std::as_const(status.applied)) {
        const Migration *ours = known.value(applied.version);
        if (!ours) {
            return stopped(Outcome::Refused,
                           tr("The database has schema migration %1 (\"%2\"), which this Write Care Notes does not "
                              "know: install the version of Write Care Notes that the database was set up with.")
                               .arg(applied.version)
                               .arg(applied.description));
        }
        if (ours->checksum != applied.checksum) {
            return stopped(
                Outcome::Refused,
                tr("Schema migration %1 (\"%2\") in this Write Care Notes differs from the one applied to "
                   "the database on %3, and an applied migration must never change: install the release "
                   "of Write Care Notes that matches the database, or report this to its developers.")
                    .arg(applied.version)
                    .arg(applied.description, applied.appliedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
        }
    }
    for (const Migration &migration : m_migrations) {
        if (appliedVersions.contains(migration.version))
            continue;
        if (migration.version < status.currentVersion) {
            return stopped(Outcome::Refused,
                           tr("Schema migration %1 was never applied to the database, yet later ones were, so its "
                              "history is out of order: report this to the developers of Write Care Notes.")
                               .arg(migration.version));
        }
        status.pending.append(migration);
    }
    return Result<SchemaStatus>::done(status);
}

QString Migrator::missingExtension(const PgSession &session, const QList<Migration> &pending) const
{
    static const QRegularExpression createExtension(
        QStringLiteral("^\\s*CREATE\\s+EXTENSION\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?(\\w+)\"?"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    for (const Migration &migration : pending) {
        QRegularExpressionMatchIterator it = createExtension.globalMatch(QString::fromUtf8(migration.sql));
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            const PgResult available =
                session.exec(QStringLiteral("SELECT 1 FROM pg_available_extensions WHERE name = $1"), {name});
            if (available.ok() && available.rowCount() == 0)
                return name;
        }
    }
    return QString();
}

QString Migrator::failureMessage(const Migration &migration, const DatabaseError &error, int currentVersion) const
{
    if (error.isConnectionFailure())
        return tr("The connection to the database server was lost during schema migration %1: run "
                  "\"writecarenotes-admin status\" to see whether it was applied, then migrate again.")
            .arg(migration.version);
    if (error.sqlState == QLatin1String("55P03"))
        return tr("Schema migration %1 could not lock the tables it changes because they are in use, so the "
                  "database stays at schema %2: close Write Care Notes on every station, then migrate again.")
            .arg(migration.version)
            .arg(currentVersion);
    if (error.sqlState == QLatin1String("42501"))
        return tr("The database user in the connection settings may not change the schema, so the database stays at "
                  "schema %1 (%2): run the migration as the database's owner.")
            .arg(currentVersion)
            .arg(error.message);
    const int line = lineOf(migration.sql, error.position);
    const QString where = line > 0 ? tr(" (line %1)").arg(line) : QString();
    return tr("Schema migration %1 (\"%2\") failed, so none of it was applied and the database stays at schema %3: "
              "%4%5.")
        .arg(migration.version)
        .arg(migration.description)
        .arg(currentVersion)
        .arg(error.message, where);
}

Result<MigrationRun> Migrator::migrate(const QSqlDatabase &db) const
{
    MigrationRun run;
    // Failures keep what was done so far: the schema stands where run says.
    auto fail = [&run](Outcome outcome, const QString &message) {
        return Result<MigrationRun>{outcome, run, message, {}};
    };
    const PgSession session(db);
    if (!session.isOpen()) {
        return fail(Outcome::Unreachable,
                    tr("The database connection is not open, so nothing was migrated: connect, then try again."));
    }

    if (const QString duplicate = duplicateVersionMessage(); !duplicate.isEmpty()) {
        return fail(Outcome::Failed, duplicate);
    }
    // Another migrator holds the lock while it works; one that has held it for ten minutes is stuck, not busy.
    session.exec(QStringLiteral("SET lock_timeout = '10min'"));
    const PgResult locked =
        session.exec(QStringLiteral("SELECT pg_advisory_lock($1::bigint)"), {QVariant::fromValue(advisoryLockKey)});
    session.exec(QStringLiteral("RESET lock_timeout"));
    if (!locked.ok()) {
        return fail(Outcome::Failed,
                    locked.error().sqlState == QLatin1String("55P03")
                        ? tr("Another station or administrator has been migrating this database for ten "
                             "minutes: find out who, let it finish, then try again.")
                        : tr("The schema cannot be migrated (%1): check the connection, then try again.")
                              .arg(locked.error().message));
    }
    // Session-level: released below, or by the server if this connection dies.
    struct Unlock
    {
        const PgSession &session;
        ~Unlock()
        {
            session.exec(QStringLiteral("SELECT pg_advisory_unlock($1::bigint)"),
                         {QVariant::fromValue(Migrator::advisoryLockKey)});
        }
    } unlock{session};

    // Every schema object belongs to wcn_owner, whoever runs the migration: a superuser first makes sure the roles
    // exist (the embedded database, the tests, an administrator as postgres); anyone else must be able to act as
    // wcn_owner (a member of it).
    if (DatabaseRoles::isSuperuser(session)) {
        const Result<> prepared = DatabaseRoles::prepare(session);
        if (!prepared.ok())
            return fail(prepared.outcome, prepared.message);
    }
    struct ActAsOwner
    {
        const PgSession &session;
        bool active;
        ~ActAsOwner()
        {
            if (active)
                session.exec(QStringLiteral("RESET ROLE"));
        }
    } owner{session, DatabaseRoles::canActAsOwner(session)};
    if (owner.active && !session.exec(QStringLiteral("SET ROLE wcn_owner")).ok())
        owner.active = false;

    PgResult created =
        session.exec(QStringLiteral("SELECT to_regclass('public.schema_versions') IS NOT NULL AS present"));
    if (created.ok() && created.text(0, "present") != QLatin1String("t"))

        created = session.exec(createHistoryTable);
    if (!created.ok()) {
        return fail(created.error().sqlState == QLatin1String("42501") ? Outcome::Refused : Outcome::Failed,
                    created.error().sqlState == QLatin1String("42501")
                        ? tr("The database user in the connection settings may not create tables, so the schema "
                             "cannot be set up: run the migration as the database's owner.")
                        : tr("The schema history table cannot be created (%1).").arg(created.error().message));
    }

    const Result<SchemaStatus> read = readStatus(session);
    const SchemaStatus &status = read.value;
    run.fromVersion = status.currentVersion;
    run.toVersion = status.currentVersion;
    if (!read.ok())
        return fail(read.outcome, read.message);
    const QString extension = missingExtension(session, status.pending);
    if (!extension.isEmpty()) {
        return fail(Outcome::Failed,
                    tr("The PostgreSQL server lacks the %1 extension that Write Care Notes needs, so the database "
                       "stays at schema %2: install it on the server (on Debian it comes with the postgresql-15 "
                       "package, elsewhere with postgresql-contrib), then try again.")
                        .arg(extension)
                        .arg(status.currentVersion));
    }

    if (!owner.active && !status.pending.isEmpty()) {
        return fail(Outcome::Refused,
                    tr("The database user in the connection settings can neither set up Write Care Notes' "
                       "roles nor act as its owner role, so the database stays at schema %1: run the "
                       "migration as a PostgreSQL superuser.")
                        .arg(status.currentVersion));
    }
    for (const Migration &migration : status.pending) {
        PgResult step = session.exec(QStringLiteral("BEGIN"));
        if (step.ok())
            step = session.exec(QStringLiteral("SET LOCAL lock_timeout = '30s'"));
        if (step.ok())
            step = session.exec(QStringLiteral("SET LOCAL search_path = public"));
        if (step.ok())
            step = session.execScript(QString::fromUtf8(migration.sql));
        if (step.ok())
            step = session.exec(
                QStringLiteral("INSERT INTO public.schema_versions (version, description, checksum, "
                               "program_version) VALUES ($1, $2, $3, $4)"),
                {migration.version, migration.description, migration.checksum, QString::fromLatin1(Wcn::version)});
        if (step.ok())
            step = session.exec(QStringLiteral("COMMIT"));
        if (!step.ok()) {
            session.exec(QStringLiteral("ROLLBACK"));
            return fail(Outcome::Failed, failureMessage(migration, step.error(), run.toVersion));
        }
        run.applied.append(migration.version);
        run.toVersion = migration.version;
    }
    return Result<MigrationRun>::done(run);
}
