#include "clinical/News2Assessment.h"

#include "clinical/AssessmentTools.h"
#include "clinical/News2.h"
#include "clinical/RecordedObservations.h"

namespace {

AssessmentItem measurement(const QString &key, const QString &label, double minimum, double maximum,
                           const QString &unit, int decimals = 0)
{
    AssessmentItem item{key, label, AssessmentItem::Kind::Number};
    item.minimum = minimum;
    item.maximum = maximum;
    item.unit = unit;
    item.decimals = decimals;
    return item;
}

} // namespace

QString News2Assessment::source()
{
    return tr("NEWS2: Royal College of Physicians, National Early Warning Score (NEWS) 2, December 2017 (chart 1, "
              "chart 2 for SpO2 scale 2, table 2)");
}

QString News2Assessment::version()
{
    return QStringLiteral("NEWS2 2017");
}

QList<AssessmentItem> News2Assessment::items()
{
    using Kind = AssessmentItem::Kind;
    // The ranges are the shift note's: outside them a typing slip is far likelier than a reading.
    return {
        measurement(QStringLiteral("respiration_rate"), tr("Respiration rate"), 3, 70, tr("/min")),
        {QStringLiteral("spo2_scale"),
         tr("SpO2 scale"),
         Kind::Single,
         {{QStringLiteral("1"), tr("Scale 1")},
          {QStringLiteral("2"), tr("Scale 2: only for hypercapnic respiratory failure, when a doctor says so")}}},
        measurement(QStringLiteral("spo2"), tr("SpO2"), 50, 100, QStringLiteral("%")),
        {QStringLiteral("oxygen"),
         tr("Air or oxygen"),
         Kind::Single,
         {{QStringLiteral("air"), tr("Air")}, {QStringLiteral("oxygen"), tr("Oxygen")}}},
        measurement(QStringLiteral("systolic"), tr("Systolic blood pressure"), 40, 300, QStringLiteral("mmHg")),
        measurement(QStringLiteral("pulse"), tr("Pulse"), 20, 250, tr("/min")),
        {QStringLiteral("consciousness"),
         tr("Consciousness (ACVPU)"),
         Kind::Single,
         {{QStringLiteral("A"), tr("Alert")},
          {QStringLiteral("C"), tr("New confusion")},
          {QStringLiteral("V"), tr("Responds to voice")},
          {QStringLiteral("P"), tr("Responds to pain")},
          {QStringLiteral("U"), tr("Unresponsive")}}},
        measurement(QStringLiteral("temperature"), tr("Temperature"), 25, 45, QStringLiteral("°C"), 1),
    };
}

VitalSigns News2Assessment::vitalSigns(const QJsonObject &answers)
{
    // Read as a shift note's observations are, by the same code: only the two choices are stored differently here
    // (the scale as a choice's key, air or oxygen as a choice rather than a yes/no).
    QJsonObject observations = answers;
    observations.insert(QStringLiteral("spo2_scale"),
                        answers.value(QStringLiteral("spo2_scale")).toString() == QLatin1String("2") ? 2 : 1);
    const QString oxygen = answers.value(QStringLiteral("oxygen")).toString();
    if (oxygen == QLatin1String("air") || oxygen == QLatin1String("oxygen"))
        observations.insert(QStringLiteral("oxygen"), oxygen == QLatin1String("oxygen"));
    else
        observations.remove(QStringLiteral("oxygen"));
    return RecordedObservations::vitalSigns(observations);
}

AssessmentResult News2Assessment::score(const QJsonObject &answers)
{
    AssessmentResult result;
    result.missing = AssessmentTools::missingAnswers(items(), answers);
    if (!result.complete())
        return result;
    const News2Result news2 = News2::score(vitalSigns(answers));
    for (const News2Result::Part &part : news2.parts)
        result.parts.append({News2::parameterName(part.parameter), part.points});
    result.score = news2.total;
    switch (news2.risk()) {
    case News2Result::Risk::Low:
        result.band = QStringLiteral("low");
        result.riskLevel = 0;
        break;
    case News2Result::Risk::LowMedium:
        result.band = QStringLiteral("low_medium");
        result.riskLevel = 1;
        break;
    case News2Result::Risk::Medium:
        result.band = QStringLiteral("medium");
        result.riskLevel = 2;
        break;
    case News2Result::Risk::High:
        result.band = QStringLiteral("high");
        result.riskLevel = 3;
        break;
    }
    const QString risk = News2::riskText(news2.risk());
    result.bandName = risk.left(1).toUpper() + risk.mid(1);
    result.guidance.append(News2::responseText(news2));
    return result;
}
