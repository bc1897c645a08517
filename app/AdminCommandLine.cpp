#include "AdminCommandLine.h"

#include "BackupCommandLine.h"
#include "StatusReport.h"

#include "backup/BackupConfiguration.h"
#include "backup/RestoreTime.h"
#include "common/Clock.h"
#include "common/Version.h"
#include "database/AppendOnlyGuard.h"
#include "database/AuditChain.h"
#include "database/ConnectionSettings.h"
#include "database/DatabaseRoles.h"
#include "database/Migrator.h"
#include "database/PartitionMaintenance.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "database/ScopedConnection.h"
#include "organization/OrganizationSetup.h"
#include "server/EmbeddedServer.h"
#include "server/ServerAccount.h"
#include "server/ServerExposure.h"
#include "session/MedicalNotesKeys.h"
#include "session/PasswordRules.h"
#include "session/RecoveryKey.h"
#include "synthetic/SyntheticData.h"
#include "synthetic/SyntheticDataGenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimeZone>

#include <termios.h>
#include <unistd.h>

namespace {

const QStringList &commands()
{
    static const QStringList names = {
        QStringLiteral("migrate"),
        QStringLiteral("status"),
        QStringLiteral("maintain"),
        QStringLiteral("create-organization"),
        QStringLiteral("create-facility"),
        QStringLiteral("create-user"),
        QStringLiteral("create-station-login"),
        QStringLiteral("init-keys"),
        QStringLiteral("rotate-keys"),
        QStringLiteral("unlock-user"),
        QStringLiteral("set-password"),
        QStringLiteral("list-users"),
        QStringLiteral("verify-audit"),
        QStringLiteral("restore-key"),
        QStringLiteral("generate-data"),
        QStringLiteral("backup"),
        QStringLiteral("restore"),
    };
    return names;
}

// Turns the terminal's echo off for as long as it lives, when standard input is a terminal.
class EchoOff
{
public:
    EchoOff()
    {
        m_active = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

AdminCommandLine::AdminCommandLine(QTextStream &in, QTextStream &out, QTextStream &err)
    : m_in(in), m_out(out), m_err(err),
      m_database(QStringLiteral("db"),
                 tr("The PostgreSQL database: a libpq connection string (\"host=... dbname=... user=... "
                    "sslmode=...\") or a postgresql:// address. Default: database/conninfo in the settings file."),
                 tr("conninfo")),
      m_organization(QStringLiteral("organization"), tr("The organization, by name or id."), tr("organization")),
      m_email(QStringLiteral("email"), tr("The user's email address, with which they sign in."), tr("email")),
      m_firstName(QStringLiteral("first-name"), tr("The new user's first name."), tr("name")),
      m_lastName(QStringLiteral("last-name"), tr("The new user's surname."), tr("name")),
      m_role(QStringLiteral("role"), tr("The new user's role: carer, nurse, manager or admin."), tr("role")),
      m_facility(QStringLiteral("facility"), tr("A care home the new user works at, by name or id (repeat for more)."),
                 tr("facility")),
      m_allFacilities(QStringLiteral("all-facilities"),
                      tr("The new user works at every care home of the organization, present and future.")),
      m_keyFile(QStringLiteral("key-file"),
                tr("Where the database server keeps the master key of the medical notes: a full path on the server, "
                   "outside its data directory. Default (init-keys): beside the data directory. restore-key writes "
                   "this file."),
                tr("path")),
      m_noChangeNeeded(QStringLiteral("no-change-needed"),
                       tr("set-password: the user keeps the new password instead of choosing their own at their next "
                          "sign-in.")),
      m_embedded(QStringLiteral("embedded"),
                 tr("restore-key: for the database Write Care Notes keeps on this computer, in its own key folder.")),
      m_scale(QStringLiteral("scale"), tr("generate-data: how many care homes (default 1)."), tr("homes"),
              QStringLiteral("1")),
      m_seed(QStringLiteral("seed"), tr("generate-data: the same seed always gives the same data (default 1)."),
             tr("seed"), QStringLiteral("1")),
      m_days(QStringLiteral("days"), tr("generate-data: how many days of care, ending today (default 365)."),
             tr("days"), QStringLiteral("365")),
      m_residentsPerHome(QStringLiteral("residents-per-home"),
                         tr("generate-data: beds per home (default %1).").arg(SyntheticData::residentsPerHome),
                         tr("beds"), QString::number(SyntheticData::residentsPerHome)),
      m_homesPerOrganization(
          QStringLiteral("homes-per-organization"),
          tr("generate-data: care homes per organization (default %1).").arg(SyntheticData::homesPerOrganization),
          tr("homes"), QString::number(SyntheticData::homesPerOrganization)),
      m_expectHead(QStringLiteral("expect-head"),
                   tr("verify-audit: a head printed by an earlier verify-audit and kept elsewhere, as "
                      "CHAIN:POSITION:HASH (CHAIN: the organization's id, or none); the chain must still hold it. "
                      "May be given more than once."),
                   tr("head")),
      m_repository(QStringLiteral("repository"),
                   tr("backup configure: the folder pgBackRest keeps the backups and archived write-ahead log in (a "
                      "full path, on another disk or a network share)."),
                   tr("folder")),
      m_retention(QStringLiteral("retention"),
                  tr("backup configure: how many full backups to keep (default %1); the write-ahead log is kept back "
                     "to the oldest.")
                      .arg(BackupConfiguration::defaultRetention),
                  tr("count")),
      m_backupConfig(QStringLiteral("backup-config"),
                     tr("backup, restore: pgBackRest's configuration file for this server (default: "
                        "writecarenotes-pgbackrest.conf beside the server's data folder)."),
                     tr("file")),
      m_backupType(QStringLiteral("type"),
                   tr("backup run: full, diff (changed since the last full) or incr (changed since the last backup; "
                      "the default)."),
                   tr("type")),
      m_restoreTo(QStringLiteral("to"),
                  tr("restore: the moment to restore to, as \"2026-12-06 14:30\" in this computer's time zone, or "
                     "with an offset (\"2026-12-06 14:30:00+00:00\"). Default: the newest moment archived."),
                  tr("time")),
      m_restoreInto(QStringLiteral("into"), tr("restore: the new folder to restore the database into."), tr("folder")),
      m_backupLabel(QStringLiteral("backup"), tr("restore: a backup's label (from backup list), restored to its end."),
                    tr("label"))
{}

int AdminCommandLine::usage(const QString &message)
{
    m_err << message << Qt::endl;
    return UsageError;
}

std::optional<QString> AdminCommandLine::readPassword(const QString &prompt, bool confirm)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    auto ask = [&](const QString &question) -> std::optional<QString> {
        if (terminal)
            m_err << question << Qt::flush;
        QString line;
        {
            const EchoOff quiet;
            if (!m_in.readLineInto(&line))
                return std::nullopt;
        }
        if (terminal)
            m_err << Qt::endl;
        return line;
    };
    const std::optional<QString> first = ask(prompt);
    if (!first || !confirm || !terminal)
        return first;
    const std::optional<QString> second = ask(tr("Type it again: "));
    if (second != first) {
        m_err << tr("The two passwords are not the same.") << Qt::endl;
        return std::nullopt;
    }
    return first;
}

int AdminCommandLine::run(const QStringList &arguments)
{
    m_parser.setApplicationDescription(tr(
        "Write Care Notes administration, for whoever runs the database server.\n\n"
        "Commands:\n"
        "  migrate                bring the database's schema up to date and print the version reached\n"
        "  status [--backup-config FILE]\n"
        "                         the schema versions applied and pending, and the server's health: size, tables and "
        "partitions, connections, the oldest open transaction, standbys, the newest backup and archiving; exits 3 "
        "when something needs attention (for cron or monitoring)\n"
        "  maintain               create the monthly partitions for shift notes ahead of time, and seal new "
        "audit log entries into their organization's chain\n"
        "  create-organization NAME\n"
        "                         a new organization (a care group, or a single home's provider)\n"
        "  create-facility --organization ORG NAME\n"
        "                         a new care home of the organization\n"
        "  create-user --organization ORG --email EMAIL --first-name NAME --last-name NAME --role ROLE\n"
        "              [--facility FACILITY ...] [--all-facilities]\n"
        "                         a new user, with the password read from standard input; they change it at "
        "their first sign-in\n"
        "  create-station-login NAME\n"
        "                         the database login a station connects with (password from standard input)\n"
        "  init-keys [--key-file PATH]\n"
        "                         create the master key of the medical notes on the database server (once)\n"
        "  rotate-keys            new keys for every organization; every medical note re-encrypted under them\n"
        "  unlock-user --email EMAIL\n"
        "                         end the lockout after too many failed sign-ins of that user\n"
        "  set-password --email EMAIL [--no-change-needed]\n"
        "                         a new password for that user, read from standard input; they choose their own "
        "at their next sign-in unless --no-change-needed; ends their sessions and any lockout\n"
        "  verify-audit           recompute every organization's audit chain: name each entry altered, put in or "
        "taken out since it was sealed, and each audited row changed, put in or taken out without its entry; print "
        "each chain's head to keep elsewhere\n"
        "  list-users [--organization ORG]\n"
        "                         every user: name, email, role, whether active, and until when locked out\n"
        "  restore-key --embedded | --key-file PATH\n"
        "                         put the master key back from the recovery key (read from standard input) into a "
        "new file, for the database on this computer (--embedded) or a server on this computer\n"
        "  backup configure --repository FOLDER [--retention N]\n"
        "                         WAL archiving and backups of this server with pgBackRest into FOLDER (run on "
        "the server's computer, as root or the server's account, connected as a superuser)\n"
        "  backup run [--type full|diff|incr]\n"
        "                         take a backup now (from cron: nightly incr, weekly full)\n"
        "  backup list            the backups kept, and what the server last archived\n"
        "  backup check           that the server's write-ahead log reaches the repository\n"
        "  restore --into FOLDER [--to TIME | --backup LABEL] [--backup-config FILE]\n"
        "                         restore into a new folder (never over the server's own), to a moment, start it "
        "privately and check it (schema, audit chains); --db is not needed when the server is gone\n"
        "  generate-data [--scale N] [--seed S] [--days D] [--residents-per-home R] [--homes-per-organization G]\n"
        "                         fill a new database with a fictional data set for measuring: N homes of R "
        "residents in groups of G homes, their staff and D days of their care, the same for the same seed\n\n"
        "Give the database password through a .pgpass file or the PGPASSWORD variable rather than in --db, where "
        "other users of this computer could see it in the process list. Commands that set up roles and keys need "
        "a PostgreSQL superuser."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_database,
                         m_organization,
                         m_email,
                         m_firstName,
                         m_lastName,
                         m_role,
                         m_facility,
                         m_allFacilities,
                         m_keyFile,
                         m_noChangeNeeded,
                         m_embedded,
                         m_scale,
                         m_seed,
                         m_days,
                         m_residentsPerHome,
                         m_homesPerOrganization,
                         m_expectHead,
                         m_repository,
                         m_retention,
                         m_backupConfig,
                         m_backupType,
                         m_restoreTo,
                         m_restoreInto,
                         m_backupLabel});
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see the list above)."));
    m_parser.process(arguments); // --help and --version print and exit here

    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty() || !commands().contains(positional.first()))
        return usage(tr("Give one command: %1 (see --help).").arg(commands().join(QStringLiteral(", "))));
    const QString command = positional.first();
    const QStringList rest = positional.mid(1);
    const bool takesName = command == QLatin1String("create-organization") ||
                           command == QLatin1String("create-facility") ||
                           command == QLatin1String("create-station-login");
    const QStringList backupCommands = {QStringLiteral("configure"), QStringLiteral("run"), QStringLiteral("list"),
                                        QStringLiteral("check")};
    if (command == QLatin1String("backup")) {
        if (rest.size() != 1 || !backupCommands.contains(rest.first()))
            return usage(tr("backup needs one of: %1 (see --help).").arg(backupCommands.join(QStringLiteral(", "))));
    } else if (takesName ? rest.size() != 1 : !rest.isEmpty()) {
        return usage(takesName ? tr("%1 needs exactly one name (see --help).").arg(command)
                               : tr("%1 takes no further words (see --help).").arg(command));
    }
    if (command == QLatin1String("backup") || command == QLatin1String("restore")) {
        if (const QString mistake = backupUsageMistake(command == QLatin1String("backup") ? rest.first() : command);
            !mistake.isEmpty())
            return usage(mistake);
    }
    // A restore is often needed when the server is gone: its configuration file is then enough.
    if (command == QLatin1String("restore") && !m_parser.isSet(m_database))
        return backup(command, nullptr, qEnvironmentVariable("PGPASSWORD"));

