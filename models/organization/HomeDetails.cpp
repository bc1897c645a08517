#include "organization/HomeDetails.h"

QStringList HomeDetails::types()
{
    return {QStringLiteral("residential"),
            QStringLiteral("nursing"),
            QStringLiteral("dual_registered"),
            QStringLiteral("specialist_dementia"),
            QStringLiteral("respite"),
            QStringLiteral("supported_living"),
            QStringLiteral("other")};
}

QString HomeDetails::typeName(const QString &type)
{
    if (type == QLatin1String("residential"))
        return tr("Residential care home");
    if (type == QLatin1String("nursing"))
        return tr("Nursing home");
    if (type == QLatin1String("dual_registered"))
        return tr("Dual-registered (residential and nursing)");
    if (type == QLatin1String("specialist_dementia"))
        return tr("Specialist dementia care");
    if (type == QLatin1String("respite"))
        return tr("Respite care");
    if (type == QLatin1String("supported_living"))
        return tr("Supported living");
    if (type == QLatin1String("other"))
        return tr("Other");
    return type;
}

QStringList HomeDetails::regulators()
{
    return {QStringLiteral("cqc"), QStringLiteral("ciw"), QStringLiteral("care_inspectorate"), QStringLiteral("rqia")};
}

QString HomeDetails::regulatorName(const QString &regulator)
{
    if (regulator == QLatin1String("cqc"))
        return tr("Care Quality Commission (England)");
    if (regulator == QLatin1String("ciw"))
        return tr("Care Inspectorate Wales");
    if (regulator == QLatin1String("care_inspectorate"))
        return tr("Care Inspectorate (Scotland)");
    if (regulator == QLatin1String("rqia"))
        return tr("RQIA (Northern Ireland)");
    return regulator;
}
