#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One entry of the audit log as the audit trail lists it: when, who, from which station, what happened and whom or
// what it was about, and its details (for a row's change: the table, the row, the fields and their old and new values).
struct AuditTrailRow
{
    qint64 id = 0;
    QDateTime at;
    qint64 atMicroseconds = 0; // the entry's time to the microsecond: the key of the next page
    QString who;               // empty: nobody signed in (the administrator's command line, the database itself)
    QString role;
    QString station;
    QString event;
    QString about; // the resident or user the entry is about, by name, when the reader may see it
    QJsonObject details;
};
