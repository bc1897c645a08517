#include "incidents/IncidentNames.h"

QStringList IncidentNames::types()
{
    return {QStringLiteral("fall"),           QStringLiteral("medication_error"),
            QStringLiteral("pressure_ulcer"), QStringLiteral("skin_tear"),
            QStringLiteral("safeguarding"),   QStringLiteral("injury"),
            QStringLiteral("behaviour"),      QStringLiteral("choking"),
            QStringLiteral("infection"),      QStringLiteral("missing_person"),
            QStringLiteral("near_miss"),      QStringLiteral("death"),
            QStringLiteral("complaint"),      QStringLiteral("other")};
}

QString IncidentNames::typeName(const QString &type)
{
    if (type == QLatin1String("fall"))
        return tr("Fall");
    if (type == QLatin1String("medication_error"))
        return tr("Medication error");
    if (type == QLatin1String("pressure_ulcer"))
        return tr("Pressure ulcer");
    if (type == QLatin1String("skin_tear"))
        return tr("Skin tear");
    if (type == QLatin1String("safeguarding"))
        return tr("Safeguarding concern");
    if (type == QLatin1String("injury"))
        return tr("Injury");
    if (type == QLatin1String("behaviour"))
        return tr("Behaviour");
    if (type == QLatin1String("choking"))
        return tr("Choking");
    if (type == QLatin1String("infection"))
        return tr("Infection");
    if (type == QLatin1String("missing_person"))
        return tr("Missing person");
    if (type == QLatin1String("near_miss"))
        return tr("Near miss");
    if (type == QLatin1String("death"))
        return tr("Death");
    if (type == QLatin1String("complaint"))
        return tr("Complaint");
    if (type == QLatin1String("other"))
        return tr("Other");
    return type;
}

QStringList IncidentNames::severities()
{
    return {QStringLiteral("no_harm"), QStringLiteral("low"), QStringLiteral("moderate"), QStringLiteral("severe"),
            QStringLiteral("death")};
}

QString IncidentNames::severityName(const QString &severity)
{
    if (severity == QLatin1String("no_harm"))
        return tr("No harm");
    if (severity == QLatin1String("low"))
        return tr("Low harm");
    if (severity == QLatin1String("moderate"))
        return tr("Moderate harm");
    if (severity == QLatin1String("severe"))
        return tr("Severe harm");
    if (severity == QLatin1String("death"))
        return tr("Death");
    return severity;
}

QStringList IncidentNames::sites()
{
    return {QStringLiteral("head"),       QStringLiteral("face"),          QStringLiteral("neck"),
            QStringLiteral("chest"),      QStringLiteral("abdomen"),       QStringLiteral("back"),
            QStringLiteral("sacrum"),     QStringLiteral("left_shoulder"), QStringLiteral("right_shoulder"),
            QStringLiteral("left_arm"),   QStringLiteral("right_arm"),     QStringLiteral("left_hand"),
            QStringLiteral("right_hand"), QStringLiteral("left_hip"),      QStringLiteral("right_hip"),
            QStringLiteral("left_leg"),   QStringLiteral("right_leg"),     QStringLiteral("left_knee"),
            QStringLiteral("right_knee"), QStringLiteral("left_foot"),     QStringLiteral("right_foot"),
            QStringLiteral("left_heel"),  QStringLiteral("right_heel")};
}

QString IncidentNames::siteName(const QString &site)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("head"), QT_TR_NOOP("Head")},
        {QStringLiteral("face"), QT_TR_NOOP("Face")},
        {QStringLiteral("neck"), QT_TR_NOOP("Neck")},
        {QStringLiteral("chest"), QT_TR_NOOP("Chest")},
        {QStringLiteral("abdomen"), QT_TR_NOOP("Abdomen")},
        {QStringLiteral("back"), QT_TR_NOOP("Back")},
        {QStringLiteral("sacrum"), QT_TR_NOOP("Sacrum")},
        {QStringLiteral("left_shoulder"), QT_TR_NOOP("Left shoulder")},
        {QStringLiteral("right_shoulder"), QT_TR_NOOP("Right shoulder")},
        {QStringLiteral("left_arm"), QT_TR_NOOP("Left arm")},
        {QStringLiteral("right_arm"), QT_TR_NOOP("Right arm")},
        {QStringLiteral("left_hand"), QT_TR_NOOP("Left hand")},
        {QStringLiteral("right_hand"), QT_TR_NOOP("Right hand")},
        {QStringLiteral("left_hip"), QT_TR_NOOP("Left hip")},
        {QStringLiteral("right_hip"), QT_TR_NOOP("Right hip")},
        {QStringLiteral("left_leg"), QT_TR_NOOP("Left leg")},
        {QStringLiteral("right_leg"), QT_TR_NOOP("Right leg")},
        {QStringLiteral("left_knee"), QT_TR_NOOP("Left knee")},
        {QStringLiteral("right_knee"), QT_TR_NOOP("Right knee")},
        {QStringLiteral("left_foot"), QT_TR_NOOP("Left foot")},
        {QStringLiteral("right_foot"), QT_TR_NOOP("Right foot")},
        {QStringLiteral("left_heel"), QT_TR_NOOP("Left heel")},
        {QStringLiteral("right_heel"), QT_TR_NOOP("Right heel")},
    };
    const char *name = names.value(site);
    return name ? tr(name) : site;
}
