#include "clinical/FallsRiskTool.h"

#include "clinical/AssessmentTools.h"

namespace {

const QString fallsKey = QStringLiteral("recent_falls");
const QString medicationsKey = QStringLiteral("medications");
const QString psychologicalKey = QStringLiteral("psychological");
const QString cognitiveKey = QStringLiteral("cognitive");
const QString functionalChangeKey = QStringLiteral("functional_change");
const QString dizzinessKey = QStringLiteral("dizziness");

} // namespace

QString FallsRiskTool::source()
{
    return tr("FRAT, Falls Risk Assessment Tool: Peninsula Health Falls Prevention Service, 1999 (part 1, fall "
              "risk status)");
}

QString FallsRiskTool::version()
{
    return QStringLiteral("FRAT 1999");
}

QList<AssessmentItem> FallsRiskTool::items()
{
    using Kind = AssessmentItem::Kind;
    const QList<AssessmentItem::Option> yesNo{{QStringLiteral("no"), tr("No")}, {QStringLiteral("yes"), tr("Yes")}};
    return {
        {fallsKey,
         tr("Recent falls"),
         Kind::Single,
         {{QStringLiteral("none"), tr("None in the last 12 months (2)"), 2},
          {QStringLiteral("from_3_to_12_months"), tr("One or more between 3 and 12 months ago (4)"), 4},
          {QStringLiteral("last_3_months"), tr("One or more in the last 3 months (6)"), 6},
          {QStringLiteral("last_3_months_here"), tr("One or more in the last 3 months while living here (8)"), 8}}},
        {medicationsKey,
         tr("Medications: sedatives, antidepressants, anti-Parkinson's, diuretics, antihypertensives, hypnotics"),
         Kind::Single,
         {{QStringLiteral("none"), tr("Not taking any of these (1)"), 1},
          {QStringLiteral("one"), tr("Taking one (2)"), 2},
          {QStringLiteral("two"), tr("Taking two (3)"), 3},
          {QStringLiteral("more_than_two"), tr("Taking more than two (4)"), 4}}},
        {psychologicalKey,
         tr("Psychological: anxiety, depression, less co-operation, insight or judgement (especially about "
            "mobility)"),
         Kind::Single,
         {{QStringLiteral("none"), tr("Does not appear to have any of these (1)"), 1},
          {QStringLiteral("mild"), tr("Appears mildly affected by one or more (2)"), 2},
          {QStringLiteral("moderate"), tr("Appears moderately affected by one or more (3)"), 3},
          {QStringLiteral("severe"), tr("Appears severely affected by one or more (4)"), 4}}},
        {cognitiveKey,
         tr("Cognitive status (abbreviated mental test score, AMTS)"),
         Kind::Single,
         {{QStringLiteral("amts_9_10"), tr("AMTS 9 or 10 out of 10, or intact (1)"), 1},
          {QStringLiteral("amts_7_8"), tr("AMTS 7-8, mildly impaired (2)"), 2},
          {QStringLiteral("amts_5_6"), tr("AMTS 5-6, moderately impaired (3)"), 3},
          {QStringLiteral("amts_4_or_less"), tr("AMTS 4 or less, severely impaired (4)"), 4}}},
        {functionalChangeKey,
         tr("Recent change, or one expected, in functional status or in medication affecting safe mobility "
            "(high risk whatever the score)"),
         Kind::Single, yesNo},
        {dizzinessKey, tr("Dizziness or postural hypotension (high risk whatever the score)"), Kind::Single, yesNo},
    };
}

AssessmentResult FallsRiskTool::score(const QJsonObject &answers)
{
    const QList<AssessmentItem> questions = items();
    AssessmentResult result;
    result.missing = AssessmentTools::missingAnswers(questions, answers);
    if (!result.complete())
        return result;
    result.score = AssessmentTools::addPoints(questions, {fallsKey, medicationsKey, psychologicalKey, cognitiveKey},
                                              answers, &result.parts);
    const bool automaticHigh = answers.value(functionalChangeKey).toString() == QLatin1String("yes") ||
                               answers.value(dizzinessKey).toString() == QLatin1String("yes");
    if (result.score >= 16 || automaticHigh) {
        result.band = QStringLiteral("high");
        result.bandName = result.score >= 16 ? tr("High risk") : tr("High risk (automatically)");
        result.riskLevel = 2;
        result.guidance.append(tr("Review the mobility and falls care plan: supervision and walking aids, footwear, "
                                  "eyesight, continence, medication review with the GP or pharmacist, bed and "
                                  "chair height, and a falls sensor where the resident agrees."));
    } else if (result.score >= 12) {
        result.band = QStringLiteral("medium");
        result.bandName = tr("Medium risk");
        result.riskLevel = 1;
        result.guidance.append(tr("Address each risk factor scored above: check the mobility and falls care plan."));
    } else {
        result.band = QStringLiteral("low");
        result.bandName = tr("Low risk");
        result.riskLevel = 0;
        result.guidance.append(tr("Standard falls precautions; assess again after any fall or change."));
    }
    return result;
}
