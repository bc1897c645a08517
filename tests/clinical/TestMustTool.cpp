// MUST (malnutrition), to every band boundary: BMI and weight loss unrounded, the alternatives to a measured height,
// missing and impossible answers.
// Every measurement and date is made up.

#include "AssessmentAnswers.h"
#include "AssessmentChecks.h"
#include "clinical/AssessmentTools.h"
#include "clinical/MustTool.h"

#include <QTest>

namespace {

using Answers = AssessmentAnswers;

} // namespace

class TestMustTool : public QObject
{
    Q_OBJECT

private slots:
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
            AssessmentType::Must, Answers::mustMeasured().set("weight_kg", 47.3).set("earlier_weight_kg", 47.3));
        AssessmentChecks::compareScored(result, 2, QStringLiteral("high"), 2);
        QCOMPARE(result.parts.constFirst().label, QStringLiteral("BMI 18.4 kg/m²"));
        // 99.7 kg to 89.7 kg is a loss of 10.03%: 2 points (rounded to 10.0% it scored 1).
        result = AssessmentTools::score(AssessmentType::Must,
                                        Answers::mustMeasured().set("weight_kg", 89.7).set("earlier_weight_kg", 99.7));
        AssessmentChecks::compareScored(result, 2, QStringLiteral("high"), 2);
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
        QTest::newRow("0: BMI 23.4, 1.6% lost") << QJsonObject(Answers::mustMeasured()) << 0 << low << 0;
        QTest::newRow("1: BMI 19.5")
            << QJsonObject(Answers::mustMeasured().set("weight_kg", 50.0).set("earlier_weight_kg", 50.0)) << 1 << medium
            << 1;
        QTest::newRow("1: 5.1% lost") << QJsonObject(Answers::mustMeasured().set("earlier_weight_kg", 63.2)) << 1
                                      << medium << 1;
        QTest::newRow("2: BMI 18.0")
            << QJsonObject(Answers::mustMeasured().set("weight_kg", 46.1).set("earlier_weight_kg", 46.1)) << 2 << high
            << 2;
        QTest::newRow("2: acute disease")
            << QJsonObject(Answers::mustMeasured().set("acute_disease", "yes")) << 2 << high << 2;
        QTest::newRow("2: BMI 19.5 and 5.1% lost")
            << QJsonObject(Answers::mustMeasured().set("weight_kg", 50.0).set("earlier_weight_kg", 52.7)) << 2 << high
            << 2;
        QTest::newRow("6: BMI 17.5, 12.2% lost, acute disease") << QJsonObject(Answers::mustMeasured()
                                                                                   .set("weight_kg", 44.8)
                                                                                   .set("earlier_weight_kg", 51.0)
                                                                                   .set("acute_disease", "yes"))
                                                                << 6 << high << 2;
        QTest::newRow("recalled height, BMI 19.5") << QJsonObject(Answers::mustMeasured()
                                                                      .set("height_source", "recalled")
                                                                      .set("weight_kg", 50.0)
                                                                      .set("earlier_weight_kg", 50.0))
                                                   << 1 << medium << 1;
        QTest::newRow("arm: over 20, under 5% judged, no weight")
            << QJsonObject(Answers::mustFromTheArm()) << 0 << low << 0;
        QTest::newRow("arm: 18.5 to 20") << QJsonObject(
                                                Answers::mustFromTheArm().set("bmi_estimate", "from_18_5_to_20"))
                                         << 1 << medium << 1;
        QTest::newRow("arm: under 18.5, over 10% judged, acute disease")
            << QJsonObject(Answers::mustFromTheArm()
                               .set("bmi_estimate", "under_18_5")
                               .set("weight_loss_judged", "over_10")
                               .set("acute_disease", "yes"))
            << 6 << high << 2;
        QTest::newRow("arm, with a recorded loss of 5.1%") << QJsonObject(Answers::mustFromTheArm()
                                                                              .set("weight_loss_source", "measured")
                                                                              .set("weight_kg", 60.0)
                                                                              .set("earlier_weight_kg", 63.2))
                                                           << 1 << medium << 1;
        QTest::newRow("measured BMI 23.4, judged 5 to 10%")
            << QJsonObject(Answers::mustMeasured()
                               .set("weight_loss_source", "judged")
                               .set("weight_loss_judged", "from_5_to_10")
                               .without("earlier_weight_kg"))
            << 1 << medium << 1;
        QTest::newRow("measured BMI 23.4, judged over 10%")
            << QJsonObject(
                   Answers::mustMeasured().set("weight_loss_source", "judged").set("weight_loss_judged", "over_10"))
            << 2 << high << 2;
    }
    void mustBands()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(int, score);
        QFETCH(QString, band);
        QFETCH(int, riskLevel);
        const AssessmentResult result = AssessmentTools::score(AssessmentType::Must, answers);
        AssessmentChecks::compareScored(result, score, band, riskLevel);
        QVERIFY(!result.guidance.isEmpty());
    }

    void mustDerivedValues()
    {
        AssessmentResult result = AssessmentTools::score(AssessmentType::Must, Answers::mustMeasured());
        // Stored unrounded; shown to one decimal toward risk.
        QCOMPARE(result.derived.value(QStringLiteral("bmi")).toDouble(), 23.4375); // 60 / 2.56
        QCOMPARE(result.derived.value(QStringLiteral("weight_kg")).toDouble(), 60.0);
        QCOMPARE(result.derived.value(QStringLiteral("weight_loss_percent")).toDouble(), 100.0 / 61.0); // 1.64%
        QCOMPARE(result.parts.at(0).label, QStringLiteral("BMI 23.4 kg/m²"));
        QCOMPARE(result.parts.at(1).label, QStringLiteral("Weight loss 1.7%"));

        // Judged from the arm: no BMI is made up.
        result = AssessmentTools::score(AssessmentType::Must, Answers::mustFromTheArm());
        QVERIFY(result.complete());
        QVERIFY(!result.derived.contains(QStringLiteral("bmi")));
        QVERIFY(!result.derived.contains(QStringLiteral("weight_loss_percent")));
    }

    void mustObesityIsRecorded()
    {
        // The flowchart's "> 30 obese": 30.0 is not, 30.1 is; either scores 0.
        const QString obese = QStringLiteral("Obese");
        AssessmentResult result = AssessmentTools::score(
            AssessmentType::Must, Answers::mustMeasured().set("weight_kg", 76.8).set("earlier_weight_kg", 76.8));
        AssessmentChecks::compareScored(result, 0, QStringLiteral("low"), 0);
        QCOMPARE(result.derived.value(QStringLiteral("bmi")).toDouble(), 30.0);
        QVERIFY(!AssessmentChecks::anyStartsWith(result.guidance, obese));
        result = AssessmentTools::score(AssessmentType::Must,
                                        Answers::mustMeasured().set("weight_kg", 77.1).set("earlier_weight_kg", 77.1));
        AssessmentChecks::compareScored(result, 0, QStringLiteral("low"), 0);
        QCOMPARE(result.derived.value(QStringLiteral("bmi")).toDouble(), 77.1 / 2.56);
        QVERIFY(AssessmentChecks::anyStartsWith(result.guidance, obese));
    }

    void mustMissing_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("nothing") << QJsonObject()
                                 << QStringList{QStringLiteral("height_source"), QStringLiteral("weight_loss_source"),
                                                QStringLiteral("acute_disease")};
        QTest::newRow("weight, height measured")
            << QJsonObject(Answers::mustMeasured().without("weight_kg")) << QStringList{QStringLiteral("weight_kg")};
        QTest::newRow("weight, height recalled")
            << QJsonObject(Answers::mustMeasured().set("height_source", "recalled").without("weight_kg"))
            << QStringList{QStringLiteral("weight_kg")};
        QTest::newRow("weight, loss recorded, no height")
            << QJsonObject(
                   Answers::mustFromTheArm().set("weight_loss_source", "measured").set("earlier_weight_kg", 63.2))
            << QStringList{QStringLiteral("weight_kg")};
        QTest::newRow("height") << QJsonObject(Answers::mustMeasured().without("height_m"))
                                << QStringList{QStringLiteral("height_m")};
        QTest::newRow("arm and estimate")
            << QJsonObject(Answers::mustFromTheArm().without("muac_cm").without("bmi_estimate"))
            << QStringList{QStringLiteral("muac_cm"), QStringLiteral("bmi_estimate")};
        QTest::newRow("earlier weight") << QJsonObject(Answers::mustMeasured().without("earlier_weight_kg"))
                                        << QStringList{QStringLiteral("earlier_weight_kg")};
        QTest::newRow("judged loss") << QJsonObject(Answers::mustFromTheArm().without("weight_loss_judged"))
                                     << QStringList{QStringLiteral("weight_loss_judged")};
        QTest::newRow("acute disease") << QJsonObject(Answers::mustMeasured().without("acute_disease"))
                                       << QStringList{QStringLiteral("acute_disease")};
    }
    void mustMissing()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(QStringList, missing);
        AssessmentChecks::compareMissing(AssessmentTools::score(AssessmentType::Must, answers), missing);
    }

    void mustImpossibleMeasurements_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        const QString height = QStringLiteral("height_m");
        const QString weight = QStringLiteral("weight_kg");
        QTest::newRow("height 0") << QJsonObject(Answers::mustMeasured().set("height_m", 0.0)) << height
                                  << QStringLiteral("Height");
        QTest::newRow("height 0.79 m") << QJsonObject(Answers::mustMeasured().set("height_m", 0.79)) << height
                                       << QStringLiteral("Height");
        QTest::newRow("height 3.0 m") << QJsonObject(Answers::mustMeasured().set("height_m", 3.0)) << height
                                      << QStringLiteral("Height");
        QTest::newRow("height recalled, 3.0 m")
            << QJsonObject(Answers::mustMeasured().set("height_source", "recalled").set("height_m", 3.0)) << height
            << QStringLiteral("Height");
        QTest::newRow("height as text") << QJsonObject(Answers::mustMeasured().set("height_m", "1.6")) << height
                                        << QStringLiteral("Height");
        QTest::newRow("weight 900 kg") << QJsonObject(Answers::mustMeasured().set("weight_kg", 900)) << weight
                                       << QStringLiteral("Weight today");
        QTest::newRow("weight 19.9 kg") << QJsonObject(Answers::mustMeasured().set("weight_kg", 19.9)) << weight
                                        << QStringLiteral("Weight today");
        QTest::newRow("weight 900 kg, not needed for the score")
            << QJsonObject(Answers::mustFromTheArm().set("weight_kg", 900)) << weight << QStringLiteral("Weight today");
        QTest::newRow("earlier weight 900 kg")
            << QJsonObject(Answers::mustMeasured().set("earlier_weight_kg", 900)) << QStringLiteral("earlier_weight_kg")
            << QStringLiteral("Weight 3 to 6 months ago");
        QTest::newRow("arm 5 cm") << QJsonObject(Answers::mustFromTheArm().set("muac_cm", 5))
                                  << QStringLiteral("muac_cm") << QStringLiteral("Mid upper arm circumference");
        QTest::newRow("height 0 with weight 900 kg: the first named")
            << QJsonObject(Answers::mustMeasured().set("height_m", 0.0).set("weight_kg", 900)) << height
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
        AssessmentChecks::compareRefused(AssessmentType::Must, result, key);
    }

    void mustMeasurementRanges_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<int>("score");
        QTest::newRow("height 0.8 m, 20 kg: BMI 31.3")
            << QJsonObject(
                   Answers::mustMeasured().set("height_m", 0.8).set("weight_kg", 20).set("earlier_weight_kg", 20))
            << 0;
        QTest::newRow("height 2.3 m, 300 kg: BMI 56.7")
            << QJsonObject(
                   Answers::mustMeasured().set("height_m", 2.3).set("weight_kg", 300).set("earlier_weight_kg", 300))
            << 0;
        QTest::newRow("height 2.3 m, 20 kg: BMI 3.8")
            << QJsonObject(
                   Answers::mustMeasured().set("height_m", 2.3).set("weight_kg", 20).set("earlier_weight_kg", 20))
            << 2;
        // A question not asked is not checked: the height is not used without a height source that gives one.
        QTest::newRow("height 0 not asked") << QJsonObject(Answers::mustFromTheArm().set("height_m", 0.0)) << 0;
    }
    void mustMeasurementRanges()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(int, score);
        const AssessmentResult result = AssessmentTools::score(AssessmentType::Must, answers);
        AssessmentChecks::compareScored(result, score, score == 0 ? QStringLiteral("low") : QStringLiteral("high"),
                                        score == 0 ? 0 : 2);
    }
};

QTEST_GUILESS_MAIN(TestMustTool)
#include "TestMustTool.moc"
