#pragma once

#include "common/Result.h"
#include "database/PgResult.h"

#include <QCoreApplication>
#include <QString>

class PgSession;

// The roles a Write Care Notes database relies on (see the security migration):
//   wcn_owner      NOLOGIN, BYPASSRLS, owns the schema's tables; migrations and the administrator's commands act as it;
//   wcn_functions  NOLOGIN, under row-level security, owns the SECURITY DEFINER functions stations call;
//   wcn_app        NOLOGIN, holds what stations may do;
//   station logins, members of wcn_app, owning nothing.
class DatabaseRoles
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRoles)

public:
    static constexpr char ownerRole[] = "wcn_owner";
    static constexpr char applicationRole[] = "wcn_app";

    static bool isSuperuser(const PgSession &session);
    // As a superuser: creates the roles if missing (and corrects their attributes), makes wcn_owner the owner of the
    // current database, lets only wcn_app's members connect, lets the owner read the master key file, and installs
    // the guard that keeps the append-only tables so against the owner too (AppendOnlyGuard). Stations::Limit also
    // gives every station login of the cluster its time limits (limitStationLogins); Leave is for the tests' databases,
    // set up side by side, whose logins get them when made.
    enum class Stations
    {
        Limit,
        Leave
    };
    static Result<> prepare(const PgSession &session, Stations stations = Stations::Limit);
    // For a copy of a prepared database (CREATE DATABASE ... TEMPLATE), as a superuser: what a copy does not take
    // from its template (its owner, who may connect, its own settings). Roles, grants on functions and the guard are
    // inside the template and come with it.
    static Result<> prepareCopy(const PgSession &session);
    // wcn_owner owns the database, only wcn_app's members may connect, and nobody may make temporary objects: read
    // back after the REVOKE, and done again if it did not hold.
    static Result<> closeToStations(const PgSession &session);
    // Steps of prepare(), each as a superuser.
    // Statement logging of this database shows placeholders, never the values bound to them.
    static Result<> keepValuesOutOfTheLog(const PgSession &session);
    // No role but a superuser may create, write or read large objects in this database.
    static Result<> closeLargeObjects(const PgSession &session);
    // Advisory locks and the WAL position are the owner's and the schema's functions' only: a station could otherwise
    // hold the locks every organization's notes take in turn, or watch how much a sign-in wrote.
    static Result<> closeSharedLocks(const PgSession &session);
    // Every station login gets its time limits (idle transaction, lock wait, statement) and loses any logging
    // setting it gave itself.
    static Result<> limitStationLogins(const PgSession &session);
    // For the embedded server only (a shared server's other databases are its administrator's): no role but a
    // superuser may connect to `postgres` or `template1`, or make temporary objects there.
    static Result<> closeOtherDatabases(const PgSession &session);
    // Whether the connected role may act as wcn_owner (SET ROLE).
    static bool canActAsOwner(const PgSession &session);

    // Creates (or, with an existing name, updates the password of) a station login in wcn_app. The password never
    // becomes statement text: libpq computes the SCRAM verifier here and only the verifier is sent. A name or password
    // it cannot take is Refused. Runs a transaction of its own: call it outside one.
    static Result<> createStationLogin(const PgSession &session, const QString &name, const QString &password);
    // Station login names: a letter or underscore, then letters, digits or underscores, at most 63 (PostgreSQL's).
    static bool isValidLoginName(const QString &name);

private:
    // Revokes EXECUTE from PUBLIC on the pg_catalog functions matching `which` (a condition on pg_proc AS p), and
    // grants it to `grantees` when given; both are constants of this program.
    static PgResult revokeCatalogFunctions(const PgSession &session, const QString &which,
                                           const QString &grantees = QString());
};
