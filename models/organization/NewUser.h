#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// A user to be created by an administrator.
struct NewUser
{
    QString organizationId;
    QString email;
    QString firstName;
    QString lastName;
    QString role; // carer, nurse, manager or admin
    bool allFacilities = false;
    QStringList facilityIds;
    QStringList
        grants;       // capabilities beyond the role's (users.permissions "grant"), e.g. a manager who also administers
    QDate accessFrom; // invalid: at once
    QDate accessUntil; // invalid: no end; else the last day (both days included)
};
