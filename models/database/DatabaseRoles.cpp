#include "database/DatabaseRoles.h"

#include "database/AppendOnlyGuard.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"

#include <QRegularExpression>
#include <QThread>

#include <libpq-fe.h>

namespace {

QString escapedIdentifier(pg_conn *connection, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    char *escaped = PQescapeIdentifier(connection, utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!escaped)
        return QString();
    const QString result = QString::fromUtf8(escaped);
    PQfreemem(escaped);
    return result;
}

// Defaults for every station login: an abandoned transaction (a psql session left open, a station that froze) is
// ended and its locks freed; a statement waits at most this long for a lock and runs at most this long. Defaults only:
// whoever holds the login can change them for their own sessions.
const char *const stationLimits[][2] = {
    {"idle_in_transaction_session_timeout", "1min"},
    {"lock_timeout", "10s"},
    {"statement_timeout", "2min"},
};

// Settings a station login may give its own role (ALTER ROLE ... SET) that would make every later session of it,
// at every station, write the values it sends into the server's log. The application sets them back on connecting;
// migrate removes them.
const char *const loggingOverrides[] = {"log_parameter_max_length_on_error", "debug_print_parse",
                                        "debug_print_rewritten", "debug_print_plan"};

QString stationLimitStatements(const QString &role)
{
    QString statements;
    for (const auto &[name, value] : stationLimits)
        statements += QStringLiteral("ALTER ROLE %1 SET %2 = '%3';\n")
                          .arg(role, QString::fromLatin1(name), QString::fromLatin1(value));
    for (const char *name : loggingOverrides)
        statements += QStringLiteral("ALTER ROLE %1 RESET %2;\n").arg(role, QString::fromLatin1(name));
    // The same, set for this database alone (ALTER ROLE ... IN DATABASE), which would take precedence.
    for (const char *name : loggingOverrides)
        statements += QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER ROLE %1 IN DATABASE %I RESET %2', "
                                     "current_database()); END $$;\n")
                          .arg(role, QString::fromLatin1(name));
    return statements;
}

} // namespace

bool DatabaseRoles::isSuperuser(const PgSession &session)
{
    return session.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
               .text(0, "rolsuper") == QLatin1String("t");
}

bool DatabaseRoles::canActAsOwner(const PgSession &session)
{
    return session
               .exec(QStringLiteral("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1) "
                                    "AND pg_has_role(current_user, $1, 'MEMBER') AS can_act"),
                     {QString::fromLatin1(ownerRole)})
               .text(0, "can_act") == QLatin1String("t");
}

