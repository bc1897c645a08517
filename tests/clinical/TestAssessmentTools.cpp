// Pure assessment tools, to every band boundary: MUST, Waterlow, FRAT, Abbey, Barthel, NEWS2 as an assessment.
// Every measurement and date is made up.

#include "clinical/AssessmentTools.h"
#include "clinical/MustTool.h"
#include "clinical/News2.h"
#include "clinical/WaterlowTool.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <initializer_list>

namespace {

// Answers written briefly: Answers(base).set("sex", "female").set("age_years", 81).
class Answers
{
public:
    Answers() = default;
    Answers(const QJsonObject &answers) : m_answers(answers) {}
    Answers &set(const char *key, const char *option)
    {
        m_answers.insert(QLatin1String(key), QLatin1String(option));
        return *this;
    }
    Answers &set(const char *key, double value)
    {
        m_answers.insert(QLatin1String(key), value);
        return *this;
    }
    Answers &set(const char *key, int value) { return set(key, double(value)); }
    Answers &setMany(const char *key, std::initializer_list<const char *> options)
    {
        QJsonArray chosen;
        for (const char *option : options)
            chosen.append(QLatin1String(option));
        m_answers.insert(QLatin1String(key), chosen);
        return *this;
    }
    Answers &without(const char *key)
    {
        m_answers.remove(QLatin1String(key));
        return *this;
    }
    operator QJsonObject() const { return m_answers; }

private:
    QJsonObject m_answers;
};

// A complete result with exactly this score, band and risk level, whose parts add up to the score.
void compareScored(const AssessmentResult &result, int score, const QString &band, int riskLevel)
{
    QCOMPARE(result.problem, QString());
    QCOMPARE(result.problemKey, QString());
    QCOMPARE(result.missing, QStringList());
    QVERIFY(result.complete());
    QCOMPARE(result.score, score);
    QCOMPARE(result.band, band);
    QVERIFY(!result.bandName.isEmpty());
    QCOMPARE(result.riskLevel, riskLevel);
    QCOMPARE(result.highRisk(), riskLevel >= 2);
    int sum = 0;
    for (const AssessmentResult::Part &part : result.parts)
        sum += part.points;
    QCOMPARE(sum, score);
}

// An incomplete or refused result has no score, band, risk level or guidance: nothing is ever counted as 0.
void compareUnscored(const AssessmentResult &result)
{
    QVERIFY(!result.complete());
    QVERIFY(!result.highRisk());
    QCOMPARE(result.score, 0);
    QCOMPARE(result.band, QString());
    QCOMPARE(result.bandName, QString());
    QCOMPARE(result.riskLevel, 0);
    QCOMPARE(result.guidance, QStringList());
    QVERIFY(result.parts.isEmpty());
}

void compareMissing(const AssessmentResult &result, const QStringList &missing)
{
    QCOMPARE(result.problem, QString());
    QCOMPARE(result.missing, missing);
    compareUnscored(result);
}

// Refused before scoring, with a sentence that begins with the question's label.
void compareRefused(AssessmentType type, const AssessmentResult &result, const QString &key)
{
    QCOMPARE(result.problemKey, key);
    const AssessmentItem *question = AssessmentTools::item(AssessmentTools::items(type), key);
    QVERIFY(question);
    QVERIFY2(result.problem.startsWith(question->label), qPrintable(result.problem));
    compareUnscored(result);
}

bool anyStartsWith(const QStringList &lines, const QString &start)
{
    for (const QString &line : lines) {
        if (line.startsWith(start))
            return true;
    }
    return false;
}

// MUST: measured height 1.60 m (BMI = weight / 2.56), weight 60.0 kg (BMI 23.4), 61.0 kg before (1.6% lost).
Answers mustMeasured()
{
    return Answers()
        .set("height_source", "measured")
        .set("height_m", 1.6)
        .set("weight_kg", 60.0)
        .set("weight_loss_source", "measured")
        .set("earlier_weight_kg", 61.0)
        .set("acute_disease", "no");
}

// MUST without a height: the arm and a judged loss, no weight needed.
Answers mustFromTheArm()
{
    return Answers()
        .set("height_source", "not_available")
        .set("muac_cm", 24.5)
        .set("bmi_estimate", "over_20")
        .set("weight_loss_source", "judged")
        .set("weight_loss_judged", "under_5")
        .set("acute_disease", "no");
}

// Waterlow at its lowest but for sex and age: male (1), 40 (1), everything else 0: total 2.
Answers waterlowBase()
{
    return Answers()
        .set("build", "average")
        .setMany("skin", {"healthy"})
        .set("sex", "male")
        .set("age_years", 40)
        .set("continence", "complete")
        .set("mobility", "fully")
        .set("weight_lost", "no")
        .set("eating_poorly", "no")
        .setMany("tissue_malnutrition", {"none"})
        .set("neurological_deficit", "none")
        .setMany("surgery_trauma", {"none"})
        .set("medication", "no");
}

// FRAT at its minimum: 2 + 1 + 1 + 1 = 5, no automatic high risk.
Answers fratBase()
{
    return Answers()
        .set("recent_falls", "none")
        .set("medications", "none")
        .set("psychological", "none")
        .set("cognitive", "amts_9_10")
        .set("functional_change", "no")
        .set("dizziness", "no");
}

const QList<const char *> abbeySigns{"vocalisation", "facial_expression", "body_language",
                                     "behaviour",    "physiological",     "physical"};
const QList<const char *> abbeySeverities{"absent", "mild", "moderate", "severe"};

// The six signs at these severities (0-3), in the scale's order.
Answers abbey(const QList<int> &levels)
{
    Answers answers;
    for (qsizetype i = 0; i < abbeySigns.size(); ++i)
        answers.set(abbeySigns.at(i), abbeySeverities.at(levels.value(i)));
    return answers;
}

// Each Barthel activity's answers from 0 points up, written out so the points are not read from the tool.
const QList<QPair<const char *, QList<const char *>>> barthelLadders{
    {"bowels", {"incontinent", "occasional", "continent"}},
    {"bladder", {"incontinent", "occasional", "continent"}},
    {"grooming", {"needs_help", "independent"}},
    {"toilet", {"dependent", "some_help", "independent"}},
    {"feeding", {"unable", "some_help", "independent"}},
    {"transfer", {"unable", "major_help", "minor_help", "independent"}},
    {"mobility", {"immobile", "wheelchair", "walks_with_help", "independent"}},
    {"dressing", {"dependent", "some_help", "independent"}},
    {"stairs", {"unable", "needs_help", "independent"}},
    {"bathing", {"dependent", "independent"}},
};

// Barthel answers adding up to total: the activities filled in order, each to its maximum.
Answers barthel(int total)
{
    Answers answers;
    for (const auto &[key, ladder] : barthelLadders) {
        const int points = std::min(total, int(ladder.size()) - 1);
        answers.set(key, ladder.at(points));
        total -= points;
    }
    return answers;
}

// NEWS2 with every parameter scoring 0 on scale 1.
Answers news2Normal()
{
    return Answers()
        .set("respiration_rate", 16)
        .set("spo2_scale", "1")
        .set("spo2", 97)
        .set("oxygen", "air")
        .set("systolic", 130)
        .set("pulse", 70)
        .set("consciousness", "A")
        .set("temperature", 37.0);
}

// The same readings as the shift note's observations would hold them, for News2::score directly.
VitalSigns vitalSigns(const QJsonObject &answers)
{
    VitalSigns signs;
    signs.respirationRate = qRound(answers.value(QStringLiteral("respiration_rate")).toDouble());
    signs.oxygenScale = answers.value(QStringLiteral("spo2_scale")).toString() == QLatin1String("2") ? 2 : 1;
    signs.oxygenSaturation = qRound(answers.value(QStringLiteral("spo2")).toDouble());
    signs.onOxygen = answers.value(QStringLiteral("oxygen")).toString() == QLatin1String("oxygen");
    signs.systolicPressure = qRound(answers.value(QStringLiteral("systolic")).toDouble());
    signs.pulse = qRound(answers.value(QStringLiteral("pulse")).toDouble());
    const QString level = answers.value(QStringLiteral("consciousness")).toString();
    signs.consciousness = level == QLatin1String("A")   ? VitalSigns::Consciousness::Alert
                          : level == QLatin1String("C") ? VitalSigns::Consciousness::NewConfusion
                          : level == QLatin1String("V") ? VitalSigns::Consciousness::Voice
                          : level == QLatin1String("P") ? VitalSigns::Consciousness::Pain
                                                        : VitalSigns::Consciousness::Unresponsive;
    signs.temperature = answers.value(QStringLiteral("temperature")).toDouble();
    return signs;
}

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

