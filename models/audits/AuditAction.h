#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// An action of an audit's action plan: raised by an unmet question, shared by the audit's versions.
struct AuditAction
{
    QString id;
    QString facilityId;
    QString facility;
    QString auditId;       // the version that raised it
    QString latestAuditId; // the audit's latest version, which a manager opens
    QString auditType;
    QDate auditDate;
    int position = 0;
    QString what;
    QString ownerId;
    QString owner; // name
    QDate due;
    QString status; // open, done, not_needed
    QString completionEvidence;
    QString completedBy; // name
    QDateTime completedAt;

    bool isOpen() const { return status == QLatin1String("open"); }
    // Open and due before `today` (the home's day, from the one clock).
    bool isOverdue(const QDate &today) const { return isOpen() && due.isValid() && due < today; }
};
