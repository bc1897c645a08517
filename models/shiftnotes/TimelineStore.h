#pragma once

#include "common/Result.h"
#include "database/KeysetPage.h"
#include "shiftnotes/DailyNote.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

// The SELECT of a resident's timeline: their notes, newest first, a page at a time by keyset paging on (date, time
// of care, id), which the timeline index answers in the same few index reads on the first page and the thousandth,
// never OFFSET. Rows are mapped by DailyNoteStore's one note mapper.
// The notes are partitioned by month of their date, and every statement of a page bounds the date, so that it is
// planned and run on the months it needs and not on every month since the first: a page is read newest month first,
// in windows of months further back (one month, then one more, two, four ...) until it is full or nothing older can
// match. The windows do not overlap and are read in the order of the page, so the page is the same as that of one
// unbounded statement.
class TimelineStore
{
public:
    // Which notes: category a CareCategories key, "observations", "narrative", "correction", "escalation", or empty
    // for all; from/to invalid for no limit.
    struct Filter
    {
        QString residentId;
        QString category;
        QDate from;
        QDate to;
    };
    // Window step of a page (0 is the anchor's month and anything newer the other conditions allow; step n >= 1 the
    // months from windowMonths(n) back to windowMonths(n - 1) back, the older excluded).
    static int windowMonths(int step);
    // The statement of one step of a page: the resident's notes (of a category, from/to when valid) older than after
    // when given, in the step's window of months before the anchor's month, newest first, at most limit. The anchor
    // is after's date, or today (to when that is earlier).
    static SqlStatement pageStatement(const Filter &filter, const DailyNote *after, const QDate &today, int step,
                                      int limit);
    // The month the windows count back from, as pageStatement chooses it.
    static QDate anchorOf(const QDate &to, const DailyNote *after, const QDate &today);
    // The incidents reported about the filter's resident (dated the day they happened, on the station's clock), in
    // the timeline's order (date, time, id), newer than `newerThan` and older than `olderThan` (each: no bound when
    // null), within the filter's dates; those the user may not see are left out by the database.
    static Result<QList<DailyNote>> incidents(const QSqlDatabase &db, const Filter &filter, const DailyNote *newerThan,
                                              const DailyNote *olderThan);
    // One page of at most pageSize notes after after (none: from the newest), window by window until it is full or
    // nothing older can match, with the resident's incidents that fall among them (after the page's last note, or
    // all the older ones on the last page). Runs on any thread.
    static Result<KeysetPage<DailyNote>> page(const QSqlDatabase &db, const Filter &filter,
                                              const std::optional<DailyNote> &after, const QDate &today, int pageSize);
};
