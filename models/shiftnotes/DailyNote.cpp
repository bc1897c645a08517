#include "shiftnotes/DailyNote.h"

#include "clinical/RecordedObservations.h"
#include "shiftnotes/CareCategories.h"

#include <QLocale>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace {

struct Range
{
    const char *key;
    double low;
    double high;
    const char *name;
    const char *unit;
};

// Values a living resident can have: outside them a typing slip is far likelier than a reading.
const Range observationRanges[] = {
    {"temperature", 25.0, 45.0, QT_TRANSLATE_NOOP("DailyNote", "Temperature"), "°C"},
    {"pulse", 20, 250, QT_TRANSLATE_NOOP("DailyNote", "Pulse"), "/min"},
    {"respiration_rate", 3, 70, QT_TRANSLATE_NOOP("DailyNote", "Respiration rate"), "/min"},
    {"systolic", 40, 300, QT_TRANSLATE_NOOP("DailyNote", "Systolic blood pressure"), "mmHg"},
    {"diastolic", 20, 200, QT_TRANSLATE_NOOP("DailyNote", "Diastolic blood pressure"), "mmHg"},
    {"spo2", 50, 100, QT_TRANSLATE_NOOP("DailyNote", "SpO2"), "%"},
    {"weight_kg", 20, 350, QT_TRANSLATE_NOOP("DailyNote", "Weight"), "kg"},
    {"blood_glucose", 0.5, 50, QT_TRANSLATE_NOOP("DailyNote", "Blood glucose"), "mmol/L"},
    {"bowels_bristol", 1, 7, QT_TRANSLATE_NOOP("DailyNote", "Bowels (Bristol type)"), ""},
};

QString formatted(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

QString DailyNote::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool DailyNote::isEmpty() const
{
    return careDelivered.isEmpty() && observations.isEmpty() && narrative.trimmed().isEmpty();
}

int DailyNote::fluidMillilitres() const
{
    return careDelivered.value(QStringLiteral("drinking")).toObject().value(QStringLiteral("ml")).toInt();
}

QStringList DailyNote::vitalSignKeys()
{
    return {QStringLiteral("temperature"),  QStringLiteral("pulse"), QStringLiteral("respiration_rate"),
            QStringLiteral("systolic"),     QStringLiteral("spo2"),  QStringLiteral("oxygen"),
            QStringLiteral("consciousness")};
}

bool DailyNote::hasVitalSigns() const
{
    const QStringList keys = vitalSignKeys();
    return std::any_of(keys.cbegin(), keys.cend(), [this](const QString &key) { return observations.contains(key); });
}

VitalSigns DailyNote::vitalSigns() const
{
    return RecordedObservations::vitalSigns(observations);
}

QString DailyNote::summary() const
{
    QStringList parts;
    for (const QString &key : CareCategories::keys()) {
        if (!careDelivered.contains(key))
            continue;
        // Written before notes were structured, a category may hold just its words.
        const QJsonValue value = careDelivered.value(key);
        const QJsonObject entry = value.isObject() ? value.toObject() : QJsonObject{{QStringLiteral("text"), value}};
        QStringList words;
        if (key == QLatin1String("eating")) {
            if (entry.contains(QStringLiteral("meal")))
                words.append(CareCategories::mealName(entry.value(QStringLiteral("meal")).toString()));
            if (entry.contains(QStringLiteral("portion")))
                words.append(
                    tr("%1 eaten").arg(CareCategories::portionName(entry.value(QStringLiteral("portion")).toString())));
        } else if (key == QLatin1String("drinking") && entry.contains(QStringLiteral("ml"))) {
            words.append(tr("%1 ml").arg(entry.value(QStringLiteral("ml")).toInt()));
        } else if (key == QLatin1String("repositioning")) {
            if (entry.contains(QStringLiteral("position")))
                words.append(CareCategories::positionName(entry.value(QStringLiteral("position")).toString()));
            if (entry.contains(QStringLiteral("time")))
                words.append(tr("at %1").arg(entry.value(QStringLiteral("time")).toString()));
        }
        const QString text = entry.value(QStringLiteral("text")).toString().trimmed();
        if (!text.isEmpty())
            words.append(text);
        parts.append(tr("%1: %2.").arg(CareCategories::name(key), words.join(QStringLiteral(", "))));
    }
    if (!observations.isEmpty()) {
        QStringList values;
        for (const Range &range : observationRanges) {
            const QJsonValue value = observations.value(QLatin1String(range.key));
            if (value.isDouble()) {
                QString text = QStringLiteral("%1 %2%3").arg(tr(range.name), formatted(value.toDouble()),
                                                             QString::fromUtf8(range.unit));
                if (QLatin1String(range.key) == QLatin1String("systolic") &&
                    observations.value(QStringLiteral("diastolic")).isDouble())
                    text = tr("Blood pressure %1/%2 mmHg")
                               .arg(formatted(value.toDouble()),
                                    formatted(observations.value(QStringLiteral("diastolic")).toDouble()));
                else if (QLatin1String(range.key) == QLatin1String("diastolic") &&
                         observations.value(QStringLiteral("systolic")).isDouble())
                    continue;
                values.append(text.trimmed());
            }
        }
        if (observations.value(QStringLiteral("oxygen")).isBool())
            values.append(observations.value(QStringLiteral("oxygen")).toBool() ? tr("on oxygen") : tr("on air"));
        if (observations.contains(QStringLiteral("consciousness")))
            values.append(tr("ACVPU %1").arg(observations.value(QStringLiteral("consciousness")).toString()));
        parts.append(tr("Observations: %1.").arg(values.join(QStringLiteral(", "))));
    }
    if (!narrative.trimmed().isEmpty())
        parts.append(narrative.trimmed());
    return parts.join(QLatin1Char(' '));
}

QJsonObject DailyNote::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("resident_id"), residentId},
                     {QStringLiteral("date"), date.toString(Qt::ISODate)},
                     {QStringLiteral("shift"), shift},
                     {QStringLiteral("occurred_at"), occurredAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("recorded_at"), recordedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("care_delivered"), careDelivered},
                     {QStringLiteral("observations"), observations},
                     {QStringLiteral("narrative"), narrative},
                     {QStringLiteral("escalation"), escalation}};
    if (!correctsId.isEmpty()) {
        json.insert(QStringLiteral("corrects_id"), correctsId);
        json.insert(QStringLiteral("correction_reason"), correctionReason);
    }
    return json;
}

