#pragma once

#include "assessments/AssessmentRecord.h"
#include "careplans/CarePlanRecord.h"
#include "careplans/CarePlanReview.h"
#include "clinical/AssessmentDue.h"
#include "residents/ResidentRecord.h"

#include <QCoreApplication>
#include <QDate>

// The printed resident summary (for an inspector, or to go with a resident to hospital), the printed care plan and
// the printed assessment, as HTML for QTextDocument. Pure.
class RecordPrintouts
{
    Q_DECLARE_TR_FUNCTIONS(RecordPrintouts)

public:
    // plans: the resident's care plans (live ones are printed); assessments: the one in force of each tool, and due:
    // what is due (both empty for a user who may not read assessments). The medical details appear when the record
    // holds them (the printing user may read them).
    // assessmentsError: why the assessments could not be read, printed in their place (never a table that looks
    // complete).
    static QString residentSummary(const ResidentRecord &resident, const QList<CarePlanRecord> &plans,
                                   const QList<AssessmentRecord> &assessments, const QList<AssessmentDue> &due,
                                   const QString &assessmentsError, const QDate &today, const QString &printedBy,
                                   const QString &printedAt);
    static QString carePlan(const CarePlanRecord &plan, const ResidentRecord &resident,
                            const QList<CarePlanReview> &reviews, const QDate &today, const QString &printedBy,
                            const QString &printedAt);
    static QString assessment(const AssessmentRecord &record, const ResidentRecord &resident, const QDate &today,
                              const QString &printedBy, const QString &printedAt);
    // An assessment's answers and points as tables, without page or footer: as a saved one is read on screen.
    static QString assessmentAnswers(const AssessmentRecord &record);
    // Who the resident is, in a line: born when (and age), NHS number, home and room.
    static QString identity(const ResidentRecord &resident, const QDate &today);
    // The alerts of a record, in words, for the top of a printout and of the record on screen.
    static QStringList alerts(const ResidentRecord &resident);
};
