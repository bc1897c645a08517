#include "organization/OrganizationSettings.h"

#include "database/DatabaseFailure.h"
#include "database/PgSession.h"

Result<OrganizationSettings> OrganizationSettings::load(const QSqlDatabase &db)
{
    OrganizationSettings settings;
    const PgResult row = PgSession(db).exec(
        QStringLiteral("SELECT CASE WHEN jsonb_typeof(settings -> 'idle_lock_minutes') = 'number' "
                       "THEN (settings ->> 'idle_lock_minutes')::numeric::integer END "
                       "AS idle_lock_minutes, "
                       "CASE WHEN jsonb_typeof(settings -> 'late_entry_minutes') = 'number' "
                       "THEN (settings ->> 'late_entry_minutes')::numeric::integer END "
                       "AS late_entry_minutes FROM public.organizations WHERE id = public.app_organization_id()"));
    if (!row.ok()) {
        Result<OrganizationSettings> failure = databaseFailure<OrganizationSettings>(row.error());
        failure.value = settings;
        return failure;
    }
    if (row.rowCount() != 1) {
        Result<OrganizationSettings> failure =
            Result<OrganizationSettings>::failed(tr("The organization's settings cannot be read: sign in again."));
        failure.value = settings;
        return failure;
    }
    if (!row.isNull(0, "idle_lock_minutes"))
        settings.idleLockMinutes = row.integer(0, "idle_lock_minutes");
    if (!row.isNull(0, "late_entry_minutes"))
        settings.lateEntryMinutes = row.integer(0, "late_entry_minutes");

    return Result<OrganizationSettings>::done(settings);
}

Result<> OrganizationSettings::check(const OrganizationSettings &settings)
{
    if (settings.idleLockMinutes < idleLockMinimum || settings.idleLockMinutes > idleLockMaximum)
        return Result<>::refused(
            tr("A station locks itself after %1 to %2 minutes without use: choose a time in that range.")
                .arg(idleLockMinimum)
                .arg(idleLockMaximum),
            QStringLiteral("idle_lock_minutes"));
    if (settings.lateEntryMinutes < lateEntryMinimum || settings.lateEntryMinutes > lateEntryMaximum)
        return Result<>::refused(
            tr("A note becomes a late entry %1 to %2 minutes after the care: choose a time in that range.")
                .arg(lateEntryMinimum)
                .arg(lateEntryMaximum),
            QStringLiteral("late_entry_minutes"));
    return Result<>::done();
}

Result<> OrganizationSettings::save(const QSqlDatabase &db, const OrganizationSettings &settings)
{
    if (const Result<> checked = check(settings); !checked.ok())
        return checked;
    const PgResult updated =
        PgSession(db).exec(QStringLiteral("UPDATE public.organizations SET settings = settings || jsonb_build_object("
                                          "'idle_lock_minutes', $1::integer, 'late_entry_minutes', $2::integer) "
                                          "WHERE id = public.app_organization_id()"),
                           {settings.idleLockMinutes, settings.lateEntryMinutes});
    if (!updated.ok())
        return databaseFailure(updated.error());
    // A policy that hides the row makes the update touch nothing rather than fail.
    if (updated.rowsAffected() != 1)
        return Result<>::refused(tr("You may not change the organization's settings: ask an administrator."));
    return Result<>::done();
}
