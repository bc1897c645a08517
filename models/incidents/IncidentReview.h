#pragma once

#include <QDateTime>
#include <QString>

// A manager's review of an incident, each a whole new version (the latest counts): the type as reviewed, severity
// (no_harm, low, moderate, severe, death), what was done, lessons learned, police involvement, safeguarding, and for
// the duty of candour when the resident or family was told and how.
struct IncidentReview
{
    QString type;
    QString severity;
    QString actionsTaken;
    QString lessonsLearned;
    bool policeInvolved = false;
    bool safeguarding = false;
    QDateTime familyToldAt; // invalid: not yet told
    QString familyToldNote;

    // As read back.
    int version = 0;
    QString reviewedBy;
    QDateTime reviewedAt;
};
