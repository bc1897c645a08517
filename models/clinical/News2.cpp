#include "clinical/News2.h"

#include <QStringList>

bool News2Result::anySingleThree() const
{
    for (const Part &part : parts) {
        if (part.points == 3)
            return true;
    }
    return false;
}

News2Result::Risk News2Result::risk() const
{
    // RCP 2017, table 2: 7 or more high; 5-6 medium; 3 in a single parameter low-medium; 0-4 low.
    if (total >= 7)
        return Risk::High;
    if (total >= 5)
        return Risk::Medium;
    if (anySingleThree())
        return Risk::LowMedium;
    return Risk::Low;
}

bool News2Result::needsEscalation() const
{
    return total >= 5 || anySingleThree();
}

int News2::respirationPoints(int breathsPerMinute)
{
    if (breathsPerMinute <= 8)
        return 3;
    if (breathsPerMinute <= 11)
        return 1;
    if (breathsPerMinute <= 20)
        return 0;
    if (breathsPerMinute <= 24)
        return 2;
    return 3;
}

int News2::scale1Points(int saturation)
{
    if (saturation <= 91)
        return 3;
    if (saturation <= 93)
        return 2;
    if (saturation <= 95)
        return 1;
    return 0;
}

int News2::scale2Points(int saturation, bool onOxygen)
{
    // Chart 2: below 88 scores as on scale 1 shifted down; 88-92 scores 0 on air or oxygen; at 93 and above only
    // oxygen scores (breathing air at 93 or more is no concern for someone whose target range is 88-92).
    if (saturation <= 83)
        return 3;
    if (saturation <= 85)
        return 2;
    if (saturation <= 87)
        return 1;
    if (saturation <= 92 || !onOxygen)
        return 0;
    if (saturation <= 94)
        return 1;
    if (saturation <= 96)
        return 2;
    return 3;
}

int News2::airOrOxygenPoints(bool onOxygen)
{
    return onOxygen ? 2 : 0;
}

int News2::systolicPoints(int mmHg)
{
    if (mmHg <= 90)
        return 3;
    if (mmHg <= 100)
        return 2;
    if (mmHg <= 110)
        return 1;
    if (mmHg <= 219)
        return 0;
    return 3;
}

int News2::pulsePoints(int beatsPerMinute)
{
    if (beatsPerMinute <= 40)
        return 3;
    if (beatsPerMinute <= 50)
        return 1;
    if (beatsPerMinute <= 90)
        return 0;
    if (beatsPerMinute <= 110)
        return 1;
    if (beatsPerMinute <= 130)
        return 2;
    return 3;
}

int News2::consciousnessPoints(VitalSigns::Consciousness level)
{
    // ACVPU: anything but Alert, new confusion included, scores 3.
    return level == VitalSigns::Consciousness::Alert ? 0 : 3;
}

int News2::temperaturePoints(double celsius)
{
    // The chart's bands are written in tenths of a degree (35.0 or less, 35.1-36.0, 36.1-38.0, 38.1-39.0, 39.1 or
    // more) and leave gaps between them: a reading in a gap (35.04, 36.06, 38.04, 39.05) is never rounded into the
    // safer neighbour, it takes the higher-risk band of the two. Compared with the written edges as they are, so a
    // value typed as 35.1 (the same double as the literal) lands in the band it is written in.
    if (celsius < 35.1)
        return 3;
    if (celsius < 36.1)
        return 1;
    if (celsius <= 38.0)
        return 0;
    if (celsius <= 39.0)
        return 1;
    return 2;
}

