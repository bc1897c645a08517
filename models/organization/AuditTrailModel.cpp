#include "organization/AuditTrailModel.h"

#include "common/AuditWords.h"
#include "common/RoleName.h"
#include "organization/AuditTrailStore.h"

#include <QLocale>

AuditTrailModel::AuditTrailModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName,
                     ColumnTable({tr("When"), tr("Who"), tr("Station"), tr("What"), tr("About"), tr("Details")}),
                     parent)
{}

void AuditTrailModel::setFilter(const AuditTrailFilter &filter)
{
    m_filter = filter;
    refresh();
}

AuditTrailModel::PageReader AuditTrailModel::pageReader(const std::optional<AuditTrailRow> &after) const
{
    return [filter = m_filter, after](const QSqlDatabase &db) {
        return AuditTrailStore::page(db, filter, after);
    };
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const AuditTrailRow &row = rows().at(index.row());
    switch (index.column()) {
    case WhenColumn:
        // To the second: several entries within a minute are told apart.
        return QLocale().toString(row.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case WhoColumn:
        if (row.who.isEmpty())
            return tr("Nobody signed in");
        return role == Qt::ToolTipRole ? tr("%1 (%2)").arg(row.who, RoleName::of(row.role)) : row.who;
    case StationColumn:
        return row.station;
    case WhatColumn:
        return AuditWords::eventName(row.event);
    case AboutColumn:
        return row.about;
    case DetailsColumn:
        return AuditWords::change(row.event, row.details);
    default:
        return {};
    }
}
