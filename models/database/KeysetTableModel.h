#pragma once

#include "common/ColumnTable.h"
#include "common/Result.h"
#include "database/SqlStatement.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <functional>

class BackgroundReader;

// The one pager of the program's lists: a table read from the server a page at a time as the view scrolls
// (canFetchMore / fetchMore), each page after the last row kept. With a reader the page is read off the window's
// thread and shown when it arrives; a page read for what the list showed before a refresh is dropped. The rows and
// the SQL are not here: KeysetRowModel keeps the rows, and a store reads each page.
class KeysetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Clears the rows and reads the first page.
    void refresh();
    // What became of the last page read: its message says why it could not be read. Nothing more is read after a
    // failure until refresh().
    const Result<> &lastRead() const { return m_lastRead; }
    // A page is on its way: the view says so rather than that the list is empty.
    bool isReading() const { return m_reading; }
    // Pages are read on reader's thread and shown when they arrive (pageRead); without a reader, at once.
    void setReader(BackgroundReader *reader) { m_reader = reader; }
    // For tests and the benchmark: every statement the last page sent, with its values.
    const QList<SqlStatement> &lastStatements() const { return m_lastStatements; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

signals:
    // A page was read and is shown (ok), or could not be read (lastRead() says why). rowsInserted alone says
    // nothing of a page with no rows.
    void pageRead(bool ok);

protected:
    using Show = std::function<void()>;
    // Reads a page on any thread, touching nothing of the model, and returns what shows it on the model's thread.
    using PageRead = std::function<Show(const QSqlDatabase &db)>;

    KeysetTableModel(const QString &connectionName, ColumnTable columns, QObject *parent);
    // False when there is nothing to read yet (no resident chosen): the table stays empty.
    virtual bool canRead() const { return true; }
    // The read of the page after the rows kept (from the start when none are).
    virtual PageRead nextPage() = 0;
    virtual void clearRows() = 0;
    virtual int keptRows() const = 0;
    // Called by what nextPage() returned: before the page's rows are inserted, then once they are.
    void pageArrived(const Result<> &read, bool atEnd, const QList<SqlStatement> &statements);
    void pageShown();

private:
    void fetchPage();

    QString m_connectionName;
    ColumnTable m_columns;
    bool m_atEnd = true;
    Result<> m_lastRead = Result<>::done();
    QList<SqlStatement> m_lastStatements;
    BackgroundReader *m_reader = nullptr;
    bool m_reading = false;
    int m_generation = 0; // a page read before the last refresh is not shown
};
