#include "audits/AuditsDueModel.h"

#include "audits/AuditListStore.h"
#include "common/Clock.h"
#include "common/DateText.h"

AuditsDueModel::AuditsDueModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName, ColumnTable({tr("Due"), tr("Home"), tr("Audit")}), parent), m_today(Clock::today())
{}

void AuditsDueModel::setFacility(const QString &facilityId)
{
    m_facilityId = facilityId;
    refresh();
}

AuditsDueModel::PageReader AuditsDueModel::pageReader(const std::optional<AuditDueRow> &) const
{
    return [facilityId = m_facilityId, today = m_today](const QSqlDatabase &db) {
        return KeysetPage<AuditDueRow>::whole(AuditListStore::due(db, facilityId, today));
    };
}

QVariant AuditsDueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const AuditDueRow &row = rows().at(index.row());
    switch (role) {
    case FacilityIdRole:
        return row.facilityId;
    case TypeRole:
        return row.type;
    case OverdueRole:
        return row.isOverdue(m_today);
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            if (!row.due.isValid())
                return tr("Never run");
            return row.due < m_today ? tr("%1 (overdue)").arg(DateText::shortDate(row.due))
                                     : DateText::shortDate(row.due);
        case FacilityColumn:
            return row.facility;
        case TypeColumn:
            return row.typeName;
        default:
            return {};
        }
    default:
        return {};
    }
}
