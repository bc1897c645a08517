#include "organization/RecordsKeptModel.h"

#include "common/DateText.h"

void RecordsKeptModel::setRows(const QList<RecordsKeptRow> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

bool RecordsKeptModel::isDue(int index) const
{
    const RecordsKeptRow &kept = m_rows.at(index);
    return !kept.onHold && kept.firstDayDue.isValid() && kept.firstDayDue <= m_today;
}

int RecordsKeptModel::dueCount() const
{
    int due = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        due += isDue(i) ? 1 : 0;
    return due;
}

int RecordsKeptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordsKeptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordsKeptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RecordsKeptRow &kept = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Hold && kept.onHold)
        return kept.holdReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Resident:
        return tr("%1 %2").arg(kept.firstName, kept.lastName);
    case Home:
        return kept.home;
    case Status:
        return kept.status == QLatin1String("deceased") ? tr("Died") : tr("Discharged");
    case CareEnded:
        return DateText::shortDate(kept.careEnded);
    case LastEntry:
        return DateText::shortDate(kept.lastEntry);
    case FirstDayDue:
        if (kept.onHold)
            return tr("kept: legal hold");
        return isDue(index.row()) ? tr("%1 (due now)").arg(DateText::shortDate(kept.firstDayDue))
                                  : DateText::shortDate(kept.firstDayDue);
    case Hold:
        return kept.onHold ? kept.holdReason : QString();
    default:
        return {};
    }
}

QVariant RecordsKeptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Resident:
        return tr("Resident");
    case Home:
        return tr("Home");
    case Status:
        return tr("Left");
    case CareEnded:
        return tr("Care ended");
    case LastEntry:
        return tr("Last entry");
    case FirstDayDue:
        return tr("May be archived from");
    case Hold:
        return tr("Legal hold");
    default:
        return {};
    }
}
