// The Abbey Pain Scale, to every band boundary.
// Every measurement and date is made up.

#include "AssessmentAnswers.h"
#include "AssessmentChecks.h"
#include "clinical/AssessmentTools.h"

#include <QTest>

namespace {

using Answers = AssessmentAnswers;

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

} // namespace

class TestAbbeyPainScale : public QObject
{
    Q_OBJECT

private slots:
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
        AssessmentChecks::compareScored(result, score, band, riskLevel);
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
        AssessmentChecks::compareScored(
            AssessmentTools::score(AssessmentType::AbbeyPain, abbey(levels).set("pain_type", "acute")), level,
            level >= 3 ? QStringLiteral("mild") : QStringLiteral("no_pain"), level >= 3 ? 1 : 0);
    }

    void abbeyPainType()
    {
        // Asked only once the score shows pain.
        AssessmentChecks::compareScored(AssessmentTools::score(AssessmentType::AbbeyPain, abbey({1, 1, 0, 0, 0, 0})), 2,
                                        QStringLiteral("no_pain"), 0);
        AssessmentChecks::compareMissing(AssessmentTools::score(AssessmentType::AbbeyPain, abbey({1, 1, 1, 0, 0, 0})),
                                         {QStringLiteral("pain_type")});
        AssessmentChecks::compareMissing(AssessmentTools::score(AssessmentType::AbbeyPain, abbey({3, 3, 3, 3, 3, 3})),
                                         {QStringLiteral("pain_type")});
        AssessmentChecks::compareScored(
            AssessmentTools::score(AssessmentType::AbbeyPain, abbey({1, 1, 1, 0, 0, 0}).set("pain_type", "acute")), 3,
            QStringLiteral("mild"), 1);
        AssessmentChecks::compareScored(
            AssessmentTools::score(AssessmentType::AbbeyPain,
                                   abbey({3, 3, 1, 0, 0, 0}).set("pain_type", "acute_on_chronic")),
            7, QStringLiteral("mild"), 1);
        AssessmentChecks::compareRefused(
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
        AssessmentChecks::compareMissing(AssessmentTools::score(AssessmentType::AbbeyPain, answers), {key});
        // Without a pain type either, the sign is still what is missing: no score is guessed from the others.
        answers = abbey({0, 0, 0, 0, 0, 0});
        answers.remove(key);
        AssessmentChecks::compareMissing(AssessmentTools::score(AssessmentType::AbbeyPain, answers), {key});
    }
};

QTEST_GUILESS_MAIN(TestAbbeyPainScale)
#include "TestAbbeyPainScale.moc"
