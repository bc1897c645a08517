// Attacks through the planner's statistics: ANALYZE summarizes each column over every organization's rows, and a
// plain EXPLAIN (no ANALYZE) under row-level security shows row estimates made from those summaries. Guessing a
// value and watching the estimate tells whether another organization has it. Tried through a station's database
// login over plain libpq, signed in and not.

#include "AttackSuite.h"
#include "StationConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/Migration.h"
#include "database/MigrationCatalog.h"
#include "database/Migrator.h"
#include "database/ScopedConnection.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace {

// The test's own statement of which columns may keep statistics (the migration's statistics_kept says the same):
// random identifiers, booleans, short codes, the times a row was written and a shift note's day. Any other column of
// a table a station's plan can read, and every index expression, must have none. %1 is the root table's name,
// %2 the column's name, %3 its type.
const QString kept = QStringLiteral(
    "(%3 IN ('uuid'::regtype, 'boolean'::regtype) "
    "OR (%3 = 'timestamptz'::regtype AND %2 IN ('created_at', 'updated_at', 'occurred_at', 'recorded_at', "
    "'changed_at', 'chosen_at')) "
    "OR (%3 = 'varchar'::regtype AND %2 IN ('type', 'status', 'role', 'event', 'shift', 'choice', 'band', "
    "'allergy_status', 'subscription_tier', 'table_name')) "
    "OR (%1 = 'daily_records' AND %2 IN ('date', 'categories') AND %3 IN ('date'::regtype, 'text[]'::regtype)))");

// Tables under row-level security (every table holding an organization's rows) and every partition of one.
const QString scope =
    QStringLiteral("SELECT c.oid, c.relname, r.relname AS root FROM pg_class AS c "
                   "JOIN pg_class AS r ON r.oid = coalesce(pg_partition_root(c.oid), c.oid) "
                   "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND r.relrowsecurity");

// Every column that should keep no statistics but has a target above 0 or a pg_statistic row, as "table.column";
// and every index expression likewise, as "index.n". Empty when all is well.
QString statisticsThatCouldIdentifyAPerson(const PgSession &session)
{
    const QString query =
        QStringLiteral("WITH scope AS (%1) "
                       "SELECT string_agg(name, ', ' ORDER BY name) FROM ("
                       "SELECT s.relname || '.' || a.attname AS name FROM scope AS s "
                       "JOIN pg_attribute AS a ON a.attrelid = s.oid AND a.attnum > 0 AND NOT a.attisdropped "
                       "WHERE NOT %2 AND (a.attstattarget <> 0 OR EXISTS (SELECT 1 FROM pg_statistic AS t "
                       "WHERE t.starelid = a.attrelid AND t.staattnum = a.attnum)) "
                       "UNION ALL "
                       "SELECT i.relname || '.' || a.attnum FROM scope AS s "
                       "JOIN pg_index AS x ON x.indrelid = s.oid JOIN pg_class AS i ON i.oid = x.indexrelid "
                       "JOIN pg_attribute AS a ON a.attrelid = x.indexrelid AND a.attnum > 0 "
                       "WHERE x.indkey[a.attnum - 1] = 0 AND (a.attstattarget <> 0 OR EXISTS (SELECT 1 "
                       "FROM pg_statistic AS t WHERE t.starelid = a.attrelid AND t.staattnum = a.attnum))) AS found")
            .arg(scope, kept.arg(QStringLiteral("s.root"), QStringLiteral("a.attname"),
                                 QStringLiteral("a.atttypid::regtype")));
    const PgResult found = session.exec(query);
    return found.ok() ? found.text(0, 0) : found.error().message;
}

// 60 residents of organization B named Halina Zabrowski, born 19/07/1931, with NHS numbers of the 999 test range from
// 9991001... on (only those whose check digit works out), each with a shift note that names her. %1 organization,
// %2 home, %3 author.
const char *const zabrowskis =
    "WITH numbers AS ("
    "  SELECT base || (11 - sum(substr(base, i, 1)::int * (11 - i)) % 11) % 11 AS nhs FROM ("
    "    SELECT '999' || (100100 + g)::text AS base FROM generate_series(1, 70) AS g) AS b, generate_series(1, 9) AS i"
    "  GROUP BY base HAVING 11 - sum(substr(base, i, 1)::int * (11 - i)) % 11 <> 10 ORDER BY base LIMIT 60), "
    "made AS ("
    "  INSERT INTO residents (organization_id, facility_id, first_name, last_name, date_of_birth, admission_date, "
    "  nhs_number, room_number, created_by) "
    "  SELECT $1, $2, 'Halina', 'Zabrowski', '1931-07-19', '2024-01-15', nhs, '100', $3 FROM numbers "
    "  RETURNING id) "
    "INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, narrative) "
    "SELECT $1, id, current_date, 'early', $3, 'Halina Zabrowski walked to the garden' FROM made";

} // namespace

