#pragma once

#include <QSqlQueryModel>

// The care homes the signed-in user may see (row-level security decides), by name: for choosing where someone works.
class FacilityListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    explicit FacilityListModel(QObject *parent = nullptr);
    void refresh(const QSqlDatabase &db);
    QString facilityId(int row) const;
    QString facilityName(int row) const;
};
