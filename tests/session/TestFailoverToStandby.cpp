// A shared server that fails over: a primary with a standby fed by streaming replication (synchronous, so that a note
// the station was told is saved is on the standby too), a station given both in a multi-host connection string with
// target_session_attrs=read-write. The primary dies (an immediate stop, as a crash) while the carer keeps saving notes;
// they wait in the station's outbox; the standby is promoted (what pg_auto_failover or Patroni would do); the station
// finds the new primary by itself, and every note is there exactly once, under its author.

#include "TenantFixture.h"
#include "TestCluster.h"
#include "TestDatabase.h"
#include "clinical/ShiftPattern.h"
#include "common/Clock.h"
#include "database/DatabaseConnector.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"
#include "server/PostgresBinaries.h"
#include "server/PostgresCluster.h"
#include "server/ServerAccount.h"
#include "session/StationSession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestFailoverToStandby : public QObject
{
    Q_OBJECT

private:
    static constexpr int standbyPort = 5433; // on a socket folder of its own

    QTemporaryDir m_stateDirectory;
    QString m_state;
    TestCluster m_cluster;
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QString m_standbyData;
    QString m_standbySocket;

    static bool runClusterTool(const QString &command, const QString &state)
    {
        QProcess tool;
        tool.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        tool.start(QStringLiteral(WCN_TEST_CLUSTER_TOOL), {command, state});
        return tool.waitForFinished(180000) && tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
    }
    PostgresCluster cluster(const QString &dataDirectory) const
    {
        return PostgresCluster(dataDirectory, PostgresBinaries::locate(m_cluster.binDirectory, 0).value,
                               ServerAccount::forCurrentProcess().value);
    }
    // One of the server's programs, as its account, with the superuser's password in the environment.
    bool runServerProgram(const QString &name, const QStringList &arguments) const
    {
        QString program = PostgresBinaries::locate(m_cluster.binDirectory, 0).value.program(name);
        QStringList args = arguments;
        ServerAccount::forCurrentProcess().value.wrapCommand(program, args);
        QProcess process;
        process.setWorkingDirectory(QStringLiteral("/"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), m_cluster.password);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(program, args);
        return process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }
    ConnectionSettings standbySuperuser() const
    {
        return ConnectionSettings::forSocket(m_standbySocket, standbyPort, m_db->name(),
                                             QString::fromLatin1(TestCluster::superuser), m_cluster.password);
    }
    // Both servers, the writable one wherever it is: what a station of a group with a standby is given.
    ConnectionSettings bothServers() const
    {
        ConnectionSettings settings = m_fixture.stationSettings(*m_db);
        settings.setValue(QStringLiteral("host"), m_cluster.socketDirectory + QLatin1Char(',') + m_standbySocket);
        settings.setValue(QStringLiteral("port"), QStringLiteral("%1,%2").arg(m_cluster.port).arg(standbyPort));
        settings.setValue(QStringLiteral("target_session_attrs"), QStringLiteral("read-write"));
        return settings;
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
        m_state = m_stateDirectory.filePath(QStringLiteral("failover-cluster.ini"));
        QVERIFY2(runClusterTool(QStringLiteral("start"), m_state), "the test's own cluster did not start");
        qputenv("WCN_TEST_CLUSTER_STATE", m_state.toLocal8Bit());
        m_cluster = TestCluster::read(m_state);
        QVERIFY(m_cluster.isValid());
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());

        // The standby: a base backup of the primary that follows it (pg_basebackup -R), on a socket of its own.
        const ServerAccount account = ServerAccount::forCurrentProcess().value;
        m_standbyData = m_cluster.baseDirectory + QStringLiteral("/standby");
        m_standbySocket = m_cluster.baseDirectory + QStringLiteral("/standby-socket");
        QVERIFY(account.makeDirectory(m_standbyData));
        QVERIFY(QDir().mkdir(m_standbySocket));
        QVERIFY(QFile::setPermissions(m_standbySocket,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QVERIFY(account.takeOwnership(m_standbySocket));
        QVERIFY(runServerProgram(QStringLiteral("pg_basebackup"),
                                 {QStringLiteral("--pgdata=") + m_standbyData, QStringLiteral("--write-recovery-conf"),
                                  QStringLiteral("--checkpoint=fast"), QStringLiteral("--wal-method=stream"),
                                  QStringLiteral("--dbname=host=%1 port=%2 user=%3 application_name=standby1")
                                      .arg(m_cluster.socketDirectory)
                                      .arg(m_cluster.port)
                                      .arg(QString::fromLatin1(TestCluster::superuser))}));
        const Result<> started = cluster(m_standbyData).start(m_standbySocket, standbyPort);
        QVERIFY2(started.ok(), qPrintable(started.message));

        // Synchronous: a commit the station is told of is on the standby too (the suite's cluster commits
        // asynchronously for speed; a group that fails over must not).
        QVERIFY(m_db->run(QStringLiteral("ALTER SYSTEM SET synchronous_commit = 'on'")));
        QVERIFY(m_db->run(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 'standby1'")));
        QVERIFY(m_db->run(QStringLiteral("SELECT pg_reload_conf()")));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_db->text(QStringLiteral("SELECT sync_state FROM pg_stat_replication WHERE application_name = "
                                      "'standby1'")),
            QStringLiteral("sync"), 30000);
    }

    void cleanupTestCase()
    {
        m_db.reset();
        if (!m_standbyData.isEmpty() && cluster(m_standbyData).postmaster())
            QVERIFY(cluster(m_standbyData).stop().ok());
        QVERIFY(runClusterTool(QStringLiteral("stop"), m_state));
    }

    void everyNoteOnceOnTheNewPrimary()
    {
        const QTemporaryDir drafts;
        const QString connection = QStringLiteral("failover-station");
        const Result<QSqlDatabase> opened = DatabaseConnector::open(bothServers(), connection);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        auto carer = std::make_unique<StationSession>(
            connection, bothServers(), DraftStore(drafts.path()),
            DraftStore(drafts.filePath(QStringLiteral("outbox")), QStringLiteral(".outbox")));
        carer->setRetryInterval(100);
        QCOMPARE(int(carer->signIn(m_fixture.email("carerA"), QString::fromLatin1(TenantFixture::password)).outcome),
                 int(SignInResult::Outcome::SignedIn));

        QStringList saved;
        int queued = 0;
        for (int i = 0; i < 45; ++i) {
            if (i == 15) {
                // The primary dies, as in a crash: no shutdown checkpoint, no goodbye to the standby.
                QVERIFY(runServerProgram(QStringLiteral("pg_ctl"),
                                         {QStringLiteral("-D"), m_cluster.dataDirectory, QStringLiteral("-m"),
                                          QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")}));
            }
            if (i == 25) {
                // The tool that decides (pg_auto_failover, Patroni) promotes the standby.
                QVERIFY(runServerProgram(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_standbyData,
                                                                    QStringLiteral("-w"), QStringLiteral("promote")}));
                // The station finds the new primary by itself and sends what waited, without another note.
                QTRY_COMPARE_WITH_TIMEOUT(carer->waitingNotes(), 0, 60000);
                QVERIFY(carer->isOnline());
            }
            const DailyNote made = note(QStringLiteral("Failover note %1").arg(i, 2, 10, QLatin1Char('0')));
            const Result<> result = carer->saveNote(made);
            saved.append(made.id);
            if (i >= 15 && i < 25) {
                QVERIFY2(result.outcome == Outcome::Queued,
                         qPrintable(QStringLiteral("note %1: %2").arg(i).arg(result.message)));
                ++queued;
            } else {
                QCOMPARE(int(result.outcome), int(Outcome::Done));
            }
        }
        QCOMPARE(queued, 10);
        QCOMPARE(carer->waitingNotes(), 0);

        // On the new primary: every note once, in the order saved, by the carer.
        const ScopedConnection promoted(standbySuperuser(), QStringLiteral("failover-check"));
        QVERIFY2(promoted.isOpen(), qPrintable(promoted.status().message));
        QCOMPARE(
            promoted.session().exec(QStringLiteral("SELECT pg_is_in_recovery() AS recovering")).flag(0, "recovering"),
            false);
        const PgResult rows = promoted.session().exec(
            QStringLiteral("SELECT id::text AS id, created_by::text AS author FROM daily_records "
                           "WHERE id = ANY($1::uuid[]) ORDER BY created_at, id"),
            {QStringLiteral("{%1}").arg(saved.join(QLatin1Char(',')))});
        QCOMPARE(rows.rowCount(), saved.size());
        QStringList found;
        for (int row = 0; row < rows.rowCount(); ++row) {
            found.append(rows.text(row, "id"));
            QCOMPARE(rows.text(row, "author"), m_fixture.user("carerA"));
        }
        QCOMPARE(found, saved);
        carer.reset();
        DatabaseConnector::close(connection);
    }
};

QTEST_MAIN(TestFailoverToStandby)
#include "TestFailoverToStandby.moc"
