#include "DatabaseRoles.h"

#include "AppendOnlyGuard.h"
#include "PgSession.h"

#include <QRegularExpression>

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

} // namespace

bool DatabaseRoles::isSuperuser(const PgSession &session)
{
    return session.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).text(0, 0) ==
           QLatin1String("t");
}

bool DatabaseRoles::canActAsOwner(const PgSession &session)
{
    return session
               .exec(QStringLiteral("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1) "
                                    "AND pg_has_role(current_user, $1, 'MEMBER')"),
                     {QString::fromLatin1(ownerRole)})
               .text(0, 0) == QLatin1String("t");
}

QString DatabaseRoles::prepare(const PgSession &session)
{
    // Role and grant statements take no parameters; every name here is a constant of this program.
    const QString script = QStringLiteral(R"(
DO $$
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
    EXECUTE format('ALTER DATABASE %I OWNER TO wcn_owner', current_database());
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO wcn_app', current_database());
END
$$;
-- So that the owner may hand the functions stations call to wcn_functions.
GRANT wcn_functions TO wcn_owner;
-- The medical notes' master key is read by the server from a file: the owner's functions need to.
GRANT pg_read_server_files TO wcn_owner;
GRANT EXECUTE ON FUNCTION pg_catalog.pg_read_binary_file(text) TO wcn_owner;
)");
    const PgResult result = session.execScript(script);
    if (!result.ok())
        return tr("The database's roles cannot be set up (%1): run this as a PostgreSQL superuser.")
            .arg(result.error().message);
    // Only a superuser may change what is append-only, the owner included.
    return AppendOnlyGuard::install(session);
}

bool DatabaseRoles::isValidLoginName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("pg_"));
}

QString DatabaseRoles::createStationLogin(const PgSession &session, const QString &name, const QString &password)
{
    if (!isValidLoginName(name))
        return tr("\"%1\" cannot be a station login name: use lower-case letters, digits and underscores, starting "
                  "with a letter (for example station_ward2).")
            .arg(name);
    if (password.size() < 12)
        return tr("A station's password must have at least 12 characters.");
    pg_conn *connection = session.connection();
    char *verifier =
        PQencryptPasswordConn(connection, password.toUtf8().constData(), name.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return tr("The station's password could not be prepared (%1).")
            .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed());
    const QString hashed = QString::fromLatin1(verifier);
    PQfreemem(verifier);

    const QString role = escapedIdentifier(connection, name);
    const bool exists =
        session.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {name}).rowCount() == 1;
    if (exists) {
        const PgResult member = session.exec(
            QStringLiteral("SELECT pg_has_role($1, 'wcn_app', 'MEMBER') AND NOT rolsuper AND NOT rolbypassrls "
                           "FROM pg_roles WHERE rolname = $1"),
            {name});
        if (member.text(0, 0) != QLatin1String("t"))
            return tr("A database role named %1 already exists and is not a station login: choose another name.")
                .arg(name);
    }
    // A SCRAM verifier, not the password: it is safe in statement text (a verifier cannot be used to sign in).
    const QString statement =
        exists ? QStringLiteral("ALTER ROLE %1 WITH LOGIN PASSWORD '%2'").arg(role, hashed)
               : QStringLiteral("CREATE ROLE %1 WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOBYPASSRLS "
                                "PASSWORD '%2' IN ROLE wcn_app")
                     .arg(role, hashed);
    const PgResult created = session.execScript(statement);
    if (!created.ok())
        return created.error().sqlState == QLatin1String("42501")
                   ? tr("The database user in the connection settings may not create logins: run this as a "
                        "PostgreSQL superuser or a role with CREATEROLE.")
                   : tr("The station login %1 cannot be created (%2).").arg(name, created.error().message);
    return QString();
}
