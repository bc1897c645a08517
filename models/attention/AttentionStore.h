#pragma once

#include "attention/HomeAttention.h"
#include "common/Result.h"
#include "database/SqlStatement.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

// The SELECTs of the manager's home screen: for every home the signed-in user works in, what needs attention now.
// Row-level security decides what each user counts, as on every page: a manager who may not read safeguarding
// incidents does not count them, one of another home sees nothing of this one.
class AttentionStore
{
public:
    // The most urgent lines kept of each kind in each home; the count is of all of them.
    static constexpr int itemsPerLine = 50;
    // An incident waits for review at most this long before it stands out (issue 17: 24 hours).
    static constexpr qint64 reviewWaitSeconds = 24 * 3600;

    // Two statements, on any thread: the homes and their shift times (to know the shift under way in each, by
    // ShiftPattern's rule in local time), then everything that needs attention in all of them at once. now is the
    // station's clock. Homes with nothing to attend to are returned with no line; the most urgent homes first.
    static Result<QList<HomeAttention>> read(const QSqlDatabase &db, const QDateTime &now,
                                             QList<SqlStatement> *statements = nullptr, int itemLimit = itemsPerLine);
};
