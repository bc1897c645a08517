#pragma once

#include "common/Result.h"
#include "organization/NewUser.h"

#include <QCoreApplication>
#include <QString>

class PgSession;

// Setting up organizations, facilities and users on an owner's (or superuser's) connection: the administrator's
// command line and the embedded database's first start. Each result's value is the id made or found; a password, name
// or id that cannot be taken is Refused. None opens a transaction: callers wrap related steps in one (PgTransaction).
class OrganizationSetup
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationSetup)

public:
    static Result<QString> createOrganization(const PgSession &session, const QString &name);
    static Result<QString> createFacility(const PgSession &session, const QString &organizationId, const QString &name);
    // Creates the user, their facilities and their password (sent as a protocol parameter); with mustChange the user
    // changes it at the first sign-in.
    static Result<QString> createUser(const PgSession &session, const NewUser &user, const QString &password,
                                      bool mustChange);
    // The users row and its facilities, without a password: shared by createUser and an administrator's UserDirectory.
    // With organizationId empty the row takes the signed-in user's organization.
    static Result<QString> insertUser(const PgSession &session, const NewUser &user);
    // users.permissions for the user's grants and denials ({"grant": [...], "deny": [...]}, each only when not empty).
    static QString permissions(const NewUser &user);
    // An organization by id or by exact name.
    static Result<QString> findOrganization(const PgSession &session, const QString &idOrName);
    // A facility of the organization by id or by exact name.
    static Result<QString> findFacility(const PgSession &session, const QString &organizationId,
                                        const QString &idOrName);
    static bool hasOrganizations(const PgSession &session);
};