    if (command == QLatin1String("restore-key"))
        return restoreKey(); // a file on this computer: no database needed, and its server may not start without it

    const QString conninfo = m_parser.isSet(m_database) ? m_parser.value(m_database)
                                                        : QSettings(QString::fromLatin1(Wcn::organizationName),
                                                                    QString::fromLatin1(Wcn::applicationName))
                                                              .value(QStringLiteral("database/conninfo"))
                                                              .toString();
    if (conninfo.trimmed().isEmpty())
        return usage(tr("No database given: pass --db \"host=... dbname=...\" (see --help)."));
    const Result<ConnectionSettings> parsed = ConnectionSettings::fromConnInfo(conninfo);
    if (!parsed.ok())
        return usage(parsed.message);
    const ConnectionSettings &settings = parsed.value;
    m_displayName = settings.displayName();
    if (m_parser.isSet(m_database) && !settings.value(QStringLiteral("password")).isEmpty())
        m_err << tr("Warning: a password given with --db can be read by other users of this computer in the process "
                    "list: use PGPASSWORD or a .pgpass file instead.")
              << Qt::endl;

    const ScopedConnection connection(settings, QStringLiteral("admin"));
    if (!connection.isOpen()) {
        m_err << connection.status().message << Qt::endl;
        return Failure;
    }
    const QSqlDatabase db = connection.database();
    const PgSession session(db);
    if (command == QLatin1String("migrate"))
        return migrate(db);
    const QString givenPassword = settings.value(QStringLiteral("password"));
    const QString password = givenPassword.isEmpty() ? qEnvironmentVariable("PGPASSWORD") : givenPassword;
    if (command == QLatin1String("status"))
        return status(db, password);
    if (command == QLatin1String("maintain"))
        return maintain(db);
    if (command == QLatin1String("create-organization"))
        return createOrganization(session, rest);
    if (command == QLatin1String("create-facility"))
        return createFacility(session, rest);
    if (command == QLatin1String("create-user"))
        return createUser(session);
    if (command == QLatin1String("create-station-login"))
        return createStationLogin(session, rest);
    if (command == QLatin1String("init-keys"))
        return initKeys(session);
    if (command == QLatin1String("unlock-user"))
        return unlockUser(session);
    if (command == QLatin1String("set-password"))
        return setPassword(session);
    if (command == QLatin1String("verify-audit"))
        return verifyAudit(db);
    if (command == QLatin1String("list-users"))
        return listUsers(session);
    if (command == QLatin1String("generate-data"))
        return generateData(session);
    if (command == QLatin1String("backup") || command == QLatin1String("restore"))
        return backup(command == QLatin1String("backup") ? rest.first() : command, &session, password);
    return rotateKeys(session);
}

