#include "clinical/MustTool.h"

#include "clinical/AssessmentTools.h"

#include <QLocale>

namespace {

const QString heightSource = QStringLiteral("height_source");
const QString heightKey = QStringLiteral("height_m");
const QString weightKey = QStringLiteral("weight_kg");
const QString muacKey = QStringLiteral("muac_cm");
const QString bmiEstimateKey = QStringLiteral("bmi_estimate");
const QString lossSource = QStringLiteral("weight_loss_source");
const QString earlierWeightKey = QStringLiteral("earlier_weight_kg");
const QString lossJudgedKey = QStringLiteral("weight_loss_judged");
const QString acuteKey = QStringLiteral("acute_disease");

} // namespace

QString MustTool::source()
{
    return tr("'MUST', the Malnutrition Universal Screening Tool: BAPEN Malnutrition Advisory Group, 2003, revised "
              "2011 (flowchart and explanatory booklet)");
}

QString MustTool::version()
{
    return QStringLiteral("MUST 2011");
}

QList<AssessmentItem> MustTool::items()
{
    using Kind = AssessmentItem::Kind;
    QList<AssessmentItem> items;
    items.append({heightSource,
                  tr("How the height is known"),
                  Kind::Single,
                  {{QStringLiteral("measured"), tr("Measured today")},
                   {QStringLiteral("recalled"), tr("Recently documented or reported by the resident (reliable)")},
                   {QStringLiteral("not_available"), tr("Cannot be measured or recalled: use the mid upper arm")}}});
    AssessmentItem height{heightKey, tr("Height"), Kind::Number};
    height.minimum = 0.8;
    height.maximum = 2.3;
    height.decimals = 2;
    height.unit = QStringLiteral("m");
    height.shownWhenKey = heightSource;
    height.shownWhenValues = {QStringLiteral("measured"), QStringLiteral("recalled")};
    items.append(height);
    AssessmentItem weight{weightKey, tr("Weight today"), Kind::Number};
    weight.minimum = 20;
    weight.maximum = 300;
    weight.decimals = 1;
    weight.unit = QStringLiteral("kg");
    weight.optional = true; // needed for a BMI or a measured loss: score() asks for it then
    items.append(weight);
    AssessmentItem muac{muacKey, tr("Mid upper arm circumference (MUAC)"), Kind::Number};
    muac.minimum = 10;
    muac.maximum = 60;
    muac.decimals = 1;
    muac.unit = QStringLiteral("cm");
    muac.help = tr("Left arm, shoulder to elbow, measured at the midpoint. Under 23.5 cm the BMI is likely to be "
                   "under 20; over 32.0 cm it is likely to be over 30.");
    muac.shownWhenKey = heightSource;
    muac.shownWhenValues = {QStringLiteral("not_available")};
    items.append(muac);
    AssessmentItem estimate{bmiEstimateKey,
                            tr("BMI judged from the arm and how the resident looks"),
                            Kind::Single,
                            {{QStringLiteral("over_20"), tr("Over 20 (score 0)"), 0},
                             {QStringLiteral("from_18_5_to_20"), tr("18.5 to 20 (score 1)"), 1},
                             {QStringLiteral("under_18_5"), tr("Under 18.5 (score 2)"), 2}}};
    estimate.shownWhenKey = heightSource;
    estimate.shownWhenValues = {QStringLiteral("not_available")};
    items.append(estimate);
    items.append({lossSource,
                  tr("How the weight loss is known"),
                  Kind::Single,
                  {{QStringLiteral("measured"), tr("Weighed then and now: both weights given")},
                   {QStringLiteral("judged"), tr("Not recorded: judge the loss (loose clothes, rings, history)")}}});
    AssessmentItem earlier{earlierWeightKey, tr("Weight 3 to 6 months ago"), Kind::Number};
    earlier.minimum = 20;
    earlier.maximum = 300;
    earlier.decimals = 1;
    earlier.unit = QStringLiteral("kg");
    earlier.shownWhenKey = lossSource;
    earlier.shownWhenValues = {QStringLiteral("measured")};
    items.append(earlier);
    AssessmentItem judged{lossJudgedKey,
                          tr("Unplanned weight loss in the past 3 to 6 months"),
                          Kind::Single,
                          {{QStringLiteral("under_5"), tr("Less than 5% (score 0)"), 0},
                           {QStringLiteral("from_5_to_10"), tr("5 to 10% (score 1)"), 1},
                           {QStringLiteral("over_10"), tr("More than 10% (score 2)"), 2}}};
    judged.shownWhenKey = lossSource;
    judged.shownWhenValues = {QStringLiteral("judged")};
    items.append(judged);
    AssessmentItem acute{acuteKey,
                         tr("Acute disease effect"),
                         Kind::Single,
                         {{QStringLiteral("no"), tr("No"), 0},
                          {QStringLiteral("yes"),
                           tr("Acutely ill and there has been, or is likely to be, no nutritional intake for more "
                              "than 5 days (score 2)"),
                           2}}};
    items.append(acute);
    return items;
}

