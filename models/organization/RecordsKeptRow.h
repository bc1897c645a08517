#pragma once

#include <QDate>
#include <QString>

// A resident who has left or died, as the administrator's list of records kept shows them (app_records_kept).
struct RecordsKeptRow
{
    QString residentId;
    QString firstName;
    QString lastName;
    QString home;
    QString status; // discharged or deceased
    QDate careEnded;
    QDate lastEntry;
    QDate firstDayDue; // the database's reckoning (RecordRetention's rule)
    bool onHold = false;
    QString holdReason;
};
