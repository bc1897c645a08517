// The shapes of plans a signed-in station gets (issue 15), checked by exact counts, never by timings: the assessment
// schedule is estimated at its true six rows (a default 1,000 made every plan of the assessments due cost near a
// million, and JIT compile it), and the row-level security helpers run once per policy in a statement, however many
// rows it reads.

#include "PgSession.h"
#include "SignedInConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

class TestQueryPlans : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;

    std::unique_ptr<SignedInConnection> signedIn(const char *who) const
    {
        auto connection = std::make_unique<SignedInConnection>(m_fixture.stationSettings(*m_db),
                                                               m_fixture.emails.value(QString::fromLatin1(who)),
                                                               QString::fromLatin1(TenantFixture::password));
        if (!connection->isValid())
            qWarning("%s", qPrintable(connection->errorMessage()));
        return connection;
    }
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
            {m_fixture.residents.value(QStringLiteral("A1a")), m_fixture.userIds.value(QStringLiteral("nurseA"))}));
        // The station's sessions count calls of PL/pgSQL functions (a superuser's setting, for this database only).
        QVERIFY(m_db->run(QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET track_functions = 'pl'")
                              .arg(m_fixture.stationLogin, m_db->name())));
    }

    void theAssessmentScheduleIsEstimatedAtItsSixRows()
    {
        const auto nurse = signedIn("nurseA");
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
                                   .arg(m_fixture.residents.value(QStringLiteral("A1a"))))
                     .value(QStringLiteral("Plan Rows"))
                     .toInt(),
                 6);
    }

    // app_can is called by the policies' initPlans, once per statement each: reading one note or two hundred calls
    // it the same number of times (the notes' policy and that of the residents it looks into: two).
    void policyHelpersRunOncePerStatement()
    {
        const auto nurse = signedIn("nurseA");
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
                {m_fixture.residents.value(QStringLiteral("A1a"))});
            QCOMPARE(read.text(0, 0), limit);
            QCOMPARE(appCanCalls(session), QStringLiteral("2"));
            QVERIFY(session.exec(QStringLiteral("ROLLBACK")).ok());
        }
    }
};

QTEST_MAIN(TestQueryPlans)
#include "TestQueryPlans.moc"
