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
