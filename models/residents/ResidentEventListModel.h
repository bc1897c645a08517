#pragma once

#include "database/KeysetRowModel.h"
#include "residents/ResidentEventRow.h"

// A resident's admissions, moves, hospital stays, discharge or death, newest first, each with who recorded it and
// when, as ResidentHistoryStore reads them: one page, all at once.
class ResidentEventListModel : public KeysetRowModel<ResidentEventRow>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        EventColumn,
        DetailsColumn,
        RecordedByColumn,
        ColumnCount
    };

    explicit ResidentEventListModel(const QString &connectionName, QObject *parent = nullptr);
    // Reads the resident's events (empty: none); lastRead() says what became of it.
    void setResident(const QString &residentId);
    QString eventAt(int row) const { return rows().value(row).event; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool canRead() const override { return !m_residentId.isEmpty(); }
    PageReader pageReader(const std::optional<ResidentEventRow> &after) const override;

private:
    QString m_residentId;
};
