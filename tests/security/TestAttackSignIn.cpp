// The attack suite, sign-in: learning whether a password is right other than from the committed answer (messages a
// client asks for, rows of the caller's own transaction, statistics, locks), escaping the lockout by guessing in
// parallel, stopping someone else's sign-in by holding a transaction open, replaying a session token from another
// station login; and, with them, what a manager of one care home may read of the audit log.

#include "AttackSuite.h"
#include "StationConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/DatabaseRoles.h"

#include <QMap>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

class TestAttackSignIn : public AttackSuite
{
    Q_OBJECT

    QString password() const { return QString::fromLatin1(TenantFixture::password); }

    // Signs the owner of `email` in on the connection and attaches the session; empty string or what went wrong.
    static QString signInByEmail(const StationConnection &connection, const QString &email)
    {
        const PgResult signedIn = connection.signIn(email, QString::fromLatin1(TenantFixture::password));
        if (signedIn.text(0, 0) != QLatin1String("signed_in"))
            return QStringLiteral("sign-in of %1: %2 %3").arg(email, signedIn.text(0, 0), signedIn.error().message);
        if (connection.exec(QStringLiteral("SELECT app_use_session($1)"), {signedIn.text(0, 1)}).text(0, 0) !=
            QLatin1String("t"))
            return QStringLiteral("the session of %1 did not attach").arg(email);
        return QString();
    }

private slots:
    void initTestCase()
    {
        const QString problem = setUpFixture();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase() { m_db.reset(); }

    // Regression: wcn_audit raised a LOG message for each entry, and any client may lower client_min_messages, so
    // inside a transaction it then rolled back a station learned whether a password was right (and which accounts
    // exist, from the ids in the message): unlimited guessing, no lockout, no trace.
    void passwordGuessesCannotBeReadFromLogMessages()
    {
        const QString email = QStringLiteral("lena.logs@example.org");
        QVERIFY(!makeUser(email).isEmpty());
        auto connection = station();
        QVERIFY(connection->exec(QStringLiteral("SET client_min_messages = log")).ok());
        // What the attack relies on: this connection receives LOG messages.
        QVERIFY(connection->exec(QStringLiteral("DO $$ BEGIN RAISE LOG 'probe'; END $$")).ok());
        const QStringList probe = connection->takeMessages();
        QCOMPARE(probe.size(), 1);
        QVERIFY(probe.first().contains(QLatin1String("probe")));

        for (const auto &[typed, guess] : {std::pair{email, password()}, std::pair{email, QStringLiteral("wrong-1")},
                                           std::pair{QStringLiteral("nobody.logs@example.org"), password()}}) {
            QVERIFY(connection->exec(QStringLiteral("BEGIN")).ok());
            const PgResult attempt =
                connection->exec(QStringLiteral("SELECT app_begin_sign_in($1, $2, 'x')"), {typed, guess});
            QVERIFY2(attempt.ok(), qPrintable(attempt.error().message));
            QCOMPARE(connection->exec(QStringLiteral("SELECT result FROM app_finish_sign_in($1)"), {attempt.text(0, 0)})
                         .text(0, 0),
                     QStringLiteral("not_committed"));
            QVERIFY(connection->exec(QStringLiteral("ROLLBACK")).ok());
            QCOMPARE(connection->takeMessages().join(QLatin1Char('\n')), QString());
        }
    }

    // Every function that runs with its owner's rights runs with settings its caller cannot change: the search_path
    // (pg_catalog first; the archive's searches nothing else), and client_min_messages, so that nothing it raises
    // reaches the caller.
    void everySecurityDefinerFunctionPinsItsSettings()
    {
        const PgResult functions = m_db->session().exec(QStringLiteral(
            "SELECT count(*), coalesce(string_agg(p.oid::regprocedure::text, ', ' ORDER BY p.proname) FILTER ("
            "WHERE NOT (coalesce(p.proconfig, '{}') @> ARRAY['client_min_messages=error'] "
            "AND (coalesce(p.proconfig, '{}') @> ARRAY['search_path=pg_catalog, public, pg_temp'] "
            "OR coalesce(p.proconfig, '{}') @> ARRAY['search_path=pg_catalog, pg_temp']))), '') FROM pg_proc AS p "
            "WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef"));
        QVERIFY(functions.integer(0, 0) > 30);
        QCOMPARE(functions.text(0, 1), QString());
    }

    void aSignInsOutcomeCannotBeReadBeforeItIsCommitted_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("manager") << QStringLiteral("managerA");
        QTest::newRow("administrator") << QStringLiteral("adminA");
    }

