// Many stations in front of one server through a real PgBouncer (Debian's package), in session pooling as the README
// says: twenty stations sign in at once, each saves notes as its own user, and every note is stored once, by the
// right author. A server connection handed from one station to the next (PgBouncer's pool) carries nobody's sign-in
// across: DISCARD ALL clears the session's token, and the sign-in is bound to it.

#include "TenantFixture.h"
#include "TestDatabase.h"
#include "clinical/ShiftPattern.h"
#include "common/Clock.h"
#include "database/DatabaseConnector.h"
#include "database/PgSession.h"
#include "server/ServerAccount.h"
#include "session/StationSession.h"
#include "session/UserSession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <signal.h>

class TestStationsThroughPgBouncer : public QObject
{
    Q_OBJECT

private:
    static constexpr int stationCount = 20;
    static constexpr int bouncerPort = 6432; // on a Unix socket in a folder of this test's own

    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QByteArray m_base = "/tmp/wcn-pgbouncer-XXXXXX";
    QString m_folder;
    qint64 m_bouncerPid = 0;

    ConnectionSettings throughBouncer() const
    {
        ConnectionSettings settings = m_fixture.stationSettings(*m_db);
        settings.setValue(QStringLiteral("host"), m_folder);
        settings.setValue(QStringLiteral("port"), QString::number(bouncerPort));
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
    bool writeFile(const QString &name, const QByteArray &text, const ServerAccount &account) const
    {
        QFile file(QDir(m_folder).filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(text) != text.size())
            return false;
        file.close();
        return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
               account.takeOwnership(file.fileName());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pgbouncer")).isEmpty(),
                 "pgbouncer is not installed (the quick start installs the Debian package)");
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());

        // PgBouncer refuses to run as root: as root it runs as the server's account, in a folder of that account's.
        const Result<ServerAccount> account = ServerAccount::forCurrentProcess();
        QVERIFY2(account.ok(), qPrintable(account.message));
        QVERIFY(::mkdtemp(m_base.data()));
        m_folder = QString::fromLocal8Bit(m_base);
        QVERIFY(account.value.takeOwnership(m_folder));

        // The station login's SCRAM verifier, never its password: PgBouncer checks the station's proof with it and
        // passes the station's keys on to the server.
        const QString verifier = m_db->text(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = $1"),
                                            {m_fixture.stationLogin});
        QVERIFY(verifier.startsWith(QStringLiteral("SCRAM-SHA-256$")));
        const ConnectionSettings server = m_db->settings();
        const QByteArray configuration =
            QStringLiteral("[databases]\n%1 = host=%2 port=%3 dbname=%1\n\n"
                           "[pgbouncer]\nlisten_addr =\nlisten_port = %4\nunix_socket_dir = %5\n"
                           "auth_type = scram-sha-256\nauth_file = %5/userlist.txt\n"
                           "pool_mode = session\ndefault_pool_size = %6\nmax_client_conn = 100\n"
                           "server_reset_query = DISCARD ALL\n"
                           "logfile = %5/pgbouncer.log\npidfile = %5/pgbouncer.pid\n")
                .arg(m_db->name(), server.value(QStringLiteral("host")), server.value(QStringLiteral("port")))
                .arg(bouncerPort)
                .arg(m_folder)
                .arg(stationCount)
                .toUtf8();
        QVERIFY(writeFile(QStringLiteral("pgbouncer.ini"), configuration, account.value));
        QVERIFY(writeFile(QStringLiteral("userlist.txt"),
                          QStringLiteral("\"%1\" \"%2\"\n").arg(m_fixture.stationLogin, verifier).toUtf8(),
                          account.value));

