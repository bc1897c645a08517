#pragma once

#include <QJsonObject>

#include <initializer_list>

// An assessment's answers written briefly: AssessmentAnswers(base).set("sex", "female").set("age_years", 81). With the
// bases that more than one tool's tests start from. Every measurement is made up.
class AssessmentAnswers
{
public:
    AssessmentAnswers() = default;
    AssessmentAnswers(const QJsonObject &answers) : m_answers(answers) {}

    AssessmentAnswers &set(const char *key, const char *option);
    AssessmentAnswers &set(const char *key, double value);
    AssessmentAnswers &set(const char *key, int value) { return set(key, double(value)); }
    AssessmentAnswers &setMany(const char *key, std::initializer_list<const char *> options);
    AssessmentAnswers &without(const char *key);
    operator QJsonObject() const { return m_answers; }

    // MUST: measured height 1.60 m (BMI = weight / 2.56), weight 60.0 kg (BMI 23.4), 61.0 kg before (1.6% lost).
    static AssessmentAnswers mustMeasured();
    // MUST without a height: the arm and a judged loss, no weight needed.
    static AssessmentAnswers mustFromTheArm();
    // Waterlow at its lowest but for sex and age: male (1), 40 (1), everything else 0: total 2.
    static AssessmentAnswers waterlowBase();

private:
    QJsonObject m_answers;
};
