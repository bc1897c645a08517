#include "organization/FacilityListModel.h"

#include <QSqlQuery>
#include <QSqlRecord>

FacilityListModel::FacilityListModel(QObject *parent) : QSqlQueryModel(parent) {}

void FacilityListModel::refresh(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, name FROM public.facilities ORDER BY name"));
    query.exec();
    setQuery(std::move(query));
}

QString FacilityListModel::facilityId(int row) const
{
    return record(row).value(QStringLiteral("id")).toString();
}

QString FacilityListModel::facilityName(int row) const
{
    return record(row).value(QStringLiteral("name")).toString();
}
