#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What a tool makes of a set of answers. Incomplete (an answer missing) or impossible (a value outside what a living
// adult can have) results have no score, band or guidance: a missing answer is never counted as 0.
struct AssessmentResult
{
    struct Part
    {
        QString label;
        int points = 0;
    };

    QStringList missing; // keys of the questions still to answer
    QString problemKey;  // the first impossible answer, and a sentence naming it and the accepted range
    QString problem;
    int score = 0;
    QString band;     // a stable key ("low", "medium", "high", ...), stored with the assessment
    QString bandName; // translated
    // 0: no or low risk; 1: some risk; 2: high; 3: very high. Decides how soon the next assessment is due and
    // whether the matching care plan is offered for review (2 and above).
    int riskLevel = 0;
    QStringList guidance;
    QList<Part> parts;   // points per question, as the tool adds them
    QJsonObject derived; // values computed from the answers (BMI, weight loss, age) as stored with them

    bool complete() const { return missing.isEmpty() && problem.isEmpty(); }
    bool highRisk() const { return complete() && riskLevel >= 2; }
};
