#pragma once

#include "common/ColumnTable.h"
#include "database/PgResult.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// A table read from the server a page at a time by keyset paging (each page starts after the last row kept, on an
// index, never with OFFSET), as the lists of what is due and a resident's history are: the paging, the reset and
// the error of the last read, written once. A subclass says how to read a page and keeps its own rows.
class KeysetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Clears the rows and reads the first page.
    void refresh();
    // Why the last page could not be read, in words; empty when it could.
    QString errorMessage() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

protected:
    KeysetTableModel(const QString &connectionName, ColumnTable columns, int pageSize, QObject *parent);
    QSqlDatabase database() const;
    // False when there is nothing to read yet (no resident chosen): the table stays empty.
    virtual bool canRead() const { return true; }
    // At most limit rows following those kept (from the start when none are).
    virtual PgResult readPage(int limit) const = 0;
    // Keeps the first count rows of a page after those kept.
    virtual void keepRows(const PgResult &page, int count) = 0;
    virtual void clearRows() = 0;
    virtual int keptRows() const = 0;

private:
    void fetchPage();

    QString m_connectionName;
    ColumnTable m_columns;
    int m_pageSize;
    bool m_atEnd = true;
    QString m_error;
};
