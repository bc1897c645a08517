// Attacks on the server's log: whatever the server logs (every statement, every duration, parameters of failing
// statements, plan trees), no password, session token, medical note or medical details text may reach it, whether a
// station sends them through the application's own code (QSqlDatabase + PgSession) or bare libpq, and whatever a
// station login sets for itself or for its role. The test cluster logs to <data>/startup.log; statement logging is
// turned fully on for this test's database only.

#include "AttackSuite.h"
#include "SignedInConnection.h"
#include "TestCluster.h"
#include "database/DatabaseConnector.h"
#include "database/DatabaseRoles.h"
#include "database/ScopedConnection.h"
#include "organization/NewUser.h"
#include "organization/OrganizationSetup.h"
#include "organization/UserDirectory.h"
#include "residents/ResidentStore.h"
#include "session/UserSession.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <libpq-fe.h>

class TestAttackServerLog : public AttackSuite
{
    Q_OBJECT

    QString m_logPath;

    // A value nobody else will have written: what the log is searched for.
    static QString probe(const char *what)
    {
        return QStringLiteral("%1-%2").arg(QString::fromLatin1(what), QUuid::createUuid().toString(QUuid::Id128));
    }

    qint64 logSize() const { return QFileInfo(m_logPath).size(); }

    // What the server wrote since offset, with every run of white space made one space (plan trees wrap lines).
    QByteArray logSince(qint64 offset) const
    {
        QFile log(m_logPath);
        if (!log.open(QIODevice::ReadOnly) || !log.seek(offset))
            return QByteArray();
        return log.readAll().simplified();
    }

    // A value as debug_print_plan and its kin print a constant: its bytes in decimal (after a 4-byte length header).
    static QByteArray asPlanBytes(const QByteArray &value)
    {
        QByteArrayList bytes;
        for (const char c : value)
            bytes.append(QByteArray::number(static_cast<unsigned char>(c)));
        return bytes.join(' ');
    }

    // The secrets found in the log, as text or as a plan's constant; empty when none.
    static QStringList leaked(const QByteArray &log, const QStringList &secrets)
    {
        QStringList found;
        for (const QString &secret : secrets) {
            const QByteArray utf8 = secret.toUtf8();
            if (log.contains(utf8) || log.contains(asPlanBytes(utf8)))
                found.append(secret);
        }
        return found;
    }

    // As the cluster's superuser: every statement of this test's database logged, with its duration.
    bool logEveryStatement() const
    {
        return m_db->run(QStringLiteral("ALTER DATABASE %1 SET log_statement = 'all'").arg(m_db->name())) &&
               m_db->run(QStringLiteral("ALTER DATABASE %1 SET log_min_duration_statement = 0").arg(m_db->name()));
    }

    // Signs who in on a libpq station connection, as the application does, and returns the session token.
    QString signInForToken(const StationConnection &connection, const QString &who, const QString &password) const
    {
        const PgResult signedIn = connection.signIn(m_fixture.emails.value(who), password);
        if (signedIn.text(0, 0) != QLatin1String("signed_in"))
            return QString();
        const QString token = signedIn.text(0, 1);
        return connection.exec(QStringLiteral("SELECT app_use_session($1)"), {token}).text(0, 0) == QLatin1String("t")
                   ? token
                   : QString();
    }

private slots:
    void initTestCase()
    {
        const QString problem = setUpFixture();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString error;
        m_logPath = TestCluster::current(&error).dataDirectory + QStringLiteral("/startup.log");
        QVERIFY2(QFileInfo::exists(m_logPath), qPrintable(m_logPath));
        QVERIFY(logEveryStatement());
    }
    void cleanupTestCase() { m_db.reset(); }
    void cleanup()
    {
        // What a test made the station login set for itself goes, whether or not the test passed.
        for (const char *setting :
             {"log_parameter_max_length_on_error", "debug_print_plan", "debug_print_rewritten", "debug_print_parse"})
            m_db->run(
                QStringLiteral("ALTER ROLE %1 RESET %2").arg(m_fixture.stationLogin, QString::fromLatin1(setting)));
    }

