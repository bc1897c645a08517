#pragma once

#include "audits/AuditListRow.h"
#include "common/Result.h"
#include "database/KeysetPage.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// The audits of the homes the user manages (or of one home), newest first, their latest versions only; a page at a
// time, after the last row kept (keyset on date and id).
class AuditListStore
{
public:
    static Result<KeysetPage<AuditListRow>> page(const QSqlDatabase &db, const QString &facilityId,
                                                 const std::optional<AuditListRow> &after, int limit);
};
