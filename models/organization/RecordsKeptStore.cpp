#include "organization/RecordsKeptStore.h"

#include "database/DatabaseErrorMessages.h"
#include "database/MappedRows.h"
#include "database/PgSession.h"
#include "database/ReadLater.h"

Result<QList<RecordsKeptRow>> RecordsKeptStore::read(const QSqlDatabase &db)
{
    const PgResult rows = PgSession(db).exec(QStringLiteral("SELECT * FROM public.app_records_kept()"));
    if (!rows.ok() && rows.error().sqlState == QLatin1String("42501"))
        return Result<QList<RecordsKeptRow>>::failed(tr("Only an administrator sees the records kept."));
    return mappedRows<RecordsKeptRow>(rows, [](const PgResult &r, int i) {
        RecordsKeptRow row;
        row.residentId = r.text(i, "resident_id");
        row.firstName = r.text(i, "first_name");
        row.lastName = r.text(i, "last_name");
        row.home = r.text(i, "home");
        row.status = r.text(i, "status");
        row.careEnded = r.date(i, "care_ended");
        row.lastEntry = r.date(i, "last_entry");
        row.firstDayDue = r.date(i, "first_day_due");
        row.onHold = r.flag(i, "on_hold");
        row.holdReason = r.text(i, "hold_reason");
        return row;
    });
}

void RecordsKeptStore::readLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                                 std::function<void(const Result<QList<RecordsKeptRow>> &)> done)
{
    ::readLater<Result<QList<RecordsKeptRow>>>(reader, connectionName, context, &RecordsKeptStore::read,
                                               std::move(done));
}

Result<> RecordsKeptStore::setHold(const QSqlDatabase &db, const QString &residentId, bool hold, const QString &reason)
{
    const PgResult done =
        PgSession(db).exec(QStringLiteral("SELECT public.app_set_legal_hold($1::uuid, $2::boolean, $3::text)"),
                           {residentId, hold, reason});
    if (done.ok())
        return Result<>::done();
    if (done.error().sqlState == QLatin1String("42501"))
        return Result<>::failed(tr("Only an administrator sets or releases a legal hold."));
    return Result<>::failed(DatabaseErrorMessages::describe(done.error()));
}
