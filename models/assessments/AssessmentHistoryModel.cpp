#include "assessments/AssessmentHistoryModel.h"

#include "assessments/AssessmentStore.h"
#include "clinical/AssessmentTools.h"
#include "common/DateText.h"
#include "database/PgResult.h"
#include "database/PgSession.h"

AssessmentHistoryModel::AssessmentHistoryModel(const QString &connectionName, QObject *parent)
    : KeysetTableModel(
          connectionName,
          ColumnTable({tr("Date"), tr("Assessment"), tr("Score"), tr("Result"), tr("Next due"), tr("By"), tr("Entry")}),
          pageSize, parent)
{}

void AssessmentHistoryModel::setResident(const QString &residentId)
{
    m_residentId = residentId;
    refresh();
}

int AssessmentHistoryModel::rowOf(const QString &assessmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == assessmentId)
            return row;
    }
    return -1;
}

PgResult AssessmentHistoryModel::readPage(int limit) const
{
    QVariantList params{m_residentId, limit};
    QString after;
    if (!m_rows.isEmpty()) {
        // The last row's own key, read on the server: its time to the microsecond (the station keeps milliseconds,
        // and a time rounded up would bring the last row, and its twins in time, back on the next page).
        params.append(m_rows.constLast().id);
        after = QStringLiteral(" AND (a.date, a.created_at, a.id) < (SELECT k.date, k.created_at, k.id "
                               "FROM public.assessments AS k WHERE k.id = $3::uuid)");
    }
    return PgSession(database())
        .exec(AssessmentStore::select() + QStringLiteral("WHERE a.resident_id = $1::uuid%1 "
                                                         "ORDER BY a.date DESC, a.created_at DESC, a.id DESC LIMIT $2")
                                              .arg(after),
              params);
}

void AssessmentHistoryModel::keepRows(const PgResult &page, int count)
{
    for (int r = 0; r < count; ++r)
        m_rows.append(AssessmentStore::readRow(page, r));
}

QVariant AssessmentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AssessmentRecord &row = m_rows.at(index.row());
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
