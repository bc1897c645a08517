// Attacks with the station's database login itself, nobody signed in or signed in: what the login may do outside
// the application's functions (large objects, other databases, holding transactions open) and what it sees of other
// stations sharing it (pg_stat_activity).

#include "AttackSuite.h"
#include "SignedInConnection.h"
#include "database/DatabaseRoles.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"
#include "server/ServerExposure.h"
#include "shiftnotes/TimelineModel.h"

#include <QTest>
#include <QUuid>

#include <libpq-fe.h>

class TestAttackStationLogin : public AttackSuite
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = setUpFixture();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase() { m_db.reset(); }

    void aStationCannotStoreLargeObjects()
    {
        auto connection = station();
        QVERIFY(connection->isOpen());
        // Storage outside row-level security: refused by SQL, whichever function is tried.
        for (const char *statement :
             {"SELECT lo_create(0)", "SELECT lo_creat(-1)", "SELECT lo_from_bytea(0, '\\x41'::bytea)",
              "SELECT lo_import('/etc/hostname')", "SELECT lo_put(1, 0, '\\x41'::bytea)"})
            QCOMPARE(connection->exec(QString::fromLatin1(statement)).error().sqlState, denied);
        // And by libpq's own large-object calls (the fast-path protocol psql's \lo_import uses).
        PGconn *raw = connection->session().connection();
        QVERIFY(connection->exec(QStringLiteral("BEGIN")).ok());
        QCOMPARE(lo_creat(raw, 0x20000 /* INV_WRITE */), Oid(0));
        QVERIFY(QString::fromUtf8(PQerrorMessage(raw)).contains(QLatin1String("permission denied")));
        QVERIFY(connection->exec(QStringLiteral("ROLLBACK")).ok());
        QCOMPARE(m_db->session().exec(QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata")).integer(0, 0), 0);
        // The owner (a superuser here) still can: the functions exist, only the station may not use them.
        QVERIFY(m_db->session().exec(QStringLiteral("SELECT lo_unlink(lo_create(0))")).ok());
    }

    void stationLoginsGiveUpAbandonedTransactions()
    {
        // Set at create-station-login (the fixture's login) ...
        auto connection = station();
        QCOMPARE(connection->exec(QStringLiteral("SHOW idle_in_transaction_session_timeout")).text(0, 0),
                 QStringLiteral("1min"));
        QCOMPARE(connection->exec(QStringLiteral("SHOW lock_timeout")).text(0, 0), QStringLiteral("10s"));
        QCOMPARE(connection->exec(QStringLiteral("SHOW statement_timeout")).text(0, 0), QStringLiteral("2min"));

        // ... and at migrate, for a station login made before this version (or by hand).
        // In a transaction rolled back at the end: tests running alongside never see this login.
        const QString older = QStringLiteral("station_older_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QVERIFY(m_db->run(QStringLiteral("BEGIN")));
        QVERIFY(m_db->run(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE wcn_app").arg(older)));
        const QString settings = QStringLiteral(
            "SELECT coalesce(array_to_string(setconfig, ','), '') FROM pg_roles AS r LEFT JOIN pg_db_role_setting AS s "
            "ON s.setrole = r.oid AND s.setdatabase = 0 WHERE r.rolname = $1");
        QCOMPARE(m_db->session().exec(settings, {older}).text(0, 0), QString());
        const Result<> prepared = DatabaseRoles::prepare(m_db->session());
        QVERIFY2(prepared.ok(), qPrintable(prepared.message));
        const QString limits = m_db->session().exec(settings, {older}).text(0, 0);
        m_db->run(QStringLiteral("ROLLBACK"));
        QCOMPARE(limits, QStringLiteral("idle_in_transaction_session_timeout=1min,lock_timeout=10s,"
                                        "statement_timeout=2min"));
    }

    void migrateTakesBackTheLoggingAStationLoginGaveItself()
    {
        auto connection = station();
        for (const QString &statement :
             {QStringLiteral("ALTER ROLE %1 SET debug_print_plan = on").arg(m_fixture.stationLogin),
              QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET log_parameter_max_length_on_error = -1")
                  .arg(m_fixture.stationLogin, m_db->name())})
            QVERIFY(connection->exec(statement).ok()); // PostgreSQL lets every role set its own defaults
        const QString overrides = QStringLiteral(
            "SELECT count(*) FROM pg_db_role_setting AS s CROSS JOIN LATERAL unnest(s.setconfig) AS c "
            "WHERE s.setrole = $1::regrole AND c ~ '^(debug_print_plan|log_parameter_max_length_on_error)='");
        QCOMPARE(m_db->session().exec(overrides, {m_fixture.stationLogin}).integer(0, 0), 2);
        // Said at migrate and status ...
        QCOMPARE(ServerExposure::warnings(m_db->session()).filter(m_fixture.stationLogin).size(), 1);
        // ... and taken back by migrate, the time limits kept. (In a transaction rolled back afterwards: migrate
        // alters every station login of the cluster, and tests running alongside set theirs on purpose.)
        QVERIFY(m_db->run(QStringLiteral("BEGIN")));
        const Result<> prepared = DatabaseRoles::prepare(m_db->session());
        const int left = m_db->session().exec(overrides, {m_fixture.stationLogin}).integer(0, 0);
        const QStringList after = ServerExposure::warnings(m_db->session());
        const PgResult limits = m_db->session().exec(
            QStringLiteral("SELECT rolconfig FROM pg_roles WHERE rolname = $1"), {m_fixture.stationLogin});
        m_db->run(QStringLiteral("ROLLBACK"));
        m_db->run(QStringLiteral("ALTER ROLE %1 RESET debug_print_plan").arg(m_fixture.stationLogin));
        m_db->run(QStringLiteral("ALTER ROLE %1 IN DATABASE %2 RESET ALL").arg(m_fixture.stationLogin, m_db->name()));
        QVERIFY2(prepared.ok(), qPrintable(prepared.message));
        QCOMPARE(left, 0);
        QVERIFY2(after.filter(m_fixture.stationLogin).isEmpty(), qPrintable(after.join(QLatin1Char('\n'))));
        QCOMPARE(limits.text(0, 0), QStringLiteral("{idle_in_transaction_session_timeout=1min,lock_timeout=10s,"
                                                   "statement_timeout=2min}"));
    }

    void anotherStationSeesNoValueInStatementText()
    {
        // A nurse reads a resident's notes in the application; the same login at another station watches.
        const SignedInConnection nurse(m_fixture.stationSettings(*m_db),
                                       m_fixture.emails.value(QStringLiteral("nurseA")),
                                       QString::fromLatin1(TenantFixture::password));
        QVERIFY2(nurse.isValid(), qPrintable(nurse.errorMessage()));
        const int pid = PQbackendPID(PgSession::handleOf(nurse.database()));
        auto watcher = station();
        const QString seen = QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = $1");

        TimelineModel timeline(nurse.name());
        timeline.setResident(resident("A1a"), QStringLiteral("drinking"), QDate(2020, 1, 1), QDate(2099, 12, 31));
        QCOMPARE(timeline.lastRead().message, QString());
        const QString query = watcher->exec(seen, {pid}).text(0, 0);
        QVERIFY2(query.contains(QLatin1String("daily_records")), qPrintable(query)); // the timeline's statement
        for (const QString &value : {resident("A1a"), QStringLiteral("drinking"), QStringLiteral("2020-01-01")})
            QVERIFY2(!query.contains(value), qPrintable(query));
    }

    void theServerIsCheckedForWhatWouldStillLeak()
    {
        // The shared test cluster is set up as a shared server usually is: every role may connect to `postgres`.
        // Another test may meanwhile give its own station login logging settings of its own (the cluster's roles are
        // shared): only this database's and this login's warnings are asked about here.
        const auto ours = [this](const QStringList &all) {
            QStringList kept;
            for (const QString &warning : all) {
                if (!warning.startsWith(QLatin1String("The station login ")) ||
                    warning.contains(m_fixture.stationLogin))
                    kept.append(warning);
            }
            return kept;
        };
        const QStringList warnings = ours(ServerExposure::warnings(m_db->session()));
        QVERIFY2(warnings.filter(QStringLiteral("postgres")).size() == 1, qPrintable(warnings.join(QLatin1Char('\n'))));
        // What migrate sets for this database is in place: nothing said about statement logging.
        QVERIFY2(warnings.filter(QStringLiteral("log_parameter_max_length")).isEmpty(),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
        // What only a superuser's migrate sets is said when missing.
        QVERIFY(m_db->run(QStringLiteral("GRANT EXECUTE ON FUNCTION lo_create(oid) TO PUBLIC")));
        const QStringList open = ours(ServerExposure::warnings(m_db->session()));
        m_db->run(QStringLiteral("REVOKE EXECUTE ON FUNCTION lo_create(oid) FROM PUBLIC"));
        QVERIFY2(open.filter(QStringLiteral("large objects")).size() == 1, qPrintable(open.join(QLatin1Char('\n'))));
        // Plan trees in the log would show values: said, when the database turns them on.
        QVERIFY(m_db->run(QStringLiteral("ALTER DATABASE %1 SET debug_print_plan = on").arg(m_db->name())));
        QStringList later;
        {
            const ScopedConnection fresh(m_db->settings(), QStringLiteral("exposure"));
            later = ours(ServerExposure::warnings(fresh.session()));
        }
        m_db->run(QStringLiteral("ALTER DATABASE %1 RESET debug_print_plan").arg(m_db->name()));
        QVERIFY2(later.filter(QStringLiteral("debug_print_plan")).size() == 1,
                 qPrintable(later.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestAttackStationLogin)
#include "TestAttackStationLogin.moc"
