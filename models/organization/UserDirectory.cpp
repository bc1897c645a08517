#include "organization/UserDirectory.h"

#include "database/DatabaseErrorMessages.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "organization/OrganizationSetup.h"
#include "session/PasswordRules.h"

namespace {

QString passwordSentence(const QString &answer)
{
    if (answer == QLatin1String("set"))
        return QString();
    if (answer == QLatin1String("not_allowed"))
        return UserDirectory::tr("You may not set this user's password: only an administrator of the same "
                                 "organization may.");
    return PasswordRules::describe(answer);
}

} // namespace

QString UserDirectory::addUser(const QSqlDatabase &db, const NewUser &user, const QString &password, QString *id)
{
    if (const Result<> local = PasswordRules::check(password); !local.ok())
        return local.message;
    const PgSession session(db);
    PgTransaction transaction(session);
    QString newId;
    QString problem = OrganizationSetup::insertUser(session, user, &newId);
    if (problem.isEmpty()) {
        const PgResult set = session.exec(
            QStringLiteral("SELECT public.app_set_user_password($1::uuid, $2) AS problem"), {newId, password});
        problem = set.ok() ? passwordSentence(set.text(0, "problem")) : DatabaseErrorMessages::describe(set.error());
    }
    if (problem.isEmpty() && !transaction.commit())
        problem = tr("The user could not be saved: try again.");
    if (problem.isEmpty())
        *id = newId;
    return problem;
}

QString UserDirectory::resetPassword(const QSqlDatabase &db, const QString &userId, const QString &password)
{
    if (const Result<> local = PasswordRules::check(password); !local.ok())
        return local.message;
    const PgResult set = PgSession(db).exec(
        QStringLiteral("SELECT public.app_set_user_password($1::uuid, $2) AS problem"), {userId, password});
    return set.ok() ? passwordSentence(set.text(0, "problem")) : DatabaseErrorMessages::describe(set.error());
}

QString UserDirectory::confirmUser(const QSqlDatabase &db, const QString &userId)
{
    const PgResult confirmed =
        PgSession(db).exec(QStringLiteral("SELECT public.app_confirm_user($1::uuid) AS answer"), {userId});
    if (!confirmed.ok())
        return DatabaseErrorMessages::describe(confirmed.error());
    const QString answer = confirmed.text(0, "answer");
    if (answer == QLatin1String("confirmed") || answer == QLatin1String("not_waiting"))
        return QString();
    if (answer == QLatin1String("own_password_first"))
        return tr("They have not chosen their own password yet: confirm once they have signed in and chosen it, "
                  "with you.");
    return tr("You may not confirm this user: a manager who works at all their care homes confirms them, and not "
              "someone who manages users or set up this account.");
}

QString UserDirectory::setActive(const QSqlDatabase &db, const QString &userId, bool active)
{
    const PgResult changed =
        PgSession(db).exec(QStringLiteral("UPDATE public.users SET active = $2 WHERE id = $1::uuid"), {userId, active});
    if (!changed.ok())
        return DatabaseErrorMessages::describe(changed.error());
    // A policy that hides the row makes the update touch nothing rather than fail: say so.
    return changed.rowsAffected() == 1 ? QString()
                                       : tr("You may not change this user: only an administrator of the same "
                                            "organization may.");
}
