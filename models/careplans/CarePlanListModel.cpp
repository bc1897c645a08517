#include "careplans/CarePlanListModel.h"

#include "common/Clock.h"
#include "common/DateText.h"

#include "careplans/CarePlanListStore.h"
#include "careplans/CarePlanRecord.h"

CarePlanListModel::CarePlanListModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName,
                     ColumnTable({tr("Care plan"), tr("Status"), tr("Started"), tr("Next review"), tr("Last changed")}),
                     parent),
      m_today(Clock::today())
{}

void CarePlanListModel::setResident(const QString &residentId)
{
    m_residentId = residentId;
    refresh();
}

CarePlanListModel::PageReader CarePlanListModel::pageReader(const std::optional<CarePlanListRow> &) const
{
    return [residentId = m_residentId](const QSqlDatabase &db) -> PageResult {
        return KeysetPage<CarePlanListRow>::whole(CarePlanListStore::forResident(db, residentId));
    };
}

int CarePlanListModel::rowOf(const QString &planId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).id == planId)
            return row;
    }
    return -1;
}

ResidentAlerts::Flags CarePlanListModel::reviewFlags(const CarePlanListRow &row) const
{
    if (row.status != QLatin1String("active") && row.status != QLatin1String("under_review"))
        return {};
    return ResidentAlerts::reviewFlags(row.review, m_today);
}

QVariant CarePlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const CarePlanListRow &row = rows().at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == ReviewFlagsRole)
        return static_cast<int>(reviewFlags(row));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TypeColumn:
        return CarePlanRecord::typeName(row.type);
    case StatusColumn:
        return CarePlanRecord::statusName(row.status);
    case StartColumn:
        return DateText::shortDate(row.start);
    case ReviewColumn: {
        const QString date = row.review.isValid() ? DateText::shortDate(row.review) : QString();
        const ResidentAlerts::Flags flags = reviewFlags(row);
        if (flags.testFlag(ResidentAlerts::ReviewOverdue))
            return tr("%1 (overdue)").arg(date);
        if (flags.testFlag(ResidentAlerts::ReviewDue))
            return tr("%1 (due)").arg(date);
        return date;
    }
    case UpdatedColumn:
        return row.updatedBy.isEmpty() ? DateText::shortDate(row.updated)
                                       : tr("%1, %2").arg(row.updatedBy, DateText::shortDate(row.updated));
    default:
        return {};
    }
}