    // Regression: a manager or an administrator, who may read the audit log, read the uncommitted entry that
    // app_begin_sign_in wrote in their own transaction ("sign_in" or "sign_in_failed"), then rolled back. Nothing
    // they can see in that transaction may differ between a right and a wrong password.
    void aSignInsOutcomeCannotBeReadBeforeItIsCommitted()
    {
        QFETCH(QString, who);
        const QString email = QStringLiteral("lena.peek.%1@example.org").arg(who.toLower());
        const QString id = makeUser(email);
        QVERIFY(!id.isEmpty());
        auto reader = signedIn(who);
        // The statistics views count what the backend has not yet reported, previous transactions included: what
        // the sign-in adds is the difference.
        const QString statistics = QStringLiteral(
            "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del, seq_scan, coalesce(idx_scan, 0), seq_tup_read, "
            "coalesce(idx_tup_fetch, 0) FROM pg_stat_xact_user_tables ORDER BY relname");
        auto counts = [&] {
            QMap<QString, QList<qlonglong>> all;
            const PgResult rows = reader->exec(statistics);
            for (int row = 0; row < rows.rowCount(); ++row) {
                for (int column = 1; column < rows.columnCount(); ++column)
                    all[rows.text(row, 0)].append(rows.value(row, column).toLongLong());
            }
            return all;
        };
        auto seenWith = [&](const QString &guess) {
            QStringList seen;
            if (!reader->exec(QStringLiteral("BEGIN")).ok())
                return QStringList{QStringLiteral("BEGIN failed")};
            const QMap<QString, QList<qlonglong>> before = counts();
            const PgResult attempt =
                reader->exec(QStringLiteral("SELECT app_begin_sign_in($1, $2, 'x')"), {email, guess});
            const QMap<QString, QList<qlonglong>> after = counts();
            seen.append(attempt.error().message);
            seen.append(reader
                            ->exec(QStringLiteral("SELECT coalesce(string_agg(event, ','), '') FROM audit_log WHERE "
                                                  "transaction_id = pg_current_xact_id() OR user_id = $1"),
                                   {id})
                            .text(0, 0));
            for (auto table = after.cbegin(); table != after.cend(); ++table) {
                QStringList change;
                for (qsizetype n = 0; n < table.value().size(); ++n)
                    change.append(QString::number(table.value().at(n) - before.value(table.key()).value(n)));
                seen.append(table.key() + QLatin1Char(':') + change.join(QLatin1Char('/')));
            }
            seen.append(
                reader
                    ->exec(QStringLiteral("SELECT string_agg(held, ',' ORDER BY held) FROM (SELECT locktype || ':' "
                                          "|| coalesce(relation::regclass::text, '') || ':' || mode AS held "
                                          "FROM pg_locks WHERE pid = pg_backend_pid()) AS l"))
                    .text(0, 0));
            reader->exec(QStringLiteral("ROLLBACK"));
            return seen;
        };
        const QStringList right = seenWith(password());
        const QStringList wrong = seenWith(QStringLiteral("wrong-guess-1"));
        QCOMPARE(right.value(0), QString()); // began without error
        QCOMPARE(right.value(1), QString()); // no audit entry of its own transaction
        QCOMPARE(right, wrong);

        // The reader does see the entry once it is committed: what the attack reads early.
        QCOMPARE(station()->signIn(email, QStringLiteral("wrong-guess-2")).text(0, 0), QStringLiteral("invalid"));
        QCOMPARE(reader->exec(QStringLiteral("SELECT string_agg(event, ',') FROM audit_log WHERE user_id = $1"), {id})
                     .text(0, 0),
                 QStringLiteral("sign_in_failed"));
    }

