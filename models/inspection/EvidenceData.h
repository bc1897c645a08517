#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What a home's evidence pack for one key question of the inspection framework holds, as read for a period. Plain
// values: InspectionEvidenceStore reads them, EvidencePack writes them out.
struct EvidenceStatement
{
    QString code;
    QString title;
    QStringList evidence; // the sources the database names for it beyond the audit questions (migration 21)
};

// One answer, in an audit of the period, to a question tagged with a statement.
struct EvidenceAnswer
{
    QString statement;
    QString auditId;
    QString auditType; // the type's name
    QDate auditDate;
    QString score; // as stored ("83.33"), empty while not all answered
    bool signedOff = false;
    int position = 0;
    QString question;
    QString answer; // met, not_met, not_applicable, or empty when not answered
    QString comment;
};

// An action raised by an unmet question tagged with a statement, as it stands.
struct EvidenceAction
{
    QString statement;
    QString auditType;
    QDate auditDate;
    QString what;
    QString owner;
    QDate due;
    QString status; // open, done, not_needed
    QDate completed;
};

// An incident of the period, as its latest review left it.
struct EvidenceIncident
{
    QString id;
    QString type; // as reviewed, else as reported
    QDateTime occurredAt;
    QString severity; // empty while not reviewed
    bool safeguarding = false;
    bool reviewed = false;
    QString lessons;
};

// A notification an incident of the period needed.
struct EvidenceNotification
{
    QString incidentType;
    QDateTime occurredAt;
    QString kind;
    QDateTime dueAt;
    QDateTime sentAt;
    QString reference;
    QDateTime withdrawnAt;
    QString withdrawnReason;
};

struct EvidenceData
{
    QString facilityId;
    QString facility;
    QString framework;   // "Single assessment framework"
    QString regulator;   // "Care Quality Commission"
    QString keyQuestion; // its title: "Safe"
    QDate from;
    QDate to;
    QList<EvidenceStatement> statements;
    QList<EvidenceAnswer> answers;
    QList<EvidenceAction> actions;
    QList<EvidenceIncident> incidents;
    QList<EvidenceNotification> notifications;
    int reviewsDone = 0;        // care plan reviews done in the period
    int reviewsOverdue = 0;     // care plans past their review date now
    int assessmentsDone = 0;    // assessments done in the period
    int assessmentsOverdue = 0; // assessments past their due date now
};