int AdminCommandLine::migrate(const QSqlDatabase &db)
{
    const Migrator migrator;
    const Result<MigrationRun> migrated = migrator.migrate(db);
    if (!migrated.ok()) {
        m_err << migrated.message << Qt::endl;
        return Failure;
    }
    const MigrationRun &outcome = migrated.value;
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

    if (const Result<int> partitions = PartitionMaintenance::ensureDailyRecordPartitions(db); !partitions.ok())
        m_err << partitions.message << Qt::endl;
    if (!AppendOnlyGuard::isInstalled(PgSession(db)))
        m_err << AppendOnlyGuard::missingWarning() << Qt::endl;
    warnAboutExposure(PgSession(db));
    return Success;
}

int AdminCommandLine::status(const QSqlDatabase &db, const QString &password)
{
    const Result<SchemaStatus> read = Migrator().status(db);
    const SchemaStatus &status = read.value;
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
    warnAboutExposure(PgSession(db));
    if (!read.ok()) {
        m_err << read.message << Qt::endl;
        return Failure;
    }
    if (!AppendOnlyGuard::isInstalled(PgSession(db)))
        m_err << AppendOnlyGuard::missingWarning() << Qt::endl;
    QStringList attention;
    if (!StatusReport(m_out, m_err).print(db, m_parser.value(m_backupConfig), password, &attention))
        return Failure;
    return attention.isEmpty() ? Success : NeedsAttention;
}

