#pragma once

#include "clinical/AssessmentItem.h"
#include "clinical/AssessmentResult.h"

#include <QCoreApplication>
#include <QJsonObject>

// The Abbey Pain Scale, for people with dementia who cannot say they are in pain: Abbey J. et al., "The Abbey pain
// scale: a 1-minute numerical indicator for people with end-stage dementia", International Journal of Palliative
// Nursing 10(1), 2004 (scale version 1998-2002). Six signs, each absent 0, mild 1, moderate 2 or severe 3, add up
// to 0-18: 0-2 no pain, 3-7 mild, 8-13 moderate, 14 and over severe; then the type of pain.
class AbbeyPainScale
{
    Q_DECLARE_TR_FUNCTIONS(AbbeyPainScale)

public:
    static QString source();
    static QString version();
    static QList<AssessmentItem> items();
    static AssessmentResult score(const QJsonObject &answers);
};
