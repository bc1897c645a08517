#pragma once

#include <QDate>
#include <QString>

// One of a resident's care plans, as their list of plans shows it.
struct CarePlanListRow
{
    QString id;
    QString type;
    QString status;
    QDate start;
    QDate review;
    QString updatedBy;
    QDate updated;
};
