#pragma once

#include "StationConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

// What every file of the attack suite shares: a fresh copy of the migrated template with two organizations in it
// (TenantFixture), and the ways in that someone at a station has: the station's database login over plain libpq,
// signed in as any of the fixture's users or as nobody. The suite is one file per class of attack
// (tests/security/TestAttack*.cpp, with tests/security/TestSecurity*.cpp for isolation), so the next person sees what
// has been tried.
class AttackSuite : public QObject
{
    Q_OBJECT

public:
    // SQLSTATE insufficient_privilege, the answer to most attempts.
    static const QString denied;

    // Puts values[n-1] in place of each %n (QString::arg with several arguments fills placeholders in the order they
    // appear, whatever their numbers, which is not what these statements mean).
    static QString fill(QString statement, const QStringList &values);
    // Every table that holds an organization's rows (partitions aside), and the tables no station may read at all.
    static const QStringList &tenantTables();
    static const QStringList &secretTables();

protected:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;

    // Makes the database and the fixture; empty string or the problem. Call from initTestCase.
    QString setUpFixture();
    // Medical notes in both organizations (Edna's by nurseA, Fred's by nurseB), written through the application's own
    // path; empty string or the problem.
    QString writeMedicalNotes() const;

    std::unique_ptr<StationConnection> station() const;
    // Signs `who` (a TenantFixture user key) in on the connection and attaches the session; empty string, or what
    // went wrong.
    QString signIn(const StationConnection &connection, const QString &who,
                   const QString &password = QString::fromLatin1(TenantFixture::password)) const;
    // A new station connection with `who` signed in (a warning says why if that failed).
    std::unique_ptr<StationConnection> signedIn(const QString &who) const;

    QString resident(const char *key) const { return m_fixture.resident(key); }
    QString user(const char *key) const { return m_fixture.user(key); }

    // A carer of organization A at Fern House with the fixture's password, made by the owner as create-user does;
    // returns the new user's id.
    QString makeUser(const QString &email, const QString &role = QStringLiteral("carer"));
};
