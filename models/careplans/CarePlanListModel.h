#pragma once

#include "careplans/CarePlanListRow.h"
#include "common/ColumnTable.h"
#include "common/Result.h"

#include "clinical/ResidentAlerts.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// A resident's care plans, live ones first, each with its review date and whether that review is due or overdue.
// A resident has a handful: all are read at once.
class CarePlanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TypeColumn,
        StatusColumn,
        StartColumn,
        ReviewColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ReviewFlagsRole, // ResidentAlerts::Flags (ReviewDue, ReviewOverdue) as int
    };

    explicit CarePlanListModel(const QString &connectionName, QObject *parent = nullptr);
    // Reads the resident's plans (CarePlanListStore); on failure the list is left empty and lastRead() says why.
    void refresh(const QString &residentId);
    const Result<> &lastRead() const { return m_lastRead; }
    QString planId(int row) const { return m_rows.value(row).id; }
    int rowOf(const QString &planId) const;
    void setToday(const QDate &today) { m_today = today; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ResidentAlerts::Flags reviewFlags(const CarePlanListRow &row) const;

    QString m_connectionName;
    ColumnTable m_columns;
    QDate m_today;
    QList<CarePlanListRow> m_rows;
    Result<> m_lastRead = Result<>::done();
};
