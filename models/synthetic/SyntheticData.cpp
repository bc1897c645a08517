#include "synthetic/SyntheticData.h"

QString SyntheticData::password()
{
    return QStringLiteral("Synthetic-Bench-2026");
}

int SyntheticData::organizationOf(int home, int groupSize)
{
    return (home - 1) / groupSize + 1;
}

QString SyntheticData::homeUserEmail(const QString &role, int home, int n)
{
    return QStringLiteral("%1%2.home%3@synthetic.invalid").arg(role).arg(n).arg(home);
}

QString SyntheticData::organizationUserEmail(const QString &role, int organization)
{
    return QStringLiteral("%1.group%2@synthetic.invalid").arg(role, QString::number(organization));
}
