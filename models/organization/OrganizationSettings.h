#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The organization's own settings (organizations.settings) that decide how stations behave: how long a station waits
// before locking itself, and how long after the care a note becomes a late entry. Changed by an administrator
// (organization.manage); the database audits who changed what.
struct OrganizationSettings
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationSettings)

public:
    static constexpr int idleLockMinimum = 1;
    static constexpr int idleLockMaximum = 60;
    // As prepare_daily_record reads late_entry_minutes: outside this range it uses 60.
    static constexpr int lateEntryMinimum = 5;
    static constexpr int lateEntryMaximum = 1440;

    int idleLockMinutes = 5;
    int lateEntryMinutes = 60;

    // The signed-in user's organization's settings (the defaults where none is set). When they cannot be read, the
    // failure, with the defaults as value, so a form still shows something in range.
    static Result<OrganizationSettings> load(const QSqlDatabase &db);
    // Done when both are within range; else Refused naming the setting and its range, with its field
    // ("idle_lock_minutes" or "late_entry_minutes").
    static Result<> check(const OrganizationSettings &settings);
    // Refused when check() refuses the values or the signed-in user may not change them.
    static Result<> save(const QSqlDatabase &db, const OrganizationSettings &settings);
};
