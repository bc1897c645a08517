#include "careplans/ReviewsDueModel.h"

#include "common/Clock.h"
#include "common/DateText.h"

#include "careplans/CarePlanRecord.h"
#include "clinical/ResidentAlerts.h"
#include "database/PgSession.h"

#include <QLocale>

ReviewsDueModel::ReviewsDueModel(const QString &connectionName, QObject *parent)
    : KeysetTableModel(connectionName,
                       ColumnTable({tr("Review date"), tr("Resident"), tr("Room"), tr("Home"), tr("Care plan")}),
                       pageSize, parent),
      m_today(Clock::today())
{}

void ReviewsDueModel::setFacility(const QString &facilityId)
{
    m_facilityId = facilityId;
    refresh();
}

PgResult ReviewsDueModel::readPage(int limit) const
{
    QVariantList params{m_today.addDays(ResidentAlerts::reviewDueDays), limit};
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
    return PgSession(database())
        .exec(QStringLiteral("SELECT p.id, p.resident_id, p.type, p.review_date, r.last_name || ', ' || "
                             "r.first_name AS resident, r.room_number, f.name AS facility FROM public.care_plans AS p "
                             "JOIN public.residents AS r ON r.organization_id = p.organization_id "
                             "AND r.id = p.resident_id "
                             "LEFT JOIN public.facilities AS f ON f.organization_id = r.organization_id "
                             "AND f.id = r.facility_id "
                             "WHERE p.status IN ('active', 'under_review') AND p.review_date <= $1::date "
                             "AND r.status IN ('admitted', 'in_hospital')%1 "
                             "ORDER BY p.review_date, p.id LIMIT $2")
                  .arg(conditions),
              params);
}

void ReviewsDueModel::keepRows(const PgResult &page, int count)
{
    for (int r = 0; r < count; ++r) {
        m_rows.append({page.text(r, "id"), page.text(r, "resident_id"), page.text(r, "type"),
                       QDate::fromString(page.text(r, "review_date"), Qt::ISODate), page.text(r, "resident"),
                       page.text(r, "room_number"), page.text(r, "facility")});
    }
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
            return tr("%1 %2").arg(DateText::shortDate(row.review), ResidentAlerts::dueNote(row.review, m_today));
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
