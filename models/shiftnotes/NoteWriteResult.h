#pragma once

#include <QString>

// What became of writing a shift note.
struct NoteWriteResult
{
    enum class Outcome
    {
        Written,
        AlreadyWritten, // a retry of a note the server already has (from the station's queue): nothing to do
        Unreachable,    // the server could not be reached: the note was not written, keep it and try again
        Refused,        // message says why and what to do; field names where
        Queued          // kept in the station's encrypted queue, to be written when the server is back
    };
    Outcome outcome = Outcome::Refused;
    QString message;
    QString field;

    bool stored() const { return outcome == Outcome::Written || outcome == Outcome::AlreadyWritten; }
    // Safe, on the server or on this station: the form it came from may be cleared.
    bool kept() const { return stored() || outcome == Outcome::Queued; }
};
