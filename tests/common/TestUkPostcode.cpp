// UK postcodes typed as people type them, made into their one written form: each of Royal Mail's six shapes, and
// what is one character short, long or out of place refused.
#include "common/UkPostcode.h"

#include <QTest>

class TestUkPostcode : public QObject
{
    Q_OBJECT

private slots:
    void everyShapeIsWrittenOneWay_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("written");
        QTest::newRow("A9 9AA") << QStringLiteral("m1 1aa") << QStringLiteral("M1 1AA");
        QTest::newRow("A99 9AA") << QStringLiteral("M601NW") << QStringLiteral("M60 1NW");
        QTest::newRow("AA9 9AA") << QStringLiteral("cr2 6xh") << QStringLiteral("CR2 6XH");
        QTest::newRow("AA99 9AA") << QStringLiteral("DN55 1PT") << QStringLiteral("DN55 1PT");
        QTest::newRow("A9A 9AA") << QStringLiteral("w1a 0ax") << QStringLiteral("W1A 0AX");
        QTest::newRow("AA9A 9AA") << QStringLiteral(" EC1A  1BB ") << QStringLiteral("EC1A 1BB");
        QTest::newRow("no spaces") << QStringLiteral("sw1a1aa") << QStringLiteral("SW1A 1AA");
        QTest::newRow("spaces anywhere") << QStringLiteral("S W1A 1 AA") << QStringLiteral("SW1A 1AA");
        QTest::newRow("NHS pseudo") << QStringLiteral("zz99 3vz") << QStringLiteral("ZZ99 3VZ");
    }
    void everyShapeIsWrittenOneWay()
    {
        QFETCH(QString, typed);
        QFETCH(QString, written);
        QCOMPARE(UkPostcode::normalized(typed), written);
        QCOMPARE(UkPostcode::normalized(written), written);
        QVERIFY(!UkPostcode::isEmpty(typed));
    }

    void whatIsNoPostcodeIsRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("inward too short") << QStringLiteral("SW1A 1A");
        QTest::newRow("inward too long") << QStringLiteral("SW1A 1AAA");
        QTest::newRow("inward letter first") << QStringLiteral("SW1A AAA");
        QTest::newRow("inward digit last") << QStringLiteral("SW1A 1A1");
        QTest::newRow("outward digit first") << QStringLiteral("1W1A 1AA");
        QTest::newRow("three area letters") << QStringLiteral("SWA1 1AA");
        QTest::newRow("outward too long") << QStringLiteral("SW12A 1AA");
        QTest::newRow("outward alone") << QStringLiteral("SW1A");
        QTest::newRow("punctuation") << QStringLiteral("SW1A-1AA");
        QTest::newRow("not Latin") << QStringLiteral("ЅW1A 1AA");
        QTest::newRow("empty") << QString();
    }
    void whatIsNoPostcodeIsRefused()
    {
        QFETCH(QString, typed);
        QCOMPARE(UkPostcode::normalized(typed), QString());
    }

    void nothingTypedIsNoPostcodeGiven()
    {
        QVERIFY(UkPostcode::isEmpty(QString()));
        QVERIFY(UkPostcode::isEmpty(QStringLiteral("   ")));
        QVERIFY(!UkPostcode::isEmpty(QStringLiteral("x")));
    }
};

QTEST_APPLESS_MAIN(TestUkPostcode)
#include "TestUkPostcode.moc"
