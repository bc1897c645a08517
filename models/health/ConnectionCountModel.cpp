#include "health/ConnectionCountModel.h"

void ConnectionCountModel::setConnections(const QList<ConnectionCount> &connections)
{
    beginResetModel();
    m_connections = connections;
    endResetModel();
}

int ConnectionCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ConnectionCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionCountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_connections.size())
        return {};
    const ConnectionCount &connection = m_connections.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Sessions ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case Login:
        return connection.login;
    case Application:
        return connection.application.isEmpty() && role == Qt::DisplayRole ? tr("(no name)") : connection.application;
    case Address:
        return connection.address == QLatin1String("local") && role == Qt::DisplayRole ? tr("this computer")
                                                                                       : connection.address;
    case Sessions:
        return connection.sessions;
    default:
        return {};
    }
}

QVariant ConnectionCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login:
        return tr("Login");
    case Application:
        return tr("Program");
    case Address:
        return tr("Computer");
    case Sessions:
        return tr("Sessions");
    default:
        return {};
    }
}
