#include "server/ServerExposure.h"

#include "database/PgSession.h"

QStringList ServerExposure::warnings(const PgSession &session)
{
    QStringList found;
    // As a new session of this database starts: the database's own setting (perhaps made after this session
    // started, by migrate on this very connection), else the server's.
    const PgResult settings = session.exec(QStringLiteral(
        "WITH db AS (SELECT split_part(c, '=', 1) AS name, substr(c, strpos(c, '=') + 1) AS value "
        " FROM pg_db_role_setting AS s CROSS JOIN LATERAL unnest(s.setconfig) AS c WHERE s.setrole = 0 "
        " AND s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())) "
        "SELECT p.name, coalesce(db.value, CASE WHEN p.source = 'session' THEN p.reset_val ELSE p.setting END) "
        "AS setting "
        "FROM pg_settings AS p LEFT JOIN db ON db.name = p.name WHERE p.name IN ('log_parameter_max_length', "
        "'log_parameter_max_length_on_error', 'debug_print_parse', 'debug_print_rewritten', 'debug_print_plan') "
        "UNION ALL SELECT 'auto_explain.log_min_duration', coalesce((SELECT value FROM db WHERE name = "
        "'auto_explain.log_min_duration'), current_setting('auto_explain.log_min_duration', true)) "
        "ORDER BY 1"));
    if (!settings.ok())
        return {tr("The server's logging settings cannot be read (%1).").arg(settings.error().message)};
    for (int row = 0; row < settings.rowCount(); ++row) {
        const QString name = settings.text(row, "name");
        const QString value = settings.text(row, "setting");
        if (name.startsWith(QLatin1String("log_parameter_max_length")) && value != QLatin1String("0"))
            found.append(tr("%1 is %2: when the server logs statements, it logs the values sent with them "
                            "(passwords, session tokens, medical text). Run \"writecarenotes-admin migrate\" as a "
                            "PostgreSQL superuser, which sets it to 0 for this database.")
                             .arg(name, value));
        else if (name.startsWith(QLatin1String("debug_print_")) && value == QLatin1String("on"))
            found.append(tr("%1 is on: the server logs every statement's tree with the values in it (passwords, "
                            "medical text). Turn it off for this database.")
                             .arg(name));
        else if (name == QLatin1String("auto_explain.log_min_duration") && !settings.isNull(row, "setting") &&
                 value != QLatin1String("-1"))
            found.append(tr("auto_explain logs plans in this database (auto_explain.log_min_duration is %1), with "
                            "the values they ran with (passwords, medical text): set it to -1 for this database "
                            "(migrate does so as a superuser).")
                             .arg(value));
    }

    // What a station login gave its own role, which every later session of it starts with.
    const PgResult overrides = session.exec(
        QStringLiteral("SELECT r.rolname, string_agg(c, ', ' ORDER BY c) AS settings FROM pg_roles AS r "
                       "JOIN pg_auth_members AS m ON m.member = r.oid AND m.roleid = 'wcn_app'::regrole "
                       "JOIN pg_db_role_setting AS s ON s.setrole = r.oid "
                       " AND s.setdatabase IN (0, (SELECT oid FROM pg_database WHERE datname = current_database())) "
                       "CROSS JOIN LATERAL unnest(s.setconfig) AS c "
                       "WHERE c ~ '^(log_parameter_max_length|log_parameter_max_length_on_error|debug_print_[a-z]+)=' "
                       "GROUP BY r.rolname ORDER BY r.rolname"));
    for (int row = 0; row < overrides.rowCount(); ++row)
        found.append(tr("The station login %1 has logging settings of its own (%2): someone with its password set "
                        "them. Write Care Notes sets them back on connecting; \"writecarenotes-admin migrate\" as a "
                        "superuser removes them. Consider a new password for the login.")
                         .arg(overrides.text(row, "rolname"), overrides.text(row, "settings")));

    // What migrate sets as a superuser, in case it was run as the owner only.
    const PgResult closed = session.exec(QStringLiteral(
        "SELECT has_function_privilege('public', 'pg_catalog.lo_create(oid)', 'EXECUTE') AS large_objects_open, "
        "(SELECT string_agg(r.rolname, ', ' ORDER BY r.rolname) FROM pg_roles AS r "
        " JOIN pg_auth_members AS m ON m.member = r.oid AND m.roleid = 'wcn_app'::regrole "
        " WHERE r.rolcanlogin AND NOT coalesce(r.rolconfig @> ARRAY['idle_in_transaction_session_timeout=1min', "
        " 'lock_timeout=10s', 'statement_timeout=2min'], false)) AS unlimited_logins"));
    if (closed.text(0, "large_objects_open") == QLatin1String("t"))
        found.append(tr("Every role may create large objects in this database, where row-level security does not "
                        "reach: run \"writecarenotes-admin migrate\" as a PostgreSQL superuser."));
    if (session
            .exec(QStringLiteral(
                "SELECT has_function_privilege('public', 'pg_catalog.pg_advisory_xact_lock(integer, integer)', "
                "'EXECUTE') AS advisory_locks_open"))
            .text(0, "advisory_locks_open") == QLatin1String("t"))
        found.append(tr("Every role may take advisory locks in this database, so a station login could hold up every "
                        "organization's shift notes: run \"writecarenotes-admin migrate\" as a PostgreSQL superuser."));
    if (!closed.isNull(0, "unlimited_logins"))
        found.append(tr("The station logins %1 have no time limits for abandoned transactions and lock waits: run "
                        "\"writecarenotes-admin migrate\" as a PostgreSQL superuser.")
                         .arg(closed.text(0, "unlimited_logins")));

    // The server's own databases, which exist everywhere (the others are the administrator's business).
    const PgResult open = session.exec(QStringLiteral("SELECT string_agg(datname, ', ' ORDER BY datname) AS "
                                                      "open_databases FROM pg_database WHERE datname IN ('postgres', "
                                                      "'template1') AND datname <> current_database() AND datallowconn "
                                                      "AND has_database_privilege('public', oid, 'CONNECT')"));
    if (open.ok() && !open.isNull(0, "open_databases"))
        found.append(tr("Every database role, station logins included, may connect to %1 on this server and make "
                        "temporary tables there. Unless something needs it, as a superuser: REVOKE CONNECT, "
                        "TEMPORARY ON DATABASE <name> FROM PUBLIC for each.")
                         .arg(open.text(0, "open_databases")));

    return found;
}
