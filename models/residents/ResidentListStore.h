#pragma once

#include "common/Result.h"
#include "database/KeysetPage.h"
#include "residents/ResidentListQuery.h"
#include "residents/ResidentListRow.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

// The SELECT of the residents list and its one row mapper. Searches and filters run on the server, a page at a time
// after the last row read (keyset paging on the sort key), never by OFFSET, so a group's 100,000 residents page as
// fast as a home's 80.
//
// The search stays on the indexes under row-level security: it compares stored, folded copies of the names and room
// (residents.search_*, collation "C") with the leakproof starts-with operator ^@, which the planner may use as an
// index condition where LIKE would not be.
class ResidentListStore
{
public:
    // The statement of the page after after (none: the first), at most limit rows.
    static SqlStatement pageStatement(const ResidentListQuery &query, const std::optional<ResidentListRow> &after,
                                      int limit);
    // That page, its alerts judged against today. Runs on any thread.
    static Result<KeysetPage<ResidentListRow>> page(const QSqlDatabase &db, const ResidentListQuery &query,
                                                    const std::optional<ResidentListRow> &after, int limit,
                                                    const QDate &today);
};
