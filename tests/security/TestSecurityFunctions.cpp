// The attack suite: everything below is tried through a station's database login over plain libpq, as anyone at a
// station who knows that login could from psql. Each test asserts the exact outcome: zero rows, or the error.
// The functions a station may call: scoped to the caller, the internal ones out of reach, what is typed only data.

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

class TestSecurityFunctions : public AttackSuite
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

    void functionsRefuseOtherOrganizationsAndScopes_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("answer");
        QTest::newRow("read B's medical notes")
            << QStringLiteral("SELECT app_request_medical_access('%1', 'notes')") << denied << QString();
        QTest::newRow("read B's medical notes with a made-up access")
            << QStringLiteral("SELECT app_read_medical_notes('%1', 1)") << denied << QString();
        QTest::newRow("write B's medical notes")
            << QStringLiteral("SELECT app_write_medical_notes('%1', 'x')") << denied << QString();
        QTest::newRow("read B's medical details")
            << QStringLiteral("SELECT app_request_medical_access('%1', 'details')") << denied << QString();
        QTest::newRow("read B's medical details with another's access")
            << QStringLiteral("SELECT app_read_medical_details('%1', (SELECT max(id) FROM audit_log))") << denied
            << QString();
        QTest::newRow("write B's medical details")
            << QStringLiteral("SELECT app_write_medical_details('%1', '{}')") << denied << QString();
        QTest::newRow("open B's resident")
            << QStringLiteral("SELECT app_record_resident_opened('%1')") << QString() << QStringLiteral("f");
        QTest::newRow("read Oak House's notes")
            << QStringLiteral("SELECT app_request_medical_access('%2', 'notes')") << denied << QString();
        QTest::newRow("set B's password") << QStringLiteral("SELECT app_set_user_password('%3', 'another-password')")
                                          << QString() << QStringLiteral("not_allowed");
    }
    void functionsRefuseOtherOrganizationsAndScopes()
    {
        QFETCH(QString, statement);
        QFETCH(QString, sqlState);
        QFETCH(QString, answer);
        auto nurse = signedIn(QStringLiteral("nurseA"));
        const PgResult result = nurse->exec(fill(statement, {resident("B1"), resident("A2"), user("nurseB")}));
        QCOMPARE(result.error().sqlState, sqlState);
        if (!answer.isNull())
            QCOMPARE(result.text(0, 0), answer);
        // Nothing leaked, nothing changed.
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_id = $1 AND user_id = $2"),
                           {resident("B1"), user("nurseA")})
                     .integer(0, 0),
                 0);
    }

    void internalFunctionsCannotBeCalled_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("master key") << QStringLiteral("SELECT wcn_master_key()");
        QTest::newRow("organization key") << QStringLiteral("SELECT wcn_organization_key('%1', 1)");
        QTest::newRow("current session") << QStringLiteral("SELECT * FROM app_current_session()");
        QTest::newRow("admin password") << QStringLiteral("SELECT admin_set_password('%2', 'a-new-password-1', false)");
        QTest::newRow("key rotation") << QStringLiteral("SELECT admin_new_key_version('%1')");
        QTest::newRow("re-encryption") << QStringLiteral("SELECT admin_reencrypt_medical_notes('%1', 10)");
        QTest::newRow("partition helper") << QStringLiteral("SELECT create_daily_record_partition('2031-01-01')");
        QTest::newRow("audit") << QStringLiteral("SELECT app_audit('sign_in')");
        QTest::newRow("raw audit") << QStringLiteral("SELECT wcn_audit(NULL, NULL, 'x', 'sign_in', NULL, NULL)");
        QTest::newRow("access check") << QStringLiteral("SELECT wcn_access_granted(1, '%1', 'medical_notes_read')");
        QTest::newRow("email key") << QStringLiteral("SELECT wcn_email_key('nurse.a@example.org')");
        QTest::newRow("optional master key") << QStringLiteral("SELECT wcn_master_key_if_set()");
        QTest::newRow("hand over") << QStringLiteral("SELECT wcn_hand_over('app_can(text)')");
        QTest::newRow("key file") << QStringLiteral("SELECT pg_read_binary_file('/etc/hostname')");
    }
    void internalFunctionsCannotBeCalled()
    {
        QFETCH(QString, statement);
        for (bool signedInFirst : {false, true}) {
            auto connection = signedInFirst ? signedIn(QStringLiteral("managerA")) : station();
            const PgResult result = connection->exec(fill(statement, {m_fixture.orgA, user("nurseA")}));
            QCOMPARE(result.error().sqlState, denied);
        }
    }

    void injectionStringsAreJustData_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("or true") << QStringLiteral("' OR '1'='1");
        QTest::newRow("comment") << QStringLiteral("nurse.a@example.org' --");
        QTest::newRow("stacked") << QStringLiteral("x'; DROP TABLE residents; --");
        QTest::newRow("union") << QStringLiteral("' UNION SELECT password_hash FROM user_credentials --");
        QTest::newRow("backslash") << QStringLiteral("\\'; SELECT 1; --");
        QTest::newRow("dollar quote") << QStringLiteral("$$; DROP TABLE users; $$");
    }
    void injectionStringsAreJustData()
    {
        QFETCH(QString, text);
        auto connection = station();
        // In the email box, in the password box.
        QCOMPARE(connection->signIn(text, QString::fromLatin1(TenantFixture::password)).text(0, 0),
                 QStringLiteral("invalid"));
        const QString account =
            QStringLiteral("lena.%1@example.org")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('.')));
        QVERIFY(!makeUser(account).isEmpty());
        QCOMPARE(connection->signIn(account, text).text(0, 0), QStringLiteral("invalid"));
        // In a resident search (a leakproof starts-with on the surname, as the resident list searches).
        auto nurse = signedIn(QStringLiteral("nurseA"));
        const PgResult found =
            nurse->exec(QStringLiteral("SELECT count(*) FROM residents WHERE lower(last_name) ^@ lower($1)"), {text});
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QCOMPARE(found.integer(0, 0), 0);
        QCOMPARE(m_db->session().exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 4);
        QCOMPARE(m_db->session().exec(QStringLiteral("SELECT count(*) FROM users")).integer(0, 0) >= 6, true);
    }
};

QTEST_GUILESS_MAIN(TestSecurityFunctions)
#include "TestSecurityFunctions.moc"
