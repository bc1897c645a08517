// Point-in-time recovery, proved on a cluster of this test's own, as an administrator does it from the command line:
// `writecarenotes-admin backup configure`, a restart, `backup check`, a full backup taken while a carer keeps saving
// notes, a moment T noted between two notes, the server lost with its master key, then `restore --to T` into a new
// folder and `restore-key` from the recovery key. The restored database holds exactly the notes committed before T,
// each once, and none after; the nurse reads the resident's medical notes with the restored key.

#include "ServerClock.h"
#include "SignedInConnection.h"
#include "TenantFixture.h"
#include "TestCluster.h"
#include "TestDatabase.h"
#include "backup/BackupConfiguration.h"
#include "backup/PgBackRest.h"
#include "backup/RestoreTime.h"
#include "clinical/ShiftPattern.h"
#include "common/Clock.h"
#include "database/DatabaseConnector.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"
#include "residents/ResidentStore.h"
#include "server/PostgresBinaries.h"
#include "server/PostgresCluster.h"
#include "server/ServerAccount.h"
#include "session/MedicalNotesKeys.h"
#include "session/RecoveryKey.h"
#include "session/StationSession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

class TestPointInTimeRecovery : public QObject
{
    Q_OBJECT

private:
    struct Ran
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_stateDirectory;
    QString m_state;
    TestCluster m_cluster;
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;

