#pragma once

#include <QSqlQueryModel>

// The organization's users as the signed-in user's session may see them (row-level security decides), for the
// administrator's list. An organization has tens or hundreds of users, never enough to page.
//
// The query's columns are the list's columns, in order, followed by the ones the list does not show (hide them in
// the view); data() only words the displayed role, homes and status. (QSqlQueryModel::record() reads back through
// data(), so data() must not move columns about.)
class UserListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Role,
        Homes,
        Status,
        Id,
        AllFacilities,
        Waiting,     // clinical access held until a manager confirms the account
        OwnPassword, // its user has chosen their own password since
        CanConfirm,  // the signed-in user may confirm it now
        ColumnCount
    };

    explicit UserListModel(QObject *parent = nullptr);

    void refresh(const QSqlDatabase &db);
    QString userId(int row) const;
    bool isActive(int row) const;
    bool isWaiting(int row) const;
    bool hasOwnPassword(int row) const;
    bool canConfirm(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleName(const QString &role);
};
