#pragma once

#include "clinical/AssessmentDue.h"
#include "clinical/ResidentAlerts.h"
#include "database/KeysetTableModel.h"

#include <QDate>
#include <QList>

// The assessments overdue or due within dueSoonDays, for one home or every home the user may see, soonest first, a
// page at a time (keyset paging on due date, resident and tool). Only admitted residents; nothing for a user who may
// not read assessments.
class AssessmentsDueModel : public KeysetTableModel
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
    PgResult readPage(int limit) const override;
    void keepRows(const PgResult &page, int count) override;
    void clearRows() override { m_rows.clear(); }
    int keptRows() const override { return static_cast<int>(m_rows.size()); }

private:
    struct Row
    {
        AssessmentDue due;
        QString residentId;
        QString typeKey;
        QString resident;
        QString room;
        QString facility;
    };
    QString m_facilityId;
    QDate m_today;
    QList<Row> m_rows;
};
