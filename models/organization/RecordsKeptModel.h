#pragma once

#include "organization/RecordsKeptRow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// The records kept of residents who have left or died, as the administrator's page lists them: those whose period
// has passed (on today's date) and that no legal hold keeps say "due now".
class RecordsKeptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Resident,
        Home,
        Status,
        CareEnded,
        LastEntry,
        FirstDayDue,
        Hold,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<RecordsKeptRow> &rows, const QDate &today);
    const RecordsKeptRow &row(int index) const { return m_rows.at(index); }
    // Whether a row's records may be archived today: its first day due has come and no hold keeps them.
    bool isDue(int index) const;
    int dueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RecordsKeptRow> m_rows;
    QDate m_today;
};
