#pragma once

#include <QDateTime>
#include <QString>

// One time somebody saw a resident's record, as the audit log keeps it: who, when, from which station, and what they
// saw (the record opened, its medical notes or details read).
struct RecordAccessRow
{
    qint64 id = 0;
    QDateTime at;
    qint64 atMicroseconds = 0; // the entry's time to the microsecond: the key of the next page
    QString event;             // resident_opened, medical_notes_read, medical_details_read
    QString who;               // empty for the administrator's command line
    QString role;
    QString station;
};
