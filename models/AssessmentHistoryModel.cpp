#include "AssessmentHistoryModel.h"

#include "AssessmentStore.h"
#include "AssessmentTools.h"
#include "DatabaseErrorMessages.h"
#include "DateText.h"
#include "PgResult.h"
#include "PgSession.h"

#include <QSqlDatabase>

AssessmentHistoryModel::AssessmentHistoryModel(const QString &connectionName, QObject *parent)
    : QAbstractTableModel(parent), m_connectionName(connectionName)
{}

void AssessmentHistoryModel::setResident(const QString &residentId)
{
    m_residentId = residentId;
    refresh();
}

void AssessmentHistoryModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_atEnd = m_residentId.isEmpty();
    endResetModel();
    if (!m_atEnd)
        fetchPage();
}

int AssessmentHistoryModel::rowOf(const QString &assessmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == assessmentId)
            return row;
    }
    return -1;
}

bool AssessmentHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_error.isEmpty();
}

void AssessmentHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void AssessmentHistoryModel::fetchPage()
{
    QVariantList params{m_residentId, pageSize + 1};
    QString after;
    if (!m_rows.isEmpty()) {
        const AssessmentRecord &last = m_rows.constLast();
        params.append(last.date);
        params.append(last.createdAt.toMSecsSinceEpoch());
        params.append(last.id);
        after = QStringLiteral(" AND (a.date, a.created_at, a.id) < ($3::date, to_timestamp($4::bigint / 1000.0), "
                               "$5::uuid)");
    }
    const PgResult result = PgSession(QSqlDatabase::database(m_connectionName, false))
                                .exec(AssessmentStore::select() +
                                          QStringLiteral("WHERE a.resident_id = $1::uuid%1 "
                                                         "ORDER BY a.date DESC, a.created_at DESC, a.id DESC LIMIT $2")
                                              .arg(after),
                                      params);
    if (!result.ok()) {
        m_error = DatabaseErrorMessages::describe(result.error());
        return;
    }
    const int count = qMin(result.rowCount(), pageSize);
    m_atEnd = result.rowCount() <= pageSize;
    if (count == 0)
        return;
    beginInsertRows(QModelIndex(), static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size()) + count - 1);
    for (int r = 0; r < count; ++r)
        m_rows.append(AssessmentStore::readRow(result, r));
    endInsertRows();
}

int AssessmentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AssessmentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant AssessmentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ToolColumn:
        return tr("Assessment");
    case ScoreColumn:
        return tr("Score");
    case ResultColumn:
        return tr("Result");
    case NextDueColumn:
        return tr("Next due");
    case ByColumn:
        return tr("By");
    case EntryColumn:
        return tr("Entry");
    default:
        return {};
    }
}
