// The attack suite, denial of service: what someone at a station could call to stop everybody else's work (locks
// held by a transaction left open, work that piles up). Nothing a station may call, signed in or not, may take a
// lock that others wait on for long.

#include "AttackSuite.h"

#include <QTest>

class TestAttackDenialOfService : public AttackSuite
{
    Q_OBJECT

private:
    // The strongest lock the backend holds on daily_records_default, as the superuser sees pg_locks; empty when none.
    QString lockOnDefaultPartition(const StationConnection &connection) const
    {
        return m_db->session()
            .exec(QStringLiteral("SELECT string_agg(mode, ',' ORDER BY mode) FROM pg_locks "
                                 "WHERE pid = $1 AND relation = 'public.daily_records_default'::regclass"),
                  {connection.backendPid()})
            .text(0, 0);
    }

private slots:
    void initTestCase()
    {
        const QString problem = setUpFixture();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase() { m_db.reset(); }

    // Before migration 14 a station login with nobody signed in could run BEGIN; SELECT
    // ensure_daily_record_partitions(36); and leave the transaction open: each new month's partition took an ACCESS
    // EXCLUSIVE lock on the default partition, and every organization's notes waited behind it; a rollback undid the
    // partitions, so it could be done again forever.
    void aStationCannotHoldEveryonesNotesBehindPartitionMaintenance_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("nobody signed in") << QString();
        QTest::newRow("carer") << QStringLiteral("carerA");
        QTest::newRow("manager") << QStringLiteral("managerA");
        QTest::newRow("administrator") << QStringLiteral("adminA");
    }
    void aStationCannotHoldEveryonesNotesBehindPartitionMaintenance()
    {
        QFETCH(QString, who);
        auto connection = who.isEmpty() ? station() : signedIn(who);
        QVERIFY(connection->isOpen());
        // Months that do not exist yet, so that maintenance would have something to create.
        const QString before = m_db->session()
                                   .exec(QStringLiteral("SELECT count(*) FROM pg_inherits "
                                                        "WHERE inhparent = 'public.daily_records'::regclass"))
                                   .text(0, 0);
        QVERIFY(connection->exec(QStringLiteral("BEGIN")).ok());
        const PgResult maintained = connection->exec(QStringLiteral("SELECT ensure_daily_record_partitions(36)"));
        QCOMPARE(maintained.error().sqlState, denied);
        QCOMPARE(lockOnDefaultPartition(*connection), QString());
        QVERIFY(connection->exec(QStringLiteral("ROLLBACK")).ok());
        // Nor committed: no partition was made by a station.
        QVERIFY(!connection->exec(QStringLiteral("SELECT ensure_daily_record_partitions(36)")).ok());
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM pg_inherits "
                                          "WHERE inhparent = 'public.daily_records'::regclass"))
                     .text(0, 0),
                 before);
    }

    void noFunctionOfTheOwnersIsLeftToStations()
    {
        // The owner's SECURITY DEFINER functions bypass row-level security; the maintenance was the only one stations
        // could call that reaches every organization. Those left name the caller's organization in every read.
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT string_agg(p.proname, ',' ORDER BY p.proname) FROM pg_proc AS p "
                                          "WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef "
                                          "AND p.proowner = 'wcn_owner'::regrole "
                                          "AND has_function_privilege('wcn_app', p.oid, 'EXECUTE')"))
                     .text(0, 0),
                 QStringLiteral("app_confirm_user,app_draft_key,app_users_waiting"));
    }
};

QTEST_GUILESS_MAIN(TestAttackDenialOfService)
#include "TestAttackDenialOfService.moc"
