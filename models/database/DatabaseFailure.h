#pragma once

#include "common/Result.h"
#include "database/DatabaseError.h"
#include "database/DatabaseErrorMessages.h"

// A statement's error as a Result: Unreachable when the connection failed (nothing was done; try again), else
// Failed; always with the sentence DatabaseErrorMessages words for it, never the server's text.
template <typename T = std::monostate>
Result<T> databaseFailure(const DatabaseError &error)
{
    const QString sentence = DatabaseErrorMessages::describe(error);
    return error.isConnectionFailure() ? Result<T>::unreachable(sentence) : Result<T>::failed(sentence);
}

// The same, with the form field the refusal concerns, from the constraint (or column) the database named.
template <typename T = std::monostate, typename FieldFor>
Result<T> databaseFailure(const DatabaseError &error, FieldFor fieldForConstraint)
{
    Result<T> result = databaseFailure<T>(error);
    result.field = fieldForConstraint(error.constraint.isEmpty() ? error.column : error.constraint);
    return result;
}
