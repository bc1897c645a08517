#include "database/KeysetTableModel.h"

#include "database/BackgroundReader.h"

KeysetTableModel::KeysetTableModel(const QString &connectionName, ColumnTable columns, QObject *parent)
    : QAbstractTableModel(parent), m_connectionName(connectionName), m_columns(std::move(columns))
{}

void KeysetTableModel::refresh()
{
    ++m_generation;
    m_reading = false;
    beginResetModel();
    clearRows();
    m_lastRead = Result<>::done();
    m_atEnd = !canRead();
    // Set before the reset is announced, so that a view told of it says the list is on its way, not that it is empty.
    m_reading = m_reader && !m_atEnd;
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
    return !parent.isValid() && !m_atEnd && m_lastRead.ok() && !m_reading;
}

void KeysetTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void KeysetTableModel::fetchPage()
{
    const PageRead read = nextPage();
    if (!m_reader) {
        read(QSqlDatabase::database(m_connectionName, false))();
        return;
    }
    m_reading = true;
    const int generation = m_generation;
    m_reader->post(this, [this, generation, read](const QSqlDatabase &db) -> BackgroundReader::Apply {
        const Show show = read(db);
        return [this, generation, show] {
            if (generation != m_generation)
                return; // read for what the list showed before a refresh
            m_reading = false;
            show();
        };
    });
}

void KeysetTableModel::pageShown(const Result<> &read, bool atEnd, const QList<SqlStatement> &statements)
{
    m_lastRead = read;
    m_atEnd = atEnd || !read.ok();
    m_lastStatements = statements;
    emit pageRead(read.ok());
}
