#include "assessments/AssessmentsDueModel.h"

#include "assessments/AssessmentListStore.h"
#include "clinical/AssessmentTools.h"
#include "clinical/ResidentAlerts.h"
#include "common/Clock.h"
#include "common/DateText.h"

AssessmentsDueModel::AssessmentsDueModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(
          connectionName,
          ColumnTable({tr("Due"), tr("Resident"), tr("Room"), tr("Home"), tr("Assessment"), tr("Last done")}), parent),
      m_today(Clock::today())
{}

void AssessmentsDueModel::setFacility(const QString &facilityId)
{
    m_facilityId = facilityId;
    refresh();
}

AssessmentsDueModel::PageReader AssessmentsDueModel::pageReader(const std::optional<AssessmentDueRow> &after) const
{
    return [facilityId = m_facilityId, dueBy = m_today.addDays(dueSoonDays), after](const QSqlDatabase &db) {
        return AssessmentListStore::duePage(db, facilityId, dueBy, after, pageSize);
    };
}

QVariant AssessmentsDueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const AssessmentDueRow &row = rows().at(index.row());
    const bool overdue = row.due.overdue(m_today);
    switch (role) {
    case ResidentIdRole:
        return row.residentId;
    case TypeRole:
        return row.typeKey;
    case OverdueRole:
        return overdue;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return tr("%1 %2").arg(DateText::shortDate(row.due.dueDate),
                                   ResidentAlerts::dueNote(row.due.dueDate, m_today));
        case ResidentColumn:
            return row.resident;
        case RoomColumn:
            return row.room;
        case FacilityColumn:
            return row.facility;
        case ToolColumn:
            return AssessmentTools::name(row.due.type);
        case LastColumn:
            return row.due.lastDate.isValid() ? DateText::shortDate(row.due.lastDate) : tr("Never: due on admission");
        default:
            return {};
        }
    default:
        return {};
    }
}
