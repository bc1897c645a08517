#include "database/DatabaseConnector.h"

#include "common/Version.h"
#include "database/PgSession.h"
#include "database/PostgresVersion.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcServerNotices, "wcn.database.notice", QtWarningMsg)

namespace {

const QString driverName = QStringLiteral("QPSQL");

// libpq prints server notices (NOTICE, WARNING) to stderr by default; route them through Qt's logging instead, so
// they can be turned on when wanted and never clutter a terminal or a test log.
void receiveNotice(void *, const PGresult *result)
{
    const char *severity = PQresultErrorField(result, PG_DIAG_SEVERITY_NONLOCALIZED);
    const char *text = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    if (severity && qstrcmp(severity, "WARNING") == 0)
        qCWarning(lcServerNotices, "%s: %s", severity, text ? text : "");
    else
        qCDebug(lcServerNotices, "%s: %s", severity ? severity : "NOTICE", text ? text : "");
}

// A station login may set defaults for its own role (ALTER ROLE ... SET), which every later session of that login,
// at every station, starts with: among them settings that write the values a session sends into the server's log
// (the parameters of a failing statement; plan trees, whose constants are the values). Whatever the role or the
// environment (PGOPTIONS) asked for, this connection puts nothing it sends there. A superuser (the administrator's
// command line) also sets log_parameter_max_length, which only a superuser may, against a role default of its own.
// Values out of the server's log, and times read in UTC (Qt 6.4's driver shifts timestamps when the session's zone
// differs from the client's). Set once connected rather than as a startup option: PgBouncer refuses "options".
bool keepValuesOutOfTheLog(PGconn *connection)
{
    PGresult *result = PQexec(connection, "SELECT set_config('TimeZone', 'UTC', false), "
                                          "set_config('log_parameter_max_length_on_error', '0', false), "
                                          "set_config('debug_print_parse', 'off', false), "
                                          "set_config('debug_print_rewritten', 'off', false), "
                                          "set_config('debug_print_plan', 'off', false), "
                                          "CASE WHEN r.rolsuper THEN set_config('log_parameter_max_length', '0', "
                                          "false) END FROM pg_catalog.pg_roles AS r WHERE r.rolname = current_user");
    const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK;
    PQclear(result);
    return ok;
}

} // namespace

Result<QSqlDatabase> DatabaseConnector::open(const ConnectionSettings &settings, const QString &connectionName)
{
    auto fail = [&](Result<QSqlDatabase> failure) {
        close(connectionName);
        return failure;
    };
    if (!settings.isValid())
        return fail(Result<QSqlDatabase>::failed(
            tr("No valid database connection is configured: check the connection settings.")));
    if (!QSqlDatabase::isDriverAvailable(driverName))
        return fail(Result<QSqlDatabase>::failed(
            tr("The PostgreSQL driver for Qt is not installed on this computer: install the package libqt6sql6-psql, "
               "then start Write Care Notes again.")));

    ConnectionSettings named = settings;
    // libpq waits for ever for a host that drops packets; a station must say within seconds that it cannot connect.
    if (named.value(QStringLiteral("connect_timeout")).isEmpty())
        named.setValue(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    // A network that drops mid-session would otherwise hold a statement (and the window) until the kernel gives up
    // on the connection, a quarter of an hour: notice within seconds, so notes go to the station's outbox instead.
    // (Ignored on Unix-domain sockets.)
    const std::pair<const char *, const char *> liveness[] = {{"keepalives", "1"},
                                                              {"keepalives_idle", "30"},
                                                              {"keepalives_interval", "10"},
                                                              {"keepalives_count", "3"},
                                                              {"tcp_user_timeout", "15000"}};
    for (const auto &[keyword, value] : liveness) {
        if (named.value(QLatin1String(keyword)).isEmpty())
            named.setValue(QLatin1String(keyword), QLatin1String(value));
    }
    if (named.value(QStringLiteral("application_name")).isEmpty())
        named.setValue(QStringLiteral("application_name"), QCoreApplication::applicationName().isEmpty()
                                                               ? QString::fromLatin1(Wcn::applicationName)
                                                               : QCoreApplication::applicationName());
    Result<QSqlDatabase> failure = Result<QSqlDatabase>::done();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName, connectionName);
        named.applyTo(db);
        if (!db.open()) {
            failure = Result<QSqlDatabase>::unreachable(connectFailureMessage(db.lastError().databaseText(), settings));
        } else if (PGconn *connection = PgSession::handleOf(db); !connection) {
            failure = Result<QSqlDatabase>::failed(tr("The PostgreSQL driver for Qt did not give access to its "
                                                      "connection: reinstall the package libqt6sql6-psql."));
        } else if (const int version = PQserverVersion(connection); !PostgresVersion::isSupported(version)) {
            failure = Result<QSqlDatabase>::refused(
                tr("The database server at %1 runs PostgreSQL %2, but Write Care Notes needs PostgreSQL %3 or newer: "
                   "ask whoever runs the database to upgrade it.")
                    .arg(settings.displayName(), PostgresVersion::displayOf(version))
                    .arg(PostgresVersion::minimumMajor));
        } else if (!keepValuesOutOfTheLog(connection)) {
            failure = Result<QSqlDatabase>::unreachable(
                connectFailureMessage(QString::fromUtf8(PQerrorMessage(connection)), settings));
        } else {
            PQsetNoticeReceiver(connection, receiveNotice, nullptr);
        }
    }
    if (!failure.ok())
        return fail(failure);
    return Result<QSqlDatabase>::done(QSqlDatabase::database(connectionName, false));
}

