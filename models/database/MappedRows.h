#pragma once

#include "database/DatabaseFailure.h"
#include "database/PgResult.h"

#include <QList>

// A statement's rows, each made into a Row by map(rows, r), as a Result; or the statement's failure as
// databaseFailure words it. The one place a list store turns rows into values: each store keeps its SELECT and its
// row mapper, and none repeats the check and the loop.
template <typename Row, typename Map>
Result<QList<Row>> mappedRows(const PgResult &rows, Map map)
{
    if (!rows.ok())
        return databaseFailure<QList<Row>>(rows.error());
    QList<Row> list;
    list.reserve(rows.rowCount());
    for (int r = 0; r < rows.rowCount(); ++r)
        list.append(map(rows, r));
    return Result<QList<Row>>::done(std::move(list));
}
