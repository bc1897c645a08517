#pragma once

#include "audits/AuditDueRow.h"
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
    // The audits each home the user manages (or one home) is due to run by the organization's schedule within a week
    // of `today`, or has never run: never run first, then soonest due. Retired types and those with no schedule are
    // left out.
    static Result<QList<AuditDueRow>> due(const QSqlDatabase &db, const QString &facilityId, const QDate &today);
};