Result<> DatabaseRoles::prepare(const PgSession &session, Stations stations)
{
    // Role and grant statements take no parameters; every name here is a constant of this program.
    const QString script = QStringLiteral(R"(
DO $$
DECLARE
    member text;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wcn_owner') THEN
        CREATE ROLE wcn_owner NOLOGIN;
    END IF;
    -- The owner sees every row (migrations, the administrator's command line); nobody else does.
    ALTER ROLE wcn_owner NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wcn_functions') THEN
        CREATE ROLE wcn_functions NOLOGIN;
    END IF;
    ALTER ROLE wcn_functions NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wcn_app') THEN
        CREATE ROLE wcn_app NOLOGIN;
    END IF;
    ALTER ROLE wcn_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS;
    -- The archive's removals (migration 33): the append-only tables let a row go only to a statement running as this
    -- role, so nobody may become it. It owns one function, given to it by the superuser who migrates.
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wcn_archiver') THEN
        CREATE ROLE wcn_archiver NOLOGIN;
    END IF;
    ALTER ROLE wcn_archiver NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT BYPASSRLS;
    FOR member IN SELECT m.member::regrole::text FROM pg_auth_members AS m
                  WHERE m.roleid = 'wcn_archiver'::regrole
    LOOP
        EXECUTE format('REVOKE wcn_archiver FROM %s', member);
    END LOOP;
END
$$;
-- So that the owner may hand the functions stations call to wcn_functions.
GRANT wcn_functions TO wcn_owner;
-- The medical notes' master key is read by the server from a file: the owner's functions need to.
GRANT pg_read_server_files TO wcn_owner;
GRANT EXECUTE ON FUNCTION pg_catalog.pg_read_binary_file(text) TO wcn_owner;
-- The administrator's Health page (migration 29) names the oldest open transaction of any login, as status does.
GRANT pg_read_all_stats TO wcn_owner;
)");
    // Roles are the whole server's, not one database's: another database being set up at the same moment (the test
    // suite's, side by side) may be writing the same role's row, and the server then refuses the second writer with
    // "tuple concurrently updated" (an internal error, XX000) rather than waiting. Setting them again is harmless.
    PgResult result = session.execScript(script);
    for (int attempt = 1; attempt < 5 && !result.ok() && result.error().sqlState == QLatin1String("XX000") &&
                          result.error().message.contains(QLatin1String("concurrently updated"));
         ++attempt) {
        QThread::msleep(20 * attempt);
        result = session.execScript(script);
    }
    if (!result.ok())
        return Result<>::failed(tr("The database's roles cannot be set up (%1): run this as a PostgreSQL superuser.")
                                    .arg(result.error().message));
    // The guard last: only a superuser may change what is append-only, the owner included.
    for (const auto step :
         {&DatabaseRoles::closeToStations, &DatabaseRoles::keepValuesOutOfTheLog, &DatabaseRoles::closeLargeObjects,
          &DatabaseRoles::closeSharedLocks, &AppendOnlyGuard::install}) {
        const Result<> done = step(session);
        if (!done.ok())
            return done;
    }
    return stations == Stations::Limit ? limitStationLogins(session) : Result<>::done();
}

Result<> DatabaseRoles::prepareCopy(const PgSession &session)
{
    const Result<> closed = closeToStations(session);
    return closed.ok() ? keepValuesOutOfTheLog(session) : closed;
}

Result<> DatabaseRoles::closeToStations(const PgSession &session)
{
    // Read back, and done again if it did not hold: under load the test suite has seen PUBLIC keep CONNECT after
    // this REVOKE (a database's rights are one row of a shared catalog that the server's own maintenance also writes;
    // the cause is not pinned down).
    for (int attempt = 0; attempt < 5; ++attempt) {
        const PgResult closed = session.execScript(QStringLiteral(R"(
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I OWNER TO wcn_owner', current_database());
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO wcn_app', current_database());
END
$$;
)"));
        if (!closed.ok())
            return Result<>::failed(
                tr("The database cannot be closed to other roles (%1): run this as a PostgreSQL superuser.")
                    .arg(closed.error().message));
        const PgResult open = session.exec(
            QStringLiteral("SELECT has_database_privilege('public', current_database(), 'CONNECT') "
                           "OR has_database_privilege('public', current_database(), 'TEMPORARY') AS open"));
        if (!open.ok())
            return Result<>::failed(tr("The database's rights cannot be read (%1).").arg(open.error().message));
        if (open.text(0, "open") == QLatin1String("f"))
            return Result<>::done();
    }
    return Result<>::failed(
        tr("Every role may still connect to this database after it was closed to them: run this again."));
}

Result<> DatabaseRoles::keepValuesOutOfTheLog(const PgSession &session)
{
    // Statement logging (log_statement, log_min_duration_statement) then shows $1, $2 ... and never the values bound
    // to them: passwords, session tokens, medical text. Both are settings of this database only. The first only a
    // superuser may change, for a session or a role; the second is a default any session may change for itself
    // (the application sets it again on connecting, and a session can only log what it sent itself).
    // auto_explain, where the server loads it, would log plans with the values as constants: off for this database.
    const PgResult result = session.execScript(QStringLiteral(R"(
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET log_parameter_max_length = 0', current_database());
    EXECUTE format('ALTER DATABASE %I SET log_parameter_max_length_on_error = 0', current_database());
    IF current_setting('auto_explain.log_min_duration', true) IS NOT NULL THEN
        EXECUTE format('ALTER DATABASE %I SET auto_explain.log_min_duration = -1', current_database());
    END IF;
END
$$;
)"));
    if (result.ok())
        return Result<>::done();
    return Result<>::failed(
        tr("The database's logging settings cannot be set (%1): run this as a PostgreSQL superuser.")
            .arg(result.error().message));
}

PgResult DatabaseRoles::revokeCatalogFunctions(const PgSession &session, const QString &which, const QString &grantees)
{
    // Revoked in this database only: each database has its own copy of pg_catalog's functions. `which` is a
    // condition on pg_proc AS p and `grantees` a list of roles, both constants of this program.
    const QString grant =
        grantees.isEmpty() ? QString()
                           : QStringLiteral("EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %1', f);").arg(grantees);
    return session.execScript(QStringLiteral(R"(
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc AS p
             WHERE p.pronamespace = 'pg_catalog'::regnamespace AND (%1)
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        %2
    END LOOP;
END
$$;
)")
                                  .arg(which, grant));
}

Result<> DatabaseRoles::closeLargeObjects(const PgSession &session)
{
    // Large objects are stored outside every table, so outside row-level security: nobody here needs them. libpq's
    // fast-path calls (lo_creat, lo_open, lowrite, as psql's \lo_import uses) check the same right.
    const PgResult result = revokeCatalogFunctions(
        session, QStringLiteral("p.proname LIKE 'lo\\_%' OR p.proname IN ('loread', 'lowrite')"));
    if (result.ok())
        return Result<>::done();
    return Result<>::failed(tr("Large objects cannot be closed to stations (%1): run this as a PostgreSQL superuser.")
                                .arg(result.error().message));
}

Result<> DatabaseRoles::closeSharedLocks(const PgSession &session)
{
    // Advisory locks are one namespace for every role of the database, and pg_locks shows their keys to everyone: a
    // station login with nobody signed in could take the 256 locks that notes take in turn by id (migration 4) and
    // hold them in an open transaction, and every organization's notes would wait; or take the migrator's. Only the
    // owner (migrations, maintenance) and wcn_functions (which takes them for the signed-in user's own organization,
    // wcn_note_lock in migration 14) may. The WAL position (how much every transaction wrote) is closed likewise:
    // it told whether an email typed at sign-in has an account.
    PgResult result = revokeCatalogFunctions(session, QStringLiteral("p.proname LIKE 'pg\\_%advisory\\_%'"),
                                             QStringLiteral("wcn_owner, wcn_functions"));
    if (result.ok())
        result = revokeCatalogFunctions(
            session,
            QStringLiteral("p.proname IN ('pg_current_wal_lsn', 'pg_current_wal_insert_lsn', "
                           "'pg_current_wal_flush_lsn', 'pg_stat_get_wal')"),
            QStringLiteral("wcn_owner")); // how far a standby is behind, on the administrator's Health page
    if (result.ok())
        result = session.exec(QStringLiteral("REVOKE SELECT ON pg_catalog.pg_stat_wal FROM PUBLIC"));
    if (result.ok())
        return Result<>::done();
    return Result<>::failed(tr("Advisory locks cannot be closed to stations (%1): run this as a PostgreSQL superuser.")
                                .arg(result.error().message));
}

Result<> DatabaseRoles::limitStationLogins(const PgSession &session)
{
    // Station logins made before these limits existed, or by hand, get them too (see stationLimits); and any that
    // gave itself a logging setting loses it. Only those that need it are altered: every test database's set-up runs
    // this, side by side, and two sessions altering one role at once fail ("tuple concurrently updated").
    QStringList limits;
    for (const auto &[name, value] : stationLimits)
        limits.append(QStringLiteral("%1=%2").arg(QString::fromLatin1(name), QString::fromLatin1(value)));
    QStringList overrides;
    for (const char *name : loggingOverrides)
        overrides.append(QString::fromLatin1(name));
    const PgResult members = session.exec(
        QStringLiteral("SELECT quote_ident(r.rolname) AS role FROM pg_roles AS r "
                       "JOIN pg_auth_members AS m ON m.member = r.oid "
                       "WHERE m.roleid = 'wcn_app'::regrole AND r.rolcanlogin AND NOT r.rolsuper "
                       "AND (NOT coalesce(r.rolconfig @> $1::text[], false) OR EXISTS ("
                       " SELECT FROM pg_db_role_setting AS s CROSS JOIN LATERAL unnest(s.setconfig) AS c "
                       " WHERE s.setrole = r.oid AND s.setdatabase IN (0, (SELECT oid FROM pg_database "
                       " WHERE datname = current_database())) AND split_part(c, '=', 1) = ANY ($2::text[]))) "
                       "ORDER BY r.rolname"),
        {QStringLiteral("{%1}").arg(limits.join(QLatin1Char(','))),
         QStringLiteral("{%1}").arg(overrides.join(QLatin1Char(',')))});
    if (!members.ok())
        return Result<>::failed(tr("The station logins cannot be listed (%1).").arg(members.error().message));
    QString statements;
    for (int row = 0; row < members.rowCount(); ++row)
        statements += stationLimitStatements(members.text(row, "role"));
    if (statements.isEmpty())
        return Result<>::done();
    const PgResult result = session.execScript(statements);
    if (result.ok())
        return Result<>::done();
    return Result<>::failed(tr("The station logins' time limits cannot be set (%1).").arg(result.error().message));
}

Result<> DatabaseRoles::closeOtherDatabases(const PgSession &session)
{
    // On the embedded server, which is ours alone: the station login reaches only the Write Care Notes database,
    // never `postgres` or `template1`, where every role may otherwise connect and make temporary tables.
    const PgResult result =
        session.execScript(QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC;\n"
                                          "REVOKE CONNECT, TEMPORARY ON DATABASE template1 FROM PUBLIC;"));
    if (result.ok())
        return Result<>::done();
    return Result<>::failed(
        tr("The server's other databases cannot be closed to stations (%1).").arg(result.error().message));
}

bool DatabaseRoles::isValidLoginName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("pg_"));
}

