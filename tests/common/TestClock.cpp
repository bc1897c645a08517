// The one clock, the instants the suites run at, and local times on the nights the clocks change (Europe/London,
// set by this suite itself so that it means the same on every machine).

#include "TestInstants.h"
#include "common/Clock.h"
#include "common/LocalTime.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_zone = qgetenv("TZ");
        qputenv("TZ", "Europe/London");
        tzset();
    }
    void cleanupTestCase()
    {
        if (m_zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", m_zone);
        tzset();
        TestInstants::applyEnvironment();
    }

    void theClockIsSetFrozenAndReset()
    {
        Clock::freezeAt(utc("2026-10-25T00:30:00Z"));
        QVERIFY(Clock::isSet());
        QCOMPARE(Clock::nowUtc(), utc("2026-10-25T00:30:00Z"));
        QCOMPARE(Clock::now().time(), QTime(1, 30)); // British Summer Time
        QCOMPARE(Clock::today(), QDate(2026, 10, 25));
        Clock::setInstant(utc("2027-02-28T23:59:00Z"));
        QVERIFY(qAbs(Clock::nowUtc().secsTo(utc("2027-02-28T23:59:00Z"))) < 60);
        Clock::reset();
        QVERIFY(!Clock::isSet());
        QVERIFY(qAbs(Clock::nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void theSuitesRunAtTheirInstants_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDateTime>("realNow");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime december = utc("2026-12-04T07:00:00Z");
        QTest::newRow("after midnight") << "after-midnight" << december << utc("2026-12-03T00:05:00Z");
        QTest::newRow("overlap") << "shift-overlap" << december << utc("2026-12-03T14:15:00Z");
        QTest::newRow("month end") << "month-end-night" << december << utc("2026-12-01T03:00:00Z");
        QTest::newRow("month end, on the 1st")
            << "month-end-night" << utc("2026-12-01T02:00:00Z") << utc("2026-11-01T03:00:00Z");
        QTest::newRow("clocks, after October") << "clocks-go-back" << december << utc("2026-10-25T00:30:00Z");
        QTest::newRow("clocks, before October")
            << "clocks-go-back" << utc("2026-10-25T00:10:00Z") << utc("2025-10-26T00:30:00Z");
        QTest::newRow("summer time yesterday")
            << "after-midnight" << utc("2026-07-10T12:00:00Z") << utc("2026-07-08T23:05:00Z");
        QTest::newRow("an instant") << "2026-10-25T00:30:00Z" << december << utc("2026-10-25T00:30:00Z");
        QTest::newRow("nonsense") << "teatime" << december << QDateTime();
    }
    void theSuitesRunAtTheirInstants()
    {
        QFETCH(QString, name);
        QFETCH(QDateTime, realNow);
        QFETCH(QDateTime, expected);
        const QDateTime at = TestInstants::instant(name, realNow);
        QCOMPARE(at.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(at.toUTC(), expected);
            QVERIFY(at < realNow); // always in the server's past
        }
    }

    // Found in use at 01:40 on the night the clocks went back: the note's time of care, 01:30, was read as the
    // second 01:30 (an hour ahead) and the note refused as care in the future.
    void aWallClockTimeIsTheInstantMeant_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");
        const QDate back(2026, 10, 25);
        QTest::newRow("first 01:30, now the first 01:40")
            << back << QTime(1, 30) << utc("2026-10-25T00:40:00Z") << utc("2026-10-25T00:30:00Z");
        QTest::newRow("second 01:30, now the second 01:40")
            << back << QTime(1, 30) << utc("2026-10-25T01:40:00Z") << utc("2026-10-25T01:30:00Z");
        QTest::newRow("01:30, long after")
            << back << QTime(1, 30) << utc("2026-10-26T12:00:00Z") << utc("2026-10-25T01:30:00Z");
        QTest::newRow("01:30, long before")
            << back << QTime(1, 30) << utc("2026-10-20T12:00:00Z") << utc("2026-10-25T00:30:00Z");
        QTest::newRow("00:59 that night")
            << back << QTime(0, 59) << utc("2026-10-25T03:00:00Z") << utc("2026-10-24T23:59:00Z");
        QTest::newRow("02:00 that night")
            << back << QTime(2, 0) << utc("2026-10-25T03:00:00Z") << utc("2026-10-25T02:00:00Z");
        QTest::newRow("skipped 01:30 in March")
            << QDate(2027, 3, 28) << QTime(1, 30) << utc("2027-03-28T03:00:00Z") << utc("2027-03-28T01:30:00Z");
        QTest::newRow("an ordinary summer day")
            << QDate(2026, 7, 1) << QTime(14, 15) << utc("2026-07-01T20:00:00Z") << utc("2026-07-01T13:15:00Z");
        QTest::newRow("an ordinary winter day")
            << QDate(2026, 12, 3) << QTime(0, 5) << utc("2026-12-03T01:00:00Z") << utc("2026-12-03T00:05:00Z");
    }
    void aWallClockTimeIsTheInstantMeant()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        const QDateTime meant = LocalTime::instant(date, time, now);
        QCOMPARE(meant.toUTC(), expected);
        // Read back on the station's clock, it is what was typed (or the hour after, for a time that never was).
        if (date != QDate(2027, 3, 28))
            QCOMPARE(meant.toLocalTime().time(), time);
    }

private:
    QByteArray m_zone;
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
