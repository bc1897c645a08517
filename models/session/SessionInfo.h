#pragma once

#include <QString>
#include <QStringList>

// Who is signed in, as the database derives it from the session token (app_session_info): never from the client.
struct SessionInfo
{
    QString userId;
    QString organizationId;
    QString firstName;
    QString lastName;
    QString email;
    QString role;
    QString organizationName;
    QStringList capabilities;
    QStringList facilityIds;
    bool allFacilities = false;
    int idleLockMinutes = 5;
    bool passwordChangeOnly = false;
    // Someone without clinical access set up this account (its password, email, rights or homes): its clinical
    // capabilities are held until a manager confirms it (app_confirm_user).
    bool awaitingConfirmation = false;

    // capability: one of Capability's names.
    bool can(QLatin1String capability) const { return capabilities.contains(capability); }
    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
};
