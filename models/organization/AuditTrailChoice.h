#pragma once

#include <QString>

// One choice of the audit trail's filters: a user or a resident, by id and name.
struct AuditTrailChoice
{
    QString id;
    QString name;
};
