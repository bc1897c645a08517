#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

class ConnectionSettings;

// Keeps daily_records' monthly partitions ahead of the calendar, through the database's own
// ensure_daily_record_partitions() (see the schema v1 migration).
class PartitionMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(PartitionMaintenance)

public:
    static constexpr int defaultMonthsAhead = 3;

    // Partitions for last month, this month and monthsAhead months ahead, and for any month whose rows are waiting in
    // the default partition (moved into their own). Its value is how many it created; Refused when the user may not
    // create partitions.
    static Result<int> ensureDailyRecordPartitions(const QSqlDatabase &db, int monthsAhead = defaultMonthsAhead);
    // The same on a connection of its own, opened and closed in the calling thread: for a worker thread, so that a
    // wait for a lock never holds up the window.
    static Result<int> ensureDailyRecordPartitionsOnce(const ConnectionSettings &settings);
    // For a station, which may not create partitions: Failed, with a warning, when next month has no partition yet
    // (its notes are still saved, in the default partition, but someone should run maintain). On a connection of its
    // own, for a worker thread.
    static Result<> checkPartitionsAheadOnce(const ConnectionSettings &settings);
    static Result<> checkPartitionsAhead(const QSqlDatabase &db);
    // ANALYZE of the whole database, so that plans follow the data (new partitions start with no statistics). As its
    // owner or a superuser; the Once form on a connection of its own, for a worker thread.
    static Result<> analyze(const QSqlDatabase &db);
    static Result<> analyzeOnce(const ConnectionSettings &settings);
    // The first day of the latest month that has its own partition; invalid when there is none.
    static QDate lastPartitionedMonth(const QSqlDatabase &db);
};
