#include "organization/OrganizationListStore.h"

#include "database/DatabaseFailure.h"
#include "database/PgSession.h"

Result<QList<FacilityRow>> OrganizationListStore::facilities(const QSqlDatabase &db)
{
    const PgResult rows = PgSession(db).exec(QStringLiteral("SELECT id, name FROM public.facilities ORDER BY name"));
    if (!rows.ok())
        return databaseFailure<QList<FacilityRow>>(rows.error());
    QList<FacilityRow> facilities;
    for (int r = 0; r < rows.rowCount(); ++r)
        facilities.append({rows.text(r, "id"), rows.text(r, "name")});
    return Result<QList<FacilityRow>>::done(facilities);
}

Result<QList<UserRow>> OrganizationListStore::users(const QSqlDatabase &db)
{
    const PgResult rows = PgSession(db).exec(QStringLiteral(
        "SELECT u.id, u.first_name || ' ' || u.last_name AS name, u.email, u.role, "
        "(SELECT string_agg(f.name, ', ' ORDER BY f.name) FROM public.user_facilities AS uf "
        " JOIN public.facilities AS f ON f.organization_id = uf.organization_id AND f.id = uf.facility_id "
        " WHERE uf.organization_id = u.organization_id AND uf.user_id = u.id) AS homes, "
        "u.active, u.all_facilities, w.user_id IS NOT NULL AS waiting, "
        "coalesce(w.own_password, false) AS own_password, coalesce(w.can_confirm, false) AS can_confirm "
        "FROM public.users AS u LEFT JOIN public.app_users_waiting() AS w ON w.user_id = u.id "
        "ORDER BY u.active DESC, u.last_name, u.first_name"));
    if (!rows.ok())
        return databaseFailure<QList<UserRow>>(rows.error());
    const auto flag = [&rows](int r, QAnyStringView column) {
        return rows.text(r, column) == QLatin1String("t");
    };
    QList<UserRow> users;
    for (int r = 0; r < rows.rowCount(); ++r) {
        UserRow user;
        user.id = rows.text(r, "id");
        user.name = rows.text(r, "name");
        user.email = rows.text(r, "email");
        user.role = rows.text(r, "role");
        user.homes = rows.text(r, "homes");
        user.active = flag(r, "active");
        user.allFacilities = flag(r, "all_facilities");
        user.waiting = flag(r, "waiting");
        user.ownPassword = flag(r, "own_password");
        user.canConfirm = flag(r, "can_confirm");
        users.append(user);
    }
    return Result<QList<UserRow>>::done(users);
}
