#include "organization/UserListModel.h"

#include <QSqlQuery>
#include <QSqlRecord>

UserListModel::UserListModel(QObject *parent) : QSqlQueryModel(parent) {}

void UserListModel::refresh(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT u.first_name || ' ' || u.last_name AS name, u.email, u.role, "
        "(SELECT string_agg(f.name, ', ' ORDER BY f.name) FROM public.user_facilities AS uf "
        " JOIN public.facilities AS f ON f.organization_id = uf.organization_id AND f.id = uf.facility_id "
        " WHERE uf.organization_id = u.organization_id AND uf.user_id = u.id) AS homes, "
        "u.active, u.id, u.all_facilities, w.user_id IS NOT NULL AS waiting, "
        "coalesce(w.own_password, false) AS own_password, coalesce(w.can_confirm, false) AS can_confirm "
        "FROM public.users AS u LEFT JOIN public.app_users_waiting() AS w ON w.user_id = u.id "
        "ORDER BY u.active DESC, u.last_name, u.first_name"));
    query.exec();
    setQuery(std::move(query));
}

QString UserListModel::userId(int row) const
{
    return record(row).value(QStringLiteral("id")).toString();
}

bool UserListModel::isActive(int row) const
{
    return record(row).value(QStringLiteral("active")).toBool();
}

bool UserListModel::isWaiting(int row) const
{
    return record(row).value(QStringLiteral("waiting")).toBool();
}

bool UserListModel::hasOwnPassword(int row) const
{
    return record(row).value(QStringLiteral("own_password")).toBool();
}

bool UserListModel::canConfirm(int row) const
{
    return record(row).value(QStringLiteral("can_confirm")).toBool();
}

QString UserListModel::roleName(const QString &role)
{
    if (role == QLatin1String("carer"))
        return tr("Carer");
    if (role == QLatin1String("nurse"))
        return tr("Nurse");
    if (role == QLatin1String("manager"))
        return tr("Manager");
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    return role;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QSqlQueryModel::data(index, role);
    if (role != Qt::DisplayRole)
        return value;
    // The hidden columns this wording depends on, found by their names in the statement.
    const auto hidden = [this, &index](const QString &name) {
        return QSqlQueryModel::data(index.siblingAtColumn(record().indexOf(name)), Qt::EditRole);
    };
    switch (index.column()) {
    case Role:
        return roleName(value.toString());
    case Homes:
        return hidden(QStringLiteral("all_facilities")).toBool() ? tr("All care homes") : value;
    case Status:
        if (!value.toBool())
            return tr("Deactivated");
        return hidden(QStringLiteral("waiting")).toBool() ? tr("Waiting for a manager to confirm") : tr("Active");
    default:

        return value;
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email address");
    case Role:
        return tr("Role");
    case Homes:
        return tr("Care homes");
    case Status:
        return tr("Status");
    default:
        return QVariant();
    }
}
