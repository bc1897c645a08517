#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// What the audit trail shows: a period of local dates (both days whole) and, each when not empty, one user's entries,
// one resident's, one table's row changes and some events.
struct AuditTrailFilter
{
    QDate from;
    QDate to;
    QString userId;
    QString residentId;
    QString table;
    QStringList events;
};