    // The WAL position (pg_current_wal_insert_lsn, open to everyone) moves by the size of what a transaction writes:
    // a sign-in writes rows of the same size whatever the password, so it cannot tell a right one from a wrong one,
    // at the first attempt or at the one that locks the account.
    void aSignInWritesTheSameAmountWhateverThePassword()
    {
        const QString email = QStringLiteral("lena.sizes@example.org");
        QVERIFY(!makeUser(email).isEmpty());
        const PgSession owner = m_db->session();
        auto written = [&](const QString &guess) {
            owner.exec(QStringLiteral("BEGIN"));
            owner.exec(QStringLiteral("SELECT app_begin_sign_in($1, $2, 'x')"), {email, guess});
            const PgResult sizes = owner.exec(
                QStringLiteral(
                    "SELECT (SELECT string_agg(a.event || '=' || pg_column_size(a.*), ',') FROM audit_log AS a "
                    "WHERE a.transaction_id = pg_current_xact_id()), (SELECT string_agg(pg_column_size(o.*)::text, "
                    "',') "
                    "FROM sign_in_outcomes AS o WHERE o.transaction_id = pg_current_xact_id()), "
                    "(SELECT string_agg(pg_column_size(t.*)::text, ',' ORDER BY pg_column_size(t.*)) "
                    "FROM sign_in_attempts AS t WHERE t.email_key = wcn_email_key($1))"),
                {email});
            owner.exec(QStringLiteral("ROLLBACK"));
            return QStringList{sizes.text(0, 0).section(QLatin1Char('='), 1), sizes.text(0, 1), sizes.text(0, 2),
                               sizes.text(0, 0).section(QLatin1Char('='), 0, 0)};
        };
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const QStringList right = written(password());
            const QStringList wrong = written(QStringLiteral("wrong-guess"));
            QCOMPARE(right.mid(0, 3), wrong.mid(0, 3));
            // What would otherwise differ.
            QCOMPARE(right.at(3), QStringLiteral("sign_in"));
            QCOMPARE(wrong.at(3), attempt < 5 ? QStringLiteral("sign_in_failed") : QStringLiteral("account_locked"));
            QCOMPARE(station()->signIn(email, QStringLiteral("wrong-guess")).text(0, 0),
                     attempt < 5 ? QStringLiteral("invalid") : QStringLiteral("locked"));
        }
    }

    // Regression: app_begin_sign_in locked the email's attempt row until its transaction ended, so a station that
    // began a sign-in for someone's email and left the transaction open made that person's sign-in hang.
    void anOpenSignInDoesNotHoldUpTheUsersOwnSignIn()
    {
        const QString email = m_fixture.emails.value(QStringLiteral("nurseA"));
        auto attacker = station();
        QVERIFY(attacker->exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(attacker->exec(QStringLiteral("SELECT app_begin_sign_in($1, 'x', 'attacker')"), {email})
                    .text(0, 0)
                    .size() == 64);
        // A wait would end in a lock-timeout error, not in an answer.
        auto victim = station();
        QVERIFY(victim->exec(QStringLiteral("SET lock_timeout = '2s'")).ok());
        const PgResult answer = victim->signIn(email, password());
        QVERIFY2(answer.ok(), qPrintable(answer.error().message));
        QCOMPARE(answer.text(0, 0), QStringLiteral("signed_in"));
        QVERIFY(attacker->exec(QStringLiteral("ROLLBACK")).ok());
    }

    // The same for app_finish_sign_in, which tidies away old outcomes: an open transaction that had begun deleting
    // them held up every other sign-in that tried to.
    void anOpenFinishDoesNotHoldUpOtherSignIns()
    {
        QVERIFY(m_db->run(QStringLiteral(
            "INSERT INTO sign_in_outcomes (attempt_hash, email_key, user_id, organization_id, station, result, "
            "locked_until, created_at) VALUES (sha256('stale'), '\\x00', gen_random_uuid(), gen_random_uuid(), 'x', "
            "'invalid', '-infinity', clock_timestamp() - interval '10 minutes')")));
        auto attacker = station();
        QVERIFY(attacker->exec(QStringLiteral("BEGIN")).ok());
        QCOMPARE(attacker->exec(QStringLiteral("SELECT result FROM app_finish_sign_in('no such attempt')")).text(0, 0),
                 QStringLiteral("invalid"));
        auto victim = station();
        QVERIFY(victim->exec(QStringLiteral("SET lock_timeout = '2s'")).ok());
        const PgResult answer = victim->signIn(m_fixture.emails.value(QStringLiteral("carerA")), password());
        QVERIFY2(answer.ok(), qPrintable(answer.error().message));
        QCOMPARE(answer.text(0, 0), QStringLiteral("signed_in"));
        QVERIFY(attacker->exec(QStringLiteral("ROLLBACK")).ok());
    }

    // Guesses begun side by side, each in a transaction of its own (blind to the others), then committed one at a
    // time in reverse order and each answered at once: no more answers than max_failed_sign_ins, as one after another.
    void parallelGuessesGetNoMoreAnswersThanTheLockoutAllows()
    {
        QCOMPARE(m_db->session().exec(QStringLiteral("SELECT max_failed_sign_ins FROM system_settings")).integer(0, 0),
                 5);
        const QString email = QStringLiteral("lena.parallel@example.org");
        QVERIFY(!makeUser(email).isEmpty());
        std::vector<std::unique_ptr<StationConnection>> guessers;
        QStringList attempts;
        for (int guess = 1; guess <= 8; ++guess) {
            guessers.push_back(station());
            StationConnection &guesser = *guessers.back();
            QVERIFY(guesser.exec(QStringLiteral("SET lock_timeout = '2s'")).ok());
            QVERIFY(guesser.exec(QStringLiteral("BEGIN")).ok());
            const PgResult attempt = guesser.exec(QStringLiteral("SELECT app_begin_sign_in($1, $2, 'x')"),
                                                  {email, QStringLiteral("wrong-guess-%1").arg(guess)});
            QVERIFY2(attempt.ok(), qPrintable(attempt.error().message));
            attempts.append(attempt.text(0, 0));
        }
        QStringList answers;
        for (int guess = 8; guess >= 1; --guess) {
            StationConnection &guesser = *guessers.at(guess - 1);
            QVERIFY(guesser.exec(QStringLiteral("COMMIT")).ok());
            answers.append(
                guesser.exec(QStringLiteral("SELECT result FROM app_finish_sign_in($1)"), {attempts.at(guess - 1)})
                    .text(0, 0));
        }
        QStringList expected(5, QStringLiteral("invalid"));
        expected.append(QStringList(3, QStringLiteral("locked")));
        QCOMPARE(answers, expected);
        // Locked now, the right password included.
        QCOMPARE(station()->signIn(email, password()).text(0, 0), QStringLiteral("locked"));
    }

    // Regression: a manager of one care home read every home's audit log, medical-notes reads of other homes'
    // residents included.
    void aManagerOfOneHomeReadsOnlyItsHomesAuditLog()
    {
        const QString email = QStringLiteral("lena.fernmanager@example.org");
        const QString id = makeUser(email, QStringLiteral("manager"));
        QVERIFY(!id.isEmpty());
        // Precondition: a manager of Fern House alone.
        QCOMPARE(
            m_db->session()
                .exec(QStringLiteral("SELECT u.all_facilities::text || ':' || (SELECT string_agg(f.facility_id::text, "
                                     "',') FROM user_facilities AS f WHERE f.user_id = u.id) FROM users AS u "
                                     "WHERE u.id = $1"),
                      {id})
                .text(0, 0),
            QStringLiteral("false:") + m_fixture.facilityA1);
        for (const auto &[who, key] : {std::pair{"nurseA", "A1a"}, std::pair{"nurseA2", "A2"}}) {
            auto nurse = signedIn(QString::fromLatin1(who));
            QCOMPARE(nurse->exec(QStringLiteral("SELECT app_record_resident_opened($1)"), {resident(key)}).text(0, 0),
                     QStringLiteral("t"));
            const PgResult read = nurse->readMedical(QStringLiteral("notes"), resident(key));
            QVERIFY2(read.ok(), qPrintable(read.error().message));
        }
        const QString count =
            QStringLiteral("SELECT count(*) FILTER (WHERE subject_id = $1), count(*) FILTER (WHERE subject_id = $2), "
                           "count(*) FILTER (WHERE user_id = $3), count(*) FILTER (WHERE user_id = $4) FROM audit_log");
        const QVariantList about = {resident("A1a"), resident("A2"), user("nurseA"), user("nurseA2")};
        auto seen = [&](const StationConnection &connection) {
            const PgResult result = connection.exec(count, about);
            return QStringLiteral("%1 %2 %3 %4")
                .arg(result.integer(0, 0) > 0)
                .arg(result.integer(0, 1) > 0)
                .arg(result.integer(0, 2) > 0)
                .arg(result.integer(0, 3) > 0);
        };
        auto manager = station();
        const QString problem = signInByEmail(*manager, email);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Fern House's resident and staff, not Oak House's.
        QCOMPARE(seen(*manager), QStringLiteral("1 0 1 0"));
        // Whoever covers every home, and the administrator, see the whole organization's.
        QCOMPARE(seen(*signedIn(QStringLiteral("managerA"))), QStringLiteral("1 1 1 1"));
        QCOMPARE(seen(*signedIn(QStringLiteral("adminA"))), QStringLiteral("1 1 1 1"));
    }

    // A session token copied from a screen, a log or a dump is of no use over another station login: the token and
    // the password of the login that signed in are both needed.
    void aSessionTokenWorksOnlyOverItsOwnStationLogin()
    {
        const PgResult signedIn = station()->signIn(m_fixture.emails.value(QStringLiteral("nurseA")), password());
        QCOMPARE(signedIn.text(0, 0), QStringLiteral("signed_in"));
        const QString token = signedIn.text(0, 1);

        const QString login = QStringLiteral("station_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const QString loginPassword = QUuid::createUuid().toString(QUuid::Id128);
        const Result<> created = DatabaseRoles::createStationLogin(m_db->session(), login, loginPassword);
        QVERIFY2(created.ok(), qPrintable(created.message));
        ConnectionSettings settings = m_fixture.stationSettings(*m_db);
        settings.setValue(QStringLiteral("user"), login);
        settings.setValue(QStringLiteral("password"), loginPassword);
        StationConnection other(settings);
        QVERIFY2(other.isOpen(), qPrintable(other.errorMessage()));
        QCOMPARE(other.exec(QStringLiteral("SELECT app_use_session($1)"), {token}).text(0, 0), QStringLiteral("f"));
        QCOMPARE(other.exec(QStringLiteral("SELECT app_user_id() IS NULL")).text(0, 0), QStringLiteral("t"));
        QCOMPARE(other.exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);

        // Over its own login, from another connection (the application reconnects), it still works.
        auto again = station();
        QCOMPARE(again->exec(QStringLiteral("SELECT app_use_session($1)"), {token}).text(0, 0), QStringLiteral("t"));
        QVERIFY(again->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0) > 0);
    }
};

QTEST_GUILESS_MAIN(TestAttackSignIn)
#include "TestAttackSignIn.moc"
