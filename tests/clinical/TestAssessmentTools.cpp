// The assessment tools as a catalogue: every tool named with its source, answers read back in words, the dates an
// assessment may carry.
// Every measurement and date is made up.

#include "AssessmentAnswers.h"
#include "clinical/AssessmentTools.h"

#include <QTest>

namespace {

using Answers = AssessmentAnswers;

} // namespace

class TestAssessmentTools : public QObject
{
    Q_OBJECT

private slots:
    void everyToolNamesItsSource()
    {
        for (const AssessmentType type : AssessmentTools::types()) {
            QVERIFY(!AssessmentTools::source(type).isEmpty());
            QVERIFY(!AssessmentTools::version(type).isEmpty());
            QCOMPARE(AssessmentTools::fromKey(AssessmentTools::key(type)), type);
        }
    }

    // A saved assessment is read and printed as question and answer in words: only the questions asked, each
    // measurement with its unit, a multiple choice joined, an unanswered optional one said to be so.
    void answersAreReadBackInWords()
    {
        const auto rows = [](AssessmentType type, const QJsonObject &answers) {
            QStringList lines;
            for (const auto &[question, answer] : AssessmentTools::answerRows(type, answers))
                lines.append(question + QStringLiteral(" = ") + answer);
            return lines;
        };
        QCOMPARE(rows(AssessmentType::Must, Answers::mustMeasured()),
                 QStringList({QStringLiteral("How the height is known = Measured today"),
                              QStringLiteral("Height (m) = 1.60"), QStringLiteral("Weight today (kg) = 60.0"),
                              QStringLiteral("How the weight loss is known = Weighed then and now: both weights given"),
                              QStringLiteral("Weight 3 to 6 months ago (kg) = 61.0"),
                              QStringLiteral("Acute disease effect = No")}));
        QCOMPARE(rows(AssessmentType::Must, Answers::mustFromTheArm()),
                 QStringList(
                     {QStringLiteral("How the height is known = Cannot be measured or recalled: use the mid upper arm"),
                      QStringLiteral("Weight today (kg) = Not answered"),
                      QStringLiteral("Mid upper arm circumference (MUAC) (cm) = 24.5"),
                      QStringLiteral("BMI judged from the arm and how the resident looks = Over 20 (score 0)"),
                      QStringLiteral("How the weight loss is known = Not recorded: judge the loss (loose clothes, "
                                     "rings, history)"),
                      QStringLiteral("Unplanned weight loss in the past 3 to 6 months = Less than 5% (score 0)"),
                      QStringLiteral("Acute disease effect = No")}));
        const QStringList waterlow =
            rows(AssessmentType::Waterlow, Answers::waterlowBase().setMany("skin", {"tissue_paper", "broken"}));
        QCOMPARE(waterlow.size(), 12);
        QCOMPARE(waterlow.at(1),
                 QStringLiteral("Skin type: visual risk areas = Tissue paper (1); Broken or spots, grade 2-4 (3)"));
        QCOMPARE(waterlow.at(3), QStringLiteral("Age (years) = 40"));
        QCOMPARE(waterlow.at(8), QStringLiteral("Special risks: tissue malnutrition = None of these"));
    }

    // The date an assessment may carry.

    void checkDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("born");
        QTest::addColumn<bool>("refused");
        const QDate today(2026, 3, 10);
        const QDate born(1941, 6, 15);
        QTest::newRow("today") << today << born << false;
        QTest::newRow("yesterday") << today.addDays(-1) << born << false;
        QTest::newRow("tomorrow") << today.addDays(1) << born << true;
        QTest::newRow("next year") << today.addYears(1) << born << true;
        QTest::newRow("the birth date") << born << born << false;
        QTest::newRow("the day before birth") << born.addDays(-1) << born << true;
        QTest::newRow("no date") << QDate() << born << true;
        QTest::newRow("birth date unknown") << QDate(1930, 1, 1) << QDate() << false;
    }
    void checkDate()
    {
        QFETCH(QDate, date);
        QFETCH(QDate, born);
        QFETCH(bool, refused);
        const Result<> checked = AssessmentTools::checkDate(date, QDate(2026, 3, 10), born);
        QCOMPARE(checked.outcome, refused ? Outcome::Refused : Outcome::Done);
        QCOMPARE(!checked.message.isEmpty(), refused);
        QCOMPARE(checked.ok(), !refused);
        QCOMPARE(checked.field, refused ? QStringLiteral("date") : QString());
        if (refused)
            QVERIFY2(checked.message.startsWith(QStringLiteral("Date of the assessment")), qPrintable(checked.message));
    }
};

QTEST_GUILESS_MAIN(TestAssessmentTools)
#include "TestAssessmentTools.moc"
