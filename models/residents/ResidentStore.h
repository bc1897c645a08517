#pragma once

#include "database/DatabaseError.h"
#include "residents/ResidentEvent.h"
#include "residents/ResidentRecord.h"
#include "residents/ResidentSaveResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// Reading and saving residents' records, under the signed-in user's session (row-level security and the database's
// functions decide what is allowed; nothing here is the only guard).
//
// Saving never overwrites someone else's work silently: it names the version it started from and is refused as a
// Conflict when another save came first (the database checks, and the number of rows an UPDATE touched is checked
// too, as QSqlTableModel does not).
class ResidentStore
{
    Q_DECLARE_TR_FUNCTIONS(ResidentStore)

public:
    // The daily fluid target's range, as residents_fluid_target_check has it.
    static constexpr int fluidTargetMinimum = 100;
    static constexpr int fluidTargetMaximum = 5000;

    // Reads a record. With medical (for medical.read), also the medical details and notes, each read recorded in the
    // audit log before it is revealed. With opening, records in the audit log that the user opened the record.
    static std::optional<ResidentRecord> load(const QSqlDatabase &db, const QString &id, bool medical, bool opening,
                                              QString *error);
    // Checks what can be checked before the server is asked: a sentence and the field, or an empty string.
    static QString problem(const ResidentRecord &record, QString *field);
    // A new resident, admitted to facilityId on the record's admission date.
    static ResidentSaveResult create(const QSqlDatabase &db, const ResidentRecord &record, const QString &facilityId,
                                     bool medicalWrite);
    // Saves what changed between original and edited, if the record is still at original's version.
    static ResidentSaveResult save(const QSqlDatabase &db, const ResidentRecord &original, const ResidentRecord &edited,
                                   bool medicalWrite);
    // Records an admission, a move, a hospital stay, a discharge or a death, if the record is still at current's
    // version.
    static ResidentSaveResult recordEvent(const QSqlDatabase &db, const ResidentRecord &current,
                                          const ResidentEvent &event);

private:
    // Outside any transaction: it may look up who holds an NHS number.
    static ResidentSaveResult refused(const QSqlDatabase &db, const DatabaseError &error, const ResidentRecord &record);
    static void keepMedical(ResidentRecord &target, const ResidentRecord &source);
};
