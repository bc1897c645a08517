// Pure domain rules, to every boundary: NHS numbers and ages.

#include "assessments/AssessmentTrend.h"
#include "careplans/CarePlanRecord.h"
#include "clinical/AssessmentDue.h"
#include "clinical/FluidExpectation.h"
#include "clinical/HandoverPriority.h"
#include "clinical/NhsNumber.h"
#include "clinical/PersonAge.h"
#include "clinical/ResidentAlerts.h"
#include "common/DateText.h"
#include "residents/ResidentSearch.h"
#include "residents/ResidentStatus.h"

#include <QTest>

class TestDomainRules : public QObject
{
    Q_OBJECT

private slots:
    void nhsCheckDigits_data()
    {
        QTest::addColumn<QString>("nine");
        QTest::addColumn<int>("check"); // -1: no valid number begins so
        // Numbers from the 999 range set aside for testing.
        QTest::newRow("remainder 3 gives 8") << QStringLiteral("999000001") << 8;
        QTest::newRow("remainder 0 gives 11, which is 0") << QStringLiteral("999000036") << 0;
        QTest::newRow("remainder 1 gives 10: none") << QStringLiteral("999000014") << -1;
        QTest::newRow("remainder 10 gives 1") << QStringLiteral("999000030") << 1;
        QTest::newRow("all zeros") << QStringLiteral("000000000") << 0;
        QTest::newRow("eight digits") << QStringLiteral("99900001") << -1;
        QTest::newRow("a letter") << QStringLiteral("99900001X") << -1;
    }
    void nhsCheckDigits()
    {
        QFETCH(QString, nine);
        QFETCH(int, check);
        const std::optional<int> digit = NhsNumber::checkDigit(nine);
        QCOMPARE(digit.value_or(-1), check);
    }