int AdminCommandLine::maintain(const QSqlDatabase &db)
{
    const Result<int> created = PartitionMaintenance::ensureDailyRecordPartitions(db);
    if (!created.ok()) {
        m_err << created.message << Qt::endl;
        return Failure;
    }
    m_out << tr("New monthly partitions for shift notes: %1.").arg(created.value) << Qt::endl;
    const QDate last = PartitionMaintenance::lastPartitionedMonth(db);
    if (last.isValid())
        m_out
            << tr("Shift notes have partitions up to %1.").arg(QLocale::c().toString(last, QStringLiteral("MMMM yyyy")))
            << Qt::endl;
    const Result<qint64> sealed = AuditChain::seal(db);
    if (!sealed.ok()) {
        m_err << sealed.message << Qt::endl;
        return Failure;
    }
    m_out << tr("Audit log entries sealed: %1.").arg(sealed.value) << Qt::endl;
    if (const Result<> analyzed = PartitionMaintenance::analyze(db); !analyzed.ok()) {
        m_err << analyzed.message << Qt::endl;
        return Failure;
    }
    m_out << tr("Statistics brought up to date (ANALYZE).") << Qt::endl;
    return Success;
}

int AdminCommandLine::verifyAudit(const QSqlDatabase &db)
{
    QList<AuditChain::Head> kept;
    for (const QString &value : m_parser.values(m_expectHead)) {
        const QStringList parts = value.split(QLatin1Char(':'));
        bool number = false;
        const qint64 position = parts.value(1).toLongLong(&number);
        if (parts.size() != 3 || !number || position < 1 || parts.at(2).size() != 64)
            return usage(tr("--expect-head takes CHAIN:POSITION:HASH, as verify-audit printed it (see --help)."));
        kept.append({parts.at(0) == QLatin1String("none") ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                                                          : parts.at(0),
                     position, parts.at(2).toLatin1().toLower()});
    }
    const Result<QList<AuditChain::Verification>> verified = AuditChain::verifyAll(db, kept);
    if (!verified.ok()) {
        m_err << verified.message << Qt::endl;
        return Failure;
    }
    bool intact = true;
    for (const AuditChain::Verification &chain : verified.value) {
        const QString name = chain.name.isEmpty() ? tr("Entries of no organization") : chain.name;
        for (const AuditChain::Finding &finding : chain.findings)
            m_out << name << ": " << AuditChain::describe(finding) << Qt::endl;
        for (const AuditChain::RowFinding &finding : chain.rowFindings)
            m_out << name << ": " << AuditChain::describe(finding) << Qt::endl;
        intact = intact && chain.intact();
        m_out << tr("%1: %2 up to position %3, head %4:%3:%5")
                     .arg(name, chain.intact() ? tr("intact") : tr("NOT intact"))
                     .arg(chain.headPosition)
                     .arg(chain.chain.isEmpty() ? QStringLiteral("none") : chain.chain,
                          chain.headHash.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(chain.headHash))
              << Qt::endl;
    }
    return intact ? Success : Failure;
}

