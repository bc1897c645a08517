#pragma once

#include "clinical/AssessmentType.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The organization's schedule of risk assessments (organizations.settings -> 'assessment_schedule'), which the
// database's assessment_schedule() reads to set each assessment's next due date: for each tool, whether it is due on
// admission, every how many days, and how soon again after a result that shows a risk. 0 days: not scheduled. Changed
// by an administrator (organization.manage); the database audits who changed what.
class AssessmentSchedule
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentSchedule)

public:
    // As assessment_schedule() reads them: outside this range it uses the default.
    static constexpr int maximumDays = 366;

    struct Entry
    {
        AssessmentType type = AssessmentType::Must;
        bool onAdmission = false;
        int everyDays = 0; // 0: not scheduled
        int riskDays = 0;  // 0: every everyDays, whatever the result
    };

    // Every tool's entry as the database applies it now (the defaults where the organization set none).
    static Result<QList<Entry>> load(const QSqlDatabase &db);
    // Done when all are within range; else Refused with what is wrong, naming the tool and the value and its range,
    // and the tool's key as the field.
    static Result<> check(const QList<Entry> &entries);
    // Done, or Refused with what is wrong.
    static Result<> save(const QSqlDatabase &db, const QList<Entry> &entries);
};
