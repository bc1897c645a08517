#pragma once

#include "attention/AttentionKind.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// One line of the home screen: one record that needs attention, and what opens it. Which fields mean what depends on
// the kind (AttentionStore says it for each).
struct AttentionItem
{
    AttentionKind kind = AttentionKind::ReviewOverdue;
    QString facilityId;
    QString residentId;
    QString resident; // "Surname, First"
    QString room;
    QString recordId; // the care plan, note, incident or audit the line opens
    QString detail;   // a code: the care plan's or assessment's type, the incident's type, the notification's kind...
    QString extra;    // words to show: the escalation, the audit's name, "safeguarding"
    QString who;      // whom an action is given to
    QDate date;       // the date it was due
    QDateTime at;     // when it happened, or is due
    int number = 0;   // the NEWS2 aggregate
    bool urgent = false;

    bool operator==(const AttentionItem &other) const = default;
};
