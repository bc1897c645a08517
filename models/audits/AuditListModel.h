#pragma once

#include "audits/AuditListRow.h"
#include "database/KeysetRowModel.h"

#include <QDate>

// The audits of one home or every home the user manages, newest first (keyset pages): date, home, type, version,
// score, whether signed off, open actions (overdue ones said so) and the auditor.
class AuditListModel : public KeysetRowModel<AuditListRow>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        FacilityColumn,
        TypeColumn,
        ScoreColumn,
        StatusColumn,
        ActionsColumn,
        AuditorColumn,
        ColumnCount
    };
    enum Role
    {
        AuditIdRole = Qt::UserRole + 1,
        OverdueRole, // bool: an open action is overdue
    };

    static constexpr int pageSize = 100;

    explicit AuditListModel(const QString &connectionName, QObject *parent = nullptr);
    void setFacility(const QString &facilityId); // empty: every home
    void setToday(const QDate &today) { m_today = today; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    PageReader pageReader(const std::optional<AuditListRow> &after) const override;

private:
    QString m_facilityId;
    QDate m_today;
};
