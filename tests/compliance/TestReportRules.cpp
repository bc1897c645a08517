// The rules of the managers' reports to every boundary: occupied bed days by the midnight census (the night of
// arrival counts, the night of leaving does not, nights in hospital do not), a month's falls rate per 1,000 occupied
// bed days rounded up, never down, and a pressure ulcer acquired in the home from 72 hours after arrival.

#include "compliance/OccupiedBedDays.h"

#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(QList<ResidentMove>)

namespace {

ResidentMove move(ResidentMove::Kind kind, int year, int month, int day)
{
    return {kind, QDate(year, month, day)};
}

} // namespace

class TestReportRules : public QObject
{
    Q_OBJECT

private slots:
    void bedDays_data()
    {
        QTest::addColumn<QList<ResidentMove>>("moves");
        QTest::addColumn<int>("expected"); // nights in November 2026 (30 nights)
        using M = ResidentMove;
        QTest::newRow("no moves") << QList<M>{} << 0;
        QTest::newRow("admitted before, still here") << QList<M>{move(M::Admitted, 2026, 3, 1)} << 30;
        QTest::newRow("admitted on the first") << QList<M>{move(M::Admitted, 2026, 11, 1)} << 30;
        QTest::newRow("admitted on the last: one night") << QList<M>{move(M::Admitted, 2026, 11, 30)} << 1;
        QTest::newRow("admitted the day after") << QList<M>{move(M::Admitted, 2026, 12, 1)} << 0;
        QTest::newRow("left on the first: no night")
            << QList<M>{move(M::Admitted, 2026, 10, 1), move(M::Left, 2026, 11, 1)} << 0;
        QTest::newRow("left on the second: one night")
            << QList<M>{move(M::Admitted, 2026, 10, 1), move(M::Left, 2026, 11, 2)} << 1;
        QTest::newRow("left on the last")
            << QList<M>{move(M::Admitted, 2026, 10, 1), move(M::Left, 2026, 11, 30)} << 29;
        QTest::newRow("left the day after the last")
            << QList<M>{move(M::Admitted, 2026, 10, 1), move(M::Left, 2026, 12, 1)} << 30;
        QTest::newRow("admitted and left the same day")
            << QList<M>{move(M::Admitted, 2026, 11, 10), move(M::Left, 2026, 11, 10)} << 0;
        QTest::newRow("five nights in hospital")
            << QList<M>{move(M::Admitted, 2026, 1, 1), move(M::HospitalAdmission, 2026, 11, 10),
                        move(M::HospitalReturn, 2026, 11, 15)}
            << 25;
        QTest::newRow("in hospital since before, back on the 20th")
            << QList<M>{move(M::Admitted, 2026, 1, 1), move(M::HospitalAdmission, 2026, 10, 20),
                        move(M::HospitalReturn, 2026, 11, 20)}
            << 11;
        QTest::newRow("still in hospital")
            << QList<M>{move(M::Admitted, 2026, 1, 1), move(M::HospitalAdmission, 2026, 11, 28)} << 27;
        QTest::newRow("transferred out on the 16th")
            << QList<M>{move(M::Admitted, 2026, 1, 1), move(M::TransferredOut, 2026, 11, 16)} << 15;
        QTest::newRow("transferred in on the 16th") << QList<M>{move(M::TransferredIn, 2026, 11, 16)} << 15;
        QTest::newRow("two stays") << QList<M>{move(M::Admitted, 2026, 11, 1), move(M::Left, 2026, 11, 5),
                                               move(M::Admitted, 2026, 11, 20), move(M::Left, 2026, 11, 25)}
                                   << 9;
        QTest::newRow("a second arrival while here changes nothing")
            << QList<M>{move(M::Admitted, 2026, 11, 1), move(M::HospitalReturn, 2026, 11, 3)} << 30;
        QTest::newRow("leaving when not here changes nothing")
            << QList<M>{move(M::HospitalAdmission, 2026, 11, 3), move(M::HospitalReturn, 2026, 11, 6)} << 25;
    }
    void bedDays()
    {
        QFETCH(QList<ResidentMove>, moves);
        QFETCH(int, expected);
        QCOMPARE(OccupiedBedDays::count(moves, QDate(2026, 11, 1), QDate(2026, 11, 30)), expected);
    }

    void aPeriodThatEndsBeforeItStartsHasNoNight()
    {
        const QList<ResidentMove> here{move(ResidentMove::Admitted, 2026, 1, 1)};
        QCOMPARE(OccupiedBedDays::count(here, QDate(2026, 11, 30), QDate(2026, 11, 1)), 0);
        QCOMPARE(OccupiedBedDays::count(here, QDate(), QDate(2026, 11, 1)), 0);
        // One night: the period of a single day.
        QCOMPARE(OccupiedBedDays::count(here, QDate(2026, 11, 1), QDate(2026, 11, 1)), 1);
        // The night the clocks go back is one night like any other.
        QCOMPARE(OccupiedBedDays::count(here, QDate(2026, 10, 24), QDate(2026, 10, 26)), 3);
    }

    void rates_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("bedDays");
        QTest::addColumn<double>("expected"); // -1: no rate
        QTest::newRow("no bed day") << 2 << 0 << -1.0;
        QTest::newRow("no fall") << 0 << 900 << 0.0;
        QTest::newRow("1 in 1,000 exactly") << 1 << 1000 << 1.0;
        QTest::newRow("3 in 900 is 3.33, shown 3.4") << 3 << 900 << 3.4;
        QTest::newRow("1 in 3,000 is 0.33, shown 0.4") << 1 << 3000 << 0.4;
        QTest::newRow("1 in 100,000 is 0.01, never 0") << 1 << 100000 << 0.1;
        QTest::newRow("a month of 30 beds, 4 falls") << 4 << 30 * 30 << 4.5;
        QTest::newRow("more falls than nights") << 5 << 2 << 2500.0;
    }
    void rates()
    {
        QFETCH(int, events);
        QFETCH(int, bedDays);
        QFETCH(double, expected);
        const std::optional<double> rate = OccupiedBedDays::ratePerThousand(events, bedDays);
        QCOMPARE(rate.has_value(), expected >= 0);
        if (rate)
            QCOMPARE(*rate, expected);
    }

    void pressureUlcersAcquiredInTheHome()
    {
        const QDateTime arrived(QDate(2026, 10, 24), QTime(14, 0), Qt::UTC);
        QVERIFY(!OccupiedBedDays::acquiredInHome(arrived, arrived));
        QVERIFY(!OccupiedBedDays::acquiredInHome(arrived.addSecs(72 * 3600 - 1), arrived));
        QVERIFY(OccupiedBedDays::acquiredInHome(arrived.addSecs(72 * 3600), arrived));
        // Across the night the clocks go back: 72 hours of time, not three calendar days.
        const QDateTime local(QDate(2026, 10, 24), QTime(14, 0), Qt::LocalTime);
        QVERIFY(OccupiedBedDays::acquiredInHome(local.addSecs(72 * 3600), local));
        QVERIFY(!OccupiedBedDays::acquiredInHome(local.addSecs(72 * 3600 - 60), local));
        // Found before the arrival known, or with none known: the home's.
        QVERIFY(OccupiedBedDays::acquiredInHome(arrived, QDateTime()));
    }
};

QTEST_GUILESS_MAIN(TestReportRules)
#include "TestReportRules.moc"
