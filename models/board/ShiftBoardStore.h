#pragma once

#include "board/ShiftBoardRow.h"
#include "clinical/ShiftOccurrence.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// The SELECTs of the shift board: the residents living in one facility, the day's notes about them (mapped by
// DailyNoteStore's one note mapper) and the day's new high risk results. One facility is at most a few hundred
// residents, so the board reads them all.
class ShiftBoardStore
{
    Q_DECLARE_TR_FUNCTIONS(ShiftBoardStore)

public:
    // What the board shows for shift, what is due judged against today. Runs on any thread.
    static Result<QList<ShiftBoardRow>> read(const QSqlDatabase &db, const QString &facilityId,
                                             const ShiftOccurrence &shift, const QDate &today);
};