int AdminCommandLine::createOrganization(const PgSession &session, const QStringList &arguments)
{
    const Result<QString> created = OrganizationSetup::createOrganization(session, arguments.first());
    if (!created.ok()) {
        m_err << created.message << Qt::endl;
        return Failure;
    }
    m_out << tr("Created the organization %1 (id %2).").arg(arguments.first().trimmed(), created.value) << Qt::endl;
    return Success;
}

int AdminCommandLine::createFacility(const PgSession &session, const QStringList &arguments)
{
    if (!m_parser.isSet(m_organization))
        return usage(tr("create-facility needs --organization (see --help)."));
    const Result<QString> organization = OrganizationSetup::findOrganization(session, m_parser.value(m_organization));
    const Result<QString> created =
        organization.ok() ? OrganizationSetup::createFacility(session, organization.value, arguments.first())
                          : organization;
    if (!created.ok()) {
        m_err << created.message << Qt::endl;
        return Failure;
    }
    m_out << tr("Created the care home %1 (id %2).").arg(arguments.first().trimmed(), created.value) << Qt::endl;
    return Success;
}

int AdminCommandLine::createUser(const PgSession &session)
{
    for (const QCommandLineOption *required : {&m_organization, &m_email, &m_firstName, &m_lastName, &m_role}) {
        if (!m_parser.isSet(*required))
            return usage(tr("create-user needs --%1 (see --help).").arg(required->names().first()));
    }
    if (m_parser.isSet(m_allFacilities) == m_parser.isSet(m_facility))
        return usage(tr("create-user needs either --facility (one or more) or --all-facilities."));
    NewUser user;
    Result<QString> found = OrganizationSetup::findOrganization(session, m_parser.value(m_organization));
    user.organizationId = found.value;
    for (const QString &facility : m_parser.values(m_facility)) {
        if (!found.ok())
            break;
        found = OrganizationSetup::findFacility(session, user.organizationId, facility);
        user.facilityIds.append(found.value);
    }
    if (!found.ok()) {
        m_err << found.message << Qt::endl;
        return Failure;
    }
    user.email = m_parser.value(m_email);
    user.firstName = m_parser.value(m_firstName);
    user.lastName = m_parser.value(m_lastName);
    user.role = m_parser.value(m_role);
    user.allFacilities = m_parser.isSet(m_allFacilities);

    const std::optional<QString> password = readPassword(tr("Password for %1: ").arg(user.email), true);
    if (!password) {
        m_err << tr("No password was given on standard input.") << Qt::endl;
        return Failure;
    }
    PgTransaction transaction(session);
    Result<QString> created = OrganizationSetup::createUser(session, user, *password, true);
    if (created.ok() && !transaction.commit())
        created = Result<QString>::failed(tr("The user could not be saved: try again."));
    if (!created.ok()) {
        m_err << created.message << Qt::endl;
        return Failure;
    }
    m_out << tr("Created the user %1 (id %2); they choose a new password at their first sign-in.")
                 .arg(user.email.trimmed(), created.value)
          << Qt::endl;
    return Success;
}

