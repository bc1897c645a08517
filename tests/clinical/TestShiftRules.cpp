// Pure domain rules of shift notes, to every boundary: NEWS2 (RCP 2017), shift times, note validation.

#include "clinical/News2.h"
#include "clinical/ShiftPattern.h"
#include "shiftnotes/DailyNote.h"

#include <QTest>

class TestShiftRules : public QObject
{
    Q_OBJECT

private:
    // Each parameter's band edges: the value just below, at and just above each threshold, and its points.
    using Points = QList<QPair<int, int>>;
    static void addRows(const char *name, const Points &points)
    {
        for (const auto &[value, expected] : points)
            QTest::addRow("%s %d", name, value) << value << expected;
    }

    static VitalSigns normal()
    {
        VitalSigns signs;
        signs.respirationRate = 16;
        signs.oxygenSaturation = 97;
        signs.onOxygen = false;
        signs.systolicPressure = 130;
        signs.pulse = 70;
        signs.consciousness = VitalSigns::Consciousness::Alert;
        signs.temperature = 36.8;
        return signs;
    }

private slots:
    void respiration_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("points");
        addRows("rate", {{0, 3}, {8, 3}, {9, 1}, {11, 1}, {12, 0}, {20, 0}, {21, 2}, {24, 2}, {25, 3}, {60, 3}});
    }
    void respiration()
    {
        QFETCH(int, value);
        QFETCH(int, points);
        QCOMPARE(News2::respirationPoints(value), points);
    }

    void scale1_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("points");
        addRows("SpO2", {{70, 3}, {91, 3}, {92, 2}, {93, 2}, {94, 1}, {95, 1}, {96, 0}, {100, 0}});
    }
    void scale1()
    {
        QFETCH(int, value);
        QFETCH(int, points);
        QCOMPARE(News2::scale1Points(value), points);
    }

    void scale2_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("onOxygen");
        QTest::addColumn<int>("points");
        for (const bool oxygen : {false, true}) {
            const char *how = oxygen ? "on oxygen" : "on air";
            QTest::addRow("83 %s", how) << 83 << oxygen << 3;
            QTest::addRow("84 %s", how) << 84 << oxygen << 2;
            QTest::addRow("85 %s", how) << 85 << oxygen << 2;
            QTest::addRow("86 %s", how) << 86 << oxygen << 1;
            QTest::addRow("87 %s", how) << 87 << oxygen << 1;
            QTest::addRow("88 %s", how) << 88 << oxygen << 0;
            QTest::addRow("92 %s", how) << 92 << oxygen << 0;
        }
        QTest::newRow("93 on air") << 93 << false << 0;
        QTest::newRow("100 on air") << 100 << false << 0;
        QTest::newRow("93 on oxygen") << 93 << true << 1;
        QTest::newRow("94 on oxygen") << 94 << true << 1;
        QTest::newRow("95 on oxygen") << 95 << true << 2;
        QTest::newRow("96 on oxygen") << 96 << true << 2;
        QTest::newRow("97 on oxygen") << 97 << true << 3;
        QTest::newRow("100 on oxygen") << 100 << true << 3;
    }
    void scale2()
    {
        QFETCH(int, value);
        QFETCH(bool, onOxygen);
        QFETCH(int, points);
        QCOMPARE(News2::scale2Points(value, onOxygen), points);
    }

    void systolic_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("points");
        addRows("systolic", {{60, 3}, {90, 3}, {91, 2}, {100, 2}, {101, 1}, {110, 1}, {111, 0}, {219, 0}, {220, 3}});
    }
    void systolic()
    {
        QFETCH(int, value);
        QFETCH(int, points);
        QCOMPARE(News2::systolicPoints(value), points);
    }

    void pulse_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("points");
        addRows("pulse", {{30, 3},
                          {40, 3},
                          {41, 1},
                          {50, 1},
                          {51, 0},
                          {90, 0},
                          {91, 1},
                          {110, 1},
                          {111, 2},
                          {130, 2},
                          {131, 3},
                          {180, 3}});
    }
    void pulse()
    {
        QFETCH(int, value);
        QFETCH(int, points);
        QCOMPARE(News2::pulsePoints(value), points);
    }

    void temperature_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("points");
        QTest::newRow("34.0") << 34.0 << 3;
        QTest::newRow("35.0") << 35.0 << 3;
        QTest::newRow("35.1") << 35.1 << 1;
        QTest::newRow("36.0") << 36.0 << 1;
        QTest::newRow("36.04 reads 36.0") << 36.04 << 1;
        QTest::newRow("36.1") << 36.1 << 0;
        QTest::newRow("38.0") << 38.0 << 0;
        QTest::newRow("38.1") << 38.1 << 1;
        QTest::newRow("39.0") << 39.0 << 1;
        QTest::newRow("39.1") << 39.1 << 2;
        QTest::newRow("41.0") << 41.0 << 2;
        // Between two of the chart's bands (written in tenths): the higher-risk one, never the nearer tenth.
        QTest::newRow("35.04") << 35.04 << 3;
        QTest::newRow("35.05") << 35.05 << 3;
        QTest::newRow("35.06") << 35.06 << 3;
        QTest::newRow("35.09") << 35.09 << 3;
        QTest::newRow("36.06") << 36.06 << 1;
        QTest::newRow("36.09") << 36.09 << 1;
        QTest::newRow("38.01") << 38.01 << 1;
        QTest::newRow("38.04") << 38.04 << 1;
        QTest::newRow("39.01") << 39.01 << 2;
        QTest::newRow("39.04") << 39.04 << 2;
    }
    void temperature()
    {
        QFETCH(double, value);
        QFETCH(int, points);
        QCOMPARE(News2::temperaturePoints(value), points);
    }

    void consciousnessAndOxygen()
    {
        QCOMPARE(News2::consciousnessPoints(VitalSigns::Consciousness::Alert), 0);
        QCOMPARE(News2::consciousnessPoints(VitalSigns::Consciousness::NewConfusion), 3);
        QCOMPARE(News2::consciousnessPoints(VitalSigns::Consciousness::Voice), 3);
        QCOMPARE(News2::consciousnessPoints(VitalSigns::Consciousness::Pain), 3);
        QCOMPARE(News2::consciousnessPoints(VitalSigns::Consciousness::Unresponsive), 3);
        QCOMPARE(News2::airOrOxygenPoints(false), 0);
        QCOMPARE(News2::airOrOxygenPoints(true), 2);
    }

    void aggregatesAndRisk_data()
    {
        QTest::addColumn<int>("respiration");
        QTest::addColumn<int>("pulse");
        QTest::addColumn<double>("temperature");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("risk");
        QTest::addColumn<bool>("escalate");
        using R = News2Result::Risk;
        QTest::newRow("all normal: 0, low") << 16 << 70 << 36.8 << 0 << int(R::Low) << false;
        QTest::newRow("4 without a 3: low") << 22 << 115 << 36.8 << 4 << int(R::Low) << false;
        QTest::newRow("3 in one parameter: low-medium") << 25 << 70 << 36.8 << 3 << int(R::LowMedium) << true;
        QTest::newRow("5: medium") << 22 << 115 << 38.5 << 5 << int(R::Medium) << true;
        QTest::newRow("6: medium") << 22 << 115 << 39.5 << 6 << int(R::Medium) << true;
        QTest::newRow("6 with a 3 in it: medium") << 25 << 115 << 38.5 << 6 << int(R::Medium) << true;
        QTest::newRow("8: high") << 25 << 131 << 39.5 << 8 << int(R::High) << true;
        QTest::newRow("7 exactly: high") << 25 << 115 << 39.5 << 7 << int(R::High) << true;
    }
    void aggregatesAndRisk()
    {
        QFETCH(int, respiration);
        QFETCH(int, pulse);
        QFETCH(double, temperature);
        QFETCH(int, total);
        QFETCH(int, risk);
        QFETCH(bool, escalate);
        VitalSigns signs = normal();
        signs.respirationRate = respiration;
        signs.pulse = pulse;
        signs.temperature = temperature;
        const News2Result result = News2::score(signs);
        QVERIFY(result.complete());
        QCOMPARE(result.total, total);
        QCOMPARE(int(result.risk()), risk);
        QCOMPARE(result.needsEscalation(), escalate);
    }

    void oxygenAddsTwoAndScale2ScoresTheTarget()
    {
        VitalSigns signs = normal();
        signs.onOxygen = true;
        QCOMPARE(News2::score(signs).total, 2); // 97 % on scale 1 scores 0, oxygen 2
        signs.oxygenScale = 2;
        QCOMPARE(News2::score(signs).total, 5); // 97 % on oxygen on scale 2 scores 3
        signs.oxygenSaturation = 90;
        QCOMPARE(News2::score(signs).total, 2); // within the 88-92 target
    }

    void missingParametersLeaveTheScoreIncomplete()
    {
        VitalSigns signs;
        signs.pulse = 135;
        const News2Result result = News2::score(signs);
        QVERIFY(!result.complete());
        QCOMPARE(result.total, 3);
        QCOMPARE(result.missing.size(), 6);
        QVERIFY(result.needsEscalation()); // a 3 is a 3 whatever is missing
        QCOMPARE(News2::summary(result),
                 QStringLiteral("NEWS2 incomplete: not taken: respiration rate, SpO2, air or oxygen, systolic blood "
                                "pressure, consciousness, temperature; already 3 in one parameter: escalate"));
        QCOMPARE(News2::responseText(result),
                 QStringLiteral("Urgent review: tell the nurse in charge now; observations at least every hour."));
        VitalSigns scale2 = normal();
        scale2.oxygenScale = 2;
        scale2.onOxygen.reset();
        const News2Result unknownOxygen = News2::score(scale2);
        QVERIFY(unknownOxygen.missing.contains(News2Result::Parameter::OxygenSaturation));
        QVERIFY(unknownOxygen.missing.contains(News2Result::Parameter::AirOrOxygen));
        QCOMPARE(News2::summary(News2::score(normal())), QStringLiteral("NEWS2 0, low risk"));
    }

    // Issue 13: parameters missing never read as reassurance. No band, no routine advice; a trigger the parameters
    // taken already reach is said in full (the sum can only rise when the rest is taken).
    void incompleteObservationsNeverReassure()
    {
        const QString take =
            QStringLiteral("Take the missing observations now: without them the score and the response are not known.");
        const News2Result nothing = News2::score(VitalSigns());
        QCOMPARE(nothing.total, 0);
        QCOMPARE(News2::summary(nothing),
                 QStringLiteral("NEWS2 incomplete: not taken: respiration rate, SpO2, air or oxygen, systolic blood "
                                "pressure, pulse, consciousness, temperature"));
        QCOMPARE(News2::responseText(nothing), take);

        VitalSigns partial = normal();
        partial.pulse.reset();
        partial.temperature.reset();
        const News2Result zero = News2::score(partial);
        QCOMPARE(zero.total, 0);
        QCOMPARE(News2::summary(zero), QStringLiteral("NEWS2 incomplete: not taken: pulse, temperature"));
        QCOMPARE(News2::responseText(zero), take);

        partial.respirationRate = 22;   // 2
        partial.systolicPressure = 105; // 1
        const News2Result three = News2::score(partial);
        QCOMPARE(three.total, 3);
        QVERIFY(!three.needsEscalation());
        QCOMPARE(News2::summary(three), QStringLiteral("NEWS2 incomplete: not taken: pulse, temperature"));
        QCOMPARE(News2::responseText(three), take);

        partial.oxygenSaturation = 93; // 2: 5 in all
        const News2Result five = News2::score(partial);
        QVERIFY(five.needsEscalation());
        QCOMPARE(
            News2::summary(five),
            QStringLiteral("NEWS2 incomplete: not taken: pulse, temperature; already 5 from those taken: escalate"));
        QCOMPARE(News2::responseText(five),
                 QStringLiteral("Urgent response: tell the nurse in charge and contact the GP or 111 now; observations "
                                "at least every hour."));

        partial.respirationRate = 25;  // 3: 6, with a 3 in it
        partial.systolicPressure = 95; // 2: 7
        const News2Result seven = News2::score(partial);
        QCOMPARE(seven.total, 7);
        QCOMPARE(News2::responseText(seven),
                 QStringLiteral("Emergency response: call 999 or the emergency team now, and monitor continuously."));
        for (const News2Result &result : {nothing, zero, three, five, seven}) {
            QVERIFY(!News2::summary(result).contains(QStringLiteral("risk")));
            QVERIFY(!News2::responseText(result).contains(QStringLiteral("Routine")));
            QVERIFY(!News2::responseText(result).contains(QStringLiteral("4 to 6 hours")));
        }
    }

    void currentShift_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QString>("shift");
        QTest::addColumn<QDate>("date");
        const QDate day(2026, 11, 26);
        QTest::newRow("06:59: last night's") << QDateTime(day, QTime(6, 59)) << "night" << day.addDays(-1);
        QTest::newRow("07:00: early begins") << QDateTime(day, QTime(7, 0)) << "early" << day;
        QTest::newRow("07:29: early (night still ending)") << QDateTime(day, QTime(7, 29)) << "early" << day;
        QTest::newRow("13:59: early") << QDateTime(day, QTime(13, 59)) << "early" << day;
        QTest::newRow("14:00: late begins") << QDateTime(day, QTime(14, 0)) << "late" << day;
        QTest::newRow("20:59: late") << QDateTime(day, QTime(20, 59)) << "late" << day;
        QTest::newRow("21:00: night begins") << QDateTime(day, QTime(21, 0)) << "night" << day;
        QTest::newRow("23:59: night") << QDateTime(day, QTime(23, 59)) << "night" << day;
        QTest::newRow("00:00: night of the day before") << QDateTime(day, QTime(0, 0)) << "night" << day.addDays(-1);
        QTest::newRow("new year's night")
            << QDateTime(QDate(2027, 1, 1), QTime(3, 0)) << "night" << QDate(2026, 12, 31);
    }
    void currentShift()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QString, shift);
        QFETCH(QDate, date);
        const ShiftOccurrence current = ShiftPattern::standard().current(moment);
        QCOMPARE(current.shift, shift);
        QCOMPARE(current.date, date);
    }

    void handoversHaveTwoShifts()
    {
        const ShiftPattern pattern = ShiftPattern::standard();
        const QDate day(2026, 11, 26);
        const QList<ShiftOccurrence> atSeven = pattern.containing(QDateTime(day, QTime(7, 15)));
        QCOMPARE(atSeven.size(), 2);
        QCOMPARE(atSeven.at(0).shift, QStringLiteral("night"));
        QCOMPARE(atSeven.at(0).date, day.addDays(-1));
        QCOMPARE(atSeven.at(1).shift, QStringLiteral("early"));
        QCOMPARE(pattern.containing(QDateTime(day, QTime(7, 30))).size(), 1); // the night ends at 07:30
        QCOMPARE(pattern.containing(QDateTime(day, QTime(14, 29))).size(), 2);
        QCOMPARE(pattern.containing(QDateTime(day, QTime(14, 30))).size(), 1);
    }

    void shiftsInOrder()
    {
        const ShiftPattern pattern = ShiftPattern::standard();
        const ShiftOccurrence early = pattern.occurrence(QStringLiteral("early"), QDate(2026, 11, 26));
        QCOMPARE(early.starts, QDateTime(QDate(2026, 11, 26), QTime(7, 0)));
        QCOMPARE(early.ends, QDateTime(QDate(2026, 11, 26), QTime(14, 30)));
        const ShiftOccurrence night = pattern.previous(early);
        QCOMPARE(night.shift, QStringLiteral("night"));
        QCOMPARE(night.date, QDate(2026, 11, 25));
        QCOMPARE(night.ends, QDateTime(QDate(2026, 11, 26), QTime(7, 30)));
        QCOMPARE(pattern.next(night), early);
        QCOMPARE(pattern.next(early).shift, QStringLiteral("late"));
        // A long-day pattern: day 08:00-20:00, night 20:00-08:00, no overlap.
        const ShiftPattern longDays(
            {{QStringLiteral("night"), QTime(20, 0), QTime(8, 0)}, {QStringLiteral("day"), QTime(8, 0), QTime(20, 0)}});
        QCOMPARE(longDays.current(QDateTime(QDate(2026, 11, 26), QTime(7, 59))).date, QDate(2026, 11, 25));
        QCOMPARE(longDays.current(QDateTime(QDate(2026, 11, 26), QTime(8, 0))).shift, QStringLiteral("day"));
        QCOMPARE(longDays.shifts().first().shift, QStringLiteral("day")); // sorted by start
    }

    void shiftTimesMustCoverTheDay()
    {
        const Result<> standard = ShiftPattern::check(ShiftPattern::standard().shifts());
        QCOMPARE(standard.outcome, Outcome::Done);
        QCOMPARE(standard.message, QString());
        QVERIFY(standard.ok());
        const auto at = [](int hour, int minute) {
            return QTime(hour, minute);
        };
        // Long days, end to end: covered, no overlap needed.
        const Result<> longDays = ShiftPattern::check(
            {{QStringLiteral("day"), at(8, 0), at(20, 0)}, {QStringLiteral("night"), at(20, 0), at(8, 0)}});
        QCOMPARE(longDays.outcome, Outcome::Done);
        QCOMPARE(longDays.message, QString());
        const Result<> noLength = ShiftPattern::check(
            {{QStringLiteral("day"), at(8, 0), at(20, 0)}, {QStringLiteral("night"), at(20, 0), at(20, 0)}});
        QCOMPARE(noLength.outcome, Outcome::Refused);
        QCOMPARE(noLength.message,
                 QStringLiteral("The night shift starts and ends at the same time: correct its end time."));
        QCOMPARE(noLength.field, QStringLiteral("night"));
        const Result<> gap = ShiftPattern::check({{QStringLiteral("early"), at(7, 0), at(14, 0)},
                                                  {QStringLiteral("late"), at(14, 1), at(21, 30)},
                                                  {QStringLiteral("night"), at(21, 0), at(7, 30)}});
        QCOMPARE(gap.outcome, Outcome::Refused);
        QCOMPARE(gap.message, QStringLiteral("No shift is on from 14:00 to 14:01: change the times so that one always "
                                             "is (an overlap is a handover)."));
        QCOMPARE(gap.field, QString()); // between shifts, not one shift's times
        // The gap over midnight is named from the evening.
        const Result<> overnight = ShiftPattern::check({{QStringLiteral("early"), at(7, 0), at(14, 30)},
                                                        {QStringLiteral("late"), at(14, 0), at(21, 30)},
                                                        {QStringLiteral("night"), at(21, 0), at(23, 0)}});
        QCOMPARE(overnight.outcome, Outcome::Refused);
        QCOMPARE(overnight.message, QStringLiteral("No shift is on from 23:00 to 07:00: change the times so that one "
                                                   "always is (an overlap is a handover)."));
        QCOMPARE(overnight.field, QString());
        const Result<> none = ShiftPattern::check({});
        QCOMPARE(none.outcome, Outcome::Refused);
        QCOMPARE(none.message, QStringLiteral("A care home needs at least one shift."));
        QCOMPARE(none.field, QString());
    }

    void noteProblems_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::newRow("pulse -5") << "pulse" << -5.0 << "pulse";
        QTest::newRow("pulse 19") << "pulse" << 19.0 << "pulse";
        QTest::newRow("pulse 20") << "pulse" << 20.0 << "";
        QTest::newRow("pulse 250") << "pulse" << 250.0 << "";
        QTest::newRow("pulse 251") << "pulse" << 251.0 << "pulse";
        QTest::newRow("temperature 24.9") << "temperature" << 24.9 << "temperature";
        QTest::newRow("temperature 45.0") << "temperature" << 45.0 << "";
        QTest::newRow("weight 900") << "weight_kg" << 900.0 << "weight_kg";
        QTest::newRow("SpO2 101") << "spo2" << 101.0 << "spo2";
        QTest::newRow("Bristol 0") << "bowels_bristol" << 0.0 << "bowels_bristol";
        QTest::newRow("Bristol 7") << "bowels_bristol" << 7.0 << "";
        QTest::newRow("Bristol 3.5") << "bowels_bristol" << 3.5 << "bowels_bristol";
        // Issue 13: a fraction of a whole-number reading is refused, never rounded into a band.
        QTest::newRow("pulse 130.5") << "pulse" << 130.5 << "pulse";
        QTest::newRow("SpO2 91.5") << "spo2" << 91.5 << "spo2";
        QTest::newRow("respiration 20.4") << "respiration_rate" << 20.4 << "respiration_rate";
        QTest::newRow("systolic 90.5") << "systolic" << 90.5 << "systolic";
        QTest::newRow("temperature 38.05") << "temperature" << 38.05 << "";
    }
    void noteProblems()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, field);
        const QDateTime now(QDate(2026, 11, 26), QTime(10, 0));
        DailyNote note;
        note.occurredAt = now.addSecs(-600);
        note.observations.insert(key, value);
        const Result<> checked = DailyNote::check(note, now);
        QCOMPARE(checked.field, field);
        QCOMPARE(checked.message.isEmpty(), field.isEmpty());
        QCOMPARE(checked.outcome, field.isEmpty() ? Outcome::Done : Outcome::Refused);
    }

    void notesNeedContentATimeAndAReason()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(10, 0));
        DailyNote note;
        note.occurredAt = now;
        QCOMPARE(DailyNote::check(note, now).message,
                 QStringLiteral("The note is empty: record the care given, an observation or a few words of "
                                "narrative."));
        note.narrative = QStringLiteral("Settled afternoon.");
        note.occurredAt = now.addSecs(11 * 60);
        const Result<> future = DailyNote::check(note, now);
        QVERIFY(!future.message.isEmpty());
        QCOMPARE(future.outcome, Outcome::Refused);
        QCOMPARE(future.field, QStringLiteral("occurred_at"));
        note.occurredAt = now.addSecs(10 * 60);
        QCOMPARE(DailyNote::check(note, now).message, QString());
        QCOMPARE(DailyNote::check(note, now).outcome, Outcome::Done);
        note.correctsId = DailyNote::newId();
        note.correctionReason = QStringLiteral("  ");
        QCOMPARE(DailyNote::check(note, now).field, QStringLiteral("correction_reason"));
        note.observations = {{QStringLiteral("systolic"), 120}, {QStringLiteral("diastolic"), 120}};
        QCOMPARE(DailyNote::check(note, now).field, QStringLiteral("diastolic"));
        note.observations = {};
        note.careDelivered = {{QStringLiteral("drinking"), QJsonObject{{QStringLiteral("ml"), 0}}}};
        QCOMPARE(DailyNote::check(note, now).field, QStringLiteral("drinking"));
    }

    void summaryReadsAsARoutineNote()
    {
        DailyNote note;
        note.careDelivered = {
            {QStringLiteral("personal_care"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Assisted with wash")}}},
            {QStringLiteral("eating"), QJsonObject{{QStringLiteral("meal"), QStringLiteral("lunch")},
                                                   {QStringLiteral("portion"), QStringLiteral("three_quarters")}}},
            {QStringLiteral("drinking"),
             QJsonObject{{QStringLiteral("ml"), 200}, {QStringLiteral("text"), QStringLiteral("tea")}}}};
        note.observations = {
            {QStringLiteral("systolic"), 128}, {QStringLiteral("diastolic"), 76}, {QStringLiteral("pulse"), 72}};
        QCOMPARE(note.summary(), QStringLiteral("Personal care: Assisted with wash. Eating: lunch, three quarters "
                                                "eaten. Drinking: 200 ml, tea. Observations: Pulse 72/min, Blood "
                                                "pressure 128/76 mmHg."));
        QCOMPARE(note.fluidMillilitres(), 200);
        const DailyNote again = DailyNote::fromJson(note.toJson());
        QCOMPARE(again.careDelivered, note.careDelivered);
        QCOMPARE(again.observations, note.observations);
    }
};

QTEST_GUILESS_MAIN(TestShiftRules)
#include "TestShiftRules.moc"