    // MUST step 1.

    // MUST step 1. Issue 13: the BMI is banded unrounded, and a BMI between two of the flowchart's bands (written to
    // one decimal: 18.5-20.0 and 20.1 and over) takes the higher-risk one; it is shown rounded toward risk (down).
    void mustBmi_data()
    {
        QTest::addColumn<double>("weight");
        QTest::addColumn<double>("height");
        QTest::addColumn<double>("shown");
        QTest::addColumn<int>("points");
        QTest::newRow("18.40") << 47.1 << 1.6 << 18.3 << 2;
        QTest::newRow("18.44") << 73.76 << 2.0 << 18.4 << 2;
        QTest::newRow("18.45 is not 18.5") << 73.8 << 2.0 << 18.4 << 2;
        QTest::newRow("18.48 of a measured 1.60 m") << 47.3 << 1.6 << 18.4 << 2;
        QTest::newRow("18.50") << 74.0 << 2.0 << 18.5 << 1;
        QTest::newRow("18.52") << 47.4 << 1.6 << 18.5 << 1;
        QTest::newRow("20.00 exactly") << 51.2 << 1.6 << 20.0 << 1;
        QTest::newRow("20.04") << 51.3 << 1.6 << 20.0 << 1;
        QTest::newRow("20.05 is not 20.1") << 80.2 << 2.0 << 20.0 << 1;
        QTest::newRow("20.10") << 80.4 << 2.0 << 20.1 << 0;
        QTest::newRow("20.12") << 51.5 << 1.6 << 20.1 << 0;
        QTest::newRow("30.0") << 76.8 << 1.6 << 30.0 << 0;
        QTest::newRow("30.12") << 77.1 << 1.6 << 30.1 << 0;
    }
    void mustBmi()
    {
        QFETCH(double, weight);
        QFETCH(double, height);
        QFETCH(double, shown);
        QFETCH(int, points);
        QCOMPARE(MustTool::bmi(weight, height), weight / (height * height));
        QCOMPARE(AssessmentTools::oneDecimalDown(MustTool::bmi(weight, height)), shown);
        QCOMPARE(MustTool::bmiPoints(MustTool::bmi(weight, height)), points);
    }

    void mustBmiPoints_data()
    {
        QTest::addColumn<double>("bmi");
        QTest::addColumn<int>("points");
        QTest::newRow("12.0") << 12.0 << 2;
        QTest::newRow("18.40") << 18.4 << 2;
        QTest::newRow("18.45") << 18.45 << 2;
        QTest::newRow("18.46") << 18.46 << 2;
        QTest::newRow("18.49") << 18.49 << 2;
        QTest::newRow("18.50") << 18.5 << 1;
        QTest::newRow("18.51") << 18.51 << 1;
        QTest::newRow("19.99") << 19.99 << 1;
        QTest::newRow("20.00") << 20.0 << 1;
        QTest::newRow("20.01") << 20.01 << 1;
        QTest::newRow("20.04") << 20.04 << 1;
        QTest::newRow("20.05") << 20.05 << 1;
        QTest::newRow("20.09") << 20.09 << 1;
        QTest::newRow("20.10") << 20.1 << 0;
        QTest::newRow("20.11") << 20.11 << 0;
        QTest::newRow("30.1, obese") << 30.1 << 0;
        QTest::newRow("45.0") << 45.0 << 0;
    }
    void mustBmiPoints()
    {
        QFETCH(double, bmi);
        QFETCH(int, points);
        QCOMPARE(MustTool::bmiPoints(bmi), points);
    }

    // MUST step 2. The loss is banded unrounded; between "under 5%" (4.9 and below) and "5-10%", or "5-10%" and "over
    // 10%" (10.1 and above), the higher-risk band; shown rounded toward risk (up).

    void mustWeightLoss_data()
    {
        QTest::addColumn<double>("earlier");
        QTest::addColumn<double>("now");
        QTest::addColumn<double>("shown");
        QTest::addColumn<int>("points");
        QTest::newRow("4.90%") << 100.0 << 95.1 << 4.9 << 0;
        QTest::newRow("4.95% is not 4.9%") << 60.6 << 57.6 << 5.0 << 1;
        QTest::newRow("4.99%") << 100.0 << 95.01 << 5.0 << 1;
        QTest::newRow("5.00%") << 100.0 << 95.0 << 5.0 << 1;
        QTest::newRow("5.0% of 70 kg") << 70.0 << 66.5 << 5.0 << 1;
        QTest::newRow("9.99%") << 100.0 << 90.01 << 10.0 << 1;
        QTest::newRow("10.00%") << 100.0 << 90.0 << 10.0 << 1;
        QTest::newRow("10.01%") << 100.0 << 89.99 << 10.1 << 2;
        QTest::newRow("10.03% is not 10%") << 99.7 << 89.7 << 10.1 << 2;
        QTest::newRow("10.04%") << 100.0 << 89.96 << 10.1 << 2;
        QTest::newRow("10.10%") << 100.0 << 89.9 << 10.1 << 2;
        QTest::newRow("unchanged") << 60.0 << 60.0 << 0.0 << 0;
        QTest::newRow("gained") << 60.0 << 63.5 << 0.0 << 0;
    }
    void mustWeightLoss()
    {
        QFETCH(double, earlier);
        QFETCH(double, now);
        QFETCH(double, shown);
        QFETCH(int, points);
        QCOMPARE(AssessmentTools::oneDecimalUp(MustTool::weightLossPercent(earlier, now)), shown);
        QCOMPARE(MustTool::weightLossPoints(MustTool::weightLossPercent(earlier, now)), points);
    }

