#include "residents/ArchiveStore.h"

#include "database/DatabaseFailure.h"
#include "database/PgSession.h"

Result<QString> ArchiveStore::archive(const QSqlDatabase &db, const QString &residentId, const QString &access,
                                      const QString &exportSha256)
{
    const PgResult archived =
        PgSession(db).exec(QStringLiteral("SELECT public.app_archive_resident($1::uuid, $2::bigint, $3) AS entry"),
                           {residentId, access, exportSha256});
    if (!archived.ok()) {
        if (archived.error().sqlState == QLatin1String("42501"))
            return Result<QString>::refused(
                tr("Only an administrator who may also read every record of the resident (a manager's rights) "
                   "archives them, and only for a resident of their homes."));
        return databaseFailure<QString>(archived.error());
    }
    return Result<QString>::done(archived.text(0, "entry"));
}
