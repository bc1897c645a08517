#pragma once

#include "common/Result.h"
#include "organization/NewUser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// An administrator (users.manage) managing the users of their own organization, on their signed-in connection: the
// database's policies decide what is allowed, so these are Refused for anyone else whatever the window shows.
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)

public:
    // The new user's id; they change the password at their first sign-in.
    static Result<QString> addUser(const QSqlDatabase &db, const NewUser &user, const QString &password);
    // The user as they are now, to be edited (organizationId left empty).
    static Result<NewUser> user(const QSqlDatabase &db, const QString &userId);
    // Name, email, role, rights, homes and access dates, all or nothing. The database refuses what the signed-in user
    // may not do: rights or homes beyond their own, their own role or rights, leaving no administrator.
    static Result<> updateUser(const QSqlDatabase &db, const QString &userId, const NewUser &user);
    // Each role's capabilities as the database gives them (carer, nurse, manager, admin), to show what a role allows
    // before it is saved.
    static Result<QHash<QString, QStringList>> roleRights(const QSqlDatabase &db);
    static Result<> resetPassword(const QSqlDatabase &db, const QString &userId, const QString &password);
    static Result<> setActive(const QSqlDatabase &db, const QString &userId, bool active);
    // Ends a lockout after too many wrong passwords (app_unlock_user, audited).
    static Result<> unlock(const QSqlDatabase &db, const QString &userId);
    // A manager (users.confirm) confirms an account whose clinical access waits for it (app_confirm_user);
    // AlreadyDone when it was not waiting.
    static Result<> confirmUser(const QSqlDatabase &db, const QString &userId);
};