    void nhsValidity_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("9990000018") << true << QStringLiteral("999 000 0018");
        QTest::newRow("spaced 3 3 4") << QStringLiteral("999 000 0018") << true << QStringLiteral("999 000 0018");
        QTest::newRow("spaced oddly") << QStringLiteral(" 99 90 000 018 ") << true << QStringLiteral("999 000 0018");
        QTest::newRow("hyphens") << QStringLiteral("999-000-0018") << true << QStringLiteral("999 000 0018");
        QTest::newRow("check digit 0") << QStringLiteral("9990000360") << true << QStringLiteral("999 000 0360");
        QTest::newRow("wrong check digit") << QStringLiteral("9990000017") << false << QStringLiteral("999 000 0017");
        QTest::newRow("no check digit possible")
            << QStringLiteral("9990000140") << false << QStringLiteral("999 000 0140");
        QTest::newRow("nine digits") << QStringLiteral("999000001") << false << QStringLiteral("999000001");
        QTest::newRow("eleven digits") << QStringLiteral("99900000180") << false << QStringLiteral("99900000180");
        QTest::newRow("letters") << QStringLiteral("999 000 001B") << false << QStringLiteral("999 000 001B");
        QTest::newRow("empty") << QString() << false << QString();
    }
    void nhsValidity()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QString, shown);
        QCOMPARE(NhsNumber::isValid(typed), valid);
        QCOMPARE(NhsNumber::formatted(typed), shown);
    }

    void nhsNormalizing()
    {
        QCOMPARE(NhsNumber::normalized(QStringLiteral("999 000 0018")), QStringLiteral("9990000018"));
        QCOMPARE(NhsNumber::normalized(QStringLiteral("999")), QStringLiteral("999")); // a prefix, while typing
        QCOMPARE(NhsNumber::normalized(QStringLiteral("Smith")), QString());
        QCOMPARE(NhsNumber::normalized(QStringLiteral("999.000")), QString());
    }

    void ages_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("age");
        const QDate born(1938, 4, 2);
        QTest::newRow("day before the birthday") << born << QDate(2026, 4, 1) << 87;
        QTest::newRow("on the birthday") << born << QDate(2026, 4, 2) << 88;
        QTest::newRow("day after") << born << QDate(2026, 4, 3) << 88;
        QTest::newRow("new year's eve") << born << QDate(2026, 12, 31) << 88;
        QTest::newRow("day of birth") << born << born << 0;
        QTest::newRow("before birth") << born << QDate(1938, 4, 1) << -1;
        const QDate leap(1940, 2, 29);
        QTest::newRow("29 Feb, 28 Feb of a common year") << leap << QDate(2026, 2, 28) << 85;
        QTest::newRow("29 Feb, 1 March of a common year") << leap << QDate(2026, 3, 1) << 86;
        QTest::newRow("29 Feb, 28 Feb of a leap year") << leap << QDate(2028, 2, 28) << 87;
        QTest::newRow("29 Feb, 29 Feb of a leap year") << leap << QDate(2028, 2, 29) << 88;
        QTest::newRow("invalid birth") << QDate() << QDate(2026, 1, 1) << -1;
        QTest::newRow("centenarian") << QDate(1926, 11, 26) << QDate(2026, 11, 26) << 100;
    }
    void ages()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, on);
        QFETCH(int, age);
        QCOMPARE(PersonAge::yearsOn(birth, on), age);
    }

    void residentSearchTerms_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("nhs");
        QTest::newRow("nothing") << QStringLiteral("   ") << QStringList() << QString() << QString();
        QTest::newRow("a surname") << QStringLiteral(" Núñez ") << QStringList{QStringLiteral("Núñez")}
                                   << QStringLiteral("núñez") << QString();
        QTest::newRow("surname, first name") << QStringLiteral("Testresident,  Edna")
                                             << QStringList{QStringLiteral("Testresident"), QStringLiteral("Edna")}
                                             << QStringLiteral("testresident, edna") << QString();
        QTest::newRow("a room with a letter")
            << QStringLiteral("B12") << QStringList{QStringLiteral("B12")} << QStringLiteral("b12") << QString();
        QTest::newRow("two digits: a room, too short for an NHS number")
            << QStringLiteral("12") << QStringList() << QStringLiteral("12") << QString();
        QTest::newRow("three digits: the shortest NHS number search")
            << QStringLiteral("999") << QStringList() << QStringLiteral("999") << QStringLiteral("999");
        QTest::newRow("NHS number with spaces") << QStringLiteral("999 000 0018") << QStringList()
                                                << QStringLiteral("999 000 0018") << QStringLiteral("9990000018");
        QTest::newRow("NHS number with hyphens") << QStringLiteral("999-000-0018") << QStringList()
                                                 << QStringLiteral("999-000-0018") << QStringLiteral("9990000018");
        QTest::newRow("eleven digits: no NHS number")
            << QStringLiteral("99900000180") << QStringList() << QStringLiteral("99900000180") << QString();
    }
    void residentSearchTerms()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, words);
        QFETCH(QString, room);
        QFETCH(QString, nhs);
        const ResidentSearchTerms terms = ResidentSearch::parse(typed);
        QCOMPARE(terms.nameWords, words);
        QCOMPARE(terms.roomPrefix, room);
        QCOMPARE(terms.nhsDigits, nhs);
        QCOMPARE(terms.isEmpty(), typed.trimmed().isEmpty());
    }

    void carePlanReviewsAreDueAWeekAhead_data()
    {
        QTest::addColumn<int>("daysFromToday");
        QTest::addColumn<int>("flags");
        QTest::newRow("yesterday: overdue") << -1 << int(ResidentAlerts::ReviewOverdue);
        QTest::newRow("today: due") << 0 << int(ResidentAlerts::ReviewDue);
        QTest::newRow("in seven days: due") << 7 << int(ResidentAlerts::ReviewDue);
        QTest::newRow("in eight days: not yet") << 8 << 0;
    }
    void carePlanReviewsAreDueAWeekAhead()
    {
        QFETCH(int, daysFromToday);
        QFETCH(int, flags);
        const QDate today(2026, 2, 27);
        QCOMPARE(int(ResidentAlerts::reviewFlags(today.addDays(daysFromToday), today)), flags);
        QCOMPARE(int(ResidentAlerts::reviewFlags(QDate(), today)), 0);
    }

    void assessmentsAreDueThreeDaysAhead_data()
    {
        QTest::addColumn<int>("daysFromToday");
        QTest::addColumn<int>("flags");
        QTest::addColumn<QString>("dueWords");
        QTest::newRow("yesterday: overdue") << -1 << int(ResidentAlerts::AssessmentOverdue) << QString();
        QTest::newRow("today: due today")
            << 0 << int(ResidentAlerts::AssessmentDue) << QStringLiteral("Due today: Waterlow (pressure ulcer risk)");
        QTest::newRow("tomorrow: due tomorrow") << 1 << int(ResidentAlerts::AssessmentDue)
                                                << QStringLiteral("Due tomorrow: Waterlow (pressure ulcer risk)");
        QTest::newRow("in two days: due in 2 days") << 2 << int(ResidentAlerts::AssessmentDue)
                                                    << QStringLiteral("Due in 2 days: Waterlow (pressure ulcer risk)");
        QTest::newRow("in three days: due in 3 days")
            << 3 << int(ResidentAlerts::AssessmentDue)
            << QStringLiteral("Due in 3 days: Waterlow (pressure ulcer risk)");
        QTest::newRow("in four days: not yet") << 4 << 0 << QString();
    }
    void assessmentsAreDueThreeDaysAhead()
    {
        QFETCH(int, daysFromToday);
        QFETCH(int, flags);
        QFETCH(QString, dueWords);
        const QDate today(2026, 2, 27);
        QString overdue;
        QString soon;
        const QString due = QStringLiteral("waterlow=") + today.addDays(daysFromToday).toString(Qt::ISODate);
        QCOMPARE(int(ResidentAlerts::assessmentFlags(due, today, &overdue, &soon)), flags);
        QCOMPARE(overdue, flags == ResidentAlerts::AssessmentOverdue ? QStringLiteral("Waterlow (pressure ulcer risk)")
                                                                     : QString());
        QCOMPARE(soon, dueWords);
        AssessmentDue item;
        item.dueDate = today.addDays(daysFromToday);
        QCOMPARE(item.overdue(today), flags == ResidentAlerts::AssessmentOverdue);
        QCOMPARE(item.dueSoon(today), flags == ResidentAlerts::AssessmentDue);
    }
    void assessmentAlertsNameEachTool()
    {
        const QDate today(2026, 2, 27);
        QString overdue;
        QString soon;
        // As the lists read them, soonest first; an unknown tool or a date that is not one is passed over.
        const QString due = QStringLiteral("falls=2026-01-15,must=2026-02-26,other=2026-02-01,waterlow=2026-02-27,"
                                           "barthel=2026-03-02,news2=tomorrow,abbey_pain=2026-03-03");
        QCOMPARE(int(ResidentAlerts::assessmentFlags(due, today, &overdue, &soon, true)),
                 int(ResidentAlerts::AssessmentOverdue | ResidentAlerts::AssessmentDue));
        QCOMPARE(overdue, QStringLiteral("Falls, MUST"));
        QCOMPARE(soon, QStringLiteral("Due today: Waterlow; Due in 3 days: Barthel"));
        QCOMPARE(ResidentAlerts::words(ResidentAlerts::assessmentFlags(due, today, &overdue, &soon), QString(), overdue,
                                       soon),
                 QStringList({QStringLiteral("Overdue: Falls risk (FRAT), MUST (nutrition)"),
                              QStringLiteral("Due today: Waterlow (pressure ulcer risk); Due in 3 days: Barthel "
                                             "(daily living)")}));
    }

    // Something due today is not "due soon": each list says when, to the day, across the end of a month.
    void dueWhenSaysTheDay_data()
    {
        QTest::addColumn<QDate>("dueDate");
        QTest::addColumn<QString>("words");
        QTest::newRow("yesterday") << QDate(2026, 2, 27) << QStringLiteral("Overdue");
        QTest::newRow("today") << QDate(2026, 2, 28) << QStringLiteral("Due today");
        QTest::newRow("tomorrow, next month") << QDate(2026, 3, 1) << QStringLiteral("Due tomorrow");
        QTest::newRow("in two days") << QDate(2026, 3, 2) << QStringLiteral("Due in 2 days");
        QTest::newRow("in a week") << QDate(2026, 3, 7) << QStringLiteral("Due in 7 days");
    }
    void dueWhenSaysTheDay()
    {
        QFETCH(QDate, dueDate);
        QFETCH(QString, words);
        QCOMPARE(ResidentAlerts::dueWhen(dueDate, QDate(2026, 2, 28)), words);
        // In a list, after the date: "(due today)".
        QCOMPARE(ResidentAlerts::dueNote(dueDate, QDate(2026, 2, 28)),
                 QLatin1Char('(') + words.toLower() + QLatin1Char(')'));
    }
    // "Personal care care plan" was the title of a personal care plan.
    void aCarePlanTitleNamesItsTypeOnce()
    {
        QCOMPARE(CarePlanRecord::title(CarePlanRecord::typeName(QStringLiteral("personal_care")),
                                       QStringLiteral("Ana Núñez")),
                 QStringLiteral("Care plan: Personal care — Ana Núñez"));
    }
    // The trends opened on weight when only NEWS2 had values: they open on the one asked for if it has values, else
    // the first that has in the order weight, BMI, MUST, Waterlow, NEWS2; none when nothing has.
    void trendsOpenOnAMeasureWithValues()
    {
        using Measure = AssessmentTrend::Measure;
        // As an int, -1 for none, for QCOMPARE.
        const auto opening = [](Measure preferred, const QList<Measure> &with) {
            const std::optional<Measure> measure = AssessmentTrend::openingMeasure(
                preferred, [&with](Measure candidate) { return with.contains(candidate); });
            return measure ? int(*measure) : -1;
        };
        QCOMPARE(opening(Measure::Weight, {Measure::News2}), int(Measure::News2));
        QCOMPARE(opening(Measure::Weight, {Measure::Waterlow, Measure::Must}), int(Measure::Must));
        QCOMPARE(opening(Measure::News2, {Measure::Weight, Measure::News2}), int(Measure::News2));
        QCOMPARE(opening(Measure::Waterlow, {Measure::Bmi, Measure::News2}), int(Measure::Bmi));
        QCOMPARE(opening(Measure::Weight, {}), -1);
    }
    void dueGroupsAreInDateOrder()
    {
        const QDate today(2026, 2, 28);
        QCOMPARE(ResidentAlerts::dueGroups({{QDate(2026, 3, 2), QStringLiteral("Barthel")},
                                            {today, QStringLiteral("MUST")},
                                            {QDate(2026, 3, 1), QStringLiteral("Falls")},
                                            {today, QStringLiteral("Waterlow")}},
                                           today),
                 QStringLiteral("Due today: MUST, Waterlow; Due tomorrow: Falls; Due in 2 days: Barthel"));
        QCOMPARE(ResidentAlerts::dueGroups({}, today), QString());
    }

    void alertsAreWords()
    {
        const QDate today(2026, 2, 27);
        QCOMPARE(ResidentAlerts::words(ResidentAlerts::flags(true, QStringLiteral("known"), today.addDays(-3), today),
                                       QStringLiteral("latex, penicillin")),
                 QStringList({QStringLiteral("DNACPR"), QStringLiteral("Allergies: latex, penicillin"),
                              QStringLiteral("Care plan review overdue")}));
        QCOMPARE(ResidentAlerts::words(ResidentAlerts::flags(false, QStringLiteral("none_known"), QDate(), today),
                                       QString()),
                 QStringList());
        QCOMPARE(
            ResidentAlerts::words(ResidentAlerts::flags(false, QStringLiteral("unknown"), today, today), QString()),
            QStringList({QStringLiteral("Allergies not recorded"), QStringLiteral("Care plan review due")}));
    }

    void eventsFitTheStatus()
    {
        QCOMPARE(ResidentStatus::eventsFor(QStringLiteral("discharged")), QStringList{QStringLiteral("admitted")});
        QCOMPARE(ResidentStatus::eventsFor(QStringLiteral("deceased")), QStringList());
        QVERIFY(!ResidentStatus::eventsFor(QStringLiteral("admitted")).contains(QStringLiteral("hospital_return")));
        QCOMPARE(ResidentStatus::eventsFor(QStringLiteral("in_hospital")).first(), QStringLiteral("hospital_return"));
    }
    // Issue 13: fluids are judged against the share of the local day gone (a 23-hour day in March, 25 in October),
    // rounded up; the moment is given, never read from the clock.
    void fluidsAreExpectedByTheShareOfTheDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<int>("expected");
        const QTimeZone london("Europe/London");
        const QDate june(2025, 6, 10);
        QTest::newRow("before the day") << june << QDateTime(june.addDays(-1), QTime(23, 59), london) << 0;
        QTest::newRow("day start") << june << QDateTime(june, QTime(0, 0), london) << 0;
        QTest::newRow("one minute in") << june << QDateTime(june, QTime(0, 1), london) << 2; // 1.04, rounded up
        QTest::newRow("04:00") << june << QDateTime(june, QTime(4, 0), london) << 250;
        QTest::newRow("midday") << june << QDateTime(june, QTime(12, 0), london) << 750;
        QTest::newRow("last minute") << june << QDateTime(june, QTime(23, 59), london) << 1499;
        QTest::newRow("day over") << june << QDateTime(june.addDays(1), QTime(4, 0), london) << 1500;
        // 30 March 2025: 01:00 GMT became 02:00 BST, 23 hours.
        const QDate spring(2025, 3, 30);
        QTest::newRow("23-hour day, 03:00") << spring << QDateTime(spring, QTime(3, 0), london) << 131;   // 2 h of 23
        QTest::newRow("23-hour day, midday") << spring << QDateTime(spring, QTime(12, 0), london) << 718; // 11 of 23
        QTest::newRow("23-hour day, last minute") << spring << QDateTime(spring, QTime(23, 59), london) << 1499;
        // 26 October 2025: 02:00 BST became 01:00 GMT, 25 hours.
        const QDate autumn(2025, 10, 26);
        QTest::newRow("25-hour day, 03:00") << autumn << QDateTime(autumn, QTime(3, 0), london) << 240;   // 4 h of 25
        QTest::newRow("25-hour day, midday") << autumn << QDateTime(autumn, QTime(12, 0), london) << 780; // 13 of 25
        QTest::newRow("25-hour day, last minute") << autumn << QDateTime(autumn, QTime(23, 59), london) << 1499;
        QTest::newRow("25-hour day, as UTC") << autumn << QDateTime(autumn, QTime(12, 0), Qt::UTC) << 780;
    }
    void fluidsAreExpectedByTheShareOfTheDay()
    {
        QFETCH(QDate, day);
        QFETCH(QDateTime, moment);
        QFETCH(int, expected);
        const QTimeZone london("Europe/London");
        QVERIFY(london.isValid());
        QCOMPARE(FluidExpectation::expectedBy(1500, day, moment, london), expected);
        QCOMPARE(FluidExpectation::expectedBy(0, day, moment, london), 0);
    }
    void fluidsAreLowBelowHalfOfWhatIsExpected()
    {
        const QTimeZone london("Europe/London");
        const QDate day(2025, 6, 10);
        const QDateTime midday(day, QTime(12, 0), london);
        QVERIFY(FluidExpectation::isLow(374, 1500, day, midday, london));
        QVERIFY(!FluidExpectation::isLow(375, 1500, day, midday, london));
        // At midnight nothing is expected yet, and without a target nothing is low.
        QVERIFY(!FluidExpectation::isLow(0, 1500, day, QDateTime(day, QTime(0, 0), london), london));
        QVERIFY(!FluidExpectation::isLow(0, 0, day, midday, london));
        // 04:00: a sixth of the target is expected, not the whole of it.
        QVERIFY(!FluidExpectation::isLow(150, 1500, day, QDateTime(day, QTime(4, 0), london), london));
        QVERIFY(FluidExpectation::isLow(124, 1500, day, QDateTime(day, QTime(4, 0), london), london));
    }

    // Issue 13: "Needs attention" by clinical urgency, not by room.
    void theHandoverPutsTheSickestFirst()
    {
        const auto news2 = [](int total, bool singleThree) {
            News2Result result;
            result.parts = {{News2Result::Parameter::RespirationRate, singleThree ? 3 : 0}};
            result.total = total;
            return result;
        };
        QList<HandoverResident> residents;
        const auto add = [&residents](const char *room) {
            HandoverResident resident;
            resident.room = QString::fromLatin1(room);
            residents.append(resident);
            return &residents.last();
        };
        add("1")->fluidsLow = true;
        HandoverResident *escalatedSix = add("2");
        escalatedSix->news2Result = news2(6, false);
        escalatedSix->escalated = true;
        HandoverResident *seven = add("3");
        seven->news2Result = news2(7, false);
        seven->escalated = true;
        add("4")->highRiskResults = {QStringLiteral("MUST: High risk (score 3)")};
        add("5")->missing = QStringLiteral("Continence");
        add("6")->news2Result = news2(3, true);
        add("7")->news2Result = news2(2, false);
        add("8")->news2Result = news2(0, false); // observations all normal: nothing to hand over
        add("9")->news2Result = news2(6, false); // NOT escalated: before the escalated 6
        add("10")->news2Result = news2(5, false);
        QCOMPARE(int(HandoverPriority::level(residents.at(5))), int(HandoverPriority::Level::News2LowMedium));
        QCOMPARE(int(HandoverPriority::level(residents.at(7))), int(HandoverPriority::Level::None));
        QStringList rooms;
        for (const int index : HandoverPriority::attentionOrder(residents))
            rooms.append(residents.at(index).room);
        QCOMPARE(rooms, QStringLiteral("3 9 2 10 6 7 4 1 5").split(QLatin1Char(' ')));
    }
    // Issue 13: dates are typed as dd/mm/yyyy, with or without separators, and nothing else is taken for a date.
    void aTypedDateIsDayMonthYear_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date"); // invalid: refused
        const QDate march12(1938, 3, 12);
        QTest::newRow("digits") << QStringLiteral("12031938") << march12;
        QTest::newRow("slashes") << QStringLiteral("12/03/1938") << march12;
        QTest::newRow("hyphens") << QStringLiteral("12-03-1938") << march12;
        QTest::newRow("dots, one-digit month") << QStringLiteral("12.3.1938") << march12;
        QTest::newRow("spaces") << QStringLiteral(" 12 3 1938 ") << march12;
        QTest::newRow("one-digit day") << QStringLiteral("2/4/1938") << QDate(1938, 4, 2);
        QTest::newRow("29 February of a leap year") << QStringLiteral("29/02/1940") << QDate(1940, 2, 29);
        QTest::newRow("29 February otherwise") << QStringLiteral("29/02/1938") << QDate();
        QTest::newRow("31 February") << QStringLiteral("31/02/1938") << QDate();
        QTest::newRow("zeros") << QStringLiteral("00/00/0000") << QDate();
        QTest::newRow("zeros, no separators") << QStringLiteral("00000000") << QDate();
        QTest::newRow("month 13") << QStringLiteral("12/13/1938") << QDate();
        QTest::newRow("two-digit year") << QStringLiteral("12/03/38") << QDate();
        QTest::newRow("six digits") << QStringLiteral("120338") << QDate();
        QTest::newRow("seven digits") << QStringLiteral("1231938") << QDate();
        QTest::newRow("year first") << QStringLiteral("1938-03-12") << QDate();
        QTest::newRow("words") << QStringLiteral("12 March 1938") << QDate();
        QTest::newRow("what the old field made of it") << QStringLiteral("not recordedy1942") << QDate();
        QTest::newRow("empty") << QString() << QDate();
        QTest::newRow("before the minimum") << QStringLiteral("31/12/1879") << QDate();
        QTest::newRow("the minimum") << QStringLiteral("01/01/1880") << QDate(1880, 1, 1);
        QTest::newRow("the maximum (today)") << QStringLiteral("26/11/2026") << QDate(2026, 11, 26);
        QTest::newRow("a birth date in the future") << QStringLiteral("27/11/2026") << QDate();
    }
    void aTypedDateIsDayMonthYear()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        QCOMPARE(DateText::fromTyped(typed, QDate(1880, 1, 1), QDate(2026, 11, 26)), date);
        if (date.isValid())
            QCOMPARE(DateText::fromTyped(DateText::typed(date), QDate(1880, 1, 1), QDate(2026, 11, 26)), date);
    }
    void aDateReadsBackAsTyped()
    {
        QCOMPARE(DateText::typed(QDate(1938, 3, 12)), QStringLiteral("12/03/1938"));
        QCOMPARE(DateText::typed(QDate()), QString());
    }
};

QTEST_GUILESS_MAIN(TestDomainRules)
#include "TestDomainRules.moc"
