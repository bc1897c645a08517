// The synthetic data set (writecarenotes-admin generate-data) at a tiny scale: exact row counts, the same rows for the
// same seed, its users signing in as a station does and seeing only what row-level security lets them, and its rows
// passing the schema's own checks again, as a station's rows would be checked.

#include "SignedInConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "database/PgResult.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "synthetic/SyntheticData.h"
#include "synthetic/SyntheticDataGenerator.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

namespace {

// Two homes of six beds, a week ending on the third of last month: across a month's end, in the recent past of the
// server's real clock (a station may not write care that has not happened yet, nor notes over a year old). The
// choices hang on the seed and the day of the period, not on the calendar, so the counts are the same whenever it runs.
SyntheticDataGenerator::Options tinyOptions(const QString &seed)
{
    SyntheticDataGenerator::Options options;
    options.scale = 2;
    options.seed = seed;
    options.days = 7;
    options.residentsPerHome = 6;
    options.today = Clock::today();
    return options;
}

// What the generator chose, without what the server stamps (created_at, updated_at) or encrypts afresh.
const char contentHashSql[] = R"SQL(
SELECT md5(concat_ws('|',
    (SELECT string_agg(concat_ws(',', id, organization_id, facility_id, first_name, last_name, date_of_birth,
                                 nhs_number, room_number, admission_date, discharge_date, status, medical_details,
                                 contact_details, fluid_target_ml, row_version), ';' ORDER BY id) FROM residents),
    (SELECT string_agg(concat_ws(',', id, resident_id, date, shift, care_delivered, observations, created_by,
                                 occurred_at, recorded_at, narrative, escalation, late_entry, categories), ';'
                       ORDER BY id) FROM daily_records),
    (SELECT string_agg(concat_ws(',', id, resident_id, type, date, findings, score, band, risk_level,
                                 next_due_date), ';' ORDER BY id) FROM assessments),
    (SELECT string_agg(concat_ws(',', id, type, review_date, row_version), ';' ORDER BY id) FROM care_plans),
    (SELECT string_agg(concat_ws(',', id, care_plan_id, reviewed_on, reviewed_by, plan_version), ';' ORDER BY id)
     FROM care_plan_reviews),
    (SELECT string_agg(concat_ws(',', resident_id, event, event_date, from_room, to_room), ';'
                       ORDER BY resident_id, event_date, event) FROM resident_events),
    (SELECT string_agg(concat_ws(',', id, resident_id, type, date, reported_by), ';' ORDER BY id) FROM incidents),
    (SELECT string_agg(concat_ws(',', id, type, date, score, auditor), ';' ORDER BY id) FROM audits),
    (SELECT string_agg(concat_ws(',', id, email, role, first_name, last_name), ';' ORDER BY id) FROM users)))
)SQL";

QString generate(const TestDatabase &db, const QString &seed, QStringList *progress = nullptr)
{
    QStringList lines;
    SyntheticDataGenerator generator(db.session(), tinyOptions(seed),
                                     [&lines](const QString &line) { lines.append(line); });
    const Result<> generated = generator.run();
    if (progress)
        *progress = lines;
    return generated.ok() ? QString() : generated.message;
}

qint64 count(const TestDatabase &db, const QString &statement)
{
    return db.session().exec(statement).value(0, 0).toLongLong();
}

} // namespace

class TestSyntheticData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QStringList m_progress;

    std::unique_ptr<SignedInConnection> signIn(const QString &email) const
    {
        return std::make_unique<SignedInConnection>(m_fixture.stationSettings(*m_db), email, SyntheticData::password());
    }