bool DatabaseConnector::reopen(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return false;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    // Closing invalidates the queries of the lost connection; the driver's own set-up (encoding, date style, UTC)
    // runs again on open, which a bare PQreset would skip.
    db.close();
    if (!db.open())
        return false;
    PGconn *connection = PgSession::handleOf(db);
    if (!connection || !keepValuesOutOfTheLog(connection)) {
        db.close();
        return false;
    }
    PQsetNoticeReceiver(connection, receiveNotice, nullptr);
    return true;
}

void DatabaseConnector::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString DatabaseConnector::connectFailureMessage(const QString &libpqMessage, const ConnectionSettings &settings)
{
    const QString where = settings.displayName();
    const QString m = libpqMessage;
    auto has = [&m](const char *text) {
        return m.contains(QLatin1String(text), Qt::CaseInsensitive);
    };

    // libpq's and the server's English texts. Anything unrecognised still gets a sentence, with libpq's own words.
    if (has("password authentication failed") || has("authentication failed for user"))
        return tr("The database server at %1 refused the user name or password: check the connection settings, or "
                  "ask whoever runs the database.")
            .arg(where);
    if (has("no password supplied"))
        return tr("The database server at %1 asks for a password and none is set: add it to the connection settings "
                  "or to a .pgpass file.")
            .arg(where);
    if (has("database \"") && has("does not exist"))
        return tr("The database named in the settings does not exist on the server at %1: check the database name, "
                  "or ask whoever runs the database to create it.")
            .arg(where);
    if (has("role \"") && has("does not exist"))
        return tr("The database server at %1 does not know the user name in the settings: check it, or ask whoever "
                  "runs the database to create that login.")
            .arg(where);
    if (has("server does not support SSL"))
        return tr("The database server at %1 does not accept encrypted connections, but the settings require one "
                  "(sslmode=%2): ask whoever runs the database to turn on SSL, or change sslmode.")
            .arg(where, settings.value(QStringLiteral("sslmode")));
    if (has("certificate") || has("SSL error") || has("SSL SYSCALL"))
        return tr("The encrypted connection to the database server at %1 could not be set up (the server's "
                  "certificate is not trusted or could not be checked): check sslmode and sslrootcert in the "
                  "connection settings.")
            .arg(where);
    if (has("no pg_hba.conf entry"))
        return tr("The database server at %1 does not accept connections from this computer or user: ask whoever "
                  "runs the database to allow it.")
            .arg(where);
    if (has("too many clients") || has("remaining connection slots"))
        return tr("The database server at %1 has no free connections: close Write Care Notes on a station that is "
                  "not in use, or ask whoever runs the database to allow more connections.")
            .arg(where);
    if (has("starting up") || has("shutting down") || has("in recovery mode"))
        return tr("The database server at %1 is starting up or shutting down: wait a minute, then try again.")
            .arg(where);
    if (has("could not translate host name") || has("Name or service not known") || has("nodename nor servname"))
        return tr("The database server name in the settings (%1) cannot be found: check the host name, and that "
                  "this computer is connected to the network.")
            .arg(settings.value(QStringLiteral("host")));
    if (has("timeout expired"))
        return tr("The database server at %1 did not answer in time: check the network connection, then try again.")
            .arg(where);
    if (has("Connection refused") || has("No such file or directory") || has("could not connect") ||
        has("Network is unreachable") || has("No route to host"))
        return tr("Write Care Notes cannot reach the database server at %1: check that the server is running and "
                  "that this computer is connected to the network, then try again.")
            .arg(where);
    if (has("Permission denied"))
        return tr("This computer's user may not open the connection to the database server at %1: check the "
                  "socket folder's permissions.")
            .arg(where);
    const QString firstLine = m.section(QLatin1Char('\n'), 0, 0).trimmed();
    return tr("Write Care Notes could not connect to the database server at %1 (%2): check the connection settings, "
              "then try again.")
        .arg(where, firstLine);
}
