#pragma once

#include "clinical/AssessmentItem.h"
#include "clinical/AssessmentResult.h"

#include <QCoreApplication>
#include <QJsonObject>

// FRAT, the Falls Risk Assessment Tool of the Peninsula Health Falls Prevention Service (Victoria, Australia, 1999;
// validated in residential and community care: Stapleton C. et al., Australasian Journal on Ageing 28(3), 2009).
// Part 1, fall risk status: recent falls (2, 4, 6, 8), medications (1-4), psychological (1-4) and cognitive status
// by the abbreviated mental test score (1-4) add up to 5-20: 5-11 low, 12-15 medium, 16-20 high. A recent change in
// functional status or medication affecting safe mobility, or dizziness or postural hypotension, makes the risk high
// whatever the score.
class FallsRiskTool
{
    Q_DECLARE_TR_FUNCTIONS(FallsRiskTool)

public:
    static QString source();
    static QString version();
    static QList<AssessmentItem> items();
    static AssessmentResult score(const QJsonObject &answers);
};
