#pragma once

#include <QString>

// Someone an action can be given to.
struct AuditPerson
{
    QString id;
    QString name;
};
