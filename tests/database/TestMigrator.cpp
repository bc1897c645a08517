#include "TestDatabase.h"
#include "database/MigrationCatalog.h"
#include "database/Migrator.h"
#include "database/ScopedConnection.h"

#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>
#include <utility>

namespace {

int latest()
{
    return MigrationCatalog::builtIn().last().version;
}

// How many built-in migrations there are (each migration adds one).
int builtInCount()
{
    return int(MigrationCatalog::builtIn().size());
}

// The file name of a test migration numbered `offset` after the newest built-in one.
QString nextFile(int offset, const char *name)
{
    return QStringLiteral("%1_%2.sql").arg(latest() + offset, 4, 10, QLatin1Char('0')).arg(QLatin1String(name));
}

QList<Migration> builtInPlus(const QString &fileName, const QByteArray &sql)
{
    QList<Migration> migrations = MigrationCatalog::builtIn();
    migrations.append(MigrationCatalog::fromFile(fileName, sql));
    return migrations;
}

int count(const TestDatabase &db, const QString &query)
{
    const PgResult result = db.session().exec(query);
    return result.ok() ? result.integer(0, 0) : -1;
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void catalogHoldsTheMigrationsInOrder()
    {
        const QList<Migration> migrations = MigrationCatalog::builtIn();
        const QList<std::pair<int, const char *>> expected = {
            {1, "Schema v1: organizations, facilities"},
            {2, "Security: sign-in, sessions"},
            {3, "Residents and care plans: search keys"},
            {4, "Shift notes: shift patterns"},
            {5, "Escalations recorded with what was done"},
            {6, "Assessments: scored and banded"},
            {7, "The database checks the observations"},
            {8, "Word search: a resident is found"},
            {9, "Sign-in hardening: outcomes hidden"},
            {10, "The functions stations call show nothing"},
            {11, "The planner's statistics hold no value"},
            {12, "Least privilege: clinical access"},
            {13, "Append-only tables refuse TRUNCATE too,"},
            {14, "Stations no longer create shift-note"},
            {15, "Plans that fit the data"},
            {16, "An assessment's next due date follows"},
            {17, "Rights held by the session"},
            {18, "The latest assessment of each resident"},
            {19, "Audits from versioned templates"},
            {20, "Incidents reported once and never changed"},
            {21, "Each quality statement names the evidence"},
            {22, "Each shift note keeps whether its observations"},
            {23, "The manager's home screen is read by one function"},
            {24, "Whoever may read the audit log of a resident's home"},
            {25, "Administrators manage users within rules the database keeps"},
            {26, "The organization's details and its care homes are administered in the window"},
            {27, "Each organization's audit log is a hash chain"},
            {28, "Every insert, update and removal of a clinical, user or organization row"},
            {29, "The administrator of the only organization on a server sees its health"},
            {30, "A manager exports every record held about one resident"},
            {31, "The administrator lists the residents who have left or died"},
            {32, "A restore of the embedded database is in the audit log"},
            {33, "An administrator who may read all of a resident's records archives them"},
        };
        QCOMPARE(migrations.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(migrations.at(i).version, expected.at(i).first);
            QVERIFY2(migrations.at(i).description.startsWith(QString::fromUtf8(expected.at(i).second)),
                     qPrintable(migrations.at(i).description));
        }
        for (const Migration &migration : migrations) {
            QCOMPARE(migration.checksum, MigrationCatalog::checksumOf(migration.sql));
            QCOMPARE(migration.checksum.size(), 64);
        }
    }

    void migratesAnEmptyDatabase()
    {
        TestDatabase db(TestDatabase::Content::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const Migrator migrator;
        const Result<SchemaStatus> before = migrator.status(db.connection());
        QVERIFY2(before.ok(), qPrintable(before.message));
        QCOMPARE(before.value.currentVersion, 0);
        QCOMPARE(before.value.pending.size(), builtInCount());

        const Result<MigrationRun> outcome = migrator.migrate(db.connection());
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.value.fromVersion, 0);
        QCOMPARE(outcome.value.toVersion, latest());
        QCOMPARE(outcome.value.applied, QList<int>({1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15, 16, 17,
                                                    18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33}));

        const PgResult rows = db.session().exec(QStringLiteral(
            "SELECT version, description, checksum, program_version, applied_by FROM schema_versions ORDER BY 1"));
        QVERIFY(rows.ok());
        QCOMPARE(rows.rowCount(), builtInCount());
        for (int r = 0; r < builtInCount(); ++r) {
            QCOMPARE(rows.integer(r, 0), migrator.migrations().at(r).version);
            QCOMPARE(rows.text(r, 1), migrator.migrations().at(r).description);
            QCOMPARE(rows.text(r, 2), migrator.migrations().at(r).checksum);
            QCOMPARE(rows.text(r, 3), QStringLiteral(WCN_VERSION_FOR_TESTS));
            QCOMPARE(rows.text(r, 4), QStringLiteral("wcn_owner"));
        }

        const PgResult tables = db.session().exec(
            QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relnamespace = "
                           "'public'::regnamespace "
                           "AND relkind IN ('r', 'p', 'v') AND relname !~ '^daily_records_(y|default)'"));
        QCOMPARE(tables.text(0, 0),
                 QStringLiteral(
                     "assessment_follow_ups,assessment_latest,assessments,assessments_due,audit_actions,audit_answers,"
                     "audit_chain_heads,"
                     "audit_library_questions,audit_library_types,audit_log,audit_question_statements,audit_row_key,"
                     "audit_template_questions,audit_templates,audit_types,audited_tables,audits,care_plan_reviews,"
                     "care_plans,"
                     "common_passwords,daily_record_keys,daily_records,"
                     "facilities,framework_key_questions,incident_notifications,incident_reviews,incidents,inspection_"
                     "frameworks,migration_26_replaced_details,organization_keys,organizations,"
                     "performance_metrics,quality_statements,"
                     "record_history,resident_events,resident_search_words,residents,schema_versions,sessions,shift_"
                     "patterns,sign_in_attempts,"
                     "sign_in_outcomes,"
                     "system_settings,user_credentials,user_facilities,users"));
        // Every one of them belongs to the owner role, none to the migrating superuser.
        QCOMPARE(db.session()
                     .exec(QStringLiteral("SELECT string_agg(DISTINCT relowner::regrole::text, ',') FROM pg_class "
                                          "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v')"))
                     .text(0, 0),
                 QStringLiteral("wcn_owner"));
        QCOMPARE(db.session()
                     .exec(QStringLiteral("SELECT extversion FROM pg_extension WHERE extname = 'pgcrypto'"))
                     .rowCount(),
                 1);
    }