int AdminCommandLine::createStationLogin(const PgSession &session, const QStringList &arguments)
{
    const std::optional<QString> password =
        readPassword(tr("Password for the station login %1: ").arg(arguments.first()), true);
    if (!password) {
        m_err << tr("No password was given on standard input.") << Qt::endl;
        return Failure;
    }
    const Result<> created = DatabaseRoles::createStationLogin(session, arguments.first(), *password);
    if (!created.ok()) {
        m_err << created.message << Qt::endl;
        return Failure;
    }
    m_out << tr("The station login %1 is ready: stations connect with \"user=%1\" and its password.")
                 .arg(arguments.first())
          << Qt::endl;
    return Success;
}

int AdminCommandLine::initKeys(const PgSession &session)
{
    if (!DatabaseRoles::isSuperuser(session))
        return usage(tr("init-keys writes a file on the database server, which only a PostgreSQL superuser may: "
                        "connect as one."));
    Result<> done = DatabaseRoles::prepare(session);
    QString path = m_parser.value(m_keyFile);
    if (done.ok() && path.isEmpty()) {
        const PgResult place = session.exec(QStringLiteral(
            "SELECT regexp_replace(current_setting('data_directory'), '/[^/]+/?$', '') || '/writecarenotes-' || "
            "current_database() || '-master.key' AS key_path"));
        path = place.text(0, "key_path");
    }
    if (done.ok())
        done = MedicalNotesKeys::createServerKeyFile(session, path);
    if (!done.ok()) {
        m_err << done.message << Qt::endl;
        return Failure;
    }
    m_out << tr("The master key of the medical notes is in %1 on the database server. Back it up apart from the "
                "database: without it no medical note can be read.")
                 .arg(path)
          << Qt::endl;
    return Success;
}

int AdminCommandLine::rotateKeys(const PgSession &session)
{
    const Result<int> reencrypted = MedicalNotesKeys::rotate(session);
    if (!reencrypted.ok()) {
        m_err << reencrypted.message << Qt::endl;
        return Failure;
    }
    m_out << tr("Every organization has a new key; %n medical note(s) were re-encrypted under it.", "",
                reencrypted.value)
          << Qt::endl;
    return Success;
}

int AdminCommandLine::unlockUser(const PgSession &session)
{
    if (!m_parser.isSet(m_email))
        return usage(tr("unlock-user needs --email (see --help)."));
    const QString email = m_parser.value(m_email).trimmed();
    const PgResult unlocked = session.exec(QStringLiteral("SELECT public.admin_unlock_user($1) AS unlocked"), {email});
    if (!unlocked.ok()) {
        m_err << unlocked.error().message << Qt::endl;
        return Failure;
    }
    if (unlocked.isNull(0, "unlocked")) {
        m_err << tr("No user has the email %1.").arg(email) << Qt::endl;
        return Failure;
    }
    m_out << tr("%1 may sign in again: the failed sign-ins that locked the account no longer count.").arg(email)
          << Qt::endl;
    return Success;
}

int AdminCommandLine::setPassword(const PgSession &session)
{
    if (!m_parser.isSet(m_email))
        return usage(tr("set-password needs --email (see --help)."));
    const QString email = m_parser.value(m_email).trimmed();
    const PgResult found = session.exec(
        QStringLiteral("SELECT user_id FROM public.user_credentials WHERE email_lower = lower($1)"), {email});
    if (!found.ok()) {
        m_err << found.error().message << Qt::endl;
        return Failure;
    }
    if (found.rowCount() != 1) {
        m_err << tr("No user has the email %1.").arg(email) << Qt::endl;
        return Failure;
    }
    const std::optional<QString> password = readPassword(tr("New password for %1: ").arg(email), true);
    if (!password) {
        m_err << tr("No password was given on standard input.") << Qt::endl;
        return Failure;
    }
    if (const Result<> local = PasswordRules::check(*password); !local.ok()) {
        m_err << local.message << Qt::endl;
        return Failure;
    }
    QString problem;
    const bool mustChange = !m_parser.isSet(m_noChangeNeeded);
    PgTransaction transaction(session);
    const PgResult set = session.exec(QStringLiteral("SELECT public.admin_set_password($1::uuid, $2, $3) AS problem"),
                                      {found.text(0, "user_id"), *password, mustChange});
    if (!set.ok())
        problem = set.error().message;
    else if (!set.isNull(0, "problem"))
        problem = PasswordRules::describe(set.text(0, "problem"));
    else if (!transaction.commit())
        problem = tr("The password could not be saved: try again.");
    if (!problem.isEmpty()) {
        m_err << problem << Qt::endl;
        return Failure;
    }
    m_out << (mustChange ? tr("The password of %1 is set; they choose a new one at their next sign-in. Their sessions "
                              "and any lockout have ended.")
                         : tr("The password of %1 is set. Their sessions and any lockout have ended."))
                 .arg(email)
          << Qt::endl;
    return Success;
}

