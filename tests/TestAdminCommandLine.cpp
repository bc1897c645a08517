#include "MigrationCatalog.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program as an administrator would, the password given through PGPASSWORD rather than the command line.
Run run(const QString &program, const QStringList &arguments, const QString &password = QString(),
        bool withoutDisplay = false)
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
        QVERIFY(help.out.contains(QStringLiteral("migrate    bring the database's schema up to date")));
        QVERIFY(help.out.contains(QStringLiteral("status     print the schema versions")));
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
        QCOMPARE(first.err, QString());
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
        const Run before = run(admin(), {QStringLiteral("status"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(before.out, QStringLiteral("Database: %1\nSchema: 0 (this program knows up to %2)\nApplied:\n  none\n"
                                            "Pending:\n%3")
                                 .arg(db.settings().displayName())
                                 .arg(latest)
                                 .arg(pending));

        QVERIFY(run(admin(), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfoOf(db)}, password).exitCode ==
                0);
        const Run after = run(admin(), {QStringLiteral("status"), QStringLiteral("--db"), conninfoOf(db)}, password);
        QCOMPARE(after.exitCode, 0);
        const PgResult times =
            db.session().exec(QStringLiteral("SELECT to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') "
                                             "FROM schema_versions ORDER BY version"));
        QString applied;
        for (int i = 0; i < migrations.size(); ++i)
            applied += QStringLiteral("  %1  %2 UTC  by wcn_owner with Write Care Notes %3  %4\n")
                           .arg(migrations.at(i).version, 4)
                           .arg(times.text(i, 0), QStringLiteral(WCN_VERSION_FOR_TESTS), migrations.at(i).description);
        QCOMPARE(after.out, QStringLiteral("Database: %1\nSchema: %2 (this program knows up to %2)\nApplied:\n%3"
                                           "Pending:\n  none\n")
                                .arg(db.settings().displayName())
                                .arg(latest)
                                .arg(applied));
    }

    void maintainKeepsPartitionsAhead()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QVERIFY(db.run(
            QStringLiteral("DROP TABLE daily_records_y%1")
                .arg(db.session()
                         .exec(QStringLiteral("SELECT to_char(current_date + interval '2 months', 'YYYY\"m\"MM')"))
                         .text(0, 0))));
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
                                "up to %1.\n")
                     .arg(lastMonth));
    }

    void refusesANewerSchemaWithTheSentence()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QVERIFY(db.run(QStringLiteral("INSERT INTO schema_versions (version, description, checksum, program_version) "
                                      "VALUES (7, 'from the future', repeat('b', 64), '9.0.0')")));
        const Run migrated = run(admin(), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfoOf(db)},
                                 db.settings().value(QStringLiteral("password")));
        QCOMPARE(migrated.exitCode, 1);
        QCOMPARE(migrated.out, QString());
        QCOMPARE(migrated.err,
                 QStringLiteral("The database is at schema 7 but this Write Care Notes knows only up to %1: "
                                "install the newer version.\n")
                     .arg(MigrationCatalog::builtIn().last().version));
    }

    void usageMistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList()
                                    << QStringLiteral("Give one command: migrate, status or maintain (see --help).\n");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("drop-everything")}
                                         << QStringLiteral(
                                                "Give one command: migrate, status or maintain (see --help).\n");
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
