#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

class BackgroundReader;
class QObject;
class QSqlDatabase;

// A subject access export: every record held about one resident, as the database assembles it (migration 30). The
// request is audited and committed first; only then does the database answer with the export.
class SubjectAccessStore
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessStore)

public:
    // The audited request, committed: its audit entry's id, the leave to export for ten minutes. A write, so never
    // on the reader, which runs a job again on a new connection when its connection was lost.
    static Result<QString> request(const QSqlDatabase &db, const QString &residentId);
    // The export under that leave (a read: repeating it changes nothing).
    static Result<QJsonObject> exportResident(const QSqlDatabase &db, const QString &residentId, const QString &access);
    // Both, one after the other.
    static Result<QJsonObject> exportResident(const QSqlDatabase &db, const QString &residentId);
    // exportResident on reader's thread (without one, at once on connectionName), then done on context's thread
    // unless it is gone: a long record takes the server longer than a window may wait.
    static void exportLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                            const QString &residentId, const QString &access,
                            std::function<void(const Result<QJsonObject> &)> done);
};
