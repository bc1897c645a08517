#pragma once

#include "clinical/ShiftPattern.h"
#include "common/Result.h"
#include "shiftnotes/DailyNote.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// Writing shift notes and reading what a station needs about them, under the signed-in user's session. Values
// travel as protocol-level parameters (PgSession), so no note's text is ever part of a statement's text.
class PgResult;

class DailyNoteStore
{
    Q_DECLARE_TR_FUNCTIONS(DailyNoteStore)

public:
    // Writes the note with its own id: Done. A note the server already has (a retry after a lost answer, or from the
    // station's queue) is recognised and not written twice: AlreadyDone. Unreachable when the server cannot be
    // reached (keep the note and try again); Refused, with the sentence and the field, when it will not take it.
    static Result<> write(const QSqlDatabase &db, const DailyNote &note);
    // The facility's shift pattern; the standard one if the facility has none. When it cannot be read, the failure
    // still carries the standard pattern as its value, so a page can go on with it while it says what went wrong.
    static Result<ShiftPattern> shiftPattern(const QSqlDatabase &db, const QString &facilityId);
    // The notes of one shift about the residents living in a home, oldest first, a corrected one with who corrected it.
    static Result<QList<DailyNote>> shiftNotes(const QSqlDatabase &db, const QString &facilityId,
                                               const ShiftOccurrence &occurrence);
    // Changes the times of a home's shifts (facilities.manage; the database audits who changed what). Refused with
    // what is wrong (and the shift, as the field, when the times are), or Done.
    static Result<> saveShiftTimes(const QSqlDatabase &db, const QString &facilityId, const QList<ShiftTimes> &shifts);
    // A resident's notes with vital signs, newest first, at most limit, without those a correction has replaced: the
    // NEWS2 trend's readings.
    static Result<QList<DailyNote>> observationNotes(const QSqlDatabase &db, const QString &residentId, int limit);
    // The note; Refused (with a sentence) when it cannot be found or the user may not see it (the server does not
    // say which), Failed or Unreachable when it could not be read.
    static Result<DailyNote> load(const QSqlDatabase &db, const QString &id);
    // SELECT of notes as read back ("d"), with their author and, if a later note corrects one, who corrected it
    // when: id, resident_id, date, shift, occurred_at, recorded_at and created_at (ms since the epoch),
    // care_delivered, observations, narrative, corrects_id, correction_reason, escalation, late_entry, author,
    // correcting note's id, its author, its time (ms), categories (comma-separated). Callers add joins and WHERE.
    // correctionDates: conditions on the correcting note's date ("k.date"), the same bounds the caller puts on the
    // notes' date: a correction has its note's date, and with them the lookup is planned on the bounded months'
    // partitions only, not on every month's. notes: what "d" is read from, the table or a subquery that has already
    // chosen a page of its rows (so that the joins run for that page only, whatever the organization's size).
    static QString noteSelect(const QString &correctionDates = QString(),
                              const QString &notes = QStringLiteral("public.daily_records"));
    // A note from row r of a result of noteSelect().
    static DailyNote readNote(const PgResult &rows, int r);
    // The minutes after the care beyond which a note is a late entry (the organization's setting, 60 by default).
    static int lateEntryMinutes(const QSqlDatabase &db);
};
