// Waterlow (pressure ulcer risk), to every band boundary.
// Every measurement and date is made up.

#include "AssessmentAnswers.h"
#include "AssessmentChecks.h"
#include "clinical/AssessmentTools.h"
#include "clinical/WaterlowTool.h"

#include <QTest>

namespace {

using Answers = AssessmentAnswers;

} // namespace

class TestWaterlowTool : public QObject
{
    Q_OBJECT

private slots:
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
        AssessmentChecks::compareScored(
            AssessmentTools::score(AssessmentType::Waterlow, Answers::waterlowBase().set("age_years", years)),
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
        QTest::newRow("2: the lowest") << QJsonObject(Answers::waterlowBase()) << 2 << notAtRisk << 0;
        // female 2, 65-74 3, bedbound 4
        QTest::newRow("9")
            << QJsonObject(
                   Answers::waterlowBase().set("sex", "female").set("age_years", 70).set("mobility", "bedbound"))
            << 9 << notAtRisk << 0;
        // female 2, 75-80 4, bedbound 4
        QTest::newRow("10")
            << QJsonObject(
                   Answers::waterlowBase().set("sex", "female").set("age_years", 75).set("mobility", "bedbound"))
            << 10 << atRisk << 1;
        // female 2, 81+ 5, chairbound 5, faecal 2
        const Answers fourteen = Answers::waterlowBase()
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
            << QJsonObject(Answers::waterlowBase()
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
        AssessmentChecks::compareScored(result, score, band, riskLevel);
        QCOMPARE(result.guidance.isEmpty(), score < 10);
    }

    void waterlowItems_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<int>("points"); // above the base's 2
        QTest::newRow("build above average") << QJsonObject(Answers::waterlowBase().set("build", "above_average")) << 1;
        QTest::newRow("build obese") << QJsonObject(Answers::waterlowBase().set("build", "obese")) << 2;
        QTest::newRow("build below average") << QJsonObject(Answers::waterlowBase().set("build", "below_average")) << 3;
        QTest::newRow("skin tissue paper")
            << QJsonObject(Answers::waterlowBase().setMany("skin", {"tissue_paper"})) << 1;
        QTest::newRow("skin clammy") << QJsonObject(Answers::waterlowBase().setMany("skin", {"clammy"})) << 1;
        QTest::newRow("skin discoloured") << QJsonObject(Answers::waterlowBase().setMany("skin", {"discoloured"})) << 2;
        QTest::newRow("skin broken") << QJsonObject(Answers::waterlowBase().setMany("skin", {"broken"})) << 3;
        QTest::newRow("skin dry and oedematous")
            << QJsonObject(Answers::waterlowBase().setMany("skin", {"dry", "oedematous"})) << 2;
        QTest::newRow("skin, every risk")
            << QJsonObject(Answers::waterlowBase().setMany(
                   "skin", {"tissue_paper", "dry", "oedematous", "clammy", "discoloured", "broken"}))
            << 9;
        QTest::newRow("female") << QJsonObject(Answers::waterlowBase().set("sex", "female")) << 1;
        QTest::newRow("urinary incontinence") << QJsonObject(Answers::waterlowBase().set("continence", "urine")) << 1;
        QTest::newRow("faecal incontinence") << QJsonObject(Answers::waterlowBase().set("continence", "faecal")) << 2;
        QTest::newRow("both incontinent") << QJsonObject(Answers::waterlowBase().set("continence", "both")) << 3;
        QTest::newRow("restless") << QJsonObject(Answers::waterlowBase().set("mobility", "restless")) << 1;
        QTest::newRow("apathetic") << QJsonObject(Answers::waterlowBase().set("mobility", "apathetic")) << 2;
        QTest::newRow("restricted") << QJsonObject(Answers::waterlowBase().set("mobility", "restricted")) << 3;
        QTest::newRow("bedbound") << QJsonObject(Answers::waterlowBase().set("mobility", "bedbound")) << 4;
        QTest::newRow("chairbound") << QJsonObject(Answers::waterlowBase().set("mobility", "chairbound")) << 5;
        // The card's MST: "yes" scores the amount, "unsure" 2, "no" 0; eating poorly adds 1.
        const auto lost = [](const char *amount) {
            return QJsonObject(Answers::waterlowBase().set("weight_lost", "yes").set("weight_loss_amount", amount));
        };
        QTest::newRow("lost 0.5-5 kg") << lost("from_0_5_to_5") << 1;
        QTest::newRow("lost 5-10 kg") << lost("from_5_to_10") << 2;
        QTest::newRow("lost 10-15 kg") << lost("from_10_to_15") << 3;
        QTest::newRow("lost over 15 kg") << lost("over_15") << 4;
        QTest::newRow("lost, amount unsure") << lost("unsure") << 2;
        QTest::newRow("unsure whether lost") << QJsonObject(Answers::waterlowBase().set("weight_lost", "unsure")) << 2;
        QTest::newRow("not lost, an amount left from before is not asked")
            << QJsonObject(Answers::waterlowBase().set("weight_loss_amount", "over_15")) << 0;
        QTest::newRow("eating poorly") << QJsonObject(Answers::waterlowBase().set("eating_poorly", "yes")) << 1;
        QTest::newRow("unsure whether lost, eating poorly")
            << QJsonObject(Answers::waterlowBase().set("weight_lost", "unsure").set("eating_poorly", "yes")) << 3;
        QTest::newRow("lost over 15 kg, eating poorly")
            << QJsonObject(Answers(lost("over_15")).set("eating_poorly", "yes")) << 5;
        const auto tissue = [](std::initializer_list<const char *> risks) {
            return QJsonObject(Answers::waterlowBase().setMany("tissue_malnutrition", risks));
        };
        QTest::newRow("terminal cachexia") << tissue({"terminal_cachexia"}) << 8;
        QTest::newRow("multiple organ failure") << tissue({"multiple_organ_failure"}) << 8;
        QTest::newRow("single organ failure") << tissue({"single_organ_failure"}) << 5;
        QTest::newRow("peripheral vascular disease") << tissue({"peripheral_vascular_disease"}) << 5;
        QTest::newRow("anaemia") << tissue({"anaemia"}) << 2;
        QTest::newRow("smoking") << tissue({"smoking"}) << 1;
        QTest::newRow("single organ failure, anaemia, smoking")
            << tissue({"single_organ_failure", "anaemia", "smoking"}) << 8;
        QTest::newRow("neurological 4") << QJsonObject(Answers::waterlowBase().set("neurological_deficit", "4")) << 4;
        QTest::newRow("neurological 5") << QJsonObject(Answers::waterlowBase().set("neurological_deficit", "5")) << 5;
        QTest::newRow("neurological 6") << QJsonObject(Answers::waterlowBase().set("neurological_deficit", "6")) << 6;
        const auto surgery = [](std::initializer_list<const char *> kinds) {
            return QJsonObject(Answers::waterlowBase().setMany("surgery_trauma", kinds));
        };
        QTest::newRow("orthopaedic or spinal") << surgery({"orthopaedic_spinal"}) << 5;
        QTest::newRow("on the table over 2 h") << surgery({"on_table_over_2h"}) << 5;
        QTest::newRow("on the table over 6 h") << surgery({"on_table_over_6h"}) << 8;
        QTest::newRow("over 6 h replaces over 2 h: 8, not 13")
            << surgery({"on_table_over_2h", "on_table_over_6h"}) << 8;
        QTest::newRow("orthopaedic, over 2 h") << surgery({"orthopaedic_spinal", "on_table_over_2h"}) << 10;
        QTest::newRow("orthopaedic, over 2 h and 6 h")
            << surgery({"orthopaedic_spinal", "on_table_over_2h", "on_table_over_6h"}) << 13;
        QTest::newRow("medication") << QJsonObject(Answers::waterlowBase().set("medication", "yes")) << 4;
    }
    void waterlowItems()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(int, points);
        const int score = 2 + points;
        const QString band = score >= 15   ? QStringLiteral("high")
                             : score >= 10 ? QStringLiteral("at_risk")
                                           : QStringLiteral("not_at_risk");
        AssessmentChecks::compareScored(AssessmentTools::score(AssessmentType::Waterlow, answers), score, band,
                                        score >= 15   ? 2
                                        : score >= 10 ? 1
                                                      : 0);
    }

    void waterlowNutritionReferral()
    {
        // The card: a malnutrition screening score over 2 asks for a nutrition assessment.
        const QString refer = QStringLiteral("Malnutrition screening score over 2");
        AssessmentResult result = AssessmentTools::score(
            AssessmentType::Waterlow, Answers::waterlowBase().set("weight_lost", "unsure").set("eating_poorly", "no"));
        AssessmentChecks::compareScored(result, 4, QStringLiteral("not_at_risk"), 0);
        QVERIFY(!AssessmentChecks::anyStartsWith(result.guidance, refer));
        result = AssessmentTools::score(
            AssessmentType::Waterlow, Answers::waterlowBase().set("weight_lost", "unsure").set("eating_poorly", "yes"));
        AssessmentChecks::compareScored(result, 5, QStringLiteral("not_at_risk"), 0);
        QVERIFY(AssessmentChecks::anyStartsWith(result.guidance, refer));
    }

    void waterlowMissing_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("amount lost") << QJsonObject(Answers::waterlowBase().set("weight_lost", "yes"))
                                     << QStringList{QStringLiteral("weight_loss_amount")};
        QTest::newRow("age") << QJsonObject(Answers::waterlowBase().without("age_years"))
                             << QStringList{QStringLiteral("age_years")};
        QTest::newRow("no skin chosen") << QJsonObject(Answers::waterlowBase().setMany("skin", {}))
                                        << QStringList{QStringLiteral("skin")};
        QTest::newRow("build and medication")
            << QJsonObject(Answers::waterlowBase().without("build").without("medication"))
            << QStringList{QStringLiteral("build"), QStringLiteral("medication")};
    }
    void waterlowMissing()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(QStringList, missing);
        AssessmentChecks::compareMissing(AssessmentTools::score(AssessmentType::Waterlow, answers), missing);
    }

    void waterlowRefused_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QString>("key");
        QTest::newRow("healthy and dry skin")
            << QJsonObject(Answers::waterlowBase().setMany("skin", {"healthy", "dry"})) << QStringLiteral("skin");
        QTest::newRow("no tissue risk and smoking")
            << QJsonObject(Answers::waterlowBase().setMany("tissue_malnutrition", {"none", "smoking"}))
            << QStringLiteral("tissue_malnutrition");
        QTest::newRow("no surgery and over 2 h")
            << QJsonObject(Answers::waterlowBase().setMany("surgery_trauma", {"none", "on_table_over_2h"}))
            << QStringLiteral("surgery_trauma");
        QTest::newRow("a skin type not on the card")
            << QJsonObject(Answers::waterlowBase().setMany("skin", {"scaly"})) << QStringLiteral("skin");
        QTest::newRow("a build not on the card")
            << QJsonObject(Answers::waterlowBase().set("build", "slight")) << QStringLiteral("build");
        QTest::newRow("age 13") << QJsonObject(Answers::waterlowBase().set("age_years", 13))
                                << QStringLiteral("age_years");
        QTest::newRow("age 121") << QJsonObject(Answers::waterlowBase().set("age_years", 121))
                                 << QStringLiteral("age_years");
    }
    void waterlowRefused()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(QString, key);
        AssessmentChecks::compareRefused(AssessmentType::Waterlow,
                                         AssessmentTools::score(AssessmentType::Waterlow, answers), key);
    }
};

QTEST_GUILESS_MAIN(TestWaterlowTool)
#include "TestWaterlowTool.moc"
