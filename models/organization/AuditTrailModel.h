#pragma once

#include "database/KeysetRowModel.h"
#include "organization/AuditTrailFilter.h"
#include "organization/AuditTrailRow.h"

// The audit trail, newest first, a page at a time as the view scrolls (AuditTrailStore).
class AuditTrailModel : public KeysetRowModel<AuditTrailRow>
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        StationColumn,
        WhatColumn,
        AboutColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AuditTrailModel(const QString &connectionName, QObject *parent = nullptr);
    // Reads the first page the filter selects.
    void setFilter(const AuditTrailFilter &filter);
    const AuditTrailFilter &filter() const { return m_filter; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool canRead() const override { return m_filter.from.isValid(); }
    PageReader pageReader(const std::optional<AuditTrailRow> &after) const override;

private:
    AuditTrailFilter m_filter;
};
