#pragma once

#include "clinical/ShiftPattern.h"
#include "shiftnotes/DailyNote.h"
#include "shiftnotes/NoteWriteResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Writing shift notes and reading what a station needs about them, under the signed-in user's session. Values
// travel as protocol-level parameters (PgSession), so no note's text is ever part of a statement's text.
class PgResult;

class DailyNoteStore
{
    Q_DECLARE_TR_FUNCTIONS(DailyNoteStore)

public:
    // Writes the note with its own id. A note the server already has (a retry after a lost answer, or from the
    // station's queue) is recognised and not written twice.
    static NoteWriteResult write(const QSqlDatabase &db, const DailyNote &note);
    // The facility's shift pattern; the standard one if the facility has none.
    static ShiftPattern shiftPattern(const QSqlDatabase &db, const QString &facilityId, QString *error);
    // The notes of one shift about the residents living in a home, oldest first, a corrected one with who corrected it.
    static QList<DailyNote> shiftNotes(const QSqlDatabase &db, const QString &facilityId,
                                       const ShiftOccurrence &occurrence, QString *error);
    // Changes the times of a home's shifts (facilities.manage; the database audits who changed what). An empty
    // string, or what is wrong.
    static QString saveShiftTimes(const QSqlDatabase &db, const QString &facilityId, const QList<ShiftTimes> &shifts);
    // A resident's notes with vital signs, newest first, at most limit, without those a correction has replaced: the
    // NEWS2 trend's readings.
    static QList<DailyNote> observationNotes(const QSqlDatabase &db, const QString &residentId, int limit,
                                             QString *error);
    static std::optional<DailyNote> load(const QSqlDatabase &db, const QString &id, QString *error);
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
