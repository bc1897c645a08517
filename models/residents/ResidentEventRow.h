#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// One of a resident's admissions, moves, hospital stays, discharge or death, as their list of events shows it.
struct ResidentEventRow
{
    QDate date;
    QString event;
    QString details;
    QString recordedBy;
    QDateTime recordedAt;
};
