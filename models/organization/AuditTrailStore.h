#pragma once

#include "common/Result.h"
#include "database/KeysetPage.h"
#include "organization/AuditTrailChoice.h"
#include "organization/AuditTrailFilter.h"
#include "organization/AuditTrailRow.h"
#include "organization/AuditTrailVerification.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class BackgroundReader;
class QObject;

// The audit log as its readers see it (issue 18, point 3): newest first, a page at a time, filtered by user,
// resident, table, events and period; whole as CSV. Row-level security decides which entries a reader gets
// (migrations 9 and 28): an administrator every home's, a manager her homes', and a row's values only to those who
// may read its table.
class AuditTrailStore
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrailStore)

public:
    static constexpr int pageSize = 100;

    // Whom the filters offer: the organization's users and the residents the reader may see, by name.
    struct Choices
    {
        QList<AuditTrailChoice> users;
        QList<AuditTrailChoice> residents;
    };
    // A choice of the "What" filter: its label and the events it stands for.
    struct EventGroup
    {
        QString label;
        QStringList events;
    };

    static Result<KeysetPage<AuditTrailRow>> page(const QSqlDatabase &db, const AuditTrailFilter &filter,
                                                  const std::optional<AuditTrailRow> &after, int limit = pageSize);
    // Every entry the filter selects, page after page (for the CSV).
    static Result<QList<AuditTrailRow>> all(const QSqlDatabase &db, const AuditTrailFilter &filter);
    static Result<Choices> choices(const QSqlDatabase &db);
    // The same two off the window's thread: done runs on context's thread.
    static void allLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                         const AuditTrailFilter &filter,
                         std::function<void(const Result<QList<AuditTrailRow>> &)> done);
    static void choicesLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                             std::function<void(const Result<Choices> &)> done);

    // Verify: the organization's chain recomputed and every audited record compared with its latest entry (for
    // those who may read every home's entries; nothing found for anyone else), off the window's thread.
    static Result<AuditTrailVerification> verify(const QSqlDatabase &db);
    static void verifyLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                            std::function<void(const Result<AuditTrailVerification> &)> done);

    static QList<EventGroup> eventGroups();
    // The audited tables (migration 28) by the names people know them by (AuditWords), in that order.
    static QList<AuditTrailChoice> tables();
    // The list as CSV (RFC 4180, CRLF): When, Who, Role, Station, What, About, Details (the entry's details as JSON);
    // times as ISO 8601 local time with its offset.
    static QString csv(const QList<AuditTrailRow> &rows);
};
