#pragma once

#include "health/TableMetrics.h"

#include <QAbstractTableModel>
#include <QList>

// Every table and partition of the schema as the Health page lists them: rows live and dead, last vacuum and analyze
// (local time), size. Qt::UserRole gives each cell's raw value for sorting.
class TableMetricsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Table,
        LiveRows,
        DeadRows,
        LastVacuum,
        LastAnalyze,
        Size,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setTables(const QList<TableMetrics> &tables);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TableMetrics> m_tables;
};
