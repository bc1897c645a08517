#pragma once

#include "common/Result.h"
#include "organization/HomeDetails.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// The care homes' details, added, changed, closed and reopened by an administrator (facilities.manage) on her
// signed-in connection. The database decides: a policy refuses anyone else, a home closes only once no resident lives
// there, and nobody is admitted to a closed home. Homes are never deleted: residents' records name them.
class HomeStore
{
    Q_DECLARE_TR_FUNCTIONS(HomeStore)

public:
    // Every home the signed-in user may see, open ones first, by name.
    static Result<QList<HomeDetails>> homes(const QSqlDatabase &db);
    // The new home's id. Its shift times start as the usual ones (the database adds them).
    static Result<QString> add(const QSqlDatabase &db, const HomeDetails &home);
    static Result<> update(const QSqlDatabase &db, const HomeDetails &home);
    // Closes the home on that day; an invalid date reopens it.
    static Result<> setClosed(const QSqlDatabase &db, const QString &homeId, const QDate &closedOn);
    // Done when the details can be kept; else Refused naming the field (the postcode's shape, a name).
    static Result<> check(const HomeDetails &home);
};
