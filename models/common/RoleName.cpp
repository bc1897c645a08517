#include "common/RoleName.h"

QString RoleName::of(const QString &role)
{
    if (role == QLatin1String("carer"))
        return tr("Carer");
    if (role == QLatin1String("nurse"))
        return tr("Nurse");
    if (role == QLatin1String("manager"))
        return tr("Manager");
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    return role;
}
