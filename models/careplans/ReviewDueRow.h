#pragma once

#include <QDate>
#include <QString>

// One care plan review due, as the list of reviews due across homes shows it.
struct ReviewDueRow
{
    QString planId;
    QString residentId;
    QString type;
    QDate review;
    QString resident;
    QString room;
    QString facility;
};
