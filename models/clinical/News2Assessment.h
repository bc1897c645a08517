#pragma once

#include "clinical/AssessmentItem.h"
#include "clinical/AssessmentResult.h"
#include "clinical/VitalSigns.h"

#include <QCoreApplication>
#include <QJsonObject>

// NEWS2 as an assessment: the same questions a shift note's observations ask, scored by News2 (the one NEWS2 code).
// The answers use the shift note's observation keys, so a NEWS2 reads the same wherever it was recorded.
class News2Assessment
{
    Q_DECLARE_TR_FUNCTIONS(News2Assessment)

public:
    static QString source();
    static QString version();
    static QList<AssessmentItem> items();
    static AssessmentResult score(const QJsonObject &answers);
    static VitalSigns vitalSigns(const QJsonObject &answers);
};
