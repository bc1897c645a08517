#pragma once

#include "common/Result.h"
#include "organization/PostalAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Who the organization is: its name, registration, address and contacts, and the nation its homes are in (which
// names its regulator). Changed by an administrator (organization.manage); the subscription tier is shown, never
// changed here.
struct OrganizationDetails
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationDetails)

public:
    QString name;
    QString registrationNumber;
    PostalAddress address;
    QString phone;
    QString email;
    QString website;
    QString nation = QStringLiteral("england"); // england, wales, scotland or northern_ireland
    // How long a resident's records are kept after they leave: 0 years for the nation's period; from "care_ended" or
    // "last_entry", empty for the nation's way (RecordRetention).
    int retentionYears = 0;
    QString retentionFrom;
    QString subscriptionTier; // read only

    static QStringList nations();
    static QString nationName(const QString &nation);

    // The signed-in user's organization.
    static Result<OrganizationDetails> load(const QSqlDatabase &db);
    // Refused when the details cannot be kept (naming the field) or the signed-in user may not change them.
    static Result<> save(const QSqlDatabase &db, const OrganizationDetails &details);
};
