// Assessments against the real server, as the station's users: scored and written once with their author, refused
// when incomplete or impossibly dated (by the station and by the database), corrected only by linked entries, due
// again as the organization's schedule says, listed when overdue, and the care-plan choice a high result asks for.
#include "PagedModelTester.h"
#include "SignedInConnection.h"
#include "StationConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "assessments/AssessmentHistoryModel.h"
#include "assessments/AssessmentSchedule.h"
#include "assessments/AssessmentStore.h"
#include "assessments/AssessmentTrend.h"
#include "assessments/AssessmentsDueModel.h"
#include "clinical/AssessmentTools.h"
#include "common/Clock.h"
#include "database/DatabaseErrorMessages.h"
#include "database/PgSession.h"
#include "residents/RecordPrintouts.h"
#include "residents/ResidentStore.h"
#include "shiftnotes/DailyNoteStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <memory>

class TestAssessments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QDate m_today;                  // the station's day (the test clock's)
    QDate m_serverToday;            // the server's current_date, by which it judges the future itself
    const QDate m_born{1938, 4, 2}; // the fixture's residents

    // A Waterlow of 21 (very high risk) for a chairbound, incontinent woman of 86 with broken skin.
    static QJsonObject highWaterlow()
    {
        return QJsonObject{{QStringLiteral("build"), QStringLiteral("below_average")},
                           {QStringLiteral("skin"), QJsonArray{QStringLiteral("broken")}},
                           {QStringLiteral("sex"), QStringLiteral("female")},
                           {QStringLiteral("age_years"), 86},
                           {QStringLiteral("continence"), QStringLiteral("both")},
                           {QStringLiteral("mobility"), QStringLiteral("chairbound")},
                           {QStringLiteral("weight_lost"), QStringLiteral("no")},
                           {QStringLiteral("eating_poorly"), QStringLiteral("no")},
                           {QStringLiteral("tissue_malnutrition"), QJsonArray{QStringLiteral("none")}},
                           {QStringLiteral("neurological_deficit"), QStringLiteral("none")},
                           {QStringLiteral("surgery_trauma"), QJsonArray{QStringLiteral("none")}},
                           {QStringLiteral("medication"), QStringLiteral("no")}};
    }
    // A MUST of 0: BMI 23.4 (60 kg, 1.60 m), 2% loss, not acutely ill.
    static QJsonObject lowMust(double weight = 60)
    {
        return QJsonObject{{QStringLiteral("height_source"), QStringLiteral("measured")},
                           {QStringLiteral("height_m"), 1.6},
                           {QStringLiteral("weight_kg"), weight},
                           {QStringLiteral("weight_loss_source"), QStringLiteral("measured")},
                           {QStringLiteral("earlier_weight_kg"), 61.2},
                           {QStringLiteral("acute_disease"), QStringLiteral("no")}};
    }
    AssessmentRecord record(AssessmentType type, const QJsonObject &answers, const QDate &date) const
    {
        AssessmentRecord made;
        made.residentId = m_fixture.resident("A1a");
        made.type = type;
        made.date = date;
        made.answers = answers;
        return made;
    }
    QString dueOf(const QSqlDatabase &db, const char *residentKey) const
    {
        QStringList due;
        for (const AssessmentDue &item : AssessmentStore::due(db, m_fixture.resident(residentKey)).value)
            due.append(AssessmentTools::key(item.type) + QLatin1Char('=') + item.dueDate.toString(Qt::ISODate));
        return due.join(QLatin1Char(','));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        // The station's day, as a nurse's form dates an assessment: east of UTC after local midnight it is already
        // the server's tomorrow, which the server allows (a day's grace).
        m_today = Clock::today();
        m_serverToday =
            QDate::fromString(m_db->session().exec(QStringLiteral("SELECT current_date")).text(0, 0), Qt::ISODate);
    }
    void cleanupTestCase() { m_db.reset(); }

    void anAssessmentIsScoredWrittenOnceAndDueAsScheduled()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        // Before: the fixture's Waterlow (at risk, 1 February 2024) was due a week later; MUST and falls were due
        // on admission (15 January 2024) and never done.
        QCOMPARE(dueOf(nurse->database(), "A1a"),
                 QStringLiteral("falls=2024-01-15,must=2024-01-15,waterlow=2024-02-08"));
        const Result<AssessmentRecord> saved = AssessmentStore::write(
            nurse->database(), record(AssessmentType::Waterlow, highWaterlow(), m_today), m_today, m_born);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(saved.value.score, 21);
        QCOMPARE(saved.value.band, QStringLiteral("very_high"));
        QCOMPARE(saved.value.riskLevel, 3);
        QCOMPARE(saved.value.bandName(), QStringLiteral("Very high risk"));
        QCOMPARE(saved.value.toolVersion, QStringLiteral("Waterlow 2005"));
        QCOMPARE(saved.value.author, QStringLiteral("Aino Testnurse"));
        // At risk: due again in the schedule's 7 days, not the routine 30.
        QCOMPARE(saved.value.nextDue, m_today.addDays(7));
        QCOMPARE(dueOf(nurse->database(), "A1a"), QStringLiteral("falls=2024-01-15,must=2024-01-15,waterlow=") +
                                                      m_today.addDays(7).toString(Qt::ISODate));
        // Never rewritten, whoever asks.
        for (const QString &statement : {QStringLiteral("UPDATE assessments SET score = 1 WHERE id = $1::uuid"),
                                         QStringLiteral("DELETE FROM assessments WHERE id = $1::uuid")}) {
            const PgResult owner = m_db->session().exec(statement, {saved.value.id});
            QCOMPARE(owner.error().constraint, QStringLiteral("assessments_append_only"));
        }
        // A low MUST is due again in a month.
        const Result<AssessmentRecord> must = AssessmentStore::write(
            nurse->database(), record(AssessmentType::Must, lowMust(), m_today), m_today, m_born);
        QVERIFY2(must.ok(), qPrintable(must.message));
        QCOMPARE(must.value.score, 0);
        QCOMPARE(must.value.nextDue, m_today.addDays(30));
        QCOMPARE(must.value.derived(QStringLiteral("bmi")), 23.4375); // 60 / 1.6², unrounded
    }

    void incompleteOrImpossibleAssessmentsAreRefusedByName()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        QJsonObject missing = highWaterlow();
        missing.remove(QStringLiteral("mobility"));
        QString field;
        Result<AssessmentRecord> refused = AssessmentStore::write(
            nurse->database(), record(AssessmentType::Waterlow, missing, m_today), m_today, m_born);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.field, QStringLiteral("mobility"));
        QCOMPARE(refused.message, QStringLiteral("The Waterlow (pressure ulcer risk) is not complete: answer "
                                                 "Mobility, then save."));
        QJsonObject heavy = lowMust(900);
        refused =
            AssessmentStore::write(nurse->database(), record(AssessmentType::Must, heavy, m_today), m_today, m_born);
        QCOMPARE(refused.field, QStringLiteral("weight_kg"));
        QCOMPARE(refused.message, QStringLiteral("Weight today must be between 20.0 and 300.0 kg: 900.0 is not "
                                                 "possible. Check it and type it again."));
        refused = AssessmentStore::write(nurse->database(), record(AssessmentType::Must, lowMust(), m_today.addDays(1)),
                                         m_today, m_born);
        QCOMPARE(refused.field, QStringLiteral("date"));
        QVERIFY(refused.message.startsWith(QStringLiteral("Date of the assessment: ")));
        QVERIFY(refused.message.contains(QStringLiteral("is in the future")));
        refused = AssessmentStore::write(nurse->database(), record(AssessmentType::Must, lowMust(), m_born.addDays(-1)),
                                         m_today, m_born);
        QCOMPARE(refused.field, QStringLiteral("date"));
        QVERIFY(refused.message.contains(QStringLiteral("before the resident was born")));

        // A station that skips those checks meets the database's.
        const PgSession station(nurse->database());
        const QString insert =
            QStringLiteral("INSERT INTO assessments (resident_id, type, date, score, band, risk_level, tool_version) "
                           "VALUES ($1::uuid, 'must', $2::date, $3, 'low', 0, 'MUST 2011')");
        QCOMPARE(station.exec(insert, {m_fixture.resident("A1a"), m_serverToday.addDays(5), 0}).error().constraint,
                 QStringLiteral("assessments_date_future_check"));
        QCOMPARE(station.exec(insert, {m_fixture.resident("A1a"), QDate(1938, 4, 1), 0}).error().constraint,
                 QStringLiteral("assessments_date_after_birth_check"));
        QCOMPARE(station.exec(insert, {m_fixture.resident("A1a"), m_today, QVariant()}).error().constraint,
                 QStringLiteral("assessments_scored_check"));
        // ... and its own dates: a station cannot choose when the next one is due.
        QCOMPARE(station
                     .exec(QStringLiteral("INSERT INTO assessments (resident_id, type, date, score, band, risk_level, "
                                          "tool_version, next_due_date) VALUES ($1::uuid, 'must', $2::date, 0, 'low', "
                                          "0, 'MUST 2011', '2099-01-01')"),
                           {m_fixture.resident("A1a"), m_today})
                     .error()
                     .sqlState,
                 QStringLiteral("42501"));
    }

    void aCorrectionIsLinkedAndTakesOverTheDueDate()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const Result<AssessmentRecord> first = AssessmentStore::write(
            nurse->database(),
            record(AssessmentType::Falls,
                   QJsonObject{{QStringLiteral("recent_falls"), QStringLiteral("last_3_months_here")},
                               {QStringLiteral("medications"), QStringLiteral("more_than_two")},
                               {QStringLiteral("psychological"), QStringLiteral("mild")},
                               {QStringLiteral("cognitive"), QStringLiteral("amts_7_8")},
                               {QStringLiteral("functional_change"), QStringLiteral("no")},
                               {QStringLiteral("dizziness"), QStringLiteral("no")}},
                   m_today.addDays(-2)),
            m_today, m_born);
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.value.score, 16);
        QCOMPARE(first.value.band, QStringLiteral("high"));
        QCOMPARE(first.value.nextDue, m_today.addDays(-2 + 30));

        AssessmentRecord correction = first.value;
        correction.id.clear();
        correction.correctsId = first.value.id;
        correction.answers.insert(QStringLiteral("recent_falls"), QStringLiteral("none"));
        correction.answers.insert(QStringLiteral("medications"), QStringLiteral("one"));
        // A reason is needed.
        correction.correctionReason = QStringLiteral("  ");
        Result<AssessmentRecord> second = AssessmentStore::write(nurse->database(), correction, m_today, m_born);
        QCOMPARE(second.field, QStringLiteral("correction_reason"));
        correction.correctionReason = QStringLiteral("Falls were another resident's");
        second = AssessmentStore::write(nurse->database(), correction, m_today, m_born);
        QVERIFY2(second.ok(), qPrintable(second.message));
        QCOMPARE(second.value.score, 8);
        QCOMPARE(second.value.band, QStringLiteral("low"));
        QCOMPARE(second.value.correctsId, first.value.id);
        QCOMPARE(second.value.nextDue, m_today.addDays(-2 + 91));
        const Result<AssessmentRecord> corrected = AssessmentStore::load(nurse->database(), first.value.id);
        QVERIFY2(corrected.ok(), qPrintable(corrected.message));
        QCOMPARE(corrected.value.correctedById, second.value.id);
        QVERIFY(dueOf(nurse->database(), "A1a")
                    .contains(QStringLiteral("falls=") + m_today.addDays(-2 + 91).toString(Qt::ISODate)));
        // Corrected once: a second correction of the same entry is refused.
        correction.correctionReason = QStringLiteral("Again");
        const Result<AssessmentRecord> again = AssessmentStore::write(nurse->database(), correction, m_today, m_born);
        QCOMPARE(again.message, QStringLiteral("This assessment has already been corrected: correct the correction "
                                               "instead, so the latest entry stays the one in force."));
        // The history shows both, the first struck, newest first.
        AssessmentHistoryModel history(nurse->name());
        const PagedModelTester historyTester(&history);
        history.setResident(m_fixture.resident("A1a"));
        const int firstRow = history.rowOf(first.value.id);
        const int secondRow = history.rowOf(second.value.id);
        QVERIFY(firstRow >= 0 && secondRow >= 0);
        QCOMPARE(history.index(firstRow, 0).data(AssessmentHistoryModel::CorrectedRole).toBool(), true);
        QCOMPARE(history.index(firstRow, AssessmentHistoryModel::EntryColumn).data().toString(),
                 QStringLiteral("Corrected by a later entry"));
        QCOMPARE(history.index(secondRow, AssessmentHistoryModel::EntryColumn).data().toString(),
                 QStringLiteral("Correction: Falls were another resident's"));
        QCOMPARE(history.index(secondRow, AssessmentHistoryModel::ResultColumn).data().toString(),
                 QStringLiteral("Low risk"));
    }

    void theOrganizationsScheduleDecidesWhenNextDue()
    {
        // The organization's settings as they were, for the tests after this one, however this one ends.
        const auto reset = qScopeGuard([this] {
            m_db->run(QStringLiteral("UPDATE organizations SET settings = settings - 'assessment_schedule' "
                                     "- 'idle_lock_minutes' WHERE id = $1::uuid"),
                      {m_fixture.orgA});
        });
        QVERIFY(m_db->run(QStringLiteral("UPDATE organizations SET settings = settings || "
                                         "'{\"idle_lock_minutes\": 7}' WHERE id = $1::uuid"),
                          {m_fixture.orgA}));
        // The administrator reads the defaults, in the tools' order, and sets Barthel every 14 days.
        auto admin = m_fixture.signedIn(*m_db, "adminA");
        const Result<QList<AssessmentSchedule::Entry>> read = AssessmentSchedule::load(admin->database());
        QCOMPARE(read.message, QString());
        QVERIFY(read.ok());
        QList<AssessmentSchedule::Entry> schedule = read.value;
        const auto describe = [](const QList<AssessmentSchedule::Entry> &entries) {
            QStringList lines;
            for (const AssessmentSchedule::Entry &entry : entries)
                lines.append(QStringLiteral("%1 %2 %3 %4")
                                 .arg(AssessmentTools::key(entry.type))
                                 .arg(entry.onAdmission ? QStringLiteral("admission") : QStringLiteral("-"))
                                 .arg(entry.everyDays)
                                 .arg(entry.riskDays));
            return lines;
        };
        QCOMPARE(describe(schedule),
                 QStringList({QStringLiteral("must admission 30 30"), QStringLiteral("waterlow admission 30 7"),
                              QStringLiteral("falls admission 91 30"), QStringLiteral("abbey_pain - 0 1"),
                              QStringLiteral("barthel - 91 91"), QStringLiteral("news2 - 0 1")}));
        schedule[4].everyDays = 14;
        schedule[4].riskDays = 0;
        QList<AssessmentSchedule::Entry> impossible = schedule;
        impossible[1].riskDays = 367;
        const Result<> tooLong = AssessmentSchedule::save(admin->database(), impossible);
        QCOMPARE(tooLong.message,
                 QStringLiteral("Waterlow (pressure ulcer risk), how soon it is due again after a risk: 367 days is "
                                "not possible. Choose 0 (as often as usual) to 366 days."));
        QCOMPARE(tooLong.outcome, Outcome::Refused);
        QCOMPARE(tooLong.field, QStringLiteral("waterlow"));
        impossible[1].riskDays = 7;
        impossible[0].everyDays = -1;
        const Result<> negative = AssessmentSchedule::check(impossible);
        QCOMPARE(negative.message,
                 QStringLiteral("MUST (nutrition), how often it is due: -1 days is not possible. Choose 0 (not "
                                "scheduled) to 366 days."));
        QCOMPARE(negative.outcome, Outcome::Refused);
        QCOMPARE(negative.field, QStringLiteral("must"));
        // A nurse may not change it; the administrator may, and the other settings stay as they were.
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const Result<> notAllowed = AssessmentSchedule::save(nurse->database(), schedule);
        QCOMPARE(notAllowed.message,
                 QStringLiteral("You may not change the organization's settings: ask an administrator."));
        QCOMPARE(notAllowed.outcome, Outcome::Refused);
        const Result<> changed = AssessmentSchedule::save(admin->database(), schedule);
        QCOMPARE(changed.message, QString());
        QCOMPARE(changed.outcome, Outcome::Done);
        QCOMPARE(describe(AssessmentSchedule::load(nurse->database()).value).at(4), QStringLiteral("barthel - 14 0"));
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT settings ->> 'idle_lock_minutes' FROM organizations "
                                          "WHERE id = $1::uuid"),
                           {m_fixture.orgA})
                     .text(0, 0),
                 QStringLiteral("7"));
        QJsonObject independent;
        for (const AssessmentItem &item : AssessmentTools::items(AssessmentType::Barthel))
            independent.insert(item.key, item.options.constLast().key);
        const Result<AssessmentRecord> saved = AssessmentStore::write(
            nurse->database(), record(AssessmentType::Barthel, independent, m_today), m_today, m_born);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(saved.value.score, 20);
        QCOMPARE(saved.value.nextDue, m_today.addDays(14));

        // Imported by the server's superuser, with nobody signed in, it is due by the same schedule (it was due by
        // the default, 91 days, before migration 16).
        const PgResult imported = m_db->session().exec(
            QStringLiteral("INSERT INTO assessments (organization_id, resident_id, type, date, findings, created_by, "
                           "tool_version, score, band, risk_level) SELECT $1::uuid, $2::uuid, 'barthel', $3::date, "
                           "$4::jsonb, u.id, 'Barthel 20-point (Collin 1988)', 20, 'independent', 0 FROM users AS u "
                           "WHERE u.organization_id = $1::uuid AND u.email = $5 RETURNING next_due_date"),
            {m_fixture.orgA, m_fixture.resident("A1a"), m_today.addDays(-3),
             QString::fromUtf8(QJsonDocument(independent).toJson()), m_fixture.email("nurseA")});
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        QCOMPARE(imported.rowCount(), 1);
        QCOMPARE(imported.text(0, 0), m_today.addDays(-3 + 14).toString(Qt::ISODate));
    }

    void theFacilityListShowsWhatIsOverdueAndChangesWhenDone()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        AssessmentsDueModel due(nurse->name());
        const PagedModelTester dueTester(&due);
        due.setToday(m_today);
        due.setFacility(m_fixture.facilityA1);
        const auto rowsFor = [&due](const QString &residentId) {
            QStringList tools;
            for (int row = 0; row < due.rowCount(); ++row) {
                if (due.index(row, 0).data(AssessmentsDueModel::ResidentIdRole).toString() == residentId)
                    tools.append(due.index(row, 0).data(AssessmentsDueModel::TypeRole).toString());
            }
            return tools;
        };
        QCOMPARE(rowsFor(m_fixture.resident("A1b")),
                 QStringList({QStringLiteral("falls"), QStringLiteral("must"), QStringLiteral("waterlow")}));
        QCOMPARE(due.index(0, AssessmentsDueModel::DueColumn).data().toString().endsWith(QStringLiteral("(overdue)")),
                 true);
        QCOMPARE(due.index(0, AssessmentsDueModel::LastColumn).data().toString(),
                 QStringLiteral("Never: due on admission"));
        AssessmentRecord must = record(AssessmentType::Must, lowMust(), m_today);
        must.residentId = m_fixture.resident("A1b");
        QVERIFY(AssessmentStore::write(nurse->database(), must, m_today, m_born).ok());
        due.refresh();
        QCOMPARE(rowsFor(m_fixture.resident("A1b")),
                 QStringList({QStringLiteral("falls"), QStringLiteral("waterlow")}));
        // A carer may not read assessments: nothing is listed, rather than every tool as never done.
        auto carer = m_fixture.signedIn(*m_db, "carerA");
        AssessmentsDueModel carers(carer->name());
        const PagedModelTester carersTester(&carers);
        carers.setToday(m_today);
        carers.refresh();
        QCOMPARE(carers.rowCount(), 0);
        QCOMPARE(carers.lastRead().message, QString());
        // Another organization's nurse sees none of these residents.
        auto other = m_fixture.signedIn(*m_db, "nurseB");
        AssessmentsDueModel others(other->name());
        const PagedModelTester othersTester(&others);
        others.setToday(m_today);
        others.refresh();
        QCOMPARE(rowsFor(m_fixture.resident("A1b")),
                 QStringList({QStringLiteral("falls"), QStringLiteral("waterlow")}));
        for (int row = 0; row < others.rowCount(); ++row)
            QCOMPARE(others.index(row, 0).data(AssessmentsDueModel::ResidentIdRole).toString(),
                     m_fixture.resident("B1"));
    }

    void aHighResultsCarePlanChoiceIsRecordedOnce()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const Result<AssessmentRecord> saved = AssessmentStore::write(
            nurse->database(), record(AssessmentType::Waterlow, highWaterlow(), m_today), m_today, m_born);
        QVERIFY(saved.value.riskLevel >= 2);
        const Result<QString> pressurePlan = AssessmentStore::matchingCarePlan(
            nurse->database(), m_fixture.resident("A1a"), AssessmentTools::carePlanType(AssessmentType::Waterlow));
        QVERIFY2(pressurePlan.ok(), qPrintable(pressurePlan.message));
        QCOMPARE(pressurePlan.value, QString());
        const QString mobilityPlan =
            AssessmentStore::matchingCarePlan(nurse->database(), m_fixture.resident("A1a"),
                                              AssessmentTools::carePlanType(AssessmentType::Falls))
                .value;
        QVERIFY(!mobilityPlan.isEmpty());
        const Result<> tooShort = AssessmentStore::recordFollowUp(
            nurse->database(), saved.value.id, QStringLiteral("declined"), QString(), QStringLiteral("x"));
        QCOMPARE(tooShort.message, QStringLiteral("Say in a few words why the care plan is not being reviewed now (3 "
                                                  "characters or more)."));
        QCOMPARE(tooShort.outcome, Outcome::Refused);
        const Result<> started = AssessmentStore::recordFollowUp(nurse->database(), saved.value.id,
                                                                 QStringLiteral("started_plan"), QString(), QString());
        QCOMPARE(started.message, QString());
        QCOMPARE(started.outcome, Outcome::Done);
        const Result<> twice =
            AssessmentStore::recordFollowUp(nurse->database(), saved.value.id, QStringLiteral("declined"), QString(),
                                            QStringLiteral("Changed my mind"));
        QCOMPARE(twice.message,
                 QStringLiteral("What was chosen for the care plan after this assessment is already recorded."));
        QCOMPARE(twice.outcome, Outcome::Refused);
        const Result<AssessmentRecord> followed = AssessmentStore::load(nurse->database(), saved.value.id);
        QVERIFY2(followed.ok(), qPrintable(followed.message));
        QCOMPARE(followed.value.followUp, QStringLiteral("New care plan started"));
        const PgResult row = m_db->session().exec(
            QStringLiteral("SELECT f.choice, u.email FROM assessment_follow_ups AS f JOIN users AS u "
                           "ON u.id = f.chosen_by WHERE f.assessment_id = $1::uuid"),
            {saved.value.id});
        QCOMPARE(row.text(0, 0), QStringLiteral("started_plan"));
        QCOMPARE(row.text(0, 1), m_fixture.email("nurseA"));
    }

    void trendsReadEachMeasureOldestFirst()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        AssessmentRecord earlier = record(AssessmentType::Must, lowMust(64), m_today.addDays(-60));
        earlier.residentId = m_fixture.resident("A1b");
        AssessmentRecord later = record(AssessmentType::Must, lowMust(58), m_today.addDays(-1));
        later.residentId = m_fixture.resident("A1b");
        const Result<AssessmentRecord> first = AssessmentStore::write(nurse->database(), earlier, m_today, m_born);
        const Result<AssessmentRecord> second = AssessmentStore::write(nurse->database(), later, m_today, m_born);
        QVERIFY(first.ok() && second.ok());
        const Result<AssessmentTrend::Series> weights =
            AssessmentTrend::series(nurse->database(), m_fixture.resident("A1b"), AssessmentTrend::Measure::Weight);
        QCOMPARE(weights.outcome, Outcome::Done);
        QCOMPARE(weights.message, QString());
        const QList<AssessmentTrend::Point> &weight = weights.value.points;
        // With the MUST of today written by the facility list's test.
        QCOMPARE(weight.size(), 3);
        QCOMPARE(weight.at(0).value, 64.0);
        QCOMPARE(weight.at(0).assessmentId, first.value.id);
        QCOMPARE(weight.at(0).date, m_today.addDays(-60));
        QCOMPARE(weight.at(1).value, 58.0);
        QCOMPARE(weight.at(2).value, 60.0);
        const QList<AssessmentTrend::Point> bmi =
            AssessmentTrend::series(nurse->database(), m_fixture.resident("A1b"), AssessmentTrend::Measure::Bmi)
                .value.points;
        QCOMPARE(bmi.at(0).value, 25.0);
        QCOMPARE(bmi.at(1).value, 58.0 / 2.56); // unrounded: 22.66
        QCOMPARE(bmi.at(2).value, 23.4375);
        QCOMPARE(
            AssessmentTrend::series(nurse->database(), m_fixture.resident("A1b"), AssessmentTrend::Measure::Waterlow)
                .value.points.size(),
            1); // the fixture's
    }

    // The printed resident summary lists each risk as last assessed and what is due, for a hospital or an inspector.
    void theResidentSummaryListsTheRisksInForce()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseB");
        const Result<QList<AssessmentRecord>> latest =
            AssessmentStore::latest(nurse->database(), m_fixture.resident("B1"));
        const Result<QList<AssessmentDue>> due = AssessmentStore::due(nurse->database(), m_fixture.resident("B1"));
        QCOMPARE(latest.message, QString());
        QCOMPARE(due.message, QString());
        QVERIFY(latest.ok() && due.ok());
        const Result<ResidentRecord> read =
            ResidentStore::load(nurse->database(), m_fixture.resident("B1"), false, false);
        QVERIFY2(read.ok(), qPrintable(read.message));
        const ResidentRecord &record = read.value;
        const QString html = RecordPrintouts::residentSummary(record, {}, latest.value, due.value, QString(), m_today,
                                                              QStringLiteral("X"), QStringLiteral("now"));
        QVERIFY2(html.contains(QStringLiteral(
                     "<tr><td>MUST (nutrition)</td><td>Never</td><td></td><td>15 Jan 2024 (overdue)</td></tr>"
                     "<tr><td>Waterlow (pressure ulcer risk)</td><td>1 Feb 2024, Bram Testnurse</td>"
                     "<td>Score 12: At risk</td><td>8 Feb 2024 (overdue)</td></tr>"
                     "<tr><td>Falls risk (FRAT)</td><td>Never</td><td></td><td>15 Jan 2024 (overdue)</td></tr>"
                     "</table>")),
                 qPrintable(html));
        // A carer may not read assessments: no table, rather than every tool as never done.
        auto carer = m_fixture.signedIn(*m_db, "carerA");
        const Result<QList<AssessmentRecord>> carersLatest =
            AssessmentStore::latest(carer->database(), m_fixture.resident("A1a"));
        const Result<QList<AssessmentDue>> carersDue =
            AssessmentStore::due(carer->database(), m_fixture.resident("A1a"));
        QCOMPARE(carersLatest.value.size(), 0);
        QCOMPARE(carersDue.value.size(), 0);
        QCOMPARE(carersLatest.message, QString());
        QCOMPARE(carersDue.message, QString());
        QVERIFY(carersLatest.ok() && carersDue.ok());
        const QString carers = RecordPrintouts::residentSummary(record, {}, {}, {}, QString(), m_today,
                                                                QStringLiteral("X"), QStringLiteral("now"));
        QVERIFY(!carers.contains(QStringLiteral("Risk assessments")));
        // Unreadable, they are said to be missing, not printed as never done.
        const QString failed = RecordPrintouts::residentSummary(record, {}, {}, {}, QStringLiteral("server gone"),
                                                                m_today, QStringLiteral("X"), QStringLiteral("now"));
        QVERIFY2(failed.contains(QStringLiteral("<h2>Risk assessments</h2><p>Not printed: they could not be read "
                                                "(server gone). Print again, or see them on the record.</p>")),
                 qPrintable(failed));
    }

    // NEWS2 is charted from NEWS2 assessments and from the shift notes' observations (where most readings are), scored
    // by the same code; a corrected note's reading gives way to its correction, and a partial set is counted, not
    // charted.
    void theNews2TrendReadsShiftNoteObservations()
    {
        const QDateTime now = Clock::nowUtc();
        const auto observed = [this, &now](int hoursAgo, const QJsonObject &observations) {
            DailyNote made;
            made.id = DailyNote::newId();
            made.residentId = m_fixture.resident("A1b");
            made.occurredAt = now.addSecs(-3600 * hoursAgo);
            made.recordedAt = now;
            made.date = made.occurredAt.toUTC().date();
            made.shift = QStringLiteral("early");
            made.observations = observations;
            // Since migration 8 the server refuses observations that call for an escalation without one.
            made.escalation = {{QStringLiteral("action"), QStringLiteral("Observations again in an hour")},
                               {QStringLiteral("told"), QStringLiteral("Aino Testnurse")}};
            return made;
        };
        // Respiration 26 (3), SpO2 95 (1), air (0), systolic 118 (0), pulse 96 (1), alert (0), 38.4 °C (1): 6.
        const QJsonObject worrying{{QStringLiteral("respiration_rate"), 26},
                                   {QStringLiteral("spo2"), 95},
                                   {QStringLiteral("oxygen"), false},
                                   {QStringLiteral("systolic"), 118},
                                   {QStringLiteral("pulse"), 96},
                                   {QStringLiteral("consciousness"), QStringLiteral("A")},
                                   {QStringLiteral("temperature"), 38.4}};
        QJsonObject typingSlip = worrying;
        typingSlip.insert(QStringLiteral("pulse"), 160); // 3 points instead of 1: 8
        auto carer = m_fixture.signedIn(*m_db, "carerA");
        const DailyNote first = observed(30, worrying);
        const DailyNote slip = observed(20, typingSlip);
        const DailyNote partial = observed(10, {{QStringLiteral("pulse"), 80}});
        for (const DailyNote &note : {first, slip, partial})
            QVERIFY(DailyNoteStore::write(carer->database(), note).ok());
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        DailyNote corrected = observed(20, worrying);
        corrected.date = slip.date;
        corrected.correctsId = slip.id;
        corrected.correctionReason = QStringLiteral("Pulse 96, not 160");
        QVERIFY(DailyNoteStore::write(nurse->database(), corrected).ok());

        const Result<AssessmentTrend::Series> series =
            AssessmentTrend::series(nurse->database(), m_fixture.resident("A1b"), AssessmentTrend::Measure::News2);
        QCOMPARE(series.outcome, Outcome::Done);
        QCOMPARE(series.value.notesProblem, QString());
        QCOMPARE(series.value.incomplete, 1);
        const QList<AssessmentTrend::Point> &news2 = series.value.points;
        QCOMPARE(news2.size(), 2);
        QCOMPARE(news2.at(0).noteId, first.id);
        QCOMPARE(news2.at(0).value, 6.0);
        QCOMPARE(news2.at(0).assessmentId, QString());
        QCOMPARE(news2.at(0).at, first.occurredAt);
        QCOMPARE(news2.at(0).source,
                 QStringLiteral("Shift note by Cai Testcarer, %1: NEWS2 6, medium risk")
                     .arg(QLocale().toString(first.occurredAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))));
        QCOMPARE(news2.at(1).noteId, corrected.id);
        QCOMPARE(news2.at(1).value, 6.0);

        // A NEWS2 assessment written today sits with them, in time order.
        QJsonObject answers = worrying; // the form's answers: the scale and air as choices
        answers.insert(QStringLiteral("spo2_scale"), QStringLiteral("1"));
        answers.insert(QStringLiteral("oxygen"), QStringLiteral("air"));
        AssessmentRecord assessed = record(AssessmentType::News2, answers, m_today);
        assessed.residentId = m_fixture.resident("A1b");
        const Result<AssessmentRecord> saved = AssessmentStore::write(nurse->database(), assessed, m_today, m_born);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        const QList<AssessmentTrend::Point> withAssessment =
            AssessmentTrend::series(nurse->database(), m_fixture.resident("A1b"), AssessmentTrend::Measure::News2)
                .value.points;
        QCOMPARE(withAssessment.size(), 3);
        QCOMPARE(withAssessment.at(2).assessmentId, saved.value.id);
        QCOMPARE(withAssessment.at(2).value, 6.0);

        // Other measures are assessments only; another organization's nurse sees none of it.
        auto other = m_fixture.signedIn(*m_db, "nurseB");
        const Result<AssessmentTrend::Series> others =
            AssessmentTrend::series(other->database(), m_fixture.resident("A1b"), AssessmentTrend::Measure::News2);
        QCOMPARE(others.value.points.size(), 0);
        QCOMPARE(others.outcome, Outcome::Done);
        QCOMPARE(others.value.notesProblem, QString());
    }

    // A high result's care-plan choice is asked about again only while it is the latest of its tool; an entry that
    // a correction replaced does not count as later, whatever its date.
    void onlyTheLatestResultIsAskedAboutAgain()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const auto written = [this, &nurse](int daysAgo, const QString &corrects = QString()) {
            AssessmentRecord made = record(AssessmentType::Waterlow, highWaterlow(), m_today.addDays(-daysAgo));
            made.residentId = m_fixture.resident("A1b");
            made.correctsId = corrects;
            made.correctionReason = corrects.isEmpty() ? QString() : QStringLiteral("Dated wrongly");
            const Result<AssessmentRecord> saved = AssessmentStore::write(nurse->database(), made, m_today, m_born);
            if (!saved.ok())
                qWarning("%s", qPrintable(saved.message));
            return saved.value.id;
        };
        const QString first = written(10);
        QCOMPARE(AssessmentStore::isLatest(nurse->database(), first), true);
        const QString second = written(5);
        QCOMPARE(AssessmentStore::isLatest(nurse->database(), first), false);
        QCOMPARE(AssessmentStore::isLatest(nurse->database(), second), true);
        // The second corrected by an entry dated before the first: the first is the latest again, and neither the
        // second (replaced) nor its correction (older) is.
        const QString correction = written(20, second);
        QCOMPARE(AssessmentStore::isLatest(nurse->database(), second), false);
        QCOMPARE(AssessmentStore::isLatest(nurse->database(), correction), false);
        QCOMPARE(AssessmentStore::isLatest(nurse->database(), first), true);
        const Result<QList<AssessmentRecord>> read =
            AssessmentStore::latest(nurse->database(), m_fixture.resident("A1b"));
        QCOMPARE(read.message, QString());
        QVERIFY(read.ok());
        const QList<AssessmentRecord> &latest = read.value;
        const auto waterlow = std::find_if(latest.cbegin(), latest.cend(), [](const AssessmentRecord &each) {
            return each.type == AssessmentType::Waterlow;
        });
        QVERIFY(waterlow != latest.cend());
        QCOMPARE(waterlow->id, first);
    }

    // A resident's history pages on the server's own times: assessments written in the same millisecond (or at a
    // time the station would round up) come once each, however many pages they fill.
    void theHistoryPagesEachAssessmentOnce()
    {
        // Written as they would be in one busy moment: the time is set here, so the trigger that stamps it is off.
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE assessments DISABLE TRIGGER assessments_prepare")));
        const bool inserted = m_db->run(
            QStringLiteral("INSERT INTO assessments (organization_id, resident_id, type, date, created_by, score, "
                           "band, risk_level, tool_version, created_at, updated_at) "
                           "SELECT $1, $2, 'barthel', '2025-03-01', $3, 20, 'independent', 0, 'Barthel (Collin 1988)', "
                           "'2025-03-01 10:00:00.000600+00', '2025-03-01 10:00:00.000600+00' "
                           "FROM generate_series(1, $4::integer)"),
            {m_fixture.orgB, m_fixture.resident("B1"), m_fixture.user("nurseB"), AssessmentHistoryModel::pageSize + 1});
        QVERIFY(m_db->run(QStringLiteral("ALTER TABLE assessments ENABLE TRIGGER assessments_prepare")));
        QVERIFY(inserted);
        auto nurse = m_fixture.signedIn(*m_db, "nurseB");
        AssessmentHistoryModel history(nurse->name());
        const PagedModelTester historyTester(&history);
        history.setResident(m_fixture.resident("B1"));
        QCOMPARE(history.rowCount(), AssessmentHistoryModel::pageSize);
        while (history.canFetchMore())
            history.fetchMore();
        QCOMPARE(history.lastRead().message, QString());
        // The busy moment's assessments and the fixture's Waterlow, each once.
        QCOMPARE(history.rowCount(), AssessmentHistoryModel::pageSize + 2);
        QSet<QString> ids;
        for (int row = 0; row < history.rowCount(); ++row)
            ids.insert(history.index(row, 0).data(AssessmentHistoryModel::IdRole).toString());
        QCOMPARE(ids.size(), AssessmentHistoryModel::pageSize + 2);
    }

    // Issue 13: the server's list of each summed tool's answers and points is the code's.
    void theServersAnswersAndPointsAreTheTools()
    {
        QStringList code;
        for (const AssessmentType type :
             {AssessmentType::Waterlow, AssessmentType::Falls, AssessmentType::AbbeyPain, AssessmentType::Barthel}) {
            for (const AssessmentItem &item : AssessmentTools::items(type)) {
                for (const AssessmentItem::Option &option : item.options)
                    code.append(QStringLiteral("%1/%2/%3/%4/%5")
                                    .arg(AssessmentTools::key(type), item.key, option.key)
                                    .arg(option.points)
                                    .arg(item.kind == AssessmentItem::Kind::Multiple ? QStringLiteral("t")
                                                                                     : QStringLiteral("f")));
            }
        }
        const PgResult server =
            m_db->session().exec(QStringLiteral("SELECT type || '/' || item || '/' || option || '/' || points || '/' "
                                                "|| multiple FROM assessment_options()"));
        QStringList stored;
        for (int r = 0; r < server.rowCount(); ++r)
            stored.append(server.text(r, 0)
                              .replace(QStringLiteral("/true"), QStringLiteral("/t"))
                              .replace(QStringLiteral("/false"), QStringLiteral("/f")));
        code.sort();
        stored.sort();
        QCOMPARE(stored, code);
    }

    // Issue 13: a station that skips the code's checks meets the server's: answers outside the tool's, missing, or
    // a score, band or risk level the answers do not give are refused by name, straight through SQL.
    void theServerChecksAnswersAndRecomputesTheScore()
    {
        auto nurse = m_fixture.signedIn(*m_db, "nurseA");
        const PgSession station(nurse->database());
        QVERIFY(station.exec(QStringLiteral("BEGIN")).ok());
        const auto guard = qScopeGuard([&station] { station.exec(QStringLiteral("ROLLBACK")); });
        const auto insert = [&](AssessmentType type, const QJsonObject &answers, int score, const QString &band,
                                int level) {
            station.exec(QStringLiteral("SAVEPOINT attempt"));
            const PgResult result = station.exec(
                QStringLiteral("INSERT INTO assessments (resident_id, type, date, findings, score, band, risk_level, "
                               "tool_version) VALUES ($1::uuid, $2, $3::date, $4::jsonb, $5, $6, $7, 'test')"),
                {m_fixture.resident("A1a"), AssessmentTools::key(type), m_today,
                 QString::fromUtf8(QJsonDocument(answers).toJson()), score, band, level});
            station.exec(QStringLiteral("ROLLBACK TO SAVEPOINT attempt"));
            return result.ok() ? QString() : result.error().constraint;
        };
        const auto asScored = [&](AssessmentType type, const QJsonObject &answers) {
            const AssessmentResult result = AssessmentTools::score(type, answers);
            return insert(type, answers, result.score, result.band, result.riskLevel);
        };
        const QString domain = QStringLiteral("assessments_answer_check");
        const QString missing = QStringLiteral("assessments_answer_missing_check");
        const QString recomputed = QStringLiteral("assessments_score_recomputed_check");
        for (const QString &name : {domain, missing, recomputed})
            QVERIFY2(DatabaseErrorMessages::knowsConstraint(name), qPrintable(name));

        // Waterlow: the code's score is the server's; a lower one is refused.
        QCOMPARE(asScored(AssessmentType::Waterlow, highWaterlow()), QString());
        QCOMPARE(insert(AssessmentType::Waterlow, highWaterlow(), 5, QStringLiteral("not_at_risk"), 0), recomputed);
        QCOMPARE(insert(AssessmentType::Waterlow, highWaterlow(), 21, QStringLiteral("high"), 2), recomputed);
        QJsonObject waterlow = highWaterlow();
        waterlow.insert(QStringLiteral("mobility"), QStringLiteral("flying"));
        QCOMPARE(insert(AssessmentType::Waterlow, waterlow, 21, QStringLiteral("very_high"), 3), domain);
        waterlow = highWaterlow();
        waterlow.insert(QStringLiteral("skin"), QJsonArray{QStringLiteral("broken"), QStringLiteral("broken")});
        QCOMPARE(insert(AssessmentType::Waterlow, waterlow, 24, QStringLiteral("very_high"), 3), domain);
        waterlow = highWaterlow();
        waterlow.insert(QStringLiteral("age_years"), 80.5);
        QCOMPARE(insert(AssessmentType::Waterlow, waterlow, 21, QStringLiteral("very_high"), 3), domain);
        waterlow = highWaterlow();
        waterlow.insert(QStringLiteral("shoe_size"), 6);
        QCOMPARE(insert(AssessmentType::Waterlow, waterlow, 21, QStringLiteral("very_high"), 3), domain);
        waterlow = highWaterlow();
        waterlow.remove(QStringLiteral("mobility"));
        QCOMPARE(insert(AssessmentType::Waterlow, waterlow, 16, QStringLiteral("high"), 2), missing);
        // Over 6 hours on the table replaces over 2 hours; weight lost "yes" asks how much.
        waterlow = highWaterlow();
        waterlow.insert(QStringLiteral("surgery_trauma"),
                        QJsonArray{QStringLiteral("on_table_over_2h"), QStringLiteral("on_table_over_6h")});
        waterlow.insert(QStringLiteral("weight_lost"), QStringLiteral("yes"));
        waterlow.insert(QStringLiteral("weight_loss_amount"), QStringLiteral("over_15"));
        QCOMPARE(AssessmentTools::score(AssessmentType::Waterlow, waterlow).score, 33);
        QCOMPARE(asScored(AssessmentType::Waterlow, waterlow), QString());
        QCOMPARE(insert(AssessmentType::Waterlow, waterlow, 38, QStringLiteral("very_high"), 3), recomputed);

        // FRAT: dizziness is high risk whatever the score.
        const QJsonObject falls{{QStringLiteral("recent_falls"), QStringLiteral("none")},
                                {QStringLiteral("medications"), QStringLiteral("none")},
                                {QStringLiteral("psychological"), QStringLiteral("none")},
                                {QStringLiteral("cognitive"), QStringLiteral("amts_9_10")},
                                {QStringLiteral("functional_change"), QStringLiteral("no")},
                                {QStringLiteral("dizziness"), QStringLiteral("yes")}};
        QCOMPARE(asScored(AssessmentType::Falls, falls), QString());
        QCOMPARE(insert(AssessmentType::Falls, falls, 5, QStringLiteral("low"), 0), recomputed);

        // Abbey: 3 or more needs the type of pain.
        QJsonObject abbey;
        for (const char *sign : {"vocalisation", "facial_expression", "body_language", "behaviour", "physiological"})
            abbey.insert(QLatin1String(sign), QStringLiteral("absent"));
        abbey.insert(QStringLiteral("physical"), QStringLiteral("severe"));
        QCOMPARE(insert(AssessmentType::AbbeyPain, abbey, 3, QStringLiteral("mild"), 1), missing);
        abbey.insert(QStringLiteral("pain_type"), QStringLiteral("acute"));
        QCOMPARE(asScored(AssessmentType::AbbeyPain, abbey), QString());
        QCOMPARE(insert(AssessmentType::AbbeyPain, abbey, 0, QStringLiteral("no_pain"), 0), recomputed);

        // Barthel: a plain sum.
        QJsonObject barthel;
        for (const AssessmentItem &item : AssessmentTools::items(AssessmentType::Barthel))
            barthel.insert(item.key, item.options.constLast().key);
        QCOMPARE(asScored(AssessmentType::Barthel, barthel), QString());
        QCOMPARE(insert(AssessmentType::Barthel, barthel, 19, QStringLiteral("slight"), 1), recomputed);

        // MUST: ranges, choices and the score, the BMI unrounded (47.3 kg at 1.60 m is 18.48: 2 points, not 1).
        QCOMPARE(asScored(AssessmentType::Must, lowMust(47.3)), QString());
        QCOMPARE(insert(AssessmentType::Must, lowMust(47.3), 1, QStringLiteral("medium"), 1), recomputed);
        QCOMPARE(insert(AssessmentType::Must, lowMust(900), 0, QStringLiteral("low"), 0), domain);
        QJsonObject must = lowMust();
        must.insert(QStringLiteral("acute_disease"), QStringLiteral("maybe"));
        QCOMPARE(insert(AssessmentType::Must, must, 0, QStringLiteral("low"), 0), domain);
        must.remove(QStringLiteral("acute_disease"));
        QCOMPARE(insert(AssessmentType::Must, must, 0, QStringLiteral("low"), 0), missing);

        // NEWS2: the shift note's function; the two choices of the assessment in their domain.
        QJsonObject news2{{QStringLiteral("respiration_rate"), 26},
                          {QStringLiteral("spo2_scale"), QStringLiteral("1")},
                          {QStringLiteral("spo2"), 95},
                          {QStringLiteral("oxygen"), QStringLiteral("air")},
                          {QStringLiteral("systolic"), 118},
                          {QStringLiteral("pulse"), 96},
                          {QStringLiteral("consciousness"), QStringLiteral("A")},
                          {QStringLiteral("temperature"), 38.4}};
        QCOMPARE(AssessmentTools::score(AssessmentType::News2, news2).score, 6);
        QCOMPARE(asScored(AssessmentType::News2, news2), QString());
        QCOMPARE(insert(AssessmentType::News2, news2, 0, QStringLiteral("low"), 0), recomputed);
        news2.insert(QStringLiteral("spo2_scale"), QStringLiteral("3"));
        QCOMPARE(insert(AssessmentType::News2, news2, 6, QStringLiteral("medium"), 2), domain);
        news2.insert(QStringLiteral("spo2_scale"), QStringLiteral("1"));
        news2.insert(QStringLiteral("consciousness"), QStringLiteral("X"));
        QCOMPARE(insert(AssessmentType::News2, news2, 6, QStringLiteral("medium"), 2), domain);
        news2.insert(QStringLiteral("consciousness"), QStringLiteral("A"));
        news2.insert(QStringLiteral("pulse"), 96.5);
        QCOMPARE(insert(AssessmentType::News2, news2, 6, QStringLiteral("medium"), 2), domain);
        news2.remove(QStringLiteral("pulse"));
        QCOMPARE(insert(AssessmentType::News2, news2, 5, QStringLiteral("medium"), 2), missing);
    }

    // Migration 18: the latest assessment of each resident and tool is kept as assessments are written. Two writers of
    // the same resident and tool: the one that started second, dated earlier, waits for the first and leaves the
    // first's (later) assessment the latest, as a search of the committed assessments would find.
    void aLaterAssessmentWrittenMeanwhileStaysTheLatest()
    {
        QJsonObject independent;
        for (const AssessmentItem &item : AssessmentTools::items(AssessmentType::Barthel))
            independent.insert(item.key, item.options.constLast().key);
        const QString insert = QStringLiteral(
            "INSERT INTO assessments (organization_id, resident_id, type, date, findings, created_by, tool_version, "
            "score, band, risk_level) SELECT $1::uuid, $2::uuid, 'barthel', $3::date, $4::jsonb, u.id, "
            "'Barthel 20-point (Collin 1988)', 20, 'independent', 0 FROM users AS u WHERE u.organization_id = $1::uuid "
            "AND u.email = $5 RETURNING id");
        const auto params = [&](int daysAgo) {
            return QStringList{m_fixture.orgA, m_fixture.resident("A2"),
                               m_today.addDays(-daysAgo).toString(Qt::ISODate),
                               QString::fromUtf8(QJsonDocument(independent).toJson(QJsonDocument::Compact)),
                               m_fixture.email("nurseA2")};
        };
        StationConnection first(m_db->settings());
        StationConnection second(m_db->settings());
        QVERIFY(first.isOpen() && second.isOpen());
        // An earlier one, committed, so the kept row exists before the two race.
        const auto values = [](const QStringList &texts) {
            QVariantList list;
            for (const QString &text : texts)
                list.append(text);
            return list;
        };
        QVERIFY(first.exec(insert, values(params(20))).ok());
        QVERIFY(first.exec(QStringLiteral("BEGIN")).ok());
        const PgResult later = first.exec(insert, values(params(1)));
        QVERIFY2(later.ok(), qPrintable(later.error().message));
        QVERIFY(second.send(insert, params(5)));
        const int waiting = second.backendPid();
        QTRY_VERIFY(m_db->session()
                        .exec(QStringLiteral("SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1"), {waiting})
                        .text(0, 0) == QLatin1String("Lock"));
        QVERIFY(first.exec(QStringLiteral("COMMIT")).ok());
        const PgResult earlier = second.finish();
        QVERIFY2(earlier.ok(), qPrintable(earlier.error().message));
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT assessment_id FROM assessment_latest WHERE resident_id = $1::uuid "
                                          "AND type = 'barthel'"),
                           {m_fixture.resident("A2")})
                     .text(0, 0),
                 later.text(0, 0));
    }

    // After every assessment the tests above wrote (corrections, several a day, imports, other homes): the kept rows
    // are exactly the latest uncorrected assessment of each resident and tool.
    void theKeptLatestAgreesWithEveryAssessment()
    {
        const PgResult compared = m_db->session().exec(QStringLiteral(
            "WITH searched AS (SELECT DISTINCT ON (a.organization_id, a.resident_id, a.type) a.organization_id, "
            "a.resident_id, a.type, a.id, a.date, a.next_due_date FROM assessments a WHERE NOT EXISTS (SELECT 1 FROM "
            "assessments c WHERE c.organization_id = a.organization_id AND c.corrects_id = a.id) ORDER BY "
            "a.organization_id, a.resident_id, a.type, a.date DESC, a.created_at DESC, a.id DESC) "
            "SELECT count(*) FILTER (WHERE k.assessment_id IS DISTINCT FROM s.id OR k.date IS DISTINCT FROM s.date "
            "OR k.next_due_date IS DISTINCT FROM s.next_due_date), count(*) FROM searched s FULL JOIN "
            "assessment_latest k ON k.organization_id = s.organization_id AND k.resident_id = s.resident_id AND "
            "k.type = s.type"));
        QVERIFY2(compared.ok(), qPrintable(compared.error().message));
        QCOMPARE(compared.integer(0, 0), 0);
        QVERIFY2(compared.integer(0, 1) >= 10, qPrintable(compared.text(0, 1)));
        // Corrections were among them.
        QVERIFY(m_db->session()
                    .exec(QStringLiteral("SELECT count(*) FROM assessments WHERE corrects_id IS NOT NULL"))
                    .integer(0, 0) > 0);
    }
};

QTEST_GUILESS_MAIN(TestAssessments)
#include "TestAssessments.moc"
