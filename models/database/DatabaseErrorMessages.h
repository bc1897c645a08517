#pragma once

#include "database/DatabaseError.h"

#include <QCoreApplication>
#include <QString>

// Turns a database error into one plain-English sentence that names the field and says what to do, never the
// server's or the driver's own text. Built on the schema's named constraints (resources/migrations).
class DatabaseErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseErrorMessages)

public:
    static QString describe(const DatabaseError &error);
    // Whether describe() has a sentence of its own for this constraint or unique index (not the generic fallback).
    static bool knowsConstraint(const QString &name);

private:
    static QString forConstraint(const QString &name);
    static QString forMissingValue(const QString &column);
};
