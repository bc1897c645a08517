#include "assessments/AssessmentsDueModel.h"

#include "clinical/AssessmentTools.h"
#include "clinical/ResidentAlerts.h"
#include "common/Clock.h"
#include "common/DateText.h"
#include "database/PgSession.h"

AssessmentsDueModel::AssessmentsDueModel(const QString &connectionName, QObject *parent)
    : KeysetTableModel(
          connectionName,
          ColumnTable({tr("Due"), tr("Resident"), tr("Room"), tr("Home"), tr("Assessment"), tr("Last done")}), pageSize,
          parent),
      m_today(Clock::today())
{}

void AssessmentsDueModel::setFacility(const QString &facilityId)
{
    m_facilityId = facilityId;
    refresh();
}

PgResult AssessmentsDueModel::readPage(int limit) const
{
    QVariantList params{m_today.addDays(dueSoonDays), limit};
    QString conditions;
    if (!m_facilityId.isEmpty()) {
        params.append(m_facilityId);
        conditions += QStringLiteral(" AND d.facility_id = $%1::uuid").arg(params.size());
    }
    if (!m_rows.isEmpty()) {
        const Row &last = m_rows.constLast();
        params.append(last.due.dueDate);
        params.append(last.residentId);
        params.append(last.typeKey);
        conditions += QStringLiteral(" AND (d.due_date, d.resident_id, d.type) > ($%1::date, $%2::uuid, $%3)")
                          .arg(params.size() - 2)
                          .arg(params.size() - 1)
                          .arg(params.size());
    }
    return PgSession(database())
        .exec(QStringLiteral("SELECT d.resident_id, d.type, d.due_date, d.last_assessment_id, d.last_date, "
                             "r.last_name || ', ' || r.first_name AS resident, r.room_number, f.name AS facility "
                             "FROM public.assessments_due AS d "
                             "JOIN public.residents AS r ON r.organization_id = d.organization_id "
                             "AND r.id = d.resident_id "
                             "LEFT JOIN public.facilities AS f ON f.organization_id = r.organization_id "
                             "AND f.id = r.facility_id "
                             "WHERE d.due_date <= $1::date%1 "
                             "ORDER BY d.due_date, d.resident_id, d.type LIMIT $2")
                  .arg(conditions),
              params);
}

void AssessmentsDueModel::keepRows(const PgResult &page, int count)
{
    for (int r = 0; r < count; ++r) {
        Row row;
        row.residentId = page.text(r, "resident_id");
        row.typeKey = page.text(r, "type");
        row.due = {AssessmentTools::fromKey(row.typeKey).value_or(AssessmentType::Must),
                   QDate::fromString(page.text(r, "due_date"), Qt::ISODate), page.text(r, "last_assessment_id"),
                   QDate::fromString(page.text(r, "last_date"), Qt::ISODate)};
        row.resident = page.text(r, "resident");
        row.room = page.text(r, "room_number");
        row.facility = page.text(r, "facility");

        m_rows.append(row);
    }
}

QVariant AssessmentsDueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool overdue = row.due.overdue(m_today);
    switch (role) {
    case ResidentIdRole:
        return row.residentId;
    case TypeRole:
        return row.typeKey;
    case OverdueRole:
        return overdue;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return tr("%1 %2").arg(DateText::shortDate(row.due.dueDate),
                                   ResidentAlerts::dueNote(row.due.dueDate, m_today));
        case ResidentColumn:
            return row.resident;
        case RoomColumn:
            return row.room;
        case FacilityColumn:
            return row.facility;
        case ToolColumn:
            return AssessmentTools::name(row.due.type);
        case LastColumn:
            return row.due.lastDate.isValid() ? DateText::shortDate(row.due.lastDate) : tr("Never: due on admission");
        default:
            return {};
        }
    default:
        return {};
    }
}
