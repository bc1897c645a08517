// FRAT (falls risk), to every band boundary.
// Every measurement and date is made up.

#include "AssessmentAnswers.h"
#include "AssessmentChecks.h"
#include "clinical/AssessmentTools.h"

#include <QTest>

namespace {

using Answers = AssessmentAnswers;

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

} // namespace

class TestFallsRiskTool : public QObject
{
    Q_OBJECT

private slots:
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
        AssessmentChecks::compareScored(result, score, band, riskLevel);
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
        AssessmentChecks::compareScored(AssessmentTools::score(AssessmentType::Falls, answers), score,
                                        QStringLiteral("low"), 0);
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
        AssessmentChecks::compareMissing(AssessmentTools::score(AssessmentType::Falls, answers), {key});
    }
};

QTEST_GUILESS_MAIN(TestFallsRiskTool)
#include "TestFallsRiskTool.moc"
