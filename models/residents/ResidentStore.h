#pragma once

#include "common/Result.h"
#include "database/DatabaseError.h"
#include "residents/ResidentEvent.h"
#include "residents/ResidentRecord.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

class BackgroundReader;

// Reading and saving residents' records, under the signed-in user's session (row-level security and the database's
// functions decide what is allowed; nothing here is the only guard).
//
// Saving never overwrites someone else's work silently: it names the version it started from and is refused as a
// Conflict when another save came first (the database checks, and the number of rows an UPDATE touched is checked
// too, as QSqlTableModel does not). A save is Done with the record as saved, Conflict with the record as the other
// person left it, or Refused with the sentence and the field.
class ResidentStore
{
    Q_DECLARE_TR_FUNCTIONS(ResidentStore)

public:
    // The daily fluid target's range, as residents_fluid_target_check has it.
    static constexpr int fluidTargetMinimum = 100;
    static constexpr int fluidTargetMaximum = 5000;

    // Reads a record. With medical (for medical.read), also the medical details and notes, each read recorded in the
    // audit log before it is revealed. With opening, records in the audit log that the user opened the record.
    // Refused (with a sentence) when it cannot be found or the user may not see it (the server does not say which),
    // Failed or Unreachable when it could not be read.
    static Result<ResidentRecord> load(const QSqlDatabase &db, const QString &id, bool medical, bool opening);
    // Opening a record at a station: load (with opening) off the window's thread, so the window keeps running while
    // the server answers; done gets the answer on context's thread (see readLater). Without a reader, at once.
    static void openLater(BackgroundReader *reader, const QString &connectionName, QObject *context, const QString &id,
                          bool medical, std::function<void(const Result<ResidentRecord> &)> done);
    // Checks what can be checked before the server is asked: Done, or Refused with a sentence and the field.
    static Result<> check(const ResidentRecord &record);
    // A new resident, admitted to facilityId on the record's admission date.
    static Result<ResidentRecord> create(const QSqlDatabase &db, const ResidentRecord &record,
                                         const QString &facilityId, bool medicalWrite);
    // Saves what changed between original and edited, if the record is still at original's version.
    static Result<ResidentRecord> save(const QSqlDatabase &db, const ResidentRecord &original,
                                       const ResidentRecord &edited, bool medicalWrite);
    // Records an admission, a move, a hospital stay, a discharge or a death, if the record is still at current's
    // version. Done and Conflict both carry the record as it now is.
    static Result<ResidentRecord> recordEvent(const QSqlDatabase &db, const ResidentRecord &current,
                                              const ResidentEvent &event);

private:
    // Outside any transaction: it may look up who holds an NHS number.
    static Result<ResidentRecord> refused(const QSqlDatabase &db, const DatabaseError &error,
                                          const ResidentRecord &record);
    // The record as read back (without its medical parts), or fallback if it cannot be read.
    static ResidentRecord readBack(const QSqlDatabase &db, const QString &id, bool opening,
                                   const ResidentRecord &fallback);
    static void keepMedical(ResidentRecord &target, const ResidentRecord &source);
};