int AdminCommandLine::listUsers(const PgSession &session)
{
    QString organization;
    if (m_parser.isSet(m_organization)) {
        const Result<QString> found = OrganizationSetup::findOrganization(session, m_parser.value(m_organization));
        if (!found.ok()) {
            m_err << found.message << Qt::endl;
            return Failure;
        }
        organization = found.value;
    }
    const PgResult users = session.exec(
        QStringLiteral("SELECT organization_name, first_name || ' ' || last_name AS name, email, role, active, "
                       "to_char(locked_until AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS locked_until "
                       "FROM public.admin_list_users($1::uuid)"),
        {organization.isEmpty() ? QVariant() : QVariant(organization)});
    if (!users.ok()) {
        m_err << users.error().message << Qt::endl;
        return Failure;
    }
    for (int row = 0; row < users.rowCount(); ++row) {
        const QString locked = users.isNull(row, "locked_until")
                                   ? tr("not locked")
                                   : tr("locked until %1 UTC").arg(users.text(row, "locked_until"));
        m_out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6")
                     .arg(users.text(row, "organization_name"), users.text(row, "name"), users.text(row, "email"),
                          users.text(row, "role"),
                          users.text(row, "active") == QLatin1String("t") ? tr("active") : tr("inactive"), locked)

              << Qt::endl;
    }
    if (users.rowCount() == 0)
        m_out << tr("No users.") << Qt::endl;
    return Success;
}

int AdminCommandLine::generateData(const PgSession &session)
{
    SyntheticDataGenerator::Options options;
    bool scaleOk = false;
    bool daysOk = false;
    bool bedsOk = false;
    bool groupOk = false;
    options.scale = m_parser.value(m_scale).toInt(&scaleOk);
    options.days = m_parser.value(m_days).toInt(&daysOk);
    options.residentsPerHome = m_parser.value(m_residentsPerHome).toInt(&bedsOk);
    options.homesPerOrganization = m_parser.value(m_homesPerOrganization).toInt(&groupOk);
    options.seed = m_parser.value(m_seed).trimmed();
    options.today = Clock::today();
    if (!scaleOk || !daysOk || !bedsOk || !groupOk)
        return usage(
            tr("--scale, --days, --residents-per-home and --homes-per-organization take whole numbers (see --help)."));
    if (const Result<> checked = SyntheticDataGenerator::checkOptions(options); !checked.ok())
        return usage(checked.message);
    SyntheticDataGenerator generator(session, options, [this](const QString &line) { m_out << line << Qt::endl; });
    if (const Result<> generated = generator.run(); !generated.ok()) {
        m_err << generated.message << Qt::endl;
        return Failure;
    }
    m_out << tr("Rows:") << Qt::endl;
    for (const auto &[table, rows] : generator.rowCounts())
        m_out << QStringLiteral("  %1 %2").arg(table, -24).arg(rows) << Qt::endl;
    m_out << tr("Database size: %1 MB").arg(QLocale::c().toString(generator.databaseSize() / 1048576.0, 'f', 1))
          << Qt::endl;
    return Success;
}

QString AdminCommandLine::backupUsageMistake(const QString &subcommand) const
{
    if (m_parser.isSet(m_retention)) {
        bool number = false;
        const int retention = m_parser.value(m_retention).toInt(&number);
        if (!number || retention < 1 || retention > 9999)
            return tr("--retention is a number of full backups, from 1 to 9999.");
    }
    if (subcommand == QLatin1String("configure") && !QDir::isAbsolutePath(m_parser.value(m_repository)))
        return tr("backup configure needs --repository FOLDER, a full path: a disk or network share other than the "
                  "server's own.");
    const QString type = m_parser.value(m_backupType);
    if (!type.isEmpty() && type != QLatin1String("full") && type != QLatin1String("diff") &&
        type != QLatin1String("incr"))
        return tr("--type is full, diff or incr (default incr: what changed since the last backup).");
    if (subcommand != QLatin1String("restore"))
        return {};
    if (!QDir::isAbsolutePath(m_parser.value(m_restoreInto)))
        return tr("restore needs --into FOLDER, a full path: a new folder for the restored database (the server's own "
                  "is never overwritten).");
    if (m_parser.isSet(m_restoreTo) && m_parser.isSet(m_backupLabel))
        return tr("Give --to TIME or --backup LABEL, not both.");
    if (m_parser.isSet(m_restoreTo)) {
        const Result<RestoreTime> parsed = RestoreTime::parse(m_parser.value(m_restoreTo), QTimeZone::systemTimeZone());
        if (!parsed.ok())
            return parsed.message;
    }
    return {};
}

