#pragma once

// The kinds of thing the manager's home screen lists for each home, in the order it shows them: what is late for a
// resident first, then incidents and what they owe the regulator, then the audits.
enum class AttentionKind
{
    ReviewOverdue,          // a care plan past its review date
    AssessmentOverdue,      // an assessment past its due date
    News2Raised,            // NEWS2 of 5 or more, or 3 in one parameter, in the last 24 hours
    NoNoteThisShift,        // an admitted resident with no note on the shift under way
    IncidentAwaitingReview, // an incident no manager has reviewed
    NotificationNotSent,    // a notification of an incident neither sent nor withdrawn
    ActionOverdue,          // an open audit action past its date
    AuditDue,               // an audit due by the home's schedule, or never run
};

inline constexpr int attentionKindCount = 8;
