#pragma once

#include "clinical/AssessmentItem.h"
#include "clinical/AssessmentResult.h"

#include <QCoreApplication>
#include <QJsonObject>

// The Barthel index of activities of daily living, in the 20-point form used in the UK: Mahoney F.I., Barthel D.W.,
// Maryland State Medical Journal 14, 1965; scoring as in Collin C., Wade D.T. et al., International Disability
// Studies 10(2), 1988. Ten activities add up to 0-20. Dependency bands are those of Shah S., Vanclay F., Cooper B.,
// Journal of Clinical Epidemiology 42(8), 1989 (0-20 total, 21-60 severe, 61-90 moderate, 91-99 slight, 100
// independent on the 100-point index), each a fifth on this one: 0-4, 5-12, 13-18, 19, 20.
class BarthelIndex
{
    Q_DECLARE_TR_FUNCTIONS(BarthelIndex)

public:
    static QString source();
    static QString version();
    static QList<AssessmentItem> items();
    static AssessmentResult score(const QJsonObject &answers);
};
