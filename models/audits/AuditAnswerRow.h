#pragma once

#include "audits/AuditAnswer.h"

#include <QDateTime>
#include <QString>

// A question's answer as written: the answer, the comment, optional evidence (a resident, a care plan, a note), and
// who answered when (the database's, never the station's).
struct AuditAnswerRow
{
    int position = 0;
    AuditAnswer answer = AuditAnswer::Unanswered;
    QString comment;
    QString evidenceResidentId;
    QString evidenceCarePlanId;
    QString evidenceNoteId;
    QString evidenceResident; // "Testresident, Edna (12)", as read
    QString evidenceCarePlan; // the plan's type, as read
    QString answeredBy;       // name
    QDateTime answeredAt;
};
