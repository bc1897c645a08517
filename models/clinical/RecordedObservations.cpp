#include "clinical/RecordedObservations.h"

#include <QJsonValue>

VitalSigns RecordedObservations::vitalSigns(const QJsonObject &observations)
{
    VitalSigns signs;
    const auto number = [&observations](const char *key) -> std::optional<double> {
        const QJsonValue value = observations.value(QLatin1String(key));
        return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
    };
    const auto whole = [&number](const char *key) -> std::optional<int> {
        const std::optional<double> value = number(key);
        return value ? std::optional(qRound(*value)) : std::nullopt;
    };
    signs.respirationRate = whole("respiration_rate");
    signs.oxygenSaturation = whole("spo2");
    signs.oxygenScale = observations.value(QStringLiteral("spo2_scale")).toInt(1) == 2 ? 2 : 1;
    if (observations.value(QStringLiteral("oxygen")).isBool())
        signs.onOxygen = observations.value(QStringLiteral("oxygen")).toBool();
    signs.systolicPressure = whole("systolic");
    signs.pulse = whole("pulse");
    signs.temperature = number("temperature");
    const QString level = observations.value(QStringLiteral("consciousness")).toString();
    if (level == QLatin1String("A"))
        signs.consciousness = VitalSigns::Consciousness::Alert;
    else if (level == QLatin1String("C"))
        signs.consciousness = VitalSigns::Consciousness::NewConfusion;
    else if (level == QLatin1String("V"))
        signs.consciousness = VitalSigns::Consciousness::Voice;
    else if (level == QLatin1String("P"))
        signs.consciousness = VitalSigns::Consciousness::Pain;
    else if (level == QLatin1String("U"))
        signs.consciousness = VitalSigns::Consciousness::Unresponsive;
    return signs;
}
