// The shapes of plans a signed-in station gets (issue 15), checked by exact counts, never by timings: the assessment
// schedule is estimated at its true six rows (a default 1,000 made every plan of the assessments due cost near a
// million, and JIT compile it), and the row-level security helpers run once per policy in a statement, however many
// rows it reads. The timeline plans only the months of its page, not every monthly partition since the first.

#include "SignedInConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "database/PgSession.h"
#include "shiftnotes/DailyNoteStore.h"
#include "shiftnotes/TimelineModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

class TestQueryPlans : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;

    // The top plan node of EXPLAIN (FORMAT JSON) of a statement, as the station's planner sees it.
    static QJsonObject plan(const PgSession &session, const QString &statement)
    {
        const PgResult explained = session.exec(QStringLiteral("EXPLAIN (FORMAT JSON) ") + statement);
        if (!explained.ok())
            qWarning("%s", qPrintable(explained.error().message));
        return QJsonDocument::fromJson(explained.text(0, 0).toUtf8())
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("Plan"))
            .toObject();
    }
    // The monthly partitions of the notes (and the default one) a statement's plan reads, whether for the notes or
    // for their corrections: those it was planned on.
    static void collectPartitions(const QJsonObject &node, QSet<QString> *names)
    {
        static const QRegularExpression partition(QStringLiteral("^daily_records_(y\\d{4}m\\d{2}|default)$"));
        const QString relation = node.value(QStringLiteral("Relation Name")).toString();
        if (partition.match(relation).hasMatch())
            names->insert(relation);
        for (const QJsonValue &child : node.value(QStringLiteral("Plans")).toArray())
            collectPartitions(child.toObject(), names);
    }
    static int partitionsPlanned(const PgSession &session, const SqlStatement &statement)
    {
        const PgResult explained =
            session.exec(QStringLiteral("EXPLAIN (FORMAT JSON) ") + statement.text, statement.params);
        if (!explained.ok()) {
            qWarning("%s", qPrintable(explained.error().message));
            return -1;
        }
        QSet<QString> names;
        collectPartitions(QJsonDocument::fromJson(explained.text(0, 0).toUtf8())
                              .array()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("Plan"))
                              .toObject(),
                          &names);
        return int(names.size());
    }
    // The same notes read by one statement without any window: the ids in order, each with its correction's id.
    QStringList unboundedTimeline(const PgSession &session, const QString &residentId, const QDate &from,
                                  const QDate &to, int *partitions) const
    {
        SqlStatement statement{DailyNoteStore::noteSelect() +
                                   QStringLiteral(" WHERE d.organization_id = public.app_organization_id() "
                                                  "AND d.resident_id = $1::uuid"),
                               {residentId}};
        if (from.isValid()) {
            statement.params.append(from);
            statement.text += QStringLiteral(" AND d.date >= $%1::date").arg(statement.params.size());
        }
        if (to.isValid()) {
            statement.params.append(to);
            statement.text += QStringLiteral(" AND d.date <= $%1::date").arg(statement.params.size());
        }
        statement.text += QStringLiteral(" ORDER BY d.date DESC, d.occurred_at DESC, d.id DESC");
        *partitions = partitionsPlanned(session, statement);
        const PgResult rows = session.exec(statement.text, statement.params);
        QStringList notes;
        for (int r = 0; r < rows.rowCount(); ++r)
            notes.append(rows.text(r, 0) + QLatin1Char('/') + rows.text(r, 15));
        return notes;
    }

    // How many times this transaction has called app_can (counted by track_functions, not yet reported).
    static QString appCanCalls(const PgSession &session)
    {
        return session
            .exec(
                QStringLiteral("SELECT coalesce(pg_stat_get_xact_function_calls('public.app_can(text)'::regprocedure), "
                               "0)"))
            .text(0, 0);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        const QString problem = m_fixture.create(*m_db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Notes enough that a per-row helper call would show: 200 for one resident.
        QVERIFY(m_db->run(
            QStringLiteral(
                "INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, narrative) "
                "SELECT r.organization_id, r.id, current_date, 'early', $2::uuid, 'Note ' || n "
                "FROM residents AS r CROSS JOIN generate_series(1, 200) AS n WHERE r.id = $1::uuid"),
            {m_fixture.resident("A1a"), m_fixture.user("nurseA")}));
        // The station's sessions count calls of PL/pgSQL functions (a superuser's setting, for this database only).
        QVERIFY(m_db->run(QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET track_functions = 'pl'")
                              .arg(m_fixture.stationLogin, m_db->name())));
    }

    void theAssessmentScheduleIsEstimatedAtItsSixRows()
    {
        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const PgSession session(nurse->database());
        QCOMPARE(session.exec(QStringLiteral("SELECT count(*) FROM public.assessment_schedule()")).text(0, 0),
                 QStringLiteral("6"));
        QCOMPARE(plan(session, QStringLiteral("SELECT * FROM public.assessment_schedule()"))
                     .value(QStringLiteral("Plan Rows"))
                     .toInt(),
                 6);
        // Each resident's assessments due: six rows (one per tool), not six thousand.
        QCOMPARE(plan(session, QStringLiteral("SELECT * FROM public.assessments_due WHERE organization_id = "
                                              "public.app_organization_id() AND resident_id = '%1'")
                                   .arg(m_fixture.resident("A1a")))
                     .value(QStringLiteral("Plan Rows"))
                     .toInt(),
                 6);
    }

    // app_can is called by the policies' initPlans, once per statement each: reading one note or two hundred calls
    // it the same number of times (the notes' policy and that of the residents it looks into: two).
    void policyHelpersRunOncePerStatement()
    {
        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const PgSession session(nurse->database());
        QCOMPARE(session.exec(QStringLiteral("SHOW track_functions")).text(0, 0), QStringLiteral("pl"));
        for (const QString &limit : {QStringLiteral("1"), QStringLiteral("200")}) {
            // Counts wait for up to a second before they are reported, and until then count on: reported now.
            QVERIFY(session.exec(QStringLiteral("SELECT pg_stat_force_next_flush()")).ok());
            QVERIFY(session.exec(QStringLiteral("BEGIN")).ok());
            const PgResult read = session.exec(
                QStringLiteral("SELECT count(*) FROM (SELECT d.id FROM public.daily_records AS d WHERE d.resident_id "
                               "= $1::uuid LIMIT %1) AS n")
                    .arg(limit),
                {m_fixture.resident("A1a")});
            QCOMPARE(read.text(0, 0), limit);
            QCOMPARE(appCanCalls(session), QStringLiteral("2"));
            QVERIFY(session.exec(QStringLiteral("ROLLBACK")).ok());
        }
    }

    // Five years of monthly partitions: a resident's timeline, page after page, is planned on the months of each page
    // (at most two, with the app's window of a year to tomorrow), never on all of them, and shows exactly the notes,
    // in the same order and with the same corrections, that one statement over every month would.
    void theTimelinePlansOnlyTheMonthsOfItsPage()
    {
        const QDate today = Clock::today();
        QVERIFY(m_db->run(QStringLiteral("SELECT create_daily_record_partition(m::date) FROM generate_series("
                                         "$1::date - interval '61 months', $1::date + interval '3 months', "
                                         "interval '1 month') AS m"),
                          {today}));
        const QString author = m_fixture.user("nurseA");
        // A resident with three notes a day for five years, and one with a note every 97 days; a correction of
        // the morning note on every 10th of a month, and of every other note of the second.
        QString dense, sparse;
        for (QString *resident : {&dense, &sparse}) {
            const PgResult made = m_db->session().exec(
                QStringLiteral("INSERT INTO residents (organization_id, facility_id, first_name, last_name, "
                               "date_of_birth, admission_date, created_by) VALUES ($1, $2, 'Partition', "
                               "'Testresident', '1940-01-01', '2020-01-01', $3) RETURNING id"),
                {m_fixture.orgA, m_fixture.facilityA1, author});
            QVERIFY2(made.ok(), qPrintable(made.error().message));
            *resident = made.text(0, 0);
        }
        QVERIFY(m_db->run(
            QStringLiteral(
                "INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, occurred_at, "
                "narrative) SELECT $1, $2, d::date, s.shift, $3, d + s.at, 'Note of ' || s.shift "
                "FROM generate_series($4::date - 1826, $4::date, interval '1 day') AS d CROSS JOIN (VALUES "
                "('early', time '07:00'), ('late', time '15:00'), ('night', time '22:00')) AS s (shift, at)"),
            {m_fixture.orgA, dense, author, today}));
        QVERIFY(m_db->run(
            QStringLiteral(
                "INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, occurred_at, "
                "narrative) SELECT $1, $2, d::date, 'day', $3, d + time '11:00', 'Seen' "
                "FROM generate_series($4::date - 1826, $4::date, interval '97 days') AS d"),
            {m_fixture.orgA, sparse, author, today}));
        QVERIFY(m_db->run(
            QStringLiteral(
                "INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, occurred_at, "
                "narrative, corrects_id, correction_reason) SELECT d.organization_id, d.resident_id, d.date, "
                "d.shift, d.created_by, d.occurred_at + interval '1 hour', 'Corrected', d.id, 'Wrong resident' "
                "FROM daily_records AS d WHERE d.organization_id = $1 AND ((d.resident_id = $2 AND d.shift = "
                "'early' AND extract(day FROM d.date) = 10) OR (d.resident_id = $3 AND extract(doy FROM d.date) "
                "< 183))"),
            {m_fixture.orgA, dense, sparse}));
        QVERIFY(m_db->run(QStringLiteral("ANALYZE daily_records")));

        const auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const PgSession session(nurse->database());
        struct Case
        {
            QString resident;
            QDate from, to;
            int maxPartitionsPerPage; // 0: not bounded by this test
        };
        const Case cases[] = {
            {dense, today.addYears(-1), today.addDays(1), 2}, // the window the app opens with
            {dense, QDate(), QDate(), 0},
            {sparse, QDate(), QDate(), 0},
            {sparse, today.addYears(-5), today.addDays(1), 0},
        };
        for (const Case &c : cases) {
            int unboundedPartitions = 0;
            const QStringList expected = unboundedTimeline(session, c.resident, c.from, c.to, &unboundedPartitions);
            QVERIFY(expected.size() >= 15);
            QVERIFY2(unboundedPartitions >= 60, qPrintable(QString::number(unboundedPartitions)));
            TimelineModel timeline(nurse->name());
            timeline.setResident(c.resident, QString(), c.from, c.to);
            QCOMPARE(timeline.lastRead().message, QString());
            int pages = 1;
            const auto checkPlans = [&] {
                int planned = 0;
                for (const SqlStatement &statement : timeline.lastStatements()) {
                    const int partitions = partitionsPlanned(session, statement);
                    QVERIFY(partitions >= 0);
                    planned += partitions;
                }
                if (c.maxPartitionsPerPage > 0)
                    QVERIFY2(planned <= c.maxPartitionsPerPage, qPrintable(QString::number(planned)));
                // Even without a window from the caller, the first page is planned on this month, the months made
                // ahead and the default partition: five, not sixty.
                if (pages == 1 && c.resident == dense)
                    QVERIFY2(planned <= 6, qPrintable(QString::number(planned)));
            };
            checkPlans();
            while (timeline.canFetchMore(QModelIndex())) {
                timeline.fetchMore(QModelIndex());
                QCOMPARE(timeline.lastRead().message, QString());
                ++pages;
                checkPlans();
            }
            QStringList read;
            for (int row = 0; row < timeline.rowCount(); ++row)
                read.append(timeline.note(row).id + QLatin1Char('/') + timeline.note(row).correctedById);
            QCOMPARE(read, expected);
        }
    }
};

QTEST_MAIN(TestQueryPlans)
#include "TestQueryPlans.moc"
