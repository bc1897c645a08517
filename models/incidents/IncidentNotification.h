#pragma once

#include <QDateTime>
#include <QString>

// One notification an incident needs (see IncidentNotifications for the kinds): due by, and sent with its reference
// or withdrawn with the reason. Locked once either.
struct IncidentNotification
{
    QString id;
    QString kind;
    QDateTime dueAt;
    QDateTime sentAt;
    QString reference;
    QString sentBy;
    QString withdrawnReason;
    QDateTime withdrawnAt;
    QString withdrawnBy;
    QString addedBy;

    bool pending() const { return !sentAt.isValid() && !withdrawnAt.isValid(); }
    bool overdue(const QDateTime &now) const { return pending() && dueAt.isValid() && dueAt < now; }
};
