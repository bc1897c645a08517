#pragma once

#include "database/KeysetRowModel.h"
#include "incidents/IncidentListRow.h"
#include "incidents/IncidentListStore.h"

#include <QDateTime>

// The incidents of one home or every home the user manages, newest first (keyset pages): when, home, resident, type,
// severity (or "Awaiting review", overdue after 24 hours), notifications not yet sent (overdue ones said so) and who
// reported it.
class IncidentListModel : public KeysetRowModel<IncidentListRow>
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        FacilityColumn,
        ResidentColumn,
        TypeColumn,
        ReviewColumn,
        NotificationsColumn,
        ReportedByColumn,
        ColumnCount
    };
    enum Role
    {
        IncidentIdRole = Qt::UserRole + 1,
        OverdueRole, // bool: awaiting review for more than 24 hours, or a notification past due
    };

    static constexpr int pageSize = 100;

    explicit IncidentListModel(const QString &connectionName, QObject *parent = nullptr);
    void setFacility(const QString &facilityId); // empty: every home
    void setNeedsAttention(bool needsAttention);
    // For a safeguarding lead: only the safeguarding incidents.
    void setSafeguardingOnly(bool safeguardingOnly) { m_filter.safeguardingOnly = safeguardingOnly; }
    void setNow(const QDateTime &now) { m_now = now; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool reviewOverdue(const IncidentListRow &row) const;
    bool notificationOverdue(const IncidentListRow &row) const;

protected:
    PageReader pageReader(const std::optional<IncidentListRow> &after) const override;

private:
    IncidentListStore::Filter m_filter;
    QDateTime m_now;
};
