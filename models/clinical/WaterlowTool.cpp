#include "clinical/WaterlowTool.h"

#include "clinical/AssessmentTools.h"

namespace {

const QString buildKey = QStringLiteral("build");
const QString skinKey = QStringLiteral("skin");
const QString sexKey = QStringLiteral("sex");
const QString ageKey = QStringLiteral("age_years");
const QString continenceKey = QStringLiteral("continence");
const QString mobilityKey = QStringLiteral("mobility");
const QString lostWeightKey = QStringLiteral("weight_lost");
const QString lossAmountKey = QStringLiteral("weight_loss_amount");
const QString eatingPoorlyKey = QStringLiteral("eating_poorly");
const QString tissueKey = QStringLiteral("tissue_malnutrition");
const QString neurologicalKey = QStringLiteral("neurological_deficit");
const QString surgeryKey = QStringLiteral("surgery_trauma");
const QString medicationKey = QStringLiteral("medication");

} // namespace

QString WaterlowTool::source()
{
    return tr(
        "Waterlow pressure ulcer risk assessment: J. Waterlow, 1985, card revised 2005 (www.judy-waterlow.co.uk)");
}

QString WaterlowTool::version()
{
    return QStringLiteral("Waterlow 2005");
}

QList<AssessmentItem> WaterlowTool::items()
{
    using Kind = AssessmentItem::Kind;
    QList<AssessmentItem> items;
    AssessmentItem build{buildKey,
                         tr("Build: weight for height"),
                         Kind::Single,
                         {{QStringLiteral("average"), tr("Average, BMI 20-24.9 (0)"), 0},
                          {QStringLiteral("above_average"), tr("Above average, BMI 25-29.9 (1)"), 1},
                          {QStringLiteral("obese"), tr("Obese, BMI 30 and over (2)"), 2},
                          {QStringLiteral("below_average"), tr("Below average, BMI under 20 (3)"), 3}}};
    build.help = tr("Chosen for you from the latest MUST's BMI when there is one: check it.");
    items.append(build);
    AssessmentItem skin{skinKey,
                        tr("Skin type: visual risk areas"),
                        Kind::Multiple,
                        {{QStringLiteral("healthy"), tr("Healthy (0)"), 0},
                         {QStringLiteral("tissue_paper"), tr("Tissue paper (1)"), 1},
                         {QStringLiteral("dry"), tr("Dry (1)"), 1},
                         {QStringLiteral("oedematous"), tr("Oedematous (1)"), 1},
                         {QStringLiteral("clammy"), tr("Clammy, pyrexia (1)"), 1},
                         {QStringLiteral("discoloured"), tr("Discoloured, grade 1 (2)"), 2},
                         {QStringLiteral("broken"), tr("Broken or spots, grade 2-4 (3)"), 3}}};
    skin.exclusiveOption = QStringLiteral("healthy");
    items.append(skin);
    items.append({sexKey,
                  tr("Sex"),
                  Kind::Single,
                  {{QStringLiteral("male"), tr("Male (1)"), 1}, {QStringLiteral("female"), tr("Female (2)"), 2}}});
    AssessmentItem age{ageKey, tr("Age"), Kind::Number};
    age.minimum = 14;
    age.maximum = 120;
    age.unit = tr("years");
    age.help = tr("From the date of birth. 14-49 (1), 50-64 (2), 65-74 (3), 75-80 (4), 81 and over (5).");
    items.append(age);
    items.append({continenceKey,
                  tr("Continence"),
                  Kind::Single,
                  {{QStringLiteral("complete"), tr("Complete or catheterised (0)"), 0},
                   {QStringLiteral("urine"), tr("Urinary incontinence (1)"), 1},
                   {QStringLiteral("faecal"), tr("Faecal incontinence (2)"), 2},
                   {QStringLiteral("both"), tr("Urinary and faecal incontinence (3)"), 3}}});
    items.append({mobilityKey,
                  tr("Mobility"),
                  Kind::Single,
                  {{QStringLiteral("fully"), tr("Fully mobile (0)"), 0},
                   {QStringLiteral("restless"), tr("Restless, fidgety (1)"), 1},
                   {QStringLiteral("apathetic"), tr("Apathetic (2)"), 2},
                   {QStringLiteral("restricted"), tr("Restricted (3)"), 3},
                   {QStringLiteral("bedbound"), tr("Bedbound, e.g. traction (4)"), 4},
                   {QStringLiteral("chairbound"), tr("Chairbound, e.g. wheelchair (5)"), 5}}});
    // The card's malnutrition screening tool (MST: Nutrition vol. 15 no. 6, 1999).
    items.append({lostWeightKey,
                  tr("Has the resident lost weight recently?"),
                  Kind::Single,
                  {{QStringLiteral("yes"), tr("Yes: how much?"), 0},
                   {QStringLiteral("no"), tr("No (0)"), 0},
                   {QStringLiteral("unsure"), tr("Unsure (2)"), 2}}});
    AssessmentItem amount{lossAmountKey,
                          tr("Weight lost"),
                          Kind::Single,
                          {{QStringLiteral("from_0_5_to_5"), tr("0.5-5 kg (1)"), 1},
                           {QStringLiteral("from_5_to_10"), tr("5-10 kg (2)"), 2},
                           {QStringLiteral("from_10_to_15"), tr("10-15 kg (3)"), 3},
                           {QStringLiteral("over_15"), tr("More than 15 kg (4)"), 4},
                           {QStringLiteral("unsure"), tr("Unsure (2)"), 2}}};
    amount.shownWhenKey = lostWeightKey;
    amount.shownWhenValues = {QStringLiteral("yes")};
    items.append(amount);
    items.append({eatingPoorlyKey,
                  tr("Eating poorly or lack of appetite"),
                  Kind::Single,
                  {{QStringLiteral("no"), tr("No (0)"), 0}, {QStringLiteral("yes"), tr("Yes (1)"), 1}}});
    AssessmentItem tissue{
        tissueKey,
        tr("Special risks: tissue malnutrition"),
        Kind::Multiple,
        {{QStringLiteral("none"), tr("None of these"), 0},
         {QStringLiteral("terminal_cachexia"), tr("Terminal cachexia (8)"), 8},
         {QStringLiteral("multiple_organ_failure"), tr("Multiple organ failure (8)"), 8},
         {QStringLiteral("single_organ_failure"), tr("Single organ failure: respiratory, renal, cardiac (5)"), 5},
         {QStringLiteral("peripheral_vascular_disease"), tr("Peripheral vascular disease (5)"), 5},
         {QStringLiteral("anaemia"), tr("Anaemia, Hb under 8 (2)"), 2},
         {QStringLiteral("smoking"), tr("Smoking (1)"), 1}}};
    tissue.exclusiveOption = QStringLiteral("none");
    items.append(tissue);
    AssessmentItem neurological{neurologicalKey,
                                tr("Special risks: neurological deficit (diabetes, MS, CVA, motor or sensory, "
                                   "paraplegia)"),
                                Kind::Single,
                                {{QStringLiteral("none"), tr("None (0)"), 0},
                                 {QStringLiteral("4"), tr("Mild (4)"), 4},
                                 {QStringLiteral("5"), tr("Moderate (5)"), 5},
                                 {QStringLiteral("6"), tr("Severe (6, the card's maximum)"), 6}}};
    items.append(neurological);
    AssessmentItem surgery{surgeryKey,
                           tr("Special risks: major surgery or trauma"),
                           Kind::Multiple,
                           {{QStringLiteral("none"), tr("None of these"), 0},
                            {QStringLiteral("orthopaedic_spinal"), tr("Orthopaedic or spinal (5)"), 5},
                            {QStringLiteral("on_table_over_2h"), tr("On the table over 2 hours (5)"), 5},
                            {QStringLiteral("on_table_over_6h"), tr("On the table over 6 hours (8)"), 8}}};
    surgery.exclusiveOption = QStringLiteral("none");
    surgery.help = tr("Time on the table can be discounted after 48 hours if recovery is normal. Over 6 hours "
                      "replaces over 2 hours.");
    items.append(surgery);
    items.append({medicationKey,
                  tr("Special risks: medication (cytotoxics, long-term or high-dose steroids, anti-inflammatories)"),
                  Kind::Single,
                  {{QStringLiteral("no"), tr("None of these (0)"), 0},
                   {QStringLiteral("yes"), tr("Any of these (4, the card's maximum)"), 4}}});
    return items;
}

