#include "clinical/AbbeyPainScale.h"

#include "clinical/AssessmentTools.h"

namespace {

const QString painTypeKey = QStringLiteral("pain_type");

QList<AssessmentItem::Option> severities()
{
    return {{QStringLiteral("absent"), AbbeyPainScale::tr("Absent (0)"), 0},
            {QStringLiteral("mild"), AbbeyPainScale::tr("Mild (1)"), 1},
            {QStringLiteral("moderate"), AbbeyPainScale::tr("Moderate (2)"), 2},
            {QStringLiteral("severe"), AbbeyPainScale::tr("Severe (3)"), 3}};
}

const QStringList signKeys{QStringLiteral("vocalisation"),  QStringLiteral("facial_expression"),
                           QStringLiteral("body_language"), QStringLiteral("behaviour"),
                           QStringLiteral("physiological"), QStringLiteral("physical")};

} // namespace

QString AbbeyPainScale::source()
{
    return tr("Abbey Pain Scale: Abbey J. et al., International Journal of Palliative Nursing 10(1), 2004 (scale "
              "version 1998-2002)");
}

QString AbbeyPainScale::version()
{
    return QStringLiteral("Abbey 2004");
}

QList<AssessmentItem> AbbeyPainScale::items()
{
    using Kind = AssessmentItem::Kind;
    const QStringList labels{
        tr("Vocalisation: whimpering, groaning, crying"),
        tr("Facial expression: looking tense, frowning, grimacing, looking frightened"),
        tr("Change in body language: fidgeting, rocking, guarding part of the body, withdrawn"),
        tr("Behavioural change: more confused, refusing to eat, change in usual patterns"),
        tr("Physiological change: temperature, pulse or blood pressure outside normal limits, perspiring, flushing "
           "or pallor"),
        tr("Physical changes: skin tears, pressure areas, arthritis, contractures, previous injuries"),
    };
    QList<AssessmentItem> items;
    for (qsizetype i = 0; i < signKeys.size(); ++i)
        items.append({signKeys.at(i), labels.at(i), Kind::Single, severities()});
    AssessmentItem type{painTypeKey,
                        tr("Type of pain"),
                        Kind::Single,
                        {{QStringLiteral("chronic"), tr("Chronic")},
                         {QStringLiteral("acute"), tr("Acute")},
                         {QStringLiteral("acute_on_chronic"), tr("Acute on chronic")}}};
    type.optional = true; // asked when the score shows pain: score() says so
    type.help = tr("Needed when the score is 3 or more.");
    items.append(type);
    return items;
}

AssessmentResult AbbeyPainScale::score(const QJsonObject &answers)
{
    const QList<AssessmentItem> questions = items();
    AssessmentResult result;
    result.missing = AssessmentTools::missingAnswers(questions, answers);
    if (!result.missing.isEmpty())
        return result;
    result.score = AssessmentTools::addPoints(questions, signKeys, answers, &result.parts);
    if (result.score >= 3 && !AssessmentTools::isAnswered(*AssessmentTools::item(questions, painTypeKey), answers)) {
        result.missing.append(painTypeKey);
        result.score = 0;
        result.parts.clear();
        return result;
    }
    if (result.score >= 14) {
        result.band = QStringLiteral("severe");
        result.bandName = tr("Severe pain");
        result.riskLevel = 3;
    } else if (result.score >= 8) {
        result.band = QStringLiteral("moderate");
        result.bandName = tr("Moderate pain");
        result.riskLevel = 2;
    } else if (result.score >= 3) {
        result.band = QStringLiteral("mild");
        result.bandName = tr("Mild pain");
        result.riskLevel = 1;
    } else {
        result.band = QStringLiteral("no_pain");
        result.bandName = tr("No pain");
        result.riskLevel = 0;
    }
    if (result.score >= 3)
        result.guidance.append(tr("Act on the pain (comfort, position, prescribed pain relief; the GP if it is new "
                                  "or not relieved) and score it again within an hour of what was done."));
    return result;
}
