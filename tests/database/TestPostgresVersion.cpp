#include "database/PostgresVersion.h"

#include <QTest>

class TestPostgresVersion : public QObject
{
    Q_OBJECT

private slots:
    void majorOfServerVersionNumber_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("major");
        QTest::addColumn<bool>("supported");
        QTest::newRow("15.0") << 150000 << 15 << true;
        QTest::newRow("15.18") << 150018 << 15 << true;
        QTest::newRow("16.4") << 160004 << 16 << true;
        QTest::newRow("14.99 just below") << 149999 << 14 << false;
        QTest::newRow("13.9") << 130009 << 13 << false;
        QTest::newRow("9.6.24 old scheme") << 90624 << 9 << false;
        QTest::newRow("0 not connected") << 0 << 0 << false;
        QTest::newRow("negative") << -1 << 0 << false;
    }
    void majorOfServerVersionNumber()
    {
        QFETCH(int, number);
        QFETCH(int, major);
        QFETCH(bool, supported);
        QCOMPARE(PostgresVersion::majorOf(number), major);
        QCOMPARE(PostgresVersion::isSupported(number), supported);
    }

    void displayOfServerVersionNumber_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("display");
        QTest::newRow("15.18") << 150018 << QStringLiteral("15.18");
        QTest::newRow("15.0") << 150000 << QStringLiteral("15.0");
        QTest::newRow("9.6.24") << 90624 << QStringLiteral("9.6.24");
        QTest::newRow("none") << 0 << QString();
    }
    void displayOfServerVersionNumber()
    {
        QFETCH(int, number);
        QFETCH(QString, display);
        QCOMPARE(PostgresVersion::displayOf(number), display);
    }

    void programOutput_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("major");
        QTest::addColumn<QString>("display");
        QTest::newRow("debian 15") << QStringLiteral("postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n") << 15
                                   << QStringLiteral("15.18");
        QTest::newRow("initdb 13") << QStringLiteral("initdb (PostgreSQL) 13.9") << 13 << QStringLiteral("13.9");
        QTest::newRow("9.6.24") << QStringLiteral("postgres (PostgreSQL) 9.6.24") << 9 << QStringLiteral("9.6.24");
        QTest::newRow("beta") << QStringLiteral("postgres (PostgreSQL) 17beta1") << 17 << QStringLiteral("17");
        QTest::newRow("garbage") << QStringLiteral("command not found") << 0 << QString();
        QTest::newRow("empty") << QString() << 0 << QString();
    }
    void programOutput()
    {
        QFETCH(QString, output);
        QFETCH(int, major);
        QFETCH(QString, display);
        QCOMPARE(PostgresVersion::majorFromProgramOutput(output), major);
        QCOMPARE(PostgresVersion::displayFromProgramOutput(output), display);
    }
};

QTEST_GUILESS_MAIN(TestPostgresVersion)
#include "TestPostgresVersion.moc"
