#pragma once

#include "common/Result.h"
#include "organization/FacilityRow.h"
#include "organization/UserRow.h"

#include <QList>
#include <QSqlDatabase>

// The SELECTs of the organization's lists, each with its row mapper. Row-level security decides what the signed-in
// user sees. An organization has tens of homes and hundreds of users, never enough to page.
class OrganizationListStore
{
public:
    // The care homes the user may see, by name.
    static Result<QList<FacilityRow>> facilities(const QSqlDatabase &db);
    // The organization's users, active first, by name.
    static Result<QList<UserRow>> users(const QSqlDatabase &db);
};
