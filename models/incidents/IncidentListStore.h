#pragma once

#include "common/Result.h"
#include "database/KeysetPage.h"
#include "incidents/IncidentListRow.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// The incidents the user may see in the homes they manage (or one home), newest first, a page at a time after the
// last row kept (keyset on when it happened and id); safeguarding ones only for those given to see them (the
// database's policy). With needsAttention, only those awaiting a review or with a notification not yet sent; with
// safeguardingOnly, only safeguarding ones (for a safeguarding lead, who does not follow the others' reviews).
class IncidentListStore
{
public:
    struct Filter
    {
        QString facilityId; // empty: every home
        bool needsAttention = false;
        bool safeguardingOnly = false;
    };
    static Result<KeysetPage<IncidentListRow>> page(const QSqlDatabase &db, const Filter &filter,
                                                    const std::optional<IncidentListRow> &after, int limit);
};
