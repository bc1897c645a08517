#pragma once

#include <QString>

// What the embedded database's first start asks for: the organization, its first care home and its first
// administrator.
struct FirstRunDetails
{
    QString organizationName;
    QString facilityName;
    QString firstName;
    QString lastName;
    QString email;
    QString password;
    // The first administrator also works with residents as a manager (a small home's registered manager usually does).
    bool alsoManager = true;
};