    void rerunningChangesNothing()
    {
        TestDatabase db(TestDatabase::Content::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QVERIFY(Migrator().migrate(db.connection()).ok());
        const QString snapshot = QStringLiteral(
            "SELECT count(*)::text || '/' || (SELECT applied_at::text FROM schema_versions WHERE version = 1) "
            "FROM pg_class WHERE relnamespace = 'public'::regnamespace");
        const QString before = db.session().exec(snapshot).text(0, 0);

        const Result<MigrationRun> again = Migrator().migrate(db.connection());
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(again.value.fromVersion, latest());
        QCOMPARE(again.value.toVersion, latest());
        QVERIFY(again.value.applied.isEmpty());
        QCOMPARE(db.session().exec(snapshot).text(0, 0), before);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM schema_versions")), builtInCount());
    }

    void concurrentMigratorsApplyEachMigrationOnce()
    {
        TestDatabase db(TestDatabase::Content::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        // Hold the migrators' lock so both are certainly waiting on it at once before either may start.
        QVERIFY(db.run(QStringLiteral("SELECT pg_advisory_lock($1::bigint)"),
                       {QVariant::fromValue(Migrator::advisoryLockKey)}));

        Result<MigrationRun> outcomes[2];
        QString errors[2];
        std::unique_ptr<QThread> threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i].reset(QThread::create([&, i] {
                const ScopedConnection connection(db.settings(), QStringLiteral("migrator"));
                errors[i] = connection.status().message;
                if (connection.isOpen())
                    outcomes[i] = Migrator().migrate(connection.database());
            }));
            threads[i]->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            count(db, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                     "AND NOT granted AND database = (SELECT oid FROM pg_database "
                                     "WHERE datname = current_database())")),
            2, 30000);
        QVERIFY(db.run(QStringLiteral("SELECT pg_advisory_unlock($1::bigint)"),
                       {QVariant::fromValue(Migrator::advisoryLockKey)}));
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));

        for (int i = 0; i < 2; ++i) {
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
            QVERIFY2(outcomes[i].ok(), qPrintable(outcomes[i].message));
            QCOMPARE(outcomes[i].value.toVersion, latest());
        }
        // Exactly one of them applied the migrations; the other found them done.
        QCOMPARE(outcomes[0].value.applied.size() + outcomes[1].value.applied.size(), builtInCount());
        QVERIFY(outcomes[0].value.applied.isEmpty() || outcomes[1].value.applied.isEmpty());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM schema_versions")), builtInCount());
    }

    void refusesAnEditedMigration()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QList<Migration> edited = MigrationCatalog::builtIn();
        edited.first() = MigrationCatalog::fromFile(QStringLiteral("0001_schema_v1.sql"),
                                                    edited.first().sql + "\n-- a comment added after release\n");
        const QString appliedAt =
            db.session()
                .exec(QStringLiteral("SELECT to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC' "
                                     "FROM schema_versions WHERE version = 1"))
                .text(0, 0);
        const QString expected =
            QStringLiteral("Schema migration 1 (\"%1\") in this Write Care Notes differs from the one applied to the "
                           "database on %2, and an applied migration must never change: install the release of Write "
                           "Care Notes that matches the database, or report this to its developers.")
                .arg(edited.first().description, appliedAt);

        const Result<MigrationRun> outcome = Migrator(edited).migrate(db.connection());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.message, expected);
        QCOMPARE(Migrator(edited).status(db.connection()).message, expected);
        QCOMPARE(db.session().exec(QStringLiteral("SELECT checksum FROM schema_versions")).text(0, 0),
                 MigrationCatalog::builtIn().first().checksum);
    }

    void refusesANewerSchema()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QVERIFY(db.run(QStringLiteral("INSERT INTO schema_versions (version, description, checksum, program_version) "
                                      "VALUES (%1, 'from the future', repeat('a', 64), '9.0.0')")
                           .arg(latest() + 1)));
        const Result<MigrationRun> outcome = Migrator().migrate(db.connection());
        QVERIFY(!outcome.ok());
        const QString newerSchemaMessage =
            QStringLiteral("The database is at schema %1 but this Write Care Notes knows "
                           "only up to %2: install the newer version.")
                .arg(latest() + 1)
                .arg(latest());
        QCOMPARE(outcome.message, newerSchemaMessage);
        QCOMPARE(outcome.value.fromVersion, latest() + 1);
        QVERIFY(outcome.value.applied.isEmpty());
        const Result<SchemaStatus> status = Migrator().status(db.connection());
        QCOMPARE(status.outcome, Outcome::Refused);
        QCOMPARE(status.value.currentVersion, latest() + 1);
        QCOMPARE(status.message, newerSchemaMessage);
    }

    void appliesOnlyWhatIsPending()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const Migrator migrator(builtInPlus(nextFile(1, "add_test_table"),
                                            "-- Description: A test table\nCREATE TABLE test_two (id integer);\n"));
        const Result<SchemaStatus> status = migrator.status(db.connection());
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(status.value.currentVersion, latest());
        QCOMPARE(status.value.pending.size(), 1);
        QCOMPARE(status.value.pending.first().description, QStringLiteral("A test table"));

        const Result<MigrationRun> outcome = migrator.migrate(db.connection());
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.value.fromVersion, latest());
        QCOMPARE(outcome.value.toVersion, latest() + 1);
        QCOMPARE(outcome.value.applied, QList<int>{latest() + 1});
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM schema_versions")), builtInCount() + 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM test_two")), 0);
    }

    // Migration 26 keeps the details' named fields: what was stored before and does not fit is kept aside in
    // migration_26_replaced_details, and left out, so that the migration applies whatever an owner had written.
    void migration26KeepsAsideWhatDoesNotFit()
    {
        TestDatabase db(TestDatabase::Content::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const QList<Migration> all = MigrationCatalog::builtIn();
        QList<Migration> upTo25;
        for (const Migration &migration : all) {
            if (migration.version <= 25)
                upTo25.append(migration);
        }
        const Result<MigrationRun> first = Migrator(upTo25).migrate(db.connection());
        QVERIFY2(first.ok(), qPrintable(first.message));
        QVERIFY(
            db.run(QStringLiteral("INSERT INTO organizations (id, name, address, contact_details) VALUES "
                                  "('00000000-0000-4000-8000-000000000026', 'Old Data Ltd', "
                                  "'{\"line1\": \"1 Mill Lane\", \"country\": \"UK\", \"postcode\": \"zz99  1zz\"}', "
                                  "'{\"phone\": 1632960000, \"email\": \"office@example.org\"}')")));
        QVERIFY(db.run(
            QStringLiteral("INSERT INTO facilities (organization_id, name, address, registration_details) VALUES "
                           "('00000000-0000-4000-8000-000000000026', 'Old Home', '{\"postcode\": \"not/a postcode\"}', "
                           "'{\"regulator\": \"CQC\", \"location_id\": \"1-000000001\"}')")));
        const Result<MigrationRun> rest = Migrator().migrate(db.connection());
        QVERIFY2(rest.ok(), qPrintable(rest.message));
        QCOMPARE(db.session()
                     .exec(QStringLiteral("SELECT address::text || ' ' || contact_details::text FROM organizations"))
                     .text(0, 0),
                 QStringLiteral("{\"line1\": \"1 Mill Lane\", \"postcode\": \"ZZ99 1ZZ\"} "
                                "{\"email\": \"office@example.org\"}"));
        QCOMPARE(db.session()
                     .exec(QStringLiteral("SELECT address::text || ' ' || registration_details::text FROM facilities"))
                     .text(0, 0),
                 QStringLiteral("{} {\"regulator\": \"cqc\", \"location_id\": \"1-000000001\"}"));
        QCOMPARE(
            db.session()
                .exec(QStringLiteral("SELECT string_agg(table_name || '.' || column_name || ' ' || old_value::text, "
                                     "'; ' ORDER BY table_name, column_name) FROM migration_26_replaced_details"))
                .text(0, 0),
            QStringLiteral("facilities.address {\"postcode\": \"not/a postcode\"}; "
                           "facilities.registration_details {\"regulator\": \"CQC\", \"location_id\": "
                           "\"1-000000001\"}; "
                           "organizations.address {\"line1\": \"1 Mill Lane\", \"country\": \"UK\", "
                           "\"postcode\": \"zz99  1zz\"}; "
                           "organizations.contact_details {\"email\": \"office@example.org\", \"phone\": "
                           "1632960000}"));
    }

    void aFailingMigrationLeavesNothingBehind()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const Migrator migrator(builtInPlus(nextFile(1, "broken"), "-- Description: Broken on purpose\n"
                                                                   "CREATE TABLE half_done (id integer);\n"
                                                                   "SELECT missing_column FROM half_done;\n"));
        const Result<MigrationRun> outcome = migrator.migrate(db.connection());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.message,
                 QStringLiteral("Schema migration %1 (\"Broken on purpose\") failed, so none of it was "
                                "applied and the database stays at schema %2: column "
                                "\"missing_column\" does not exist (line 3).")
                     .arg(latest() + 1)
                     .arg(latest()));
        QCOMPARE(db.session().exec(QStringLiteral("SELECT to_regclass('half_done') IS NULL")).text(0, 0),
                 QStringLiteral("t"));
        QCOMPARE(count(db, QStringLiteral("SELECT max(version) FROM schema_versions")), latest());
        // The connection is usable afterwards: the failed transaction was rolled back.
        QCOMPARE(count(db, QStringLiteral("SELECT 1")), 1);
    }

    void refusesWhenAnExtensionIsMissing()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const Migrator migrator(builtInPlus(nextFile(1, "needs_extension"),
                                            "-- Description: Needs an extension\n"
                                            "CREATE EXTENSION IF NOT EXISTS wcn_no_such_extension;\n"));
        const Result<MigrationRun> outcome = migrator.migrate(db.connection());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.message,
                 QStringLiteral("The PostgreSQL server lacks the wcn_no_such_extension extension that "
                                "Write Care Notes needs, so the database stays at schema %1: install it "
                                "on the server (on Debian it comes with the postgresql-15 package, "
                                "elsewhere with postgresql-contrib), then try again.")
                     .arg(latest()));
        QCOMPARE(count(db, QStringLiteral("SELECT max(version) FROM schema_versions")), latest());
    }

    void refusesTwoMigrationsWithOneNumber()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QList<Migration> migrations = builtInPlus(nextFile(1, "one"), "CREATE TABLE one (id int);\n");
        migrations.append(MigrationCatalog::fromFile(nextFile(1, "other"), "CREATE TABLE other (id int);\n"));
        const QString expected = QStringLiteral("This Write Care Notes has two schema migrations numbered %1, so it "
                                                "cannot tell which to apply: report this to its developers.")
                                     .arg(latest() + 1);
        const Result<MigrationRun> outcome = Migrator(migrations).migrate(db.connection());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.message, expected);
        QCOMPARE(Migrator(migrations).status(db.connection()).message, expected);
        QCOMPARE(db.session().exec(QStringLiteral("SELECT to_regclass('one') IS NULL")).text(0, 0),
                 QStringLiteral("t"));
    }

    // Found when "writecarenotes-admin status" and the database disagreed by a second (the suite failed once at
    // 12:45:37): times were read rounded to the millisecond, so 23:59:59.9996 read as the next day. Every time is
    // read as stored, cut to the millisecond, never later than it was.
    void aTimeIsReadAsStoredNeverLater()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const QList<Migration> migrations = builtInPlus(nextFile(1, "late"), "CREATE TABLE late (id int);\n");
        QVERIFY(db.run(QStringLiteral("INSERT INTO schema_versions (version, description, checksum, program_version, "
                                      "applied_at) VALUES ($1, $2, $3, 'test', '2026-03-31 23:59:59.9996+00')"),
                       {migrations.last().version, migrations.last().description, migrations.last().checksum}));
        const Result<SchemaStatus> status = Migrator(migrations).status(db.connection());
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(status.value.applied.last().version, latest() + 1);
        QCOMPARE(status.value.applied.last().appliedAt,
                 QDateTime(QDate(2026, 3, 31), QTime(23, 59, 59, 999), QTimeZone::utc()));
    }

    void refusesAHistoryOutOfOrder()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        QList<Migration> migrations = MigrationCatalog::builtIn();
        migrations.append(MigrationCatalog::fromFile(nextFile(1, "two"), "CREATE TABLE two (id int);\n"));
        migrations.append(MigrationCatalog::fromFile(nextFile(2, "three"), "CREATE TABLE three (id int);\n"));
        QVERIFY(db.run(QStringLiteral("INSERT INTO schema_versions (version, description, checksum, program_version) "
                                      "VALUES ($1, $2, $3, 'test')"),
                       {migrations.last().version, migrations.last().description, migrations.last().checksum}));
        const Result<MigrationRun> outcome = Migrator(migrations).migrate(db.connection());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.message,
                 QStringLiteral("Schema migration %1 was never applied to the database, yet later ones "
                                "were, so its history is out of order: report this to the developers "
                                "of Write Care Notes.")
                     .arg(latest() + 1));
        QCOMPARE(db.session().exec(QStringLiteral("SELECT to_regclass('two') IS NULL")).text(0, 0),
                 QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
