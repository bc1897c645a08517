#pragma once

#include "clinical/AssessmentItem.h"
#include "clinical/AssessmentResult.h"

#include <QCoreApplication>
#include <QJsonObject>

// The Malnutrition Universal Screening Tool ('MUST'), British Association for Parenteral and Enteral Nutrition
// (BAPEN), Malnutrition Advisory Group, 2003, revised 2011: the 'MUST' flowchart (steps 1-5) and the 'MUST'
// explanatory booklet (alternative measurements). Step 1 BMI score: over 20.0 scores 0, 18.5 to 20.0 scores 1,
// under 18.5 scores 2. Step 2 unplanned weight loss in 3-6 months: under 5% 0, 5-10% 1, over 10% 2. Step 3 acute
// disease effect: 2. Step 4 the three add up: 0 low, 1 medium, 2 or more high risk. Step 5 the management guidelines
// for care homes.
class MustTool
{
    Q_DECLARE_TR_FUNCTIONS(MustTool)

public:
    static QString source();
    static QString version();
    static QList<AssessmentItem> items();
    static AssessmentResult score(const QJsonObject &answers);

    // BMI in kg/m², unrounded: the points come from the value itself (see MustTool.cpp for the edges).
    static double bmi(double weightKg, double heightMetres);
    // A BMI between two bands (20.04, 18.46) takes the higher-risk one: 0 from 20.1, 1 from 18.5, else 2.
    static int bmiPoints(double bmi);
    // Unplanned loss as a percentage of the earlier weight, unrounded; 0 when weight was gained.
    static double weightLossPercent(double earlierKg, double nowKg);
    // A loss between two bands (4.95, 10.03) takes the higher-risk one: 0 up to 4.9, 1 up to 10.0, else 2.
    static int weightLossPoints(double percent);
};
