#pragma once

#include "AssessmentDue.h"
#include "ResidentAlerts.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// The assessments overdue or due within dueSoonDays, for one home or every home the user may see, soonest first, a
// page at a time (keyset paging on due date, resident and tool). Only admitted residents; nothing for a user who may
// not read assessments.
class AssessmentsDueModel : public QAbstractTableModel
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
    void refresh();
    QString errorMessage() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

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
    void fetchPage();

    QString m_connectionName;
    QString m_facilityId;
    QDate m_today;
    QList<Row> m_rows;
    bool m_atEnd = false;
    QString m_error;
};