private slots:
    void initTestCase()
    {
        const QDate now = Clock::today();
        const QDate thisMonth(now.year(), now.month(), 1);
        Clock::freezeAt(QDateTime(thisMonth.addMonths(-1).addDays(2), QTime(16, 0)));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        // Another organization beside the synthetic one, and the station login.
        QCOMPARE(m_fixture.create(*m_db), QString());
        QCOMPARE(generate(*m_db, QStringLiteral("test"), &m_progress), QString());
    }

    void cleanupTestCase()
    {
        m_db.reset();
        Clock::reset();
    }

    void progressIsShownPerHomeAndMonth()
    {
        const QDate today = Clock::today();
        // (how many partitions are new depends on those migrate made ahead of the real date)
        QVERIFY2(m_progress.first().startsWith(
                     QStringLiteral("Period %1 to %2; ")
                         .arg(today.addDays(-6).toString(Qt::ISODate), today.toString(Qt::ISODate))),
                 qPrintable(m_progress.first()));
        QVERIFY(m_progress.filter(QStringLiteral("Home 1: ")).size() == 1);
        QCOMPARE(
            m_progress
                .filter(QStringLiteral("Home 2, %1: ").arg(today.addMonths(-1).toString(QStringLiteral("yyyy-MM"))))
                .size(),
            1);
        QCOMPARE(
            m_progress.filter(QStringLiteral("Home 2, %1: ").arg(today.toString(QStringLiteral("yyyy-MM")))).size(), 1);
        QVERIFY(m_progress.last().startsWith(QStringLiteral("Done in ")));
    }

    void rowCountsAreExact()
    {
        const QString synthetic =
            QStringLiteral("(SELECT id FROM organizations WHERE name LIKE 'Synthetic Care Group %')");
        const auto inSynthetic = [&](const QString &table, const QString &condition = QStringLiteral("true")) {
            return count(*m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE organization_id IN %2 AND %3")
                                    .arg(table, synthetic, condition));
        };
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM organizations WHERE name LIKE 'Synthetic%'")), 1);
        QCOMPARE(inSynthetic(QStringLiteral("facilities")), 2);
        QCOMPARE(inSynthetic(QStringLiteral("shift_patterns")), 6);
        // 40 carers, 10 nurses and 2 managers a home; a manager and an administrator for the group.
        QCOMPARE(inSynthetic(QStringLiteral("users")), 2 * 52 + 2);
        QCOMPARE(inSynthetic(QStringLiteral("user_credentials")), 2 * 52 + 2);
        QCOMPARE(inSynthetic(QStringLiteral("user_facilities")), 2 * 52);
        QCOMPARE(inSynthetic(QStringLiteral("organization_keys")), 1);
        // Twelve beds; the seed "test" gives these numbers (the same for every run: see sameSeedSameRows).
        const qint64 residents = inSynthetic(QStringLiteral("residents"));
        QCOMPARE(residents, 13);
        QCOMPARE(inSynthetic(QStringLiteral("residents"), QStringLiteral("status IN ('admitted', 'in_hospital')")), 12);
        QCOMPARE(inSynthetic(QStringLiteral("care_plans")), 4 * residents);
        // An admission each, and the moves, hospital stays and departures the stays have.
        QCOMPARE(inSynthetic(QStringLiteral("resident_events"), QStringLiteral("event = 'admitted'")), residents);
        QCOMPARE(inSynthetic(QStringLiteral("resident_events"), QStringLiteral("event IN ('discharged', 'died')")), 1);
        QCOMPARE(inSynthetic(QStringLiteral("resident_events")), 14);
        // The departure, and one a review: each change leaves the row before it in the history.
        QCOMPARE(inSynthetic(QStringLiteral("record_history")), 13);
        QCOMPARE(inSynthetic(QStringLiteral("care_plan_reviews")), 12);
        QCOMPARE(inSynthetic(QStringLiteral("assessments")), 123);
        QCOMPARE(inSynthetic(QStringLiteral("daily_records")), 698);
        QCOMPARE(inSynthetic(QStringLiteral("daily_records"), QStringLiteral("escalation <> '{}'")), 1);
        QCOMPARE(inSynthetic(QStringLiteral("incidents")), 2);
        QCOMPARE(inSynthetic(QStringLiteral("audits")), 8);
        // Every tool; every note in its month's partition, none waiting in the default one.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(DISTINCT type) FROM assessments WHERE organization_id IN %1")
                                  .arg(synthetic)),
                 6);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM daily_records_default")), 0);
        // A home that keeps to its schedule: no resident living there has an assessment overdue on the last day (a
        // resident at risk is reassessed within the shorter interval the schedule asks for then).
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT ON (a.resident_id, a.type) "
                                             "a.next_due_date FROM assessments AS a JOIN residents AS r ON r.id = "
                                             "a.resident_id WHERE a.organization_id IN %1 AND r.status IN "
                                             "('admitted', 'in_hospital') ORDER BY a.resident_id, a.type, a.date DESC, "
                                             "a.created_at DESC) AS latest WHERE latest.next_due_date < (SELECT "
                                             "max(date) FROM daily_records WHERE organization_id IN %1)")
                                  .arg(synthetic)),
                 0);
        // Nor one of the tools due on admission never done, however recently they came.
        QCOMPARE(
            count(*m_db, QStringLiteral("SELECT count(*) FROM residents AS r CROSS JOIN assessment_schedule() AS s "
                                        "WHERE r.organization_id IN %1 AND r.status IN ('admitted', "
                                        "'in_hospital') AND s.on_admission AND NOT EXISTS (SELECT 1 FROM "
                                        "assessments AS a WHERE a.resident_id = r.id AND a.type = s.type)")
                             .arg(synthetic)),
            0);
        QCOMPARE(inSynthetic(QStringLiteral("daily_records"),
                             QStringLiteral("tableoid::regclass::text = 'daily_records_y' || to_char(date, 'YYYY') || "
                                            "'m' || to_char(date, 'MM')")),
                 698);
        // Every user shares one hash of the one password, made once; none must change it first.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(DISTINCT password_hash) FROM user_credentials WHERE "
                                             "email_lower LIKE '%@synthetic.invalid' AND NOT must_change_password")),
                 1);
    }

    void sameSeedSameRows()
    {
        // Fresh databases (the first one also holds the fixture's randomly made rows).
        TestDatabase first;
        TestDatabase second;
        TestDatabase other;
        for (const TestDatabase *db : {&first, &second, &other})
            QVERIFY2(db->isValid(), qPrintable(db->errorString()));
        QCOMPARE(generate(first, QStringLiteral("test")), QString());
        QCOMPARE(generate(second, QStringLiteral("test")), QString());
        QCOMPARE(generate(other, QStringLiteral("other")), QString());
        const auto hashOf = [](const TestDatabase &db) {
            return db.session().exec(QString::fromUtf8(contentHashSql)).text(0, 0);
        };
        QCOMPARE(hashOf(first).size(), 32);
        QCOMPARE(hashOf(second), hashOf(first));
        QVERIFY(hashOf(other) != hashOf(first));
    }

    void aGeneratedUserSignsInAndSeesOnlyTheirHomes()
    {
        const auto nurse = signIn(SyntheticData::homeUserEmail(QStringLiteral("nurse"), 1, 3));
        QVERIFY2(nurse->isValid(), qPrintable(nurse->errorMessage()));
        const PgSession nurseSession(nurse->database());
        const qint64 ownHome = count(*m_db, QStringLiteral("SELECT count(*) FROM residents r JOIN facilities f ON "
                                                           "f.organization_id = r.organization_id AND f.id = "
                                                           "r.facility_id WHERE f.name = 'Synthetic Home 1'"));
        QVERIFY(ownHome > 0);
        QCOMPARE(nurseSession.exec(QStringLiteral("SELECT count(*) FROM residents")).value(0, 0).toLongLong(), ownHome);
        QCOMPARE(
            nurseSession
                .exec(QStringLiteral("SELECT count(*) FROM residents r JOIN facilities f ON f.organization_id = "
                                     "r.organization_id AND f.id = r.facility_id WHERE f.name <> 'Synthetic Home 1'"))
                .value(0, 0)
                .toLongLong(),
            0);

        const auto manager = signIn(SyntheticData::organizationUserEmail(QStringLiteral("manager"), 1));
        QVERIFY2(manager->isValid(), qPrintable(manager->errorMessage()));
        QCOMPARE(PgSession(manager->database())
                     .exec(QStringLiteral("SELECT count(*) FROM residents"))
                     .value(0, 0)
                     .toLongLong(),
                 13);
        // The fixture's nurse of another organization sees none of them.
        const auto other = std::make_unique<SignedInConnection>(m_fixture.stationSettings(*m_db),
                                                                m_fixture.emails.value(QStringLiteral("nurseB")),
                                                                QString::fromLatin1(TenantFixture::password));
        QVERIFY2(other->isValid(), qPrintable(other->errorMessage()));
        const PgSession otherSession(other->database());
        QCOMPARE(
            otherSession.exec(QStringLiteral("SELECT count(*) FROM residents")).value(0, 0).toLongLong(),
            count(*m_db,
                  QStringLiteral("SELECT count(*) FROM residents WHERE organization_id = '%1'").arg(m_fixture.orgB)));
        QCOMPARE(otherSession.exec(QStringLiteral("SELECT count(*) FROM facilities WHERE name LIKE 'Synthetic%'"))
                     .value(0, 0)
                     .toLongLong(),
                 0);
    }

    void theDataPassesTheSchemasOwnChecks()
    {
        // NEWS2 as the database computes it: every note that needs an escalation has one, with the database's score.
        QCOMPARE(
            count(*m_db,
                  QStringLiteral("SELECT count(*) FROM daily_records d CROSS JOIN LATERAL news2(d.observations) s "
                                 "WHERE d.organization_id IN (SELECT id FROM organizations WHERE name LIKE 'Synth%') "
                                 "AND ((s.escalation_required AND (coalesce(btrim(d.escalation ->> 'action'), '') = '' "
                                 "OR coalesce(btrim(d.escalation ->> 'told'), '') = '')) OR (d.escalation <> '{}' AND "
                                 "((d.escalation ->> 'news2')::int <> s.aggregate OR NOT s.escalation_required)))")),
            0);
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM daily_records WHERE observations ? 'pulse' AND "
                                            "organization_id IN (SELECT id FROM organizations WHERE name LIKE "
                                            "'Synth%')")) > 0);
        // Each resident's status is where their last event left them, as app_record_resident_event keeps it.
        QCOMPARE(count(*m_db, QStringLiteral(
                                  "SELECT count(*) FROM residents r CROSS JOIN LATERAL (SELECT e.event FROM "
                                  "resident_events e WHERE e.organization_id = r.organization_id AND e.resident_id = "
                                  "r.id ORDER BY e.event_date DESC, e.event = 'admitted' LIMIT 1) AS last WHERE "
                                  "r.organization_id IN (SELECT id FROM organizations WHERE name LIKE 'Synth%') AND "
                                  "r.status <> CASE last.event WHEN 'died' THEN 'deceased' WHEN 'discharged' THEN "
                                  "'discharged' WHEN 'hospital_admission' THEN 'in_hospital' ELSE 'admitted' END")),
                 0);
        // Medical notes: encrypted under the organization's key, and readable with it.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM residents r WHERE r.organization_id IN (SELECT id "
                                             "FROM organizations WHERE name LIKE 'Synth%') AND pgp_sym_decrypt("
                                             "r.encrypted_medical_notes, wcn_organization_key(r.organization_id, "
                                             "r.medical_notes_key_version), wcn_pgp_options()) <> ''")),
                 13);

        // The checks a station's rows go through (the owner's imports skip some): every note and assessment written
        // again by the group's manager, signed in, in a transaction that is then rolled back.
        const auto manager = signIn(SyntheticData::organizationUserEmail(QStringLiteral("manager"), 1));
        QVERIFY2(manager->isValid(), qPrintable(manager->errorMessage()));
        const PgSession session(manager->database());
        {
            PgTransaction transaction(session);
            const PgResult notes = session.exec(QStringLiteral(
                "INSERT INTO daily_records (id, resident_id, date, shift, care_delivered, observations, occurred_at, "
                "recorded_at, narrative, escalation) SELECT gen_random_uuid(), resident_id, date, shift, "
                "care_delivered, observations, occurred_at, recorded_at, narrative, escalation FROM daily_records"));
            QVERIFY2(notes.ok(), qPrintable(notes.error().message));
            QCOMPARE(notes.rowsAffected(), 698);
            const PgResult assessments = session.exec(QStringLiteral(
                "INSERT INTO assessments (id, resident_id, type, date, findings, recommendations, tool_version, score, "
                "band, risk_level) SELECT gen_random_uuid(), resident_id, type, date, findings, recommendations, "
                "tool_version, score, band, risk_level FROM assessments"));
            QVERIFY2(assessments.ok(), qPrintable(assessments.error().message));
            QCOMPARE(assessments.rowsAffected(), 123);
        }
    }

    void theOptionsAreChecked()
    {
        const Result<> tiny = SyntheticDataGenerator::checkOptions(tinyOptions(QStringLiteral("1")));
        QCOMPARE(tiny.outcome, Outcome::Done);
        QCOMPARE(tiny.message, QString());
        SyntheticDataGenerator::Options options = tinyOptions(QStringLiteral("1"));
        options.scale = 1000;
        const Result<> tooMany = SyntheticDataGenerator::checkOptions(options);
        QCOMPARE(tooMany.outcome, Outcome::Refused);
        QCOMPARE(tooMany.message, QStringLiteral("--scale must be a number of homes from 1 to 999."));
        QCOMPARE(tooMany.field, QStringLiteral("scale"));
        options = tinyOptions(QStringLiteral(" "));
        const Result<> noSeed = SyntheticDataGenerator::checkOptions(options);
        QCOMPARE(noSeed.outcome, Outcome::Refused);
        QCOMPARE(noSeed.message, QStringLiteral("--seed must not be empty."));
        QCOMPARE(noSeed.field, QStringLiteral("seed"));
        options = tinyOptions(QStringLiteral("1"));
        options.homesPerOrganization = 0;
        const Result<> noGroup = SyntheticDataGenerator::checkOptions(options);
        QCOMPARE(noGroup.outcome, Outcome::Refused);
        QCOMPARE(noGroup.message, QStringLiteral("--homes-per-organization must be from 1 to 999."));
        QCOMPARE(noGroup.field, QStringLiteral("homes-per-organization"));
        // Groups of 20 unless told: home 25 is in the second; in groups of two hundred, in the first.
        QCOMPARE(SyntheticData::organizationOf(20), 1);
        QCOMPARE(SyntheticData::organizationOf(25), 2);
        QCOMPARE(SyntheticData::organizationOf(200, 200), 1);
        QCOMPARE(SyntheticData::organizationOf(201, 200), 2);
    }

    void theAdminCommandWritesAndRefusesTwice()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.errorString()));
        const QStringList arguments = {QStringLiteral("generate-data"),
                                       QStringLiteral("--scale"),
                                       QStringLiteral("1"),
                                       QStringLiteral("--days"),
                                       QStringLiteral("2"),
                                       QStringLiteral("--residents-per-home"),
                                       QStringLiteral("2"),
                                       QStringLiteral("--db"),
                                       db.settings().toConnInfo(false)};
        const auto runAdmin = [&]() {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("PGPASSWORD"), db.settings().value(QStringLiteral("password")));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(WCN_ADMIN_EXECUTABLE), arguments);
            process.closeWriteChannel();
            process.waitForFinished(120000);
            return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                                   QString::fromUtf8(process.readAllStandardError()));
        };
        const auto [code, out, err] = runAdmin();
        QCOMPARE(err, QString());
        QCOMPARE(code, 0);
        QVERIFY(out.contains(QStringLiteral("Home 1: ")));
        QVERIFY(out.contains(QStringLiteral("\n  facilities               1\n")));
        QVERIFY(out.contains(QStringLiteral("\n  users                    54\n")));
        QVERIFY(out.contains(QStringLiteral("Database size: ")));
        const auto [again, againOut, againErr] = runAdmin();
        QCOMPARE(again, 1);
        QCOMPARE(againErr, QStringLiteral("This database already holds synthetic data: generate it into a new "
                                          "database.\n"));
    }
};

QTEST_GUILESS_MAIN(TestSyntheticData)
#include "TestSyntheticData.moc"
