#pragma once

#include <QDateTime>
#include <QString>

// One incident in the managers' list.
struct IncidentListRow
{
    QString id;
    QDateTime occurredAt;
    QDateTime reportedAt;
    QString facility;
    QString resident;
    QString type;
    QString severity; // the latest review's; empty while none
    bool safeguarding = false;
    int pendingNotifications = 0;
    QDateTime earliestDue; // of those pending
    QString reportedBy;
};
