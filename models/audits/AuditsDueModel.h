#pragma once

#include "audits/AuditDueRow.h"
#include "database/KeysetRowModel.h"

#include <QDate>

// The audits the homes are due to run by the organization's schedule (AuditListStore::due): never run first, then
// soonest due; overdue ones say so. Choosing one fills in what to start.
class AuditsDueModel : public KeysetRowModel<AuditDueRow>
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        FacilityColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role
    {
        FacilityIdRole = Qt::UserRole + 1,
        TypeRole,
        OverdueRole, // bool
    };

    explicit AuditsDueModel(const QString &connectionName, QObject *parent = nullptr);
    void setFacility(const QString &facilityId); // empty: every home
    void setToday(const QDate &today) { m_today = today; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    PageReader pageReader(const std::optional<AuditDueRow> &after) const override;

private:
    QString m_facilityId;
    QDate m_today;
};
