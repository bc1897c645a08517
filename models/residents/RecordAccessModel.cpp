#include "residents/RecordAccessModel.h"

#include "common/RoleName.h"

#include <QLocale>

RecordAccessModel::RecordAccessModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(connectionName,
                     ColumnTable({tr("When"), tr("Who"), tr("Role"), tr("What they saw"), tr("Station")}), parent)
{}

void RecordAccessModel::setFilter(const RecordAccessStore::Filter &filter)
{
    m_filter = filter;
    refresh();
}

RecordAccessModel::PageReader RecordAccessModel::pageReader(const std::optional<RecordAccessRow> &after) const
{
    return [filter = m_filter, after](const QSqlDatabase &db) {
        return RecordAccessStore::page(db, filter, after);
    };
}

QVariant RecordAccessModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size() || role != Qt::DisplayRole)
        return {};
    const RecordAccessRow &row = rows().at(index.row());
    switch (index.column()) {
    case WhenColumn:
        // To the second: several reads within a minute are told apart.
        return QLocale().toString(row.at.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm:ss"));
    case WhoColumn:
        return row.who.isEmpty() ? tr("The administrator's command line") : row.who;
    case RoleColumn:
        return RoleName::of(row.role);
    case WhatColumn:
        return RecordAccessStore::eventName(row.event);
    case StationColumn:
        return row.station;
    default:
        return {};
    }
}
