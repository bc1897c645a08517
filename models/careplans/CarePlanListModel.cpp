#include "careplans/CarePlanListModel.h"

#include "common/Clock.h"
#include "common/DateText.h"

#include "careplans/CarePlanRecord.h"
#include "careplans/CarePlanListStore.h"

#include <QLocale>
#include <QSqlDatabase>

CarePlanListModel::CarePlanListModel(const QString &connectionName, QObject *parent)
    : QAbstractTableModel(parent), m_connectionName(connectionName),
      m_columns({tr("Care plan"), tr("Status"), tr("Started"), tr("Next review"), tr("Last changed")}),
      m_today(Clock::today())
{}

void CarePlanListModel::refresh(const QString &residentId)
{
    const Result<QList<CarePlanListRow>> plans =
        CarePlanListStore::forResident(QSqlDatabase::database(m_connectionName, false), residentId);
    beginResetModel();
    m_rows = plans.value;
    endResetModel();
    m_lastRead = plans.ok() ? Result<>::done() : Result<>::failedAs(plans);
}

int CarePlanListModel::rowOf(const QString &planId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == planId)
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

int CarePlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CarePlanListModel::columnCount(const QModelIndex &parent) const
{
    return m_columns.columnCount(parent);
}

QVariant CarePlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CarePlanListRow &row = m_rows.at(index.row());
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

QVariant CarePlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_columns.headerData(section, orientation, role);
}
