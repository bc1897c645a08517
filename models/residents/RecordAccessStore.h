#pragma once

#include "common/Result.h"
#include "database/KeysetPage.h"
#include "residents/RecordAccessRow.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class BackgroundReader;
class QObject;

// Who has seen a resident's record, from the audit log: everyone who opened it or read its medical notes or details,
// newest first, in a period of local dates (both days whole). Row-level security gives it to those who may read the
// audit log of the resident's home (managers, administrators). What a resident or family asking "who has seen my
// records?" is given.
class RecordAccessStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordAccessStore)

public:
    static constexpr int pageSize = 100;

    struct Filter
    {
        QString residentId;
        QDate from;
        QDate to;
    };

    // The page after `after` (from the newest when none).
    static Result<KeysetPage<RecordAccessRow>> page(const QSqlDatabase &db, const Filter &filter,
                                                    const std::optional<RecordAccessRow> &after, int limit = pageSize);
    // Every entry of the period, page after page (for the CSV).
    static Result<QList<RecordAccessRow>> all(const QSqlDatabase &db, const Filter &filter);
    // Records in the audit log that the user read the list; false when they may not (nothing recorded).
    static Result<bool> recordListRead(const QSqlDatabase &db, const QString &residentId);
    // The same two off the window's thread (ReadLater): done runs on context's thread.
    static void recordListReadLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                                    const QString &residentId, std::function<void(const Result<bool> &)> done);
    static void allLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                         const Filter &filter, std::function<void(const Result<QList<RecordAccessRow>> &)> done);

    static QString eventName(const QString &event);
    // The list as CSV (RFC 4180, CRLF): When, Who, Role, What, Station; times as ISO 8601 local time with offset.
    static QString csv(const QList<RecordAccessRow> &rows);
};