        QString program = QStandardPaths::findExecutable(QStringLiteral("pgbouncer"));
        QStringList arguments = {QStringLiteral("-d"), QDir(m_folder).filePath(QStringLiteral("pgbouncer.ini"))};
        account.value.wrapCommand(program, arguments);
        QProcess bouncer;
        bouncer.setProcessChannelMode(QProcess::ForwardedChannels);
        bouncer.start(program, arguments);
        QVERIFY(bouncer.waitForFinished(30000));
        QCOMPARE(bouncer.exitCode(), 0);
        const QString pidFile = QDir(m_folder).filePath(QStringLiteral("pgbouncer.pid"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile), 10000);
        const auto readPid = [&pidFile] {
            QFile file(pidFile);
            return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT((m_bouncerPid = readPid()) > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(m_folder).filePath(QStringLiteral(".s.PGSQL.%1").arg(bouncerPort))),
                                 10000);
    }

    void cleanupTestCase()
    {
        if (m_bouncerPid > 0)
            ::kill(pid_t(m_bouncerPid), SIGTERM);
        m_db.reset();
        if (!m_folder.isEmpty())
            QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QDir(m_folder).filePath(QStringLiteral("pgbouncer.pid"))), 10000);
        if (m_folder.startsWith(QLatin1String("/tmp/wcn-pgbouncer-")))
            QDir(m_folder).removeRecursively();
    }

    void twentyStationsSignInAndSaveTheirNotes()
    {
        const QTemporaryDir drafts;
        struct Station
        {
            QString connection;
            QString userId;
            std::unique_ptr<StationSession> session;
        };
        std::vector<Station> stations;
        for (int i = 0; i < stationCount; ++i) {
            Station station;
            station.connection = QStringLiteral("bouncer-station-%1").arg(i);
            const Result<QSqlDatabase> opened = DatabaseConnector::open(throughBouncer(), station.connection);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            const char *who = i % 2 ? "nurseA" : "carerA";
            station.userId = m_fixture.user(who);
            const QString folder = drafts.filePath(QString::number(i));
            station.session = std::make_unique<StationSession>(
                station.connection, throughBouncer(), DraftStore(folder),
                DraftStore(folder + QStringLiteral("/outbox"), QStringLiteral(".outbox")));
            QCOMPARE(int(station.session->signIn(m_fixture.email(who), QString::fromLatin1(TenantFixture::password))
                             .outcome),
                     int(SignInResult::Outcome::SignedIn));
            stations.push_back(std::move(station));
        }
        // Every station holds a server connection of its own for as long as it is connected (session pooling).
        QCOMPARE(m_db->text(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = $1"),
                            {m_fixture.stationLogin}),
                 QString::number(stationCount));
        QStringList backends;
        for (const Station &station : stations)
            backends << PgSession(QSqlDatabase::database(station.connection, false))
                            .exec(QStringLiteral("SELECT pg_backend_pid()::text AS pid"))
                            .text(0, "pid");

        // Two rounds of notes, station after station, each as the user signed in there.
        QMap<QString, QString> authorOf;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < stationCount; ++i) {
                const DailyNote made = note(QStringLiteral("Station %1, round %2").arg(i).arg(round));
                const Result<> saved = stations[size_t(i)].session->saveNote(made);
                QCOMPARE(int(saved.outcome), int(Outcome::Done));
                authorOf.insert(made.id, stations[size_t(i)].userId);
            }
        }
        const PgResult stored =
            m_db->session().exec(QStringLiteral("SELECT id::text AS id, created_by::text AS author FROM daily_records "
                                                "WHERE id = ANY($1::uuid[]) ORDER BY id"),
                                 {QStringLiteral("{%1}").arg(authorOf.keys().join(QLatin1Char(',')))});
        QCOMPARE(stored.rowCount(), 2 * stationCount);
        for (int row = 0; row < stored.rowCount(); ++row)
            QCOMPARE(stored.text(row, "author"), authorOf.value(stored.text(row, "id")));

        // The stations go; a new one is given one of their server connections, signed in as nobody.
        for (Station &station : stations) {
            station.session.reset();
            DatabaseConnector::close(station.connection);
        }
        const QString next = QStringLiteral("bouncer-station-next");
        const Result<QSqlDatabase> reopened = DatabaseConnector::open(throughBouncer(), next);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message));
        const QString reusedBackend =
            PgSession(reopened.value).exec(QStringLiteral("SELECT pg_backend_pid()::text AS pid")).text(0, "pid");
        QVERIFY2(backends.contains(reusedBackend), "PgBouncer did not hand on a server connection");
        QVERIFY(!UserSession::info(reopened.value));
        // What the connection sets up when it opens was set again on the handed-on server connection.
        QCOMPARE(PgSession(reopened.value)
                     .exec(QStringLiteral("SELECT current_setting('TimeZone') AS zone"))
                     .text(0, "zone"),
                 QStringLiteral("UTC"));
        QCOMPARE(PgSession(reopened.value)
                     .exec(QStringLiteral("SELECT current_setting('wcn.session_token', true) AS token"))
                     .text(0, "token"),
                 QString());
        DatabaseConnector::close(next);
    }
};

QTEST_MAIN(TestStationsThroughPgBouncer)
#include "TestStationsThroughPgBouncer.moc"
