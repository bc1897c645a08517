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
    const bool read = canRead();
    // Nothing is fetched while the reset is announced (a view may ask for more then); a view told of it is told that
    // the list is on its way, not that it is empty.
    m_atEnd = true;
    m_reading = m_reader && read;
    endResetModel();
    m_atEnd = !read;
    if (read)
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
    // No other page is asked for while this one is read and shown (a view asks for more as rows are inserted).
    m_reading = true;
    if (!m_reader) {
        read(QSqlDatabase::database(m_connectionName, false))();
        return;
    }
    const int generation = m_generation;
    m_reader->post(this, [this, generation, read](const QSqlDatabase &db) -> BackgroundReader::Apply {
        const Show show = read(db);
        return [this, generation, show] {
            if (generation == m_generation) // else read for what the list showed before a refresh
                show();
        };
    });
}

void KeysetTableModel::pageArrived(const Result<> &read, bool atEnd, const QList<SqlStatement> &statements)
{
    m_lastRead = read;
    m_atEnd = atEnd || !read.ok();
    m_lastStatements = statements;
}

void KeysetTableModel::pageShown()
{
    m_reading = false;
    emit pageRead(m_lastRead.ok());
}
