#pragma once

#include "common/ColumnTable.h"
#include "common/Result.h"
#include "organization/UserRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

// The organization's users as the signed-in user's session may see them (row-level security decides), for the
// administrator's list, as OrganizationListStore reads them: all at once, never enough to page.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Role,
        Homes,
        LastSignIn,
        Status, // last: the longest, and stretched
        ColumnCount
    };

    explicit UserListModel(QObject *parent = nullptr);

    // Reads the users again; on failure the list is empty and lastRead() says why.
    void refresh(const QSqlDatabase &db);
    const Result<> &lastRead() const { return m_lastRead; }
    UserRow user(int row) const { return m_rows.value(row); }
    QString userId(int row) const { return m_rows.value(row).id; }
    bool isActive(int row) const { return m_rows.value(row).active; }
    bool isWaiting(int row) const { return m_rows.value(row).waiting; }
    bool hasOwnPassword(int row) const { return m_rows.value(row).ownPassword; }
    bool canConfirm(int row) const { return m_rows.value(row).canConfirm; }
    bool isLocked(int row) const { return m_rows.value(row).lockedUntil.isValid(); }
    QString userName(int row) const { return m_rows.value(row).name; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // What the Status column says: deactivated, locked out, access ended or not started, waiting, active.
    static QString status(const UserRow &user);

private:
    ColumnTable m_columns;
    QList<UserRow> m_rows;
    Result<> m_lastRead = Result<>::done();
};
