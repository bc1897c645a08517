#include "organization/UserDirectory.h"

#include "database/DatabaseFailure.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "organization/OrganizationSetup.h"
#include "session/PasswordRules.h"

namespace {

// app_set_user_password's answer: "set", or why not.
Result<> passwordAnswer(const QString &answer)
{
    if (answer == QLatin1String("set"))
        return Result<>::done();
    if (answer == QLatin1String("not_allowed"))
        return Result<>::refused(UserDirectory::tr("You may not set this user's password: only an administrator of "
                                                   "the same organization may."));
    return Result<>::refused(PasswordRules::describe(answer), QStringLiteral("password"));
}

Result<> setPassword(const PgSession &session, const QString &userId, const QString &password)
{
    const PgResult set = session.exec(QStringLiteral("SELECT public.app_set_user_password($1::uuid, $2) AS problem"),
                                      {userId, password});
    return set.ok() ? passwordAnswer(set.text(0, "problem")) : databaseFailure(set.error());
}

} // namespace

Result<QString> UserDirectory::addUser(const QSqlDatabase &db, const NewUser &user, const QString &password)
{
    if (const Result<> local = PasswordRules::check(password); !local.ok())
        return Result<QString>::failedAs(local);
    const PgSession session(db);
    PgTransaction transaction(session);
    const Result<QString> inserted = OrganizationSetup::insertUser(session, user);
    if (!inserted.ok())
        return inserted;
    if (const Result<> set = setPassword(session, inserted.value, password); !set.ok())
        return Result<QString>::failedAs(set);
    if (!transaction.commit())
        return Result<QString>::failed(tr("The user could not be saved: try again."));
    return inserted;
}

