#include "residents/ResidentStatus.h"

QStringList ResidentStatus::all()
{
    return {QStringLiteral("admitted"), QStringLiteral("in_hospital"), QStringLiteral("discharged"),
            QStringLiteral("deceased")};
}

QString ResidentStatus::name(const QString &status)
{
    if (status == QLatin1String("admitted"))
        return tr("Admitted");
    if (status == QLatin1String("in_hospital"))
        return tr("In hospital");
    if (status == QLatin1String("discharged"))
        return tr("Discharged");
    if (status == QLatin1String("deceased"))
        return tr("Deceased");
    return status;
}

QString ResidentStatus::eventName(const QString &event)
{
    if (event == QLatin1String("admitted"))
        return tr("Admitted");
    if (event == QLatin1String("room_change"))
        return tr("Moved room");
    if (event == QLatin1String("facility_transfer"))
        return tr("Moved to another home");
    if (event == QLatin1String("hospital_admission"))
        return tr("Went into hospital");
    if (event == QLatin1String("hospital_return"))
        return tr("Back from hospital");
    if (event == QLatin1String("discharged"))
        return tr("Discharged");
    if (event == QLatin1String("died"))
        return tr("Died");
    return event;
}

QString ResidentStatus::eventAction(const QString &event)
{
    if (event == QLatin1String("admitted"))
        return tr("Record the readmission");
    if (event == QLatin1String("room_change"))
        return tr("Record the move");
    if (event == QLatin1String("facility_transfer"))
        return tr("Record the move");
    if (event == QLatin1String("hospital_admission"))
        return tr("Record the hospital stay");
    if (event == QLatin1String("hospital_return"))
        return tr("Record the return");
    if (event == QLatin1String("discharged"))
        return tr("Record the discharge");
    if (event == QLatin1String("died"))
        return tr("Record the death");
    return event;
}

QStringList ResidentStatus::eventsFor(const QString &status)
{
    if (status == QLatin1String("admitted"))
        return {QStringLiteral("room_change"), QStringLiteral("facility_transfer"),
                QStringLiteral("hospital_admission"), QStringLiteral("discharged"), QStringLiteral("died")};
    if (status == QLatin1String("in_hospital"))
        return {QStringLiteral("hospital_return"), QStringLiteral("room_change"), QStringLiteral("facility_transfer"),
                QStringLiteral("discharged"), QStringLiteral("died")};
    if (status == QLatin1String("discharged"))
        return {QStringLiteral("admitted")};
    return {};
}
