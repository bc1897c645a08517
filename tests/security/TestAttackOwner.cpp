// The attack suite, the schema owner's part: someone who can act as wcn_owner (a login that is a member of it, as
// the administrator's command line and maintenance use) tries to change or remove rows of the append-only tables (the
// audit log, record history, resident events, care plan reviews, shift notes and every partition of them,
// assessments and their follow-ups) by changing the schema around them: disabling or dropping their triggers,
// replacing the functions the triggers call, detaching or dropping partitions, turning row security off, rewriting
// rows through ALTER TABLE, rules, owners, renames, TRUNCATE. Each attempt runs in a transaction that is rolled back,
// so an attack that succeeds (as each did before the guard) shows how the rows changed and harms no other test.

#include "AttackSuite.h"
#include "StationConnection.h"
#include "TestDatabase.h"

#include <QTest>
#include <QUuid>

#include <memory>

class TestAttackOwner : public AttackSuite
{
    Q_OBJECT

    // A login that is a member of wcn_owner: its session user is no superuser, as on a shared server.
    QString m_ownerLogin;
    std::unique_ptr<StationConnection> m_owner;

    struct Attempt
    {
        int failedAt = -1; // index of the statement that failed, -1 when every one succeeded
        QString sqlState;
        QString message;
        QString rowsAfter; // when every statement succeeded: the attacked table's rows, seen inside the transaction
    };

    // Count and digest of a table's rows, by the superuser (which sees every row).
    QString rowsOf(const QString &table) const
    {
        return m_db->session()
            .exec(QStringLiteral("SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), "
                                 "'')) FROM %1 AS t")
                      .arg(table))
            .text(0, 0);
    }

    // Runs statements in order as the owner inside a transaction, stops at the first error, rolls back.
    Attempt attempt(const QStringList &statements, const QString &table = QString()) const
    {
        Attempt result;
        m_owner->exec(QStringLiteral("BEGIN"));
        for (int n = 0; n < statements.size(); ++n) {
            const PgResult step = m_owner->exec(statements.at(n));
            if (!step.ok()) {
                result.failedAt = n;
                result.sqlState = step.error().sqlState;
                result.message = step.error().message;
                break;
            }
        }
        if (result.failedAt < 0 && !table.isEmpty())
            result.rowsAfter =
                m_owner
                    ->exec(QStringLiteral("SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, ',' ORDER BY "
                                          "t::text), '')) FROM %1 AS t")
                               .arg(table))
                    .text(0, 0);
        m_owner->exec(QStringLiteral("ROLLBACK"));
        return result;
    }

    static QByteArray describe(const Attempt &attempt)
    {
        if (attempt.failedAt < 0)
            return QByteArray("the attack succeeded; rows inside its transaction: ") + attempt.rowsAfter.toUtf8();
        return QStringLiteral("statement %1 failed: %2 %3")
            .arg(attempt.failedAt)
            .arg(attempt.sqlState, attempt.message)
            .toUtf8();
    }

    // Asserts that the statement at refusedAt was refused by the guard (the ones before it succeeding) and that the
    // table's rows are what they were.
    void expectRefused(const QStringList &statements, int refusedAt, const QString &table)
    {
        const QString before = rowsOf(table);
        QVERIFY2(!before.startsWith(QLatin1String("0 ")), qPrintable(table + QStringLiteral(" has no rows to attack")));
        const Attempt result = attempt(statements, table);
        QVERIFY2(result.failedAt == refusedAt && result.sqlState == denied, describe(result).constData());
        QCOMPARE(rowsOf(table), before);
    }

