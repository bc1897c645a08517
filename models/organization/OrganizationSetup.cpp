#include "organization/OrganizationSetup.h"

#include "database/DatabaseErrorMessages.h"
#include "database/PgSession.h"
#include "session/PasswordRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString failure(const PgResult &result)
{
    return DatabaseErrorMessages::describe(result.error());
}

} // namespace

QString OrganizationSetup::createOrganization(const PgSession &session, const QString &name, QString *id)
{
    const PgResult created = session.exec(
        QStringLiteral("INSERT INTO public.organizations (name) VALUES ($1) RETURNING id"), {name.trimmed()});
    if (!created.ok())
        return failure(created);
    *id = created.text(0, "id");
    return QString();
}

QString OrganizationSetup::createFacility(const PgSession &session, const QString &organizationId, const QString &name,
                                          QString *id)
{
    const PgResult created =
        session.exec(QStringLiteral("INSERT INTO public.facilities (organization_id, name) VALUES ($1::uuid, $2) "
                                    "RETURNING id"),
                     {organizationId, name.trimmed()});
    if (!created.ok())
        return failure(created);
    *id = created.text(0, "id");
    return QString();
}

QString OrganizationSetup::insertUser(const PgSession &session, const NewUser &user, QString *id)
{
    // The server chooses the id (stations may not: see the security migration).
    const PgResult created = session.exec(
        QStringLiteral("INSERT INTO public.users (organization_id, email, first_name, last_name, role, "
                       "all_facilities, permissions) VALUES (coalesce($1::uuid, public.app_organization_id()), "
                       "$2, $3, $4, $5, $6, $7::jsonb) RETURNING organization_id, id"),
        {user.organizationId.isEmpty() ? QVariant() : QVariant(user.organizationId), user.email.trimmed(),
         user.firstName.trimmed(), user.lastName.trimmed(), user.role, user.allFacilities,
         QString::fromUtf8(QJsonDocument(user.grants.isEmpty() ? QJsonObject()
                                                               : QJsonObject{{QStringLiteral("grant"),
                                                                              QJsonArray::fromStringList(user.grants)}})
                               .toJson(QJsonDocument::Compact))});
    if (!created.ok())
        return failure(created);
    const QString organization = created.text(0, "organization_id");
    const QString newId = created.text(0, "id");
    for (const QString &facility : user.facilityIds) {
        const PgResult assigned =
            session.exec(QStringLiteral("INSERT INTO public.user_facilities (organization_id, user_id, facility_id) "
                                        "VALUES ($1::uuid, $2::uuid, $3::uuid)"),
                         {organization, newId, facility});
        if (!assigned.ok())
            return failure(assigned);
    }
    *id = newId;
    return QString();
}

QString OrganizationSetup::createUser(const PgSession &session, const NewUser &user, const QString &password,
                                      bool mustChange, QString *id)
{
    if (const Result<> local = PasswordRules::check(password); !local.ok())
        return local.message;
    QString newId;
    const QString problem = insertUser(session, user, &newId);
    if (!problem.isEmpty())
        return problem;
    const PgResult passwordSet = session.exec(
        QStringLiteral("SELECT public.admin_set_password($1::uuid, $2, $3) AS problem"), {newId, password, mustChange});
    if (!passwordSet.ok())
        return failure(passwordSet);
    if (!passwordSet.isNull(0, "problem"))
        return PasswordRules::describe(passwordSet.text(0, "problem"));
    *id = newId;
    return QString();
}

QString OrganizationSetup::findOrganization(const PgSession &session, const QString &idOrName, QString *id)
{
    const PgResult found = session.exec(
        QStringLiteral("SELECT id FROM public.organizations WHERE id::text = $1 OR name = $1 ORDER BY created_at"),
        {idOrName.trimmed()});
    if (found.rowCount() == 1) {
        *id = found.text(0, "id");
        return QString();
    }
    return found.rowCount() == 0
               ? tr("There is no organization \"%1\": give its name or id as create-organization printed it.")
                     .arg(idOrName)
               : tr("More than one organization is called \"%1\": give its id instead.").arg(idOrName);
}

QString OrganizationSetup::findFacility(const PgSession &session, const QString &organizationId,
                                        const QString &idOrName, QString *id)
{
    const PgResult found =
        session.exec(QStringLiteral("SELECT id FROM public.facilities WHERE organization_id = $1::uuid "
                                    "AND (id::text = $2 OR name = $2)"),
                     {organizationId, idOrName.trimmed()});
    if (found.rowCount() == 1) {
        *id = found.text(0, "id");
        return QString();
    }
    return tr("The organization has no facility \"%1\": give its name or id as create-facility printed it.")
        .arg(idOrName);
}

bool OrganizationSetup::hasOrganizations(const PgSession &session)
{
    return session.exec(QStringLiteral("SELECT EXISTS (SELECT FROM public.organizations) AS any_organization"))
               .text(0, "any_organization") == QLatin1String("t");
}
