// How long a resident's records are kept: each nation's default, the day they first fall due at every boundary
// (the anniversary itself is not yet "longer ago than" the period; 29 February's anniversary in a year without one),
// the last entry counted in Wales, and never while the resident lives in the home.

#include "compliance/RecordRetention.h"

#include <QTest>

class TestRecordRetention : public QObject
{
    Q_OBJECT

private slots:
    void eachNationsDefault()
    {
        const RecordRetention::Period england = RecordRetention::nationDefault(QStringLiteral("england"));
        QCOMPARE(england.years, 8);
        QVERIFY(england.from == RecordRetention::CountedFrom::CareEnded);
        const RecordRetention::Period wales = RecordRetention::nationDefault(QStringLiteral("wales"));
        QCOMPARE(wales.years, 3);
        QVERIFY(wales.from == RecordRetention::CountedFrom::LastEntry);
        for (const char *nation : {"scotland", "northern_ireland", ""}) {
            const RecordRetention::Period period = RecordRetention::nationDefault(QString::fromLatin1(nation));
            QCOMPARE(period.years, 8);
            QVERIFY(period.from == RecordRetention::CountedFrom::CareEnded);
        }
        QCOMPARE(RecordRetention::describe(england), QStringLiteral("8 years after the care ended"));
        QCOMPARE(RecordRetention::describe(wales), QStringLiteral("3 years from the last entry"));
        QCOMPARE(RecordRetention::describe({1, RecordRetention::CountedFrom::LastEntry}),
                 QStringLiteral("1 year from the last entry"));
    }

    void theOrganizationsOwnPeriod()
    {
        // Its years and its way of counting, each falling back on the nation's.
        RecordRetention::Period period =
            RecordRetention::forOrganization(QStringLiteral("wales"), 6, QStringLiteral("care_ended"));
        QCOMPARE(period.years, 6);
        QVERIFY(period.from == RecordRetention::CountedFrom::CareEnded);
        period = RecordRetention::forOrganization(QStringLiteral("wales"), 0, QString());
        QCOMPARE(period.years, 3);
        QVERIFY(period.from == RecordRetention::CountedFrom::LastEntry);
        period = RecordRetention::forOrganization(QStringLiteral("england"), 10, QString());
        QCOMPARE(period.years, 10);
        QVERIFY(period.from == RecordRetention::CountedFrom::CareEnded);
        period = RecordRetention::forOrganization(QStringLiteral("england"), 0, QStringLiteral("last_entry"));
        QCOMPARE(period.years, 8);
        QVERIFY(period.from == RecordRetention::CountedFrom::LastEntry);
        QCOMPARE(
            RecordRetention::firstDayDue(period, QStringLiteral("discharged"), QDate(2018, 3, 1), QDate(2018, 4, 2)),
            QDate(2026, 4, 3));
    }

    void anniversariesNeverFallEarly()
    {
        QCOMPARE(RecordRetention::anniversary(QDate(2018, 3, 1), 8), QDate(2026, 3, 1));
        QCOMPARE(RecordRetention::anniversary(QDate(2016, 2, 29), 8), QDate(2024, 2, 29)); // a leap year again
        QCOMPARE(RecordRetention::anniversary(QDate(2016, 2, 29), 3), QDate(2019, 3, 1));  // not 28 February
        QCOMPARE(RecordRetention::anniversary(QDate(2015, 2, 28), 1), QDate(2016, 2, 28));
        QCOMPARE(RecordRetention::anniversary(QDate(2018, 12, 31), 8), QDate(2026, 12, 31));
        QVERIFY(!RecordRetention::anniversary(QDate(), 8).isValid());
    }

    void dueTheDayAfterThePeriodEnds_data()
    {
        QTest::addColumn<QString>("nation");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("careEnded");
        QTest::addColumn<QDate>("lastEntry");
        QTest::addColumn<QDate>("due");
        const QDate none;
        QTest::newRow("england, discharged")
            << "england"
            << "discharged" << QDate(2018, 3, 1) << QDate(2018, 3, 1) << QDate(2026, 3, 2);
        QTest::newRow("england, died") << "england"
                                       << "deceased" << QDate(2018, 12, 31) << QDate(2019, 1, 4) << QDate(2027, 1, 1);
        QTest::newRow("england ignores a later entry")
            << "england"
            << "discharged" << QDate(2018, 3, 1) << QDate(2020, 6, 1) << QDate(2026, 3, 2);
        QTest::newRow("wales, from the last entry")
            << "wales"
            << "discharged" << QDate(2022, 5, 10) << QDate(2022, 6, 1) << QDate(2025, 6, 2);
        QTest::newRow("wales, an entry before the discharge")
            << "wales"
            << "deceased" << QDate(2022, 5, 10) << QDate(2022, 5, 1) << QDate(2025, 5, 11);
        QTest::newRow("wales, no entry known") << "wales"
                                               << "discharged" << QDate(2022, 5, 10) << none << QDate(2025, 5, 11);
        QTest::newRow("wales, 29 February")
            << "wales"
            << "discharged" << QDate(2024, 2, 29) << QDate(2024, 2, 29) << QDate(2027, 3, 2);
        QTest::newRow("living here") << "england"
                                     << "admitted" << QDate(2018, 3, 1) << QDate(2018, 3, 1) << none;
        QTest::newRow("in hospital") << "england"
                                     << "in_hospital" << QDate(2018, 3, 1) << QDate(2018, 3, 1) << none;
        QTest::newRow("no date of discharge") << "england"
                                              << "discharged" << none << QDate(2018, 3, 1) << none;
    }

    void dueTheDayAfterThePeriodEnds()
    {
        QFETCH(QString, nation);
        QFETCH(QString, status);
        QFETCH(QDate, careEnded);
        QFETCH(QDate, lastEntry);
        QFETCH(QDate, due);
        QCOMPARE(RecordRetention::firstDayDue(RecordRetention::nationDefault(nation), status, careEnded, lastEntry),
                 due);
    }

    void aPeriodOfNoYearsKeepsForever()
    {
        QVERIFY(!RecordRetention::firstDayDue({0, RecordRetention::CountedFrom::CareEnded},
                                              QStringLiteral("discharged"), QDate(2018, 3, 1), QDate(2018, 3, 1))
                     .isValid());
    }
};

QTEST_GUILESS_MAIN(TestRecordRetention)
#include "TestRecordRetention.moc"