int AdminCommandLine::backup(const QString &subcommand, const PgSession *session, const QString &password)
{
    BackupCommandLine::Request request;
    request.configFile = m_parser.value(m_backupConfig);
    request.repository = m_parser.value(m_repository);
    if (m_parser.isSet(m_retention)) {
        bool number = false;
        request.retention = m_parser.value(m_retention).toInt(&number);
        if (!number || request.retention < 1 || request.retention > 9999)
            return usage(tr("--retention is a number of full backups, from 1 to 9999."));
    }
    request.type = m_parser.value(m_backupType);
    request.to = m_parser.value(m_restoreTo);
    request.label = m_parser.value(m_backupLabel);
    request.into = m_parser.value(m_restoreInto);
    request.password = password;
    BackupCommandLine commands(m_out, m_err, request);
    if (subcommand == QLatin1String("restore"))
        return commands.restore(session);
    if (subcommand == QLatin1String("configure"))
        return commands.configure(*session);
    if (subcommand == QLatin1String("run"))
        return commands.runBackup(*session);
    if (subcommand == QLatin1String("list"))
        return commands.list(*session);
    return commands.check(*session);
}

void AdminCommandLine::warnAboutExposure(const PgSession &session)
{
    for (const QString &warning : ServerExposure::warnings(session))
        m_err << tr("Warning: %1").arg(warning) << Qt::endl;
}

int AdminCommandLine::restoreKey()
{
    if (m_parser.isSet(m_embedded) == m_parser.isSet(m_keyFile))
        return usage(tr("restore-key needs either --embedded (the database Write Care Notes keeps on this computer) "
                        "or --key-file PATH (the file a server on this computer reads), not both."));
    QString path;
    const Result<ServerAccount> forThisProcess = ServerAccount::forCurrentProcess();
    if (!forThisProcess.ok()) {
        m_err << forThisProcess.message << Qt::endl;
        return Failure;
    }
    const ServerAccount &account = forThisProcess.value;
    if (m_parser.isSet(m_embedded)) {
        path = EmbeddedServer::masterKeyPathFor(EmbeddedServer::defaultOptions());
        const QString folder = QFileInfo(path).absolutePath();
        // The application makes this folder at its first start; after a lost computer it may not exist yet.
        if (!QFileInfo::exists(folder) &&
            (!QDir().mkpath(folder) ||
             !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner) ||
             !account.takeOwnership(folder))) {
            m_err << tr("The key folder %1 cannot be created: check that its parent folder is writable.").arg(folder)
                  << Qt::endl;
            return Failure;
        }
    } else {
        path = m_parser.value(m_keyFile);
        if (!QDir::isAbsolutePath(path))
            return usage(tr("Give the key file as a full path (starting with /): the one the database names."));
    }
    if (QFileInfo::exists(path)) {
        m_err << tr("A key file %1 already exists; it is never overwritten: if it is the wrong one, move it elsewhere "
                    "first.")
                     .arg(path)
              << Qt::endl;
        return Failure;
    }
    // Shown as it is typed (unlike a password): it is copied from paper, and the check group, not secrecy at the
    // keyboard, is what catches a mistake.
    if (::isatty(STDIN_FILENO))
        m_err << tr("Type the recovery key (9 groups of 8 characters), then Enter: ") << Qt::flush;
    QString typed;
    if (!m_in.readLineInto(&typed)) {
        m_err << tr("No recovery key was given on standard input.") << Qt::endl;
        return Failure;
    }
    Result<QByteArray> key = RecoveryKey::parse(typed);
    typed.fill(QChar(0));
    if (!key.ok()) {
        m_err << key.message << Qt::endl;
        return Failure;
    }
    const Result<> written = MedicalNotesKeys::writeKeyFile(path, key.value, account);
    key.value.fill('\0');
    if (!written.ok()) {
        m_err << written.message << Qt::endl;
        return Failure;
    }
    m_out << tr("The master key of the medical notes is back in %1, readable by the %2 account only. Start Write "
                "Care Notes (or the database server) again.")
                 .arg(path, account.userName())
          << Qt::endl;
    return Success;
}