News2Result News2::score(const VitalSigns &signs)
{
    News2Result result;
    const auto add = [&result](News2Result::Parameter parameter, std::optional<int> points) {
        if (points) {
            result.parts.append({parameter, *points});
            result.total += *points;
        } else {
            result.missing.append(parameter);
        }
    };
    using P = News2Result::Parameter;
    add(P::RespirationRate,
        signs.respirationRate ? std::optional(respirationPoints(*signs.respirationRate)) : std::nullopt);
    std::optional<int> saturation;
    if (signs.oxygenSaturation) {
        if (signs.oxygenScale == 2) {
            // Scale 2 needs to know whether the resident is on oxygen; without it the saturation cannot be scored.
            if (signs.onOxygen)
                saturation = scale2Points(*signs.oxygenSaturation, *signs.onOxygen);
        } else {
            saturation = scale1Points(*signs.oxygenSaturation);
        }
    }
    add(P::OxygenSaturation, saturation);
    add(P::AirOrOxygen, signs.onOxygen ? std::optional(airOrOxygenPoints(*signs.onOxygen)) : std::nullopt);
    add(P::SystolicPressure,
        signs.systolicPressure ? std::optional(systolicPoints(*signs.systolicPressure)) : std::nullopt);
    add(P::Pulse, signs.pulse ? std::optional(pulsePoints(*signs.pulse)) : std::nullopt);
    add(P::Consciousness,
        signs.consciousness ? std::optional(consciousnessPoints(*signs.consciousness)) : std::nullopt);
    add(P::Temperature, signs.temperature ? std::optional(temperaturePoints(*signs.temperature)) : std::nullopt);
    return result;
}

QString News2::riskText(News2Result::Risk risk)
{
    switch (risk) {
    case News2Result::Risk::Low:
        return tr("low risk");
    case News2Result::Risk::LowMedium:
        return tr("low-medium risk (3 in one parameter)");
    case News2Result::Risk::Medium:
        return tr("medium risk");
    case News2Result::Risk::High:
        return tr("high risk");
    }
    return QString();
}

QString News2::responseText(const News2Result &result)
{
    // RCP 2017, table 2 (clinical response), in the words a care home acts on. A partial sum can only rise when the
    // rest is taken, so a trigger it already reaches holds; below a trigger nothing is known yet, and nothing routine
    // may be said.
    if (result.total >= 7)
        return tr("Emergency response: call 999 or the emergency team now, and monitor continuously.");
    if (result.total >= 5)
        return tr("Urgent response: tell the nurse in charge and contact the GP or 111 now; observations at least "
                  "every hour.");
    if (result.anySingleThree())
        return tr("Urgent review: tell the nurse in charge now; observations at least every hour.");
    if (!result.complete())
        return tr("Take the missing observations now: without them the score and the response are not known.");
    if (result.total >= 1)
        return tr("Tell the nurse in charge; observations every 4 to 6 hours.");
    return tr("Routine: observations at least every 12 hours.");
}

QString News2::parameterName(News2Result::Parameter parameter)
{
    switch (parameter) {
    case News2Result::Parameter::RespirationRate:
        return tr("respiration rate");
    case News2Result::Parameter::OxygenSaturation:
        return tr("SpO2");
    case News2Result::Parameter::AirOrOxygen:
        return tr("air or oxygen");
    case News2Result::Parameter::SystolicPressure:
        return tr("systolic blood pressure");
    case News2Result::Parameter::Pulse:
        return tr("pulse");
    case News2Result::Parameter::Consciousness:
        return tr("consciousness");
    case News2Result::Parameter::Temperature:
        return tr("temperature");
    }
    return QString();
}

QString News2::summary(const News2Result &result)
{
    if (result.complete())
        return tr("NEWS2 %1, %2").arg(result.total).arg(riskText(result.risk()));
    // No band: with a parameter missing the risk is not known, and "low" would read as reassurance.
    QStringList missing;
    for (const News2Result::Parameter parameter : result.missing)
        missing.append(parameterName(parameter));
    const QString incomplete = tr("NEWS2 incomplete: not taken: %1").arg(missing.join(tr(", ")));
    if (result.total >= 5)
        return tr("%1; already %2 from those taken: escalate").arg(incomplete).arg(result.total);
    if (result.anySingleThree())
        return tr("%1; already 3 in one parameter: escalate").arg(incomplete);
    return incomplete;
}
