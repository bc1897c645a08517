#include "compliance/IncidentNotifications.h"

namespace {

bool harmful(const QString &severity)
{
    return severity == QLatin1String("moderate") || severity == QLatin1String("severe") ||
           severity == QLatin1String("death");
}

// Types where the harm may come from an accident arising from the care given or the premises: what RIDDOR concerns.
bool accidentType(const QString &type)
{
    static const QStringList types = {QStringLiteral("fall"),      QStringLiteral("injury"),
                                      QStringLiteral("skin_tear"), QStringLiteral("choking"),
                                      QStringLiteral("behaviour"), QStringLiteral("other")};
    return types.contains(type);
}

} // namespace

QStringList IncidentNotifications::kinds()
{
    return {QStringLiteral("cqc_death"),
            QStringLiteral("cqc_serious_injury"),
            QStringLiteral("cqc_abuse"),
            QStringLiteral("cqc_police"),
            QStringLiteral("cqc_dols_request"),
            QStringLiteral("cqc_court_application"),
            QStringLiteral("cqc_service_threat"),
            QStringLiteral("safeguarding_referral"),
            QStringLiteral("riddor")};
}

QStringList IncidentNotifications::suggested(const QString &type, const QString &severity, bool safeguarding,
                                             bool policeInvolved)
{
    const bool death = type == QLatin1String("death") || severity == QLatin1String("death");
    const bool abuse = safeguarding || type == QLatin1String("safeguarding");
    QStringList kinds;
    if (death)
        kinds.append(QStringLiteral("cqc_death"));
    // Regulation 18(2)(a) and (b): an injury a health care professional judges serious, or one needing their
    // treatment to prevent it becoming so, whatever caused it. Moderate harm needs treatment, so it may be either.
    if (!death && harmful(severity))
        kinds.append(QStringLiteral("cqc_serious_injury"));
    if (abuse)
        kinds.append(QStringLiteral("cqc_abuse"));
    if (policeInvolved || type == QLatin1String("missing_person"))
        kinds.append(QStringLiteral("cqc_police"));
    // Abuse, and harm from care (a pressure ulcer, a medication error) that may be neglect.
    if (abuse ||
        (harmful(severity) && (type == QLatin1String("pressure_ulcer") || type == QLatin1String("medication_error"))))
        kinds.append(QStringLiteral("safeguarding_referral"));
    // A resident killed or taken to hospital for treatment after an accident: reportable to the HSE.
    if (harmful(severity) && accidentType(type))
        kinds.append(QStringLiteral("riddor"));
    return kinds;
}

QDateTime IncidentNotifications::dueAt(const QString &kind, const QDateTime &occurredAt)
{
    if (!occurredAt.isValid())
        return {};
    return kind == QLatin1String("riddor") ? occurredAt.addDays(10) : occurredAt.addSecs(24 * 60 * 60);
}

QString IncidentNotifications::name(const QString &kind)
{
    if (kind == QLatin1String("cqc_death"))
        return tr("CQC: death of a resident");
    if (kind == QLatin1String("cqc_serious_injury"))
        return tr("CQC: serious injury");
    if (kind == QLatin1String("cqc_abuse"))
        return tr("CQC: abuse or allegation of abuse");
    if (kind == QLatin1String("cqc_police"))
        return tr("CQC: incident reported to or investigated by the police");
    if (kind == QLatin1String("cqc_dols_request"))
        return tr("CQC: request for a Deprivation of Liberty authorisation");
    if (kind == QLatin1String("cqc_court_application"))
        return tr("CQC: application to the Court of Protection");
    if (kind == QLatin1String("cqc_service_threat"))
        return tr("CQC: event that stops or may stop the service running safely");
    if (kind == QLatin1String("safeguarding_referral"))
        return tr("Safeguarding referral to the local authority");
    if (kind == QLatin1String("riddor"))
        return tr("RIDDOR report to the HSE");
    return kind;
}

QString IncidentNotifications::regulation(const QString &kind)
{
    if (kind == QLatin1String("cqc_death"))
        return tr("Regulation 16, CQC (Registration) Regulations 2009");
    if (kind == QLatin1String("cqc_serious_injury"))
        return tr("Regulation 18(2)(a) and (b), CQC (Registration) Regulations 2009");
    if (kind == QLatin1String("cqc_dols_request"))
        return tr("Regulation 18(2)(c), CQC (Registration) Regulations 2009");
    if (kind == QLatin1String("cqc_court_application"))
        return tr("Regulation 18(2)(d), CQC (Registration) Regulations 2009");
    if (kind == QLatin1String("cqc_abuse"))
        return tr("Regulation 18(2)(e), CQC (Registration) Regulations 2009");
    if (kind == QLatin1String("cqc_police"))
        return tr("Regulation 18(2)(f), CQC (Registration) Regulations 2009");
    if (kind == QLatin1String("cqc_service_threat"))
        return tr("Regulation 18(2)(g), CQC (Registration) Regulations 2009");
    if (kind == QLatin1String("safeguarding_referral"))
        return tr("Care Act 2014, section 42");
    if (kind == QLatin1String("riddor"))
        return tr("Reporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013");
    return {};
}

bool IncidentNotifications::candourApplies(const QString &severity)
{
    return harmful(severity);
}
