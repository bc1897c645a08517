#include "organization/UserListModel.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "common/RoleName.h"

#include "organization/OrganizationListStore.h"

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_columns({tr("Name"), tr("Email address"), tr("Role"), tr("Care homes"), tr("Last signed in"), tr("Status")})
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UserRow &user = m_rows.at(index.row());
    // The status is the longest cell, and may be cut short on a narrow screen.
    if (role == Qt::ToolTipRole && index.column() == Status)
        return status(user);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return user.name;
    case Email:
        return user.email;
    case Role:
        // Who may manage users is said, whatever their role (the first administrator is often a manager too).
        return user.administers && user.role != QLatin1String("admin")
                   ? tr("%1, administrator").arg(RoleName::of(user.role))
                   : RoleName::of(user.role);
    case Homes:
        return user.allFacilities ? tr("All care homes") : user.homes;
    case Status:
        return status(user);
    case LastSignIn:
        // Known to administrators alone.
        return user.lastSignIn.isValid() ? DateText::moment(user.lastSignIn) : QString();
    default:
        return {};
    }
}

QString UserListModel::status(const UserRow &user)
{
    const QDate today = Clock::today();
    if (!user.active)
        return tr("Deactivated");
    if (user.lockedUntil.isValid())
        return tr("Locked out until %1").arg(DateText::moment(user.lockedUntil));
    if (user.accessUntil.isValid() && user.accessUntil < today)
        return tr("Access ended on %1").arg(DateText::shortDate(user.accessUntil));
    if (user.accessFrom.isValid() && user.accessFrom > today)
        return tr("Access starts on %1").arg(DateText::shortDate(user.accessFrom));
    if (user.waiting && user.accessUntil.isValid())
        return tr("Waiting for a manager to confirm; last day %1").arg(DateText::shortDate(user.accessUntil));
    if (user.waiting)
        return tr("Waiting for a manager to confirm");
    if (user.accessUntil.isValid())
        return tr("Active; last day %1").arg(DateText::shortDate(user.accessUntil));
    return tr("Active");
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_columns.headerData(section, orientation, role);
}
