#include "organization/UserListModel.h"

#include "common/RoleName.h"

#include "organization/OrganizationListStore.h"

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_columns({tr("Name"), tr("Email address"), tr("Role"), tr("Care homes"), tr("Status")})
{}

void UserListModel::refresh(const QSqlDatabase &db)
{
    const Result<QList<UserRow>> users = OrganizationListStore::users(db);
    beginResetModel();
    m_rows = users.value;
    endResetModel();
    m_lastRead = users.ok() ? Result<>::done() : Result<>::failedAs(users);
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return m_columns.columnCount(parent);
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const UserRow &user = m_rows.at(index.row());
    switch (index.column()) {
    case Name:
        return user.name;
    case Email:
        return user.email;
    case Role:
        return RoleName::of(user.role);
    case Homes:
        return user.allFacilities ? tr("All care homes") : user.homes;
    case Status:
        if (!user.active)
            return tr("Deactivated");
        return user.waiting ? tr("Waiting for a manager to confirm") : tr("Active");
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_columns.headerData(section, orientation, role);
}
