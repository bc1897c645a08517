#include "organization/OrganizationListStore.h"

#include "database/MappedRows.h"
#include "database/PgSession.h"

Result<QList<FacilityRow>> OrganizationListStore::facilities(const QSqlDatabase &db)
{
    const PgResult rows = PgSession(db).exec(
        QStringLiteral("SELECT id, name, closed_on IS NOT NULL AS closed FROM public.facilities ORDER BY name"));
    return mappedRows<FacilityRow>(rows, [](const PgResult &row, int r) {
        return FacilityRow{row.text(r, "id"), row.text(r, "name"), row.text(r, "closed") == QLatin1String("t")};
    });
}

Result<QList<UserRow>> OrganizationListStore::users(const QSqlDatabase &db)
{
    const PgResult rows = PgSession(db).exec(QStringLiteral(
        "SELECT u.id, u.first_name || ' ' || u.last_name AS name, u.email, u.role, "
        "(SELECT string_agg(f.name, ', ' ORDER BY f.name) FROM public.user_facilities AS uf "
        " JOIN public.facilities AS f ON f.organization_id = uf.organization_id AND f.id = uf.facility_id "
        " WHERE uf.organization_id = u.organization_id AND uf.user_id = u.id) AS homes, "
        "(SELECT string_agg(uf.facility_id::text, ',') FROM public.user_facilities AS uf "
        " WHERE uf.organization_id = u.organization_id AND uf.user_id = u.id) AS facility_ids, "
        "u.active, u.all_facilities, w.user_id IS NOT NULL AS waiting, "
        "coalesce(w.own_password, false) AS own_password, coalesce(w.can_confirm, false) AS can_confirm, "
        // The right to manage users, by role or given, and not taken away (as wcn_effective_capabilities has it).
        "('users.manage' = ANY (public.app_role_capabilities(u.role)) OR u.permissions -> 'grant' ? 'users.manage') "
        "AND NOT coalesce(u.permissions -> 'deny' ? 'users.manage', false) AS administers, "
        "u.access_from, u.access_until, floor(extract(epoch FROM s.last_sign_in_at) * 1000)::bigint AS signed_in_ms, "
        "floor(extract(epoch FROM s.locked_until) * 1000)::bigint AS locked_ms "
        "FROM public.users AS u LEFT JOIN public.app_users_waiting() AS w ON w.user_id = u.id "
        "LEFT JOIN public.app_user_states() AS s ON s.user_id = u.id "
        "ORDER BY u.active DESC, u.last_name, u.first_name"));
    return mappedRows<UserRow>(rows, [](const PgResult &row, int r) {
        const auto flag = [&](QAnyStringView column) {
            return row.text(r, column) == QLatin1String("t");
        };
        UserRow user;
        user.id = row.text(r, "id");
        user.name = row.text(r, "name");
        user.email = row.text(r, "email");
        user.role = row.text(r, "role");
        user.homes = row.text(r, "homes");
        user.facilityIds = row.text(r, "facility_ids").split(QLatin1Char(','), Qt::SkipEmptyParts);
        user.active = flag("active");
        user.allFacilities = flag("all_facilities");
        user.waiting = flag("waiting");
        user.ownPassword = flag("own_password");
        user.canConfirm = flag("can_confirm");
        user.administers = flag("administers");
        user.accessFrom = row.date(r, "access_from");
        user.accessUntil = row.date(r, "access_until");
        user.lastSignIn = row.instant(r, "signed_in_ms");
        user.lockedUntil = row.instant(r, "locked_ms");
        return user;
    });
}
