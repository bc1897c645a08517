#pragma once

#include "common/Outcome.h"

#include <QString>

#include <utility>
#include <variant>

// The one way every store, model and step of start-up says what became of what it was asked to do: the outcome,
// what it gave (value), and, when it did not do it, one sentence for the person at the station (message) and the
// field that sentence is about, so the form can put the cursor there. A refusal, a conflict or a queued note is an
// outcome, not an exception or a flag on the side; a wrong password is an answer the value describes.
// Result<> (of std::monostate) says only what became of it.
template <typename T = std::monostate>
struct [[nodiscard]] Result
{
    Outcome outcome = Outcome::Failed;
    T value{};       // what Done gave; for Conflict, the record as the other person left it
    QString message; // empty for Done and AlreadyDone
    QString field;   // the field message is about, when it is about one

    static Result done(T value = T{}) { return Result{Outcome::Done, std::move(value), {}, {}}; }
    static Result failed(QString message, QString field = {})
    {
        return Result{Outcome::Failed, T{}, std::move(message), std::move(field)};
    }
    static Result refused(QString message, QString field = {})
    {
        return Result{Outcome::Refused, T{}, std::move(message), std::move(field)};
    }
    static Result unreachable(QString message) { return Result{Outcome::Unreachable, T{}, std::move(message), {}}; }
    // The same failure, for a caller that gives back something else.
    template <typename U>
    static Result failedAs(const Result<U> &other)
    {
        return Result{other.outcome, T{}, other.message, other.field};
    }

    // It was done, now or by an earlier try.
    bool ok() const { return outcome == Outcome::Done || outcome == Outcome::AlreadyDone; }
    // It is safe, on the server or in this station's queue: the form it came from may be cleared.
    bool kept() const { return ok() || outcome == Outcome::Queued; }
    explicit operator bool() const { return ok(); }
};
