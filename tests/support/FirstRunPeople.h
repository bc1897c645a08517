#pragma once

#include "organization/FirstRunDetails.h"

// Fictional people for the embedded database's first start.
namespace FirstRunPeople {

// The first administrator (and manager) of Willow Court, as the first start asks for them.
inline FirstRunDetails willowCourtAdministrator()
{
    FirstRunDetails details;
    details.organizationName = QStringLiteral("Willow Court Care Ltd");
    details.facilityName = QStringLiteral("Willow Court");
    details.firstName = QStringLiteral("Ada");
    details.lastName = QStringLiteral("Okafor");
    details.email = QStringLiteral("ada.okafor@willowcourt.example");
    details.password = QStringLiteral("a long passphrase for Ada");
    return details;
}

} // namespace FirstRunPeople