    void loggingEveryStatementRecordsNoSecretAndNoMedicalText()
    {
        const qint64 offset = logSize();
        const QString password = QString::fromLatin1(TenantFixture::password);
        const QString note = probe("note");
        const QString details = probe("details");
        const QString changed = probe("changed-password");
        const QString reset = probe("reset-password");
        const QString created = probe("created-password");
        const QString appNote = probe("app-note");
        const QString appChanged = probe("app-changed-password");
        const QString appReset = probe("app-reset-password");

        // Bare libpq, as psql or the application would send them: sign-in, token, notes and details both ways.
        StationConnection nurse(m_fixture.stationSettings(*m_db));
        const QString token = signInForToken(nurse, QStringLiteral("nurseA"), password);
        QVERIFY(!token.isEmpty());
        QVERIFY(nurse.exec(QStringLiteral("SELECT app_write_medical_notes($1, $2)"), {resident("A1a"), note}).ok());
        const QString detailsJson =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("conditions"), QJsonArray{details}}})
                                  .toJson(QJsonDocument::Compact));
        const PgResult wroteDetails = nurse.exec(QStringLiteral("SELECT app_write_medical_details($1, $2::jsonb)"),
                                                 {resident("A1a"), detailsJson});
        QVERIFY2(wroteDetails.ok(), qPrintable(wroteDetails.error().message));
        QCOMPARE(nurse.readMedical(QStringLiteral("notes"), resident("A1a")).text(0, 0), note);
        QVERIFY(nurse.readMedical(QStringLiteral("details"), resident("A1a")).text(0, 0).contains(details));

        // A password changed by its user, and one set by an administrator.
        const QString carerId = makeUser(QStringLiteral("log.carer@example.org"));
        QVERIFY(!carerId.isEmpty());
        StationConnection carer(m_fixture.stationSettings(*m_db));
        const PgResult signedIn = carer.signIn(QStringLiteral("log.carer@example.org"), password);
        QCOMPARE(signedIn.text(0, 0), QStringLiteral("signed_in"));
        QVERIFY(carer.exec(QStringLiteral("SELECT app_use_session($1)"), {signedIn.text(0, 1)}).ok());
        QCOMPARE(carer.exec(QStringLiteral("SELECT app_change_password($1, $2)"), {password, changed}).text(0, 0),
                 QStringLiteral("changed"));
        StationConnection admin(m_fixture.stationSettings(*m_db));
        QVERIFY(!signInForToken(admin, QStringLiteral("adminA"), password).isEmpty());
        const PgResult setByAdmin =
            admin.exec(QStringLiteral("SELECT app_set_user_password($1, $2)"), {carerId, reset});
        QVERIFY2(setByAdmin.ok(), qPrintable(setByAdmin.error().message));

        // The owner's command line (create-user), on a connection of its own opened after logging was turned on.
        {
            const ScopedConnection owner(m_db->settings(), QStringLiteral("log-owner"));
            QVERIFY(owner.isOpen());
            NewUser user;
            user.organizationId = m_fixture.orgA;
            user.email = QStringLiteral("log.created@example.org");
            user.firstName = QStringLiteral("Lena");
            user.lastName = QStringLiteral("Testlog");
            user.role = QStringLiteral("carer");
            user.facilityIds = {m_fixture.facilityA1};
            const Result<QString> made = OrganizationSetup::createUser(owner.session(), user, created, true);
            QVERIFY2(made.ok(), qPrintable(made.message));
        }

        // The application's own code: a QPSQL connection with PgSession, signed in by UserSession.
        {
            const SignedInConnection app(m_fixture.stationSettings(*m_db),
                                         m_fixture.emails.value(QStringLiteral("nurseA")), password);
            QVERIFY2(app.isValid(), qPrintable(app.errorMessage()));
            const Result<ResidentRecord> loaded = ResidentStore::load(app.database(), resident("A1a"), true, true);
            QVERIFY2(loaded.ok(), qPrintable(loaded.message));
            QCOMPARE(loaded.value.value(QStringLiteral("medical_notes")).toString(), note);
            ResidentRecord edited = loaded.value;
            edited.setValue(QStringLiteral("medical_notes"), appNote);
            const Result<ResidentRecord> saved = ResidentStore::save(app.database(), loaded.value, edited, true);
            QVERIFY2(saved.ok(), qPrintable(saved.message));
        }
        {
            const SignedInConnection app(m_fixture.stationSettings(*m_db),
                                         m_fixture.emails.value(QStringLiteral("adminA")), password);
            QVERIFY2(app.isValid(), qPrintable(app.errorMessage()));
            const Result<> appResetDone = UserDirectory::resetPassword(app.database(), carerId, appReset);
            QVERIFY2(appResetDone.ok(), qPrintable(appResetDone.message));
        }
        {
            // A password set by someone else must be changed first: signed in only to change it, as the window does.
            SignInResult result;
            Result<> appChangeDone;
            {
                const Result<QSqlDatabase> opened =
                    DatabaseConnector::open(m_fixture.stationSettings(*m_db), QStringLiteral("log-change"));
                QVERIFY2(opened.ok(), qPrintable(opened.message));
                const QSqlDatabase db = opened.value;
                result =
                    UserSession::signIn(db, QStringLiteral("log.created@example.org"), created, QStringLiteral("s"));
                UserSession::attach(db, result.token); // as StationSession does, whatever it answers
                appChangeDone = UserSession::changePassword(db, created, appChanged);
            }
            DatabaseConnector::close(QStringLiteral("log-change"));
            QCOMPARE(int(result.outcome), int(SignInResult::Outcome::ChangePassword));
            QVERIFY2(appChangeDone.ok(), qPrintable(appChangeDone.message));
        }

        const QByteArray log = logSince(offset);
        // The statements were logged (so nothing passes by logging nothing), with placeholders in place of values.
        for (const char *statement :
             {"SELECT app_begin_sign_in($1, $2, $3)", "SELECT app_use_session($1)",
              "SELECT app_write_medical_notes($1, $2)", "SELECT app_write_medical_details($1, $2::jsonb)",
              "SELECT app_change_password($1, $2)", "SELECT app_set_user_password($1, $2)",
              "SELECT public.app_write_medical_notes($1::uuid, $2)",
              "SELECT public.app_set_user_password($1::uuid, $2)", "SELECT public.app_change_password($1, $2)",
              "duration:"})
            QVERIFY2(log.contains(statement), statement);
        const QStringList found =
            leaked(log, {password, token, note, details, changed, reset, created, appNote, appChanged, appReset});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    }

    void aStationLoginsPasswordVerifierIsNotLogged()
    {
        // create-station-login as a superuser, with every statement of this database logged: the SCRAM verifier it
        // sends (a password can be guessed against it offline) must not be in the log.
        const qint64 offset = logSize();
        const QString name = QStringLiteral("station_log_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        Result<> created;
        {
            const ScopedConnection superuser(m_db->settings(), QStringLiteral("log-station-login"));
            QVERIFY(superuser.isOpen());
            created = DatabaseRoles::createStationLogin(superuser.session(), name, probe("station-password"));
            if (created.ok()) // and again, as when its password is changed
                created = DatabaseRoles::createStationLogin(superuser.session(), name, probe("station-password"));
        }
        const QByteArray log = logSince(offset);
        m_db->run(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
        QVERIFY2(created.ok(), qPrintable(created.message));
        QVERIFY(log.contains("SELECT 1 FROM pg_roles WHERE rolname = $1")); // its statements were logged
        QVERIFY(!log.contains("SCRAM-SHA-256$"));
        QVERIFY(!log.contains(name.toUtf8() + " WITH LOGIN"));
    }

    void planTreesShowNoSignInOutcome()
    {
        // Nobody signed in: the station asks for every parse and plan tree (settings every role may change) and
        // tries a wrong and a right password, each in a transaction it rolls back. The trees of the function's own
        // statements, with their constants, would tell the two apart before anything is committed.
        makeUser(QStringLiteral("plan.probe@example.org"));
        StationConnection attacker(m_fixture.stationSettings(*m_db));
        QStringList received;
        PQsetNoticeReceiver(
            attacker.session().connection(),
            [](void *list, const PGresult *message) {
                const char *primary = PQresultErrorField(message, PG_DIAG_MESSAGE_PRIMARY);
                static_cast<QStringList *>(list)->append(QString::fromUtf8(primary ? primary : ""));
            },
            &received);
        QVERIFY(attacker.session()
                    .execScript(QStringLiteral("SET client_min_messages = log; SET debug_print_parse = on; "
                                               "SET debug_print_rewritten = on; SET debug_print_plan = on"))
                    .ok());
        const auto trees = [&](const QString &password) {
            attacker.exec(QStringLiteral("BEGIN"));
            received.clear();
            const PgResult attempt =
                attacker.exec(QStringLiteral("SELECT app_begin_sign_in($1, $2, $3)"),
                              {QStringLiteral("plan.probe@example.org"), password, QStringLiteral("s")});
            QStringList seen; // the trees only (statement logging is on for this database, and comes here too)
            for (const QString &message : std::as_const(received)) {
                if (message.endsWith(QLatin1String("tree:")) || message == QLatin1String("plan:"))
                    seen.append(message);
            }
            attacker.exec(QStringLiteral("ROLLBACK"));
            return attempt.ok() ? seen : QStringList{attempt.error().message};
        };
        const QStringList wrong = trees(QStringLiteral("not-the-password-1"));
        const QStringList right = trees(QString::fromLatin1(TenantFixture::password));
        // Only the caller's own statement's trees, the same for both (and printed, so nothing passes by silence).
        const QStringList own = {QStringLiteral("parse tree:"), QStringLiteral("rewritten parse tree:"),
                                 QStringLiteral("plan:")};
        QCOMPARE(wrong, own);
        QCOMPARE(right, own);
    }

    void everyFunctionStationsCallHidesItsInside()
    {
        // What migration 10 set: a later migration that replaces a function must set it again.
        const PgResult lacking = m_db->session().exec(QStringLiteral(
            "SELECT string_agg(p.oid::regprocedure::text, ', ' ORDER BY 1) FROM pg_proc AS p "
            "WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef AND NOT coalesce(p.proconfig @> "
            "ARRAY['client_min_messages=error', 'debug_print_parse=off', 'debug_print_rewritten=off', "
            "'debug_print_plan=off'], false)"));
        QVERIFY(lacking.ok());
        QVERIFY2(lacking.isNull(0, 0), qPrintable(lacking.text(0, 0)));
        QVERIFY(m_db->session()
                    .exec(QStringLiteral("SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace "
                                         "AND prosecdef"))
                    .integer(0, 0) > 30);
    }

    void autoExplainIsTurnedOffForTheDatabase()
    {
        // Where the server loads auto_explain, it would log plans with the values they ran with.
        const ScopedConnection superuser(m_db->settings(), QStringLiteral("log-auto-explain"));
        QVERIFY(superuser.isOpen());
        QVERIFY(superuser.session().exec(QStringLiteral("LOAD 'auto_explain'")).ok());
        QVERIFY(DatabaseRoles::keepValuesOutOfTheLog(superuser.session()).ok());
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT c FROM pg_db_role_setting AS s CROSS JOIN LATERAL "
                                          "unnest(s.setconfig) AS c WHERE s.setrole = 0 AND s.setdatabase = "
                                          "(SELECT oid FROM pg_database WHERE datname = current_database()) "
                                          "AND c LIKE 'auto_explain.%'"))
                     .text(0, 0),
                 QStringLiteral("auto_explain.log_min_duration=-1"));
    }

    void aStationLoginCannotMakeOtherStationsLogTheirValues()
    {
        // The station login sets for itself (PostgreSQL lets every role do so) what would make every later session
        // of it log the values it sends: parameters of failing statements, and plan trees with their constants.
        StationConnection attacker(m_fixture.stationSettings(*m_db));
        for (const char *setting : {"log_parameter_max_length_on_error = -1", "debug_print_plan = on",
                                    "debug_print_rewritten = on", "debug_print_parse = on"}) {
            const PgResult altered = attacker.exec(
                QStringLiteral("ALTER ROLE %1 SET %2").arg(m_fixture.stationLogin, QString::fromLatin1(setting)));
            QVERIFY2(altered.ok(), qPrintable(altered.error().message));
        }
        // And for this database alone, which takes precedence.
        QVERIFY(attacker
                    .exec(QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET debug_print_plan = on")
                              .arg(m_fixture.stationLogin, m_db->name()))
                    .ok());
        QCOMPARE(
            m_db->session()
                    .exec(QStringLiteral("SELECT cardinality(setconfig) FROM pg_db_role_setting WHERE setdatabase = 0 "
                                         "AND setrole = $1::regrole"),
                          {m_fixture.stationLogin})
                    .integer(0, 0) >= 4,
            true);
        const qint64 offset = logSize();
        const QString note = probe("refused-note");
        const QString newPassword = probe("refused-password");
        {
            // A nurse at another station, through the application: signs in, and writes a note that is refused.
            const SignedInConnection app(m_fixture.stationSettings(*m_db),
                                         m_fixture.emails.value(QStringLiteral("nurseA")),
                                         QString::fromLatin1(TenantFixture::password));
            QVERIFY2(app.isValid(), qPrintable(app.errorMessage()));
            const PgResult refused = PgSession(app.database())
                                         .exec(QStringLiteral("SELECT public.app_write_medical_notes($1::uuid, $2)"),
                                               {resident("B1"), note});
            QCOMPARE(refused.error().sqlState, denied);
            QCOMPARE(UserSession::changePassword(app.database(), newPassword, newPassword).outcome, Outcome::Refused);
        }
        const QByteArray log = logSince(offset);
        QVERIFY(log.contains("not allowed to write medical notes")); // the refusal was logged
        const QStringList found = leaked(log, {QString::fromLatin1(TenantFixture::password), note, newPassword});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    }

    void planTreesInsideFunctionsRevealNothingStored()
    {
        // Someone at a station asks for every plan tree, in the log and on their own screen, and then signs in and
        // writes and reads notes: the functions' own statements must not show what they read (a password's hash, a
        // key) in their plans, to the log or to the caller.
        const QString hash =
            m_db->session()
                .exec(QStringLiteral("SELECT password_hash FROM user_credentials WHERE user_id = $1"), {user("nurseA")})
                .text(0, 0);
        QVERIFY(hash.startsWith(QLatin1String("$2")));
        QString error;
        QFile keyFile(TestCluster::current(&error).baseDirectory + QStringLiteral("/master.key"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QString masterKey = QString::fromLatin1(keyFile.readAll().trimmed());
        QCOMPARE(masterKey.size(), 64);
        // The database's own secret behind the email keys, as raw bytes (a plan shows a bytea constant so).
        const QByteArray attemptSecret =
            QByteArray::fromHex(m_db->session()
                                    .exec(QStringLiteral("SELECT encode(attempt_secret, 'hex') FROM system_settings"))
                                    .text(0, 0)
                                    .toLatin1());
        QCOMPARE(attemptSecret.size(), 32);

        const qint64 offset = logSize();
        StationConnection attacker(m_fixture.stationSettings(*m_db));
        QVERIFY(
            attacker.session()
                .execScript(QStringLiteral("SET debug_print_plan = on; SET debug_print_rewritten = on; "
                                           "SET debug_print_parse = on; SET log_parameter_max_length_on_error = -1"))
                .ok());
        QVERIFY(!signInForToken(attacker, QStringLiteral("nurseA"), QString::fromLatin1(TenantFixture::password))
                     .isEmpty());
        QVERIFY(attacker
                    .exec(QStringLiteral("SELECT app_write_medical_notes($1, $2)"),
                          {resident("A1a"), QStringLiteral("plan probe")})
                    .ok());
        QCOMPARE(attacker.readMedical(QStringLiteral("notes"), resident("A1a")).text(0, 0),
                 QStringLiteral("plan probe"));
        // Made at the first note written, if not before.
        const QString organizationKey =
            m_db->session().exec(QStringLiteral("SELECT wcn_organization_key($1, 1)"), {m_fixture.orgA}).text(0, 0);
        QVERIFY(!organizationKey.isEmpty());
        const QByteArray log = logSince(offset);
        QVERIFY(log.contains("PLANNEDSTMT")); // plan trees were logged
        QStringList found = leaked(log, {hash, masterKey, organizationKey});
        if (log.contains(asPlanBytes(attemptSecret)))
            found.append(QStringLiteral("attempt_secret"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestAttackServerLog)
#include "TestAttackServerLog.moc"
