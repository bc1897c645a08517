#include "residents/SubjectAccessStore.h"

#include "database/PgSession.h"
#include "database/ReadLater.h"

#include <QJsonDocument>
#include <QJsonParseError>

Result<QJsonObject> SubjectAccessStore::exportResident(const QSqlDatabase &db, const QString &residentId)
{
    const PgSession session(db);
    const QString refused =
        tr("Only someone who may read the resident's record, medical notes, every incident and the audit log (a "
           "manager) exports it, and only for a resident of their homes.");
    // Its own statement, committed before the export is read: the audit entry cannot be rolled back with it.
    const PgResult request =
        session.exec(QStringLiteral("SELECT public.app_request_subject_access($1::uuid) AS access"), {residentId});
    if (!request.ok())
        return Result<QJsonObject>::failed(request.error().sqlState == QLatin1String("42501")
                                               ? refused
                                               : tr("The export could not be made: %1").arg(request.error().message));
    const PgResult answer =
        session.exec(QStringLiteral("SELECT public.app_subject_access_export($1::uuid, $2::bigint)::text AS export"),
                     {residentId, request.text(0, "access")});
    if (!answer.ok())
        return Result<QJsonObject>::failed(answer.error().sqlState == QLatin1String("42501")
                                               ? refused
                                               : tr("The export could not be made: %1").arg(answer.error().message));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(answer.text(0, "export").toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Result<QJsonObject>::failed(tr("The export could not be read: %1").arg(error.errorString()));
    return Result<QJsonObject>::done(document.object());
}

void SubjectAccessStore::exportLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                                     const QString &residentId, std::function<void(const Result<QJsonObject> &)> done)
{
    readLater<Result<QJsonObject>>(
        reader, connectionName, context,
        [residentId](const QSqlDatabase &db) { return exportResident(db, residentId); }, std::move(done));
}
