#include "residents/SubjectAccessStore.h"

#include "database/PgSession.h"
#include "database/ReadLater.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString refusal()
{
    return SubjectAccessStore::tr(
        "Only someone who may read the resident's record, medical notes, every incident and the audit log (a "
        "manager) exports it, and only for a resident of their homes.");
}

} // namespace

Result<QString> SubjectAccessStore::request(const QSqlDatabase &db, const QString &residentId)
{
    // Its own statement, committed before the export is read: the audit entry cannot be rolled back with it.
    const PgResult request = PgSession(db).exec(
        QStringLiteral("SELECT public.app_request_subject_access($1::uuid) AS access"), {residentId});
    if (!request.ok())
        return Result<QString>::failed(request.error().sqlState == QLatin1String("42501")
                                           ? refusal()
                                           : tr("The export could not be made: %1").arg(request.error().message));
    return Result<QString>::done(request.text(0, "access"));
}

Result<QJsonObject> SubjectAccessStore::exportResident(const QSqlDatabase &db, const QString &residentId,
                                                       const QString &access)
{
    const PgResult answer = PgSession(db).exec(
        QStringLiteral("SELECT public.app_subject_access_export($1::uuid, $2::bigint)::text AS export"),
        {residentId, access});
    if (!answer.ok())
        return Result<QJsonObject>::failed(answer.error().sqlState == QLatin1String("42501")
                                               ? refusal()
                                               : tr("The export could not be made: %1").arg(answer.error().message));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(answer.text(0, "export").toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Result<QJsonObject>::failed(tr("The export could not be read: %1").arg(error.errorString()));
    return Result<QJsonObject>::done(document.object());
}

Result<QJsonObject> SubjectAccessStore::exportResident(const QSqlDatabase &db, const QString &residentId)
{
    const Result<QString> access = request(db, residentId);
    if (!access.ok())
        return Result<QJsonObject>::failed(access.message);
    return exportResident(db, residentId, access.value);
}

void SubjectAccessStore::exportLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
                                     const QString &residentId, const QString &access,
                                     std::function<void(const Result<QJsonObject> &)> done)
{
    readLater<Result<QJsonObject>>(
        reader, connectionName, context,
        [residentId, access](const QSqlDatabase &db) { return exportResident(db, residentId, access); },
        std::move(done));
}
