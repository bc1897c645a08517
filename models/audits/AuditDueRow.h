#pragma once

#include <QDate>
#include <QString>

// A type of audit a home is due to run by the organization's schedule: when it was last run (invalid: never) and
// when it is due (invalid: never run, so due now).
struct AuditDueRow
{
    QString facilityId;
    QString facility;
    QString type;
    QString typeName;
    QDate last;
    QDate due;

    bool isOverdue(const QDate &today) const { return !due.isValid() || due < today; }
};
