#include "residents/ResidentEventListModel.h"

#include "common/DateText.h"

#include "database/DatabaseErrorMessages.h"
#include "database/PgSession.h"
#include "residents/ResidentStatus.h"

#include <QLocale>
#include <QSqlDatabase>

ResidentEventListModel::ResidentEventListModel(const QString &connectionName, QObject *parent)
    : QAbstractTableModel(parent), m_connectionName(connectionName),
      m_columns({tr("Date"), tr("What happened"), tr("Details"), tr("Recorded by")})
{}

QString ResidentEventListModel::refresh(const QString &residentId)
{
    const PgResult rows =
        PgSession(QSqlDatabase::database(m_connectionName, false))
            .exec(QStringLiteral("SELECT e.event_date, e.event, e.from_room, e.to_room, tf.name AS to_facility, "
                                 "e.note, u.first_name || ' ' || u.last_name AS recorded_by, "
                                 "(extract(epoch FROM e.recorded_at) * 1000)::bigint AS recorded_ms "
                                 "FROM public.resident_events AS e "
                                 "LEFT JOIN public.facilities AS tf ON tf.organization_id = e.organization_id "
                                 "AND tf.id = e.to_facility "
                                 "LEFT JOIN public.users AS u ON u.organization_id = e.organization_id "
                                 "AND u.id = e.recorded_by "
                                 "WHERE e.resident_id = $1::uuid ORDER BY e.event_date DESC, e.recorded_at DESC"),
                  {residentId});
    beginResetModel();
    m_rows.clear();
    for (int r = 0; rows.ok() && r < rows.rowCount(); ++r) {
        Row row;
        row.date = QDate::fromString(rows.text(r, "event_date"), Qt::ISODate);
        row.event = rows.text(r, "event");
        QStringList details;
        if (row.event == QLatin1String("room_change"))
            details.append(tr("From room %1 to room %2").arg(rows.text(r, "from_room"), rows.text(r, "to_room")));
        else if (row.event == QLatin1String("facility_transfer"))
            details.append(rows.text(r, "to_room").isEmpty()
                               ? tr("To %1").arg(rows.text(r, "to_facility"))
                               : tr("To %1, room %2").arg(rows.text(r, "to_facility"), rows.text(r, "to_room")));
        else if (row.event == QLatin1String("admitted") && !rows.text(r, "to_room").isEmpty())
            details.append(tr("Room %1").arg(rows.text(r, "to_room")));
        if (!rows.text(r, "note").isEmpty())
            details.append(rows.text(r, "note"));
        row.details = details.join(QStringLiteral(". "));
        row.recordedBy = rows.text(r, "recorded_by");
        row.recordedAt = QDateTime::fromMSecsSinceEpoch(rows.text(r, "recorded_ms").toLongLong(), Qt::UTC);

        m_rows.append(row);
    }
    endResetModel();
    return rows.ok() ? QString() : DatabaseErrorMessages::describe(rows.error());
}

int ResidentEventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResidentEventListModel::columnCount(const QModelIndex &parent) const
{
    return m_columns.columnCount(parent);
}

QVariant ResidentEventListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case DateColumn:
        return DateText::shortDate(row.date);
    case EventColumn:
        return ResidentStatus::eventName(row.event);
    case DetailsColumn:
        return row.details;
    case RecordedByColumn:
        return row.recordedBy.isEmpty() ? tr("the administrator, %1").arg(DateText::moment(row.recordedAt))
                                        : tr("%1, %2").arg(row.recordedBy, DateText::moment(row.recordedAt));
    default:
        return {};
    }
}

QVariant ResidentEventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_columns.headerData(section, orientation, role);
}
