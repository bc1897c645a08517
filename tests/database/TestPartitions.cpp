#include "TestDatabase.h"
#include "TestInstants.h"
#include "common/Clock.h"
#include "database/PartitionMaintenance.h"
#include "database/ScopedConnection.h"

#include <QDate>
#include <QTest>

#include <memory>

namespace {

const QString orgId = QStringLiteral("0a000000-0000-4000-8000-000000000001");
const QString residentId = QStringLiteral("1a000000-0000-4000-8000-00000000000a");
const QString userId = QStringLiteral("ea000000-0000-4000-8000-00000000000a");

QString partitionFor(const QDate &day)
{
    return QStringLiteral("daily_records_y%1m%2").arg(day.year()).arg(day.month(), 2, 10, QLatin1Char('0'));
}

} // namespace

class TestPartitions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QDate m_today; // the server's current_date, which decides the months the partitions cover

    // ensureDailyRecordPartitions as a count of partitions made, or -1 with its sentence in *error.
    int ensure(QString *error, int monthsAhead = PartitionMaintenance::defaultMonthsAhead) const
    {
        const Result<int> made = PartitionMaintenance::ensureDailyRecordPartitions(m_db->connection(), monthsAhead);
        *error = made.message;
        return made.ok() ? made.value : -1;
    }

    PgResult exec(const QString &statement, const QVariantList &params = {}) const
    {
        return m_db->session().exec(statement, params);
    }

    // Inserts a note dated day and returns its id.
    QString insertNote(const QDate &day) const
    {
        const PgResult inserted = exec(
            QStringLiteral("INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, "
                           "care_delivered) VALUES ($1, $2, $3, 'early', $4, '{\"personal_care\": \"assisted wash\"}') "
                           "RETURNING id"),
            {orgId, residentId, day, userId});
        return inserted.ok() ? inserted.text(0, 0) : QString();
    }

    QString partitionHolding(const QString &id) const
    {
        return exec(QStringLiteral("SELECT tableoid::regclass::text FROM daily_records WHERE id = $1"), {id})
            .text(0, 0);
    }

    QStringList partitions() const
    {
        const PgResult rows =
            exec(QStringLiteral("SELECT c.relname FROM pg_inherits AS i JOIN pg_class AS c ON c.oid = i.inhrelid "
                                "WHERE i.inhparent = 'daily_records'::regclass ORDER BY c.relname"));
        QStringList names;
        for (int r = 0; r < rows.rowCount(); ++r)
            names.append(rows.text(r, 0));
        return names;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO organizations (id, name) VALUES ($1, 'Meadowbank Care Group')"),
                          {orgId}));
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO facilities (id, organization_id, name) VALUES "
                                         "('fa000000-0000-4000-8000-00000000000a', $1, 'Fern House')"),
                          {orgId}));
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO users (id, organization_id, email, first_name, last_name, role) "
                                         "VALUES ($1, $2, 'carer@example.org', 'Cai', 'Testcarer', 'carer')"),
                          {userId, orgId}));
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO residents (id, organization_id, facility_id, first_name, "
                                         "last_name, date_of_birth, admission_date) VALUES ($1, $2, "
                                         "'fa000000-0000-4000-8000-00000000000a', 'Edna', 'Testresident', "
                                         "'1938-04-02', '2020-01-15')"),
                          {residentId, orgId}));
        m_today = QDate::fromString(exec(QStringLiteral("SELECT current_date::text")).text(0, 0), Qt::ISODate);
        QVERIFY(m_today.isValid());
    }
    void cleanup() { m_db.reset(); }

    void migrationAndMaintenanceCoverLastMonthToThreeAhead()
    {
        // The template was migrated when the test run began (its own month may already be last month): from the
        // month before that to three months after today, every month has its partition once maintenance has run.
        const QDate migrated = QDate::fromString(
            exec(QStringLiteral("SELECT (applied_at AT TIME ZONE 'UTC')::date::text FROM schema_versions")).text(0, 0),
            Qt::ISODate);
        QVERIFY(migrated.isValid());
        QString error;
        QVERIFY(ensure(&error) >= 0);
        const QDate first(m_today.year(), m_today.month(), 1);
        QStringList expected;
        for (QDate month = QDate(migrated.year(), migrated.month(), 1).addMonths(-1); month <= first.addMonths(3);
             month = month.addMonths(1))
            expected.append(partitionFor(month));
        expected.append(QStringLiteral("daily_records_default"));
        expected.sort();
        QCOMPARE(partitions(), expected);
        QCOMPARE(PartitionMaintenance::lastPartitionedMonth(m_db->connection()), first.addMonths(3));
    }

    // A station may not create partitions (migration 14); it says when someone should run maintain instead.
    void aStationIsToldWhenNextMonthHasNoPartition()
    {
        const Result<> ahead = PartitionMaintenance::checkPartitionsAhead(m_db->connection());
        QVERIFY2(ahead.ok(), qPrintable(ahead.message));
        // Three months ahead of the server's date are covered; half a year on, next month is not.
        Clock::setInstant(QDateTime(QDate(m_today.year(), m_today.month(), 1).addMonths(6), QTime(3, 0)));
        const Result<> behind = PartitionMaintenance::checkPartitionsAhead(m_db->connection());
        const QString warning = behind.message;
        Clock::reset();
        TestInstants::applyEnvironment(); // back to the run's own instant, if it has one
        QCOMPARE(behind.outcome, Outcome::Failed);
        QVERIFY2(warning.contains(QStringLiteral("\"writecarenotes-admin maintain\"")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("still saved")), qPrintable(warning));
    }

    void aNotesDateNeverChanges()
    {
        const QString id = insertNote(m_today);
        // Moving it to another month would re-insert it and lose when it was written; and no note is ever
        // rewritten, even by the owner (this test's connection).
        for (const QString &statement :
             {QStringLiteral("UPDATE daily_records SET date = date - 40 WHERE id = $1"),
              QStringLiteral("UPDATE daily_records SET narrative = 'rewritten' WHERE id = $1"),
              QStringLiteral("DELETE FROM daily_records WHERE id = $1"),
              QStringLiteral("UPDATE %1 SET date = date + 0 WHERE id = $1").arg(partitionFor(m_today)),
              QStringLiteral("DELETE FROM %1 WHERE id = $1").arg(partitionFor(m_today))}) {
            const PgResult changed = exec(statement, {id});
            QVERIFY2(!changed.ok(), qPrintable(statement));
            QCOMPARE(changed.error().sqlState, QStringLiteral("42501"));
            QCOMPARE(changed.error().constraint, QStringLiteral("daily_records_append_only"));
        }
        QCOMPARE(partitionHolding(id), partitionFor(m_today));
    }

    void maintenanceGivesWayToALongReport()
    {
        insertNote(QDate(2015, 1, 10)); // waits in the default partition for its month
        {
            const ScopedConnection report(m_db->settings(), QStringLiteral("long-report"));
            QVERIFY2(report.isOpen(), qPrintable(report.status().message));
            const PgSession reading = report.session();
            QVERIFY(reading.exec(QStringLiteral("BEGIN")).ok());
            QCOMPARE(reading.exec(QStringLiteral("SELECT count(*) FROM daily_records")).integer(0, 0), 1);

            // The report holds the default partition: maintenance gives up after its lock timeout rather than
            // queueing (with every note written meanwhile queueing behind it).
            QString error;
            QCOMPARE(ensure(&error), -1);
            QCOMPARE(error, QStringLiteral("The monthly partitions for shift notes could not be created (canceling "
                                           "statement due to lock timeout); notes are still saved: ask whoever runs "
                                           "the database to run \"writecarenotes-admin maintain\"."));
            QVERIFY(reading.exec(QStringLiteral("COMMIT")).ok());
        }
        QString error;
        QCOMPARE(ensure(&error), 1);
        QVERIFY(partitions().contains(QStringLiteral("daily_records_y2015m01")));
    }

    void notesAreRoutedToTheirMonth()
    {
        const QString today = insertNote(m_today);
        QVERIFY(!today.isEmpty());
        QCOMPARE(partitionHolding(today), partitionFor(m_today));
        const QDate lastMonth = m_today.addMonths(-1);
        const QString earlier = insertNote(lastMonth);
        QCOMPARE(partitionHolding(earlier), partitionFor(lastMonth));
    }

    void aNoteBeyondTheLastPartitionIsKeptThenMoved()
    {
        const QDate far = QDate(m_today.year(), m_today.month(), 1).addMonths(10).addDays(9);
        const QString id = insertNote(far);
        QVERIFY2(!id.isEmpty(), "a note dated beyond the last partition was refused");
        QCOMPARE(partitionHolding(id), QStringLiteral("daily_records_default"));
        const QString before = exec(QStringLiteral("SELECT created_at::text || care_delivered::text FROM daily_records "
                                                   "WHERE id = $1"),
                                    {id})
                                   .text(0, 0);

        QString error;
        QCOMPARE(ensure(&error), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(partitionHolding(id), partitionFor(far));
        QCOMPARE(
            exec(QStringLiteral("SELECT created_at::text || care_delivered::text FROM daily_records WHERE id = $1"),
                 {id})
                .text(0, 0),
            before);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM daily_records_default")).integer(0, 0), 0);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM daily_records")).integer(0, 0), 1);
    }

    void pastDataGetsItsOwnPartitions()
    {
        const QString old = insertNote(QDate(2019, 3, 15));
        const QString older = insertNote(QDate(2018, 12, 31));
        QCOMPARE(partitionHolding(old), QStringLiteral("daily_records_default"));
        QString error;
        QCOMPARE(ensure(&error), 2);
        QCOMPARE(partitionHolding(old), QStringLiteral("daily_records_y2019m03"));
        QCOMPARE(partitionHolding(older), QStringLiteral("daily_records_y2018m12"));
        // A month once partitioned takes later notes directly.
        const QString another = insertNote(QDate(2019, 3, 1));
        QCOMPARE(partitionHolding(another), QStringLiteral("daily_records_y2019m03"));
    }

    void maintenanceIsIdempotentAndKeepsMoreMonthsWhenAsked()
    {
        QString error;
        QCOMPARE(ensure(&error), 0);
        QCOMPARE(ensure(&error, 6), 3);
        QCOMPARE(PartitionMaintenance::lastPartitionedMonth(m_db->connection()),
                 QDate(m_today.year(), m_today.month(), 1).addMonths(6));
        QCOMPARE(ensure(&error, 6), 0);
    }

    void refusesFewerThanThreeMonthsAhead()
    {
        QString error;
        QCOMPARE(ensure(&error, 2), -1);
        QCOMPARE(error, QStringLiteral("The monthly partitions for shift notes could not be created (months_ahead must "
                                       "be between 3 and 36, not 2); notes are still saved: ask whoever runs the "
                                       "database to run \"writecarenotes-admin maintain\"."));
    }

    void everyPartitionHasTheAutovacuumSettings()
    {
        insertNote(QDate(2017, 7, 4));
        QString error;
        QVERIFY(ensure(&error) >= 1);
        const PgResult settings = exec(QStringLiteral(
            "SELECT c.relname, array_to_string(c.reloptions, ',') FROM pg_inherits AS i "
            "JOIN pg_class AS c ON c.oid = i.inhrelid WHERE i.inhparent = 'daily_records'::regclass ORDER BY 1"));
        QCOMPARE(settings.rowCount(), 7);
        for (int r = 0; r < settings.rowCount(); ++r)
            QCOMPARE(settings.text(r, 1), QStringLiteral("autovacuum_vacuum_threshold=1000,autovacuum_analyze_"
                                                         "threshold=1000,autovacuum_vacuum_scale_factor=0.2"));
    }

    void newPartitionsGetIndexesKeysAndTriggers()
    {
        insertNote(QDate(2016, 5, 20));
        QString error;
        QCOMPARE(ensure(&error), 1);
        const PgResult indexes = exec(QStringLiteral(
            "SELECT string_agg(columns, ' ' ORDER BY columns) FROM (SELECT substring(pg_get_indexdef(indexrelid) "
            "FROM '\\(.*\\)') AS columns FROM pg_index WHERE indrelid = 'daily_records_y2016m05'::regclass) AS defs"));
        QVERIFY2(indexes.ok(), qPrintable(indexes.error().message));
        QCOMPARE(indexes.text(0, 0),
                 QStringLiteral("(organization_id, corrects_id, date) WHERE (corrects_id IS NOT NULL) "
                                "(organization_id, date, occurred_at) WHERE (news2_escalation IS NOT FALSE) "
                                "(organization_id, id, date) (organization_id, resident_id, date, occurred_at, id)"));
        const PgResult foreignKeys = exec(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = "
                                                         "'daily_records_y2016m05'::regclass AND contype = 'f'"));
        QCOMPARE(foreignKeys.integer(0, 0), 2);
        // The database stamps times on a note written into a partition made after the trigger was created.
        const PgResult stamped = exec(QStringLiteral("INSERT INTO daily_records (organization_id, resident_id, date, "
                                                     "shift, created_by, created_at) VALUES ($1, $2, '2016-05-21', "
                                                     "'night', $3, '2000-01-01') RETURNING created_at > '2001-01-01'"),
                                      {orgId, residentId, userId});
        QCOMPARE(stamped.text(0, 0), QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestPartitions)
#include "TestPartitions.moc"
