#pragma once

#include <QSqlQueryModel>

// The organization's users as the signed-in user's session may see them (row-level security decides), for the
// administrator's list. An organization has tens or hundreds of users, never enough to page.
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
        ColumnCount
    };

    explicit UserListModel(QObject *parent = nullptr);

    void refresh(const QSqlDatabase &db);
    QString userId(int row) const;
    bool isActive(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleName(const QString &role);
};
