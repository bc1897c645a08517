// The Barthel Index, to every band boundary.
// Every measurement and date is made up.

#include "AssessmentAnswers.h"
#include "AssessmentChecks.h"
#include "clinical/AssessmentTools.h"

#include <QTest>

#include <algorithm>

namespace {

using Answers = AssessmentAnswers;

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

} // namespace

class TestBarthelIndex : public QObject
{
    Q_OBJECT

private slots:
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
        AssessmentChecks::compareScored(result, score, band, riskLevel);
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
        AssessmentChecks::compareScored(AssessmentTools::score(AssessmentType::Barthel, answers), points,
                                        QStringLiteral("total"), 3);
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
        AssessmentChecks::compareMissing(AssessmentTools::score(AssessmentType::Barthel, answers), {key});
    }
};

QTEST_GUILESS_MAIN(TestBarthelIndex)
#include "TestBarthelIndex.moc"
