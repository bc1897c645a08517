#include "organization/OrganizationDetails.h"

#include "common/UkPostcode.h"
#include "database/DatabaseFailure.h"
#include "database/PgSession.h"

#include <QJsonDocument>
#include <QJsonObject>

QStringList OrganizationDetails::nations()
{
    return {QStringLiteral("england"), QStringLiteral("wales"), QStringLiteral("scotland"),
            QStringLiteral("northern_ireland")};
}

QString OrganizationDetails::nationName(const QString &nation)
{
    if (nation == QLatin1String("england"))
        return tr("England");
    if (nation == QLatin1String("wales"))
        return tr("Wales");
    if (nation == QLatin1String("scotland"))
        return tr("Scotland");
    if (nation == QLatin1String("northern_ireland"))
        return tr("Northern Ireland");
    return nation;
}

Result<OrganizationDetails> OrganizationDetails::load(const QSqlDatabase &db)
{
    const PgResult row = PgSession(db).exec(
        QStringLiteral("SELECT name, registration_number, address::text AS address, contact_details::text AS contact, "
                       "coalesce(settings ->> 'nation', 'england') AS nation, subscription_tier, "
                       "coalesce(settings ->> 'retention_years', '0') AS retention_years, "
                       "coalesce(settings ->> 'retention_from', '') AS retention_from "
                       "FROM public.organizations WHERE id = public.app_organization_id()"));
    if (!row.ok())
        return databaseFailure<OrganizationDetails>(row.error());
    if (row.rowCount() != 1)
        return Result<OrganizationDetails>::failed(tr("The organization's details cannot be read: sign in again."));
    OrganizationDetails details;
    details.name = row.text(0, "name");
    details.registrationNumber = row.text(0, "registration_number");
    details.address = PostalAddress::fromJson(QJsonDocument::fromJson(row.text(0, "address").toUtf8()).object());
    const QJsonObject contact = QJsonDocument::fromJson(row.text(0, "contact").toUtf8()).object();
    details.phone = contact.value(QLatin1String("phone")).toString();
    details.email = contact.value(QLatin1String("email")).toString();
    details.website = contact.value(QLatin1String("website")).toString();
    details.nation = row.text(0, "nation");
    details.subscriptionTier = row.text(0, "subscription_tier");
    details.retentionYears = row.text(0, "retention_years").toInt();
    details.retentionFrom = row.text(0, "retention_from");
    return Result<OrganizationDetails>::done(details);
}

Result<> OrganizationDetails::save(const QSqlDatabase &db, const OrganizationDetails &details)
{
    if (details.name.trimmed().isEmpty())
        return Result<>::refused(tr("Enter the organization's name."), QStringLiteral("name"));
    PostalAddress address = details.address;
    if (!UkPostcode::isEmpty(address.postcode)) {
        address.postcode = UkPostcode::normalized(address.postcode);
        if (address.postcode.isEmpty())
            return Result<>::refused(tr("\"%1\" is not a UK postcode: type it as on a letter, for example SW1A 1AA.")
                                         .arg(details.address.postcode.trimmed()),
                                     QStringLiteral("postcode"));
    }
    QJsonObject contact;
    for (const auto &[key, value] : {std::pair("phone", details.phone), std::pair("email", details.email),
                                     std::pair("website", details.website)}) {
        if (!value.trimmed().isEmpty())
            contact.insert(QLatin1String(key), value.trimmed());
    }
    const PgResult updated = PgSession(db).exec(
        QStringLiteral("UPDATE public.organizations SET name = $1, registration_number = nullif($2, ''), "
                       "address = $3::jsonb, contact_details = $4::jsonb, "
                       "settings = (settings - 'retention_years' - 'retention_from') || "
                       "jsonb_strip_nulls(jsonb_build_object('nation', $5::text, 'retention_years', "
                       "nullif($6::integer, 0), 'retention_from', nullif($7::text, ''))) "
                       "WHERE id = public.app_organization_id()"),
        {details.name.trimmed(), details.registrationNumber.trimmed(),
         QString::fromUtf8(QJsonDocument(address.toJson()).toJson(QJsonDocument::Compact)),
         QString::fromUtf8(QJsonDocument(contact).toJson(QJsonDocument::Compact)), details.nation,
         details.retentionYears, details.retentionFrom});
    if (!updated.ok())
        return databaseFailure(updated.error());
    if (updated.rowsAffected() != 1)
        return Result<>::refused(tr("You may not change the organization's details: ask an administrator."));
    return Result<>::done();
}
