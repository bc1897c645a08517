#include "incidents/IncidentListModel.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "incidents/IncidentNames.h"

IncidentListModel::IncidentListModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName,
                     ColumnTable({tr("When"), tr("Home"), tr("Resident"), tr("Type"), tr("Review"), tr("Notifications"),
                                  tr("Reported by")}),
                     parent),
      m_now(Clock::nowUtc())
{}

void IncidentListModel::setFacility(const QString &facilityId)
{
    m_filter.facilityId = facilityId;
    refresh();
}

void IncidentListModel::setNeedsAttention(bool needsAttention)
{
    m_filter.needsAttention = needsAttention;
    refresh();
}

IncidentListModel::PageReader IncidentListModel::pageReader(const std::optional<IncidentListRow> &after) const
{
    return [filter = m_filter, after](const QSqlDatabase &db) {
        return IncidentListStore::page(db, filter, after, pageSize);
    };
}

bool IncidentListModel::reviewOverdue(const IncidentListRow &row) const
{
    return row.severity.isEmpty() && row.reportedAt.isValid() && row.reportedAt.addSecs(24 * 60 * 60) < m_now;
}

bool IncidentListModel::notificationOverdue(const IncidentListRow &row) const
{
    return row.pendingNotifications > 0 && row.earliestDue.isValid() && row.earliestDue < m_now;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const IncidentListRow &row = rows().at(index.row());
    switch (role) {
    case IncidentIdRole:
        return row.id;
    case OverdueRole:
        return reviewOverdue(row) || notificationOverdue(row);
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return DateText::moment(row.occurredAt);
        case FacilityColumn:
            return row.facility;
        case ResidentColumn:
            return row.resident.isEmpty() ? tr("No resident") : row.resident;
        case TypeColumn:
            return row.safeguarding && row.type != QLatin1String("safeguarding")
                       ? tr("%1 (safeguarding)").arg(IncidentNames::typeName(row.type))
                       : IncidentNames::typeName(row.type);
        case ReviewColumn:
            if (!row.severity.isEmpty())
                return IncidentNames::severityName(row.severity);
            return reviewOverdue(row) ? tr("Awaiting review, over 24 hours") : tr("Awaiting review");
        case NotificationsColumn:
            if (row.pendingNotifications == 0)
                return tr("None to send");
            return notificationOverdue(row) ? tr("%n to send, past due", "", row.pendingNotifications)
                                            : tr("%n to send", "", row.pendingNotifications);
        case ReportedByColumn:
            return row.reportedBy;
        default:
            return {};
        }
    default:
        return {};
    }
}