DailyNote DailyNote::fromJson(const QJsonObject &json)
{
    DailyNote note;
    note.id = json.value(QStringLiteral("id")).toString();
    note.residentId = json.value(QStringLiteral("resident_id")).toString();
    note.date = QDate::fromString(json.value(QStringLiteral("date")).toString(), Qt::ISODate);
    note.shift = json.value(QStringLiteral("shift")).toString();
    note.occurredAt = QDateTime::fromString(json.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
    note.recordedAt = QDateTime::fromString(json.value(QStringLiteral("recorded_at")).toString(), Qt::ISODateWithMs);
    note.careDelivered = json.value(QStringLiteral("care_delivered")).toObject();
    note.observations = json.value(QStringLiteral("observations")).toObject();
    note.narrative = json.value(QStringLiteral("narrative")).toString();
    note.correctsId = json.value(QStringLiteral("corrects_id")).toString();
    note.correctionReason = json.value(QStringLiteral("correction_reason")).toString();
    note.escalation = json.value(QStringLiteral("escalation")).toObject();
    return note;
}

Result<> DailyNote::check(const DailyNote &note, const QDateTime &now)
{
    const auto fail = [](const QString &name, const QString &message) {
        return Result<>::refused(message, name);
    };
    if (note.isEmpty())
        return fail(QStringLiteral("narrative"), tr("The note is empty: record the care given, an observation or a "
                                                    "few words of narrative."));
    if (!note.occurredAt.isValid())
        return fail(QStringLiteral("occurred_at"), tr("The time of care is missing: enter when the care happened."));
    if (note.occurredAt > now.addSecs(10 * 60))
        return fail(QStringLiteral("occurred_at"),
                    tr("The time of care is in the future: enter when the care happened, no later than now."));
    for (const Range &range : observationRanges) {
        const QJsonValue value = note.observations.value(QLatin1String(range.key));
        if (value.isUndefined())
            continue;
        if (!value.isDouble() || value.toDouble() < range.low || value.toDouble() > range.high)
            return fail(
                QLatin1String(range.key),
                tr("%1 must be between %2 and %3 %4: check the reading and type it again.")
                    .arg(tr(range.name), formatted(range.low), formatted(range.high), QString::fromUtf8(range.unit))
                    .trimmed());
    }
    // Whole-number readings: scoring would otherwise have to round a fraction one way or the other (the server
    // refuses them too).
    for (const char *key : {"pulse", "respiration_rate", "systolic", "diastolic", "spo2"}) {
        const QJsonValue value = note.observations.value(QLatin1String(key));
        if (value.isDouble() && value.toDouble() != std::floor(value.toDouble())) {
            for (const Range &range : observationRanges) {
                if (qstrcmp(range.key, key) == 0)
                    return fail(QLatin1String(key), tr("%1 is counted in whole numbers: check the reading and type it "
                                                       "again without a decimal.")
                                                        .arg(tr(range.name)));
            }
        }
    }
    const QJsonValue systolic = note.observations.value(QStringLiteral("systolic"));
    const QJsonValue diastolic = note.observations.value(QStringLiteral("diastolic"));
    if (systolic.isDouble() && diastolic.isDouble() && diastolic.toDouble() >= systolic.toDouble())
        return fail(QStringLiteral("diastolic"), tr("The diastolic blood pressure must be lower than the systolic: "
                                                    "check the two readings."));
    if (note.observations.contains(QStringLiteral("bowels_bristol")) &&
        note.observations.value(QStringLiteral("bowels_bristol")).toDouble() !=
            qRound(note.observations.value(QStringLiteral("bowels_bristol")).toDouble()))
        return fail(QStringLiteral("bowels_bristol"), tr("The Bristol stool type is a whole number from 1 to 7."));
    const QJsonValue millilitres =
        note.careDelivered.value(QStringLiteral("drinking")).toObject().value(QStringLiteral("ml"));
    if (!millilitres.isUndefined() &&
        (!millilitres.isDouble() || millilitres.toInt() < 1 || millilitres.toInt() > 3000))
        return fail(QStringLiteral("drinking"),
                    tr("The amount drunk must be between 1 and 3000 ml: check the amount and type it again."));
    if (note.narrative.size() > 20000)
        return fail(QStringLiteral("narrative"), tr("The narrative is longer than 20,000 characters: shorten it, or "
                                                    "write the rest as a second note."));
    if (!note.correctsId.isEmpty() && note.correctionReason.trimmed().size() < 3)
        return fail(QStringLiteral("correction_reason"),
                    tr("A correction needs its reason: say in a few words why the note is being corrected."));
    return Result<>::done();
}
