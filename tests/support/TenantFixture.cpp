#include "TenantFixture.h"

#include "TestDatabase.h"
#include "common/Clock.h"
#include "database/DatabaseRoles.h"
#include "database/PgTransaction.h"
#include "organization/OrganizationSetup.h"

#include <QUuid>

#include <functional>

namespace {

struct StaffMember
{
    const char *key;
    const char *email;
    const char *first;
    const char *last;
    const char *role;
    char organization;    // 'A' or 'B'
    const char *facility; // "A1", "A2", "B1", or "" for all facilities
};

const StaffMember staff[] = {
    {"carerA", "carer.a@example.org", "Cai", "Testcarer", "carer", 'A', "A1"},
    {"nurseA", "nurse.a@example.org", "Aino", "Testnurse", "nurse", 'A', "A1"},
    {"nurseA2", "nurse.a2@example.org", "Ola", "Testnurse", "nurse", 'A', "A2"},
    {"managerA", "manager.a@example.org", "Meera", "Testmanager", "manager", 'A', ""},
    {"adminA", "admin.a@example.org", "Adam", "Testadmin", "admin", 'A', ""},
    {"nurseB", "nurse.b@example.org", "Bram", "Testnurse", "nurse", 'B', "B1"},
};

} // namespace

QString TenantFixture::create(const TestDatabase &db)
{
    const PgSession session = db.session();
    // Each step's id, or its sentence in problem (and no later step runs).
    QString problem;
    const auto made = [&problem](const std::function<Result<QString>()> &step) {
        if (!problem.isEmpty())
            return QString();
        const Result<QString> result = step();
        problem = result.ok() ? QString() : result.message;
        return result.value;
    };
    orgA =
        made([&] { return OrganizationSetup::createOrganization(session, QStringLiteral("Meadowbank Care Group")); });
    orgB = made([&] { return OrganizationSetup::createOrganization(session, QStringLiteral("Hollyfield Homes")); });
    facilityA1 = made([&] { return OrganizationSetup::createFacility(session, orgA, QStringLiteral("Fern House")); });
    facilityA2 = made([&] { return OrganizationSetup::createFacility(session, orgA, QStringLiteral("Oak House")); });
    facilityB1 = made([&] { return OrganizationSetup::createFacility(session, orgB, QStringLiteral("Larch Lodge")); });
    const QMap<QString, QString> facilities = {
        {QStringLiteral("A1"), facilityA1}, {QStringLiteral("A2"), facilityA2}, {QStringLiteral("B1"), facilityB1}};
    for (const StaffMember &member : staff) {
        if (!problem.isEmpty())
            break;
        NewUser user;
        user.organizationId = member.organization == 'A' ? orgA : orgB;
        user.email = QString::fromLatin1(member.email);
        user.firstName = QString::fromLatin1(member.first);
        user.lastName = QString::fromLatin1(member.last);
        user.role = QString::fromLatin1(member.role);
        user.allFacilities = QByteArray(member.facility).isEmpty();
        if (!user.allFacilities)
            user.facilityIds = {facilities.value(QString::fromLatin1(member.facility))};
        const QString id =
            made([&] { return OrganizationSetup::createUser(session, user, QString::fromLatin1(password), false); });
        userIds.insert(QString::fromLatin1(member.key), id);
        emails.insert(QString::fromLatin1(member.key), user.email);
    }
    if (!problem.isEmpty())
        return problem;

    // Residents and their records, written on the owner's connection in the names of the homes' staff.
    struct Resident
    {
        const char *key, *facility, *first, *last, *nhs, *room;
        char organization;
    };
    const Resident people[] = {
        {"A1a", "A1", "Edna", "Testresident", "9990000018", "12", 'A'},
        {"A1b", "A1", "Walter", "Exampleton", "9990000026", "14", 'A'},
        {"A2", "A2", "Glenys", "Sampleford", "9990000034", "3", 'A'},
        {"B1", "B1", "Fred", "Testresident", "9990000042", "7", 'B'},
    };
    for (const Resident &person : people) {
        const QString organization = person.organization == 'A' ? orgA : orgB;
        const QString facility = facilities.value(QString::fromLatin1(person.facility));
        const QString author = person.organization == 'A' ? userIds.value(QStringLiteral("nurseA"))
                                                          : userIds.value(QStringLiteral("nurseB"));
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        residents.insert(QString::fromLatin1(person.key), id);
        const QVariant first = QString::fromLatin1(person.first);
        const QVariant last = QString::fromLatin1(person.last);
        const QVariant nhs = QString::fromLatin1(person.nhs);
        const QVariant room = QString::fromLatin1(person.room);
        const QList<QPair<QString, QVariantList>> statements = {
            {QStringLiteral(
                 "INSERT INTO residents (id, organization_id, facility_id, first_name, last_name, "
                 "date_of_birth, admission_date, nhs_number, room_number, medical_details, created_by) VALUES "
                 "($1, $2, $3, $4, $5, '1938-04-02', '2024-01-15', $6, $7, "
                 "'{\"allergies\": [{\"substance\": \"penicillin\"}]}', $8)"),
             {id, organization, facility, first, last, nhs, room, author}},
            {QStringLiteral("INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by, "
                            "care_delivered) VALUES ($1, $2, $4, 'early', $3, "
                            "'{\"personal_care\": \"assisted with wash\"}')"),
             {organization, id, author, Clock::today()}},
            {QStringLiteral("INSERT INTO care_plans (organization_id, resident_id, type, status, start_date, "
                            "review_date, created_by) VALUES ($1, $2, 'mobility_falls', 'active', '2024-02-01', "
                            "$4::date + 30, $3)"),
             {organization, id, author, Clock::today()}},
            {QStringLiteral("INSERT INTO care_plan_reviews (organization_id, care_plan_id, resident_id, reviewed_on, "
                            "reviewed_by, changes, next_review_date, plan_version) SELECT $1, id, $2, '2024-03-01', "
                            "$3, 'Reviewed with the family: no change needed', $4::date + 30, 1 FROM care_plans "
                            "WHERE resident_id = $2"),
             {organization, id, author, Clock::today()}},
            // As the station writes one: the band's name and the tool's advice kept with the score.
            {QStringLiteral("INSERT INTO assessments (organization_id, resident_id, type, date, created_by, score, "
                            "band, risk_level, tool_version, recommendations) VALUES ($1, $2, 'waterlow', "
                            "'2024-02-01', $3, 12, 'at_risk', 1, 'Waterlow 2005', "
                            "'{\"band_name\": \"At risk\", \"source\": \"Waterlow pressure ulcer risk assessment\"}')"),
             {organization, id, author}},
            {QStringLiteral("INSERT INTO assessment_follow_ups (organization_id, assessment_id, choice, reason, "
                            "chosen_by) SELECT $1, id, 'declined', 'Skin plan reviewed the week before', $3 "
                            "FROM assessments WHERE resident_id = $2"),
             {organization, id, author}},
            {QStringLiteral("INSERT INTO incidents (organization_id, facility_id, resident_id, type, date, "
                            "reported_by, what_happened) VALUES ($1, $2, $3, 'fall', $5, $4, "
                            "'Found sitting on the bedroom floor, no injury seen')"),
             {organization, facility, id, author, Clock::nowUtc()}},
        };
        for (const auto &[statement, params] : statements) {
            const PgResult done = session.exec(statement, params);
            if (!done.ok())
                return done.error().message + QStringLiteral(": ") + statement;
        }
    }
    // Every incident reviewed once, with the notification a manager judged it needed (a fictional history: the
    // reporter as reviewer, which the database allows only its owner).
    for (const QString &statement :
         {QStringLiteral("INSERT INTO incident_reviews (organization_id, incident_id, type, severity, actions_taken, "
                         "reviewed_by) SELECT organization_id, id, type, 'low', 'Checked for injury; sensor mat put in "
                         "place', reported_by FROM incidents"),
          QStringLiteral("INSERT INTO incident_notifications (organization_id, incident_id, kind, created_by) "
                         "SELECT organization_id, id, 'safeguarding_referral', reported_by FROM incidents")}) {
        const PgResult done = session.exec(statement);
        if (!done.ok())
            return done.error().message + QStringLiteral(": ") + statement;
    }
    // One audit per home.
    for (const auto &[organization, facility] :
         {std::pair{orgA, facilityA1}, std::pair{orgA, facilityA2}, std::pair{orgB, facilityB1}}) {
        const PgResult done =
            session.exec(QStringLiteral("INSERT INTO audits (organization_id, facility_id, type, date, auditor, score) "
                                        "VALUES ($1, $2, 'medication', '2024-03-01', $3, 88)"),
                         {organization, facility,
                          organization == orgA ? userIds.value(QStringLiteral("managerA"))
                                               : userIds.value(QStringLiteral("nurseB"))});
        if (!done.ok())
            return done.error().message;
    }
    // A falls audit of Fern House from its template, answered, one question unmet (so with an action), still open.
    {
        const PgResult audit = session.exec(
            QStringLiteral("INSERT INTO audits (organization_id, facility_id, type, date, auditor, created_by, "
                           "template_id) SELECT $1, $2, 'falls', '2024-03-05', $3, $3, e.id FROM audit_templates AS e "
                           "WHERE e.organization_id = $1 AND e.type = 'falls' AND e.version = 1 RETURNING id"),
            {orgA, facilityA1, userIds.value(QStringLiteral("managerA"))});
        if (!audit.ok())
            return audit.error().message;
        const PgResult answers = session.exec(
            QStringLiteral(
                "INSERT INTO audit_answers (organization_id, audit_id, position, answer, comment, "
                "answered_by) SELECT $1, $2, q.position, CASE q.position WHEN 4 THEN 'not_met' ELSE 'met' "
                "END, CASE q.position WHEN 4 THEN 'Call bell in room 12 out of reach' ELSE '' END, $3 "
                "FROM audit_template_questions AS q JOIN audits AS a ON a.organization_id = q.organization_id "
                "AND a.template_id = q.template_id WHERE a.id = $2"),
            {orgA, audit.text(0, "id"), userIds.value(QStringLiteral("managerA"))});
        if (!answers.ok())
            return answers.error().message;
    }

    stationLogin = QStringLiteral("station_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    stationPassword = QUuid::createUuid().toString(QUuid::Id128);
    return DatabaseRoles::createStationLogin(session, stationLogin, stationPassword).message;
}

ConnectionSettings TenantFixture::stationSettings(const TestDatabase &db) const
{
    ConnectionSettings settings = db.settings();
    settings.setValue(QStringLiteral("user"), stationLogin);
    settings.setValue(QStringLiteral("password"), stationPassword);
    return settings;
}

std::unique_ptr<SignedInConnection> TenantFixture::signedIn(const TestDatabase &db, const char *who) const
{
    auto connection =
        std::make_unique<SignedInConnection>(stationSettings(db), email(who), QString::fromLatin1(password));
    if (!connection->isValid())
        qWarning("%s", qPrintable(connection->errorMessage()));
    return connection;
}
