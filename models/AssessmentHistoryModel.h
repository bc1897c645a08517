#pragma once

#include "AssessmentRecord.h"

#include <QAbstractTableModel>
#include <QList>

// A resident's assessments, newest first, a page at a time (keyset paging on date, time written and id): what each
// scored, who did it and when, what corrects what.
class AssessmentHistoryModel : public QAbstractTableModel
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
    void refresh();
    QString errorMessage() const { return m_error; }
    const AssessmentRecord &record(int row) const { return m_rows.at(row); }
    int rowOf(const QString &assessmentId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

private:
    void fetchPage();

    QString m_connectionName;
    QString m_residentId;
    QList<AssessmentRecord> m_rows;
    bool m_atEnd = true;
    QString m_error;
};
