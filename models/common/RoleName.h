#pragma once

#include <QCoreApplication>
#include <QString>

// A role's name as people say it ("Nurse"), from the database's code for it ("nurse"); an unknown code as it is.
class RoleName
{
    Q_DECLARE_TR_FUNCTIONS(RoleName)

public:
    static QString of(const QString &role);
};
