#pragma once

#include "clinical/AssessmentResult.h"
#include "clinical/AssessmentType.h"

#include <QString>
#include <QStringList>

// What every assessment tool's result must be, checked in full (Qt Test assertions: a failure fails the test that
// called, at the first difference).
class AssessmentChecks
{
public:
    // A complete result with exactly this score, band and risk level, whose parts add up to the score.
    static void compareScored(const AssessmentResult &result, int score, const QString &band, int riskLevel);
    // An incomplete or refused result has no score, band, risk level or guidance: nothing is ever counted as 0.
    static void compareUnscored(const AssessmentResult &result);
    static void compareMissing(const AssessmentResult &result, const QStringList &missing);
    // Refused before scoring, with a sentence that begins with the question's label.
    static void compareRefused(AssessmentType type, const AssessmentResult &result, const QString &key);
    static bool anyStartsWith(const QStringList &lines, const QString &start);
};
