#pragma once

#include "assessments/AssessmentDueRow.h"
#include "assessments/AssessmentRecord.h"
#include "common/Result.h"
#include "database/KeysetPage.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

// The SELECTs of the assessment lists, a page at a time after the last row read (keyset paging), never by OFFSET.
// Each runs on any thread.
class AssessmentListStore
{
public:
    // The assessments due on or before dueBy (of one home, or of every home the user may see when facilityId is
    // empty), soonest first, by due date, resident and tool; only admitted residents, nothing for a user who may not
    // read assessments.
    static Result<KeysetPage<AssessmentDueRow>> duePage(const QSqlDatabase &db, const QString &facilityId,
                                                        const QDate &dueBy,
                                                        const std::optional<AssessmentDueRow> &after, int limit);
    // A resident's assessments, newest first (date, time written, id), read by AssessmentStore's one row mapper.
    static Result<KeysetPage<AssessmentRecord>> historyPage(const QSqlDatabase &db, const QString &residentId,
                                                            const std::optional<AssessmentRecord> &after, int limit);
};
