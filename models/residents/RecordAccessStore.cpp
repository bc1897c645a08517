#include "residents/RecordAccessStore.h"

#include "common/CsvText.h"
#include "common/RoleName.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"
#include "database/ReadLater.h"

Result<KeysetPage<RecordAccessRow>> RecordAccessStore::page(const QSqlDatabase &db, const Filter &filter,
                                                            const std::optional<RecordAccessRow> &after, int limit)
{
    // The period in local time: from the first day's midnight to the midnight after the last day.
    QVariantList params{limit + 1, filter.residentId, QDateTime(filter.from, QTime(0, 0)).toMSecsSinceEpoch(),
                        QDateTime(filter.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch()};
    QString afterCondition;
    if (after) {
        // To the microsecond, as the log keeps it: a key rounded to the millisecond would skip the entries of the
        // same millisecond that sort after the last one shown.
        params.append(after->atMicroseconds);
        params.append(after->id);
        afterCondition = QStringLiteral(" AND (floor(extract(epoch FROM a.occurred_at) * 1000000)::bigint, a.id) "
                                        "< ($5::bigint, $6::bigint)");
    }
    const SqlStatement statement{
        QStringLiteral("SELECT a.id, floor(extract(epoch FROM a.occurred_at) * 1000000)::bigint AS at_us, a.event, "
                       "coalesce(a.station, '') AS station, coalesce(u.first_name || ' ' || u.last_name, '') AS who, "
                       "coalesce(u.role, '') AS role FROM public.audit_log AS a "
                       "LEFT JOIN public.users AS u ON u.organization_id = a.organization_id AND u.id = a.user_id "
                       "WHERE a.organization_id = (SELECT public.app_organization_id()) AND a.subject_id = $2::uuid "
                       "AND a.event IN ('resident_opened', 'medical_notes_read', 'medical_details_read') "
                       "AND a.occurred_at >= to_timestamp($3::bigint / 1000.0) "
                       "AND a.occurred_at < to_timestamp($4::bigint / 1000.0)%1 "
                       "ORDER BY a.occurred_at DESC, a.id DESC LIMIT $1")
            .arg(afterCondition),
        params};
    const Result<QList<RecordAccessRow>> rows =
        mappedRows<RecordAccessRow>(PgSession(db).exec(statement.text, statement.params), [](const PgResult &r, int i) {
            RecordAccessRow row;
            row.id = r.text(i, "id").toLongLong();
            row.atMicroseconds = r.text(i, "at_us").toLongLong();
            row.at = QDateTime::fromMSecsSinceEpoch(row.atMicroseconds / 1000, Qt::UTC);
            row.event = r.text(i, "event");
            row.who = r.text(i, "who");
            row.role = r.text(i, "role");
            row.station = r.text(i, "station");
            return row;
        });
    if (!rows.ok())
        return Result<KeysetPage<RecordAccessRow>>::failedAs(rows);
    return Result<KeysetPage<RecordAccessRow>>::done(
        KeysetPage<RecordAccessRow>::ofOneMore(rows.value, limit, {statement}));
}

Result<QList<RecordAccessRow>> RecordAccessStore::all(const QSqlDatabase &db, const Filter &filter)
{
    QList<RecordAccessRow> rows;
    std::optional<RecordAccessRow> after;
    for (;;) {
        const Result<KeysetPage<RecordAccessRow>> read = page(db, filter, after, 1000);
        if (!read.ok())
            return Result<QList<RecordAccessRow>>::failedAs(read);
        rows.append(read.value.rows);
        if (read.value.atEnd || read.value.rows.isEmpty())
            return Result<QList<RecordAccessRow>>::done(rows);
        after = read.value.rows.constLast();
    }
}

Result<bool> RecordAccessStore::recordListRead(const QSqlDatabase &db, const QString &residentId)
{
    const PgResult recorded =
        PgSession(db).exec(QStringLiteral("SELECT public.app_record_access_read($1::uuid) AS recorded"), {residentId});
    if (!recorded.ok())
        return databaseFailure<bool>(recorded.error());
    return Result<bool>::done(recorded.flag(0, "recorded"));
}

void RecordAccessStore::recordListReadLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                                            const QString &residentId, std::function<void(const Result<bool> &)> done)
{
    readLater<Result<bool>>(
        reader, connectionName, context,
        [residentId](const QSqlDatabase &db) { return recordListRead(db, residentId); }, std::move(done));
}

void RecordAccessStore::allLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                                 const Filter &filter, std::function<void(const Result<QList<RecordAccessRow>> &)> done)
{
    readLater<Result<QList<RecordAccessRow>>>(
        reader, connectionName, context, [filter](const QSqlDatabase &db) { return all(db, filter); }, std::move(done));
}

QString RecordAccessStore::eventName(const QString &event)
{
    if (event == QLatin1String("resident_opened"))
        return tr("Opened the record");
    if (event == QLatin1String("medical_notes_read"))
        return tr("Read the medical notes");
    if (event == QLatin1String("medical_details_read"))
        return tr("Read the medical details");
    return event;
}

QString RecordAccessStore::csv(const QList<RecordAccessRow> &rows)
{
    QString out = CsvText::line({tr("When"), tr("Who"), tr("Role"), tr("What"), tr("Station")});
    for (const RecordAccessRow &row : rows) {
        const QDateTime local = row.at.toLocalTime();
        out += CsvText::line({local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate),
                              row.who.isEmpty() ? tr("The administrator's command line") : row.who,
                              RoleName::of(row.role), eventName(row.event), row.station});
    }
    return out;
}
