#include "clinical/BarthelIndex.h"

#include "clinical/AssessmentTools.h"

QString BarthelIndex::source()
{
    return tr("Barthel index of activities of daily living: Mahoney and Barthel, 1965; 20-point scoring of Collin "
              "and Wade, 1988; dependency bands of Shah, Vanclay and Cooper, 1989");
}

QString BarthelIndex::version()
{
    return QStringLiteral("Barthel 20-point (Collin 1988)");
}

QList<AssessmentItem> BarthelIndex::items()
{
    using Kind = AssessmentItem::Kind;
    return {
        {QStringLiteral("bowels"),
         tr("Bowels"),
         Kind::Single,
         {{QStringLiteral("incontinent"), tr("Incontinent, or needs enemas (0)"), 0},
          {QStringLiteral("occasional"), tr("Occasional accident, once a week (1)"), 1},
          {QStringLiteral("continent"), tr("Continent (2)"), 2}}},
        {QStringLiteral("bladder"),
         tr("Bladder"),
         Kind::Single,
         {{QStringLiteral("incontinent"), tr("Incontinent, or catheterised and unable to manage alone (0)"), 0},
          {QStringLiteral("occasional"), tr("Occasional accident, at most once in 24 hours (1)"), 1},
          {QStringLiteral("continent"), tr("Continent for over 7 days (2)"), 2}}},
        {QStringLiteral("grooming"),
         tr("Grooming"),
         Kind::Single,
         {{QStringLiteral("needs_help"), tr("Needs help with personal care (0)"), 0},
          {QStringLiteral("independent"), tr("Independent: face, hair, teeth, shaving (1)"), 1}}},
        {QStringLiteral("toilet"),
         tr("Toilet use"),
         Kind::Single,
         {{QStringLiteral("dependent"), tr("Dependent (0)"), 0},
          {QStringLiteral("some_help"), tr("Needs some help, can do something alone (1)"), 1},
          {QStringLiteral("independent"), tr("Independent: on and off, dressing, wiping (2)"), 2}}},
        {QStringLiteral("feeding"),
         tr("Feeding"),
         Kind::Single,
         {{QStringLiteral("unable"), tr("Unable (0)"), 0},
          {QStringLiteral("some_help"), tr("Needs help cutting, spreading butter and so on (1)"), 1},
          {QStringLiteral("independent"), tr("Independent (2)"), 2}}},
        {QStringLiteral("transfer"),
         tr("Transfer, bed to chair and back"),
         Kind::Single,
         {{QStringLiteral("unable"), tr("Unable, no sitting balance (0)"), 0},
          {QStringLiteral("major_help"), tr("Major help (one or two people, physical), can sit (1)"), 1},
          {QStringLiteral("minor_help"), tr("Minor help, verbal or physical (2)"), 2},
          {QStringLiteral("independent"), tr("Independent (3)"), 3}}},
        {QStringLiteral("mobility"),
         tr("Mobility on level surfaces"),
         Kind::Single,
         {{QStringLiteral("immobile"), tr("Immobile, or under 50 yards (0)"), 0},
          {QStringLiteral("wheelchair"), tr("Wheelchair independent, corners included, over 50 yards (1)"), 1},
          {QStringLiteral("walks_with_help"), tr("Walks with the help of one person, over 50 yards (2)"), 2},
          {QStringLiteral("independent"), tr("Independent, any aid such as a stick, over 50 yards (3)"), 3}}},
        {QStringLiteral("dressing"),
         tr("Dressing"),
         Kind::Single,
         {{QStringLiteral("dependent"), tr("Dependent (0)"), 0},
          {QStringLiteral("some_help"), tr("Needs help, can do about half unaided (1)"), 1},
          {QStringLiteral("independent"), tr("Independent: buttons, zips, laces (2)"), 2}}},
        {QStringLiteral("stairs"),
         tr("Stairs"),
         Kind::Single,
         {{QStringLiteral("unable"), tr("Unable (0)"), 0},
          {QStringLiteral("needs_help"), tr("Needs help: verbal, physical, carrying an aid (1)"), 1},
          {QStringLiteral("independent"), tr("Independent (2)"), 2}}},
        {QStringLiteral("bathing"),
         tr("Bathing"),
         Kind::Single,
         {{QStringLiteral("dependent"), tr("Dependent (0)"), 0},
          {QStringLiteral("independent"), tr("Independent, or in the shower (1)"), 1}}},
    };
}

AssessmentResult BarthelIndex::score(const QJsonObject &answers)
{
    const QList<AssessmentItem> questions = items();
    AssessmentResult result;
    result.missing = AssessmentTools::missingAnswers(questions, answers);
    if (!result.complete())
        return result;
    QStringList keys;
    for (const AssessmentItem &question : questions)
        keys.append(question.key);
    result.score = AssessmentTools::addPoints(questions, keys, answers, &result.parts);
    if (result.score == 20) {
        result.band = QStringLiteral("independent");
        result.bandName = tr("Independent");
        result.riskLevel = 0;
    } else if (result.score == 19) {
        result.band = QStringLiteral("slight");
        result.bandName = tr("Slight dependency");
        result.riskLevel = 1;
    } else if (result.score >= 13) {
        result.band = QStringLiteral("moderate");
        result.bandName = tr("Moderate dependency");
        result.riskLevel = 1;
    } else if (result.score >= 5) {
        result.band = QStringLiteral("severe");
        result.bandName = tr("Severe dependency");
        result.riskLevel = 2;
    } else {
        result.band = QStringLiteral("total");
        result.bandName = tr("Total dependency");
        result.riskLevel = 3;
    }
    if (result.score < 20)
        result.guidance.append(tr("Check that the personal care plan gives the help each activity needs."));
    return result;
}