Result<> DatabaseRoles::createStationLogin(const PgSession &session, const QString &name, const QString &password)
{
    if (!isValidLoginName(name))
        return Result<>::refused(
            tr("\"%1\" cannot be a station login name: use lower-case letters, digits and underscores, starting "
               "with a letter (for example station_ward2).")
                .arg(name));
    if (password.size() < 12)
        return Result<>::refused(tr("A station's password must have at least 12 characters."));
    pg_conn *connection = session.connection();
    char *verifier =
        PQencryptPasswordConn(connection, password.toUtf8().constData(), name.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return Result<>::failed(tr("The station's password could not be prepared (%1).")
                                    .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    const QString hashed = QString::fromLatin1(verifier);
    PQfreemem(verifier);

    const QString role = escapedIdentifier(connection, name);
    const bool exists =
        session.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {name}).rowCount() == 1;
    if (exists) {
        const PgResult member = session.exec(
            QStringLiteral("SELECT pg_has_role($1, 'wcn_app', 'MEMBER') AND NOT rolsuper AND NOT rolbypassrls "
                           "AS station FROM pg_roles WHERE rolname = $1"),
            {name});
        if (member.text(0, "station") != QLatin1String("t"))

            return Result<>::refused(
                tr("A database role named %1 already exists and is not a station login: choose another name.")
                    .arg(name));
    }
    // A SCRAM verifier, not the password: it cannot be used to sign in, but a password can be guessed against it
    // offline, so the statement that carries it must not be logged or shown. A role's password cannot be a
    // parameter: as a superuser, this transaction alone logs and shows nothing (each SET LOCAL is its own statement,
    // so it is in force before the next one is logged). A CREATEROLE administrator cannot turn logging off; then
    // the server's settings decide (see the README).
    const QString statement =
        exists ? QStringLiteral("ALTER ROLE %1 WITH LOGIN PASSWORD '%2'").arg(role, hashed)
               : QStringLiteral("CREATE ROLE %1 WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOBYPASSRLS "
                                "PASSWORD '%2' IN ROLE wcn_app")
                     .arg(role, hashed);
    PgTransaction transaction(session);
    PgResult created = transaction.isActive() ? PgResult() : PgResult::failure(QStringLiteral("BEGIN failed"), {});
    if (created.ok() && isSuperuser(session)) {
        for (const char *quiet :
             {"SET LOCAL log_statement = 'none'", "SET LOCAL log_min_duration_statement = -1",
              "SET LOCAL log_min_error_statement = panic", "SET LOCAL log_min_messages = panic",
              "SET LOCAL track_activities = off", "SET LOCAL pg_stat_statements.track_utility = off"}) {
            created = session.exec(QString::fromLatin1(quiet));
            if (!created.ok())
                break;
        }
    }
    if (created.ok())
        created = session.execScript(statement);
    if (created.ok())
        created = session.execScript(stationLimitStatements(role));
    if (created.ok() && !transaction.commit())
        created = PgResult::failure(tr("the transaction could not be committed"), QStringLiteral("40000"));
    if (!created.ok())
        return created.error().sqlState == QLatin1String("42501")
                   ? Result<>::refused(tr("The database user in the connection settings may not create logins: run "
                                          "this as a PostgreSQL superuser or a role with CREATEROLE."))
                   : Result<>::failed(
                         tr("The station login %1 cannot be created (%2).").arg(name, created.error().message));
    return Result<>::done();
}
