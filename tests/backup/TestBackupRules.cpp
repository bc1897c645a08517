// The pure parts of backups: the moment a restore stops at as typed (every shape, the nights the clocks change, the
// microseconds PostgreSQL records), what pgBackRest's list of backups says, and the configuration file written and
// read back; when the embedded database's nightly backup is due and what its home screen warns of.

#include "backup/BackupConfiguration.h"
#include "backup/BackupInventory.h"
#include "backup/BackupRules.h"
#include "backup/RestoreTime.h"

#include <QTemporaryDir>
#include <QTest>

class TestBackupRules : public QObject
{
    Q_OBJECT

private:
    static QTimeZone london() { return QTimeZone(QByteArrayLiteral("Europe/London")); }
    static QDateTime utc(const char *text) { return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate); }

private slots:
    void restoreTimeReadsWhatAnAdministratorTypes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("target");
        // Winter: London is UTC.
        QTest::newRow("winter minutes") << "2026-12-06 14:30"
                                        << "2026-12-06 14:30:00.000000+00";
        QTest::newRow("winter seconds") << "2026-12-06 14:30:05"
                                        << "2026-12-06 14:30:05.000000+00";
        QTest::newRow("a T between") << "2026-12-06T14:30:05"
                                     << "2026-12-06 14:30:05.000000+00";
        // Summer: an hour ahead.
        QTest::newRow("summer") << "2026-07-01 14:30"
                                << "2026-07-01 13:30:00.000000+00";
        QTest::newRow("summer at midnight, the day before in UTC") << "2026-07-01 00:30"
                                                                   << "2026-06-30 23:30:00.000000+00";
        // Fractions kept to the microsecond, never rounded: a commit at .790609 stays after .7906.
        QTest::newRow("tenths") << "2026-12-06 14:30:05.1"
                                << "2026-12-06 14:30:05.100000+00";
        QTest::newRow("microseconds") << "2026-12-06 14:30:05.790609"
                                      << "2026-12-06 14:30:05.790609+00";
        QTest::newRow("one microsecond") << "2026-12-06 14:30:05.000001"
                                         << "2026-12-06 14:30:05.000001+00";
        // An offset or UTC given: taken as given, whatever the zone.
        QTest::newRow("Z") << "2026-07-01 14:30:00Z"
                           << "2026-07-01 14:30:00.000000+00";
        QTest::newRow("UTC") << "2026-07-01 14:30 UTC"
                             << "2026-07-01 14:30:00.000000+00";
        QTest::newRow("+01:00") << "2026-07-01 14:30:00+01:00"
                                << "2026-07-01 13:30:00.000000+00";
        QTest::newRow("+0100") << "2026-07-01 14:30:00+0100"
                               << "2026-07-01 13:30:00.000000+00";
        QTest::newRow("-05") << "2026-07-01 14:30:00-05"
                             << "2026-07-01 19:30:00.000000+00";
        QTest::newRow("a server's text") << "2026-12-06 11:38:44.202333+00:00"
                                         << "2026-12-06 11:38:44.202333+00";
        QTest::newRow("across midnight by the offset") << "2026-12-31 23:30:00-01:00"
                                                       << "2027-01-01 00:30:00.000000+00";
        // The night the clocks go back (25 October 2026, 02:00 BST -> 01:00 GMT): 01:30 happened twice.
        QTest::newRow("the first 01:30") << "2026-10-25 01:30+01:00"
                                         << "2026-10-25 00:30:00.000000+00";
        QTest::newRow("the second 01:30") << "2026-10-25 01:30+00:00"
                                          << "2026-10-25 01:30:00.000000+00";
        QTest::newRow("00:59 that night, once") << "2026-10-25 00:59"
                                                << "2026-10-24 23:59:00.000000+00";
        QTest::newRow("02:00 that night, once") << "2026-10-25 02:00"
                                                << "2026-10-25 02:00:00.000000+00";
        // The night they go forward (29 March 2026, 01:00 GMT -> 02:00 BST).
        QTest::newRow("00:59 before the gap") << "2026-03-29 00:59:59"
                                              << "2026-03-29 00:59:59.000000+00";
        QTest::newRow("02:00 after the gap") << "2026-03-29 02:00"
                                             << "2026-03-29 01:00:00.000000+00";
    }
    void restoreTimeReadsWhatAnAdministratorTypes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, target);
        const Result<RestoreTime> parsed = RestoreTime::parse(typed, london());
        QVERIFY2(parsed.ok(), qPrintable(parsed.message));
        QCOMPARE(parsed.value.target(), target);
    }

    void restoreTimeRefusesWhatIsNotOneMoment_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("twice") << "2026-10-25 01:30"
                               << "2026-10-25 01:30 happened twice in Europe/London: the clocks went back. Add +01:00 "
                                  "for the first time or +00:00 for the second.";
        QTest::newRow("twice, last second") << "2026-10-25 01:59:59"
                                            << "2026-10-25 01:59:59 happened twice in Europe/London: the clocks went "
                                               "back. Add +01:00 for the first time or +00:00 for the second.";
        QTest::newRow("twice, first second") << "2026-10-25 01:00"
                                             << "2026-10-25 01:00 happened twice in Europe/London: the clocks went "
                                                "back. Add +01:00 for the first time or +00:00 for the second.";
        QTest::newRow("skipped") << "2026-03-29 01:30"
                                 << "2026-03-29 01:30 did not happen in Europe/London: the clocks went forward over "
                                    "it. Give the time with its offset (for example +00:00).";
        QTest::newRow("skipped, first second") << "2026-03-29 01:00"
                                               << "2026-03-29 01:00 did not happen in Europe/London: the clocks went "
                                                  "forward over it. Give the time with its offset (for example "
                                                  "+00:00).";
        QTest::newRow("no time") << "2026-12-06"
                                 << "\"2026-12-06\" is not a date and time: write it as 2026-12-06 14:30 (seconds and "
                                    "an offset such as +01:00 may follow).";
        QTest::newRow("words") << "yesterday at two"
                               << "\"yesterday at two\" is not a date and time: write it as 2026-12-06 14:30 (seconds "
                                  "and an offset such as +01:00 may follow).";
        QTest::newRow("seven decimals") << "2026-12-06 14:30:05.1234567"
                                        << "\"2026-12-06 14:30:05.1234567\" is not a date and time: write it as "
                                           "2026-12-06 14:30 (seconds and an offset such as +01:00 may follow).";
        QTest::newRow("30 February") << "2026-02-30 10:00"
                                     << "\"2026-02-30 10:00\" is not a date and time that exists: write it as "
                                        "2026-12-06 14:30.";
        QTest::newRow("25 o'clock") << "2026-12-06 25:00"
                                    << "\"2026-12-06 25:00\" is not a date and time that exists: write it as "
                                       "2026-12-06 14:30.";
        QTest::newRow("offset too large") << "2026-12-06 10:00+15:00"
                                          << "\"+15:00\" is not an offset from UTC.";
    }
    void restoreTimeRefusesWhatIsNotOneMoment()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        const Result<RestoreTime> parsed = RestoreTime::parse(typed, london());
        QCOMPARE(int(parsed.outcome), int(Outcome::Refused));
        QCOMPARE(parsed.message, message);
    }

    void inventoryReadsPgBackRestsList()
    {
        // As pgBackRest 2.45 printed it for a full backup and an incremental on it (sizes shortened).
        const QByteArray json = R"([{"archive":[{"database":{"id":1,"repo-key":1},"id":"15-1",
            "max":"000000010000000000000007","min":"000000010000000000000002"}],
            "backup":[
            {"archive":{"start":"000000010000000000000002","stop":"000000010000000000000003"},"error":false,
             "info":{"delta":23213570,"repository":{"delta":3062540,"size":3062540},"size":23213570},
             "label":"20261206-113004F","timestamp":{"start":1796556604,"stop":1796556608},"type":"full"},
            {"archive":{"start":"000000010000000000000006","stop":"000000010000000000000006"},"error":false,
             "info":{"delta":100,"repository":{"delta":50,"size":4000},"size":23213600},
             "label":"20261206-113004F_20261207-010002I","timestamp":{"start":1796605202,"stop":1796605205},
             "type":"incr"}],
            "name":"writecarenotes","status":{"code":0,"message":"ok"}},
            {"name":"other","backup":[],"archive":[],"status":{"code":2,"message":"no valid backups"}}])";
        const Result<BackupInventory> read = BackupInventory::fromJson(json, QStringLiteral("writecarenotes"));
        QVERIFY2(read.ok(), qPrintable(read.message));
        const BackupInventory &inventory = read.value;
        QCOMPARE(inventory.statusCode, 0);
        QCOMPARE(inventory.statusMessage, QStringLiteral("ok"));
        QCOMPARE(inventory.walOldest, QStringLiteral("000000010000000000000002"));
        QCOMPARE(inventory.walNewest, QStringLiteral("000000010000000000000007"));
        QCOMPARE(inventory.sets.size(), 2);
        QCOMPARE(inventory.sets.at(0).label, QStringLiteral("20261206-113004F"));
        QCOMPARE(inventory.sets.at(0).type, QStringLiteral("full"));
        QCOMPARE(inventory.sets.at(0).started, QDateTime::fromSecsSinceEpoch(1796556604, Qt::UTC));
        QCOMPARE(inventory.sets.at(0).stopped, QDateTime::fromSecsSinceEpoch(1796556608, Qt::UTC));
        QCOMPARE(inventory.sets.at(0).size, 23213570);
        QCOMPARE(inventory.sets.at(0).repositorySize, 3062540);
        QCOMPARE(inventory.sets.at(1).type, QStringLiteral("incr"));
        QCOMPARE(inventory.newest()->label, QStringLiteral("20261206-113004F_20261207-010002I"));

        const Result<BackupInventory> other = BackupInventory::fromJson(json, QStringLiteral("other"));
        QVERIFY(other.ok());
        QCOMPARE(other.value.statusCode, 2);
        QVERIFY(other.value.sets.isEmpty());
        QVERIFY(!other.value.newest());

        QCOMPARE(BackupInventory::fromJson(json, QStringLiteral("missing")).message,
                 QStringLiteral("pgBackRest's repository has no backups of missing."));
        QCOMPARE(BackupInventory::fromJson("not json", QStringLiteral("writecarenotes")).message,
                 QStringLiteral("pgBackRest's list of backups could not be read."));
    }

    void aBackupWithPageErrorsIsNotTheNewestGood()
    {
        const QByteArray json = R"([{"name":"s","status":{"code":0,"message":"ok"},"archive":[],"backup":[
            {"label":"A","type":"full","error":false,"timestamp":{"start":10,"stop":20}},
            {"label":"B","type":"incr","error":true,"timestamp":{"start":30,"stop":40}}]}])";
        const Result<BackupInventory> read = BackupInventory::fromJson(json, QStringLiteral("s"));
        QVERIFY(read.ok());
        QCOMPARE(read.value.newest()->label, QStringLiteral("A"));
    }

    void theNightsBackupCountsFromTwoInTheMorning_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("night");
        const QTimeZone zone = london();
        auto at = [&](int y, int m, int d, int h, int min, int s = 0) {
            return QDateTime(QDate(y, m, d), QTime(h, min, s), zone);
        };
        QTest::newRow("just before two: last night's") << at(2026, 12, 7, 1, 59, 59) << at(2026, 12, 6, 2, 0);
        QTest::newRow("two exactly: tonight's") << at(2026, 12, 7, 2, 0) << at(2026, 12, 7, 2, 0);
        QTest::newRow("the afternoon") << at(2026, 12, 7, 15, 0) << at(2026, 12, 7, 2, 0);
        QTest::newRow("just after midnight, first of a month") << at(2027, 1, 1, 0, 5) << at(2026, 12, 31, 2, 0);
        // The clocks go forward at 01:00 GMT to 02:00 BST: two o'clock exists, an hour after one.
        QTest::newRow("clocks forward, after") << at(2026, 3, 29, 2, 30) << at(2026, 3, 29, 2, 0);
        QTest::newRow("clocks forward, before") << at(2026, 3, 29, 0, 59) << at(2026, 3, 28, 2, 0);
        // The clocks go back at 02:00 BST to 01:00 GMT: the repeated hour is before two.
        QTest::newRow("clocks back, first 01:30")
            << QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC).toTimeZone(zone) << at(2026, 10, 24, 2, 0);
        QTest::newRow("clocks back, second 01:30")
            << QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC).toTimeZone(zone) << at(2026, 10, 24, 2, 0);
        QTest::newRow("clocks back, two GMT") << at(2026, 10, 25, 2, 0) << at(2026, 10, 25, 2, 0);
    }
    void theNightsBackupCountsFromTwoInTheMorning()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, night);
        QCOMPARE(BackupRules::nightStarting(now).toUTC(), night.toUTC());
    }

    void aBackupIsDueEachNightAndAFullOneEachWeek_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("newest");
        QTest::addColumn<QDateTime>("newestFull");
        QTest::addColumn<QDateTime>("failedAt");
        QTest::addColumn<int>("due");
        const QTimeZone zone = london();
        // Monday 7 December 2026, 09:00: the night's backup counts from 02:00 today.
        const QDateTime now(QDate(2026, 12, 7), QTime(9, 0), zone);
        const QDateTime night(QDate(2026, 12, 7), QTime(2, 0), zone);
        const int nothing = int(BackupRules::Due::Nothing);
        const int full = int(BackupRules::Due::Full);
        const int incremental = int(BackupRules::Due::Incremental);
        const QDateTime none;
        QTest::newRow("never backed up") << now << none << none << none << full;
        QTest::newRow("taken at two exactly") << now << night << night.addDays(-1) << none << nothing;
        QTest::newRow("a second before two") << now << night.addSecs(-1) << night.addDays(-3) << none << incremental;
        // The week's full: due when the newest full is from before the night six nights ago.
        QTest::newRow("full six nights ago, exactly")
            << now << night.addDays(-1) << night.addDays(-6) << none << incremental;
        QTest::newRow("full a second earlier")
            << now << night.addDays(-1) << night.addDays(-6).addSecs(-1) << none << full;
        QTest::newRow("failed 59:59 ago")
            << now << night.addDays(-1) << night.addDays(-2) << now.addSecs(-3599) << nothing;
        QTest::newRow("failed an hour ago")
            << now << night.addDays(-1) << night.addDays(-2) << now.addSecs(-3600) << incremental;
        QTest::newRow("failed, never backed up") << now << none << none << now.addSecs(-60) << nothing;
    }
    void aBackupIsDueEachNightAndAFullOneEachWeek()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, newest);
        QFETCH(QDateTime, newestFull);
        QFETCH(QDateTime, failedAt);
        QFETCH(int, due);
        QCOMPARE(int(BackupRules::due(now, newest, newestFull, failedAt)), due);
    }

    void theHomeScreenWarnsWhatSomeoneMustSee()
    {
        const QDateTime now(QDate(2026, 12, 7), QTime(9, 0), london());
        BackupStatus status;
        status.configured = true;
        status.repository = QStringLiteral("/media/usb/backups");
        status.archiver.archiving = true;
        QCOMPARE(BackupRules::warnings(status, now),
                 QStringList{QStringLiteral("No backup of this database has been made yet.")});
        BackupSet newest;
        newest.stopped = now.addSecs(-BackupRules::staleAfterSeconds + 1);
        status.newest = newest;
        QCOMPARE(BackupRules::warnings(status, now), QStringList());
        // Two days exactly is already too old.
        status.newest->stopped = now.addSecs(-BackupRules::staleAfterSeconds);
        QCOMPARE(BackupRules::warnings(status, now).size(), 1);
        QVERIFY(BackupRules::warnings(status, now).first().startsWith(QStringLiteral("The newest backup is from ")));
        status.newest->stopped = now.addSecs(-3600);
        // Archiving that failed last, on the same disk, with a failure to report.
        status.archiver.lastArchivedAt = now.addSecs(-600);
        status.archiver.lastFailedAt = now.addSecs(-60);
        status.sameDiskAsData = true;
        status.problem = QStringLiteral("The backup into /media/usb/backups did not complete.");
        const QStringList all = BackupRules::warnings(status, now);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0), QStringLiteral("The last backup attempt failed: The backup into /media/usb/backups did "
                                           "not complete."));
        QVERIFY2(all.at(1).startsWith(QStringLiteral("Changes since the last backup are not reaching the backup "
                                                     "folder")),
                 qPrintable(all.at(1)));
        QVERIFY2(all.at(2).startsWith(QStringLiteral("The backups are on the same disk as the database "
                                                     "(/media/usb/backups)")),
                 qPrintable(all.at(2)));
        // Archived again after the failure: nothing about archiving.
        status.archiver.lastArchivedAt = now;
        QCOMPARE(BackupRules::warnings(status, now).size(), 2);
        // Waiting for a restart says so instead.
        status.restartPending = true;
        QVERIFY(BackupRules::warnings(status, now).at(1).startsWith(QStringLiteral("Every change is saved")));
        BackupStatus missing;
        missing.installed = false;
        QCOMPARE(BackupRules::warnings(missing, now).size(), 1);
        QVERIFY(BackupRules::warnings(missing, now).first().contains(QStringLiteral("pgbackrest")));
    }

    void configurationIsWrittenAndReadBack()
    {
        const QTemporaryDir folder;
        BackupConfiguration written;
        written.configFile = folder.filePath(QStringLiteral("writecarenotes-pgbackrest.conf"));
        written.repository = QStringLiteral("/mnt/backups/care home");
        written.retentionFull = 6;
        written.dataDirectory = QStringLiteral("/var/lib/postgresql/15/main");
        written.socketDirectory = QStringLiteral("/var/run/postgresql");
        written.port = 5433;
        written.user = QStringLiteral("postgres");
        written.database = QStringLiteral("carehome");
        QCOMPARE(written.unsafePathMessage(), QString());
        QFile file(written.configFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(written.fileText());
        file.close();

        const Result<BackupConfiguration> read = BackupConfiguration::read(written.configFile);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value.stanza, QStringLiteral("writecarenotes"));
        QCOMPARE(read.value.repository, written.repository);
        QCOMPARE(read.value.retentionFull, 6);
        QCOMPARE(read.value.dataDirectory, written.dataDirectory);
        QCOMPARE(read.value.socketDirectory, written.socketDirectory);
        QCOMPARE(read.value.port, 5433);
        QCOMPARE(read.value.user, written.user);
        QCOMPARE(read.value.database, written.database);
        QCOMPARE(read.value.lockDirectory(), folder.filePath(QStringLiteral("pgbackrest-lock")));
        QVERIFY(read.value.socketInFile);
        // The embedded server's socket changes at each start: its file names none, and reads back without one.
        BackupConfiguration embedded = written;
        embedded.socketInFile = false;
        QVERIFY(!embedded.fileText().contains("pg1-socket-path="));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(embedded.fileText());
        file.close();
        const Result<BackupConfiguration> perStart = BackupConfiguration::read(written.configFile);
        QVERIFY2(perStart.ok(), qPrintable(perStart.message));
        QVERIFY(!perStart.value.socketInFile);
        QCOMPARE(perStart.value.socketDirectory, QString());
        // Quoted for the server's shell, the path with a space in it too.
        QCOMPARE(written.archiveCommand(QStringLiteral("/usr/bin/pgbackrest")),
                 QStringLiteral("\"/usr/bin/pgbackrest\" --config=\"%1\" --stanza=writecarenotes archive-push \"%p\"")
                     .arg(written.configFile));
    }

    void configurationRefusesWhatTheShellOrPgBackRestWouldMisread_data()
    {
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("message");
        const QString path = QStringLiteral("The path %1 has a character (one of \" ' ` $ \\ =) that the database "
                                            "server's archive command or pgBackRest cannot take safely: choose a "
                                            "folder without it.");
        QTest::newRow("a dollar") << "/mnt/$HOME"
                                  << "carehome" << path.arg(QStringLiteral("/mnt/$HOME"));
        QTest::newRow("a quote") << "/mnt/it's"
                                 << "carehome" << path.arg(QStringLiteral("/mnt/it's"));
        QTest::newRow("an equals sign") << "/mnt/a=b"
                                        << "carehome" << path.arg(QStringLiteral("/mnt/a=b"));
        QTest::newRow("a backquote") << "/mnt/`x`"
                                     << "carehome" << path.arg(QStringLiteral("/mnt/`x`"));
        QTest::newRow("a database with a space")
            << "/mnt/b"
            << "care home"
            << QStringLiteral("The name care home may hold only letters, digits, - and _ for pgBackRest.");
    }
    void configurationRefusesWhatTheShellOrPgBackRestWouldMisread()
    {
        QFETCH(QString, repository);
        QFETCH(QString, database);
        QFETCH(QString, message);
        BackupConfiguration configuration;
        configuration.configFile = QStringLiteral("/etc/wcn/pgbackrest.conf");
        configuration.repository = repository;
        configuration.dataDirectory = QStringLiteral("/var/lib/postgresql/15/main");
        configuration.socketDirectory = QStringLiteral("/var/run/postgresql");
        configuration.user = QStringLiteral("postgres");
        configuration.database = database;
        QCOMPARE(configuration.unsafePathMessage(), message);
    }

    void aFileThatIsNotOursIsRefused()
    {
        const QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("pgbackrest.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[global]\nrepo1-path=/var/lib/pgbackrest\n");
        file.close();
        QCOMPARE(BackupConfiguration::read(path).message,
                 QStringLiteral("%1 is not a backup configuration written by Write Care Notes (it lacks the "
                                "repository, the data folder, the user or the database).")
                     .arg(path));
        QVERIFY(BackupConfiguration::read(folder.filePath(QStringLiteral("missing.conf")))
                    .message.startsWith(QStringLiteral("The backup configuration ")));
    }
};

QTEST_GUILESS_MAIN(TestBackupRules)
#include "TestBackupRules.moc"