Result<NewUser> UserDirectory::user(const QSqlDatabase &db, const QString &userId)
{
    const PgResult found = PgSession(db).exec(
        QStringLiteral("SELECT u.first_name, u.last_name, u.email, u.role, u.all_facilities, u.access_from, "
                       "u.access_until, "
                       "(SELECT string_agg(g, ',') FROM jsonb_array_elements_text(u.permissions -> 'grant') AS g) "
                       "  AS grants, "
                       "(SELECT string_agg(d, ',') FROM jsonb_array_elements_text(u.permissions -> 'deny') AS d) "
                       "  AS denials, "
                       "(SELECT string_agg(uf.facility_id::text, ',') FROM public.user_facilities AS uf "
                       "  WHERE uf.organization_id = u.organization_id AND uf.user_id = u.id) AS facility_ids "
                       "FROM public.users AS u WHERE u.id = $1::uuid"),
        {userId});
    if (!found.ok())
        return databaseFailure<NewUser>(found.error());
    if (found.rowCount() != 1)
        return Result<NewUser>::refused(tr("This user is not of your organization, or no longer exists."));
    const auto list = [&](QAnyStringView column) {
        return found.text(0, column).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    NewUser user;
    user.firstName = found.text(0, "first_name");
    user.lastName = found.text(0, "last_name");
    user.email = found.text(0, "email");
    user.role = found.text(0, "role");
    user.allFacilities = found.text(0, "all_facilities") == QLatin1String("t");
    user.accessFrom = found.date(0, "access_from");
    user.accessUntil = found.date(0, "access_until");
    user.grants = list("grants");
    user.denials = list("denials");
    user.facilityIds = list("facility_ids");
    return Result<NewUser>::done(user);
}

Result<> UserDirectory::updateUser(const QSqlDatabase &db, const QString &userId, const NewUser &user)
{
    const PgSession session(db);
    PgTransaction transaction(session);
    const PgResult changed = session.exec(
        QStringLiteral("UPDATE public.users SET first_name = $2, last_name = $3, email = $4, role = $5, "
                       "all_facilities = $6, permissions = $7::jsonb, access_from = $8::date, access_until = $9::date "
                       "WHERE id = $1::uuid"),
        {userId, user.firstName.trimmed(), user.lastName.trimmed(), user.email.trimmed(), user.role, user.allFacilities,
         OrganizationSetup::permissions(user), user.accessFrom.isValid() ? QVariant(user.accessFrom) : QVariant(),
         user.accessUntil.isValid() ? QVariant(user.accessUntil) : QVariant()});
    if (!changed.ok())
        return databaseFailure(changed.error());
    if (changed.rowsAffected() != 1)
        return Result<>::refused(tr("You may not change this user: only an administrator of the same organization "
                                    "may."));
    // Every home at once stands for the list: none is kept beside it.
    const QString homes = user.allFacilities ? QString() : user.facilityIds.join(QLatin1Char(','));
    const PgResult removed =
        session.exec(QStringLiteral("DELETE FROM public.user_facilities WHERE user_id = $1::uuid "
                                    "AND NOT facility_id = ANY (string_to_array($2, ',')::uuid[])"),
                     {userId, homes});
    if (!removed.ok())
        return databaseFailure(removed.error());
    const PgResult added =
        session.exec(QStringLiteral("INSERT INTO public.user_facilities (user_id, facility_id) "
                                    "SELECT $1::uuid, f FROM unnest(string_to_array($2, ',')::uuid[]) AS f "
                                    "WHERE NOT EXISTS (SELECT FROM public.user_facilities AS uf "
                                    "                  WHERE uf.user_id = $1::uuid AND uf.facility_id = f)"),
                     {userId, homes});
    if (!added.ok())
        return databaseFailure(added.error());
    if (!transaction.commit())
        return Result<>::failed(tr("The changes could not be saved: try again."));
    return Result<>::done();
}

Result<QHash<QString, QStringList>> UserDirectory::roleRights(const QSqlDatabase &db)
{
    const PgResult rights = PgSession(db).exec(
        QStringLiteral("SELECT r AS role, array_to_string(public.app_role_capabilities(r), ',') AS rights "
                       "FROM unnest(ARRAY['carer', 'nurse', 'manager', 'admin']) AS r"));
    if (!rights.ok())
        return databaseFailure<QHash<QString, QStringList>>(rights.error());
    QHash<QString, QStringList> byRole;
    for (int row = 0; row < rights.rowCount(); ++row)
        byRole.insert(rights.text(row, "role"), rights.text(row, "rights").split(QLatin1Char(','), Qt::SkipEmptyParts));
    return Result<QHash<QString, QStringList>>::done(byRole);
}

Result<> UserDirectory::resetPassword(const QSqlDatabase &db, const QString &userId, const QString &password)
{
    if (const Result<> local = PasswordRules::check(password); !local.ok())
        return local;
    return setPassword(PgSession(db), userId, password);
}

Result<> UserDirectory::confirmUser(const QSqlDatabase &db, const QString &userId)
{
    const PgResult confirmed =
        PgSession(db).exec(QStringLiteral("SELECT public.app_confirm_user($1::uuid) AS answer"), {userId});
    if (!confirmed.ok())
        return databaseFailure(confirmed.error());
    const QString answer = confirmed.text(0, "answer");
    if (answer == QLatin1String("confirmed"))
        return Result<>::done();
    if (answer == QLatin1String("not_waiting"))
        return Result<>{Outcome::AlreadyDone, {}, {}, {}};
    if (answer == QLatin1String("own_password_first"))
        return Result<>::refused(tr("They have not chosen their own password yet: confirm once they have signed in "
                                    "and chosen it, with you."));
    return Result<>::refused(tr("You may not confirm this user: a manager who works at all their care homes confirms "
                                "them, and not someone who manages users or set up this account."));
}

Result<> UserDirectory::unlock(const QSqlDatabase &db, const QString &userId)
{
    const PgResult unlocked =
        PgSession(db).exec(QStringLiteral("SELECT public.app_unlock_user($1::uuid) AS answer"), {userId});
    if (!unlocked.ok())
        return databaseFailure(unlocked.error());
    if (unlocked.text(0, "answer") == QLatin1String("unlocked"))
        return Result<>::done();
    if (unlocked.text(0, "answer") == QLatin1String("not_locked"))
        return Result<>{Outcome::AlreadyDone, {}, {}, {}};
    return Result<>::refused(
        tr("You may not unlock this user: only an administrator of the same organization who holds "
           "all their rights and care homes may."));
}

Result<> UserDirectory::setActive(const QSqlDatabase &db, const QString &userId, bool active)
{
    const PgResult changed =
        PgSession(db).exec(QStringLiteral("UPDATE public.users SET active = $2 WHERE id = $1::uuid"), {userId, active});
    if (!changed.ok())
        return databaseFailure(changed.error());
    // A policy that hides the row makes the update touch nothing rather than fail: say so.
    if (changed.rowsAffected() == 1)
        return Result<>::done();
    return Result<>::refused(tr("You may not change this user: only an administrator of the same organization may."));
}
