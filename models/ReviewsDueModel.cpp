#include "ReviewsDueModel.h"

#include "DateText.h"

#include "CarePlanRecord.h"
#include "DatabaseErrorMessages.h"
#include "PgSession.h"
#include "ResidentAlerts.h"

#include <QLocale>
#include <QSqlDatabase>

ReviewsDueModel::ReviewsDueModel(const QString &connectionName, QObject *parent)
    : QAbstractTableModel(parent), m_connectionName(connectionName), m_today(QDate::currentDate())
{}

void ReviewsDueModel::setFacility(const QString &facilityId)
{
    m_facilityId = facilityId;
    refresh();
}

void ReviewsDueModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
    fetchPage();
}

bool ReviewsDueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_error.isEmpty();
}

void ReviewsDueModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void ReviewsDueModel::fetchPage()
{
    QVariantList params{m_today.addDays(ResidentAlerts::reviewDueDays), pageSize + 1};
    QString conditions;
    if (!m_facilityId.isEmpty()) {
        params.append(m_facilityId);
        conditions += QStringLiteral(" AND r.facility_id = $%1::uuid").arg(params.size());
    }
    if (!m_rows.isEmpty()) {
        params.append(m_rows.constLast().review);
        params.append(m_rows.constLast().planId);
        conditions += QStringLiteral(" AND (p.review_date, p.id) > ($%1::date, $%2::uuid)")
                          .arg(params.size() - 1)
                          .arg(params.size());
    }
    const PgResult result =
        PgSession(QSqlDatabase::database(m_connectionName, false))
            .exec(QStringLiteral("SELECT p.id, p.resident_id, p.type, p.review_date, r.last_name || ', ' || "
                                 "r.first_name, r.room_number, f.name FROM public.care_plans AS p "
                                 "JOIN public.residents AS r ON r.organization_id = p.organization_id "
                                 "AND r.id = p.resident_id "
                                 "LEFT JOIN public.facilities AS f ON f.organization_id = r.organization_id "
                                 "AND f.id = r.facility_id "
                                 "WHERE p.status IN ('active', 'under_review') AND p.review_date <= $1::date "
                                 "AND r.status IN ('admitted', 'in_hospital')%1 "
                                 "ORDER BY p.review_date, p.id LIMIT $2")
                      .arg(conditions),
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
    for (int r = 0; r < count; ++r) {
        m_rows.append({result.text(r, 0), result.text(r, 1), result.text(r, 2),
                       QDate::fromString(result.text(r, 3), Qt::ISODate), result.text(r, 4), result.text(r, 5),
                       result.text(r, 6)});
    }
    endInsertRows();
}

int ReviewsDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewsDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewsDueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool overdue = row.review < m_today;
    switch (role) {
    case PlanIdRole:
        return row.planId;
    case ResidentIdRole:
        return row.residentId;
    case OverdueRole:
        return overdue;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReviewColumn:
            return overdue ? tr("%1 (overdue)").arg(DateText::shortDate(row.review))
                           : tr("%1 (due)").arg(DateText::shortDate(row.review));
        case ResidentColumn:
            return row.resident;
        case RoomColumn:
            return row.room;
        case FacilityColumn:
            return row.facility;
        case PlanColumn:
            return CarePlanRecord::typeName(row.type);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReviewsDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReviewColumn:
        return tr("Review date");
    case ResidentColumn:
        return tr("Resident");
    case RoomColumn:
        return tr("Room");
    case FacilityColumn:
        return tr("Home");
    case PlanColumn:
        return tr("Care plan");
    default:
        return {};
    }
}
