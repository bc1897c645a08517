#include "database/PartitionMaintenance.h"

#include "common/Clock.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"

Result<int> PartitionMaintenance::ensureDailyRecordPartitions(const QSqlDatabase &db, int monthsAhead)
{
    const PgResult result = PgSession(db).exec(
        QStringLiteral("SELECT public.ensure_daily_record_partitions($1::integer) AS created"), {monthsAhead});
    if (result.ok())
        return Result<int>::done(result.integer(0, "created"));
    if (result.error().sqlState == QLatin1String("42501"))
        return Result<int>::refused(tr("The database user may not create the monthly partitions for shift notes: ask "
                                       "whoever runs the database to run \"writecarenotes-admin maintain\"."));
    return Result<int>::failed(tr("The monthly partitions for shift notes could not be created (%1); notes are still "
                                  "saved: ask whoever runs the database to run \"writecarenotes-admin maintain\".")
                                   .arg(result.error().message));
}

Result<int> PartitionMaintenance::ensureDailyRecordPartitionsOnce(const ConnectionSettings &settings)
{
    const ScopedConnection connection(settings, QStringLiteral("maintenance"));
    if (!connection.isOpen())
        return Result<int>::failedAs(connection.status());
    return ensureDailyRecordPartitions(connection.database());
}

Result<> PartitionMaintenance::analyze(const QSqlDatabase &db)
{
    const PgResult analyzed = PgSession(db).exec(QStringLiteral("ANALYZE"));
    if (!analyzed.ok())
        return Result<>::failed(
            tr("The database's statistics could not be brought up to date: %1").arg(analyzed.error().message));
    return Result<>::done();
}

Result<> PartitionMaintenance::analyzeOnce(const ConnectionSettings &settings)
{
    const ScopedConnection connection(settings, QStringLiteral("maintenance"));
    if (!connection.isOpen())
        return connection.status();
    return analyze(connection.database());
}

Result<> PartitionMaintenance::checkPartitionsAheadOnce(const ConnectionSettings &settings)
{
    const ScopedConnection connection(settings, QStringLiteral("maintenance"));
    if (!connection.isOpen())
        return connection.status();
    return checkPartitionsAhead(connection.database());
}

Result<> PartitionMaintenance::checkPartitionsAhead(const QSqlDatabase &db)
{
    const QDate today = Clock::today();
    const QDate nextMonth = QDate(today.year(), today.month(), 1).addMonths(1);
    const QDate last = lastPartitionedMonth(db);
    if (last.isValid() && last >= nextMonth)
        return Result<>::done();
    return Result<>::failed(
        tr("Next month's shift notes have no partition of their own yet. They are still saved, but ask whoever runs "
           "the database to run \"writecarenotes-admin maintain\" every day."));
}

QDate PartitionMaintenance::lastPartitionedMonth(const QSqlDatabase &db)
{
    const PgResult result = PgSession(db).exec(QStringLiteral(
        "SELECT max(to_date(substr(c.relname, 15), '\"y\"YYYY\"m\"MM')) AS last_month "
        "FROM pg_inherits AS i JOIN pg_class AS c ON c.oid = i.inhrelid "
        "WHERE i.inhparent = 'public.daily_records'::regclass AND c.relname ~ '^daily_records_y[0-9]{4,}m[0-9]{2}$'"));
    if (!result.ok() || result.rowCount() == 0 || result.isNull(0, "last_month"))
        return QDate();
    return QDate::fromString(result.text(0, "last_month"), Qt::ISODate);
}