    QString noteTable() const
    {
        return m_db->session()
            .exec(QStringLiteral("SELECT tableoid::regclass::text FROM daily_records LIMIT 1"))
            .text(0, 0);
    }

private slots:
    void initTestCase()
    {
        const QString problem = setUpFixture();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Something in every append-only table: the fixture's notes, reviews and assessments, the audit of its users,
        // the history and admission events of its residents; and a sign-in for the audit log.
        auto nurse = signedIn(QStringLiteral("nurseA"));
        QVERIFY(nurse->isOpen());
        QVERIFY(m_db->run(QStringLiteral("UPDATE residents SET first_name = first_name || ' ' WHERE id = $1"),
                          {resident("A1a")}));

        m_ownerLogin = QStringLiteral("wcn_test_owner_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const QString password = QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(m_db->run(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE wcn_owner").arg(m_ownerLogin, password)));
        ConnectionSettings settings = m_db->settings();
        settings.setValue(QStringLiteral("user"), m_ownerLogin);
        settings.setValue(QStringLiteral("password"), password);
        m_owner = std::make_unique<StationConnection>(settings);
        QVERIFY2(m_owner->isOpen(), qPrintable(m_owner->errorMessage()));
        QVERIFY(m_owner->exec(QStringLiteral("SET ROLE wcn_owner")).ok());
        const PgResult who = m_owner->exec(
            QStringLiteral("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)::text"));
        QCOMPARE(who.text(0, 0) + QLatin1Char(' ') + who.text(0, 1), QStringLiteral("wcn_owner false"));
    }
    void cleanupTestCase()
    {
        m_owner.reset();
        if (m_db && !m_ownerLogin.isEmpty())
            m_db->run(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_ownerLogin));
        m_db.reset();
    }

    void disablingTheAuditLogsTriggerToDeleteAuditRows()
    {
        expectRefused({QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"),
                       QStringLiteral("DELETE FROM audit_log")},
                      0, QStringLiteral("audit_log"));
    }

    void disablingEveryTriggerOfTheNotesToRewriteThem()
    {
        expectRefused({QStringLiteral("ALTER TABLE daily_records DISABLE TRIGGER USER"),
                       QStringLiteral("UPDATE daily_records SET care_delivered = '{\"forged\": true}'")},
                      0, QStringLiteral("daily_records"));
    }

    void disablingAPartitionsTriggerToDeleteItsNotes()
    {
        const QString partition = noteTable();
        QVERIFY(!partition.isEmpty());
        expectRefused({QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER daily_records_append_only").arg(partition),
                       QStringLiteral("DELETE FROM %1").arg(partition)},
                      0, QStringLiteral("daily_records"));
    }

    void makingTheAuditLogsTriggerFireOnlyOnReplicas()
    {
        // session_replication_role is the superuser's (PostgreSQL refuses it), and a trigger made ALWAYS or REPLICA
        // changes how it is kept.
        const Attempt role = attempt({QStringLiteral("SET session_replication_role = replica")});
        QCOMPARE(role.failedAt, 0);
        QCOMPARE(role.sqlState, denied);
        expectRefused({QStringLiteral("ALTER TABLE audit_log ENABLE REPLICA TRIGGER audit_log_append_only")}, 0,
                      QStringLiteral("audit_log"));
    }

    void droppingTheRecordHistorysTriggerToDeleteHistory()
    {
        expectRefused({QStringLiteral("DROP TRIGGER record_history_append_only ON record_history"),
                       QStringLiteral("DELETE FROM record_history")},
                      0, QStringLiteral("record_history"));
    }

    void replacingTheRefusingFunctionToDeleteResidentEvents()
    {
        expectRefused({QStringLiteral("CREATE OR REPLACE FUNCTION refuse_audit_log_change() RETURNS trigger "
                                      "LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$"),
                       QStringLiteral("DELETE FROM resident_events")},
                      0, QStringLiteral("resident_events"));
    }

    // The archive (migration 33): only a statement running as wcn_archiver may remove an append-only row, and the
    // owner can neither become it, nor change its function, nor replace what it calls or the row audit its removals
    // fire (which would then run as wcn_archiver), nor the verifiers that would find what the owner did.
    void takingOverTheArchiveToDeleteReviews()
    {
        const QString reviews = QStringLiteral("care_plan_reviews");
        expectRefused({QStringLiteral("SET ROLE wcn_archiver"), QStringLiteral("DELETE FROM care_plan_reviews")}, 0,
                      reviews);
        expectRefused({QStringLiteral("ALTER FUNCTION wcn_archive_remove(bigint) SECURITY INVOKER"),
                       QStringLiteral("DELETE FROM care_plan_reviews")},
                      0, reviews);
        expectRefused({QStringLiteral("DROP FUNCTION wcn_archive_remove(bigint)")}, 0, reviews);
        expectRefused({QStringLiteral("CREATE OR REPLACE FUNCTION wcn_redacted_details(details jsonb, archive bigint) "
                                      "RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$ SELECT details $$")},
                      0, reviews);
        expectRefused({QStringLiteral("ALTER FUNCTION audit_row_change() SECURITY INVOKER")}, 0, reviews);
        expectRefused({QStringLiteral("CREATE OR REPLACE FUNCTION wcn_verify_audit_chain(chain uuid) RETURNS TABLE "
                                      "(chain_position bigint, entry_id bigint, problem text, entry_hash bytea) "
                                      "LANGUAGE sql AS $$ SELECT NULL::bigint, NULL::bigint, NULL, NULL::bytea "
                                      "WHERE false $$")},
                      0, reviews);
    }

    // What runs as whoever writes an append-only table's row (a constraint's or an index's function, a default, any
    // other trigger) would run as wcn_archiver when the archive writes there, or skip its removals, or (a default)
    // date every new entry as the owner likes: none may be added.
    void addingWhatRunsOnWritingToTheAuditLog()
    {
        const QString reviews = QStringLiteral("care_plan_reviews");
        const QString function =
            QStringLiteral("CREATE FUNCTION take_reviews(bigint) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS "
                           "$$ BEGIN RETURN true; END $$");
        expectRefused({function, QStringLiteral("ALTER TABLE audit_log ADD CONSTRAINT taking CHECK "
                                                "(take_reviews(id)) NOT VALID")},
                      1, reviews);
        expectRefused({QStringLiteral("ALTER TABLE audit_log ALTER COLUMN occurred_at SET DEFAULT "
                                      "'2001-01-01 00:00+00'")},
                      0, reviews);
        expectRefused({function, QStringLiteral("CREATE INDEX taking ON audit_log ((take_reviews(id)))")}, 1, reviews);
        expectRefused({QStringLiteral("CREATE TRIGGER kept BEFORE DELETE ON record_history FOR EACH ROW EXECUTE "
                                      "FUNCTION audit_row_change('resident_events')")},
                      0, reviews);
    }

    void alteringTheRefusingFunctionOfAssessments()
    {
        expectRefused({QStringLiteral("ALTER FUNCTION refuse_assessment_change() SECURITY DEFINER")}, 0,
                      QStringLiteral("assessments"));
        expectRefused({QStringLiteral("ALTER FUNCTION refuse_assessment_change() SET search_path = public")}, 0,
                      QStringLiteral("assessments"));
    }

    void detachingAPartitionToDeleteItsNotes()
    {
        const QString partition = noteTable();
        expectRefused({QStringLiteral("ALTER TABLE daily_records DETACH PARTITION %1").arg(partition),
                       QStringLiteral("DELETE FROM %1").arg(partition)},
                      0, QStringLiteral("daily_records"));
    }

    void detachingAPartitionConcurrently()
    {
        // Not in a transaction (it cannot be): PostgreSQL refuses it while a default partition exists, and the
        // default partition cannot be detached or dropped (above).
        const QString partition = noteTable();
        const QString before = rowsOf(QStringLiteral("daily_records"));
        const PgResult detached =
            m_owner->exec(QStringLiteral("ALTER TABLE daily_records DETACH PARTITION %1 CONCURRENTLY").arg(partition));
        QVERIFY(!detached.ok());
        QVERIFY2(detached.error().message.contains(QLatin1String("default partition")),
                 qPrintable(detached.error().message));
        expectRefused({QStringLiteral("ALTER TABLE daily_records DETACH PARTITION daily_records_default")}, 0,
                      QStringLiteral("daily_records"));
        QCOMPARE(rowsOf(QStringLiteral("daily_records")), before);
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM pg_inherits WHERE inhrelid = $1::regclass "
                                          "AND inhparent = 'daily_records'::regclass AND NOT inhdetachpending"),
                           {partition})
                     .integer(0, 0),
                 1);
    }

    void droppingAPartitionOfNotes()
    {
        expectRefused({QStringLiteral("DROP TABLE %1").arg(noteTable())}, 0, QStringLiteral("daily_records"));
    }

    void attachingAPartitionThatCanBeEmptied()
    {
        // A partition of its own making, without the TRUNCATE trigger: notes written into it could be emptied.
        const QString before = rowsOf(QStringLiteral("daily_records"));
        const Attempt result = attempt(
            {QStringLiteral("CREATE TABLE daily_records_y2190m01 (LIKE daily_records INCLUDING DEFAULTS INCLUDING "
                            "CONSTRAINTS)"),
             QStringLiteral("ALTER TABLE daily_records ATTACH PARTITION daily_records_y2190m01 "
                            "FOR VALUES FROM ('2190-01-01') TO ('2190-02-01')")});
        QVERIFY2(result.failedAt == 1, describe(result).constData());
        QCOMPARE(result.sqlState, denied);
        QCOMPARE(rowsOf(QStringLiteral("daily_records")), before);
    }

    void emptyingAnAppendOnlyTable_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("table");
        QTest::newRow("audit_log") << QStringLiteral("TRUNCATE audit_log") << QStringLiteral("audit_log");
        QTest::newRow("record_history") << QStringLiteral("TRUNCATE record_history")
                                        << QStringLiteral("record_history");
        QTest::newRow("resident_events") << QStringLiteral("TRUNCATE resident_events")
                                         << QStringLiteral("resident_events");
        QTest::newRow("care_plan_reviews")
            << QStringLiteral("TRUNCATE care_plan_reviews") << QStringLiteral("care_plan_reviews");
        QTest::newRow("assessments") << QStringLiteral("TRUNCATE assessments, assessment_follow_ups")
                                     << QStringLiteral("assessments");
        QTest::newRow("assessment_follow_ups")
            << QStringLiteral("TRUNCATE assessment_follow_ups") << QStringLiteral("assessment_follow_ups");
        QTest::newRow("daily_records") << QStringLiteral("TRUNCATE daily_records") << QStringLiteral("daily_records");
        QTest::newRow("daily_records_default")
            << QStringLiteral("TRUNCATE daily_records_default") << QStringLiteral("daily_records");
    }
    void emptyingAnAppendOnlyTable()
    {
        QFETCH(QString, statement);
        QFETCH(QString, table);
        expectRefused({statement}, 0, table);
        // A partition holding notes too.
        if (table == QLatin1String("daily_records"))
            expectRefused({QStringLiteral("TRUNCATE %1").arg(noteTable())}, 0, table);
    }

    void turningRowSecurityOffOnTheAuditLog()
    {
        expectRefused({QStringLiteral("ALTER TABLE audit_log NO FORCE ROW LEVEL SECURITY")}, 0,
                      QStringLiteral("audit_log"));
        expectRefused({QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY").arg(noteTable())}, 0,
                      QStringLiteral("daily_records"));
    }

    void rewritingAuditRowsByChangingAColumnsType()
    {
        expectRefused({QStringLiteral("ALTER TABLE audit_log ALTER COLUMN station TYPE text USING 'forged'")}, 0,
                      QStringLiteral("audit_log"));
        // The same type, rewritten all the same.
        expectRefused(
            {QStringLiteral("ALTER TABLE record_history ALTER COLUMN changed_fields TYPE text[] USING '{forged}'")}, 0,
            QStringLiteral("record_history"));
    }

    void droppingAColumnOfTheAuditLog()
    {
        // CASCADE: the read policy and an index use the column (migration 28), which alone would stop a plain DROP.
        expectRefused({QStringLiteral("ALTER TABLE audit_log DROP COLUMN details CASCADE")}, 0,
                      QStringLiteral("audit_log"));
    }

    void addingARuleToTheAuditLog()
    {
        expectRefused({QStringLiteral("CREATE RULE hide AS ON INSERT TO audit_log DO INSTEAD NOTHING")}, 0,
                      QStringLiteral("audit_log"));
    }

    void givingTheAuditLogToAnotherOwner()
    {
        // wcn_functions, which the owner may act as, could then alter it (it needs CREATE on the schema to own it).
        expectRefused({QStringLiteral("GRANT CREATE ON SCHEMA public TO wcn_functions"),
                       QStringLiteral("ALTER TABLE audit_log OWNER TO wcn_functions")},
                      1, QStringLiteral("audit_log"));
    }

    void renamingTheAuditLogAwayAndDroppingIt()
    {
        expectRefused({QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_old"),
                       QStringLiteral("DROP TABLE audit_log_old")},
                      0, QStringLiteral("audit_log"));
    }

    void droppingTheSchemaWithEverythingInIt()
    {
        expectRefused({QStringLiteral("DROP SCHEMA public CASCADE")}, 0, QStringLiteral("audit_log"));
    }

    void removingTheGuard()
    {
        for (const QString &statement :
             {QStringLiteral("DROP EVENT TRIGGER wcn_append_only_after_command"),
              QStringLiteral("ALTER EVENT TRIGGER wcn_append_only_before_drop DISABLE"),
              QStringLiteral("ALTER EVENT TRIGGER wcn_append_only_before_rewrite OWNER TO wcn_owner"),
              QStringLiteral("DROP SCHEMA wcn_guard CASCADE"), QStringLiteral("DELETE FROM wcn_guard.protected"),
              QStringLiteral("CREATE OR REPLACE FUNCTION wcn_guard.superuser_session() RETURNS boolean "
                             "LANGUAGE sql AS 'SELECT true'")}) {
            const Attempt result = attempt({statement});
            QVERIFY2(result.failedAt == 0, qPrintable(statement));
            QCOMPARE(result.sqlState, denied);
        }
        const PgResult guard = m_db->session().exec(QStringLiteral(
            "SELECT count(*) FROM pg_event_trigger WHERE evtname LIKE 'wcn_append_only_%' AND evtenabled = 'O'"));
        QCOMPARE(guard.integer(0, 0), 3);
    }

    // Last: it commits. Maintenance, as the owner, still makes next months' partitions under the guard, each
    // refusing TRUNCATE and kept from then on; storage settings and statistics targets may still be set on them.
    void maintenanceStillCreatesPartitionsUnderTheGuard()
    {
        const QString countPartitions = QStringLiteral(
            "SELECT count(*) FROM pg_partition_tree('daily_records') WHERE relid <> 'daily_records'::regclass");
        const int before = m_db->session().exec(countPartitions).integer(0, 0);
        const PgResult made = m_owner->exec(QStringLiteral("SELECT ensure_daily_record_partitions(6)"));
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QVERIFY(made.integer(0, 0) > 0);
        QCOMPARE(m_db->session().exec(countPartitions).integer(0, 0), before + made.integer(0, 0));
        const QString newest =
            m_db->session()
                .exec(QStringLiteral("SELECT relid::regclass::text FROM pg_partition_tree('daily_records') "
                                     "WHERE isleaf ORDER BY relid DESC LIMIT 1"))
                .text(0, 0);
        QVERIFY(newest.startsWith(QLatin1String("daily_records_y")));
        for (const QString &statement :
             {QStringLiteral("SELECT apply_daily_record_storage_settings('%1')").arg(newest),
              QStringLiteral("ALTER TABLE %1 ALTER COLUMN resident_id SET STATISTICS 0").arg(newest)}) {
            const PgResult step = m_owner->exec(statement);
            QVERIFY2(step.ok(), qPrintable(statement + QLatin1Char(' ') + step.error().message));
        }
        const Attempt emptied = attempt({QStringLiteral("TRUNCATE %1").arg(newest)});
        QCOMPARE(emptied.failedAt, 0);
        QCOMPARE(emptied.sqlState, denied);
        const Attempt detached = attempt({QStringLiteral("ALTER TABLE daily_records DETACH PARTITION %1").arg(newest)});
        QVERIFY2(detached.failedAt == 0, describe(detached).constData());
        QCOMPARE(detached.sqlState, denied);
    }
};

QTEST_GUILESS_MAIN(TestAttackOwner)
#include "TestAttackOwner.moc"
