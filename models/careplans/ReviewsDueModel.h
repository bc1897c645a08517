#pragma once

#include "database/KeysetTableModel.h"

#include <QDate>
#include <QList>

// The care plans whose review is overdue or due within ResidentAlerts::reviewDueDays, for one home or every home
// the user may see, oldest review date first; read a page at a time (keyset paging on review date and plan).
// Discharged and deceased residents' plans are left out.
class ReviewsDueModel : public KeysetTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReviewColumn,
        ResidentColumn,
        RoomColumn,
        FacilityColumn,
        PlanColumn,
        ColumnCount
    };
    enum Role
    {
        PlanIdRole = Qt::UserRole + 1,
        ResidentIdRole,
        OverdueRole, // bool
    };

    static constexpr int pageSize = 100;

    explicit ReviewsDueModel(const QString &connectionName, QObject *parent = nullptr);
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
        QString planId;
        QString residentId;
        QString type;
        QDate review;
        QString resident;
        QString room;
        QString facility;
    };
    QString m_facilityId;
    QDate m_today;
    QList<Row> m_rows;
};
