#pragma once

#include "assessments/AssessmentRecord.h"

#include "database/KeysetTableModel.h"

#include <QList>

// A resident's assessments, newest first, a page at a time (keyset paging on date, time written and id): what each
// scored, who did it and when, what corrects what.
class AssessmentHistoryModel : public KeysetTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ToolColumn,
        ScoreColumn,
        ResultColumn,
        NextDueColumn,
        ByColumn,
        EntryColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RiskLevelRole,
        CorrectedRole, // bool: a later entry corrects this one
    };
    static constexpr int pageSize = 50;

    explicit AssessmentHistoryModel(const QString &connectionName, QObject *parent = nullptr);
    void setResident(const QString &residentId);
    const AssessmentRecord &record(int row) const { return m_rows.at(row); }
    int rowOf(const QString &assessmentId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool canRead() const override { return !m_residentId.isEmpty(); }
    PgResult readPage(int limit) const override;
    void keepRows(const PgResult &page, int count) override;
    void clearRows() override { m_rows.clear(); }
    int keptRows() const override { return static_cast<int>(m_rows.size()); }

private:
    QString m_residentId;
    QList<AssessmentRecord> m_rows;
};
