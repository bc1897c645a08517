// The attack suite, denial of service: what someone at a station could call to stop everybody else's work (locks
// held by a transaction left open, work that piles up). Nothing a station may call, signed in or not, may take a
// lock that others wait on for long.

#include "AttackSuite.h"
#include "common/Clock.h"
#include "database/Migrator.h"

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

    // Before closeSharedLocks, any station login could take the advisory locks that notes take in turn by id (256
    // keys, shared by every organization) and hold them in an open transaction: every organization's notes waited.
    // Or the migrator's, so that no upgrade could run. Or read the WAL position, which told how much a sign-in wrote.
    void aStationCannotTakeTheLocksOthersWaitFor_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("a note's lock") << QStringLiteral(
            "SELECT pg_advisory_xact_lock(hashtext('writecarenotes.daily_records.id'), k) FROM generate_series(0, 255) "
            "AS k");
        QTest::newRow("the migrator's lock")
            << QStringLiteral("SELECT pg_advisory_lock(%1)").arg(Migrator::advisoryLockKey);
        QTest::newRow("a shared lock") << QStringLiteral("SELECT pg_try_advisory_lock_shared(1)");
        QTest::newRow("the WAL position") << QStringLiteral("SELECT pg_current_wal_insert_lsn()");
        QTest::newRow("the WAL statistics") << QStringLiteral("SELECT wal_bytes FROM pg_stat_wal");
    }
    void aStationCannotTakeTheLocksOthersWaitFor()
    {
        QFETCH(QString, statement);
        for (const QString &who : {QString(), QStringLiteral("managerA")}) {
            auto connection = who.isEmpty() ? station() : signedIn(who);
            QVERIFY(connection->isOpen());
            QCOMPARE(connection->exec(statement).error().sqlState, denied);
            QCOMPARE(m_db->session()
                         .exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE pid = $1 AND locktype = 'advisory'"),
                               {connection->backendPid()})
                         .text(0, 0),
                     QStringLiteral("0"));
        }
    }

    // The locks notes take are the note's own organization's, taken through wcn_note_lock for someone signed in
    // there: one organization's open transaction holds up no other organization's notes.
    void notesTakeOnlyTheirOwnOrganizationsLocks()
    {
        const QString someNote = QStringLiteral("5b0d7c1e-8a1f-4c4e-9d35-2f6b7a9e0c11");
        auto nobody = station();
        QCOMPARE(nobody->exec(QStringLiteral("SELECT wcn_note_lock('id', $1, $2)"), {m_fixture.orgA, someNote})
                     .error()
                     .sqlState,
                 denied);
        auto carer = signedIn(QStringLiteral("carerA"));
        QCOMPARE(carer->exec(QStringLiteral("SELECT wcn_note_lock('id', $1, $2)"), {m_fixture.orgB, someNote})
                     .error()
                     .sqlState,
                 denied);
        // Carer A holds every lock of her own organization's notes in an open transaction.
        QVERIFY(carer->exec(QStringLiteral("BEGIN")).ok());
        const PgResult held =
            carer->exec(QStringLiteral("SELECT count(*) FROM (SELECT wcn_note_lock('id', $1, gen_random_uuid()) "
                                       "FROM generate_series(1, 4000)) AS l"),
                        {m_fixture.orgA});
        QVERIFY2(held.ok(), qPrintable(held.error().message));
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE pid = $1 AND locktype = 'advisory'"),
                           {carer->backendPid()})
                     .text(0, 0),
                 QStringLiteral("256"));
        // Organization B's nurse writes a note without waiting (a wait would end in a lock timeout here).
        auto nurseB = signedIn(QStringLiteral("nurseB"));
        QVERIFY(nurseB->exec(QStringLiteral("SET lock_timeout = '2s'")).ok());
        const PgResult written = nurseB->exec(
            QStringLiteral("INSERT INTO daily_records (resident_id, date, shift) VALUES ($1, $2, 'late') RETURNING id"),
            {resident("B1"), Clock::today()});
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(written.rowCount(), 1);
        QVERIFY(carer->exec(QStringLiteral("ROLLBACK")).ok());
    }

    void noFunctionOfTheOwnersIsLeftToStations()
    {
        // The owner's SECURITY DEFINER functions bypass row-level security; the maintenance was the only one stations
        // could call that reaches every organization. Those left name the caller's organization in every read (and
        // the audits' also check audits.write and the audit's home; the home screen's, the caller's homes and rights;
        // the Health page's answer only an administrator of a database that holds one organization).
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT string_agg(p.proname, ',' ORDER BY p.proname) FROM pg_proc AS p "
                                          "WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef "
                                          "AND p.proowner = 'wcn_owner'::regrole "
                                          "AND has_function_privilege('wcn_app', p.oid, 'EXECUTE')"))
                     .text(0, 0),
                 QStringLiteral(
                     "app_archive_resident,app_attention,app_confirm_user,app_connection_health,app_draft_key,"
                     "app_head_injury_watch,"
                     "app_records_kept,app_report_incident,app_request_subject_access,app_revise_audit,"
                     "app_save_audit_template,app_server_health,app_set_legal_hold,app_sign_off_audit,"
                     "app_standby_health,app_subject_access_export,app_table_health,app_unlock_user,app_user_states,"
                     "app_users_waiting,app_verify_audit_log,app_verify_audited_rows"));
    }
};

QTEST_GUILESS_MAIN(TestAttackDenialOfService)
#include "TestAttackDenialOfService.moc"
