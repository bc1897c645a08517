// The attack suite: everything below is tried through a station's database login over plain libpq, as anyone at a
// station who knows that login could from psql. Each test asserts the exact outcome: zero rows, or the error.
// Secrets: credentials, keys and medical notes out of reach, encrypted at rest, and never in a dump or the log.

#include "AttackSuite.h"
#include "StationConnection.h"
#include "TenantFixture.h"
#include "TestCluster.h"
#include "TestDatabase.h"
#include "database/DatabaseRoles.h"
#include "organization/OrganizationSetup.h"
#include "session/MedicalNotesKeys.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

#include <memory>

class TestSecuritySecrets : public AttackSuite
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = setUpFixture();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString notes = writeMedicalNotes();
        QVERIFY2(notes.isEmpty(), qPrintable(notes));
    }
    void cleanupTestCase() { m_db.reset(); }

    void secretsCannotBeRead_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString &table : secretTables())
            QTest::newRow(qPrintable(table)) << table;
    }
    void secretsCannotBeRead()
    {
        QFETCH(QString, table);
        for (bool signedInFirst : {false, true}) {
            auto connection = signedInFirst ? signedIn(QStringLiteral("adminA")) : station();
            const PgResult result = connection->exec(QStringLiteral("SELECT * FROM %1").arg(table));
            QCOMPARE(result.error().sqlState, denied);
            QCOMPARE(result.rowCount(), 0);
        }
    }

    void anotherSessionCannotSeeAPasswordBeingSent()
    {
        const QString email = m_fixture.emails.value(QStringLiteral("carerA"));
        const QString secret = QString::fromLatin1(TenantFixture::password);
        // Hold the table app_begin_sign_in adds its attempt to, so the sign-in waits in full view of pg_stat_activity.
        const PgSession owner = m_db->session();
        QVERIFY(owner.exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(owner.exec(QStringLiteral("LOCK TABLE sign_in_attempts IN EXCLUSIVE MODE")).ok());
        StationConnection first(m_fixture.stationSettings(*m_db));
        StationConnection watcher(m_fixture.stationSettings(*m_db)); // the same station login
        QVERIFY(first.send(QStringLiteral("SELECT app_begin_sign_in($1, $2, $3)"),
                           {email, secret, QStringLiteral("station one")}));
        const QString seen = QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = "
                                            "'Lock'");
        QTRY_COMPARE_WITH_TIMEOUT(watcher.exec(seen, {first.backendPid()}).rowCount(), 1, 30000);
        const QString query = watcher.exec(seen, {first.backendPid()}).text(0, 0);
        // The lock it waits for names no email, as an advisory lock's key would (pg_locks is open to everyone).
        // Counted in this test's own database only: tests running alongside hold advisory locks in theirs.
        const PgResult locks =
            watcher.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = "
                                        "(SELECT oid FROM pg_database WHERE datname = current_database())"));
        QVERIFY(owner.exec(QStringLiteral("COMMIT")).ok());
        const PgResult attempt = first.finish();
        QCOMPARE(query, QStringLiteral("SELECT app_begin_sign_in($1, $2, $3)"));
        QVERIFY(!query.contains(secret));
        QCOMPARE(locks.integer(0, 0), 0);
        const PgResult signedIn = first.exec(QStringLiteral("SELECT result, session_token FROM app_finish_sign_in($1)"),
                                             {attempt.text(0, 0)});
        QCOMPARE(signedIn.text(0, 0), QStringLiteral("signed_in"));

        // And the token, attached the same way, is not visible either.
        const QString token = signedIn.text(0, 1);
        QVERIFY(first.exec(QStringLiteral("SELECT app_use_session($1)"), {token}).ok());
        QCOMPARE(watcher.exec(QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = $1"), {first.backendPid()})
                     .text(0, 0),
                 QStringLiteral("SELECT app_use_session($1)"));
        QCOMPARE(watcher.exec(QStringLiteral("SELECT current_setting('wcn.session_token', true)")).text(0, 0),
                 QString());
    }

    void medicalNotesAreEncryptedAtRest()
    {
        const PgResult stored = m_db->session().exec(
            QStringLiteral("SELECT encrypted_medical_notes, medical_notes_key_version FROM residents WHERE id = $1"),
            {resident("A1a")});
        QVERIFY(!stored.isNull(0, 0));
        QVERIFY(!stored.text(0, 0).contains(QStringLiteral("prefers tea")));
        QCOMPARE(stored.integer(0, 1), 1);
        // Each organization has its own key, wrapped.
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(DISTINCT organization_id) FROM organization_keys"))
                     .integer(0, 0),
                 2);
    }

    void aPgDumpHoldsNoNoteAndNoKey()
    {
        QString error;
        const TestCluster cluster = TestCluster::current(&error);
        QProcess dump;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), cluster.password);
        dump.setProcessEnvironment(environment);
        dump.start(cluster.binDirectory + QStringLiteral("/pg_dump"),
                   {QStringLiteral("--host=") + cluster.socketDirectory,
                    QStringLiteral("--port=") + QString::number(cluster.port),
                    QStringLiteral("--username=") + QString::fromLatin1(TestCluster::superuser), m_db->name()});
        QVERIFY(dump.waitForFinished(120000));
        QCOMPARE(dump.exitCode(), 0);
        const QByteArray text = dump.readAllStandardOutput();
        QVERIFY(text.contains("Edna")); // it is a real dump of this database
        QVERIFY(!text.contains("prefers tea"));
        QVERIFY(!text.contains("hearing aid"));
        QFile keyFile(cluster.baseDirectory + QStringLiteral("/master.key"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray masterKey = keyFile.readAll().trimmed();
        QCOMPARE(masterKey.size(), 64);
        QVERIFY(!text.contains(masterKey));
        QVERIFY(!text.contains(TenantFixture::password));
    }

    void failingStatementsLeaveNoSecretInTheServerLog()
    {
        const QString note = QStringLiteral("log-probe note %1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString password =
            QStringLiteral("log-probe password %1").arg(QUuid::createUuid().toString(QUuid::Id128));
        auto nurse = signedIn(QStringLiteral("nurseA"));
        QCOMPARE(nurse->exec(QStringLiteral("SELECT app_write_medical_notes($1, $2)"), {resident("B1"), note})
                     .error()
                     .sqlState,
                 denied);
        QVERIFY(!nurse
                     ->exec(QStringLiteral("SELECT app_begin_sign_in($1, $2, $3) FROM no_such_table"),
                            {QStringLiteral("x@example.org"), password, QStringLiteral("s")})
                     .ok());
        QVERIFY(!nurse->exec(QStringLiteral("SELECT app_change_password($1, $2)::integer"), {password, password}).ok());
        QString error;
        QFile log(TestCluster::current(&error).dataDirectory + QStringLiteral("/startup.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("no_such_table")); // the failures were logged, with their statements
        QVERIFY(!text.contains(note.toUtf8()));
        QVERIFY(!text.contains(password.toUtf8()));
    }

    void keyRotationReencryptsWhileNotesStayReadable()
    {
        const Result<int> rotated = MedicalNotesKeys::rotate(m_db->session());
        QVERIFY2(rotated.ok(), qPrintable(rotated.message));
        const int moved = rotated.value;
        QVERIFY(moved >= 2);
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT string_agg(DISTINCT medical_notes_key_version::text, ',') FROM "
                                          "residents WHERE encrypted_medical_notes IS NOT NULL"))
                     .text(0, 0),
                 QStringLiteral("2"));
        auto nurse = signedIn(QStringLiteral("nurseA"));
        QCOMPARE(nurse->readMedical(QStringLiteral("notes"), resident("A1a")).text(0, 0),
                 QStringLiteral("Edna's private note: prefers tea"));
        QVERIFY(nurse
                    ->exec(QStringLiteral("SELECT app_write_medical_notes($1, 'written after rotation')"),
                           {resident("A1b")})
                    .ok());
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT medical_notes_key_version FROM residents WHERE id = $1"),
                           {resident("A1b")})
                     .integer(0, 0),
                 2);
    }

    // The same for reading medical records: the audit entry is committed before anything is revealed.
    void aRolledBackMedicalReadRevealsNothing()
    {
        auto nurse = signedIn(QStringLiteral("nurseA"));
        QVERIFY(nurse->exec(QStringLiteral("BEGIN")).ok());
        const QString access =
            nurse->exec(QStringLiteral("SELECT app_request_medical_access($1, 'notes')"), {resident("A1a")}).text(0, 0);
        QVERIFY(!access.isEmpty());
        const PgResult early =
            nurse->exec(QStringLiteral("SELECT app_read_medical_notes($1, $2)"), {resident("A1a"), access});
        QCOMPARE(early.error().sqlState, denied);
        QVERIFY(nurse->exec(QStringLiteral("ROLLBACK")).ok());
        QCOMPARE(nurse->exec(QStringLiteral("SELECT app_read_medical_notes($1, $2)"), {resident("A1a"), access})
                     .error()
                     .sqlState,
                 denied);
        // An access is for its own resident only.
        const QString committed =
            nurse->exec(QStringLiteral("SELECT app_request_medical_access($1, 'notes')"), {resident("A1a")}).text(0, 0);
        QCOMPARE(nurse->exec(QStringLiteral("SELECT app_read_medical_notes($1, $2)"), {resident("A1b"), committed})
                     .error()
                     .sqlState,
                 denied);
        QCOMPARE(nurse->exec(QStringLiteral("SELECT app_read_medical_notes($1, $2)"), {resident("A1a"), committed})
                     .text(0, 0),
                 QStringLiteral("Edna's private note: prefers tea"));
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE id = $1::bigint AND event = "
                                          "'medical_notes_read' AND user_id = $2 AND subject_id = $3"),
                           {committed, user("nurseA"), resident("A1a")})
                     .integer(0, 0),
                 1);
    }

    void whatWasTypedIsNotStored()
    {
        const QString typed = QStringLiteral("My-Secret-Passw0rd-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        QCOMPARE(station()->signIn(typed, QString()).text(0, 0), QStringLiteral("invalid"));
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM sign_in_attempts WHERE email_key = wcn_email_key($1)"),
                           {typed})
                     .integer(0, 0),
                 1);
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM sign_in_attempts AS a, sign_in_outcomes AS o "
                                          "WHERE a::text ILIKE '%' || $1 || '%' OR o::text ILIKE '%' || $1 || '%'"),
                           {typed.left(20)})
                     .integer(0, 0),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSecuritySecrets)
#include "TestSecuritySecrets.moc"
