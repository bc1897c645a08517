#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// One of the organization's users, as the administrator's list shows them.
struct UserRow
{
    QString id;
    QString name;
    QString email;
    QString role;
    QString homes; // the homes they work in, by name
    QStringList facilityIds;
    bool active = false;
    bool allFacilities = false;
    bool waiting = false;     // clinical access held until a manager confirms the account
    bool ownPassword = false; // its user has chosen their own password since
    bool canConfirm = false;  // the signed-in user may confirm it now
    bool administers = false; // may manage users (an administrator, or another role given the right)
    QDate accessFrom;         // invalid: from the start
    QDate accessUntil;        // invalid: no end
    // Shown to administrators alone (app_user_states); invalid for others, or when never signed in / not locked.
    QDateTime lastSignIn;
    QDateTime lockedUntil;
};
