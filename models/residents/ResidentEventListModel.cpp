#include "residents/ResidentEventListModel.h"

#include "common/DateText.h"

#include "residents/ResidentHistoryStore.h"
#include "residents/ResidentStatus.h"

ResidentEventListModel::ResidentEventListModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName, ColumnTable({tr("Date"), tr("What happened"), tr("Details"), tr("Recorded by")}),
                     parent)
{}

void ResidentEventListModel::setResident(const QString &residentId)
{
    m_residentId = residentId;
    refresh();
}

ResidentEventListModel::PageReader ResidentEventListModel::pageReader(const std::optional<ResidentEventRow> &) const
{
    return [residentId = m_residentId](const QSqlDatabase &db) -> PageResult {
        return KeysetPage<ResidentEventRow>::whole(ResidentHistoryStore::events(db, residentId));
    };
}

QVariant ResidentEventListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size() || role != Qt::DisplayRole)
        return {};
    const ResidentEventRow &row = rows().at(index.row());
    switch (index.column()) {
    case DateColumn:
        return DateText::shortDate(row.date);
    case EventColumn:
        return ResidentStatus::eventName(row.event);
    case DetailsColumn:
        return row.details;
    case RecordedByColumn:
        return row.recordedBy.isEmpty() ? tr("the administrator, %1").arg(DateText::moment(row.recordedAt))
                                        : tr("%1, %2").arg(row.recordedBy, DateText::moment(row.recordedAt));
    default:
        return {};
    }
}
