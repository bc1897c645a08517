#pragma once

#include "common/ColumnTable.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>

// A resident's admissions, moves, hospital stays, discharge or death, newest first, each with who recorded it and
// when. A resident has a handful of these: all are read at once.
class ResidentEventListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        EventColumn,
        DetailsColumn,
        RecordedByColumn,
        ColumnCount
    };

    explicit ResidentEventListModel(const QString &connectionName, QObject *parent = nullptr);
    // An empty string, or what went wrong.
    QString refresh(const QString &residentId);
    QString eventAt(int row) const { return m_rows.value(row).event; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDate date;
        QString event;
        QString details;
        QString recordedBy;
        QDateTime recordedAt;
    };
    QString m_connectionName;
    ColumnTable m_columns;
    QList<Row> m_rows;
};
