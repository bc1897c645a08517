#include "careplans/ReviewsDueModel.h"

#include "common/Clock.h"
#include "common/DateText.h"

#include "careplans/CarePlanListStore.h"
#include "careplans/CarePlanRecord.h"
#include "clinical/ResidentAlerts.h"

#include <QLocale>

ReviewsDueModel::ReviewsDueModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName,
                     ColumnTable({tr("Review date"), tr("Resident"), tr("Room"), tr("Home"), tr("Care plan")}), parent),
      m_today(Clock::today())
{}

void ReviewsDueModel::setFacility(const QString &facilityId)
{
    m_facilityId = facilityId;
    refresh();
}

ReviewsDueModel::PageReader ReviewsDueModel::pageReader(const std::optional<ReviewDueRow> &after) const
{
    return [facilityId = m_facilityId, dueBy = m_today.addDays(ResidentAlerts::reviewDueDays),
            after](const QSqlDatabase &db) {
        return CarePlanListStore::reviewsDuePage(db, facilityId, dueBy, after, pageSize);
    };
}

QVariant ReviewsDueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const ReviewDueRow &row = rows().at(index.row());
    const bool overdue = row.review < m_today;
    switch (role) {
    case PlanIdRole:
        return row.planId;
    case ResidentIdRole:
        return row.residentId;
    case OverdueRole:
        return overdue;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReviewColumn:
            return tr("%1 %2").arg(DateText::shortDate(row.review), ResidentAlerts::dueNote(row.review, m_today));
        case ResidentColumn:
            return row.resident;
        case RoomColumn:
            return row.room;
        case FacilityColumn:
            return row.facility;
        case PlanColumn:
            return CarePlanRecord::typeName(row.type);
        default:
            return {};
        }
    default:
        return {};
    }
}
