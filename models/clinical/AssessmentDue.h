#pragma once

#include "clinical/AssessmentType.h"
#include "clinical/ResidentAlerts.h"

#include <QDate>
#include <QString>

// A tool due for a resident: by when, and the assessment that set the date (none when it was never done and is due
// on admission).
struct AssessmentDue
{
    AssessmentType type = AssessmentType::Must;
    QDate dueDate;
    QString lastAssessmentId;
    QDate lastDate;

    bool overdue(const QDate &today) const { return dueDate < today; }
    // Not overdue, but due within ResidentAlerts::assessmentDueDays: the one rule every list and alert uses.
    bool dueSoon(const QDate &today) const
    {
        return !overdue(today) && dueDate <= today.addDays(ResidentAlerts::assessmentDueDays);
    }
};
