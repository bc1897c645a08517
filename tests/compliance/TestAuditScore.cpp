// An audit's score to every boundary: not applicable answers left out, rounded down (never up toward a better score),
// nothing when no question applies, and the database's stored numeric read back exactly.

#include "compliance/AuditScore.h"

#include <QTest>

#include <optional>

class TestAuditScore : public QObject
{
    Q_OBJECT

private slots:
    void hundredths_data()
    {
        QTest::addColumn<int>("met");
        QTest::addColumn<int>("applicable");
        QTest::addColumn<int>("expected"); // -1: no score
        QTest::newRow("nothing applies") << 0 << 0 << -1;
        QTest::newRow("none met") << 0 << 5 << 0;
        QTest::newRow("all met") << 3 << 3 << 10000;
        QTest::newRow("2 of 3 is 66.66, not 66.67") << 2 << 3 << 6666;
        QTest::newRow("1 of 3") << 1 << 3 << 3333;
        QTest::newRow("1 of 8 exactly") << 1 << 8 << 1250;
        QTest::newRow("199 of 200") << 199 << 200 << 9950;
        QTest::newRow("one short of 20000 never shows 100") << 19999 << 20000 << 9999;
        QTest::newRow("more met than apply") << 5 << 4 << -1;
        QTest::newRow("negative") << -1 << 3 << -1;
    }
    void hundredths()
    {
        QFETCH(int, met);
        QFETCH(int, applicable);
        QFETCH(int, expected);
        const std::optional<int> score = AuditScore::hundredths(met, applicable);
        QCOMPARE(score.has_value(), expected >= 0);
        if (expected >= 0)
            QCOMPARE(*score, expected);
    }

    void fromStored_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<int>("expected"); // -1: none
        QTest::newRow("two decimals") << QStringLiteral("66.66") << 6666;
        QTest::newRow("hundred") << QStringLiteral("100.00") << 10000;
        QTest::newRow("one decimal") << QStringLiteral("7.5") << 750;
        QTest::newRow("whole") << QStringLiteral("88") << 8800;
        QTest::newRow("zero") << QStringLiteral("0.00") << 0;
        QTest::newRow("NULL") << QString() << -1;
        QTest::newRow("above 100") << QStringLiteral("100.01") << -1;
        QTest::newRow("three decimals") << QStringLiteral("66.666") << -1;
        QTest::newRow("negative") << QStringLiteral("-1.00") << -1;
        QTest::newRow("words") << QStringLiteral("good") << -1;
    }
    void fromStored()
    {
        QFETCH(QString, stored);
        QFETCH(int, expected);
        const std::optional<int> score = AuditScore::fromStored(stored);
        QCOMPARE(score.has_value(), expected >= 0);
        if (expected >= 0)
            QCOMPARE(*score, expected);
    }

    void text()
    {
        QCOMPARE(AuditScore::text(6666), QStringLiteral("66.66"));
        QCOMPARE(AuditScore::text(10000), QStringLiteral("100"));
        QCOMPARE(AuditScore::text(750), QStringLiteral("7.50"));
        QCOMPARE(AuditScore::text(5), QStringLiteral("0.05"));
        QCOMPARE(AuditScore::text(0), QStringLiteral("0"));
        QCOMPARE(AuditScore::text(std::nullopt), QString());
    }
};

QTEST_GUILESS_MAIN(TestAuditScore)
#include "TestAuditScore.moc"
