// NEWS2 as an assessment: the same score as News2::score on the same readings.
// Every measurement and date is made up.

#include "AssessmentAnswers.h"
#include "AssessmentChecks.h"
#include "clinical/AssessmentTools.h"
#include "clinical/News2.h"

#include <QTest>

namespace {

using Answers = AssessmentAnswers;

// NEWS2 with every parameter scoring 0 on scale 1.
Answers news2Normal()
{
    return Answers()
        .set("respiration_rate", 16)
        .set("spo2_scale", "1")
        .set("spo2", 97)
        .set("oxygen", "air")
        .set("systolic", 130)
        .set("pulse", 70)
        .set("consciousness", "A")
        .set("temperature", 37.0);
}

// The same readings as the shift note's observations would hold them, for News2::score directly.
VitalSigns vitalSigns(const QJsonObject &answers)
{
    VitalSigns signs;
    signs.respirationRate = qRound(answers.value(QStringLiteral("respiration_rate")).toDouble());
    signs.oxygenScale = answers.value(QStringLiteral("spo2_scale")).toString() == QLatin1String("2") ? 2 : 1;
    signs.oxygenSaturation = qRound(answers.value(QStringLiteral("spo2")).toDouble());
    signs.onOxygen = answers.value(QStringLiteral("oxygen")).toString() == QLatin1String("oxygen");
    signs.systolicPressure = qRound(answers.value(QStringLiteral("systolic")).toDouble());
    signs.pulse = qRound(answers.value(QStringLiteral("pulse")).toDouble());
    const QString level = answers.value(QStringLiteral("consciousness")).toString();
    signs.consciousness = level == QLatin1String("A")   ? VitalSigns::Consciousness::Alert
                          : level == QLatin1String("C") ? VitalSigns::Consciousness::NewConfusion
                          : level == QLatin1String("V") ? VitalSigns::Consciousness::Voice
                          : level == QLatin1String("P") ? VitalSigns::Consciousness::Pain
                                                        : VitalSigns::Consciousness::Unresponsive;
    signs.temperature = answers.value(QStringLiteral("temperature")).toDouble();
    return signs;
}

} // namespace

