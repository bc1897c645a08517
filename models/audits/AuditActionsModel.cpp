#include "audits/AuditActionsModel.h"

#include "audits/AuditStore.h"
#include "common/Clock.h"
#include "common/DateText.h"

AuditActionsModel::AuditActionsModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName, ColumnTable({tr("Due"), tr("Home"), tr("Audit"), tr("Action"), tr("Who")}),
                     parent),
      m_today(Clock::today())
{}

void AuditActionsModel::setFacility(const QString &facilityId)
{
    m_facilityId = facilityId;
    refresh();
}

int AuditActionsModel::overdueCount() const
{
    return static_cast<int>(
        std::count_if(rows().cbegin(), rows().cend(), [this](const AuditAction &a) { return a.isOverdue(m_today); }));
}

AuditActionsModel::PageReader AuditActionsModel::pageReader(const std::optional<AuditAction> &) const
{
    return [facilityId = m_facilityId](const QSqlDatabase &db) {
        return KeysetPage<AuditAction>::whole(AuditStore::openActions(db, facilityId));
    };
}

QVariant AuditActionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const AuditAction &row = rows().at(index.row());
    const bool overdue = row.isOverdue(m_today);
    switch (role) {
    case AuditIdRole:
        return row.latestAuditId;
    case OverdueRole:
        return overdue;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            if (!row.due.isValid())
                return tr("No date set");
            return overdue ? tr("%1 (overdue)").arg(DateText::shortDate(row.due)) : DateText::shortDate(row.due);
        case FacilityColumn:
            return row.facility;
        case AuditColumn:
            return tr("%1, %2").arg(row.auditType, DateText::shortDate(row.auditDate));
        case WhatColumn:
            return row.what;
        case OwnerColumn:
            return row.owner.isEmpty() ? tr("No one yet") : row.owner;
        default:
            return {};
        }
    default:
        return {};
    }
}
