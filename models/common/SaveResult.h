#pragma once

#include <QString>

// What became of saving a record (or recording an event, or a review).
template <typename Record>
struct SaveResult
{
    enum class Outcome
    {
        Saved,
        Conflict, // someone else saved first: current is the record as they left it
        Refused   // message says why and what to do; field names where, when it is one field
    };
    Outcome outcome = Outcome::Refused;
    QString message;
    QString field;
    Record current;

    bool saved() const { return outcome == Outcome::Saved; }
};
