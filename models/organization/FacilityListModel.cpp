#include "organization/FacilityListModel.h"

#include "organization/OrganizationListStore.h"

FacilityListModel::FacilityListModel(QObject *parent) : QAbstractListModel(parent) {}

void FacilityListModel::refresh(const QSqlDatabase &db)
{
    const Result<QList<FacilityRow>> facilities = OrganizationListStore::facilities(db);
    beginResetModel();
    m_rows = facilities.value;
    endResetModel();
    m_lastRead = facilities.ok() ? Result<>::done() : Result<>::failedAs(facilities);
}

int FacilityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FacilityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_rows.at(index.row()).closed ? tr("%1 (closed)").arg(m_rows.at(index.row()).name)
                                             : m_rows.at(index.row()).name;
    case IdRole:
        return m_rows.at(index.row()).id;
    default:
        return {};
    }
}
