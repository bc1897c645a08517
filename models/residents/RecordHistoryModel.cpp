#include "residents/RecordHistoryModel.h"

#include "common/DateText.h"
#include "residents/ResidentHistoryStore.h"

RecordHistoryModel::RecordHistoryModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName, ColumnTable({tr("When"), tr("Who"), tr("What changed")}), parent)
{}

void RecordHistoryModel::setRecord(Kind kind, const QString &rowId)
{
    m_kind = kind;
    m_rowId = rowId;
    refresh();
}

RecordHistoryModel::PageReader RecordHistoryModel::pageReader(const std::optional<RecordVersion> &) const
{
    return [kind = m_kind, rowId = m_rowId](const QSqlDatabase &db) -> PageResult {
        return KeysetPage<RecordVersion>::whole(ResidentHistoryStore::versions(db, kind, rowId));
    };
}

QVariant RecordHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size() || role != Qt::DisplayRole)
        return {};
    const RecordVersion &row = rows().at(index.row());
    switch (index.column()) {
    case WhenColumn:
        return DateText::moment(row.when);
    case WhoColumn:
        return row.who.isEmpty() ? tr("the administrator") : row.who;
    case ChangesColumn:
        return row.changes.join(QLatin1Char('\n'));
    default:
        return {};
    }
}
