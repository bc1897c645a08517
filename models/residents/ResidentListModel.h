#pragma once

#include "database/KeysetRowModel.h"
#include "residents/ResidentListQuery.h"
#include "residents/ResidentListRow.h"

#include <QDate>

// The residents the signed-in user may see (row-level security decides), searched and filtered on the server and
// read a page at a time as the view scrolls, by ResidentListStore: never the whole table.
class ResidentListModel : public KeysetRowModel<ResidentListRow>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoomColumn,
        AlertsColumn,
        StatusColumn,
        FacilityColumn,
        BornColumn,
        NhsNumberColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AlertFlagsRole, // ResidentAlerts::Flags as int, for the view to draw an icon beside each word
        AlertWordsRole, // QStringList
        StatusRole,     // the status as stored (admitted, in_hospital, ...)
    };
    enum class Order
    {
        ByName,
        ByRoom
    };

    static constexpr int pageSize = 50;

    explicit ResidentListModel(const QString &connectionName, QObject *parent = nullptr);

    // Each of these starts the list again from the top.
    void setSearch(const QString &typed);
    void setFacility(const QString &facilityId); // empty: every home the user may see
    void setStatuses(const QStringList &statuses);
    void setOrder(Order order);

    QString searchText() const { return m_typed; }
    QStringList statuses() const { return m_query.statuses; }
    Order order() const { return m_query.byRoom ? Order::ByRoom : Order::ByName; }
    QString residentId(int row) const;
    int rowOf(const QString &residentId) const;
    // The date alerts are judged against (today; tests set another).
    void setToday(const QDate &today) { m_today = today; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    PageReader pageReader(const std::optional<ResidentListRow> &after) const override;

private:
    QString m_typed;
    ResidentListQuery m_query;
    QDate m_today;
};
