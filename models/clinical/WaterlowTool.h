#pragma once

#include "clinical/AssessmentItem.h"
#include "clinical/AssessmentResult.h"

#include <QCoreApplication>
#include <QJsonObject>

// The Waterlow pressure ulcer risk assessment, the card as revised in 2005 (J. Waterlow, 1985, revised 2005). "Ring
// scores in table, add total. More than 1 score per category can be used": the card's own rule, so skin types,
// tissue malnutrition and surgery add up, while build, sex, age, continence, mobility, appetite, neurological
// deficit and medication take one answer each. Totals: 10+ at risk, 15+ high risk, 20+ very high risk.
class WaterlowTool
{
    Q_DECLARE_TR_FUNCTIONS(WaterlowTool)

public:
    static QString source();
    static QString version();
    static QList<AssessmentItem> items();
    static AssessmentResult score(const QJsonObject &answers);

    // The build answer for an unrounded BMI: under 20 below average, 20-24.9 average, 25-29.9 above average, 30 and
    // over obese; a BMI between two of these (24.95, 29.92) takes the higher-risk band. The card prints "> 30" for
    // obese and "25-29.9" for above average; a BMI of exactly 30.0 is taken as obese, as the WHO classes it, rather
    // than left without a score.
    static QString buildForBmi(double bmi);
    // The age answer's points: 14-49 1, 50-64 2, 65-74 3, 75-80 4, 81+ 5.
    static int agePoints(int years);
};
