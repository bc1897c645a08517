// The attack suite: everything below is tried through a station's database login over plain libpq, as anyone at a
// station who knows that login could from psql. Each test asserts the exact outcome: zero rows, or the error.
// Signing in and sessions: forged or ended sessions, locking, passwords an administrator set, hash costs.

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

class TestSecuritySessions : public AttackSuite
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

    void forgedExpiredAndRevokedSessionsOpenNothing()
    {
        auto connection = station();
        // Forged: any string that is not a token handed out by app_finish_sign_in.
        for (const QString &forged :
             {QStringLiteral("deadbeef"), QString(64, QLatin1Char('0')), QStringLiteral("' OR true --")}) {
            QCOMPARE(connection->exec(QStringLiteral("SELECT app_use_session($1)"), {forged}).text(0, 0),
                     QStringLiteral("f"));
            QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
            QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM app_session_info()")).integer(0, 0), 0);
        }
        const auto fresh = [&] {
            return connection
                ->signIn(m_fixture.emails.value(QStringLiteral("nurseA")), QString::fromLatin1(TenantFixture::password))
                .text(0, 1);
        };
        const auto opens = [&](const QString &token) {
            connection->exec(QStringLiteral("SELECT app_use_session($1)"), {token});
            return connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0);
        };
        // Revoked by signing out.
        const QString revoked = fresh();
        QCOMPARE(opens(revoked), 2);
        connection->exec(QStringLiteral("SELECT app_sign_out()"));
        QCOMPARE(opens(revoked), 0);
        // Past its absolute expiry.
        const QString expired = fresh();
        QVERIFY(m_db->run(QStringLiteral("UPDATE sessions SET expires_at = now() - interval '1 second' "
                                         "WHERE token_hash = sha256(convert_to($1, 'UTF8'))"),
                          {expired}));
        QCOMPARE(opens(expired), 0);
        // Idle for longer than the idle limit.
        const QString idle = fresh();
        QVERIFY(m_db->run(QStringLiteral("UPDATE sessions SET last_seen_at = now() - interval '61 minutes' "
                                         "WHERE token_hash = sha256(convert_to($1, 'UTF8'))"),
                          {idle}));
        QCOMPARE(opens(idle), 0);
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_touch_session()")).text(0, 0), QStringLiteral("f"));
        // B's valid token is useless for A's rows and vice versa: it is B's session.
        const QString bToken =
            connection
                ->signIn(m_fixture.emails.value(QStringLiteral("nurseB")), QString::fromLatin1(TenantFixture::password))
                .text(0, 1);
        QCOMPARE(opens(bToken), 1);
        QCOMPARE(
            connection
                ->exec(QStringLiteral("SELECT count(*) FROM residents WHERE organization_id = $1"), {m_fixture.orgA})
                .integer(0, 0),
            0);
    }

    void twentyWrongPasswordsLockTheAccount()
    {
        const QString email = QStringLiteral("lena.twenty@example.org");
        const QString id = makeUser(email);
        QVERIFY(!id.isEmpty());
        auto connection = station();
        QStringList answers;
        for (int attempt = 1; attempt <= 20; ++attempt)
            answers.append(connection->signIn(email, QStringLiteral("wrong-password-%1").arg(attempt)).text(0, 0));
        QStringList expected(4, QStringLiteral("invalid"));
        expected.append(QStringList(16, QStringLiteral("locked")));
        QCOMPARE(answers, expected);
        // The right password does not get in while the lock lasts.
        const PgResult right = connection->signIn(email, QString::fromLatin1(TenantFixture::password));
        QCOMPARE(right.text(0, 0), QStringLiteral("locked"));
        QVERIFY(right.isNull(0, 1));
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT $1::timestamptz > now() + interval '14 minutes'"), {right.text(0, 2)})
                     .text(0, 0),
                 QStringLiteral("t"));
        const PgResult events = m_db->session().exec(
            QStringLiteral("SELECT event, count(*) FROM audit_log WHERE user_id = $1 GROUP BY event ORDER BY event"),
            {id});
        QCOMPARE(events.rowCount(), 3);
        QCOMPARE(events.text(0, 0) + QLatin1Char('=') + events.text(0, 1), QStringLiteral("account_locked=1"));
        QCOMPARE(events.text(1, 0) + QLatin1Char('=') + events.text(1, 1), QStringLiteral("sign_in_failed=4"));
        QCOMPARE(events.text(2, 0) + QLatin1Char('=') + events.text(2, 1), QStringLiteral("sign_in_refused_locked=16"));
        // A manager's new password ends the lockout.
        QVERIFY(m_db->run(QStringLiteral("SELECT admin_set_password($1, 'sapphire-kettle-morning', false)"), {id}));
        QCOMPARE(connection->signIn(email, QStringLiteral("sapphire-kettle-morning")).text(0, 0),
                 QStringLiteral("signed_in"));
    }

    void anEmailNoAccountHasLocksTheSameWay()
    {
        // Whether an account has an email must not show: the same answers, the same lock.
        auto connection = station();
        QStringList answers;
        for (int attempt = 1; attempt <= 6; ++attempt)
            answers.append(
                connection->signIn(QStringLiteral("nobody.here@example.org"), QStringLiteral("any-password-1"))
                    .text(0, 0));
        QCOMPARE(answers, QStringList({QStringLiteral("invalid"), QStringLiteral("invalid"), QStringLiteral("invalid"),
                                       QStringLiteral("invalid"), QStringLiteral("locked"), QStringLiteral("locked")}));
        // Nothing about it in the audit log: it may have been a password typed into the email box.
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE details::text LIKE '%nobody.here%'"))
                     .integer(0, 0),
                 0);
    }

    void deactivatingAUserEndsTheirSessionsAtOnce()
    {
        const QString email = QStringLiteral("lena.leaver@example.org");
        const QString id = makeUser(email);
        auto connection = station();
        const QString token = connection->signIn(email, QString::fromLatin1(TenantFixture::password)).text(0, 1);
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_use_session($1)"), {token}).text(0, 0),
                 QStringLiteral("t"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 2);
        auto admin = signedIn(QStringLiteral("adminA"));
        QCOMPARE(admin->exec(QStringLiteral("UPDATE users SET active = false WHERE id = $1"), {id}).rowsAffected(), 1);
        QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
        QCOMPARE(connection->signIn(email, QString::fromLatin1(TenantFixture::password)).text(0, 0),
                 QStringLiteral("invalid"));
    }

    void aPasswordSetByAnAdministratorMustBeChangedFirst()
    {
        const QString email = QStringLiteral("lena.newstarter@example.org");
        const QString id = makeUser(email);
        auto admin = signedIn(QStringLiteral("adminA"));
        QCOMPARE(admin->exec(QStringLiteral("SELECT app_set_user_password($1, 'short')"), {id}).text(0, 0),
                 QStringLiteral("too_short"));
        QCOMPARE(admin->exec(QStringLiteral("SELECT app_set_user_password($1, 'Password123!')"), {id}).text(0, 0),
                 QStringLiteral("too_common"));
        QCOMPARE(
            admin->exec(QStringLiteral("SELECT app_set_user_password($1, 'marble-orchard-sunrise')"), {id}).text(0, 0),
            QStringLiteral("set"));

        auto connection = station();
        const PgResult first = connection->signIn(email, QStringLiteral("marble-orchard-sunrise"));
        QCOMPARE(first.text(0, 0), QStringLiteral("change_password"));
        // The session may change the password and do nothing else.
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_use_session($1)"), {first.text(0, 1)}).text(0, 0),
                 QStringLiteral("f"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_change_password('wrong', 'a-better-password-here')"))
                     .text(0, 0),
                 QStringLiteral("wrong_password"));
        QCOMPARE(connection
                     ->exec(QStringLiteral("SELECT app_change_password('marble-orchard-sunrise', "
                                           "'marble-orchard-sunrise')"))
                     .text(0, 0),
                 QStringLiteral("unchanged"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_change_password('marble-orchard-sunrise', 'qwertyuiop1')"))
                     .text(0, 0),
                 QStringLiteral("too_common"));
        QCOMPARE(connection
                     ->exec(QStringLiteral("SELECT app_change_password('marble-orchard-sunrise', "
                                           "'copper-meadow-lantern')"))
                     .text(0, 0),
                 QStringLiteral("changed"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_use_session($1)"), {first.text(0, 1)}).text(0, 0),
                 QStringLiteral("t"));
        // The administrator who set the first password could have made that change herself: the account reaches
        // nothing clinical until a manager confirms it (TestAttackPrivilege).
        QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
        QCOMPARE(
            signedIn(QStringLiteral("managerA"))->exec(QStringLiteral("SELECT app_confirm_user($1)"), {id}).text(0, 0),
            QStringLiteral("confirmed"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 2);
    }

    void theHashCostRisesAtTheNextSignIn()
    {
        const QString email = QStringLiteral("lena.cost@example.org");
        const QString id = makeUser(email);
        const auto cost = [&] {
            return m_db->session()
                .exec(QStringLiteral("SELECT substring(password_hash FROM '^\\$2a\\$([0-9]{2})') FROM user_credentials "
                                     "WHERE user_id = $1"),
                      {id})
                .text(0, 0);
        };
        QCOMPARE(cost(), QStringLiteral("10"));
        QVERIFY(m_db->run(QStringLiteral("UPDATE system_settings SET password_hash_cost = 11")));
        auto connection = station();
        QCOMPARE(connection->signIn(email, QString::fromLatin1(TenantFixture::password)).text(0, 0),
                 QStringLiteral("signed_in"));
        QVERIFY(m_db->run(QStringLiteral("UPDATE system_settings SET password_hash_cost = 10")));
        QCOMPARE(cost(), QStringLiteral("11"));
        QCOMPARE(connection->signIn(email, QString::fromLatin1(TenantFixture::password)).text(0, 0),
                 QStringLiteral("signed_in"));
    }

    // Regression: a sign-in's failure count and audit entry were written in the caller's transaction, so rolling it
    // back allowed unlimited guessing with no lockout and no trace.
    void aRolledBackSignInRevealsNothing()
    {
        const QString email = QStringLiteral("lena.rollback@example.org");
        QVERIFY(!makeUser(email).isEmpty());
        auto connection = station();
        for (const QString &password :
             {QString::fromLatin1(TenantFixture::password), QStringLiteral("wrong-guess-1")}) {
            QVERIFY(connection->exec(QStringLiteral("BEGIN")).ok());
            const QString attempt =
                connection->exec(QStringLiteral("SELECT app_begin_sign_in($1, $2, 'x')"), {email, password}).text(0, 0);
            QCOMPARE(attempt.size(), 64);
            const PgResult early =
                connection->exec(QStringLiteral("SELECT result, session_token FROM app_finish_sign_in($1)"), {attempt});
            QCOMPARE(early.text(0, 0), QStringLiteral("not_committed"));
            QVERIFY(early.isNull(0, 1));
            QVERIFY(connection->exec(QStringLiteral("ROLLBACK")).ok());
            // Rolled back, the attempt never happened: there is nothing to finish.
            QCOMPARE(
                connection->exec(QStringLiteral("SELECT result FROM app_finish_sign_in($1)"), {attempt}).text(0, 0),
                QStringLiteral("invalid"));
        }
        // Several statements in one go are one transaction too.
        QVERIFY(!connection->session()
                     .execScript(QStringLiteral("SELECT app_begin_sign_in('lena.rollback@example.org', "
                                                "'wrong-guess-2', 'x'); SELECT 1 / 0"))
                     .ok());
        // Committed guesses are counted: the fifth locks the account.
        QStringList answers;
        for (int guess = 1; guess <= 5; ++guess)
            answers.append(connection->signIn(email, QStringLiteral("wrong-guess-%1").arg(guess)).text(0, 0));
        QCOMPARE(answers, QStringList({QStringLiteral("invalid"), QStringLiteral("invalid"), QStringLiteral("invalid"),
                                       QStringLiteral("invalid"), QStringLiteral("locked")}));
    }

    // Regression: the policies' helpers each read the token setting when first evaluated, so switching it half-way
    // through one statement mixed one session's organization with another's rights.
    void oneStatementCannotMixTwoSessions()
    {
        auto connection = station();
        const QString carerToken =
            connection
                ->signIn(m_fixture.emails.value(QStringLiteral("carerA")), QString::fromLatin1(TenantFixture::password))
                .text(0, 1);
        const QString otherToken =
            connection
                ->signIn(m_fixture.emails.value(QStringLiteral("nurseB")), QString::fromLatin1(TenantFixture::password))
                .text(0, 1);
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_use_session($1)"), {carerToken}).text(0, 0),
                 QStringLiteral("t"));
        const PgResult mixed = connection->exec(
            QStringLiteral("SELECT coalesce(string_agg(r.first_name, ',' ORDER BY r.first_name), '') "
                           "FROM (SELECT v.organization, set_config('wcn.session_token', v.token, false) AS token "
                           "      FROM (VALUES (1, $1, $3::uuid), (2, $2, $4::uuid)) AS v (n, token, organization) "
                           "      ORDER BY v.n OFFSET 0) AS x "
                           "CROSS JOIN LATERAL (SELECT first_name FROM residents "
                           "                    WHERE organization_id = x.organization AND x.token IS NOT NULL "
                           "                    OFFSET 0) AS r"),
            {carerToken, otherToken, m_fixture.orgB, m_fixture.orgA});
        QVERIFY2(mixed.ok(), qPrintable(mixed.error().message));
        // The helpers that ran while the token named the session not attached here found no session at all: no row
        // (before this was fixed, the carer's organization with the other session's rights listed another home's).
        QCOMPARE(mixed.text(0, 0), QString());
        // A token set by hand on a connection it was never attached to opens nothing.
        auto other = station();
        QVERIFY(other->exec(QStringLiteral("SELECT set_config('wcn.session_token', $1, false)"), {carerToken}).ok());
        QCOMPARE(other->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
        // Attaching it there moves it, and this connection is left with none.
        QCOMPARE(other->exec(QStringLiteral("SELECT app_use_session($1)"), {otherToken}).text(0, 0),
                 QStringLiteral("t"));
        QCOMPARE(other->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 1);
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_use_session($1)"), {carerToken}).text(0, 0),
                 QStringLiteral("t"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 2);
    }
};

QTEST_GUILESS_MAIN(TestSecuritySessions)
#include "TestSecuritySessions.moc"
