#include "ServerTemporaryDir.h"
#include "StationConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/MigrationCatalog.h"
#include "database/ScopedConnection.h"
#include "server/ServerAccount.h"
#include "session/MedicalNotesKeys.h"
#include "session/RecoveryKey.h"
#include "session/UserSession.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program as an administrator would, the password given through PGPASSWORD rather than the command line.
Run run(const QString &program, const QStringList &arguments, const QString &password = QString(),
        bool withoutDisplay = false, const QByteArray &input = QByteArray())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    if (withoutDisplay) {
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString admin()
{
    return QStringLiteral(WCN_ADMIN_EXECUTABLE);
}

QString conninfoOf(const TestDatabase &db)
{
    return db.settings().toConnInfo(false);
}

} // namespace

class TestAdminCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersionWorkWithoutADatabaseOrADisplay()
    {
        const Run help = run(admin(), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("  migrate                bring the database's schema up to date")));
        QVERIFY(help.out.contains(
            QStringLiteral("  status [--backup-config FILE]\n                         the schema versions")));
        QVERIFY(help.out.contains(QStringLiteral("  backup configure --repository FOLDER [--retention N]\n")));
        QVERIFY(help.out.contains(QStringLiteral("  create-station-login NAME")));
        QVERIFY(help.out.contains(QStringLiteral("--db <conninfo>")));
        const Run version = run(admin(), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QStringLiteral("writecarenotes-admin %1\n").arg(QStringLiteral(WCN_VERSION_FOR_TESTS)));

        const Run appVersion = run(QStringLiteral(WCN_APP_EXECUTABLE), {QStringLiteral("--version")}, {}, true);
        QCOMPARE(appVersion.exitCode, 0);
        QCOMPARE(appVersion.out, QStringLiteral("writecarenotes %1\n").arg(QStringLiteral(WCN_VERSION_FOR_TESTS)));
        const Run appHelp = run(QStringLiteral(WCN_APP_EXECUTABLE), {QStringLiteral("--help")}, {}, true);
        QCOMPARE(appHelp.exitCode, 0);
        QVERIFY(appHelp.out.contains(QStringLiteral("--db <conninfo>")));
        QVERIFY(appHelp.out.contains(QStringLiteral("--data-dir <folder>")));
    }

    void migrateBringsAnEmptyDatabaseUpToDateAndThenChangesNothing()
    {
        TestDatabase db(TestDatabase::Content::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const QString password = db.settings().value(QStringLiteral("password"));
        const QList<Migration> migrations = MigrationCatalog::builtIn();
        QString expected;
        for (const Migration &migration : migrations)
            expected +=
                QStringLiteral("Applied schema migration %1: %2\n").arg(migration.version).arg(migration.description);
        expected += QStringLiteral("The database is at schema %1.\n").arg(migrations.last().version);

        const Run first = run(admin(), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfoOf(db)}, password);
        // The test cluster is set up as a shared server usually is: the one thing migrate cannot set is said.
        QCOMPARE(first.err,
                 QStringLiteral("Warning: Every database role, station logins included, may connect to postgres, "
                                "template1 on this server and make temporary tables there. Unless something needs "
                                "it, as a superuser: REVOKE CONNECT, TEMPORARY ON DATABASE <name> FROM PUBLIC for "
                                "each.\n"));
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, expected);

        const Run second = run(admin(), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(
            second.out,
            QStringLiteral("The database is already at schema %1; nothing to do.\n").arg(migrations.last().version));
        QCOMPARE(db.session().exec(QStringLiteral("SELECT count(*) FROM schema_versions")).integer(0, 0),
                 migrations.size());
    }

    void statusPrintsAppliedAndPendingVersions()
    {
        TestDatabase db(TestDatabase::Content::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const QString password = db.settings().value(QStringLiteral("password"));
        const QList<Migration> migrations = MigrationCatalog::builtIn();
        const int latest = migrations.last().version;

        QString pending;
        for (const Migration &migration : migrations)
            pending += QStringLiteral("  %1  %2\n").arg(migration.version, 4).arg(migration.description);
        // The schema's part of status, before its health (TestPointInTimeRecovery and TestHealthRules try that).
        const auto schemaPart = [](const QString &out) {
            return out.left(out.indexOf(QStringLiteral("Health:\n")));
        };
        const Run before = run(admin(), {QStringLiteral("status"), QStringLiteral("--db"), conninfoOf(db)}, password);
        // The schema is behind, and the suite's cluster has no backups: both need attention.
        QCOMPARE(before.exitCode, 3);
        QVERIFY2(before.out.endsWith(QStringLiteral("Needs attention:\n  - The schema is at 0 and this program knows "
                                                    "%1: run writecarenotes-admin migrate.\n  - No backups are "
                                                    "configured: run writecarenotes-admin backup configure.\n")
                                         .arg(latest)),
                 qPrintable(before.out));
        QCOMPARE(schemaPart(before.out),
                 QStringLiteral("Database: %1\nSchema: 0 (this program knows up to %2)\nApplied:\n  none\n"
                                "Pending:\n%3")
                     .arg(db.settings().displayName())
                     .arg(latest)
                     .arg(pending));

        QVERIFY(run(admin(), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfoOf(db)}, password).exitCode ==
                0);
        const Run after = run(admin(), {QStringLiteral("status"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(after.exitCode, 3);
        QVERIFY2(after.out.endsWith(QStringLiteral("Needs attention:\n  - No backups are configured: run "
                                                   "writecarenotes-admin backup configure.\n")),
                 qPrintable(after.out));
        const PgResult times =
            db.session().exec(QStringLiteral("SELECT to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') "
                                             "FROM schema_versions ORDER BY version"));
        QString applied;
        for (int i = 0; i < migrations.size(); ++i)
            applied += QStringLiteral("  %1  %2 UTC  by wcn_owner with Write Care Notes %3  %4\n")
                           .arg(migrations.at(i).version, 4)
                           .arg(times.text(i, 0), QStringLiteral(WCN_VERSION_FOR_TESTS), migrations.at(i).description);
        QCOMPARE(schemaPart(after.out),
                 QStringLiteral("Database: %1\nSchema: %2 (this program knows up to %2)\nApplied:\n%3"
                                "Pending:\n  none\n")
                     .arg(db.settings().displayName())
                     .arg(latest)
                     .arg(applied));
    }

    void migrateAndStatusSayWhenTheAppendOnlyTablesHaveNoGuard()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const QString password = db.settings().value(QStringLiteral("password"));
        const QString warning = QStringLiteral("Warning: this database has no guard of its append-only tables");
        const Run guarded = run(admin(), {QStringLiteral("status"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(guarded.exitCode, 3); // no backups configured
        QVERIFY2(!guarded.err.contains(warning), qPrintable(guarded.err));

        // As if migrated by the owner alone: no superuser ever installed the guard.
        QVERIFY(db.run(QStringLiteral("DROP EVENT TRIGGER wcn_append_only_after_command")));
        const Run unguarded =
            run(admin(), {QStringLiteral("status"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(unguarded.exitCode, 3);
        QVERIFY2(unguarded.err.contains(warning), qPrintable(unguarded.err));
        const QString login = QStringLiteral("wcn_test_admin_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const QString loginPassword = QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(
            db.run(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE wcn_owner").arg(login, loginPassword)));
        ConnectionSettings asOwner = db.settings();
        asOwner.setValue(QStringLiteral("user"), login);
        const Run ownerMigrate =
            run(admin(), {QStringLiteral("migrate"), QStringLiteral("--db"), asOwner.toConnInfo(false)}, loginPassword);
        QVERIFY(db.run(QStringLiteral("DROP ROLE %1").arg(login)));
        QCOMPARE(ownerMigrate.exitCode, 0);
        QVERIFY2(ownerMigrate.err.contains(warning), qPrintable(ownerMigrate.err));

        // A superuser's migrate installs it again.
        const Run migrated =
            run(admin(), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(migrated.exitCode, 0);
        QVERIFY2(!migrated.err.contains(warning), qPrintable(migrated.err));
        QCOMPARE(
            db.session()
                .exec(QStringLiteral("SELECT count(*) FROM pg_event_trigger WHERE evtname LIKE 'wcn_append_only_%'"))
                .integer(0, 0),
            3);
    }

    void maintainKeepsPartitionsAhead()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        // The template was migrated when the suite began, perhaps last month (a run across midnight at a month's end):
        // its partitions are brought up to now first, so that only the one dropped below is missing.
        QVERIFY(db.run(QStringLiteral("SELECT ensure_daily_record_partitions()")));
        QVERIFY(db.run(
            QStringLiteral("DROP TABLE daily_records_y%1")
                .arg(db.session()
                         .exec(QStringLiteral("SELECT to_char(current_date + interval '2 months', 'YYYY\"m\"MM')"))
                         .text(0, 0))));
        // A table never analyzed has no row estimate (reltuples -1); maintain analyzes every table.
        QVERIFY(db.run(QStringLiteral("CREATE TABLE never_analyzed AS SELECT g FROM generate_series(1, 3) AS g")));
        QCOMPARE(db.text(QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'never_analyzed'")),
                 QStringLiteral("-1"));
        const Run maintained = run(admin(), {QStringLiteral("maintain"), QStringLiteral("--db"), conninfoOf(db)},
                                   db.settings().value(QStringLiteral("password")));
        QCOMPARE(maintained.err, QString());
        QCOMPARE(maintained.exitCode, 0);
        const QString lastMonth = db.session()
                                      .exec(QStringLiteral("SELECT to_char(date_trunc('month', current_date) + "
                                                           "interval '3 months', 'FMMonth YYYY')"))
                                      .text(0, 0);
        QCOMPARE(maintained.out,
                 QStringLiteral("New monthly partitions for shift notes: 1.\nShift notes have partitions "
                                "up to %1.\nAudit log entries sealed: 0.\nStatistics brought up to date (ANALYZE).\n")
                     .arg(lastMonth));
        QCOMPARE(db.text(QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'never_analyzed'")),
                 QStringLiteral("3"));
    }

    // maintain seals what the audit log gained; verify-audit recomputes each chain, prints its head, and names an
    // entry changed behind the append-only rule's back, with exit code 1.
    void maintainSealsAndVerifyAuditFindsTampering()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QVERIFY(db.run(QStringLiteral("INSERT INTO organizations (id, name) VALUES "
                                      "('00000000-0000-4000-8000-0000000000a1', 'Chain Care Ltd')")));
        QVERIFY(db.run(QStringLiteral("SELECT wcn_audit('00000000-0000-4000-8000-0000000000a1', NULL, 'st', "
                                      "'sign_in_failed', NULL, jsonb_build_object('n', g)) "
                                      "FROM generate_series(1, 3) AS g")));
        // The organization's own rows (its audit templates) come first (migration 28), its three failed sign-ins last.
        const int entries = db.session()
                                .exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE organization_id = "
                                                     "'00000000-0000-4000-8000-0000000000a1'"))
                                .integer(0, 0);
        QVERIFY(entries > 3);
        const QString password = db.settings().value(QStringLiteral("password"));
        const Run maintained =
            run(admin(), {QStringLiteral("maintain"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(maintained.exitCode, 0);
        QVERIFY2(maintained.out.endsWith(
                     QStringLiteral("Audit log entries sealed: %1.\nStatistics brought up to date (ANALYZE).\n")
                         .arg(entries)),
                 qPrintable(maintained.out));
        const QString head =
            db.session()
                .exec(QStringLiteral("SELECT encode(entry_hash, 'hex') FROM audit_log WHERE chain_position = $1"),
                      {entries})
                .text(0, 0);
        const Run verified =
            run(admin(), {QStringLiteral("verify-audit"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(verified.err, QString());
        QCOMPARE(verified.exitCode, 0);
        const QString chain = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
        QCOMPARE(
            verified.out,
            QStringLiteral("Chain Care Ltd: intact up to position %3, head %1:%3:%2\n").arg(chain, head).arg(entries));

        QVERIFY(db.run(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")));
        QVERIFY(db.run(QStringLiteral("UPDATE audit_log SET station = 'elsewhere' WHERE chain_position = 2")));
        QVERIFY(db.run(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")));
        const QString altered =
            db.session().exec(QStringLiteral("SELECT id FROM audit_log WHERE chain_position = 2")).text(0, 0);
        const Run tampered =
            run(admin(), {QStringLiteral("verify-audit"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(tampered.exitCode, 1);
        QCOMPARE(tampered.out, QStringLiteral("Chain Care Ltd: Entry %1 (position 2) does not match its seal: it was "
                                              "changed after it was sealed.\n"
                                              "Chain Care Ltd: NOT intact up to position %4, head %2:%4:%3\n")
                                   .arg(altered, chain, head)
                                   .arg(entries));

        // Rewritten from end to end, every hash made right again: intact in itself, but not the head kept elsewhere.
        QVERIFY(db.run(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")));
        for (int position = 2; position <= entries; ++position) {
            QVERIFY(db.run(QStringLiteral("UPDATE audit_log AS a SET previous_hash = p.entry_hash FROM audit_log AS p "
                                          "WHERE a.chain_position = %1 AND p.chain_position = %1 - 1")
                               .arg(position)));
            QVERIFY(db.run(QStringLiteral("UPDATE audit_log SET entry_hash = wcn_audit_entry_hash(previous_hash, "
                                          "audit_log) WHERE chain_position = %1")
                               .arg(position)));
        }
        QVERIFY(db.run(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")));
        const Run rewritten =
            run(admin(), {QStringLiteral("verify-audit"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(rewritten.exitCode, 0);
        const Run againstKept =
            run(admin(),
                {QStringLiteral("verify-audit"), QStringLiteral("--db"), conninfoOf(db),
                 QStringLiteral("--expect-head"), QStringLiteral("%1:%3:%2").arg(chain, head).arg(entries)},
                password);
        QCOMPARE(againstKept.exitCode, 1);
        QVERIFY2(againstKept.out.startsWith(
                     QStringLiteral("Chain Care Ltd: Entry %1 (position %2) is not the one whose hash was kept: the "
                                    "chain was rewritten from there.\n")
                         .arg(db.session()
                                  .exec(QStringLiteral("SELECT id FROM audit_log WHERE chain_position = $1"), {entries})
                                  .text(0, 0))
                         .arg(entries)),
                 qPrintable(againstKept.out));

        // The organization's row changed with its audit trigger off: named, and the exit code says so.
        QVERIFY(db.run(QStringLiteral("ALTER TABLE organizations DISABLE TRIGGER organizations_audit_row_change")));
        QVERIFY(db.run(QStringLiteral("UPDATE organizations SET registration_number = '99999999'")));
        QVERIFY(db.run(QStringLiteral("ALTER TABLE organizations ENABLE TRIGGER organizations_audit_row_change")));
        const Run rowChanged =
            run(admin(), {QStringLiteral("verify-audit"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(rowChanged.exitCode, 1);
        QVERIFY2(rowChanged.out.startsWith(
                     QStringLiteral("Chain Care Ltd: Row id %1 of organizations does not match its latest audit "
                                    "entry: it was changed while the audit triggers were off.\n")
                         .arg(chain)),
                 qPrintable(rowChanged.out));
    }

    void refusesANewerSchemaWithTheSentence()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        // One past the newest built-in migration (numbers may have gaps, so not a fixed number).
        const int newest = MigrationCatalog::builtIn().last().version;
        QVERIFY(db.run(QStringLiteral("INSERT INTO schema_versions (version, description, checksum, program_version) "
                                      "VALUES (%1, 'from the future', repeat('b', 64), '9.0.0')")
                           .arg(newest + 1)));
        const Run migrated = run(admin(), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfoOf(db)},
                                 db.settings().value(QStringLiteral("password")));
        QCOMPARE(migrated.exitCode, 1);
        QCOMPARE(migrated.out, QString());
        QCOMPARE(migrated.err,
                 QStringLiteral("The database is at schema %1 but this Write Care Notes knows only up to %2: "
                                "install the newer version.\n")
                     .arg(newest + 1)
                     .arg(newest));
    }

    void usageMistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString oneCommand =
            QStringLiteral("Give one command: migrate, status, maintain, create-organization, create-facility, "
                           "create-user, create-station-login, init-keys, rotate-keys, unlock-user, set-password, "
                           "list-users, verify-audit, restore-key, generate-data, backup, restore (see --help).\n");
        QTest::newRow("no command") << QStringList() << oneCommand;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("drop-everything")} << oneCommand;
        const QString backupNeeds = QStringLiteral("backup needs one of: configure, run, list, check (see --help).\n");
        QTest::newRow("backup alone") << QStringList{QStringLiteral("backup")} << backupNeeds;
        QTest::newRow("backup, unknown") << QStringList{QStringLiteral("backup"), QStringLiteral("erase")}
                                         << backupNeeds;
        QTest::newRow("backup, two") << QStringList{QStringLiteral("backup"), QStringLiteral("run"),
                                                    QStringLiteral("list")}
                                     << backupNeeds;
        QTest::newRow("retention not a number")
            << QStringList{QStringLiteral("backup"),       QStringLiteral("configure"),
                           QStringLiteral("--repository"), QStringLiteral("/srv/backups"),
                           QStringLiteral("--retention"),  QStringLiteral("all")}
            << QStringLiteral("--retention is a number of full backups, from 1 to 9999.\n");
        QTest::newRow("repository not a full path")
            << QStringList{QStringLiteral("backup"), QStringLiteral("configure"), QStringLiteral("--repository"),
                           QStringLiteral("backups")}
            << QStringLiteral("backup configure needs --repository FOLDER, a full path: a disk or network share other "
                              "than the server's own.\n");
        QTest::newRow("unknown backup type")
            << QStringList{QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("--type"),
                           QStringLiteral("weekly")}
            << QStringLiteral("--type is full, diff or incr (default incr: what changed since the last backup).\n");
        QTest::newRow("restore into nowhere")
            << QStringList{QStringLiteral("restore"), QStringLiteral("--to"), QStringLiteral("2026-12-06 14:30")}
            << QStringLiteral("restore needs --into FOLDER, a full path: a new folder for the restored database (the "
                              "server's own is never overwritten).\n");
        QTest::newRow("restore to a time and a backup")
            << QStringList{QStringLiteral("restore"),          QStringLiteral("--into"),
                           QStringLiteral("/srv/restored"),    QStringLiteral("--to"),
                           QStringLiteral("2026-12-06 14:30"), QStringLiteral("--backup"),
                           QStringLiteral("20261206-113004F")}
            << QStringLiteral("Give --to TIME or --backup LABEL, not both.\n");
        QTest::newRow("restore to no time")
            << QStringList{QStringLiteral("restore"), QStringLiteral("--into"), QStringLiteral("/srv/restored"),
                           QStringLiteral("--to"), QStringLiteral("yesterday")}
            << QStringLiteral("\"yesterday\" is not a date and time: write it as 2026-12-06 14:30 (seconds and an "
                              "offset such as +01:00 may follow).\n");
        QTest::newRow("no database") << QStringList{QStringLiteral("migrate")}
                                     << QStringLiteral("No database given: pass --db \"host=... dbname=...\" (see "
                                                       "--help).\n");
        QTest::newRow("bad conninfo")
            << QStringList{QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("host")}
            << QStringLiteral(
                   "The database connection setting is not valid (missing \"=\" after \"host\" in connection "
                   "info string): write it as keyword=value pairs such as \"host=db.example.org "
                   "dbname=carehome\" or as a postgresql:// address.\n");
    }
    void usageMistakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(admin(), arguments);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, message);
    }

    void warnsAboutAPasswordOnTheCommandLine()
    {
        const Run result =
            run(admin(), {QStringLiteral("status"), QStringLiteral("--db"),
                          QStringLiteral("host=/tmp/wcn-nowhere dbname=carehome user=admin password=x")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.err.startsWith(QStringLiteral("Warning: a password given with --db can be read by other users of "
                                                 "this computer in the process list: use PGPASSWORD or a .pgpass "
                                                 "file instead.\n")),
            qPrintable(result.err));
    }

    void theAppAnswersCommandLineMistakesWithoutADisplay()
    {
        const Run unknown = run(QStringLiteral(WCN_APP_EXECUTABLE), {QStringLiteral("--no-such-option")}, {}, true);
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err, QStringLiteral("writecarenotes: Unknown option 'no-such-option'.\n"));
    }

    void setsUpAnOrganizationItsHomesUsersAndStations()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const QString password = db.settings().value(QStringLiteral("password"));
        const QStringList dbArgs = {QStringLiteral("--db"), conninfoOf(db)};

        const Run organization =
            run(admin(), QStringList{QStringLiteral("create-organization"), QStringLiteral("Brookside Care")} + dbArgs,
                password);
        QCOMPARE(organization.err, QString());
        QCOMPARE(organization.exitCode, 0);
        const QString orgId =
            db.session().exec(QStringLiteral("SELECT id FROM organizations WHERE name = 'Brookside Care'")).text(0, 0);
        QCOMPARE(organization.out, QStringLiteral("Created the organization Brookside Care (id %1).\n").arg(orgId));

        const Run home = run(admin(),
                             QStringList{QStringLiteral("create-facility"), QStringLiteral("--organization"),
                                         QStringLiteral("Brookside Care"), QStringLiteral("Willow House")} +
                                 dbArgs,
                             password);
        QCOMPARE(home.exitCode, 0);
        QVERIFY(home.out.startsWith(QStringLiteral("Created the care home Willow House (id ")));

        // The password arrives on standard input, never on the command line.
        const Run user =
            run(admin(),
                QStringList{QStringLiteral("create-user"), QStringLiteral("--organization"), orgId,
                            QStringLiteral("--email"), QStringLiteral("Rhian.Testnurse@example.org"),
                            QStringLiteral("--first-name"), QStringLiteral("Rhian"), QStringLiteral("--last-name"),
                            QStringLiteral("Testnurse"), QStringLiteral("--role"), QStringLiteral("nurse"),
                            QStringLiteral("--facility"), QStringLiteral("Willow House")} +
                    dbArgs,
                password, false, "lavender-canal-teapot\n");
        QCOMPARE(user.err, QString());
        QCOMPARE(user.exitCode, 0);
        QVERIFY(user.out.endsWith(QStringLiteral("; they choose a new password at their first sign-in.\n")));

        const Run station = run(
            admin(), QStringList{QStringLiteral("create-station-login"), QStringLiteral("station_willow_1")} + dbArgs,
            password, false, "station-password-willow\n");
        QCOMPARE(station.err, QString());
        QCOMPARE(station.exitCode, 0);
        QCOMPARE(station.out, QStringLiteral("The station login station_willow_1 is ready: stations connect with "
                                             "\"user=station_willow_1\" and its password.\n"));

        // The station signs the new nurse in; she must choose her own password first.
        ConnectionSettings stationSettings = db.settings();
        stationSettings.setValue(QStringLiteral("user"), QStringLiteral("station_willow_1"));
        stationSettings.setValue(QStringLiteral("password"), QStringLiteral("station-password-willow"));
        const ScopedConnection stationConnection(stationSettings, QStringLiteral("willow"));
        QVERIFY2(stationConnection.isOpen(), qPrintable(stationConnection.status().message));
        QCOMPARE(UserSession::signIn(stationConnection.database(), QStringLiteral("rhian.testnurse@example.org"),
                                     QStringLiteral("lavender-canal-teapot"), QStringLiteral("willow station"))
                     .outcome,
                 SignInResult::Outcome::ChangePassword);
    }

    void refusesWeakPasswordsAndUnknownPlaces_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        const QStringList user = {QStringLiteral("create-user"),
                                  QStringLiteral("--email"),
                                  QStringLiteral("x@example.org"),
                                  QStringLiteral("--first-name"),
                                  QStringLiteral("X"),
                                  QStringLiteral("--last-name"),
                                  QStringLiteral("Y"),
                                  QStringLiteral("--role"),
                                  QStringLiteral("carer"),
                                  QStringLiteral("--all-facilities"),
                                  QStringLiteral("--organization")};
        QTest::newRow("short password") << (user + QStringList{QStringLiteral("Meadowbank Care Group")})
                                        << QByteArray("short\n")
                                        << QStringLiteral("The password needs at least 10 characters: a few words "
                                                          "strung together are easy to remember and hard to guess.\n");
        QTest::newRow("common password") << (user + QStringList{QStringLiteral("Meadowbank Care Group")})
                                         << QByteArray("Password123!\n")
                                         << QStringLiteral(
                                                "That password is one of the most common ones, so it is easy "
                                                "to guess: choose another.\n");
        QTest::newRow("unknown organization")
            << (user + QStringList{QStringLiteral("Nowhere Ltd")}) << QByteArray("lavender-canal-teapot\n")
            << QStringLiteral("There is no organization \"Nowhere Ltd\": give its "
                              "name or id as create-organization printed it.\n");
        QTest::newRow("bad station name")
            << QStringList{QStringLiteral("create-station-login"), QStringLiteral("Station 1")}
            << QByteArray("station-password-1\n")
            << QStringLiteral("\"Station 1\" cannot be a station login name: use "
                              "lower-case letters, digits and underscores, starting with "
                              "a letter (for example station_ward2).\n");
    }
    void refusesWeakPasswordsAndUnknownPlaces()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QVERIFY(db.run(QStringLiteral("INSERT INTO organizations (name) VALUES ('Meadowbank Care Group')")));
        const Run result = run(admin(), arguments + QStringList{QStringLiteral("--db"), conninfoOf(db)},
                               db.settings().value(QStringLiteral("password")), false, input);
        QCOMPARE(result.err, message);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(db.session().exec(QStringLiteral("SELECT count(*) FROM users")).integer(0, 0), 0);
    }

    void initKeysMakesTheKeyOnTheServerOnce()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QVERIFY(db.run(QStringLiteral("UPDATE system_settings SET master_key_file = NULL")));
        // A folder the database server's account may write to, as an administrator would prepare on the server.
        ServerTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result<ServerAccount> serverAccount = ServerAccount::forCurrentProcess();
        QVERIFY2(serverAccount.ok(), qPrintable(serverAccount.message));
        QVERIFY(serverAccount.value.takeOwnership(dir.path()));
        const QString keyFile = dir.filePath(QStringLiteral("master.key"));

        const QStringList arguments = {QStringLiteral("init-keys"), QStringLiteral("--key-file"), keyFile,
                                       QStringLiteral("--db"), conninfoOf(db)};
        const Run first = run(admin(), arguments, db.settings().value(QStringLiteral("password")));
        QCOMPARE(first.err, QString());
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, QStringLiteral("The master key of the medical notes is in %1 on the database server. Back "
                                           "it up apart from the database: without it no medical note can be read.\n")
                                .arg(keyFile));
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                    .match(QString::fromLatin1(key.readAll().trimmed()))
                    .hasMatch());
        QCOMPARE(key.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        const Result<> keys = MedicalNotesKeys::check(db.session());
        QVERIFY2(keys.ok(), qPrintable(keys.message));

        const Run again = run(admin(), arguments, db.settings().value(QStringLiteral("password")));
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err, QStringLiteral("This database already has its key file, %1: keys are set up once (use "
                                           "rotate-keys to change them).\n")
                                .arg(keyFile));
        const Run rotated = run(admin(), {QStringLiteral("rotate-keys"), QStringLiteral("--db"), conninfoOf(db)},
                                db.settings().value(QStringLiteral("password")));
        QCOMPARE(rotated.exitCode, 0);
        QCOMPARE(rotated.out,
                 QStringLiteral("Every organization has a new key; 0 medical notes were re-encrypted under it.\n"));
    }

    // Five wrong passwords lock any account, an administrator's too: whoever runs the server gets them back in.
    void aLockedOutAdministratorIsLetBackInFromTheCommandLine()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        TenantFixture fixture;
        const QString problem = fixture.create(db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString password = db.settings().value(QStringLiteral("password"));
        const QStringList dbArgs = {QStringLiteral("--db"), conninfoOf(db)};
        const QString email = fixture.emails.value(QStringLiteral("adminA"));
        const QString right = QString::fromLatin1(TenantFixture::password);
        const StationConnection station(fixture.stationSettings(db));
        auto lockOut = [&] {
            QStringList answers;
            for (int guess = 1; guess <= 5; ++guess)
                answers.append(station.signIn(email, QStringLiteral("wrong-guess-%1").arg(guess)).text(0, 0));
            answers.append(station.signIn(email, right).text(0, 0));
            return answers;
        };
        auto listed = [&] {
            const Run list =
                run(admin(),
                    QStringList{QStringLiteral("list-users"), QStringLiteral("--organization"), fixture.orgA} + dbArgs,
                    password);
            const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                if (line.contains(email))
                    return QStringLiteral("%1 %2").arg(list.exitCode).arg(line.section(QStringLiteral(" | "), 3));
            }
            return QStringLiteral("%1 (not listed) %2").arg(list.exitCode).arg(list.err);
        };
        QStringList lockedOut(4, QStringLiteral("invalid"));
        lockedOut << QStringLiteral("locked") << QStringLiteral("locked");
        QCOMPARE(lockOut(), lockedOut);
        QCOMPARE(listed().left(34), QStringLiteral("0 admin | active | locked until 20"));

        const Run unlocked = run(
            admin(), QStringList{QStringLiteral("unlock-user"), QStringLiteral("--email"), email} + dbArgs, password);
        QCOMPARE(unlocked.err, QString());
        QCOMPARE(unlocked.exitCode, 0);
        QCOMPARE(unlocked.out, QStringLiteral("%1 may sign in again: the failed sign-ins that locked the account no "
                                              "longer count.\n")
                                   .arg(email));
        QCOMPARE(station.signIn(email, right).text(0, 0), QStringLiteral("signed_in"));
        QCOMPARE(listed(), QStringLiteral("0 admin | active | not locked"));

        // Locked out again, with the password forgotten: a new one, to be changed at the next sign-in.
        QCOMPARE(lockOut(), lockedOut);
        const Run set =
            run(admin(), QStringList{QStringLiteral("set-password"), QStringLiteral("--email"), email} + dbArgs,
                password, false, "copper-meadow-lighthouse\n");
        QCOMPARE(set.err, QString());
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.out, QStringLiteral("The password of %1 is set; they choose a new one at their next sign-in. "
                                         "Their sessions and any lockout have ended.\n")
                              .arg(email));
        QCOMPARE(station.signIn(email, right).text(0, 0), QStringLiteral("invalid"));
        QCOMPARE(station.signIn(email, QStringLiteral("copper-meadow-lighthouse")).text(0, 0),
                 QStringLiteral("change_password"));
        const Run kept = run(admin(),
                             QStringList{QStringLiteral("set-password"), QStringLiteral("--email"), email,
                                         QStringLiteral("--no-change-needed")} +
                                 dbArgs,
                             password, false, "amber-orchard-teacup\n");
        QCOMPARE(kept.exitCode, 0);
        QCOMPARE(station.signIn(email, QStringLiteral("amber-orchard-teacup")).text(0, 0), QStringLiteral("signed_in"));

        // Nobody by that email, and a weak password: a sentence, nothing changed.
        const Run nobody = run(admin(),
                               QStringList{QStringLiteral("unlock-user"), QStringLiteral("--email"),
                                           QStringLiteral("nobody.here@example.org")} +
                                   dbArgs,
                               password);
        QCOMPARE(nobody.exitCode, 1);
        QCOMPARE(nobody.err, QStringLiteral("No user has the email nobody.here@example.org.\n"));
        const Run weak =
            run(admin(), QStringList{QStringLiteral("set-password"), QStringLiteral("--email"), email} + dbArgs,
                password, false, "short\n");
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(!weak.err.isEmpty());
        QCOMPARE(station.signIn(email, QStringLiteral("amber-orchard-teacup")).text(0, 0), QStringLiteral("signed_in"));
    }

    void restoreKeyPutsTheKeyBackOnlyFromACorrectRecoveryKeyAndNeverOverwrites()
    {
        ServerTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray key = QByteArray::fromHex("5e7a0c9d41b2f83640aa17c3e9d25b6f0e1d2c3b4a5968778695a4b3c2d1e0ff");
        const QString recovery = RecoveryKey::format(key);
        const QString path = dir.filePath(QStringLiteral("restored.key"));
        const QStringList arguments = {QStringLiteral("restore-key"), QStringLiteral("--key-file"), path};

        QString mistyped = recovery;
        mistyped[3] = mistyped[3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const Run wrong = run(admin(), arguments, {}, false, mistyped.toUtf8() + '\n');
        QCOMPARE(wrong.err, QStringLiteral("The recovery key does not match its last group, the check group: a "
                                           "character is mistyped. Compare each group with the paper and type it "
                                           "again.\n"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path));

        const Result<ServerAccount> found = ServerAccount::forCurrentProcess();
        QVERIFY2(found.ok(), qPrintable(found.message));
        const ServerAccount account = found.value;
        const Run restored = run(admin(), arguments, {}, false, recovery.toLower().toUtf8() + '\n');
        QCOMPARE(restored.err, QString());
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(restored.out, QStringLiteral("The master key of the medical notes is back in %1, readable by the %2 "
                                              "account only. Start Write Care Notes (or the database server) again.\n")
                                   .arg(path, account.userName()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), key.toHex() + '\n');
        file.close();
        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, 0600u);

        // Never over a key file that is there, even with a correct recovery key.
        const QByteArray other = RecoveryKey::format(QByteArray(32, '\x11')).toUtf8() + '\n';
        const Run again = run(admin(), arguments, {}, false, other);
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err, QStringLiteral("A key file %1 already exists; it is never overwritten: if it is the wrong "
                                           "one, move it elsewhere first.\n")
                                .arg(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), key.toHex() + '\n');

        const Run neither = run(admin(), {QStringLiteral("restore-key")}, {}, false, other);
        QCOMPARE(neither.exitCode, 2);
        QCOMPARE(neither.err, QStringLiteral("restore-key needs either --embedded (the database Write Care Notes keeps "
                                             "on this computer) or --key-file PATH (the file a server on this computer "
                                             "reads), not both.\n"));
        const Run help = run(admin(), {QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("  restore-key --embedded | --key-file PATH")));
    }

    void restoreKeyEmbeddedFindsTheKeyFolderTheApplicationUses()
    {
        // The application's settings file, as the application names it: writecarenotes/writecarenotes.conf.
        QTemporaryDir config;
        QVERIFY(config.isValid());
        ServerTemporaryDir keys;
        QVERIFY(keys.isValid());
        const QString keyFolder = keys.filePath(QStringLiteral("writecarenotes-keys"));
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("writecarenotes"))));
        QFile settings(config.filePath(QStringLiteral("writecarenotes/writecarenotes.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(QStringLiteral("[embedded]\nkeyDirectory=%1\n").arg(keyFolder).toUtf8());
        settings.close();
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
        const QByteArray key = QByteArray::fromHex("00ff00ff11ee11ee22dd22dd33cc33cc44bb44bb55aa55aa6699669977887788");
        const Run restored = run(admin(), {QStringLiteral("restore-key"), QStringLiteral("--embedded")}, {}, false,
                                 RecoveryKey::format(key).toUtf8() + '\n');
        qputenv("XDG_CONFIG_HOME", saved);
        QCOMPARE(restored.err, QString());
        QCOMPARE(restored.exitCode, 0);
        QFile file(keyFolder + QStringLiteral("/master.key"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), key.toHex() + '\n');
        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(keyFolder).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, 0700u);
    }

    void anUnreachableServerIsOneSentence()
    {
        const Run result = run(admin(), {QStringLiteral("status"), QStringLiteral("--db"),
                                         QStringLiteral("host=/tmp/wcn-nowhere dbname=carehome user=admin")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err,
                 QStringLiteral("Write Care Notes cannot reach the database server at this computer (socket "
                                "/tmp/wcn-nowhere), database carehome: check that the server is running "
                                "and that this computer is connected to the network, then try again.\n"));
    }
};

QTEST_GUILESS_MAIN(TestAdminCommandLine)
#include "TestAdminCommandLine.moc"
