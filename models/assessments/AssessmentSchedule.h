#pragma once

#include "clinical/AssessmentType.h"

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
    static QList<Entry> load(const QSqlDatabase &db, QString *error);
    // What is wrong, naming the tool and the value and its range; empty when all are within range.
    static QString problem(const QList<Entry> &entries);
    // An empty string, or what is wrong.
    static QString save(const QSqlDatabase &db, const QList<Entry> &entries);
};
