#pragma once

#include "assessments/AssessmentRecord.h"

#include "database/KeysetRowModel.h"

// A resident's assessments, newest first, a page at a time as AssessmentListStore reads them: what each
// scored, who did it and when, what corrects what.
class AssessmentHistoryModel : public KeysetRowModel<AssessmentRecord>
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
    const AssessmentRecord &record(int row) const { return rows().at(row); }
    int rowOf(const QString &assessmentId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool canRead() const override { return !m_residentId.isEmpty(); }
    PageReader pageReader(const std::optional<AssessmentRecord> &after) const override;

private:
    QString m_residentId;
};
