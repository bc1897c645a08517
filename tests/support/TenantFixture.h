#pragma once

#include "SignedInConnection.h"
#include "database/ConnectionSettings.h"

#include <QMap>
#include <QString>

#include <memory>

class TestDatabase;

// Two fictional care organizations set up on an owner's connection, as an administrator would:
//   Meadowbank Care Group: Fern House (A1) and Oak House (A2);  Hollyfield Homes: Larch Lodge (B1).
// Staff of Meadowbank: a carer and a nurse at Fern House, a nurse at Oak House, a manager of every home, an
// administrator; of Hollyfield: a nurse. Residents, notes, care plans, assessments, audits and incidents in every home,
// and an open falls audit of Fern House from its template, answered, with one unmet question and so one action.
// NHS numbers come from the 999 range set aside for testing.
struct TenantFixture
{
    static constexpr char password[] = "violet-harbour-lantern";

    QString orgA, orgB, facilityA1, facilityA2, facilityB1;
    QMap<QString, QString> userIds;   // "carerA", "nurseA", "nurseA2", "managerA", "adminA", "nurseB"
    QMap<QString, QString> emails;    // same keys
    QMap<QString, QString> residents; // "A1a", "A1b", "A2", "B1"
    QString stationLogin;
    QString stationPassword;

    // Builds everything in db (migrated, as its superuser) and creates a station login. Empty string or the problem.
    QString create(const TestDatabase &db);
    // The database as seen through the station login.
    ConnectionSettings stationSettings(const TestDatabase &db) const;

    // A resident's id, a user's id and a user's email, by the keys above.
    QString resident(const char *key) const { return residents.value(QString::fromLatin1(key)); }
    QString user(const char *key) const { return userIds.value(QString::fromLatin1(key)); }
    QString email(const char *who) const { return emails.value(QString::fromLatin1(who)); }
    // A station's QPSQL connection to db (through the station login) with the user `who` signed in with the fixture's
    // password; a warning says why when that failed (the caller asserts isValid() where it matters).
    std::unique_ptr<SignedInConnection> signedIn(const TestDatabase &db, const char *who) const;
};
