#pragma once

#include "careplans/CarePlanListRow.h"
#include "careplans/ReviewDueRow.h"
#include "common/Result.h"
#include "database/KeysetPage.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// The SELECTs of the care plan lists, each with its one row mapper. Each runs on any thread.
class CarePlanListStore
{
public:
    // The live care plans (active or under review) of admitted or in-hospital residents whose review falls on or
    // before dueBy, of one home or of every home the user may see (facilityId empty), soonest first, a page at a time
    // after the last row read (keyset paging on review date and plan).
    static Result<KeysetPage<ReviewDueRow>> reviewsDuePage(const QSqlDatabase &db, const QString &facilityId,
                                                           const QDate &dueBy, const std::optional<ReviewDueRow> &after,
                                                           int limit);
    // A resident's care plans, live ones first. A resident has a handful: all are read at once.
    static Result<QList<CarePlanListRow>> forResident(const QSqlDatabase &db, const QString &residentId);
};