    void mustWeightLossPoints_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("points");
        QTest::newRow("0.00") << 0.0 << 0;
        QTest::newRow("4.90") << 4.9 << 0;
        QTest::newRow("4.91") << 4.91 << 1;
        QTest::newRow("4.99") << 4.99 << 1;
        QTest::newRow("5.00") << 5.0 << 1;
        QTest::newRow("9.99") << 9.99 << 1;
        QTest::newRow("10.00") << 10.0 << 1;
        QTest::newRow("10.01") << 10.01 << 2;
        QTest::newRow("10.03") << 10.03 << 2;
        QTest::newRow("10.10") << 10.1 << 2;
        QTest::newRow("25.00") << 25.0 << 2;
    }
    void mustWeightLossPoints()
    {
        QFETCH(double, percent);
        QFETCH(int, points);
        QCOMPARE(MustTool::weightLossPoints(percent), points);
    }

    // Issue 13: the whole score, from the answers, is not lowered by rounding.
    void mustNeverRoundsTowardLessRisk()
    {
        // 47.3 kg at 1.60 m is a BMI of 18.48: 2 points, high risk (rounded to 18.5 it scored 1, medium).
        AssessmentResult result = AssessmentTools::score(
            AssessmentType::Must, mustMeasured().set("weight_kg", 47.3).set("earlier_weight_kg", 47.3));
        compareScored(result, 2, QStringLiteral("high"), 2);
        QCOMPARE(result.parts.constFirst().label, QStringLiteral("BMI 18.4 kg/m²"));
        // 99.7 kg to 89.7 kg is a loss of 10.03%: 2 points (rounded to 10.0% it scored 1).
        result = AssessmentTools::score(AssessmentType::Must,
                                        mustMeasured().set("weight_kg", 89.7).set("earlier_weight_kg", 99.7));
        compareScored(result, 2, QStringLiteral("high"), 2);
        QCOMPARE(result.parts.at(1).label, QStringLiteral("Weight loss 10.1%"));
    }

    // MUST steps 3 to 5, the alternatives to a measured height and a recorded loss included.

    void mustBands_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("band");
        QTest::addColumn<int>("riskLevel");
        const QString low = QStringLiteral("low");
        const QString medium = QStringLiteral("medium");
        const QString high = QStringLiteral("high");
        QTest::newRow("0: BMI 23.4, 1.6% lost") << QJsonObject(mustMeasured()) << 0 << low << 0;
        QTest::newRow("1: BMI 19.5") << QJsonObject(
                                            mustMeasured().set("weight_kg", 50.0).set("earlier_weight_kg", 50.0))
                                     << 1 << medium << 1;
        QTest::newRow("1: 5.1% lost") << QJsonObject(mustMeasured().set("earlier_weight_kg", 63.2)) << 1 << medium << 1;
        QTest::newRow("2: BMI 18.0") << QJsonObject(
                                            mustMeasured().set("weight_kg", 46.1).set("earlier_weight_kg", 46.1))
                                     << 2 << high << 2;
        QTest::newRow("2: acute disease") << QJsonObject(mustMeasured().set("acute_disease", "yes")) << 2 << high << 2;
        QTest::newRow("2: BMI 19.5 and 5.1% lost")
            << QJsonObject(mustMeasured().set("weight_kg", 50.0).set("earlier_weight_kg", 52.7)) << 2 << high << 2;
        QTest::newRow("6: BMI 17.5, 12.2% lost, acute disease")
            << QJsonObject(
                   mustMeasured().set("weight_kg", 44.8).set("earlier_weight_kg", 51.0).set("acute_disease", "yes"))
            << 6 << high << 2;
        QTest::newRow("recalled height, BMI 19.5") << QJsonObject(mustMeasured()
                                                                      .set("height_source", "recalled")
                                                                      .set("weight_kg", 50.0)
                                                                      .set("earlier_weight_kg", 50.0))
                                                   << 1 << medium << 1;
        QTest::newRow("arm: over 20, under 5% judged, no weight") << QJsonObject(mustFromTheArm()) << 0 << low << 0;
        QTest::newRow("arm: 18.5 to 20") << QJsonObject(mustFromTheArm().set("bmi_estimate", "from_18_5_to_20")) << 1
                                         << medium << 1;
        QTest::newRow("arm: under 18.5, over 10% judged, acute disease")
            << QJsonObject(mustFromTheArm()
                               .set("bmi_estimate", "under_18_5")
                               .set("weight_loss_judged", "over_10")
                               .set("acute_disease", "yes"))
            << 6 << high << 2;
        QTest::newRow("arm, with a recorded loss of 5.1%") << QJsonObject(mustFromTheArm()
                                                                              .set("weight_loss_source", "measured")
                                                                              .set("weight_kg", 60.0)
                                                                              .set("earlier_weight_kg", 63.2))
                                                           << 1 << medium << 1;
        QTest::newRow("measured BMI 23.4, judged 5 to 10%")
            << QJsonObject(mustMeasured()
                               .set("weight_loss_source", "judged")
                               .set("weight_loss_judged", "from_5_to_10")
                               .without("earlier_weight_kg"))
            << 1 << medium << 1;
        QTest::newRow("measured BMI 23.4, judged over 10%")
            << QJsonObject(mustMeasured().set("weight_loss_source", "judged").set("weight_loss_judged", "over_10")) << 2
            << high << 2;
    }
    void mustBands()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(int, score);
        QFETCH(QString, band);
        QFETCH(int, riskLevel);
        const AssessmentResult result = AssessmentTools::score(AssessmentType::Must, answers);
        compareScored(result, score, band, riskLevel);
        QVERIFY(!result.guidance.isEmpty());
    }

    void mustDerivedValues()
    {
        AssessmentResult result = AssessmentTools::score(AssessmentType::Must, mustMeasured());
        // Stored unrounded; shown to one decimal toward risk.
        QCOMPARE(result.derived.value(QStringLiteral("bmi")).toDouble(), 23.4375); // 60 / 2.56
        QCOMPARE(result.derived.value(QStringLiteral("weight_kg")).toDouble(), 60.0);
        QCOMPARE(result.derived.value(QStringLiteral("weight_loss_percent")).toDouble(), 100.0 / 61.0); // 1.64%
        QCOMPARE(result.parts.at(0).label, QStringLiteral("BMI 23.4 kg/m²"));
        QCOMPARE(result.parts.at(1).label, QStringLiteral("Weight loss 1.7%"));

        // Judged from the arm: no BMI is made up.
        result = AssessmentTools::score(AssessmentType::Must, mustFromTheArm());
        QVERIFY(result.complete());
        QVERIFY(!result.derived.contains(QStringLiteral("bmi")));
        QVERIFY(!result.derived.contains(QStringLiteral("weight_loss_percent")));
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
        QCOMPARE(rows(AssessmentType::Must, mustMeasured()),
                 QStringList({QStringLiteral("How the height is known = Measured today"),
                              QStringLiteral("Height (m) = 1.60"), QStringLiteral("Weight today (kg) = 60.0"),
                              QStringLiteral("How the weight loss is known = Weighed then and now: both weights given"),
                              QStringLiteral("Weight 3 to 6 months ago (kg) = 61.0"),
                              QStringLiteral("Acute disease effect = No")}));
        QCOMPARE(rows(AssessmentType::Must, mustFromTheArm()),
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
            rows(AssessmentType::Waterlow, waterlowBase().setMany("skin", {"tissue_paper", "broken"}));
        QCOMPARE(waterlow.size(), 12);
        QCOMPARE(waterlow.at(1),
                 QStringLiteral("Skin type: visual risk areas = Tissue paper (1); Broken or spots, grade 2-4 (3)"));
        QCOMPARE(waterlow.at(3), QStringLiteral("Age (years) = 40"));
        QCOMPARE(waterlow.at(8), QStringLiteral("Special risks: tissue malnutrition = None of these"));
    }

    void mustObesityIsRecorded()
    {
        // The flowchart's "> 30 obese": 30.0 is not, 30.1 is; either scores 0.
        const QString obese = QStringLiteral("Obese");
        AssessmentResult result = AssessmentTools::score(
            AssessmentType::Must, mustMeasured().set("weight_kg", 76.8).set("earlier_weight_kg", 76.8));
        compareScored(result, 0, QStringLiteral("low"), 0);
        QCOMPARE(result.derived.value(QStringLiteral("bmi")).toDouble(), 30.0);
        QVERIFY(!anyStartsWith(result.guidance, obese));
        result = AssessmentTools::score(AssessmentType::Must,
                                        mustMeasured().set("weight_kg", 77.1).set("earlier_weight_kg", 77.1));
        compareScored(result, 0, QStringLiteral("low"), 0);
        QCOMPARE(result.derived.value(QStringLiteral("bmi")).toDouble(), 77.1 / 2.56);
        QVERIFY(anyStartsWith(result.guidance, obese));
    }

    void mustMissing_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("nothing") << QJsonObject()
                                 << QStringList{QStringLiteral("height_source"), QStringLiteral("weight_loss_source"),
                                                QStringLiteral("acute_disease")};
        QTest::newRow("weight, height measured")
            << QJsonObject(mustMeasured().without("weight_kg")) << QStringList{QStringLiteral("weight_kg")};
        QTest::newRow("weight, height recalled")
            << QJsonObject(mustMeasured().set("height_source", "recalled").without("weight_kg"))
            << QStringList{QStringLiteral("weight_kg")};
        QTest::newRow("weight, loss recorded, no height")
            << QJsonObject(mustFromTheArm().set("weight_loss_source", "measured").set("earlier_weight_kg", 63.2))
            << QStringList{QStringLiteral("weight_kg")};
        QTest::newRow("height") << QJsonObject(mustMeasured().without("height_m"))
                                << QStringList{QStringLiteral("height_m")};
        QTest::newRow("arm and estimate") << QJsonObject(mustFromTheArm().without("muac_cm").without("bmi_estimate"))
                                          << QStringList{QStringLiteral("muac_cm"), QStringLiteral("bmi_estimate")};
        QTest::newRow("earlier weight") << QJsonObject(mustMeasured().without("earlier_weight_kg"))
                                        << QStringList{QStringLiteral("earlier_weight_kg")};
        QTest::newRow("judged loss") << QJsonObject(mustFromTheArm().without("weight_loss_judged"))
                                     << QStringList{QStringLiteral("weight_loss_judged")};
        QTest::newRow("acute disease") << QJsonObject(mustMeasured().without("acute_disease"))
                                       << QStringList{QStringLiteral("acute_disease")};
    }
    void mustMissing()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(QStringList, missing);
        compareMissing(AssessmentTools::score(AssessmentType::Must, answers), missing);
    }

    void mustImpossibleMeasurements_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        const QString height = QStringLiteral("height_m");
        const QString weight = QStringLiteral("weight_kg");
        QTest::newRow("height 0") << QJsonObject(mustMeasured().set("height_m", 0.0)) << height
                                  << QStringLiteral("Height");
        QTest::newRow("height 0.79 m") << QJsonObject(mustMeasured().set("height_m", 0.79)) << height
                                       << QStringLiteral("Height");
        QTest::newRow("height 3.0 m") << QJsonObject(mustMeasured().set("height_m", 3.0)) << height
                                      << QStringLiteral("Height");
        QTest::newRow("height recalled, 3.0 m")
            << QJsonObject(mustMeasured().set("height_source", "recalled").set("height_m", 3.0)) << height
            << QStringLiteral("Height");
        QTest::newRow("height as text") << QJsonObject(mustMeasured().set("height_m", "1.6")) << height
                                        << QStringLiteral("Height");
        QTest::newRow("weight 900 kg") << QJsonObject(mustMeasured().set("weight_kg", 900)) << weight
                                       << QStringLiteral("Weight today");
        QTest::newRow("weight 19.9 kg") << QJsonObject(mustMeasured().set("weight_kg", 19.9)) << weight
                                        << QStringLiteral("Weight today");
        QTest::newRow("weight 900 kg, not needed for the score")
            << QJsonObject(mustFromTheArm().set("weight_kg", 900)) << weight << QStringLiteral("Weight today");
        QTest::newRow("earlier weight 900 kg")
            << QJsonObject(mustMeasured().set("earlier_weight_kg", 900)) << QStringLiteral("earlier_weight_kg")
            << QStringLiteral("Weight 3 to 6 months ago");
        QTest::newRow("arm 5 cm") << QJsonObject(mustFromTheArm().set("muac_cm", 5)) << QStringLiteral("muac_cm")
                                  << QStringLiteral("Mid upper arm circumference");
        QTest::newRow("height 0 with weight 900 kg: the first named")
            << QJsonObject(mustMeasured().set("height_m", 0.0).set("weight_kg", 900)) << height
            << QStringLiteral("Height");
    }
    void mustImpossibleMeasurements()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(QString, key);
        QFETCH(QString, label);
        const AssessmentResult result = AssessmentTools::score(AssessmentType::Must, answers);
        QVERIFY(!result.problem.isEmpty());
        QVERIFY2(result.problem.startsWith(label), qPrintable(result.problem));
        compareRefused(AssessmentType::Must, result, key);
    }

    void mustMeasurementRanges_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<int>("score");
        QTest::newRow("height 0.8 m, 20 kg: BMI 31.3")
            << QJsonObject(mustMeasured().set("height_m", 0.8).set("weight_kg", 20).set("earlier_weight_kg", 20)) << 0;
        QTest::newRow("height 2.3 m, 300 kg: BMI 56.7")
            << QJsonObject(mustMeasured().set("height_m", 2.3).set("weight_kg", 300).set("earlier_weight_kg", 300))
            << 0;
        QTest::newRow("height 2.3 m, 20 kg: BMI 3.8")
            << QJsonObject(mustMeasured().set("height_m", 2.3).set("weight_kg", 20).set("earlier_weight_kg", 20)) << 2;
        // A question not asked is not checked: the height is not used without a height source that gives one.
        QTest::newRow("height 0 not asked") << QJsonObject(mustFromTheArm().set("height_m", 0.0)) << 0;
    }
    void mustMeasurementRanges()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(int, score);
        const AssessmentResult result = AssessmentTools::score(AssessmentType::Must, answers);
        compareScored(result, score, score == 0 ? QStringLiteral("low") : QStringLiteral("high"), score == 0 ? 0 : 2);
    }

    // Waterlow.

    void waterlowBuild_data()
    {
        QTest::addColumn<double>("bmi");
        QTest::addColumn<QString>("build");
        const QString below = QStringLiteral("below_average");
        const QString average = QStringLiteral("average");
        const QString above = QStringLiteral("above_average");
        const QString obese = QStringLiteral("obese");
        QTest::newRow("15.0") << 15.0 << below;
        QTest::newRow("19.9") << 19.9 << below;
        // Issue 13: between two of the card's bands, the higher-risk one (below average scores 3, average 0).
        QTest::newRow("19.94") << 19.94 << below;
        QTest::newRow("19.95 is not 20.0") << 19.95 << below;
        QTest::newRow("19.99") << 19.99 << below;
        QTest::newRow("20.0") << 20.0 << average;
        QTest::newRow("24.9") << 24.9 << average;
        QTest::newRow("24.91") << 24.91 << above;
        QTest::newRow("24.95") << 24.95 << above;
        QTest::newRow("25.0") << 25.0 << above;
        QTest::newRow("29.9") << 29.9 << above;
        QTest::newRow("29.91") << 29.91 << obese;
        QTest::newRow("29.95") << 29.95 << obese;
        QTest::newRow("30.0") << 30.0 << obese;
        QTest::newRow("30.1") << 30.1 << obese;
        QTest::newRow("45.0") << 45.0 << obese;
    }
    void waterlowBuild()
    {
        QFETCH(double, bmi);
        QFETCH(QString, build);
        QCOMPARE(WaterlowTool::buildForBmi(bmi), build);
    }

    void waterlowAge_data()
    {
        QTest::addColumn<int>("years");
        QTest::addColumn<int>("points");
        QTest::newRow("14") << 14 << 1;
        QTest::newRow("49") << 49 << 1;
        QTest::newRow("50") << 50 << 2;
        QTest::newRow("64") << 64 << 2;
        QTest::newRow("65") << 65 << 3;
        QTest::newRow("74") << 74 << 3;
        QTest::newRow("75") << 75 << 4;
        QTest::newRow("80") << 80 << 4;
        QTest::newRow("81") << 81 << 5;
        QTest::newRow("120") << 120 << 5;
    }
    void waterlowAge()
    {
        QFETCH(int, years);
        QFETCH(int, points);
        QCOMPARE(WaterlowTool::agePoints(years), points);
        // The same points through the whole tool: the base's age scores 1 of its 2.
        compareScored(AssessmentTools::score(AssessmentType::Waterlow, waterlowBase().set("age_years", years)),
                      1 + points, QStringLiteral("not_at_risk"), 0);
    }

    void waterlowBands_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("band");
        QTest::addColumn<int>("riskLevel");
        const QString notAtRisk = QStringLiteral("not_at_risk");
        const QString atRisk = QStringLiteral("at_risk");
        const QString high = QStringLiteral("high");
        const QString veryHigh = QStringLiteral("very_high");
        QTest::newRow("2: the lowest") << QJsonObject(waterlowBase()) << 2 << notAtRisk << 0;
        // female 2, 65-74 3, bedbound 4
        QTest::newRow("9") << QJsonObject(
                                  waterlowBase().set("sex", "female").set("age_years", 70).set("mobility", "bedbound"))
                           << 9 << notAtRisk << 0;
        // female 2, 75-80 4, bedbound 4
        QTest::newRow("10") << QJsonObject(
                                   waterlowBase().set("sex", "female").set("age_years", 75).set("mobility", "bedbound"))
                            << 10 << atRisk << 1;
        // female 2, 81+ 5, chairbound 5, faecal 2
        const Answers fourteen = waterlowBase()
                                     .set("sex", "female")
                                     .set("age_years", 81)
                                     .set("mobility", "chairbound")
                                     .set("continence", "faecal");
        QTest::newRow("14") << QJsonObject(fourteen) << 14 << atRisk << 1;
        QTest::newRow("15") << QJsonObject(Answers(fourteen).set("build", "above_average")) << 15 << high << 2;
        // 14 - faecal 2 + both 3 + below average 3 + dry 1
        const Answers nineteen =
            Answers(fourteen).set("continence", "both").set("build", "below_average").setMany("skin", {"dry"});
        QTest::newRow("19") << QJsonObject(nineteen) << 19 << high << 2;
        QTest::newRow("20") << QJsonObject(Answers(nineteen).set("eating_poorly", "yes")) << 20 << veryHigh << 3;
        QTest::newRow("20 from special risks: cachexia 8, medication 4, orthopaedic 5, smoking 1")
            << QJsonObject(waterlowBase()
                               .setMany("tissue_malnutrition", {"terminal_cachexia", "smoking"})
                               .set("medication", "yes")
                               .setMany("surgery_trauma", {"orthopaedic_spinal"}))
            << 20 << veryHigh << 3;
    }
    void waterlowBands()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(int, score);
        QFETCH(QString, band);
        QFETCH(int, riskLevel);
        const AssessmentResult result = AssessmentTools::score(AssessmentType::Waterlow, answers);
        compareScored(result, score, band, riskLevel);
        QCOMPARE(result.guidance.isEmpty(), score < 10);
    }

    void waterlowItems_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<int>("points"); // above the base's 2
        QTest::newRow("build above average") << QJsonObject(waterlowBase().set("build", "above_average")) << 1;
        QTest::newRow("build obese") << QJsonObject(waterlowBase().set("build", "obese")) << 2;
        QTest::newRow("build below average") << QJsonObject(waterlowBase().set("build", "below_average")) << 3;
        QTest::newRow("skin tissue paper") << QJsonObject(waterlowBase().setMany("skin", {"tissue_paper"})) << 1;
        QTest::newRow("skin clammy") << QJsonObject(waterlowBase().setMany("skin", {"clammy"})) << 1;
        QTest::newRow("skin discoloured") << QJsonObject(waterlowBase().setMany("skin", {"discoloured"})) << 2;
        QTest::newRow("skin broken") << QJsonObject(waterlowBase().setMany("skin", {"broken"})) << 3;
        QTest::newRow("skin dry and oedematous")
            << QJsonObject(waterlowBase().setMany("skin", {"dry", "oedematous"})) << 2;
        QTest::newRow("skin, every risk")
            << QJsonObject(waterlowBase().setMany(
                   "skin", {"tissue_paper", "dry", "oedematous", "clammy", "discoloured", "broken"}))
            << 9;
        QTest::newRow("female") << QJsonObject(waterlowBase().set("sex", "female")) << 1;
        QTest::newRow("urinary incontinence") << QJsonObject(waterlowBase().set("continence", "urine")) << 1;
        QTest::newRow("faecal incontinence") << QJsonObject(waterlowBase().set("continence", "faecal")) << 2;
        QTest::newRow("both incontinent") << QJsonObject(waterlowBase().set("continence", "both")) << 3;
        QTest::newRow("restless") << QJsonObject(waterlowBase().set("mobility", "restless")) << 1;
        QTest::newRow("apathetic") << QJsonObject(waterlowBase().set("mobility", "apathetic")) << 2;
        QTest::newRow("restricted") << QJsonObject(waterlowBase().set("mobility", "restricted")) << 3;
        QTest::newRow("bedbound") << QJsonObject(waterlowBase().set("mobility", "bedbound")) << 4;
        QTest::newRow("chairbound") << QJsonObject(waterlowBase().set("mobility", "chairbound")) << 5;
        // The card's MST: "yes" scores the amount, "unsure" 2, "no" 0; eating poorly adds 1.
        const auto lost = [](const char *amount) {
            return QJsonObject(waterlowBase().set("weight_lost", "yes").set("weight_loss_amount", amount));
        };
        QTest::newRow("lost 0.5-5 kg") << lost("from_0_5_to_5") << 1;
        QTest::newRow("lost 5-10 kg") << lost("from_5_to_10") << 2;
        QTest::newRow("lost 10-15 kg") << lost("from_10_to_15") << 3;
        QTest::newRow("lost over 15 kg") << lost("over_15") << 4;
        QTest::newRow("lost, amount unsure") << lost("unsure") << 2;
        QTest::newRow("unsure whether lost") << QJsonObject(waterlowBase().set("weight_lost", "unsure")) << 2;
        QTest::newRow("not lost, an amount left from before is not asked")
            << QJsonObject(waterlowBase().set("weight_loss_amount", "over_15")) << 0;
        QTest::newRow("eating poorly") << QJsonObject(waterlowBase().set("eating_poorly", "yes")) << 1;
        QTest::newRow("unsure whether lost, eating poorly")
            << QJsonObject(waterlowBase().set("weight_lost", "unsure").set("eating_poorly", "yes")) << 3;
        QTest::newRow("lost over 15 kg, eating poorly")
            << QJsonObject(Answers(lost("over_15")).set("eating_poorly", "yes")) << 5;
        const auto tissue = [](std::initializer_list<const char *> risks) {
            return QJsonObject(waterlowBase().setMany("tissue_malnutrition", risks));
        };
        QTest::newRow("terminal cachexia") << tissue({"terminal_cachexia"}) << 8;
        QTest::newRow("multiple organ failure") << tissue({"multiple_organ_failure"}) << 8;
        QTest::newRow("single organ failure") << tissue({"single_organ_failure"}) << 5;
        QTest::newRow("peripheral vascular disease") << tissue({"peripheral_vascular_disease"}) << 5;
        QTest::newRow("anaemia") << tissue({"anaemia"}) << 2;
        QTest::newRow("smoking") << tissue({"smoking"}) << 1;
        QTest::newRow("single organ failure, anaemia, smoking")
            << tissue({"single_organ_failure", "anaemia", "smoking"}) << 8;
        QTest::newRow("neurological 4") << QJsonObject(waterlowBase().set("neurological_deficit", "4")) << 4;
        QTest::newRow("neurological 5") << QJsonObject(waterlowBase().set("neurological_deficit", "5")) << 5;
        QTest::newRow("neurological 6") << QJsonObject(waterlowBase().set("neurological_deficit", "6")) << 6;
        const auto surgery = [](std::initializer_list<const char *> kinds) {
            return QJsonObject(waterlowBase().setMany("surgery_trauma", kinds));
        };
        QTest::newRow("orthopaedic or spinal") << surgery({"orthopaedic_spinal"}) << 5;
        QTest::newRow("on the table over 2 h") << surgery({"on_table_over_2h"}) << 5;
        QTest::newRow("on the table over 6 h") << surgery({"on_table_over_6h"}) << 8;
        QTest::newRow("over 6 h replaces over 2 h: 8, not 13")
            << surgery({"on_table_over_2h", "on_table_over_6h"}) << 8;
        QTest::newRow("orthopaedic, over 2 h") << surgery({"orthopaedic_spinal", "on_table_over_2h"}) << 10;
        QTest::newRow("orthopaedic, over 2 h and 6 h")
            << surgery({"orthopaedic_spinal", "on_table_over_2h", "on_table_over_6h"}) << 13;
        QTest::newRow("medication") << QJsonObject(waterlowBase().set("medication", "yes")) << 4;
    }
    void waterlowItems()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(int, points);
        const int score = 2 + points;
        const QString band = score >= 15   ? QStringLiteral("high")
                             : score >= 10 ? QStringLiteral("at_risk")
                                           : QStringLiteral("not_at_risk");
        compareScored(AssessmentTools::score(AssessmentType::Waterlow, answers), score, band,
                      score >= 15   ? 2
                      : score >= 10 ? 1
                                    : 0);
    }

    void waterlowNutritionReferral()
    {
        // The card: a malnutrition screening score over 2 asks for a nutrition assessment.
        const QString refer = QStringLiteral("Malnutrition screening score over 2");
        AssessmentResult result = AssessmentTools::score(
            AssessmentType::Waterlow, waterlowBase().set("weight_lost", "unsure").set("eating_poorly", "no"));
        compareScored(result, 4, QStringLiteral("not_at_risk"), 0);
        QVERIFY(!anyStartsWith(result.guidance, refer));
        result = AssessmentTools::score(AssessmentType::Waterlow,
                                        waterlowBase().set("weight_lost", "unsure").set("eating_poorly", "yes"));
        compareScored(result, 5, QStringLiteral("not_at_risk"), 0);
        QVERIFY(anyStartsWith(result.guidance, refer));
    }

    void waterlowMissing_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("amount lost") << QJsonObject(waterlowBase().set("weight_lost", "yes"))
                                     << QStringList{QStringLiteral("weight_loss_amount")};
        QTest::newRow("age") << QJsonObject(waterlowBase().without("age_years"))
                             << QStringList{QStringLiteral("age_years")};
        QTest::newRow("no skin chosen") << QJsonObject(waterlowBase().setMany("skin", {}))
                                        << QStringList{QStringLiteral("skin")};
        QTest::newRow("build and medication") << QJsonObject(waterlowBase().without("build").without("medication"))
                                              << QStringList{QStringLiteral("build"), QStringLiteral("medication")};
    }
    void waterlowMissing()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(QStringList, missing);
        compareMissing(AssessmentTools::score(AssessmentType::Waterlow, answers), missing);
    }

    void waterlowRefused_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QString>("key");
        QTest::newRow("healthy and dry skin")
            << QJsonObject(waterlowBase().setMany("skin", {"healthy", "dry"})) << QStringLiteral("skin");
        QTest::newRow("no tissue risk and smoking")
            << QJsonObject(waterlowBase().setMany("tissue_malnutrition", {"none", "smoking"}))
            << QStringLiteral("tissue_malnutrition");
        QTest::newRow("no surgery and over 2 h")
            << QJsonObject(waterlowBase().setMany("surgery_trauma", {"none", "on_table_over_2h"}))
            << QStringLiteral("surgery_trauma");
        QTest::newRow("a skin type not on the card")
            << QJsonObject(waterlowBase().setMany("skin", {"scaly"})) << QStringLiteral("skin");
        QTest::newRow("a build not on the card")
            << QJsonObject(waterlowBase().set("build", "slight")) << QStringLiteral("build");
        QTest::newRow("age 13") << QJsonObject(waterlowBase().set("age_years", 13)) << QStringLiteral("age_years");
        QTest::newRow("age 121") << QJsonObject(waterlowBase().set("age_years", 121)) << QStringLiteral("age_years");
    }
    void waterlowRefused()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(QString, key);
        compareRefused(AssessmentType::Waterlow, AssessmentTools::score(AssessmentType::Waterlow, answers), key);
    }

    // FRAT.

    void fratBands_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("band");
        QTest::addColumn<int>("riskLevel");
        const QString low = QStringLiteral("low");
        const QString medium = QStringLiteral("medium");
        const QString high = QStringLiteral("high");
        const auto frat = [](const char *falls, const char *medications, const char *psychological,
                             const char *cognitive) {
            return QJsonObject(fratBase()
                                   .set("recent_falls", falls)
                                   .set("medications", medications)
                                   .set("psychological", psychological)
                                   .set("cognitive", cognitive));
        };
        QTest::newRow("5, the minimum") << QJsonObject(fratBase()) << 5 << low << 0;
        QTest::newRow("11: 6 + 2 + 2 + 1") << frat("last_3_months", "one", "mild", "amts_9_10") << 11 << low << 0;
        QTest::newRow("12: 6 + 2 + 2 + 2") << frat("last_3_months", "one", "mild", "amts_7_8") << 12 << medium << 1;
        QTest::newRow("15: 8 + 3 + 2 + 2")
            << frat("last_3_months_here", "two", "mild", "amts_7_8") << 15 << medium << 1;
        QTest::newRow("16: 8 + 4 + 2 + 2")
            << frat("last_3_months_here", "more_than_two", "mild", "amts_7_8") << 16 << high << 2;
        QTest::newRow("20, the maximum") << frat("last_3_months_here", "more_than_two", "severe", "amts_4_or_less")
                                         << 20 << high << 2;
        QTest::newRow("5 with a change in function")
            << QJsonObject(fratBase().set("functional_change", "yes")) << 5 << high << 2;
        QTest::newRow("5 with dizziness") << QJsonObject(fratBase().set("dizziness", "yes")) << 5 << high << 2;
        QTest::newRow("12 with both") << QJsonObject(Answers(frat("last_3_months", "one", "mild", "amts_7_8"))
                                                         .set("functional_change", "yes")
                                                         .set("dizziness", "yes"))
                                      << 12 << high << 2;
    }
    void fratBands()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(int, score);
        QFETCH(QString, band);
        QFETCH(int, riskLevel);
        const AssessmentResult result = AssessmentTools::score(AssessmentType::Falls, answers);
        compareScored(result, score, band, riskLevel);
        QVERIFY(!result.guidance.isEmpty());
    }

    void fratItems_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<int>("score"); // the base's 5 with the item's own points in place of its lowest
        const auto frat = [](const char *key, const char *option) {
            return QJsonObject(fratBase().set(key, option));
        };
        QTest::newRow("no falls: 2") << frat("recent_falls", "none") << 5;
        QTest::newRow("falls 3-12 months ago: 4") << frat("recent_falls", "from_3_to_12_months") << 7;
        QTest::newRow("falls in the last 3 months: 6") << frat("recent_falls", "last_3_months") << 9;
        QTest::newRow("falls here in the last 3 months: 8") << frat("recent_falls", "last_3_months_here") << 11;
        QTest::newRow("no medications: 1") << frat("medications", "none") << 5;
        QTest::newRow("one medication: 2") << frat("medications", "one") << 6;
        QTest::newRow("two medications: 3") << frat("medications", "two") << 7;
        QTest::newRow("more than two medications: 4") << frat("medications", "more_than_two") << 8;
        QTest::newRow("psychological none: 1") << frat("psychological", "none") << 5;
        QTest::newRow("psychological mild: 2") << frat("psychological", "mild") << 6;
        QTest::newRow("psychological moderate: 3") << frat("psychological", "moderate") << 7;
        QTest::newRow("psychological severe: 4") << frat("psychological", "severe") << 8;
        QTest::newRow("AMTS 9-10: 1") << frat("cognitive", "amts_9_10") << 5;
        QTest::newRow("AMTS 7-8: 2") << frat("cognitive", "amts_7_8") << 6;
        QTest::newRow("AMTS 5-6: 3") << frat("cognitive", "amts_5_6") << 7;
        QTest::newRow("AMTS 4 or less: 4") << frat("cognitive", "amts_4_or_less") << 8;
    }
    void fratItems()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(int, score);
        compareScored(AssessmentTools::score(AssessmentType::Falls, answers), score, QStringLiteral("low"), 0);
    }

    void fratMissing_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key :
             {"recent_falls", "medications", "psychological", "cognitive", "functional_change", "dizziness"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void fratMissing()
    {
        QFETCH(QString, key);
        QJsonObject answers = fratBase();
        answers.remove(key);
        compareMissing(AssessmentTools::score(AssessmentType::Falls, answers), {key});
    }

    // Abbey Pain Scale.

    void abbeyBands_data()
    {
        QTest::addColumn<QList<int>>("levels");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("band");
        QTest::addColumn<int>("riskLevel");
        const QString none = QStringLiteral("no_pain");
        const QString mild = QStringLiteral("mild");
        const QString moderate = QStringLiteral("moderate");
        const QString severe = QStringLiteral("severe");
        QTest::newRow("0") << QList<int>{0, 0, 0, 0, 0, 0} << 0 << none << 0;
        QTest::newRow("2") << QList<int>{1, 1, 0, 0, 0, 0} << 2 << none << 0;
        QTest::newRow("3") << QList<int>{1, 1, 1, 0, 0, 0} << 3 << mild << 1;
        QTest::newRow("7") << QList<int>{3, 3, 1, 0, 0, 0} << 7 << mild << 1;
        QTest::newRow("8") << QList<int>{3, 3, 2, 0, 0, 0} << 8 << moderate << 2;
        QTest::newRow("13") << QList<int>{3, 3, 3, 3, 1, 0} << 13 << moderate << 2;
        QTest::newRow("14") << QList<int>{3, 3, 3, 3, 2, 0} << 14 << severe << 3;
        QTest::newRow("18, the maximum") << QList<int>{3, 3, 3, 3, 3, 3} << 18 << severe << 3;
        QTest::newRow("14 from the last signs") << QList<int>{0, 2, 3, 3, 3, 3} << 14 << severe << 3;
    }
    void abbeyBands()
    {
        QFETCH(QList<int>, levels);
        QFETCH(int, score);
        QFETCH(QString, band);
        QFETCH(int, riskLevel);
        const AssessmentResult result =
            AssessmentTools::score(AssessmentType::AbbeyPain, abbey(levels).set("pain_type", "chronic"));
        compareScored(result, score, band, riskLevel);
        QCOMPARE(result.guidance.isEmpty(), score < 3);
    }

    void abbeyEachSignCounts_data()
    {
        QTest::addColumn<int>("sign");
        QTest::addColumn<int>("level");
        for (int sign = 0; sign < abbeySigns.size(); ++sign) {
            for (int level = 1; level <= 3; ++level)
                QTest::addRow("%s %s", abbeySigns.at(sign), abbeySeverities.at(level)) << sign << level;
        }
    }
    void abbeyEachSignCounts()
    {
        QFETCH(int, sign);
        QFETCH(int, level);
        QList<int> levels(abbeySigns.size(), 0);
        levels[sign] = level;
        compareScored(AssessmentTools::score(AssessmentType::AbbeyPain, abbey(levels).set("pain_type", "acute")), level,
                      level >= 3 ? QStringLiteral("mild") : QStringLiteral("no_pain"), level >= 3 ? 1 : 0);
    }

    void abbeyPainType()
    {
        // Asked only once the score shows pain.
        compareScored(AssessmentTools::score(AssessmentType::AbbeyPain, abbey({1, 1, 0, 0, 0, 0})), 2,
                      QStringLiteral("no_pain"), 0);
        compareMissing(AssessmentTools::score(AssessmentType::AbbeyPain, abbey({1, 1, 1, 0, 0, 0})),
                       {QStringLiteral("pain_type")});
        compareMissing(AssessmentTools::score(AssessmentType::AbbeyPain, abbey({3, 3, 3, 3, 3, 3})),
                       {QStringLiteral("pain_type")});
        compareScored(
            AssessmentTools::score(AssessmentType::AbbeyPain, abbey({1, 1, 1, 0, 0, 0}).set("pain_type", "acute")), 3,
            QStringLiteral("mild"), 1);
        compareScored(AssessmentTools::score(AssessmentType::AbbeyPain,
                                             abbey({3, 3, 1, 0, 0, 0}).set("pain_type", "acute_on_chronic")),
                      7, QStringLiteral("mild"), 1);
        compareRefused(
            AssessmentType::AbbeyPain,
            AssessmentTools::score(AssessmentType::AbbeyPain, abbey({1, 1, 1, 0, 0, 0}).set("pain_type", "sharp")),
            QStringLiteral("pain_type"));
    }

    void abbeyMissing_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key : abbeySigns)
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void abbeyMissing()
    {
        QFETCH(QString, key);
        QJsonObject answers = abbey({3, 3, 3, 3, 3, 3}).set("pain_type", "chronic");
        answers.remove(key);
        compareMissing(AssessmentTools::score(AssessmentType::AbbeyPain, answers), {key});
        // Without a pain type either, the sign is still what is missing: no score is guessed from the others.
        answers = abbey({0, 0, 0, 0, 0, 0});
        answers.remove(key);
        compareMissing(AssessmentTools::score(AssessmentType::AbbeyPain, answers), {key});
    }

    // Barthel.

    void barthelBands_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("band");
        QTest::addColumn<int>("riskLevel");
        const QString total = QStringLiteral("total");
        const QString severe = QStringLiteral("severe");
        const QString moderate = QStringLiteral("moderate");
        QTest::newRow("0") << 0 << total << 3;
        QTest::newRow("4") << 4 << total << 3;
        QTest::newRow("5") << 5 << severe << 2;
        QTest::newRow("12") << 12 << severe << 2;
        QTest::newRow("13") << 13 << moderate << 1;
        QTest::newRow("18") << 18 << moderate << 1;
        QTest::newRow("19") << 19 << QStringLiteral("slight") << 1;
        QTest::newRow("20") << 20 << QStringLiteral("independent") << 0;
    }
    void barthelBands()
    {
        QFETCH(int, score);
        QFETCH(QString, band);
        QFETCH(int, riskLevel);
        const AssessmentResult result = AssessmentTools::score(AssessmentType::Barthel, barthel(score));
        compareScored(result, score, band, riskLevel);
        QCOMPARE(result.guidance.isEmpty(), score == 20);
    }

    void barthelItems_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("option");
        QTest::addColumn<int>("points");
        for (const auto &[key, ladder] : barthelLadders) {
            for (int points = 0; points < ladder.size(); ++points)
                QTest::addRow("%s %s", key, ladder.at(points))
                    << QString::fromLatin1(key) << QString::fromLatin1(ladder.at(points)) << points;
        }
    }
    void barthelItems()
    {
        QFETCH(QString, key);
        QFETCH(QString, option);
        QFETCH(int, points);
        QJsonObject answers = barthel(0);
        answers.insert(key, option);
        compareScored(AssessmentTools::score(AssessmentType::Barthel, answers), points, QStringLiteral("total"), 3);
    }

    void barthelMaxima()
    {
        // The 20-point form's maxima, written out: a maximum wrong in both tool and test would not show otherwise.
        const QList<QPair<const char *, int>> maxima{{"bowels", 2},  {"bladder", 2},  {"grooming", 1}, {"toilet", 2},
                                                     {"feeding", 2}, {"transfer", 3}, {"mobility", 3}, {"dressing", 2},
                                                     {"stairs", 2},  {"bathing", 1}};
        const QList<AssessmentItem> items = AssessmentTools::items(AssessmentType::Barthel);
        QCOMPARE(items.size(), maxima.size());
        int sum = 0;
        for (const auto &[key, maximum] : maxima) {
            const AssessmentItem *question = AssessmentTools::item(items, QLatin1String(key));
            QVERIFY2(question, key);
            int highest = 0;
            for (const AssessmentItem::Option &option : question->options)
                highest = std::max(highest, option.points);
            QCOMPARE(highest, maximum);
            sum += maximum;
        }
        QCOMPARE(sum, 20);
    }

    void barthelMissing_data()
    {
        QTest::addColumn<QString>("key");
        for (const auto &[key, ladder] : barthelLadders)
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void barthelMissing()
    {
        QFETCH(QString, key);
        QJsonObject answers = barthel(20);
        answers.remove(key);
        compareMissing(AssessmentTools::score(AssessmentType::Barthel, answers), {key});
    }

    // NEWS2 as an assessment: the same score as News2::score on the same readings.

    void news2Scores_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("band");
        QTest::addColumn<int>("riskLevel");
        const QString low = QStringLiteral("low");
        const QString lowMedium = QStringLiteral("low_medium");
        const QString medium = QStringLiteral("medium");
        const QString high = QStringLiteral("high");
        const auto reading = [](const char *key, double value) {
            return QJsonObject(news2Normal().set(key, value));
        };
        QTest::newRow("all normal") << QJsonObject(news2Normal()) << 0 << low << 0;
        QTest::newRow("temperature 35.0") << reading("temperature", 35.0) << 3 << lowMedium << 1;
        QTest::newRow("temperature 35.1") << reading("temperature", 35.1) << 1 << low << 0;
        QTest::newRow("temperature 36.0") << reading("temperature", 36.0) << 1 << low << 0;
        QTest::newRow("temperature 36.1") << reading("temperature", 36.1) << 0 << low << 0;
        QTest::newRow("temperature 38.0") << reading("temperature", 38.0) << 0 << low << 0;
        QTest::newRow("temperature 38.1") << reading("temperature", 38.1) << 1 << low << 0;
        QTest::newRow("temperature 39.0") << reading("temperature", 39.0) << 1 << low << 0;
        QTest::newRow("temperature 39.1") << reading("temperature", 39.1) << 2 << low << 0;
        QTest::newRow("respiration 8") << reading("respiration_rate", 8) << 3 << lowMedium << 1;
        QTest::newRow("respiration 9") << reading("respiration_rate", 9) << 1 << low << 0;
        QTest::newRow("respiration 11") << reading("respiration_rate", 11) << 1 << low << 0;
        QTest::newRow("respiration 12") << reading("respiration_rate", 12) << 0 << low << 0;
        QTest::newRow("respiration 20") << reading("respiration_rate", 20) << 0 << low << 0;
        QTest::newRow("respiration 21") << reading("respiration_rate", 21) << 2 << low << 0;
        QTest::newRow("respiration 24") << reading("respiration_rate", 24) << 2 << low << 0;
        QTest::newRow("respiration 25") << reading("respiration_rate", 25) << 3 << lowMedium << 1;
        QTest::newRow("scale 1, SpO2 91") << reading("spo2", 91) << 3 << lowMedium << 1;
        QTest::newRow("scale 1, SpO2 92") << reading("spo2", 92) << 2 << low << 0;
        QTest::newRow("scale 1, SpO2 93") << reading("spo2", 93) << 2 << low << 0;
        QTest::newRow("scale 1, SpO2 94") << reading("spo2", 94) << 1 << low << 0;
        QTest::newRow("scale 1, SpO2 95") << reading("spo2", 95) << 1 << low << 0;
        QTest::newRow("scale 1, SpO2 96") << reading("spo2", 96) << 0 << low << 0;
        QTest::newRow("scale 1, SpO2 88") << reading("spo2", 88) << 3 << lowMedium << 1;
        QTest::newRow("scale 1, oxygen") << QJsonObject(news2Normal().set("oxygen", "oxygen")) << 2 << low << 0;
        QTest::newRow("systolic 90") << reading("systolic", 90) << 3 << lowMedium << 1;
        QTest::newRow("systolic 91") << reading("systolic", 91) << 2 << low << 0;
        QTest::newRow("systolic 100") << reading("systolic", 100) << 2 << low << 0;
        QTest::newRow("systolic 101") << reading("systolic", 101) << 1 << low << 0;
        QTest::newRow("systolic 110") << reading("systolic", 110) << 1 << low << 0;
        QTest::newRow("systolic 111") << reading("systolic", 111) << 0 << low << 0;
        QTest::newRow("systolic 219") << reading("systolic", 219) << 0 << low << 0;
        QTest::newRow("systolic 220") << reading("systolic", 220) << 3 << lowMedium << 1;
        QTest::newRow("pulse 20, the lowest accepted") << reading("pulse", 20) << 3 << lowMedium << 1;
        QTest::newRow("pulse 40") << reading("pulse", 40) << 3 << lowMedium << 1;
        QTest::newRow("pulse 41") << reading("pulse", 41) << 1 << low << 0;
        QTest::newRow("pulse 50") << reading("pulse", 50) << 1 << low << 0;
        QTest::newRow("pulse 51") << reading("pulse", 51) << 0 << low << 0;
        QTest::newRow("pulse 90") << reading("pulse", 90) << 0 << low << 0;
        QTest::newRow("pulse 91") << reading("pulse", 91) << 1 << low << 0;
        QTest::newRow("pulse 110") << reading("pulse", 110) << 1 << low << 0;
        QTest::newRow("pulse 111") << reading("pulse", 111) << 2 << low << 0;
        QTest::newRow("pulse 130") << reading("pulse", 130) << 2 << low << 0;
        QTest::newRow("pulse 131") << reading("pulse", 131) << 3 << lowMedium << 1;
        QTest::newRow("pulse 250, the highest accepted") << reading("pulse", 250) << 3 << lowMedium << 1;
        for (const char *level : {"C", "V", "P", "U"}) {
            QTest::addRow("consciousness %s", level)
                << QJsonObject(news2Normal().set("consciousness", level)) << 3 << lowMedium << 1;
        }
        // Totals, and the single 3 that counts only below 5.
        QTest::newRow("4: respiration 21, pulse 111")
            << QJsonObject(news2Normal().set("respiration_rate", 21).set("pulse", 111)) << 4 << low << 0;
        QTest::newRow("4 with a single 3: new confusion, temperature 35.5")
            << QJsonObject(news2Normal().set("consciousness", "C").set("temperature", 35.5)) << 4 << lowMedium << 1;
        QTest::newRow("5: respiration 21, pulse 111, temperature 38.1")
            << QJsonObject(news2Normal().set("respiration_rate", 21).set("pulse", 111).set("temperature", 38.1)) << 5
            << medium << 2;
        QTest::newRow("5 with a single 3: new confusion, respiration 21")
            << QJsonObject(news2Normal().set("consciousness", "C").set("respiration_rate", 21)) << 5 << medium << 2;
        QTest::newRow("6: respiration 21, pulse 111, systolic 105, temperature 38.1")
            << QJsonObject(news2Normal()
                               .set("respiration_rate", 21)
                               .set("pulse", 111)
                               .set("systolic", 105)
                               .set("temperature", 38.1))
            << 6 << medium << 2;
        QTest::newRow("7: respiration 25, pulse 111, systolic 100")
            << QJsonObject(news2Normal().set("respiration_rate", 25).set("pulse", 111).set("systolic", 100)) << 7
            << high << 3;
        QTest::newRow("20: everything at its worst") << QJsonObject(news2Normal()
                                                                        .set("respiration_rate", 30)
                                                                        .set("spo2", 85)
                                                                        .set("oxygen", "oxygen")
                                                                        .set("systolic", 85)
                                                                        .set("pulse", 140)
                                                                        .set("consciousness", "U")
                                                                        .set("temperature", 34.0))
                                                     << 20 << high << 3;
        // Scale 2: 88-92 is the target, and on air a higher saturation scores nothing.
        const auto scale2 = [](int spo2, const char *oxygen) {
            return QJsonObject(news2Normal().set("spo2_scale", "2").set("spo2", spo2).set("oxygen", oxygen));
        };
        QTest::newRow("scale 2, 83, air") << scale2(83, "air") << 3 << lowMedium << 1;
        QTest::newRow("scale 2, 84, air") << scale2(84, "air") << 2 << low << 0;
        QTest::newRow("scale 2, 85, air") << scale2(85, "air") << 2 << low << 0;
        QTest::newRow("scale 2, 86, air") << scale2(86, "air") << 1 << low << 0;
        QTest::newRow("scale 2, 87, air") << scale2(87, "air") << 1 << low << 0;
        QTest::newRow("scale 2, 88, air") << scale2(88, "air") << 0 << low << 0;
        QTest::newRow("scale 2, 92, air") << scale2(92, "air") << 0 << low << 0;
        QTest::newRow("scale 2, 93, air") << scale2(93, "air") << 0 << low << 0;
        QTest::newRow("scale 2, 100, air") << scale2(100, "air") << 0 << low << 0;
        QTest::newRow("scale 2, 83, oxygen") << scale2(83, "oxygen") << 5 << medium << 2;
        QTest::newRow("scale 2, 88, oxygen") << scale2(88, "oxygen") << 2 << low << 0;
        QTest::newRow("scale 2, 92, oxygen") << scale2(92, "oxygen") << 2 << low << 0;
        QTest::newRow("scale 2, 93, oxygen") << scale2(93, "oxygen") << 3 << low << 0;
        QTest::newRow("scale 2, 94, oxygen") << scale2(94, "oxygen") << 3 << low << 0;
        QTest::newRow("scale 2, 95, oxygen") << scale2(95, "oxygen") << 4 << low << 0;
        QTest::newRow("scale 2, 96, oxygen") << scale2(96, "oxygen") << 4 << low << 0;
        QTest::newRow("scale 2, 97, oxygen") << scale2(97, "oxygen") << 5 << medium << 2;
    }
    void news2Scores()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(int, score);
        QFETCH(QString, band);
        QFETCH(int, riskLevel);
        const AssessmentResult result = AssessmentTools::score(AssessmentType::News2, answers);
        compareScored(result, score, band, riskLevel);
        QCOMPARE(result.parts.size(), 7);
        QCOMPARE(result.guidance.size(), 1);
        // The one NEWS2 code, reached from the shift note's side, agrees.
        const News2Result direct = News2::score(vitalSigns(answers));
        QVERIFY(direct.complete());
        QCOMPARE(direct.total, score);
        QCOMPARE(int(direct.risk()), riskLevel);
        QCOMPARE(result.guidance.first(), News2::responseText(direct));
    }

    void news2Missing_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key :
             {"respiration_rate", "spo2_scale", "spo2", "oxygen", "systolic", "pulse", "consciousness", "temperature"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void news2Missing()
    {
        QFETCH(QString, key);
        QJsonObject answers = news2Normal().set("consciousness", "U"); // a 3 already: still no band without the rest
        answers.remove(key);
        compareMissing(AssessmentTools::score(AssessmentType::News2, answers), {key});
    }

    void news2Refused_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QString>("key");
        QTest::newRow("pulse -5") << QJsonObject(news2Normal().set("pulse", -5)) << QStringLiteral("pulse");
        QTest::newRow("pulse 19") << QJsonObject(news2Normal().set("pulse", 19)) << QStringLiteral("pulse");
        QTest::newRow("pulse 251") << QJsonObject(news2Normal().set("pulse", 251)) << QStringLiteral("pulse");
        QTest::newRow("respiration 2") << QJsonObject(news2Normal().set("respiration_rate", 2))
                                       << QStringLiteral("respiration_rate");
        QTest::newRow("SpO2 101") << QJsonObject(news2Normal().set("spo2", 101)) << QStringLiteral("spo2");
        QTest::newRow("systolic 301") << QJsonObject(news2Normal().set("systolic", 301)) << QStringLiteral("systolic");
        QTest::newRow("temperature 45.1")
            << QJsonObject(news2Normal().set("temperature", 45.1)) << QStringLiteral("temperature");
        QTest::newRow("temperature 24.9")
            << QJsonObject(news2Normal().set("temperature", 24.9)) << QStringLiteral("temperature");
        QTest::newRow("scale 3") << QJsonObject(news2Normal().set("spo2_scale", "3")) << QStringLiteral("spo2_scale");
        QTest::newRow("consciousness X") << QJsonObject(news2Normal().set("consciousness", "X"))
                                         << QStringLiteral("consciousness");
    }
    void news2Refused()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(QString, key);
        compareRefused(AssessmentType::News2, AssessmentTools::score(AssessmentType::News2, answers), key);
    }

    // The date an assessment may carry.

    void dateProblem_data()
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
    void dateProblem()
    {
        QFETCH(QDate, date);
        QFETCH(QDate, born);
        QFETCH(bool, refused);
        const QString problem = AssessmentTools::dateProblem(date, QDate(2026, 3, 10), born);
        QCOMPARE(!problem.isEmpty(), refused);
        if (refused)
            QVERIFY2(problem.startsWith(QStringLiteral("Date of the assessment")), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestAssessmentTools)
#include "TestAssessmentTools.moc"
