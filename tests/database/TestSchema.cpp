#include "TestDatabase.h"
#include "database/DatabaseErrorMessages.h"

#include <QTest>

#include <memory>

namespace {

// Fictional organizations, homes, staff and residents. NHS numbers come from the 999 range set aside for testing.
const QList<QPair<QString, QString>> &placeholders()
{
    static const QList<QPair<QString, QString>> ids = {
        {QStringLiteral("{orgA}"), QStringLiteral("'0a000000-0000-4000-8000-000000000001'")},
        {QStringLiteral("{orgB}"), QStringLiteral("'0b000000-0000-4000-8000-000000000002'")},
        {QStringLiteral("{facA}"), QStringLiteral("'fa000000-0000-4000-8000-00000000000a'")},
        {QStringLiteral("{facB}"), QStringLiteral("'fb000000-0000-4000-8000-00000000000b'")},
        {QStringLiteral("{userA}"), QStringLiteral("'ea000000-0000-4000-8000-00000000000a'")},
        {QStringLiteral("{userB}"), QStringLiteral("'eb000000-0000-4000-8000-00000000000b'")},
        {QStringLiteral("{resA}"), QStringLiteral("'1a000000-0000-4000-8000-00000000000a'")},
        {QStringLiteral("{resB}"), QStringLiteral("'1b000000-0000-4000-8000-00000000000b'")},
    };
    return ids;
}

QString sql(QString statement)
{
    for (const auto &[token, literal] : placeholders())
        statement.replace(token, literal);
    return statement;
}

const QStringList fixture = {
    QStringLiteral("INSERT INTO organizations (id, name) VALUES ({orgA}, 'Meadowbank Care Group'), "
                   "({orgB}, 'Hollyfield Homes')"),
    QStringLiteral("INSERT INTO facilities (id, organization_id, name) VALUES ({facA}, {orgA}, 'Fern House'), "
                   "({facB}, {orgB}, 'Larch Lodge')"),
    QStringLiteral("INSERT INTO users (id, organization_id, email, first_name, last_name, role) VALUES "
                   "({userA}, {orgA}, 'nurse.a@example.org', 'Aino', 'Testnurse', 'nurse'), "
                   "({userB}, {orgB}, 'nurse.b@example.org', 'Bram', 'Testnurse', 'nurse')"),
    QStringLiteral("INSERT INTO residents (id, organization_id, facility_id, first_name, last_name, date_of_birth, "
                   "admission_date, nhs_number, room_number) VALUES "
                   "({resA}, {orgA}, {facA}, 'Edna', 'Testresident', '1938-04-02', '2024-01-15', '9990000018', '12'), "
                   "({resB}, {orgB}, {facB}, 'Fred', 'Testresident', '1941-09-30', '2023-06-01', '9990000026', '3')"),
    QStringLiteral("INSERT INTO care_plans (organization_id, resident_id, type, status, start_date, created_by) "
                   "VALUES ({orgA}, {resA}, 'continence', 'draft', '2024-02-01', {userA})"),
};

const QString residentColumns = QStringLiteral(
    "INSERT INTO residents (organization_id, facility_id, first_name, last_name, date_of_birth, admission_date, "
    "discharge_date, status, nhs_number, medical_details) VALUES ");
const QString carePlanColumns = QStringLiteral(
    "INSERT INTO care_plans (organization_id, resident_id, type, status, start_date, review_date, created_by, "
    "updated_by) VALUES ");

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    PgResult exec(const QString &statement) const { return m_db->session().exec(sql(statement)); }
    // Runs statement in a transaction that is then rolled back, so each data row sees only the fixture.
    PgResult execAndRollBack(const QString &statement) const
    {
        const PgSession session = m_db->session();
        if (!session.exec(QStringLiteral("BEGIN")).ok())
            return PgResult::failure(QStringLiteral("BEGIN failed"), QStringLiteral("XX000"));
        const PgResult result = session.exec(sql(statement));
        session.exec(QStringLiteral("ROLLBACK"));
        return result;
    }

private slots:
    // One database for the test case: every test below either rolls back what it does or adds rows of its own.
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        for (const QString &statement : fixture)
            QVERIFY(m_db->run(sql(statement)));
    }
    void cleanupTestCase() { m_db.reset(); }

    void constraintRejectsBadRow_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("constraint");
        const QString check = QStringLiteral("23514");
        const QString unique = QStringLiteral("23505");
        const QString foreign = QStringLiteral("23503");
        auto row = [](const char *tag, const QString &statement, const QString &state, const char *constraint) {
            QTest::newRow(tag) << statement << state << QString::fromLatin1(constraint);
        };

        row("organization blank name", QStringLiteral("INSERT INTO organizations (name) VALUES ('   ')"), check,
            "organizations_name_check");
        row("organization settings not an object",
            QStringLiteral("INSERT INTO organizations (name, settings) VALUES ('X', '[]')"), check,
            "organizations_settings_object_check");

        row("facility of no organization",
            QStringLiteral("INSERT INTO facilities (organization_id, name) VALUES (gen_random_uuid(), 'Nowhere')"),
            foreign, "facilities_organization_fkey");
        row("facility blank name", QStringLiteral("INSERT INTO facilities (organization_id, name) VALUES ({orgA}, '')"),
            check, "facilities_name_check");
        row("facility duplicate name",
            QStringLiteral("INSERT INTO facilities (organization_id, name) VALUES ({orgA}, 'Fern House')"), unique,
            "facilities_name_key");
        row("facility unknown type",
            QStringLiteral("INSERT INTO facilities (organization_id, name, type) VALUES ({orgA}, 'Oak', 'castle')"),
            check, "facilities_type_check");
        row("facility no beds",
            QStringLiteral("INSERT INTO facilities (organization_id, name, capacity) VALUES ({orgA}, 'Oak', 0)"), check,
            "facilities_capacity_check");
        row("facility too many beds",
            QStringLiteral("INSERT INTO facilities (organization_id, name, capacity) VALUES ({orgA}, 'Oak', 1001)"),
            check, "facilities_capacity_check");

        const QString user = QStringLiteral("INSERT INTO users (organization_id, email, first_name, last_name, role) "
                                            "VALUES (%1, '%2', '%3', '%4', '%5')");
        row("user of no organization",
            user.arg(QStringLiteral("gen_random_uuid()"), QStringLiteral("x@example.org"), QStringLiteral("Ira"),
                     QStringLiteral("Testcarer"), QStringLiteral("carer")),
            foreign, "users_organization_fkey");
        row("user bad email",
            user.arg(QStringLiteral("{orgA}"), QStringLiteral("not-an-email"), QStringLiteral("Ira"),
                     QStringLiteral("Testcarer"), QStringLiteral("carer")),
            check, "users_email_check");
        row("user email differing only in case",
            user.arg(QStringLiteral("{orgA}"), QStringLiteral("NURSE.A@Example.ORG"), QStringLiteral("Ira"),
                     QStringLiteral("Testcarer"), QStringLiteral("carer")),
            unique, "users_email_key");
        row("user email taken in another organization",
            user.arg(QStringLiteral("{orgB}"), QStringLiteral("nurse.a@example.org"), QStringLiteral("Ira"),
                     QStringLiteral("Testcarer"), QStringLiteral("carer")),
            unique, "users_email_key");
        row("user unknown role",
            user.arg(QStringLiteral("{orgA}"), QStringLiteral("x@example.org"), QStringLiteral("Ira"),
                     QStringLiteral("Testcarer"), QStringLiteral("superuser")),
            check, "users_role_check");
        row("user blank first name",
            user.arg(QStringLiteral("{orgA}"), QStringLiteral("x@example.org"), QStringLiteral(" "),
                     QStringLiteral("Testcarer"), QStringLiteral("carer")),
            check, "users_first_name_check");
        row("user blank surname",
            user.arg(QStringLiteral("{orgA}"), QStringLiteral("x@example.org"), QStringLiteral("Ira"),
                     QStringLiteral(" "), QStringLiteral("carer")),
            check, "users_last_name_check");

        const QString resident = residentColumns + QStringLiteral("({orgA}, {facA}, %1, %2, %3, %4, %5, %6, %7, %8)");
        auto residentRow = [&](const char *tag, QStringList values, const QString &state, const char *constraint) {
            // first_name, last_name, date_of_birth, admission_date, discharge_date, status, nhs_number, medical
            const QStringList defaults = {QStringLiteral("'Gwen'"),       QStringLiteral("'Testresident'"),
                                          QStringLiteral("'1940-02-03'"), QStringLiteral("'2024-03-01'"),
                                          QStringLiteral("NULL"),         QStringLiteral("'admitted'"),
                                          QStringLiteral("'9990000034'"), QStringLiteral("'{}'")};
            for (qsizetype i = values.size(); i < defaults.size(); ++i)
                values.append(defaults.at(i));
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (values.at(i).isEmpty())
                    values[i] = defaults.at(i);
            }
            QString statement = resident;
            for (const QString &value : std::as_const(values))
                statement = statement.arg(value);
            row(tag, statement, state, constraint);
        };
        residentRow("resident blank first name", {QStringLiteral("''")}, check, "residents_first_name_check");
        residentRow("resident blank surname", {{}, QStringLiteral("'  '")}, check, "residents_last_name_check");
        residentRow("NHS number with spaces", {{}, {}, {}, {}, {}, {}, QStringLiteral("'999 000 0034'")}, check,
                    "residents_nhs_number_format_check");
        residentRow("NHS number too short", {{}, {}, {}, {}, {}, {}, QStringLiteral("'12345'")}, check,
                    "residents_nhs_number_format_check");
        residentRow("NHS number eleven digits", {{}, {}, {}, {}, {}, {}, QStringLiteral("'99900000345'")}, check,
                    "residents_nhs_number_format_check");
        residentRow("NHS number wrong check digit", {{}, {}, {}, {}, {}, {}, QStringLiteral("'9990000035'")}, check,
                    "residents_nhs_number_checksum_check");
        residentRow("NHS number whose check digit would be 10",
                    {{}, {}, {}, {}, {}, {}, QStringLiteral("'9990000140'")}, check,
                    "residents_nhs_number_checksum_check");
        residentRow("NHS number taken in the organization", {{}, {}, {}, {}, {}, {}, QStringLiteral("'9990000018'")},
                    unique, "residents_nhs_number_key");
        residentRow("resident unknown status", {{}, {}, {}, {}, {}, QStringLiteral("'on_leave'")}, check,
                    "residents_status_check");
        residentRow("born after admission", {{}, {}, QStringLiteral("'2024-03-02'"), QStringLiteral("'2024-03-01'")},
                    check, "residents_birth_before_admission_check");
        residentRow("discharged before admission",
                    {{},
                     {},
                     {},
                     QStringLiteral("'2024-03-01'"),
                     QStringLiteral("'2024-02-29'"),
                     QStringLiteral("'discharged'")},
                    check, "residents_discharge_after_admission_check");
        residentRow("discharge date while admitted", {{}, {}, {}, {}, QStringLiteral("'2024-04-01'")}, check,
                    "residents_discharge_status_check");
        residentRow("deceased without a date", {{}, {}, {}, {}, {}, QStringLiteral("'deceased'")}, check,
                    "residents_discharge_status_check");
        residentRow("medical details not an object", {{}, {}, {}, {}, {}, {}, {}, QStringLiteral("'\"text\"'")}, check,
                    "residents_medical_details_object_check");
        row("resident in another organization's home",
            QStringLiteral("INSERT INTO residents (organization_id, facility_id, first_name, last_name, date_of_birth, "
                           "admission_date) VALUES ({orgA}, {facB}, 'Gwen', 'Testresident', '1940-02-03', "
                           "'2024-03-01')"),
            foreign, "residents_facility_fkey");

        const QString plan = carePlanColumns + QStringLiteral("({orgA}, %1, '%2', '%3', '2024-03-01', %4, %5, %6)");
        auto planRow = [&](const char *tag, const QString &planResident, const QString &type, const QString &status,
                           const QString &review, const QString &createdBy, const QString &updatedBy,
                           const char *constraint, const QString &state) {
            row(tag, plan.arg(planResident, type, status, review, createdBy, updatedBy), state, constraint);
        };
        const QString resA = QStringLiteral("{resA}");
        const QString userA = QStringLiteral("{userA}");
        const QString null = QStringLiteral("NULL");
        const QString review = QStringLiteral("'2024-06-01'");
        planRow("care plan unknown type", resA, QStringLiteral("hairdressing"), QStringLiteral("active"), review, userA,
                null, "care_plans_type_check", check);
        planRow("care plan unknown status", resA, QStringLiteral("continence"), QStringLiteral("paused"), review, userA,
                null, "care_plans_status_check", check);
        planRow("care plan review before start", resA, QStringLiteral("continence"), QStringLiteral("active"),
                QStringLiteral("'2024-02-29'"), userA, null, "care_plans_review_after_start_check", check);
        planRow("active care plan without review date", resA, QStringLiteral("continence"), QStringLiteral("active"),
                null, userA, null, "care_plans_review_date_required_check", check);
        planRow("care plan for another organization's resident", QStringLiteral("{resB}"), QStringLiteral("continence"),
                QStringLiteral("draft"), null, userA, null, "care_plans_resident_fkey", foreign);
        planRow("care plan written by another organization's user", resA, QStringLiteral("continence"),
                QStringLiteral("draft"), null, QStringLiteral("{userB}"), null, "care_plans_created_by_fkey", foreign);
        row("care plan updated by another organization's user",
            QStringLiteral("UPDATE care_plans SET updated_by = {userB} WHERE organization_id = {orgA}"), foreign,
            "care_plans_updated_by_fkey");
        row("resident created by another organization's user",
            QStringLiteral("INSERT INTO residents (organization_id, facility_id, first_name, last_name, date_of_birth, "
                           "admission_date, created_by) VALUES ({orgA}, {facA}, 'Gwen', 'Testresident', "
                           "'1940-02-03', '2024-03-01', {userB})"),
            foreign, "residents_created_by_fkey");
        row("resident updated by another organization's user",
            QStringLiteral("UPDATE residents SET updated_by = {userB} WHERE id = {resA}"), foreign,
            "residents_updated_by_fkey");

        const QString event = QStringLiteral("INSERT INTO resident_events (organization_id, resident_id, event, "
                                             "event_date, to_facility, recorded_by) VALUES ({orgA}, %1, '%2', "
                                             "'2024-03-01', %3, %4)");
        row("event of another organization's resident",
            event.arg(QStringLiteral("{resB}"), QStringLiteral("died"), null, userA), foreign,
            "resident_events_resident_fkey");
        row("event unknown", event.arg(resA, QStringLiteral("absconded"), null, userA), check,
            "resident_events_event_check");
        row("event recorded by another organization's user",
            event.arg(resA, QStringLiteral("died"), null, QStringLiteral("{userB}")), foreign,
            "resident_events_recorded_by_fkey");
        row("event moving to another organization's home",
            event.arg(resA, QStringLiteral("facility_transfer"), QStringLiteral("{facB}"), userA), foreign,
            "resident_events_to_facility_fkey");

        const QString reviewRow = QStringLiteral("INSERT INTO care_plan_reviews (organization_id, care_plan_id, "
                                                 "resident_id, reviewed_on, reviewed_by, changes, next_review_date, "
                                                 "plan_version) SELECT {orgA}, id, %1, '2024-03-01', %2, %3, %4, 2 "
                                                 "FROM care_plans WHERE organization_id = {orgA}");
        row("review with nothing said",
            reviewRow.arg(resA, userA, QStringLiteral("' '"), QStringLiteral("'2024-04-01'")), check,
            "care_plan_reviews_changes_check");
        row("next review not after the review",
            reviewRow.arg(resA, userA, QStringLiteral("'Goals met'"), QStringLiteral("'2024-03-01'")), check,
            "care_plan_reviews_next_review_check");
        row("review by another organization's user",
            reviewRow.arg(resA, QStringLiteral("{userB}"), QStringLiteral("'Goals met'"),
                          QStringLiteral("'2024-04-01'")),
            foreign, "care_plan_reviews_reviewed_by_fkey");
        row("review naming another organization's resident",
            reviewRow.arg(QStringLiteral("{resB}"), userA, QStringLiteral("'Goals met'"),
                          QStringLiteral("'2024-04-01'")),
            foreign, "care_plan_reviews_resident_fkey");

        const QString assessment = QStringLiteral("INSERT INTO assessments (organization_id, resident_id, type, date, "
                                                  "created_by) VALUES ({orgA}, %1, '%2', '2024-03-01', %3)");
        row("assessment unknown type", assessment.arg(resA, QStringLiteral("braden"), userA), check,
            "assessments_type_check");
        row("assessment of another organization's resident",
            assessment.arg(QStringLiteral("{resB}"), QStringLiteral("must"), userA), foreign,
            "assessments_resident_fkey");
        row("assessment by another organization's user",
            assessment.arg(resA, QStringLiteral("must"), QStringLiteral("{userB}")), foreign,
            "assessments_created_by_fkey");

        const QString note = QStringLiteral("INSERT INTO daily_records (organization_id, resident_id, date, shift, "
                                            "created_by) VALUES ({orgA}, %1, current_date, '%2', %3)");
        row("note unknown shift", note.arg(resA, QStringLiteral("morning"), userA), check, "daily_records_shift_check");
        row("note about another organization's resident",
            note.arg(QStringLiteral("{resB}"), QStringLiteral("early"), userA), foreign, "daily_records_resident_fkey");
        row("note by another organization's user", note.arg(resA, QStringLiteral("early"), QStringLiteral("{userB}")),
            foreign, "daily_records_created_by_fkey");
        const QString datedNote = QStringLiteral("INSERT INTO daily_records (organization_id, resident_id, date, "
                                                 "shift, created_by) VALUES ({orgA}, {resA}, '%1', 'early', {userA})");
        row("note dated infinity", datedNote.arg(QStringLiteral("infinity")), check, "daily_records_date_check");
        row("note dated BC", datedNote.arg(QStringLiteral("4713-01-05 BC")), check, "daily_records_date_check");
        row("note dated in year 300000", datedNote.arg(QStringLiteral("300000-01-01")), check,
            "daily_records_date_check");
        row("note dated 1899", datedNote.arg(QStringLiteral("1899-12-31")), check, "daily_records_date_check");
        row("note dated 2200", datedNote.arg(QStringLiteral("2200-01-01")), check, "daily_records_date_check");
        row("note whose month has no partition, unknown shift",
            QStringLiteral("INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by) VALUES "
                           "({orgA}, {resA}, '2011-01-01', 'morning', {userA})"),
            check, "daily_records_shift_check");

        const QString audit = QStringLiteral("INSERT INTO audits (organization_id, facility_id, type, date, auditor, "
                                             "score) VALUES ({orgA}, %1, '%2', '2024-03-01', %3, %4)");
        const QString facA = QStringLiteral("{facA}");
        row("audit score above 100", audit.arg(facA, QStringLiteral("medication"), userA, QStringLiteral("100.01")),
            check, "audits_score_check");
        row("audit score below 0", audit.arg(facA, QStringLiteral("medication"), userA, QStringLiteral("-0.01")), check,
            "audits_score_check");
        row("audit unknown type", audit.arg(facA, QStringLiteral("vibes"), userA, QStringLiteral("50")), foreign,
            "audits_type_fkey");
        row("audit of another organization's home",
            audit.arg(QStringLiteral("{facB}"), QStringLiteral("medication"), userA, QStringLiteral("50")), foreign,
            "audits_facility_fkey");
        row("audit by another organization's user",
            audit.arg(facA, QStringLiteral("medication"), QStringLiteral("{userB}"), QStringLiteral("50")), foreign,
            "audits_auditor_fkey");

        const QString incident = QStringLiteral("INSERT INTO incidents (organization_id, facility_id, resident_id, "
                                                "type, date, reported_by, what_happened) VALUES ({orgA}, %1, %2, "
                                                "'%3', now(), %4, 'Found on the floor')");
        row("incident unknown type", incident.arg(facA, resA, QStringLiteral("mishap"), userA), check,
            "incidents_type_check");
        row("incident about another organization's resident",
            incident.arg(facA, QStringLiteral("{resB}"), QStringLiteral("fall"), userA), foreign,
            "incidents_resident_fkey");
        row("incident in another organization's home",
            incident.arg(QStringLiteral("{facB}"), null, QStringLiteral("fall"), userA), foreign,
            "incidents_facility_fkey");
        row("incident reported by another organization's user",
            incident.arg(facA, null, QStringLiteral("fall"), QStringLiteral("{userB}")), foreign,
            "incidents_reported_by_fkey");
    }

    void constraintRejectsBadRow()
    {
        QFETCH(QString, statement);
        QFETCH(QString, sqlState);
        QFETCH(QString, constraint);
        const PgResult result = execAndRollBack(statement);
        QVERIFY2(!result.ok(), "the bad row was accepted");
        QCOMPARE(result.error().sqlState, sqlState);
        QCOMPARE(result.error().constraint, constraint);
        QVERIFY2(DatabaseErrorMessages::knowsConstraint(constraint), qPrintable(constraint));
    }

    void missingValuesAreRefusedByColumn_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("resident surname")
            << QStringLiteral("INSERT INTO residents (organization_id, facility_id, first_name, last_name, "
                              "date_of_birth, admission_date) VALUES ({orgA}, {facA}, 'Gwen', NULL, '1940-01-01', "
                              "'2024-01-01')")
            << QStringLiteral("last_name") << QStringLiteral("Surname is required: fill it in, then save again.");
        QTest::newRow("resident date of birth")
            << QStringLiteral("INSERT INTO residents (organization_id, facility_id, first_name, last_name, "
                              "admission_date) VALUES ({orgA}, {facA}, 'Gwen', 'Testresident', '2024-01-01')")
            << QStringLiteral("date_of_birth")
            << QStringLiteral("Date of birth is required: fill it in, then save again.");
        QTest::newRow("note without organization")
            << QStringLiteral("INSERT INTO daily_records (resident_id, date, shift, created_by) VALUES ({resA}, "
                              "current_date, 'early', {userA})")
            << QStringLiteral("organization_id")
            << QStringLiteral("Who is signed in could not be recorded with this change: sign out, sign in again, then "
                              "save.");
        QTest::newRow("care plan without author")
            << QStringLiteral("INSERT INTO care_plans (organization_id, resident_id, type, start_date) VALUES ({orgA}, "
                              "{resA}, 'continence', '2024-01-01')")
            << QStringLiteral("created_by")
            << QStringLiteral("Who is signed in could not be recorded with this change: sign out, sign in again, then "
                              "save.");
    }
    void missingValuesAreRefusedByColumn()
    {
        QFETCH(QString, statement);
        QFETCH(QString, column);
        QFETCH(QString, message);
        const PgResult result = execAndRollBack(statement);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().sqlState, QStringLiteral("23502"));
        QCOMPARE(result.error().column, column);
        QCOMPARE(DatabaseErrorMessages::describe(result.error()), message);
    }

    void violationsBecomePlainSentences_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("message");
        QTest::newRow("NHS number format")
            << residentColumns + QStringLiteral("({orgA}, {facA}, 'Gwen', 'Testresident', '1940-02-03', '2024-03-01', "
                                                "NULL, 'admitted', '999 000 0034', '{}')")
            << QStringLiteral("The NHS number must be exactly ten digits: check the number and type it again.");
        QTest::newRow("discharge before admission")
            << residentColumns + QStringLiteral("({orgA}, {facA}, 'Gwen', 'Testresident', '1940-02-03', '2024-03-01', "
                                                "'2024-02-01', 'discharged', NULL, '{}')")
            << QStringLiteral("The discharge date is before the admission date: enter a discharge date on or after the "
                              "admission date.");
        QTest::newRow("email taken")
            << QStringLiteral("INSERT INTO users (organization_id, email, first_name, last_name, role) VALUES ({orgA}, "
                              "'Nurse.A@example.org', 'Ira', 'Testcarer', 'carer')")
            << QStringLiteral("Another user already has this email address (capital letters make no difference): use "
                              "a different email address.");
        QTest::newRow("audit score")
            << QStringLiteral("INSERT INTO audits (organization_id, facility_id, type, date, auditor, score) VALUES "
                              "({orgA}, {facA}, 'falls', '2024-03-01', {userA}, 101)")
            << QStringLiteral("The audit score must be between 0 and 100: correct the score.");
        QTest::newRow("removing a home that has residents")
            << QStringLiteral("DELETE FROM facilities WHERE id = {facA}")
            << QStringLiteral("This record cannot be removed because other records refer to it: remove or change "
                              "those first, or mark this one as no longer in use.");
        QTest::newRow("jsonb not an object")
            << QStringLiteral("UPDATE residents SET preferences = '[1]' WHERE id = {resA}")
            << QStringLiteral("Some details could not be saved because they are not in the form Write Care Notes "
                              "expects: this is a fault in Write Care Notes, please report it.");
    }
    void violationsBecomePlainSentences()
    {
        QFETCH(QString, statement);
        QFETCH(QString, message);
        const PgResult result = execAndRollBack(statement);
        QVERIFY(!result.ok());
        QCOMPARE(DatabaseErrorMessages::describe(result.error()), message);
    }

    void everyNamedConstraintHasASentence()
    {
        const PgResult names = exec(QStringLiteral(
            "SELECT DISTINCT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
            "AND contype IN ('c', 'f', 'u', 'p', 'x') "
            "UNION SELECT indexrelid::regclass::text FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indrelid "
            "WHERE c.relnamespace = 'public'::regnamespace AND i.indisunique AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint AS k WHERE k.conindid = i.indexrelid) AND c.relispartition = false "
            "ORDER BY 1"));
        QVERIFY(names.ok());
        QVERIFY(names.rowCount() > 50);
        QStringList unknown;
        for (int r = 0; r < names.rowCount(); ++r) {
            if (!DatabaseErrorMessages::knowsConstraint(names.text(r, 0)))
                unknown.append(names.text(r, 0));
        }
        QCOMPARE(unknown, QStringList());
    }

    void boundaryValuesAreAccepted_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("NHS number with check digit 0")
            << residentColumns + QStringLiteral("({orgA}, {facA}, 'Gwen', 'Testresident', '1940-02-03', '2024-03-01', "
                                                "NULL, 'admitted', '9990000360', '{}')");
        QTest::newRow("same NHS number in another organization")
            << QStringLiteral("INSERT INTO residents (organization_id, facility_id, first_name, last_name, "
                              "date_of_birth, admission_date, nhs_number) VALUES ({orgB}, {facB}, 'Edna', "
                              "'Testresident', '1938-04-02', '2024-01-15', '9990000018')");
        QTest::newRow("no NHS number")
            << residentColumns + QStringLiteral("({orgA}, {facA}, 'Gwen', 'Testresident', '1940-02-03', '2024-03-01', "
                                                "NULL, 'admitted', NULL, '{}')");
        QTest::newRow("discharged on the day of admission")
            << residentColumns + QStringLiteral("({orgA}, {facA}, 'Gwen', 'Testresident', '1940-02-03', '2024-03-01', "
                                                "'2024-03-01', 'discharged', NULL, '{}')");
        QTest::newRow("admitted on the day of birth")
            << residentColumns + QStringLiteral("({orgA}, {facA}, 'Gwen', 'Testresident', '2024-03-01', '2024-03-01', "
                                                "NULL, 'admitted', NULL, '{}')");
        QTest::newRow("audit score 0") << QStringLiteral(
            "INSERT INTO audits (organization_id, facility_id, type, date, auditor, score) VALUES "
            "({orgA}, {facA}, 'falls', '2024-03-01', {userA}, 0)");
        QTest::newRow("audit score 100") << QStringLiteral(
            "INSERT INTO audits (organization_id, facility_id, type, date, auditor, score) VALUES "
            "({orgA}, {facA}, 'falls', '2024-03-01', {userA}, 100)");
        QTest::newRow("one bed") << QStringLiteral(
            "INSERT INTO facilities (organization_id, name, capacity) VALUES ({orgA}, 'Oak', 1)");
        QTest::newRow("1000 beds") << QStringLiteral(
            "INSERT INTO facilities (organization_id, name, capacity) VALUES ({orgA}, 'Oak', 1000)");
        QTest::newRow("same home name in another organization")
            << QStringLiteral("INSERT INTO facilities (organization_id, name) VALUES ({orgB}, 'Fern House')");
        QTest::newRow("draft care plan without review date")
            << carePlanColumns + QStringLiteral("({orgA}, {resA}, 'continence', 'draft', '2024-03-01', NULL, {userA}, "
                                                "NULL)");
        QTest::newRow("review on the start date")
            << carePlanColumns + QStringLiteral("({orgA}, {resA}, 'continence', 'active', '2024-03-01', '2024-03-01', "
                                                "{userA}, {userA})");
        QTest::newRow("note dated 1900-01-01") << QStringLiteral(
            "INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by) VALUES "
            "({orgA}, {resA}, '1900-01-01', 'night', {userA})");
        QTest::newRow("note dated 2199-12-31") << QStringLiteral(
            "INSERT INTO daily_records (organization_id, resident_id, date, shift, created_by) VALUES "
            "({orgA}, {resA}, '2199-12-31', 'night', {userA})");
        QTest::newRow("incident involving no resident")
            << QStringLiteral("INSERT INTO incidents (organization_id, facility_id, type, date, reported_by, "
                              "what_happened) VALUES ({orgA}, {facA}, 'near_miss', now(), {userA}, 'Wet floor')");
    }
    void boundaryValuesAreAccepted()
    {
        QFETCH(QString, statement);
        const PgResult result = execAndRollBack(statement);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.rowsAffected(), 1);
    }

    void timesAreKeptByTheDatabase()
    {
        const PgSession session = m_db->session();
        QVERIFY(session.exec(QStringLiteral("BEGIN")).ok());
        const PgResult inserted = session.exec(QStringLiteral(
            "INSERT INTO organizations (name, created_at, updated_at) VALUES ('Backdated', '2000-01-01', '2000-01-01') "
            "RETURNING id, created_at = now(), updated_at = now(), created_at"));
        QVERIFY(session.exec(QStringLiteral("COMMIT")).ok());
        QVERIFY(inserted.ok());
        QCOMPARE(inserted.text(0, 1), QStringLiteral("t"));
        QCOMPARE(inserted.text(0, 2), QStringLiteral("t"));
        const QString id = inserted.text(0, 0);
        const QString createdAt = inserted.text(0, 3);

        QVERIFY(session.exec(QStringLiteral("BEGIN")).ok());
        const PgResult updated = session.exec(
            QStringLiteral("UPDATE organizations SET name = 'Renamed', created_at = '1999-01-01' WHERE id = $1 "
                           "RETURNING created_at::text, updated_at = now(), updated_at > created_at"),
            {id});
        QVERIFY(session.exec(QStringLiteral("COMMIT")).ok());
        QVERIFY(updated.ok());
        QCOMPARE(updated.text(0, 0), createdAt);
        QCOMPARE(updated.text(0, 1), QStringLiteral("t"));
        QCOMPARE(updated.text(0, 2), QStringLiteral("t"));
    }

    void idsDefaultToRandomUuids()
    {
        const PgResult ids =
            exec(QStringLiteral("INSERT INTO organizations (name) VALUES ('One'), ('Two') RETURNING id::text"));
        QVERIFY(ids.ok());
        QCOMPARE(ids.rowCount(), 2);
        QVERIFY(ids.text(0, 0) != ids.text(1, 0));
        for (int r = 0; r < 2; ++r) // version 4, random
            QCOMPARE(ids.text(r, 0).at(14), QLatin1Char('4'));
    }

    void everyTenantTableBelongsToAnOrganization()
    {
        const PgResult columns = exec(QStringLiteral(
            "SELECT string_agg(table_name || ':' || is_nullable || ':' || data_type, ',' ORDER BY table_name) "
            "FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organization_id' "
            "AND table_name IN ('facilities', 'users', 'residents', 'care_plans', 'assessments', 'daily_records', "
            "'audits', 'incidents')"));
        QCOMPARE(columns.text(0, 0),
                 QStringLiteral("assessments:NO:uuid,audits:NO:uuid,care_plans:NO:uuid,daily_records:NO:uuid,"
                                "facilities:NO:uuid,incidents:NO:uuid,residents:NO:uuid,users:NO:uuid"));
        // Primary keys lead with organization_id, so the schema can be distributed by it.
        const PgResult keys = exec(QStringLiteral(
            "SELECT string_agg(conname || '=' || pg_get_constraintdef(oid), '; ' ORDER BY conname) FROM pg_constraint "
            "WHERE contype = 'p' AND connamespace = 'public'::regnamespace AND conparentid = 0 "
            "AND conrelid::regclass::text IN ('organizations', 'facilities', 'users', 'residents', 'care_plans', "
            "'assessments', 'daily_records', 'audits', 'incidents', 'user_facilities')"));
        QCOMPARE(keys.text(0, 0), QStringLiteral("assessments_pkey=PRIMARY KEY (organization_id, id); "
                                                 "audits_pkey=PRIMARY KEY (organization_id, id); "
                                                 "care_plans_pkey=PRIMARY KEY (organization_id, id); "
                                                 "daily_records_pkey=PRIMARY KEY (organization_id, id, date); "
                                                 "facilities_pkey=PRIMARY KEY (organization_id, id); "
                                                 "incidents_pkey=PRIMARY KEY (organization_id, id); "
                                                 "organizations_pkey=PRIMARY KEY (id); "
                                                 "residents_pkey=PRIMARY KEY (organization_id, id); "
                                                 "user_facilities_pkey=PRIMARY KEY (organization_id, user_id, "
                                                 "facility_id); "
                                                 "users_pkey=PRIMARY KEY (organization_id, id)"));
    }

    void foreignKeysBetweenTenantTablesIncludeTheOrganization()
    {
        const PgResult keys = exec(QStringLiteral(
            "SELECT conname, pg_get_constraintdef(oid) LIKE 'FOREIGN KEY (organization_id, %' FROM pg_constraint "
            "WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND conparentid = 0 "
            "AND confrelid <> 'organizations'::regclass "
            // The inspection frameworks and the built-in audit library are the same for every organization.
            "AND confrelid NOT IN ('inspection_frameworks'::regclass, 'framework_key_questions'::regclass, "
            "'quality_statements'::regclass, 'audit_library_types'::regclass) ORDER BY conname"));
        QVERIFY(keys.ok());
        QStringList names;
        for (int r = 0; r < keys.rowCount(); ++r) {
            names.append(keys.text(r, 0));
            QVERIFY2(keys.text(r, 1) == QLatin1String("t"), qPrintable(keys.text(r, 0)));
        }
        const QStringList expected = {QStringLiteral("assessment_follow_ups_assessment_fkey"),
                                      QStringLiteral("assessment_follow_ups_care_plan_fkey"),
                                      QStringLiteral("assessment_follow_ups_chosen_by_fkey"),
                                      QStringLiteral("assessment_latest_resident_fkey"),
                                      QStringLiteral("assessments_corrects_fkey"),
                                      QStringLiteral("assessments_created_by_fkey"),
                                      QStringLiteral("assessments_resident_fkey"),
                                      QStringLiteral("audit_actions_completed_by_fkey"),
                                      QStringLiteral("audit_actions_facility_fkey"),
                                      QStringLiteral("audit_actions_owner_fkey"),
                                      QStringLiteral("audit_actions_raised_in_fkey"),
                                      QStringLiteral("audit_actions_updated_by_fkey"),
                                      QStringLiteral("audit_answers_answered_by_fkey"),
                                      QStringLiteral("audit_answers_audit_fkey"),
                                      QStringLiteral("audit_answers_evidence_care_plan_fkey"),
                                      QStringLiteral("audit_answers_evidence_resident_fkey"),
                                      QStringLiteral("audit_question_statements_question_fkey"),
                                      QStringLiteral("audit_template_questions_template_fkey"),
                                      QStringLiteral("audit_templates_created_by_fkey"),
                                      QStringLiteral("audit_templates_type_fkey"),
                                      QStringLiteral("audits_auditor_fkey"),
                                      QStringLiteral("audits_created_by_fkey"),
                                      QStringLiteral("audits_facility_fkey"),
                                      QStringLiteral("audits_signed_off_by_fkey"),
                                      QStringLiteral("audits_supersedes_fkey"),
                                      QStringLiteral("audits_template_fkey"),
                                      QStringLiteral("audits_type_fkey"),
                                      QStringLiteral("care_plan_reviews_care_plan_fkey"),
                                      QStringLiteral("care_plan_reviews_resident_fkey"),
                                      QStringLiteral("care_plan_reviews_reviewed_by_fkey"),
                                      QStringLiteral("care_plans_created_by_fkey"),
                                      QStringLiteral("care_plans_resident_fkey"),
                                      QStringLiteral("care_plans_updated_by_fkey"),
                                      QStringLiteral("daily_records_created_by_fkey"),
                                      QStringLiteral("daily_records_resident_fkey"),
                                      QStringLiteral("incident_notifications_created_by_fkey"),
                                      QStringLiteral("incident_notifications_incident_fkey"),
                                      QStringLiteral("incident_notifications_sent_by_fkey"),
                                      QStringLiteral("incident_notifications_withdrawn_by_fkey"),
                                      QStringLiteral("incident_reviews_incident_fkey"),
                                      QStringLiteral("incident_reviews_reviewed_by_fkey"),
                                      QStringLiteral("incidents_facility_fkey"),
                                      QStringLiteral("incidents_reported_by_fkey"),
                                      QStringLiteral("incidents_resident_fkey"),
                                      QStringLiteral("resident_events_from_facility_fkey"),
                                      QStringLiteral("resident_events_recorded_by_fkey"),
                                      QStringLiteral("resident_events_resident_fkey"),
                                      QStringLiteral("resident_events_to_facility_fkey"),
                                      QStringLiteral("resident_search_words_resident_fkey"),
                                      QStringLiteral("residents_created_by_fkey"),
                                      QStringLiteral("residents_facility_fkey"),
                                      QStringLiteral("residents_updated_by_fkey"),
                                      QStringLiteral("sessions_user_fkey"),
                                      QStringLiteral("shift_patterns_facility_fkey"),
                                      QStringLiteral("user_credentials_user_fkey"),
                                      QStringLiteral("user_facilities_facility_fkey"),
                                      QStringLiteral("user_facilities_user_fkey")};
        names.sort(); // the server's collation need not sort underscores as this list does
        QCOMPARE(names, expected);
    }

    void momentsInTimeAreTimestamptz()
    {
        const PgResult naive =
            exec(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' "
                                "AND data_type = 'timestamp without time zone'"));
        QCOMPARE(naive.integer(0, 0), 0);
        const PgResult aware = exec(QStringLiteral(
            "SELECT string_agg(c.table_name || '.' || c.column_name, ',' ORDER BY c.table_name, c.column_name) "
            "FROM information_schema.columns AS c JOIN information_schema.tables AS t "
            "USING (table_schema, table_name) WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' "
            "AND c.column_name IN ('created_at', 'updated_at') AND c.data_type = 'timestamp with time zone' "
            "AND c.is_nullable = 'NO' AND c.table_name !~ '^daily_records_'"));
        QCOMPARE(aware.text(0, 0),
                 QStringLiteral(
                     "assessments.created_at,assessments.updated_at,audit_actions.created_at,audit_actions.updated_at,"
                     "audit_templates.created_at,audit_types.created_at,audit_types.updated_at,audits.created_at,"
                     "audits.updated_at,care_plan_reviews.created_at,care_plans.created_at,care_plans.updated_at,daily_"
                     "records.created_at,"
                     "daily_records.updated_at,facilities.created_at,facilities.updated_at,"
                     "incident_notifications.created_at,incidents.created_at,incidents.updated_at,"
                     "organization_keys.created_at,"
                     "organizations.created_at,organizations.updated_at,residents.created_at,"
                     "residents.updated_at,sessions.created_at,sign_in_outcomes.created_at,user_facilities.created_at,"
                     "users.created_at,users.updated_at"));
    }

    void theDocumentsIndexesOrBetterOnesExist()
    {
        const PgResult indexes = exec(QStringLiteral(
            "SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'public' AND "
            "indexname IN ('idx_residents_facility', 'idx_care_plans_resident', 'idx_daily_records_resident_date', "
            "'idx_audits_facility_date', 'users_email_key', 'residents_nhs_number_key', 'idx_residents_name_order', "
            "'idx_residents_first_name_search', 'idx_residents_room_order', 'idx_residents_nhs_prefix')"));
        QCOMPARE(indexes.text(0, 0), QStringLiteral("idx_audits_facility_date,idx_care_plans_resident,"
                                                    "idx_daily_records_resident_date,idx_residents_facility,"
                                                    "idx_residents_first_name_search,idx_residents_name_order,"
                                                    "idx_residents_nhs_prefix,idx_residents_room_order,"
                                                    "residents_nhs_number_key,users_email_key"));
    }

    void performanceMetricsViewAnswers()
    {
        const PgResult metrics = exec(
            QStringLiteral("SELECT schemaname, relname, n_live_tup >= 0, n_dead_tup >= 0, last_vacuum, last_autovacuum "
                           "FROM performance_metrics WHERE relname = 'residents'"));
        QVERIFY2(metrics.ok(), qPrintable(metrics.error().message));
        QCOMPARE(metrics.rowCount(), 1);
        QCOMPARE(metrics.text(0, 0), QStringLiteral("public"));
        QCOMPARE(metrics.text(0, 2), QStringLiteral("t"));
    }

    void medicalNotesColumnAndPgcryptoArePresent()
    {
        const PgResult column =
            exec(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = 'residents' "
                                "AND column_name = 'encrypted_medical_notes'"));
        QCOMPARE(column.text(0, 0), QStringLiteral("bytea"));
        const PgResult roundTrip =
            exec(QStringLiteral("SELECT pgp_sym_decrypt(pgp_sym_encrypt('test note', 'test key'), 'test key')"));
        QVERIFY2(roundTrip.ok(), qPrintable(roundTrip.error().message));
        QCOMPARE(roundTrip.text(0, 0), QStringLiteral("test note"));
    }

    void nobodyElseMayCreateObjectsInPublic()
    {
        // SECURITY DEFINER functions search public: PUBLIC must not be able to plant objects there.
        QCOMPARE(exec(QStringLiteral("SELECT has_schema_privilege('public', 'public', 'CREATE')")).text(0, 0),
                 QStringLiteral("f"));
    }

    void securityDefinerFunctionsArePinnedAndNotPublic()
    {
        const PgResult functions = exec(QStringLiteral(
            "SELECT p.proname, coalesce(array_to_string(p.proconfig, ','), ''), "
            "has_function_privilege('public', p.oid, 'EXECUTE'), p.proowner::regrole::text "
            "FROM pg_proc AS p WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef ORDER BY 1"));
        QVERIFY(functions.ok());
        QStringList stations;
        QStringList owners;
        QStringList archivers;
        for (int r = 0; r < functions.rowCount(); ++r) {
            const QString name = functions.text(r, 0);
            // (Or pg_catalog alone, stricter still.)
            QVERIFY2(functions.text(r, 1).startsWith(QStringLiteral("search_path=pg_catalog, public, pg_temp")) ||
                         functions.text(r, 1).startsWith(QStringLiteral("search_path=pg_catalog, pg_temp")),
                     qPrintable(name));
            QVERIFY2(functions.text(r, 2) == QLatin1String("f"), qPrintable(name + QStringLiteral(" is public")));
            const QString owner = functions.text(r, 3);
            (owner == QLatin1String("wcn_functions")  ? stations
             : owner == QLatin1String("wcn_archiver") ? archivers
                                                      : owners)
                .append(name);
            QVERIFY2(owner == QLatin1String("wcn_functions") || owner == QLatin1String("wcn_owner") ||
                         owner == QLatin1String("wcn_archiver"),
                     qPrintable(name));
        }
        // The one role the append-only tables let remove a row (migration 33) runs this alone, which searches
        // pg_catalog alone, and only the owner may call it.
        QCOMPARE(archivers, QStringList{QStringLiteral("wcn_archive_remove")});
        QCOMPARE(
            exec(QStringLiteral("SELECT array_to_string(p.proconfig, ',') LIKE 'search_path=pg_catalog, pg_temp,%' "
                                "AND has_function_privilege('wcn_owner', p.oid, 'EXECUTE') "
                                "AND NOT has_function_privilege('wcn_app', p.oid, 'EXECUTE') "
                                "AND NOT has_function_privilege('wcn_functions', p.oid, 'EXECUTE') "
                                "FROM pg_proc AS p WHERE p.oid = 'wcn_archive_remove(bigint)'::regprocedure"))
                .text(0, 0),
            QStringLiteral("t"));
        QCOMPARE(exec(QStringLiteral("SELECT r.rolcanlogin OR r.rolsuper OR r.rolinherit OR NOT r.rolbypassrls "
                                     "OR EXISTS (SELECT FROM pg_auth_members AS m WHERE m.roleid = r.oid) "
                                     "FROM pg_roles AS r WHERE r.rolname = 'wcn_archiver'"))
                     .text(0, 0),
                 QStringLiteral("f"));
        // Each of these runs with wcn_functions' rights, under row-level security: a new one is reviewed before it
        // joins this list.
        QCOMPARE(stations.join(QLatin1Char(',')),
                 QStringLiteral(
                     "app_all_facilities,app_audit,app_begin_sign_in,app_can,app_capabilities,app_change_password,"
                     "app_current_session,app_facility_ids,app_finish_sign_in,app_organization_id,"
                     "app_password_problem,app_read_medical_details,app_read_medical_notes,app_record_access_read,"
                     "app_record_resident_event,"
                     "app_record_resident_opened,app_request_medical_access,app_review_care_plan,app_session_info,"
                     "app_set_user_password,app_sign_out,app_touch_session,app_use_session,app_user_id,"
                     "app_write_medical_details,app_write_medical_notes,audit_organization_settings_change,"
                     "audit_shift_pattern_change,audit_user_change,keep_resident_search_words,"
                     "record_admission,"
                     "record_change,sync_user_credentials,wcn_note_lock"));
        // These run with the owner's: they bypass row-level security, and none is granted to stations but those that
        // name the caller's organization in every read (confirming an account, the accounts waiting, the caller's own
        // draft key, an audit's template, sign-off and new version, which also check audits.write and the home, and
        // reporting an incident, which checks incidents.add, the home and the resident, the head-injury watch,
        // which checks residents.read and the home and returns residents and times alone, and the home screen's,
        // which checks the caller's homes and, for each kind, the rights its tables' policies require).
        // Verifying the audit chain reads every entry of the caller's organization, and returns positions, ids and
        // hashes alone, for audit_log.read. The partition maintenance was, until migration 14. A home's closing reads
        // its residents (which its administrator may not) and an admission reads whether the home has closed (which its
        // writer may not see). The Health page's read the server's statistics, for an administrator of its only
        // organization (migration 29). A restore is recorded by the embedded server's own superuser (migration 32).
        QCOMPARE(
            owners.join(QLatin1Char(',')),
            QStringLiteral(
                "admin_list_users,admin_new_key_version,admin_reencrypt_medical_notes,admin_set_password,"
                "admin_unlock_user,app_archive_resident,app_attention,app_confirm_user,app_connection_health,"
                "app_draft_key,app_head_injury_watch,app_records_kept,app_report_incident,app_request_subject_access,"
                "app_revise_audit,app_save_audit_template,app_server_health,app_set_legal_hold,"
                "app_sign_off_audit,app_standby_health,app_subject_access_export,app_table_health,"
                "app_unlock_user,app_user_states,app_users_waiting,app_verify_audit_log,app_verify_audited_rows,"
                "audit_action_changed,audit_answer_changed,audit_recorded,audit_row_change,"
                "ensure_daily_record_partitions,give_audit_templates,guard_clinical_access_change,"
                "guard_credentials_change,guard_facility_closing,guard_resident_home_open,guard_user_escalation,"
                "incident_notification_changed,incident_reviewed,keep_an_administrator,keep_latest_assessment,"
                "prepare_audit,prepare_audit_answer,prepare_incident_notification,prepare_incident_review,"
                "wcn_access_granted,wcn_archive_claim_holds,wcn_audit,wcn_audit_unfinished,wcn_covers,"
                "wcn_current_key_version,"
                "wcn_email_key,wcn_fill_session_rights,wcn_give_audit_templates,wcn_hold_unless_covered,"
                "wcn_keep_latest_assessment,wcn_master_key,wcn_may_export_subject,wcn_organization_key,"
                "wcn_record_restore,wcn_refresh_session_rights,wcn_require_server_health,wcn_seal_audit_log,"
                "wcn_session_key_version,wcn_session_medical_key,wcn_verify_audit_chain,wcn_verify_audited_rows,"
                "wcn_within_giver"));
        QCOMPARE(exec(QStringLiteral("SELECT string_agg(p.proname, ',' ORDER BY p.proname) FROM pg_proc AS p "
                                     "WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef "
                                     "AND p.proowner = 'wcn_owner'::regrole "
                                     "AND has_function_privilege('wcn_app', p.oid, 'EXECUTE')"))
                     .text(0, 0),
                 QStringLiteral(
                     "app_archive_resident,app_attention,app_confirm_user,app_connection_health,app_draft_key,"
                     "app_head_injury_watch,"
                     "app_records_kept,app_report_incident,app_request_subject_access,app_revise_audit,"
                     "app_save_audit_template,app_server_health,app_set_legal_hold,app_sign_off_audit,"
                     "app_standby_health,app_subject_access_export,app_table_health,app_unlock_user,app_user_states,"
                     "app_users_waiting,app_verify_audit_log,app_verify_audited_rows"));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
