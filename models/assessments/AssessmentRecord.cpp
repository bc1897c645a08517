#include "assessments/AssessmentRecord.h"

#include "clinical/AssessmentTools.h"

#include <QJsonArray>

AssessmentRecord AssessmentRecord::scored(const QString &residentId, AssessmentType type, const QDate &date,
                                          const QJsonObject &answers, const AssessmentResult &result)
{
    AssessmentRecord record;
    record.residentId = residentId;
    record.type = type;
    record.date = date;
    record.answers = answers;
    record.toolVersion = AssessmentTools::version(type);
    record.score = result.score;
    record.band = result.band;
    record.riskLevel = result.riskLevel;
    QJsonArray parts;
    for (const AssessmentResult::Part &part : result.parts)
        parts.append(QJsonObject{{QStringLiteral("label"), part.label}, {QStringLiteral("points"), part.points}});
    // What the assessor was shown, kept as shown: a later translation or wording does not change the record.
    record.recommendations = QJsonObject{{QStringLiteral("band_name"), result.bandName},
                                         {QStringLiteral("guidance"), QJsonArray::fromStringList(result.guidance)},
                                         {QStringLiteral("parts"), parts},
                                         {QStringLiteral("derived"), result.derived},
                                         {QStringLiteral("source"), AssessmentTools::source(type)}};
    return record;
}

double AssessmentRecord::derived(const QString &key) const
{
    return recommendations.value(QStringLiteral("derived")).toObject().value(key).toDouble(qQNaN());
}
