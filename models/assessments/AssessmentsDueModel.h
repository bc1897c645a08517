#pragma once

#include "assessments/AssessmentDueRow.h"
#include "clinical/ResidentAlerts.h"
#include "database/KeysetRowModel.h"

#include <QDate>

// The assessments overdue or due within dueSoonDays, for one home or every home the user may see, soonest first, a
// page at a time as AssessmentListStore reads them.
class AssessmentsDueModel : public KeysetRowModel<AssessmentDueRow>
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        ResidentColumn,
        RoomColumn,
        FacilityColumn,
        ToolColumn,
        LastColumn,
        ColumnCount
    };
    enum Role
    {
        ResidentIdRole = Qt::UserRole + 1,
        TypeRole,   // the tool's key
        OverdueRole // bool
    };
    static constexpr int pageSize = 100;
    static constexpr int dueSoonDays = ResidentAlerts::assessmentDueDays;

    explicit AssessmentsDueModel(const QString &connectionName, QObject *parent = nullptr);
    void setFacility(const QString &facilityId); // empty: every home
    void setToday(const QDate &today) { m_today = today; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    PageReader pageReader(const std::optional<AssessmentDueRow> &after) const override;

private:
    QString m_facilityId;
    QDate m_today;
};
