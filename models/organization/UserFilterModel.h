#pragma once

#include <QSortFilterProxyModel>
#include <QString>

class UserListModel;

// The administrator's search and filters over the users' list: words of a name or email, a role (an administrator
// is anyone who manages users), a care home (those given every home work in it too) and a state.
class UserFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class State
    {
        Everyone,
        Active, // may sign in now, or waits only for a manager's confirmation
        Deactivated,
        LockedOut,
        NeverSignedIn,
        AccessEnded, // ended, or not started yet
    };

    explicit UserFilterModel(UserListModel *users, QObject *parent = nullptr);

    void setSearch(const QString &words);
    void setRole(const QString &role);           // empty: every role
    void setFacility(const QString &facilityId); // empty: every home
    void setState(State state);
    // The list's row behind a row of this one (-1 for none).
    int userRow(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    UserListModel *m_users;
    QStringList m_words;
    QString m_role;
    QString m_facilityId;
    State m_state = State::Everyone;
};