class TestAttackStatistics : public AttackSuite
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = setUpFixture();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const PgSession owner = m_db->session();
        const PgResult made =
            owner.exec(QString::fromLatin1(zabrowskis), {m_fixture.orgB, m_fixture.facilityB1, user("nurseB")});
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        // Staff of organization B with the same surname, as an administrator adds them.
        const PgResult staff =
            owner.exec(QStringLiteral("INSERT INTO users (organization_id, email, first_name, last_name, role) "
                                      "SELECT $1, 'zabrowski.' || g || '@example.org', 'Jan', 'Zabrowski', 'carer' "
                                      "FROM generate_series(1, 40) AS g"),
                       {m_fixture.orgB});
        QVERIFY2(staff.ok(), qPrintable(staff.error().message));
        QVERIFY(owner.exec(QStringLiteral("ANALYZE")).ok());
        // The attack's precondition: the statistics are there, made over both organizations.
        QCOMPARE(owner.exec(QStringLiteral("SELECT reltuples::int FROM pg_class WHERE oid = 'residents'::regclass"))
                     .integer(0, 0),
                 64);
    }
    void cleanupTestCase() { m_db.reset(); }

    // The attack: guess a value, and compare a plain EXPLAIN's estimate with that of a value nobody has. Each pair is
    // the same length, so the plans' text is the same once the literals are taken out, unless an estimate differs.
    void explainEstimatesNothingOfAnotherOrganization_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("hit");  // a value only organization B has
        QTest::addColumn<QString>("miss"); // the same length, nobody's
        const QString residents = QStringLiteral("SELECT id FROM residents WHERE ");
        QTest::newRow("surname") << residents + QStringLiteral("last_name = '%1'") << QStringLiteral("Zabrowski")
                                 << QStringLiteral("Quarendon");
        QTest::newRow("surname, a letter at a time")
            << residents + QStringLiteral("last_name < '%1'") << QStringLiteral("Zac") << QStringLiteral("Zaa");
        QTest::newRow("first name") << residents + QStringLiteral("first_name = '%1'") << QStringLiteral("Halina")
                                    << QStringLiteral("Bozena");
        QTest::newRow("folded surname") << residents + QStringLiteral("search_last_name ^@ '%1'")
                                        << QStringLiteral("zab") << QStringLiteral("qua");
        QTest::newRow("NHS number prefix")
            << residents + QStringLiteral("nhs_number ^@ '%1'") << QStringLiteral("99910") << QStringLiteral("99930");
        QTest::newRow("NHS number range") << residents + QStringLiteral("nhs_number < '%1'")
                                          << QStringLiteral("9991002") << QStringLiteral("9990001");
        QTest::newRow("date of birth") << residents + QStringLiteral("date_of_birth = '%1'")
                                       << QStringLiteral("1931-07-19") << QStringLiteral("1931-07-18");
        QTest::newRow("date of birth range") << residents + QStringLiteral("date_of_birth < '%1'")
                                             << QStringLiteral("1931-07-20") << QStringLiteral("1931-07-18");
        QTest::newRow("room") << residents + QStringLiteral("room_number = '%1'") << QStringLiteral("100")
                              << QStringLiteral("999");
        QTest::newRow("name word") << QStringLiteral("SELECT * FROM resident_search_words WHERE word = '%1'")
                                   << QStringLiteral("zabrowski") << QStringLiteral("quarendon");
        QTest::newRow("name word prefix") << QStringLiteral("SELECT * FROM resident_search_words WHERE word ^@ '%1'")
                                          << QStringLiteral("zab") << QStringLiteral("qua");
        QTest::newRow("staff surname") << QStringLiteral("SELECT * FROM users WHERE last_name = '%1'")
                                       << QStringLiteral("Zabrowski") << QStringLiteral("Quarendon");
        QTest::newRow("staff email") << QStringLiteral("SELECT * FROM users WHERE lower(email) < '%1'")
                                     << QStringLiteral("zac") << QStringLiteral("zaa");
        QTest::newRow("note text") << QStringLiteral("SELECT * FROM daily_records WHERE narrative ^@ '%1'")
                                   << QStringLiteral("Halina") << QStringLiteral("Bozena");
    }
    void explainEstimatesNothingOfAnotherOrganization()
    {
        QFETCH(QString, statement);
        QFETCH(QString, hit);
        QFETCH(QString, miss);
        for (bool signedInFirst : {false, true}) {
            auto connection = signedInFirst ? signedIn(QStringLiteral("nurseA")) : station();
            const QString withHit = plan(*connection, statement, hit);
            QVERIFY2(withHit.contains(QStringLiteral("rows=")), qPrintable(withHit));
            QCOMPARE(withHit, plan(*connection, statement, miss));
        }
    }

    // The same way of looking does see the statistics that are kept, so the attack above is a real attempt: the
    // estimate for a code every resident has differs from one nobody has.
    void explainStillEstimatesFromTheStatisticsThatIdentifyNobody()
    {
        auto connection = signedIn(QStringLiteral("nurseA"));
        const QString statement = QStringLiteral("SELECT id FROM residents WHERE status = '%1'");
        QVERIFY(plan(*connection, statement, QStringLiteral("admitted")) !=
                plan(*connection, statement, QStringLiteral("xxxxxxxx")));
    }

    // What the attack above relies on: every column that could identify a person, in every table under row-level
    // security and every partition (one made after the migration too), and every index expression, has a statistics
    // target of 0 and, after ANALYZE, no statistics. A column added later fails here until it is hidden or belongs
    // in the list that may keep statistics.
    void everyColumnThatCouldIdentifyAPersonKeepsNoStatistics()
    {
        const PgSession owner = m_db->session();
        const PgResult made = owner.exec(QStringLiteral("SELECT create_daily_record_partition('2031-05-01')"));
        QVERIFY2(made.ok() && made.text(0, 0) == QLatin1String("t"), qPrintable(made.error().message));
        QVERIFY(owner.exec(QStringLiteral("ANALYZE")).ok());

        const PgResult tables = owner.exec(QStringLiteral("SELECT string_agg(relname, ',') FROM (%1) AS s").arg(scope));
        const QStringList inScope = tables.text(0, 0).split(QLatin1Char(','));
        for (const QString &table : tenantTables())
            QVERIFY2(inScope.contains(table), qPrintable(table));
        QVERIFY(inScope.contains(QStringLiteral("daily_records_y2031m05")));
        QVERIFY(inScope.contains(QStringLiteral("daily_records_default")));
        // ANALYZE did gather what may be kept.
        QVERIFY(owner
                    .exec(QStringLiteral("SELECT count(*) FROM pg_statistic WHERE starelid = 'residents'::regclass "
                                         "AND staattnum = (SELECT attnum FROM pg_attribute WHERE attrelid = "
                                         "'residents'::regclass AND attname = 'organization_id')"))
                    .integer(0, 0) == 1);

        QCOMPARE(statisticsThatCouldIdentifyAPerson(owner), QString());
        // Nor any statistics object (CREATE STATISTICS) over several columns of those tables.
        const PgResult extended =
            owner.exec(QStringLiteral("WITH scope AS (%1) SELECT count(*) FROM pg_statistic_ext WHERE stxrelid IN "
                                      "(SELECT oid FROM scope)")
                           .arg(scope));
        QCOMPARE(extended.integer(0, 0), 0);
    }

    // Statistics gathered before the upgrade are removed by it: ANALYZE alone leaves a column's old statistics in
    // place once its target is 0. A superuser removes them all; the owner's role alone (a login that is a member of
    // wcn_owner) cannot for a column that a view, a trigger's column list or a generated column uses, which keep
    // their statistics until a superuser runs remove_hidden_statistics() (the README says so).
    void statisticsGatheredBeforeTheUpgradeAreRemoved_data()
    {
        QTest::addColumn<bool>("bySuperuser");
        QTest::addColumn<QString>("left");
        QTest::newRow("by a superuser") << true << QString();
        QTest::newRow("by the owner's role") << false
                                             << QStringLiteral("residents.admission_date, residents.first_name, "
                                                               "residents.last_name, residents.room_number, "
                                                               "users.email");
    }
    void statisticsGatheredBeforeTheUpgradeAreRemoved()
    {
        QFETCH(bool, bySuperuser);
        QFETCH(QString, left);
        TestDatabase db(TestDatabase::Content::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QList<Migration> before;
        QList<Migration> through11; // an owner alone may not apply migration 13 under the append-only guard
        for (const Migration &migration : MigrationCatalog::builtIn()) {
            if (migration.version < 11)
                before.append(migration);
            if (migration.version <= 11)
                through11.append(migration);
        }
        const Result<MigrationRun> upToBefore = Migrator(before).migrate(db.connection());
        QVERIFY2(upToBefore.ok(), qPrintable(upToBefore.message));
        QVERIFY(db.run(QStringLiteral("INSERT INTO organizations (id, name) VALUES "
                                      "('11111111-1111-4111-8111-111111111111', 'Organization B')")));
        QVERIFY(db.run(QStringLiteral("INSERT INTO facilities (id, organization_id, name) VALUES "
                                      "('22222222-2222-4222-8222-222222222222', "
                                      "'11111111-1111-4111-8111-111111111111', 'Larch Lodge')")));
        QVERIFY(db.run(QStringLiteral("INSERT INTO users (id, organization_id, email, first_name, last_name, role) "
                                      "VALUES ('33333333-3333-4333-8333-333333333333', "
                                      "'11111111-1111-4111-8111-111111111111', 'nurse.b@example.org', 'Nia', "
                                      "'Zabrowski', 'nurse')")));
        QVERIFY(db.run(QString::fromLatin1(zabrowskis), {QStringLiteral("11111111-1111-4111-8111-111111111111"),
                                                         QStringLiteral("22222222-2222-4222-8222-222222222222"),
                                                         QStringLiteral("33333333-3333-4333-8333-333333333333")}));
        QVERIFY(db.run(QStringLiteral("ANALYZE")));
        const QString before11 = statisticsThatCouldIdentifyAPerson(db.session());
        QVERIFY2(before11.contains(QStringLiteral("residents.last_name")), qPrintable(before11));
        QVERIFY2(before11.contains(QStringLiteral("residents.nhs_number")), qPrintable(before11));
        QVERIFY2(before11.contains(QStringLiteral("resident_search_words.word")), qPrintable(before11));

        // Roles belong to the whole cluster: one of this database's own, dropped at the end.
        const QString upgrader = db.name() + QStringLiteral("_upgrader");
        const QString password = QStringLiteral("upgrader-password-1");
        Result<MigrationRun> upgraded;
        if (bySuperuser) {
            upgraded = Migrator().migrate(db.connection());
        } else {
            QVERIFY(
                db.run(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE wcn_owner").arg(upgrader, password)));
            ConnectionSettings settings = db.settings();
            settings.setValue(QStringLiteral("user"), upgrader);
            settings.setValue(QStringLiteral("password"), password);
            {
                ScopedConnection connection(settings, QStringLiteral("upgrader"));
                QVERIFY2(connection.isOpen(), qPrintable(connection.status().message));
                QCOMPARE(connection.session()
                             .exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = "
                                                  "session_user"))
                             .text(0, 0),
                         QStringLiteral("f"));
                upgraded = Migrator(through11).migrate(connection.database());
            }
            QVERIFY(db.run(QStringLiteral("DROP ROLE %1").arg(upgrader)));
        }
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.message));
        QVERIFY(upgraded.value.applied.contains(11));
        QCOMPARE(statisticsThatCouldIdentifyAPerson(db.session()), left);
        QVERIFY(db.run(QStringLiteral("ANALYZE")));
        QCOMPARE(statisticsThatCouldIdentifyAPerson(db.session()), left);
        // ANALYZE (autovacuum's, on a connection of its own) gathers nothing new for them.
        {
            ScopedConnection fresh(db.settings(), QStringLiteral("analyze"));
            QVERIFY(fresh.session().exec(QStringLiteral("ANALYZE")).ok());
        }
        QCOMPARE(statisticsThatCouldIdentifyAPerson(db.session()), left);
        if (!bySuperuser) {
            QVERIFY(db.run(QStringLiteral("SELECT remove_hidden_statistics()")));
            QCOMPARE(statisticsThatCouldIdentifyAPerson(db.session()), QString());
        }
    }

private:
    // A plain EXPLAIN's text with every literal taken out (the value, and the bounds the planner derives from a
    // prefix), leaving the plan's shape and estimates.
    static QString plan(const StationConnection &connection, const QString &statement, const QString &value)
    {
        const PgResult rows = connection.exec(QStringLiteral("EXPLAIN ") + statement.arg(value));
        if (!rows.ok())
            return rows.error().message;
        QString text;
        for (int r = 0; r < rows.rowCount(); ++r)
            text += rows.text(r, 0) + QLatin1Char('\n');
        return text.replace(QRegularExpression(QStringLiteral("'[^']*'")), QStringLiteral("?"));
    }
};

QTEST_GUILESS_MAIN(TestAttackStatistics)
#include "TestAttackStatistics.moc"
