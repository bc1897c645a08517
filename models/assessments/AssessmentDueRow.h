#pragma once

#include "clinical/AssessmentDue.h"

#include <QString>

// One assessment due, as the list of what is due across homes shows it.
struct AssessmentDueRow
{
    AssessmentDue due;
    QString residentId;
    QString typeKey;
    QString resident;
    QString room;
    QString facility;
};
