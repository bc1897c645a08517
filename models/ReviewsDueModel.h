#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// The care plans whose review is overdue or due within ResidentAlerts::reviewDueDays, for one home or every home
// the user may see, oldest review date first; read a page at a time (keyset paging on review date and plan).
// Discharged and deceased residents' plans are left out.
class ReviewsDueModel : public QAbstractTableModel
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
        QString planId;
        QString residentId;
        QString type;
        QDate review;
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
