#pragma once

#include "common/Result.h"
#include "organization/FacilityRow.h"

#include <QAbstractListModel>
#include <QList>
#include <QSqlDatabase>

// The care homes the signed-in user may see (row-level security decides), by name: for choosing where someone works
// or which home a list shows. Read at once (OrganizationListStore): a handful of rows, for filling a choice.
class FacilityListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit FacilityListModel(QObject *parent = nullptr);
    // Reads the homes again; on failure the list is empty and lastRead() says why.
    void refresh(const QSqlDatabase &db);
    const Result<> &lastRead() const { return m_lastRead; }
    QString facilityId(int row) const { return m_rows.value(row).id; }
    QString facilityName(int row) const { return m_rows.value(row).name; }
    bool isClosed(int row) const { return m_rows.value(row).closed; }
    QList<FacilityRow> rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<FacilityRow> m_rows;
    Result<> m_lastRead = Result<>::done();
};
