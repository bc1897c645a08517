#pragma once

#include <QLatin1String>

// The capabilities the database grants a role, named once (app_session_info returns a user's; the migrations grant
// them). The window shows a user only what they may do; the database refuses the rest whatever the window shows.
namespace Capability {

inline constexpr QLatin1String residentsRead("residents.read");
inline constexpr QLatin1String residentsWrite("residents.write");
inline constexpr QLatin1String medicalRead("medical.read");
inline constexpr QLatin1String medicalWrite("medical.write");
inline constexpr QLatin1String carePlansRead("care_plans.read");
inline constexpr QLatin1String carePlansWrite("care_plans.write");
inline constexpr QLatin1String assessmentsRead("assessments.read");
inline constexpr QLatin1String assessmentsWrite("assessments.write");
inline constexpr QLatin1String dailyRecordsRead("daily_records.read");
inline constexpr QLatin1String dailyRecordsAdd("daily_records.add");
inline constexpr QLatin1String incidentsRead("incidents.read");
inline constexpr QLatin1String incidentsAdd("incidents.add");
inline constexpr QLatin1String incidentsReview("incidents.review");
inline constexpr QLatin1String incidentsSafeguarding("incidents.safeguarding");
inline constexpr QLatin1String auditsRead("audits.read");
inline constexpr QLatin1String auditsWrite("audits.write");
inline constexpr QLatin1String reportsRead("reports.read");
inline constexpr QLatin1String auditLogRead("audit_log.read");
inline constexpr QLatin1String usersManage("users.manage");
inline constexpr QLatin1String usersConfirm("users.confirm");
inline constexpr QLatin1String facilitiesManage("facilities.manage");
inline constexpr QLatin1String organizationManage("organization.manage");

} // namespace Capability
