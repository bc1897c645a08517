#include "organization/OrganizationSetup.h"

#include "database/DatabaseFailure.h"
#include "database/PgSession.h"
#include "session/PasswordRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

Result<QString> OrganizationSetup::createOrganization(const PgSession &session, const QString &name)
{
    const PgResult created = session.exec(
        QStringLiteral("INSERT INTO public.organizations (name) VALUES ($1) RETURNING id"), {name.trimmed()});
    if (!created.ok())
        return databaseFailure<QString>(created.error());
    return Result<QString>::done(created.text(0, "id"));
}

Result<QString> OrganizationSetup::createFacility(const PgSession &session, const QString &organizationId,
                                                  const QString &name)
{
    const PgResult created =
        session.exec(QStringLiteral("INSERT INTO public.facilities (organization_id, name) VALUES ($1::uuid, $2) "
                                    "RETURNING id"),
                     {organizationId, name.trimmed()});
    if (!created.ok())
        return databaseFailure<QString>(created.error());
    return Result<QString>::done(created.text(0, "id"));
}

Result<QString> OrganizationSetup::insertUser(const PgSession &session, const NewUser &user)
{
    // The server chooses the id (stations may not: see the security migration).
    const PgResult created = session.exec(
        QStringLiteral("INSERT INTO public.users (organization_id, email, first_name, last_name, role, "
                       "all_facilities, permissions, access_from, access_until) "
                       "VALUES (coalesce($1::uuid, public.app_organization_id()), $2, $3, $4, $5, $6, $7::jsonb, "
                       "$8::date, $9::date) RETURNING organization_id, id"),
        {user.organizationId.isEmpty() ? QVariant() : QVariant(user.organizationId), user.email.trimmed(),
         user.firstName.trimmed(), user.lastName.trimmed(), user.role, user.allFacilities, permissions(user),
         user.accessFrom.isValid() ? QVariant(user.accessFrom) : QVariant(),
         user.accessUntil.isValid() ? QVariant(user.accessUntil) : QVariant()});
    if (!created.ok())
        return databaseFailure<QString>(created.error());
    const QString organization = created.text(0, "organization_id");
    const QString newId = created.text(0, "id");
    for (const QString &facility : user.facilityIds) {
        const PgResult assigned =
            session.exec(QStringLiteral("INSERT INTO public.user_facilities (organization_id, user_id, facility_id) "
                                        "VALUES ($1::uuid, $2::uuid, $3::uuid)"),
                         {organization, newId, facility});
        if (!assigned.ok())
            return databaseFailure<QString>(assigned.error());
    }
    return Result<QString>::done(newId);
}

QString OrganizationSetup::permissions(const NewUser &user)
{
    QJsonObject permissions;
    if (!user.grants.isEmpty())
        permissions.insert(QStringLiteral("grant"), QJsonArray::fromStringList(user.grants));
    if (!user.denials.isEmpty())
        permissions.insert(QStringLiteral("deny"), QJsonArray::fromStringList(user.denials));
    return QString::fromUtf8(QJsonDocument(permissions).toJson(QJsonDocument::Compact));
}

Result<QString> OrganizationSetup::createUser(const PgSession &session, const NewUser &user, const QString &password,
                                              bool mustChange)
{
    if (const Result<> local = PasswordRules::check(password); !local.ok())
        return Result<QString>::failedAs(local);
    const Result<QString> inserted = insertUser(session, user);
    if (!inserted.ok())
        return inserted;
    const PgResult passwordSet =
        session.exec(QStringLiteral("SELECT public.admin_set_password($1::uuid, $2, $3) AS problem"),
                     {inserted.value, password, mustChange});
    if (!passwordSet.ok())
        return databaseFailure<QString>(passwordSet.error());
    if (!passwordSet.isNull(0, "problem"))
        return Result<QString>::refused(PasswordRules::describe(passwordSet.text(0, "problem")),
                                        QStringLiteral("password"));
    return inserted;
}

Result<QString> OrganizationSetup::findOrganization(const PgSession &session, const QString &idOrName)
{
    const PgResult found = session.exec(
        QStringLiteral("SELECT id FROM public.organizations WHERE id::text = $1 OR name = $1 ORDER BY created_at"),
        {idOrName.trimmed()});
    if (!found.ok())
        return databaseFailure<QString>(found.error());
    if (found.rowCount() == 1)
        return Result<QString>::done(found.text(0, "id"));
    return Result<QString>::refused(
        found.rowCount() == 0
            ? tr("There is no organization \"%1\": give its name or id as create-organization printed it.")
                  .arg(idOrName)
            : tr("More than one organization is called \"%1\": give its id instead.").arg(idOrName));
}

Result<QString> OrganizationSetup::findFacility(const PgSession &session, const QString &organizationId,
                                                const QString &idOrName)
{
    const PgResult found =
        session.exec(QStringLiteral("SELECT id FROM public.facilities WHERE organization_id = $1::uuid "
                                    "AND (id::text = $2 OR name = $2)"),
                     {organizationId, idOrName.trimmed()});
    if (!found.ok())
        return databaseFailure<QString>(found.error());
    if (found.rowCount() == 1)
        return Result<QString>::done(found.text(0, "id"));
    return Result<QString>::refused(
        tr("The organization has no facility \"%1\": give its name or id as create-facility printed it.")
            .arg(idOrName));
}

bool OrganizationSetup::hasOrganizations(const PgSession &session)
{
    return session.exec(QStringLiteral("SELECT EXISTS (SELECT FROM public.organizations) AS any_organization"))
               .text(0, "any_organization") == QLatin1String("t");
}
