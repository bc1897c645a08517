#pragma once

#include "common/Result.h"
#include "organization/NewUser.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// An administrator (users.manage) managing the users of their own organization, on their signed-in connection: the
// database's policies decide what is allowed, so these are Refused for anyone else whatever the window shows.
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)

public:
    // The new user's id; they change the password at their first sign-in.
    static Result<QString> addUser(const QSqlDatabase &db, const NewUser &user, const QString &password);
    static Result<> resetPassword(const QSqlDatabase &db, const QString &userId, const QString &password);
    static Result<> setActive(const QSqlDatabase &db, const QString &userId, bool active);
    // Ends a lockout after too many wrong passwords (app_unlock_user, audited).
    static Result<> unlock(const QSqlDatabase &db, const QString &userId);
    // A manager (users.confirm) confirms an account whose clinical access waits for it (app_confirm_user);
    // AlreadyDone when it was not waiting.
    static Result<> confirmUser(const QSqlDatabase &db, const QString &userId);
};
