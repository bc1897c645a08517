#pragma once

#include <QString>

// Someone an action can be given to, or a resident an answer names as evidence.
struct AuditPerson
{
    QString id;
    QString name;
};