QString WaterlowTool::buildForBmi(double bmi)
{
    // The card's bands are written to one decimal (under 20, 20-24.9, 25-29.9, 30 and over). A BMI between two of
    // them (24.95, 29.92) takes the higher-risk band of the two, never the nearer tenth: rounding 19.96 up to 20.0
    // took 3 points away (below average scores 3, average 0). Compared unrounded; the nudge only absorbs the binary
    // error of a quotient that is exactly an edge.
    constexpr double noise = 1e-9;
    if (bmi < 20.0 - noise)
        return QStringLiteral("below_average");
    if (bmi <= 24.9 + noise)
        return QStringLiteral("average");
    if (bmi <= 29.9 + noise)
        return QStringLiteral("above_average");
    return QStringLiteral("obese");
}

int WaterlowTool::agePoints(int years)
{
    if (years < 50)
        return 1;
    if (years < 65)
        return 2;
    if (years < 75)
        return 3;
    if (years <= 80)
        return 4;
    return 5;
}

AssessmentResult WaterlowTool::score(const QJsonObject &answers)
{
    const QList<AssessmentItem> questions = items();
    AssessmentResult result;
    result.missing = AssessmentTools::missingAnswers(questions, answers);
    if (!result.complete())
        return result;

    int total = AssessmentTools::addPoints(questions, {buildKey, skinKey, sexKey}, answers, &result.parts);
    const int years = static_cast<int>(*AssessmentTools::number(answers, ageKey));
    result.parts.append({tr("Age %1").arg(years), agePoints(years)});
    total += agePoints(years);
    total += AssessmentTools::addPoints(questions, {continenceKey, mobilityKey}, answers, &result.parts);
    // MST: "yes" scores the amount lost; "unsure" scores 2; then appetite.
    const int nutrition =
        AssessmentTools::addPoints(questions, {lostWeightKey, lossAmountKey, eatingPoorlyKey}, answers, nullptr);
    result.parts.append({tr("Malnutrition screening"), nutrition});
    total += nutrition;
    total += AssessmentTools::addPoints(questions, {tissueKey, neurologicalKey}, answers, &result.parts);
    QStringList surgery = AssessmentTools::choices(answers, surgeryKey);
    if (surgery.contains(QStringLiteral("on_table_over_6h")))
        surgery.removeAll(QStringLiteral("on_table_over_2h"));
    int surgeryPoints = 0;
    for (const QString &choice : surgery)
        surgeryPoints += AssessmentTools::item(questions, surgeryKey)->option(choice)->points;
    result.parts.append({AssessmentTools::item(questions, surgeryKey)->label, surgeryPoints});
    total += surgeryPoints;
    total += AssessmentTools::addPoints(questions, {medicationKey}, answers, &result.parts);
    result.score = total;

    if (nutrition > 2)
        result.guidance.append(tr("Malnutrition screening score over 2: refer for a nutrition assessment (MUST) "
                                  "and intervention."));
    if (total >= 20) {
        result.band = QStringLiteral("very_high");
        result.bandName = tr("Very high risk");
        result.riskLevel = 3;
    } else if (total >= 15) {
        result.band = QStringLiteral("high");
        result.bandName = tr("High risk");
        result.riskLevel = 2;
    } else if (total >= 10) {
        result.band = QStringLiteral("at_risk");
        result.bandName = tr("At risk");
        result.riskLevel = 1;
    } else {
        result.band = QStringLiteral("not_at_risk");
        result.bandName = tr("Not at risk");
        result.riskLevel = 0;
    }
    if (total >= 10)
        result.guidance.prepend(tr("Pressure-relieving equipment suited to the risk, a repositioning plan, skin "
                                   "checks at every position change, and the skin integrity care plan reviewed."));
    return result;
}
