#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

// A resident's records archived (migration 33): once they have been exported (SubjectAccessStore's request, within
// ten minutes, by the same user) and the export saved, every record of theirs is removed for good and the audit log's
// entries about them redacted. The database checks who, when, the legal hold and the export again.
class ArchiveStore
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveStore)

public:
    // access: the export's audit entry; exportSha256: the saved JSON file's, in hex. Done: the archive's audit entry.
    static Result<QString> archive(const QSqlDatabase &db, const QString &residentId, const QString &access,
                                   const QString &exportSha256);
};