class TestNews2Assessment : public QObject
{
    Q_OBJECT

private slots:
    void news2Scores_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("band");
        QTest::addColumn<int>("riskLevel");
        const QString low = QStringLiteral("low");
        const QString lowMedium = QStringLiteral("low_medium");
        const QString medium = QStringLiteral("medium");
        const QString high = QStringLiteral("high");
        const auto reading = [](const char *key, double value) {
            return QJsonObject(news2Normal().set(key, value));
        };
        QTest::newRow("all normal") << QJsonObject(news2Normal()) << 0 << low << 0;
        QTest::newRow("temperature 35.0") << reading("temperature", 35.0) << 3 << lowMedium << 1;
        QTest::newRow("temperature 35.1") << reading("temperature", 35.1) << 1 << low << 0;
        QTest::newRow("temperature 36.0") << reading("temperature", 36.0) << 1 << low << 0;
        QTest::newRow("temperature 36.1") << reading("temperature", 36.1) << 0 << low << 0;
        QTest::newRow("temperature 38.0") << reading("temperature", 38.0) << 0 << low << 0;
        QTest::newRow("temperature 38.1") << reading("temperature", 38.1) << 1 << low << 0;
        QTest::newRow("temperature 39.0") << reading("temperature", 39.0) << 1 << low << 0;
        QTest::newRow("temperature 39.1") << reading("temperature", 39.1) << 2 << low << 0;
        QTest::newRow("respiration 8") << reading("respiration_rate", 8) << 3 << lowMedium << 1;
        QTest::newRow("respiration 9") << reading("respiration_rate", 9) << 1 << low << 0;
        QTest::newRow("respiration 11") << reading("respiration_rate", 11) << 1 << low << 0;
        QTest::newRow("respiration 12") << reading("respiration_rate", 12) << 0 << low << 0;
        QTest::newRow("respiration 20") << reading("respiration_rate", 20) << 0 << low << 0;
        QTest::newRow("respiration 21") << reading("respiration_rate", 21) << 2 << low << 0;
        QTest::newRow("respiration 24") << reading("respiration_rate", 24) << 2 << low << 0;
        QTest::newRow("respiration 25") << reading("respiration_rate", 25) << 3 << lowMedium << 1;
        QTest::newRow("scale 1, SpO2 91") << reading("spo2", 91) << 3 << lowMedium << 1;
        QTest::newRow("scale 1, SpO2 92") << reading("spo2", 92) << 2 << low << 0;
        QTest::newRow("scale 1, SpO2 93") << reading("spo2", 93) << 2 << low << 0;
        QTest::newRow("scale 1, SpO2 94") << reading("spo2", 94) << 1 << low << 0;
        QTest::newRow("scale 1, SpO2 95") << reading("spo2", 95) << 1 << low << 0;
        QTest::newRow("scale 1, SpO2 96") << reading("spo2", 96) << 0 << low << 0;
        QTest::newRow("scale 1, SpO2 88") << reading("spo2", 88) << 3 << lowMedium << 1;
        QTest::newRow("scale 1, oxygen") << QJsonObject(news2Normal().set("oxygen", "oxygen")) << 2 << low << 0;
        QTest::newRow("systolic 90") << reading("systolic", 90) << 3 << lowMedium << 1;
        QTest::newRow("systolic 91") << reading("systolic", 91) << 2 << low << 0;
        QTest::newRow("systolic 100") << reading("systolic", 100) << 2 << low << 0;
        QTest::newRow("systolic 101") << reading("systolic", 101) << 1 << low << 0;
        QTest::newRow("systolic 110") << reading("systolic", 110) << 1 << low << 0;
        QTest::newRow("systolic 111") << reading("systolic", 111) << 0 << low << 0;
        QTest::newRow("systolic 219") << reading("systolic", 219) << 0 << low << 0;
        QTest::newRow("systolic 220") << reading("systolic", 220) << 3 << lowMedium << 1;
        QTest::newRow("pulse 20, the lowest accepted") << reading("pulse", 20) << 3 << lowMedium << 1;
        QTest::newRow("pulse 40") << reading("pulse", 40) << 3 << lowMedium << 1;
        QTest::newRow("pulse 41") << reading("pulse", 41) << 1 << low << 0;
        QTest::newRow("pulse 50") << reading("pulse", 50) << 1 << low << 0;
        QTest::newRow("pulse 51") << reading("pulse", 51) << 0 << low << 0;
        QTest::newRow("pulse 90") << reading("pulse", 90) << 0 << low << 0;
        QTest::newRow("pulse 91") << reading("pulse", 91) << 1 << low << 0;
        QTest::newRow("pulse 110") << reading("pulse", 110) << 1 << low << 0;
        QTest::newRow("pulse 111") << reading("pulse", 111) << 2 << low << 0;
        QTest::newRow("pulse 130") << reading("pulse", 130) << 2 << low << 0;
        QTest::newRow("pulse 131") << reading("pulse", 131) << 3 << lowMedium << 1;
        QTest::newRow("pulse 250, the highest accepted") << reading("pulse", 250) << 3 << lowMedium << 1;
        for (const char *level : {"C", "V", "P", "U"}) {
            QTest::addRow("consciousness %s", level)
                << QJsonObject(news2Normal().set("consciousness", level)) << 3 << lowMedium << 1;
        }
        // Totals, and the single 3 that counts only below 5.
        QTest::newRow("4: respiration 21, pulse 111")
            << QJsonObject(news2Normal().set("respiration_rate", 21).set("pulse", 111)) << 4 << low << 0;
        QTest::newRow("4 with a single 3: new confusion, temperature 35.5")
            << QJsonObject(news2Normal().set("consciousness", "C").set("temperature", 35.5)) << 4 << lowMedium << 1;
        QTest::newRow("5: respiration 21, pulse 111, temperature 38.1")
            << QJsonObject(news2Normal().set("respiration_rate", 21).set("pulse", 111).set("temperature", 38.1)) << 5
            << medium << 2;
        QTest::newRow("5 with a single 3: new confusion, respiration 21")
            << QJsonObject(news2Normal().set("consciousness", "C").set("respiration_rate", 21)) << 5 << medium << 2;
        QTest::newRow("6: respiration 21, pulse 111, systolic 105, temperature 38.1")
            << QJsonObject(news2Normal()
                               .set("respiration_rate", 21)
                               .set("pulse", 111)
                               .set("systolic", 105)
                               .set("temperature", 38.1))
            << 6 << medium << 2;
        QTest::newRow("7: respiration 25, pulse 111, systolic 100")
            << QJsonObject(news2Normal().set("respiration_rate", 25).set("pulse", 111).set("systolic", 100)) << 7
            << high << 3;
        QTest::newRow("20: everything at its worst") << QJsonObject(news2Normal()
                                                                        .set("respiration_rate", 30)
                                                                        .set("spo2", 85)
                                                                        .set("oxygen", "oxygen")
                                                                        .set("systolic", 85)
                                                                        .set("pulse", 140)
                                                                        .set("consciousness", "U")
                                                                        .set("temperature", 34.0))
                                                     << 20 << high << 3;
        // Scale 2: 88-92 is the target, and on air a higher saturation scores nothing.
        const auto scale2 = [](int spo2, const char *oxygen) {
            return QJsonObject(news2Normal().set("spo2_scale", "2").set("spo2", spo2).set("oxygen", oxygen));
        };
        QTest::newRow("scale 2, 83, air") << scale2(83, "air") << 3 << lowMedium << 1;
        QTest::newRow("scale 2, 84, air") << scale2(84, "air") << 2 << low << 0;
        QTest::newRow("scale 2, 85, air") << scale2(85, "air") << 2 << low << 0;
        QTest::newRow("scale 2, 86, air") << scale2(86, "air") << 1 << low << 0;
        QTest::newRow("scale 2, 87, air") << scale2(87, "air") << 1 << low << 0;
        QTest::newRow("scale 2, 88, air") << scale2(88, "air") << 0 << low << 0;
        QTest::newRow("scale 2, 92, air") << scale2(92, "air") << 0 << low << 0;
        QTest::newRow("scale 2, 93, air") << scale2(93, "air") << 0 << low << 0;
        QTest::newRow("scale 2, 100, air") << scale2(100, "air") << 0 << low << 0;
        QTest::newRow("scale 2, 83, oxygen") << scale2(83, "oxygen") << 5 << medium << 2;
        QTest::newRow("scale 2, 88, oxygen") << scale2(88, "oxygen") << 2 << low << 0;
        QTest::newRow("scale 2, 92, oxygen") << scale2(92, "oxygen") << 2 << low << 0;
        QTest::newRow("scale 2, 93, oxygen") << scale2(93, "oxygen") << 3 << low << 0;
        QTest::newRow("scale 2, 94, oxygen") << scale2(94, "oxygen") << 3 << low << 0;
        QTest::newRow("scale 2, 95, oxygen") << scale2(95, "oxygen") << 4 << low << 0;
        QTest::newRow("scale 2, 96, oxygen") << scale2(96, "oxygen") << 4 << low << 0;
        QTest::newRow("scale 2, 97, oxygen") << scale2(97, "oxygen") << 5 << medium << 2;
    }
    void news2Scores()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(int, score);
        QFETCH(QString, band);
        QFETCH(int, riskLevel);
        const AssessmentResult result = AssessmentTools::score(AssessmentType::News2, answers);
        AssessmentChecks::compareScored(result, score, band, riskLevel);
        QCOMPARE(result.parts.size(), 7);
        QCOMPARE(result.guidance.size(), 1);
        // The one NEWS2 code, reached from the shift note's side, agrees.
        const News2Result direct = News2::score(vitalSigns(answers));
        QVERIFY(direct.complete());
        QCOMPARE(direct.total, score);
        QCOMPARE(int(direct.risk()), riskLevel);
        QCOMPARE(result.guidance.first(), News2::responseText(direct));
    }

    void news2Missing_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key :
             {"respiration_rate", "spo2_scale", "spo2", "oxygen", "systolic", "pulse", "consciousness", "temperature"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void news2Missing()
    {
        QFETCH(QString, key);
        QJsonObject answers = news2Normal().set("consciousness", "U"); // a 3 already: still no band without the rest
        answers.remove(key);
        AssessmentChecks::compareMissing(AssessmentTools::score(AssessmentType::News2, answers), {key});
    }

    void news2Refused_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QString>("key");
        QTest::newRow("pulse -5") << QJsonObject(news2Normal().set("pulse", -5)) << QStringLiteral("pulse");
        QTest::newRow("pulse 19") << QJsonObject(news2Normal().set("pulse", 19)) << QStringLiteral("pulse");
        QTest::newRow("pulse 251") << QJsonObject(news2Normal().set("pulse", 251)) << QStringLiteral("pulse");
        QTest::newRow("respiration 2") << QJsonObject(news2Normal().set("respiration_rate", 2))
                                       << QStringLiteral("respiration_rate");
        QTest::newRow("SpO2 101") << QJsonObject(news2Normal().set("spo2", 101)) << QStringLiteral("spo2");
        QTest::newRow("systolic 301") << QJsonObject(news2Normal().set("systolic", 301)) << QStringLiteral("systolic");
        QTest::newRow("temperature 45.1")
            << QJsonObject(news2Normal().set("temperature", 45.1)) << QStringLiteral("temperature");
        QTest::newRow("temperature 24.9")
            << QJsonObject(news2Normal().set("temperature", 24.9)) << QStringLiteral("temperature");
        QTest::newRow("scale 3") << QJsonObject(news2Normal().set("spo2_scale", "3")) << QStringLiteral("spo2_scale");
        QTest::newRow("consciousness X") << QJsonObject(news2Normal().set("consciousness", "X"))
                                         << QStringLiteral("consciousness");
    }
    void news2Refused()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(QString, key);
        AssessmentChecks::compareRefused(AssessmentType::News2, AssessmentTools::score(AssessmentType::News2, answers),
                                         key);
    }
};

QTEST_GUILESS_MAIN(TestNews2Assessment)
#include "TestNews2Assessment.moc"
