#include "AssessmentChecks.h"

#include "clinical/AssessmentTools.h"

#include <QTest>

void AssessmentChecks::compareScored(const AssessmentResult &result, int score, const QString &band, int riskLevel)
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

void AssessmentChecks::compareUnscored(const AssessmentResult &result)
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

void AssessmentChecks::compareMissing(const AssessmentResult &result, const QStringList &missing)
{
    QCOMPARE(result.problem, QString());
    QCOMPARE(result.missing, missing);
    compareUnscored(result);
}

void AssessmentChecks::compareRefused(AssessmentType type, const AssessmentResult &result, const QString &key)
{
    QCOMPARE(result.problemKey, key);
    const AssessmentItem *question = AssessmentTools::item(AssessmentTools::items(type), key);
    QVERIFY(question);
    QVERIFY2(result.problem.startsWith(question->label), qPrintable(result.problem));
    compareUnscored(result);
}

bool AssessmentChecks::anyStartsWith(const QStringList &lines, const QString &start)
{
    for (const QString &line : lines) {
        if (line.startsWith(start))
            return true;
    }
    return false;
}
