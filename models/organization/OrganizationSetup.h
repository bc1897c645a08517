#pragma once

#include "organization/NewUser.h"

#include <QCoreApplication>
#include <QString>

class PgSession;

// Setting up organizations, facilities and users on an owner's (or superuser's) connection: the administrator's
// command line and the embedded database's first start. Each returns an empty string, or one sentence saying what is
// wrong; ids come back through *id. None opens a transaction: callers wrap related steps in one (PgTransaction).
class OrganizationSetup
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationSetup)

public:
    static QString createOrganization(const PgSession &session, const QString &name, QString *id);
    static QString createFacility(const PgSession &session, const QString &organizationId, const QString &name,
                                  QString *id);
    // Creates the user, their facilities and their password (sent as a protocol parameter); with mustChange the user
    // changes it at the first sign-in.
    static QString createUser(const PgSession &session, const NewUser &user, const QString &password, bool mustChange,
                              QString *id);
    // The users row and its facilities, without a password: shared by createUser and an administrator's UserDirectory.
    // With organizationId empty the row takes the signed-in user's organization.
    static QString insertUser(const PgSession &session, const NewUser &user, QString *id);
    // An organization by id or by exact name.
    static QString findOrganization(const PgSession &session, const QString &idOrName, QString *id);
    // A facility of the organization by id or by exact name.
    static QString findFacility(const PgSession &session, const QString &organizationId, const QString &idOrName,
                                QString *id);
    static bool hasOrganizations(const PgSession &session);
};
