#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// A user as an administrator creates or edits them.
struct NewUser
{
    QString organizationId;
    QString email;
    QString firstName;
    QString lastName;
    QString role; // carer, nurse, manager or admin
    bool allFacilities = false;
    QStringList facilityIds;
    // Capabilities beyond the role's (users.permissions "grant"), e.g. a manager who also administers, and of the
    // role's taken away ("deny").
    QStringList grants;
    QStringList denials;
    QDate accessFrom;  // invalid: at once
    QDate accessUntil; // invalid: no end; else the last day (both days included)
};
