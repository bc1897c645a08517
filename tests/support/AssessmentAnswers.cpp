#include "AssessmentAnswers.h"

#include <QJsonArray>

AssessmentAnswers &AssessmentAnswers::set(const char *key, const char *option)
{
    m_answers.insert(QLatin1String(key), QLatin1String(option));
    return *this;
}

AssessmentAnswers &AssessmentAnswers::set(const char *key, double value)
{
    m_answers.insert(QLatin1String(key), value);
    return *this;
}

AssessmentAnswers &AssessmentAnswers::setMany(const char *key, std::initializer_list<const char *> options)
{
    QJsonArray chosen;
    for (const char *option : options)
        chosen.append(QLatin1String(option));
    m_answers.insert(QLatin1String(key), chosen);
    return *this;
}

AssessmentAnswers &AssessmentAnswers::without(const char *key)
{
    m_answers.remove(QLatin1String(key));
    return *this;
}

AssessmentAnswers AssessmentAnswers::mustMeasured()
{
    return AssessmentAnswers()
        .set("height_source", "measured")
        .set("height_m", 1.6)
        .set("weight_kg", 60.0)
        .set("weight_loss_source", "measured")
        .set("earlier_weight_kg", 61.0)
        .set("acute_disease", "no");
}

AssessmentAnswers AssessmentAnswers::mustFromTheArm()
{
    return AssessmentAnswers()
        .set("height_source", "not_available")
        .set("muac_cm", 24.5)
        .set("bmi_estimate", "over_20")
        .set("weight_loss_source", "judged")
        .set("weight_loss_judged", "under_5")
        .set("acute_disease", "no");
}

AssessmentAnswers AssessmentAnswers::waterlowBase()
{
    return AssessmentAnswers()
        .set("build", "average")
        .setMany("skin", {"healthy"})
        .set("sex", "male")
        .set("age_years", 40)
        .set("continence", "complete")
        .set("mobility", "fully")
        .set("weight_lost", "no")
        .set("eating_poorly", "no")
        .setMany("tissue_malnutrition", {"none"})
        .set("neurological_deficit", "none")
        .setMany("surgery_trauma", {"none"})
        .set("medication", "no");
}
