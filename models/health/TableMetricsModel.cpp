#include "health/TableMetricsModel.h"

#include "health/HealthText.h"

void TableMetricsModel::setTables(const QList<TableMetrics> &tables)
{
    beginResetModel();
    m_tables = tables;
    endResetModel();
}

int TableMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int TableMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tables.size())
        return {};
    const TableMetrics &table = m_tables.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Table ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Table:
            return table.table;
        case LiveRows:
            return table.liveRows;
        case DeadRows:
            return table.deadRows;
        case LastVacuum:
            return table.lastVacuum.isValid() ? table.lastVacuum.toMSecsSinceEpoch() : qint64(-1);
        case LastAnalyze:
            return table.lastAnalyze.isValid() ? table.lastAnalyze.toMSecsSinceEpoch() : qint64(-1);
        case Size:
            return table.bytes;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Table:
        return table.table;
    case LiveRows:
        return HealthText::count(table.liveRows);
    case DeadRows:
        return HealthText::count(table.deadRows);
    case LastVacuum:
        return HealthText::when(table.lastVacuum);
    case LastAnalyze:
        return HealthText::when(table.lastAnalyze);
    case Size:
        return HealthText::size(table.bytes);
    default:
        return {};
    }
}

QVariant TableMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Table:
        return tr("Table or partition");
    case LiveRows:
        return tr("Rows");
    case DeadRows:
        return tr("Dead rows");
    case LastVacuum:
        return tr("Last vacuum");
    case LastAnalyze:
        return tr("Last analyze");
    case Size:
        return tr("Size");
    default:
        return {};
    }
}
