#include "session/PasswordRules.h"

QString PasswordRules::describe(const QString &problem)
{
    if (problem.isEmpty())
        return QString();
    if (problem == QLatin1String("too_short"))
        return tr("The password needs at least %1 characters: a few words strung together are easy to remember and "
                  "hard to guess.")
            .arg(minimumLength);
    if (problem == QLatin1String("too_common"))
        return tr("That password is one of the most common ones, so it is easy to guess: choose another.");
    if (problem == QLatin1String("unchanged"))
        return tr("The new password is the same as the old one: choose a different one.");
    if (problem == QLatin1String("wrong_password"))
        return tr("The current password is not right: type it again.");
    return tr("The password cannot be used (%1): choose another.").arg(problem);
}

Result<> PasswordRules::check(const QString &password)
{
    if (password.size() < minimumLength)
        return Result<>::refused(describe(QStringLiteral("too_short")), QStringLiteral("password"));
    return Result<>::done();
}
