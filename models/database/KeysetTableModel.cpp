#include "database/KeysetTableModel.h"

#include "database/DatabaseErrorMessages.h"

KeysetTableModel::KeysetTableModel(const QString &connectionName, ColumnTable columns, int pageSize, QObject *parent)
    : QAbstractTableModel(parent), m_connectionName(connectionName), m_columns(std::move(columns)), m_pageSize(pageSize)
{}

QSqlDatabase KeysetTableModel::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void KeysetTableModel::refresh()
{
    beginResetModel();
    clearRows();
    m_error.clear();
    m_atEnd = !canRead();
    endResetModel();
    if (!m_atEnd)
        fetchPage();
}

int KeysetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : keptRows();
}

int KeysetTableModel::columnCount(const QModelIndex &parent) const
{
    return m_columns.columnCount(parent);
}

QVariant KeysetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_columns.headerData(section, orientation, role);
}

bool KeysetTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_error.isEmpty();
}

void KeysetTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void KeysetTableModel::fetchPage()
{
    // One row more than a page says whether another page follows.
    const PgResult page = readPage(m_pageSize + 1);
    if (!page.ok()) {
        m_error = DatabaseErrorMessages::describe(page.error());
        return;
    }
    const int count = qMin(page.rowCount(), m_pageSize);
    m_atEnd = page.rowCount() <= m_pageSize;
    if (count == 0)
        return;
    beginInsertRows(QModelIndex(), keptRows(), keptRows() + count - 1);
    keepRows(page, count);
    endInsertRows();
}
