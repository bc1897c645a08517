#pragma once

#include "audits/AuditAction.h"
#include "database/KeysetRowModel.h"

#include <QDate>

// The open actions of the audits of one home or every home the user manages, those due soonest first (overdue ones
// say so), each leading to its audit.
class AuditActionsModel : public KeysetRowModel<AuditAction>
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        FacilityColumn,
        AuditColumn,
        WhatColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role
    {
        AuditIdRole = Qt::UserRole + 1,
        OverdueRole, // bool
    };

    explicit AuditActionsModel(const QString &connectionName, QObject *parent = nullptr);
    void setFacility(const QString &facilityId); // empty: every home
    void setToday(const QDate &today) { m_today = today; }
    int overdueCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    PageReader pageReader(const std::optional<AuditAction> &after) const override;

private:
    QString m_facilityId;
    QDate m_today;
};
