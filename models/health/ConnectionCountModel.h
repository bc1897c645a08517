#pragma once

#include "health/ConnectionCount.h"

#include <QAbstractTableModel>
#include <QList>

// The sessions connected to the database, by login, program and computer, as the Health page lists them.
class ConnectionCountModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Login,
        Application,
        Address,
        Sessions,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setConnections(const QList<ConnectionCount> &connections);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConnectionCount> m_connections;
};
