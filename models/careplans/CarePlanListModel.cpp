#include "careplans/CarePlanListModel.h"

#include "common/Clock.h"
#include "common/DateText.h"

#include "careplans/CarePlanRecord.h"
#include "database/DatabaseErrorMessages.h"
#include "database/PgSession.h"

#include <QLocale>
#include <QSqlDatabase>

CarePlanListModel::CarePlanListModel(const QString &connectionName, QObject *parent)
    : QAbstractTableModel(parent), m_connectionName(connectionName),
      m_columns({tr("Care plan"), tr("Status"), tr("Started"), tr("Next review"), tr("Last changed")}),
      m_today(Clock::today())
{}

QString CarePlanListModel::refresh(const QString &residentId)
{
    const PgResult rows =
        PgSession(QSqlDatabase::database(m_connectionName, false))
            .exec(QStringLiteral("SELECT p.id, p.type, p.status, p.start_date, p.review_date, "
                                 "u.first_name || ' ' || u.last_name AS updated_by, "
                                 "(p.updated_at AT TIME ZONE 'UTC')::date AS updated_on "
                                 "FROM public.care_plans AS p LEFT JOIN public.users AS u "
                                 "ON u.organization_id = p.organization_id AND u.id = p.updated_by "
                                 "WHERE p.resident_id = $1::uuid "
                                 "ORDER BY p.status = 'archived', p.status = 'draft', p.review_date, p.type"),
                  {residentId});
    beginResetModel();
    m_rows.clear();
    for (int r = 0; rows.ok() && r < rows.rowCount(); ++r) {
        Row row;
        row.id = rows.text(r, "id");
        row.type = rows.text(r, "type");
        row.status = rows.text(r, "status");
        row.start = QDate::fromString(rows.text(r, "start_date"), Qt::ISODate);
        row.review = QDate::fromString(rows.text(r, "review_date"), Qt::ISODate);
        row.updatedBy = rows.text(r, "updated_by");
        row.updated = QDate::fromString(rows.text(r, "updated_on"), Qt::ISODate);

        m_rows.append(row);
    }
    endResetModel();
    return rows.ok() ? QString() : DatabaseErrorMessages::describe(rows.error());
}

int CarePlanListModel::rowOf(const QString &planId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == planId)
            return row;
    }
    return -1;
}

ResidentAlerts::Flags CarePlanListModel::reviewFlags(const Row &row) const
{
    if (row.status != QLatin1String("active") && row.status != QLatin1String("under_review"))
        return {};
    return ResidentAlerts::reviewFlags(row.review, m_today);
}

int CarePlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CarePlanListModel::columnCount(const QModelIndex &parent) const
{
    return m_columns.columnCount(parent);
}

QVariant CarePlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == ReviewFlagsRole)
        return static_cast<int>(reviewFlags(row));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TypeColumn:
        return CarePlanRecord::typeName(row.type);
    case StatusColumn:
        return CarePlanRecord::statusName(row.status);
    case StartColumn:
        return DateText::shortDate(row.start);
    case ReviewColumn: {
        const QString date = row.review.isValid() ? DateText::shortDate(row.review) : QString();
        const ResidentAlerts::Flags flags = reviewFlags(row);
        if (flags.testFlag(ResidentAlerts::ReviewOverdue))
            return tr("%1 (overdue)").arg(date);
        if (flags.testFlag(ResidentAlerts::ReviewDue))
            return tr("%1 (due)").arg(date);
        return date;
    }
    case UpdatedColumn:
        return row.updatedBy.isEmpty() ? DateText::shortDate(row.updated)
                                       : tr("%1, %2").arg(row.updatedBy, DateText::shortDate(row.updated));
    default:
        return {};
    }
}

QVariant CarePlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_columns.headerData(section, orientation, role);
}
