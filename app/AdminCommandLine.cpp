#include "AdminCommandLine.h"

#include "ConnectionSettings.h"
#include "Migrator.h"
#include "PartitionMaintenance.h"
#include "ScopedConnection.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QSettings>

AdminCommandLine::AdminCommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int AdminCommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write Care Notes administration, for whoever runs the database server.\n\n"
           "Commands:\n"
           "  migrate    bring the database's schema up to date and print the version reached\n"
           "  status     print the schema versions applied and those still pending\n"
           "  maintain   create the monthly partitions for shift notes ahead of time\n\n"
           "Give the password through a .pgpass file or the PGPASSWORD variable rather than in --db, where other "
           "users of this computer could see it in the process list."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("db"),
                                      tr("The PostgreSQL database: a libpq connection string (\"host=... dbname=... "
                                         "user=... sslmode=...\") or a postgresql:// address. Default: "
                                         "database/conninfo in the settings file."),
                                      tr("conninfo"));
    parser.addOption(database);
    parser.addPositionalArgument(QStringLiteral("command"), tr("migrate, status or maintain"));
    parser.process(arguments); // --help and --version print and exit here

    const QStringList positional = parser.positionalArguments();
    static const QStringList commands = {QStringLiteral("migrate"), QStringLiteral("status"),
                                         QStringLiteral("maintain")};
    if (positional.size() != 1 || !commands.contains(positional.first())) {
        m_err << tr("Give one command: migrate, status or maintain (see --help).") << Qt::endl;
        return UsageError;
    }
    const QString conninfo = parser.isSet(database) ? parser.value(database)
                                                    : QSettings(QString::fromLatin1(Wcn::organizationName),
                                                                QString::fromLatin1(Wcn::applicationName))
                                                          .value(QStringLiteral("database/conninfo"))
                                                          .toString();
    if (conninfo.trimmed().isEmpty()) {
        m_err << tr("No database given: pass --db \"host=... dbname=...\" (see --help).") << Qt::endl;
        return UsageError;
    }
    QString error;
    const ConnectionSettings settings = ConnectionSettings::fromConnInfo(conninfo, &error);
    if (!settings.isValid()) {
        m_err << error << Qt::endl;
        return UsageError;
    }
    m_displayName = settings.displayName();
    if (parser.isSet(database) && !settings.value(QStringLiteral("password")).isEmpty())
        m_err << tr("Warning: a password given with --db can be read by other users of this computer in the process "
                    "list: use PGPASSWORD or a .pgpass file instead.")
              << Qt::endl;

    const ScopedConnection connection(settings, QStringLiteral("admin"));
    if (!connection.isOpen()) {
        m_err << connection.errorMessage() << Qt::endl;
        return Failure;
    }
    const QString command = positional.first();
    if (command == QLatin1String("migrate"))
        return migrate(connection.database());
    if (command == QLatin1String("status"))
        return status(connection.database());
    return maintain(connection.database());
}

int AdminCommandLine::migrate(const QSqlDatabase &db)
{
    const Migrator migrator;
    const MigrationOutcome outcome = migrator.migrate(db);
    if (!outcome.ok) {
        m_err << outcome.message << Qt::endl;
        return Failure;
    }
    for (const int version : outcome.applied) {
        for (const Migration &migration : migrator.migrations()) {
            if (migration.version == version)
                m_out << tr("Applied schema migration %1: %2").arg(version).arg(migration.description) << Qt::endl;
        }
    }
    if (outcome.applied.isEmpty())
        m_out << tr("The database is already at schema %1; nothing to do.").arg(outcome.toVersion) << Qt::endl;
    else
        m_out << tr("The database is at schema %1.").arg(outcome.toVersion) << Qt::endl;

    QString warning;
    if (PartitionMaintenance::ensureDailyRecordPartitions(db, &warning) < 0)
        m_err << warning << Qt::endl;
    return Success;
}

int AdminCommandLine::status(const QSqlDatabase &db)
{
    const SchemaStatus status = Migrator().status(db);
    m_out << tr("Database: %1").arg(m_displayName) << Qt::endl;
    m_out << tr("Schema: %1 (this program knows up to %2)").arg(status.currentVersion).arg(status.latestKnown)
          << Qt::endl;
    m_out << tr("Applied:") << Qt::endl;
    if (status.applied.isEmpty())
        m_out << tr("  none") << Qt::endl;
    for (const AppliedMigration &applied : status.applied) {
        m_out << tr("  %1  %2  by %3 with Write Care Notes %4  %5")
                     .arg(applied.version, 4)
                     .arg(applied.appliedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")), applied.appliedBy,
                          applied.programVersion, applied.description)
              << Qt::endl;
    }
    m_out << tr("Pending:") << Qt::endl;
    if (status.pending.isEmpty())
        m_out << tr("  none") << Qt::endl;
    for (const Migration &migration : status.pending)
        m_out << tr("  %1  %2").arg(migration.version, 4).arg(migration.description) << Qt::endl;
    if (!status.ok) {
        m_err << status.message << Qt::endl;
        return Failure;
    }
    return Success;
}

int AdminCommandLine::maintain(const QSqlDatabase &db)
{
    QString error;
    const int created = PartitionMaintenance::ensureDailyRecordPartitions(db, &error);
    if (created < 0) {
        m_err << error << Qt::endl;
        return Failure;
    }
    m_out << tr("New monthly partitions for shift notes: %1.").arg(created) << Qt::endl;
    const QDate last = PartitionMaintenance::lastPartitionedMonth(db);
    if (last.isValid())
        m_out
            << tr("Shift notes have partitions up to %1.").arg(QLocale::c().toString(last, QStringLiteral("MMMM yyyy")))
            << Qt::endl;
    return Success;
}
