#pragma once

#include "organization/NewUser.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// An administrator (users.manage) managing the users of their own organization, on their signed-in connection: the
// database's policies decide what is allowed, so these fail for anyone else whatever the window shows. Each returns
// an empty string, or one sentence saying what is wrong.
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)

public:
    // The new user changes the password at their first sign-in.
    static QString addUser(const QSqlDatabase &db, const NewUser &user, const QString &password, QString *id);
    static QString resetPassword(const QSqlDatabase &db, const QString &userId, const QString &password);
    static QString setActive(const QSqlDatabase &db, const QString &userId, bool active);
    // A manager (users.confirm) confirms an account whose clinical access waits for it (app_confirm_user).
    static QString confirmUser(const QSqlDatabase &db, const QString &userId);
};
