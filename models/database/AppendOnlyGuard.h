#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class PgSession;

// Makes the append-only tables (those with a trigger calling a public refuse_* function: the audit log, record
// history, notes and their partitions, assessments, reviews, resident events) append-only for the schema's owner too,
// not only for stations. A superuser's event triggers, in a schema of the superuser's, check after every DDL command
// whose session user is not a superuser that every refusing trigger is still there and enabled, every refusing
// function unchanged, every such table's columns, name, owner, row security and partitions as they were, with no
// rule, and refuse any rewrite of its rows; the command is undone otherwise. A superuser's own changes (migrations run
// by `writecarenotes-admin migrate` as one) become the state to keep.
class AppendOnlyGuard
{
    Q_DECLARE_TR_FUNCTIONS(AppendOnlyGuard)

public:
    // As a superuser: installs or refreshes the guard and records the current state as the one to keep.
    static Result<> install(const PgSession &session);
    // Whether the guard's event triggers are there and enabled.
    static bool isInstalled(const PgSession &session);
    // What `migrate` and `status` print when it is not.
    static QString missingWarning();
};
