#pragma once

#include "audits/AuditAction.h"
#include "audits/AuditAnswerRow.h"
#include "audits/AuditPerson.h"
#include "audits/AuditQuestion.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One version of an audit as read: what it is, the template version it keeps, its answers, the score the database
// computed, its sign-off, and the action plan of its series.
struct AuditRecord
{
    QString id;
    QString seriesId;
    int version = 1;
    bool latest = true; // no later version exists
    QString facilityId;
    QString facility;
    QString type;
    QString typeName;
    QDate date;
    QString auditor;   // name
    QString createdBy; // name: who started this version
    QString changeReason;
    QString summary;
    QString templateId;
    int templateVersion = 0;
    std::optional<int> score; // hundredths of a percent
    QString signedOffBy;      // name
    QDateTime signedOffAt;
    QList<AuditQuestion> questions;
    QList<AuditAnswerRow> answers;
    QList<AuditAction> actions;
    QList<AuditPerson> residents; // of the audit's home, admitted or in hospital: what an answer may name as evidence

    bool isSignedOff() const { return signedOffAt.isValid(); }
    // The answer to the question at `position`, or an unanswered one.
    AuditAnswerRow answerTo(int position) const;
    int unansweredCount() const;
    // The action raised by the question at `position`, or an empty one.
    AuditAction actionFor(int position) const;
};
