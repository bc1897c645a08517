#include "TestInstants.h"

#include "common/Clock.h"

#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

namespace {

QDateTime london(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone("Europe/London"));
}

QDate lastSundayOfOctober(int year)
{
    QDate day(year, 10, 31);
    while (day.dayOfWeek() != Qt::Sunday)
        day = day.addDays(-1);
    return day;
}

} // namespace

QStringList TestInstants::kinds()
{
    return {QStringLiteral("after-midnight"), QStringLiteral("shift-overlap"), QStringLiteral("month-end-night"),
            QStringLiteral("clocks-go-back")};
}

QDateTime TestInstants::instant(const QString &name, const QDateTime &realNow)
{
    // At least a day before the real time, so that nothing the tests write is in the server's future.
    const QDate yesterday = realNow.toTimeZone(QTimeZone("Europe/London")).date().addDays(-1);
    if (name == QLatin1String("after-midnight"))
        return london(yesterday, QTime(0, 5));
    if (name == QLatin1String("shift-overlap"))
        return london(yesterday, QTime(14, 15));
    if (name == QLatin1String("month-end-night"))
        return london(QDate(yesterday.year(), yesterday.month(), 1), QTime(3, 0));
    if (name == QLatin1String("clocks-go-back")) {
        QDate sunday = lastSundayOfOctober(yesterday.year());
        if (sunday > yesterday)
            sunday = lastSundayOfOctober(yesterday.year() - 1);
        // 01:30 British Summer Time, the first of the two 01:30s of that night (00:30 UTC).
        return QDateTime(sunday, QTime(0, 30), QTimeZone::utc());
    }
    return QDateTime::fromString(name, Qt::ISODateWithMs);
}

void TestInstants::applyEnvironment()
{
    const QString name = qEnvironmentVariable("WCN_TEST_NOW");
    if (name.isEmpty())
        return;
    const QDateTime at = instant(name, QDateTime::currentDateTimeUtc());
    if (!at.isValid()) {
        std::fprintf(stderr, "WCN_TEST_NOW names no instant: %s\n", qPrintable(name));
        std::exit(2);
    }
    Clock::setInstant(at);
}
