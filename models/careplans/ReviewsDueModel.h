#pragma once

#include "careplans/ReviewDueRow.h"
#include "database/KeysetRowModel.h"

#include <QDate>

// The care plans whose review is overdue or due within ResidentAlerts::reviewDueDays, for one home or every home
// the user may see, oldest review date first; read a page at a time (keyset paging on review date and plan).
// Discharged and deceased residents' plans are left out.
class ReviewsDueModel : public KeysetRowModel<ReviewDueRow>
{
    Q_OBJECT

public:
    enum Column
    {
        ReviewColumn,
        ResidentColumn,
        RoomColumn,
        FacilityColumn,
        PlanColumn,
        ColumnCount
    };
    enum Role
    {
        PlanIdRole = Qt::UserRole + 1,
        ResidentIdRole,
        OverdueRole, // bool
    };

    static constexpr int pageSize = 100;

    explicit ReviewsDueModel(const QString &connectionName, QObject *parent = nullptr);
    void setFacility(const QString &facilityId); // empty: every home
    void setToday(const QDate &today) { m_today = today; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    PageReader pageReader(const std::optional<ReviewDueRow> &after) const override;

private:
    QString m_facilityId;
    QDate m_today;
};
