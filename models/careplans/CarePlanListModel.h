#pragma once

#include "careplans/CarePlanListRow.h"
#include "clinical/ResidentAlerts.h"
#include "database/KeysetRowModel.h"

#include <QDate>

// A resident's care plans, live ones first, each with its review date and whether that review is due or overdue.
// A resident has a handful: CarePlanListStore reads them all at once, as one page.
class CarePlanListModel : public KeysetRowModel<CarePlanListRow>
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
    // Reads the resident's plans (empty: none); lastRead() says what became of it.
    void setResident(const QString &residentId);
    QString planId(int row) const { return rows().value(row).id; }
    int rowOf(const QString &planId) const;
    void setToday(const QDate &today) { m_today = today; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool canRead() const override { return !m_residentId.isEmpty(); }
    PageReader pageReader(const std::optional<CarePlanListRow> &after) const override;

private:
    ResidentAlerts::Flags reviewFlags(const CarePlanListRow &row) const;

    QString m_residentId;
    QDate m_today;
};
