#include "audits/AuditListModel.h"

#include "audits/AuditListStore.h"
#include "common/Clock.h"
#include "common/DateText.h"
#include "compliance/AuditScore.h"

AuditListModel::AuditListModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName,
                     ColumnTable({tr("Date"), tr("Home"), tr("Audit"), tr("Score"), tr("Status"), tr("Actions open"),
                                  tr("Auditor")}),
                     parent),
      m_today(Clock::today())
{}

void AuditListModel::setFacility(const QString &facilityId)
{
    m_facilityId = facilityId;
    refresh();
}

AuditListModel::PageReader AuditListModel::pageReader(const std::optional<AuditListRow> &after) const
{
    return [facilityId = m_facilityId, after](const QSqlDatabase &db) {
        return AuditListStore::page(db, facilityId, after, pageSize);
    };
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const AuditListRow &row = rows().at(index.row());
    const bool overdue = row.openActions > 0 && row.earliestDue.isValid() && row.earliestDue < m_today;
    switch (role) {
    case AuditIdRole:
        return row.id;
    case OverdueRole:
        return overdue;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return DateText::shortDate(row.date);
        case FacilityColumn:
            return row.facility;
        case TypeColumn:
            return row.version > 1 ? tr("%1 (version %2)").arg(row.typeName).arg(row.version) : row.typeName;
        case ScoreColumn:
            return row.score ? tr("%1%").arg(AuditScore::text(row.score)) : tr("No score");
        case StatusColumn:
            return row.signedOff ? tr("Signed off") : tr("Open");
        case ActionsColumn:
            if (row.openActions == 0)
                return tr("None");
            return overdue ? tr("%n open, overdue", "", row.openActions) : tr("%n open", "", row.openActions);
        case AuditorColumn:
            return row.auditor;
        default:
            return {};
        }
    default:
        return {};
    }
}