// Which band a value between two of BAPEN's bands takes. The flowchart's bands are written as the form shows BMI and
// weight loss, to one decimal place: BMI "over 20" (20.1 and above) = 0, "18.5-20" = 1, "under 18.5" = 2; loss "under
// 5%" (4.9 and below) = 0, "5-10%" = 1, "over 10%" (10.1 and above) = 2. A value between two of them (BMI 20.04,
// 18.46; loss 4.95, 10.03) is never rounded to the nearer tenth: it takes the higher-risk band of the two, because
// rounding to one decimal moved people into the safer band (18.46 scored as 18.5, a loss of 10.03% as 10%) and
// underscoring malnutrition delays treatment, while overscoring costs a food chart. So BMI scores 0 only from 20.1,
// loss scores 0 only up to 4.9, and 2 from anything over 10.0. The values are compared unrounded; "noise" only
// absorbs the binary error of a quotient that is exactly an edge (5.0% of 70 kg must read as 5.0, not 4.9999...).
namespace {
constexpr double noise = 1e-9;
}

double MustTool::bmi(double weightKg, double heightMetres)
{
    return weightKg / (heightMetres * heightMetres);
}

int MustTool::bmiPoints(double bmi)
{
    if (bmi >= 20.1 - noise)
        return 0;
    if (bmi >= 18.5 - noise)
        return 1;
    return 2;
}

double MustTool::weightLossPercent(double earlierKg, double nowKg)
{
    if (nowKg >= earlierKg)
        return 0;
    return (earlierKg - nowKg) / earlierKg * 100.0;
}

int MustTool::weightLossPoints(double percent)
{
    if (percent <= 4.9 + noise)
        return 0;
    if (percent <= 10.0 + noise)
        return 1;
    return 2;
}

AssessmentResult MustTool::score(const QJsonObject &answers)
{
    QList<AssessmentItem> questions = items();
    const QString heightFrom = answers.value(heightSource).toString();
    const bool bmiMeasured = heightFrom == QLatin1String("measured") || heightFrom == QLatin1String("recalled");
    const bool lossMeasured = answers.value(lossSource).toString() == QLatin1String("measured");
    // Today's weight is needed for a BMI or a measured loss.
    for (AssessmentItem &question : questions) {
        if (question.key == weightKey)
            question.optional = !bmiMeasured && !lossMeasured;
    }
    AssessmentResult result;
    result.missing = AssessmentTools::missingAnswers(questions, answers);
    const std::optional<double> weight = AssessmentTools::number(answers, weightKey);
    if (!result.complete())
        return result;

    int bmiScore = 0;
    if (bmiMeasured) {
        const double value = bmi(*weight, *AssessmentTools::number(answers, heightKey));
        bmiScore = bmiPoints(value);
        // Stored unrounded (the trend and Waterlow's build read it); shown to one decimal rounded toward risk (down),
        // so that the number read lies in the band scored.
        const double shown = AssessmentTools::oneDecimalDown(value);
        result.derived.insert(QStringLiteral("bmi"), value);
        result.parts.append({tr("BMI %1 kg/m²").arg(QLocale().toString(shown, 'f', 1)), bmiScore});
        if (value > 30.0 + noise)
            result.guidance.append(tr("Obese (BMI over 30): record it. Underlying conditions are generally "
                                      "controlled before obesity is treated."));
    } else {
        bmiScore = AssessmentTools::addPoints(questions, {bmiEstimateKey}, answers, nullptr);
        result.parts.append({tr("BMI judged from the mid upper arm"), bmiScore});
    }
    if (weight)
        result.derived.insert(QStringLiteral("weight_kg"), *weight);

    int lossScore = 0;
    if (lossMeasured) {
        const double percent = weightLossPercent(*AssessmentTools::number(answers, earlierWeightKey), *weight);
        lossScore = weightLossPoints(percent);
        // Stored unrounded; shown to one decimal rounded toward risk (up), so that the number read lies in the band.
        const double shown = AssessmentTools::oneDecimalUp(percent);
        result.derived.insert(QStringLiteral("weight_loss_percent"), percent);
        result.parts.append({tr("Weight loss %1%").arg(QLocale().toString(shown, 'f', 1)), lossScore});
    } else {
        lossScore = AssessmentTools::addPoints(questions, {lossJudgedKey}, answers, nullptr);
        result.parts.append({tr("Weight loss (judged)"), lossScore});
    }
    const int acuteScore = AssessmentTools::addPoints(questions, {acuteKey}, answers, &result.parts);

    result.score = bmiScore + lossScore + acuteScore;
    if (result.score == 0) {
        result.band = QStringLiteral("low");
        result.bandName = tr("Low risk");
        result.riskLevel = 0;
        result.guidance.prepend(tr("Routine clinical care: repeat the screening monthly."));
    } else if (result.score == 1) {
        result.band = QStringLiteral("medium");
        result.bandName = tr("Medium risk");
        result.riskLevel = 1;
        result.guidance.prepend(
            tr("Observe: record what is eaten and drunk for 3 days. If intake is adequate, little concern: repeat "
               "the screening monthly. If not, a clinical concern: follow the home's policy, set goals, improve and "
               "increase overall nutritional intake, and monitor and review the care plan regularly."));
    } else {
        result.band = QStringLiteral("high");
        result.bandName = tr("High risk");
        result.riskLevel = 2;
        result.guidance.prepend(
            tr("Treat: refer to a dietitian or the nutritional support team, or follow the home's policy. Set goals, "
               "improve and increase overall nutritional intake, and monitor and review the care plan monthly."));
    }
    result.guidance.append(tr("For every risk level: treat the underlying condition, help and advise on food choices, "
                              "eating and drinking, record the risk level and any special diet."));
    return result;
}
