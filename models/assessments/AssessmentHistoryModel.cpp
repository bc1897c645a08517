#include "assessments/AssessmentHistoryModel.h"

#include "assessments/AssessmentListStore.h"
#include "clinical/AssessmentTools.h"
#include "common/DateText.h"

AssessmentHistoryModel::AssessmentHistoryModel(const QString &connectionName, QObject *parent)
    : KeysetRowModel(
          connectionName,
          ColumnTable({tr("Date"), tr("Assessment"), tr("Score"), tr("Result"), tr("Next due"), tr("By"), tr("Entry")}),
          parent)
{}

void AssessmentHistoryModel::setResident(const QString &residentId)
{
    m_residentId = residentId;
    refresh();
}

int AssessmentHistoryModel::rowOf(const QString &assessmentId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).id == assessmentId)
            return row;
    }
    return -1;
}

AssessmentHistoryModel::PageReader
AssessmentHistoryModel::pageReader(const std::optional<AssessmentRecord> &after) const
{
    return [residentId = m_residentId, after](const QSqlDatabase &db) {
        return AssessmentListStore::historyPage(db, residentId, after, pageSize);
    };
}

QVariant AssessmentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const AssessmentRecord &row = rows().at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case RiskLevelRole:
        return row.riskLevel;
    case CorrectedRole:
        return !row.correctedById.isEmpty();
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return DateText::shortDate(row.date);
        case ToolColumn:
            return AssessmentTools::name(row.type);
        case ScoreColumn:
            return row.score;
        case ResultColumn:
            return row.followUp.isEmpty() ? row.bandName() : tr("%1 (%2)").arg(row.bandName(), row.followUp);
        case NextDueColumn:
            return row.correctedById.isEmpty() && row.nextDue.isValid() ? DateText::shortDate(row.nextDue) : QString();
        case ByColumn:
            return tr("%1, %2").arg(row.author, DateText::moment(row.createdAt));
        case EntryColumn:
            if (!row.correctedById.isEmpty())
                return tr("Corrected by a later entry");
            if (!row.correctsId.isEmpty())
                return tr("Correction: %1").arg(row.correctionReason);
            return {};
        default:
            return {};
        }
    default:
        return {};
    }
}
