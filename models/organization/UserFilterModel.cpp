#include "organization/UserFilterModel.h"

#include "common/Clock.h"
#include "organization/UserListModel.h"

UserFilterModel::UserFilterModel(UserListModel *users, QObject *parent) : QSortFilterProxyModel(parent), m_users(users)
{
    setSourceModel(users);
}

void UserFilterModel::setSearch(const QString &words)
{
    m_words = words.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void UserFilterModel::setRole(const QString &role)
{
    m_role = role;
    invalidateFilter();
}

void UserFilterModel::setFacility(const QString &facilityId)
{
    m_facilityId = facilityId;
    invalidateFilter();
}

void UserFilterModel::setState(State state)
{
    m_state = state;
    invalidateFilter();
}

int UserFilterModel::userRow(int row) const
{
    const QModelIndex source = mapToSource(index(row, 0));
    return source.isValid() ? source.row() : -1;
}

bool UserFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const UserRow user = m_users->user(sourceRow);
    for (const QString &word : m_words) {
        if (!user.name.contains(word, Qt::CaseInsensitive) && !user.email.contains(word, Qt::CaseInsensitive))
            return false;
    }
    if (!m_role.isEmpty() && user.role != m_role && !(m_role == QLatin1String("admin") && user.administers))
        return false;
    if (!m_facilityId.isEmpty() && !user.allFacilities && !user.facilityIds.contains(m_facilityId))
        return false;
    const QDate today = Clock::today();
    const bool outsideAccess = (user.accessUntil.isValid() && user.accessUntil < today) ||
                               (user.accessFrom.isValid() && user.accessFrom > today);
    switch (m_state) {
    case State::Everyone:
        return true;
    case State::Active:
        return user.active && !user.lockedUntil.isValid() && !outsideAccess;
    case State::Deactivated:
        return !user.active;
    case State::LockedOut:
        return user.active && user.lockedUntil.isValid();
    case State::NeverSignedIn:
        return !user.lastSignIn.isValid();
    case State::AccessEnded:
        return user.active && outsideAccess;
    }
    return true;
}
