#pragma once

#include "database/KeysetRowModel.h"
#include "residents/RecordAccessRow.h"
#include "residents/RecordAccessStore.h"

// Who has seen a resident's record in a period, newest first, a page at a time as the view scrolls
// (RecordAccessStore).
class RecordAccessModel : public KeysetRowModel<RecordAccessRow>
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        RoleColumn,
        WhatColumn,
        StationColumn,
        ColumnCount
    };

    explicit RecordAccessModel(const QString &connectionName, QObject *parent = nullptr);
    // Reads the first page for the resident and period.
    void setFilter(const RecordAccessStore::Filter &filter);
    const RecordAccessStore::Filter &filter() const { return m_filter; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool canRead() const override { return !m_filter.residentId.isEmpty(); }
    PageReader pageReader(const std::optional<RecordAccessRow> &after) const override;

private:
    RecordAccessStore::Filter m_filter;
};
