#pragma once

#include "clinical/ResidentAlerts.h"

#include <QDate>
#include <QString>

// One resident as the list shows them, with the sort key the next page starts after.
struct ResidentListRow
{
    QString id;
    QString firstName;
    QString lastName;
    QString room;
    QString facilityName;
    QString status;
    QDate born;
    QString nhsNumber;
    ResidentAlerts::Flags alerts;
    QString allergyNames;
    QString overdueAssessments;
    QString dueAssessments;
    // Where the next page starts: the sort key of the last row read.
    QString roomKey;
    QString lastNameKey;
    QString firstNameKey;
};
