#pragma once

#include "common/Result.h"
#include "database/SqlStatement.h"

#include <QList>

// One page of a list as a store read it: the rows, whether the list ends with them, and the statements sent for
// them. Pages follow the last row kept (keyset paging on an index), never an OFFSET.
template <typename Row>
struct KeysetPage
{
    QList<Row> rows;
    bool atEnd = true;
    QList<SqlStatement> statements;

    // A store reads one row more than a page: that row says whether another page follows, and is not kept.
    static KeysetPage ofOneMore(QList<Row> rows, int limit, QList<SqlStatement> statements)
    {
        const bool atEnd = rows.size() <= limit;
        if (!atEnd)
            rows.resize(limit);
        return KeysetPage{std::move(rows), atEnd, std::move(statements)};
    }
    // A list short enough to read at once (a resident's handful of events): one page, the last.
    static KeysetPage whole(QList<Row> rows) { return KeysetPage{std::move(rows), true, {}}; }
    // The same from a store's answer: its list as one page, or its failure as it came.
    static Result<KeysetPage> whole(const Result<QList<Row>> &read)
    {
        return read.ok() ? Result<KeysetPage>::done(whole(read.value)) : Result<KeysetPage>::failedAs(read);
    }
};