    PostgresCluster cluster(const QString &dataDirectory) const
    {
        return PostgresCluster(dataDirectory, PostgresBinaries::locate(m_cluster.binDirectory, 0).value,
                               ServerAccount::forCurrentProcess().value);
    }
    static bool runClusterTool(const QString &command, const QString &state)
    {
        QProcess tool;
        tool.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        tool.start(QStringLiteral(WCN_TEST_CLUSTER_TOOL), {command, state});
        return tool.waitForFinished(180000) && tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
    }
    QString conninfo() const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
            .arg(m_cluster.socketDirectory)
            .arg(m_cluster.port)
            .arg(m_db->name(), QString::fromLatin1(TestCluster::superuser));
    }
    QString configFile() const
    {
        return m_cluster.baseDirectory + QStringLiteral("/writecarenotes-data-pgbackrest.conf");
    }
    // The superuser's password reaches the program as an administrator's would: in PGPASSWORD.
    void startAdmin(QProcess &process, const QStringList &arguments, const QString &password = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), password.isEmpty() ? m_cluster.password : password);
        environment.insert(QStringLiteral("TZ"), QStringLiteral("Europe/London"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WCN_ADMIN_EXECUTABLE), arguments);
    }
    static Ran finish(QProcess &process)
    {
        Ran ran;
        const bool finished = process.state() == QProcess::NotRunning || process.waitForFinished(600000);
        if (finished && process.exitStatus() == QProcess::NormalExit)
            ran.exitCode = process.exitCode();
        ran.out = QString::fromUtf8(process.readAllStandardOutput());
        ran.err = QString::fromUtf8(process.readAllStandardError());
        return ran;
    }
    Ran admin(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        startAdmin(process, arguments);
        process.write(input);
        process.closeWriteChannel();
        return finish(process);
    }
    DailyNote note(const QString &narrative) const
    {
        DailyNote made;
        made.id = DailyNote::newId();
        made.residentId = m_fixture.resident("A1a");
        made.recordedAt = Clock::now();
        made.occurredAt = made.recordedAt.addSecs(-5 * 60);
        const ShiftOccurrence shift = ShiftPattern::standard().current(made.occurredAt);
        made.date = shift.date;
        made.shift = shift.shift;
        made.narrative = narrative;
        return made;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_stateDirectory.isValid());
        m_state = m_stateDirectory.filePath(QStringLiteral("pitr-cluster.ini"));
        QVERIFY2(runClusterTool(QStringLiteral("start"), m_state), "the test's own cluster did not start");
        qputenv("WCN_TEST_CLUSTER_STATE", m_state.toLocal8Bit());
        m_cluster = TestCluster::read(m_state);
        QVERIFY(m_cluster.isValid());
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
    }
    void cleanupTestCase()
    {
        m_db.reset();
        // The original may have been stopped as "lost"; the tool stops whatever runs and removes the folder.
        if (!cluster(m_cluster.dataDirectory).postmaster())
            QVERIFY(cluster(m_cluster.dataDirectory)
                        .start(m_cluster.socketDirectory, m_cluster.port, QStringLiteral("127.0.0.1"))
                        .ok());
        QVERIFY(runClusterTool(QStringLiteral("stop"), m_state));
    }

    // What would not be a backup is refused before anything is changed.
    void configureRefusesWhatWouldNotBeABackup()
    {
        const auto configure = [&](const QString &repository, const QString &conninfo) {
            return admin({QStringLiteral("backup"), QStringLiteral("configure"), QStringLiteral("--repository"),
                          repository, QStringLiteral("--db"), conninfo});
        };
        const Ran relative = configure(QStringLiteral("backups"), conninfo());
        QCOMPARE(relative.exitCode, 2);
        QCOMPARE(relative.err.trimmed(),
                 QStringLiteral("backup configure needs --repository FOLDER, a full path: a disk or network share "
                                "other than the server's own."));
        const QString inside = m_cluster.dataDirectory + QStringLiteral("/backups");
        const Ran inData = configure(inside, conninfo());
        QCOMPARE(inData.exitCode, 1);
        QCOMPARE(inData.err.trimmed(),
                 QStringLiteral("The backup folder %1 is inside the server's data folder: choose a folder elsewhere, "
                                "ideally on another disk.")
                     .arg(inside));
        // A station's login may not turn archiving on (nor learn where the data folder is).
        const ConnectionSettings station = m_fixture.stationSettings(*m_db);
        QProcess process;
        startAdmin(process,
                   {QStringLiteral("backup"), QStringLiteral("configure"), QStringLiteral("--repository"),
                    m_cluster.baseDirectory + QStringLiteral("/repository"), QStringLiteral("--db"),
                    QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                        .arg(m_cluster.socketDirectory)
                        .arg(m_cluster.port)
                        .arg(m_db->name(), station.value(QStringLiteral("user")))},
                   station.value(QStringLiteral("password")));
        const Ran asStation = finish(process);
        QCOMPARE(asStation.exitCode, 1);
        QCOMPARE(asStation.err.trimmed(),
                 QStringLiteral("Switching backups on changes the server's archiving settings, which only a "
                                "PostgreSQL superuser may: connect as one."));
        QVERIFY(!QFile::exists(configFile()));
        QVERIFY(!QFile::exists(inside));
        QVERIFY(!QFile::exists(m_cluster.baseDirectory + QStringLiteral("/repository")));
        const Ran checkedFirst =
            admin({QStringLiteral("backup"), QStringLiteral("check"), QStringLiteral("--db"), conninfo()});
        QCOMPARE(checkedFirst.exitCode, 1);
        QVERIFY2(
            checkedFirst.err.startsWith(QStringLiteral("The backup configuration %1 cannot be read").arg(configFile())),
            qPrintable(checkedFirst.err));
    }

    void restoresExactlyTheNotesCommittedBeforeTheMoment()
    {
        // Backups configured by the administrator; archiving starts with the restart it asks for.
        const QString repository = m_cluster.baseDirectory + QStringLiteral("/repository");
        const Ran configured = admin({QStringLiteral("backup"), QStringLiteral("configure"),
                                      QStringLiteral("--repository"), repository, QStringLiteral("--db"), conninfo()});
        QVERIFY2(configured.exitCode == 0, qPrintable(configured.err));
        QVERIFY2(configured.out.contains(QStringLiteral("Restart the database server now")),
                 qPrintable(configured.out));
        QVERIFY(QFile::exists(configFile()));
        QVERIFY(cluster(m_cluster.dataDirectory).stop().ok());
        QVERIFY(cluster(m_cluster.dataDirectory)
                    .start(m_cluster.socketDirectory, m_cluster.port, QStringLiteral("127.0.0.1"))
                    .ok());
        QSqlDatabase superuser = m_db->connection();
        superuser.close();
        QVERIFY(superuser.open());
        const Ran checked =
            admin({QStringLiteral("backup"), QStringLiteral("check"), QStringLiteral("--db"), conninfo()});
        QCOMPARE(checked.err, QString());
        QCOMPARE(checked.exitCode, 0);
        // Archiving works, but no backup yet: status says so, with the exit code monitoring acts on.
        const Ran noBackupYet = admin({QStringLiteral("status"), QStringLiteral("--db"), conninfo()});
        QCOMPARE(noBackupYet.exitCode, 3);
        QVERIFY2(noBackupYet.out.endsWith(QStringLiteral("Needs attention:\n  - No backup has been taken yet: run "
                                                         "writecarenotes-admin backup run --type full.\n")),
                 qPrintable(noBackupYet.out));
        QVERIFY2(noBackupYet.out.contains(QStringLiteral("  Archiving: on; last archived 0000000")),
                 qPrintable(noBackupYet.out));

        // The nurse's medical notes about Edna, encrypted under the organization's key.
        const QString medicalNotes = QStringLiteral("Penicillin allergy confirmed by her GP; prefers tea at night.");
        {
            const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
            QVERIFY(nurse->isValid());
            const PgResult written = PgSession(nurse->database())
                                         .exec(QStringLiteral("SELECT public.app_write_medical_notes($1::uuid, $2)"),
                                               {m_fixture.resident("A1a"), medicalNotes});
            QVERIFY2(written.ok(), qPrintable(written.error().message));
        }

        // A carer saves notes before, during and after the backup.
        const QTemporaryDir drafts;
        const QString connection = QStringLiteral("pitr-station");
        QVERIFY(DatabaseConnector::open(m_fixture.stationSettings(*m_db), connection).ok());
        auto carer = std::make_unique<StationSession>(
            connection, m_fixture.stationSettings(*m_db), DraftStore(drafts.path()),
            DraftStore(drafts.filePath(QStringLiteral("outbox")), QStringLiteral(".outbox")));
        QCOMPARE(int(carer->signIn(m_fixture.email("carerA"), QString::fromLatin1(TenantFixture::password)).outcome),
                 int(SignInResult::Outcome::SignedIn));
        QStringList before;
        QStringList after;
        int written = 0;
        const auto save = [&](QStringList &into) {
            const DailyNote made = note(QStringLiteral("Note %1").arg(++written));
            const Result<> saved = carer->saveNote(made);
            into.append(made.id);
            return saved.outcome == Outcome::Done;
        };
        for (int i = 0; i < 5; ++i)
            QVERIFY(save(before));
        QProcess backup;
        startAdmin(backup, {QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("--type"),
                            QStringLiteral("full"), QStringLiteral("--db"), conninfo()});
        QVERIFY(backup.waitForStarted());
        int duringBackup = 0;
        while (!backup.waitForFinished(5)) {
            QVERIFY(save(before));
            ++duringBackup;
        }
        const Ran backedUp = finish(backup);
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QVERIFY2(backedUp.out.contains(QStringLiteral("(full) taken")), qPrintable(backedUp.out));
        qInfo("%d notes were saved while the backup ran", duringBackup);
        const Ran healthy = admin({QStringLiteral("status"), QStringLiteral("--db"), conninfo()});
        QVERIFY2(healthy.exitCode == 0, qPrintable(healthy.out + healthy.err));
        QVERIFY2(healthy.out.endsWith(QStringLiteral("Nothing needs attention.\n")), qPrintable(healthy.out));
        static const QRegularExpression newest(QStringLiteral(
            "\n  Newest backup: \\d{8}-\\d{6}F \\(full\\), ended \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\n"));
        QVERIFY2(healthy.out.contains(newest), qPrintable(healthy.out));
        // The carer's station is among the connections, by its login.
        QVERIFY2(healthy.out.contains(QStringLiteral("\n    %1 from local (").arg(m_fixture.stationLogin)),
                 qPrintable(healthy.out));
        // pgBackRest counts a backup's end in whole seconds: a moment in that second is refused (tried below), so the
        // carer goes on saving notes until the server's clock is past it.
        const Result<BackupConfiguration> configuration = BackupConfiguration::read(configFile());
        QVERIFY2(configuration.ok(), qPrintable(configuration.message));
        const Result<BackupInventory> inventory =
            PgBackRest(configuration.value, ServerAccount::forCurrentProcess().value, m_cluster.password).info();
        QVERIFY2(inventory.ok(), qPrintable(inventory.message));
        QCOMPARE(inventory.value.sets.size(), 1);
        const QDateTime backupEnded = inventory.value.sets.first().stopped;
        const auto serverNow = [&] {
            return ServerClock::now(PgSession(superuser));
        };
        const QString tooEarly = backupEnded.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.500+00:00"));
        do {
            QVERIFY(save(before));
        } while (serverNow() < backupEnded.addSecs(2));
        // T, read from the server's clock after the last note before it committed and before the next began.
        const QString moment = ServerClock::moment(PgSession(superuser));
        QVERIFY(!moment.isEmpty());
        const int notesAtTheMoment = PgSession(superuser)
                                         .exec(QStringLiteral("SELECT count(*) AS notes FROM public.daily_records"))
                                         .text(0, "notes")
                                         .toInt();
        QVERIFY(notesAtTheMoment >= before.size());
        for (int i = 0; i < 5; ++i)
            QVERIFY(save(after));
        carer.reset();
        DatabaseConnector::close(connection);
        // The newest write-ahead log reaches the repository (check switches to a new segment and waits for it).
        QCOMPARE(
            admin({QStringLiteral("backup"), QStringLiteral("check"), QStringLiteral("--db"), conninfo()}).exitCode, 0);
        const Ran listed =
            admin({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--db"), conninfo()});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("  full  ")), qPrintable(listed.out));

        // The server is lost, and its master key with it; the recovery key was kept on paper.
        const QString keyFile = MedicalNotesKeys::configuredKeyFile(PgSession(superuser));
        const Result<QByteArray> key = MedicalNotesKeys::readKeyFile(keyFile);
        QVERIFY2(key.ok(), qPrintable(key.message));
        const QString recoveryKey = RecoveryKey::format(key.value);
        superuser.close();
        QVERIFY(cluster(m_cluster.dataDirectory).stop().ok());
        QVERIFY(QFile::rename(keyFile, keyFile + QStringLiteral(".lost")));

        const Ran early = admin({QStringLiteral("restore"), QStringLiteral("--to"), tooEarly, QStringLiteral("--into"),
                                 m_cluster.baseDirectory + QStringLiteral("/too-early"),
                                 QStringLiteral("--backup-config"), configFile()});
        QCOMPARE(early.exitCode, 1);
        QCOMPARE(early.err.trimmed(),
                 QStringLiteral("No backup had ended by %1: the earliest moment a restore can reach is %2 UTC.")
                     .arg(backupEnded.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.500000+00")),
                          backupEnded.addSecs(1).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        QVERIFY(!QFile::exists(m_cluster.baseDirectory + QStringLiteral("/too-early")));

        const QString restoredFolder = m_cluster.baseDirectory + QStringLiteral("/restored");
        const Ran restored = admin({QStringLiteral("restore"), QStringLiteral("--to"), moment, QStringLiteral("--into"),
                                    restoredFolder, QStringLiteral("--backup-config"),
                                    repository + QStringLiteral("/writecarenotes-data-pgbackrest.conf")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err + restored.out));
        QCOMPARE(restored.err, QString());
        QVERIFY2(restored.out.contains(QStringLiteral("; %1 shift note").arg(notesAtTheMoment)),
                 qPrintable(restored.out));
        QVERIFY2(
            restored.out.contains(QStringLiteral("The restore is written into the restored database's audit log.")),
            qPrintable(restored.out));
        const Ran keyBack =
            admin({QStringLiteral("restore-key"), QStringLiteral("--key-file"), keyFile}, recoveryKey.toUtf8() + "\n");
        QVERIFY2(keyBack.exitCode == 0, qPrintable(keyBack.err));

        // The restored server, started as its administrator would, on a socket of its own.
        const QString socket = m_cluster.baseDirectory + QStringLiteral("/restored-socket");
        QVERIFY(QDir().mkdir(socket));
        QVERIFY(ServerAccount::forCurrentProcess().value.takeOwnership(socket));
        PostgresCluster restoredServer = cluster(restoredFolder);
        const Result<> started = restoredServer.start(socket, m_cluster.port);
        QVERIFY2(started.ok(), qPrintable(started.message));
        {
            ConnectionSettings settings = m_db->settings();
            settings.setValue(QStringLiteral("host"), socket);
            const ScopedConnection restoredDb(settings, QStringLiteral("pitr-restored"));
            QVERIFY2(restoredDb.isOpen(), qPrintable(restoredDb.status().message));
            const auto found = [&](const QStringList &ids) {
                const PgResult rows = restoredDb.session().exec(
                    QStringLiteral("SELECT id::text AS id FROM public.daily_records WHERE id = ANY($1::uuid[]) "
                                   "ORDER BY created_at, id"),
                    {QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')))});
                QStringList ids2;
                for (int row = 0; row < rows.rowCount(); ++row)
                    ids2.append(rows.text(row, "id"));
                return ids2;
            };
            // Every note committed before T, once each, in the order saved; none after.
            QCOMPARE(found(before), before);
            QCOMPARE(found(after), QStringList());
            QCOMPARE(restoredDb.session()
                         .exec(QStringLiteral("SELECT count(*) AS notes FROM public.daily_records"))
                         .text(0, "notes"),
                     QString::number(notesAtTheMoment));
            // The restore is in each organization's audit log: by the command line (nobody signed in), on this
            // computer, to T, into the folder.
            const PgResult recorded = restoredDb.session().exec(QStringLiteral(
                "SELECT count(DISTINCT organization_id) AS organizations, count(*) AS entries, "
                "bool_and(user_id IS NULL) AS by_nobody, min(station) AS station, "
                "min(details ->> 'restored_to') AS restored_to, min(details ->> 'folder') AS folder, "
                "bool_and(details ->> 'requested_by' LIKE 'writecarenotes-admin, run by %') AS by_the_command "
                "FROM public.audit_log WHERE event = 'database_restored'"));
            QVERIFY2(recorded.ok(), qPrintable(recorded.error().message));
            QCOMPARE(recorded.text(0, "organizations"), QStringLiteral("2"));
            QCOMPARE(recorded.text(0, "entries"), QStringLiteral("2"));
            QCOMPARE(recorded.text(0, "by_nobody"), QStringLiteral("t"));
            QCOMPARE(recorded.text(0, "station"), QSysInfo::machineHostName());
            QCOMPARE(recorded.text(0, "restored_to"),
                     RestoreTime::parse(moment, QTimeZone::systemTimeZone()).value.target());
            QCOMPARE(recorded.text(0, "folder"), restoredFolder);
            QCOMPARE(recorded.text(0, "by_the_command"), QStringLiteral("t"));

            // The nurse signs in to the restored database and reads Edna's medical notes with the restored key.
            ConnectionSettings station = m_fixture.stationSettings(*m_db);
            station.setValue(QStringLiteral("host"), socket);
            const SignedInConnection nurse(station, m_fixture.email("nurseA"),
                                           QString::fromLatin1(TenantFixture::password));
            QVERIFY2(nurse.isValid(), qPrintable(nurse.errorMessage()));
            const Result<ResidentRecord> record =
                ResidentStore::load(nurse.database(), m_fixture.resident("A1a"), true, true);
            QVERIFY2(record.ok(), qPrintable(record.message));
            QCOMPARE(record.value.value(QStringLiteral("medical_notes")).toString(), medicalNotes);
        }
        QVERIFY(restoredServer.stop().ok());
    }
};

QTEST_GUILESS_MAIN(TestPointInTimeRecovery)
#include "TestPointInTimeRecovery.moc"
