// The attack suite: everything below is tried through a station's database login over plain libpq, as anyone at a
// station who knows that login could from psql. Each test asserts the exact outcome: zero rows, or the error.
// The database roles and rights: the station login, what each role may do, who may change rights, the audit log.

#include "AttackSuite.h"
#include "StationConnection.h"
#include "TenantFixture.h"
#include "TestCluster.h"
#include "TestDatabase.h"
#include "database/DatabaseRoles.h"
#include "organization/OrganizationSetup.h"
#include "session/MedicalNotesKeys.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

#include <memory>

class TestSecurityRoles : public AttackSuite
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = setUpFixture();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString notes = writeMedicalNotes();
        QVERIFY2(notes.isEmpty(), qPrintable(notes));
    }
    void cleanupTestCase() { m_db.reset(); }

    void theStationLoginIsPowerless()
    {
        const PgResult role = m_db->session().exec(
            QStringLiteral("SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, "
                           "(SELECT count(*) FROM pg_class WHERE relowner = r.oid), "
                           "(SELECT string_agg(m.roleid::regrole::text, ',') FROM pg_auth_members AS m "
                           "WHERE m.member = r.oid) FROM pg_roles AS r WHERE rolname = $1"),
            {m_fixture.stationLogin});
        QCOMPARE(role.text(0, 0), QStringLiteral("f"));
        QCOMPARE(role.text(0, 1), QStringLiteral("f"));
        QCOMPARE(role.text(0, 2), QStringLiteral("f"));
        QCOMPARE(role.text(0, 3), QStringLiteral("f"));
        QCOMPARE(role.integer(0, 4), 0); // owns nothing
        QCOMPARE(role.text(0, 5), QStringLiteral("wcn_app"));
        const PgResult owner = m_db->session().exec(
            QStringLiteral("SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'wcn_owner'"));
        QCOMPARE(owner.text(0, 0) + owner.text(0, 1) + owner.text(0, 2), QStringLiteral("ftf")); // bypasses RLS
    }

    void rolesDecideWhatMayBeDone_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("answer"); // first value, or rows affected for a write
        const QString none;
        auto row = [](const char *tag, const char *who, const QString &statement, const QString &state,
                      const QString &answer) {
            QTest::newRow(tag) << QString::fromLatin1(who) << statement << state << answer;
        };
        const QString addNote = QStringLiteral("INSERT INTO daily_records (resident_id, date, shift) "
                                               "VALUES ('%1', current_date, 'late')");
        const QString addPlan = QStringLiteral("INSERT INTO care_plans (resident_id, type, start_date) "
                                               "VALUES ('%1', 'continence', current_date)");
        const QString addAssessment =
            QStringLiteral("INSERT INTO assessments (resident_id, type, date, findings, score, band, risk_level, "
                           "tool_version) VALUES ('%1', 'must', current_date, '{\"height_source\": \"measured\", "
                           "\"height_m\": 1.6, \"weight_kg\": 60, \"weight_loss_source\": \"judged\", "
                           "\"weight_loss_judged\": \"under_5\", \"acute_disease\": \"no\"}', 0, 'low', 0, "
                           "'MUST 2011')");
        const QString readNotes = QStringLiteral("SELECT app_request_medical_access('%1', 'notes') > 0");
        row("carer adds a note", "carerA", addNote.arg(resident("A1a")), none, QStringLiteral("1"));
        row("carer reads notes", "carerA", QStringLiteral("SELECT count(*) FROM daily_records"), none,
            QStringLiteral("2"));
        row("carer reads care plans", "carerA", QStringLiteral("SELECT count(*) FROM care_plans"), none,
            QStringLiteral("2"));
        row("carer writes a care plan", "carerA", addPlan.arg(resident("A1a")), denied, QStringLiteral("0"));
        row("carer edits a resident", "carerA", QStringLiteral("UPDATE residents SET last_name = 'Changed'"), none,
            QStringLiteral("0"));
        row("carer discharges a resident", "carerA",
            QStringLiteral("SELECT app_record_resident_event('%1', 'discharged', current_date, "
                           "(SELECT row_version FROM residents WHERE id = '%1'))")
                .arg(resident("A1a")),
            denied, QString());
        row("carer reviews a care plan", "carerA",
            QStringLiteral("SELECT app_review_care_plan(id, current_date, 'Reviewed', current_date + 28, NULL, "
                           "row_version) FROM care_plans"),
            denied, QString());
        row("nurse moves a resident to a room", "nurseA",
            QStringLiteral("SELECT app_record_resident_event('%1', 'room_change', current_date, "
                           "(SELECT row_version FROM residents WHERE id = '%1'), NULL, '12B')")
                .arg(resident("A1a")),
            none, QStringLiteral("recorded"));
        row("nurse moves a resident to a home she does not work in", "nurseA",
            QStringLiteral("SELECT app_record_resident_event('%1', 'facility_transfer', current_date, "
                           "(SELECT row_version FROM residents WHERE id = '%1'), '%2', '3')")
                .arg(resident("A1a"), m_fixture.facilityA2),
            denied, QString());
        row("nurse discharges another home's resident", "nurseA",
            QStringLiteral("SELECT app_record_resident_event('%1', 'discharged', current_date, 1)").arg(resident("A2")),
            denied, QString());
        row("nurse reviews a care plan through the function", "nurseA",
            QStringLiteral("SELECT string_agg(app_review_care_plan(id, current_date, 'Goals met', current_date + 28, "
                           "NULL, row_version), ',') FROM care_plans"),
            none, QStringLiteral("reviewed,reviewed"));
        row("nurse forges a review in another's name", "nurseA",
            QStringLiteral("INSERT INTO care_plan_reviews (care_plan_id, resident_id, reviewed_on, reviewed_by, "
                           "changes, next_review_date, plan_version) SELECT id, resident_id, current_date, '%1', "
                           "'x', current_date + 1, 1 FROM care_plans")
                .arg(user("carerA")),
            denied, QString());
        row("nurse rewrites a resident's history", "nurseA",
            QStringLiteral("UPDATE record_history SET changed_by = NULL"), denied, QString());
        row("nurse erases a resident's events", "nurseA", QStringLiteral("DELETE FROM resident_events"), denied,
            QString());
        row("carer reads assessments", "carerA", QStringLiteral("SELECT count(*) FROM assessments"), none,
            QStringLiteral("0"));
        row("carer reads medical notes", "carerA", readNotes.arg(resident("A1a")), denied, QString());
        row("carer selects medical details", "carerA", QStringLiteral("SELECT medical_details FROM residents"), denied,
            QString());
        row("carer reads audits", "carerA", QStringLiteral("SELECT count(*) FROM audits"), none, QStringLiteral("0"));
        row("carer reports an incident", "carerA",
            QStringLiteral("SELECT count(*) FROM (SELECT app_report_incident('%1', '%2', 'fall', now(), '', "
                           "'Found on the floor', '', '', '{}', false, '', false)) AS made")
                .arg(m_fixture.facilityA1, resident("A1a")),
            none, QStringLiteral("1"));
        row("carer writes an incident directly", "carerA",
            QStringLiteral("INSERT INTO incidents (facility_id, resident_id, type, date, what_happened) VALUES ('%1', "
                           "'%2', 'fall', now(), 'x')")
                .arg(m_fixture.facilityA1, resident("A1a")),
            denied, QString());
        row("carer reviews an incident", "carerA",
            QStringLiteral("INSERT INTO incident_reviews (incident_id, type, severity, actions_taken) SELECT id, "
                           "'fall', 'low', 'Checked' FROM incidents"),
            denied, QString());
        row("nurse writes a care plan", "nurseA", addPlan.arg(resident("A1a")), none, QStringLiteral("1"));
        row("nurse reviews a care plan", "nurseA", QStringLiteral("UPDATE care_plans SET status = 'under_review'"),
            none, QStringLiteral("2"));
        // Authors are not stations' to write: the session's user is recorded whatever the statement says.
        row("nurse changes a plan in another's name", "nurseA",
            QStringLiteral("UPDATE care_plans SET updated_by = '%1'").arg(user("carerA")), denied, QString());
        row("nurse changes who wrote a plan", "nurseA",
            QStringLiteral("UPDATE care_plans SET created_by = '%1'").arg(user("nurseA")), denied, QString());
        row("nurse changes a plan", "nurseA",
            QStringLiteral("WITH changed AS (UPDATE care_plans SET details = '{\"needs\": \"x\"}' "
                           "RETURNING updated_by) SELECT string_agg((updated_by = '%1')::text, ',') FROM changed")
                .arg(user("nurseA")),
            none, QStringLiteral("true,true"));
        row("nurse writes a note in another's name", "nurseA",
            QStringLiteral("INSERT INTO daily_records (resident_id, date, shift, created_by) VALUES ('%1', "
                           "current_date, 'late', '%2')")
                .arg(resident("A1a"), user("carerA")),
            denied, QStringLiteral("0"));
        row("nurse assesses", "nurseA", addAssessment.arg(resident("A1a")), none, QStringLiteral("1"));
        row("nurse may read medical notes", "nurseA", readNotes.arg(resident("A1a")), none, QStringLiteral("t"));
        row("nurse notes on another home's resident", "nurseA", addNote.arg(resident("A2")), denied,
            QStringLiteral("0"));
        row("nurse rewrites a note", "nurseA", QStringLiteral("UPDATE daily_records SET shift = 'night'"), denied,
            QStringLiteral("0"));
        row("nurse deletes notes", "nurseA", QStringLiteral("DELETE FROM daily_records"), denied, QStringLiteral("0"));
        row("nurse audits", "nurseA",
            QStringLiteral("INSERT INTO audits (facility_id, type, date, score) VALUES ('%1', 'falls', current_date, "
                           "50)")
                .arg(m_fixture.facilityA1),
            denied, QStringLiteral("0"));
        row("manager reads audits", "managerA", QStringLiteral("SELECT count(*) FROM audits"), none,
            QStringLiteral("3"));
        row("manager reviews incidents", "managerA",
            QStringLiteral("INSERT INTO incident_reviews (incident_id, type, severity, actions_taken) SELECT id, "
                           "'fall', 'low', 'Checked, no injury' FROM incidents"),
            none, QStringLiteral("3"));
        row("manager rewrites an incident", "managerA",
            QStringLiteral("UPDATE incidents SET actions_taken = '{\"reviewed\": true}'"), denied, QString());
        row("manager reads the audit log", "managerA",
            QStringLiteral("SELECT count(*) > 0 FROM audit_log WHERE event = 'sign_in'"), none, QStringLiteral("t"));
        row("nurse reads the audit log", "nurseA", QStringLiteral("SELECT count(*) FROM audit_log"), none,
            QStringLiteral("0"));
        row("administrator reads residents", "adminA", QStringLiteral("SELECT count(*) FROM residents"), none,
            QStringLiteral("0"));
        row("administrator reads notes", "adminA", QStringLiteral("SELECT count(*) FROM daily_records"), none,
            QStringLiteral("0"));
        row("administrator reads medical notes", "adminA", readNotes.arg(resident("A1a")), denied, QString());
        row("administrator adds a user", "adminA",
            QStringLiteral("INSERT INTO users (email, first_name, last_name, role) VALUES ('new.carer@example.org', "
                           "'Nia', 'Testcarer', 'carer')"),
            none, QStringLiteral("1"));
        row("administrator adds a home", "adminA", QStringLiteral("INSERT INTO facilities (name) VALUES ('Elm House')"),
            none, QStringLiteral("1"));
        row("nurse adds a home", "nurseA", QStringLiteral("INSERT INTO facilities (name) VALUES ('Elm House')"), denied,
            QStringLiteral("0"));
    }
    void rolesDecideWhatMayBeDone()
    {
        QFETCH(QString, who);
        QFETCH(QString, statement);
        QFETCH(QString, sqlState);
        QFETCH(QString, answer);
        auto connection = signedIn(who);
        QVERIFY(connection->exec(QStringLiteral("BEGIN")).ok());
        const PgResult result = connection->exec(statement);
        connection->exec(QStringLiteral("ROLLBACK"));
        QCOMPARE(result.error().sqlState, sqlState);
        if (answer.isNull())
            return;
        if (statement.startsWith(QLatin1String("SELECT")) || statement.startsWith(QLatin1String("WITH")))
            QCOMPARE(result.text(0, 0), answer);
        else
            QCOMPARE(QString::number(result.rowsAffected()), answer);
    }

    void aNurseCannotMakeHerselfAdmin()
    {
        auto nurse = signedIn(QStringLiteral("nurseA"));
        const QString me = user("nurseA");
        QCOMPARE(nurse->exec(QStringLiteral("UPDATE users SET role = 'admin' WHERE id = $1"), {me}).rowsAffected(), 0);
        QCOMPARE(nurse
                     ->exec(QStringLiteral("UPDATE users SET permissions = '{\"grant\": [\"users.manage\"]}' "
                                           "WHERE id = $1"),
                            {me})
                     .rowsAffected(),
                 0);
        QCOMPARE(
            nurse->exec(QStringLiteral("UPDATE users SET all_facilities = true WHERE id = $1"), {me}).rowsAffected(),
            0);
        QCOMPARE(nurse
                     ->exec(QStringLiteral("INSERT INTO user_facilities (user_id, facility_id) VALUES ($1, $2)"),
                            {me, m_fixture.facilityA2})
                     .error()
                     .sqlState,
                 denied);
        QCOMPARE(
            nurse->exec(QStringLiteral("SELECT app_set_user_password($1, 'a-brand-new-password')"), {user("managerA")})
                .text(0, 0),
            QStringLiteral("not_allowed"));
        QCOMPARE(nurse->exec(QStringLiteral("SET ROLE wcn_owner")).error().sqlState, denied);
        QCOMPARE(nurse->exec(QStringLiteral("SELECT role, all_facilities FROM users WHERE id = $1"), {me}).text(0, 0),
                 QStringLiteral("nurse"));
        QCOMPARE(nurse->exec(QStringLiteral("SELECT 'users.manage' = ANY (app_capabilities())")).text(0, 0),
                 QStringLiteral("f"));
    }

    void theAuditLogIsAppendOnly()
    {
        auto manager = signedIn(QStringLiteral("managerA"));
        QCOMPARE(manager->exec(QStringLiteral("DELETE FROM audit_log")).error().sqlState, denied);
        QCOMPARE(manager->exec(QStringLiteral("UPDATE audit_log SET event = 'sign_out'")).error().sqlState, denied);
        QCOMPARE(manager->exec(QStringLiteral("INSERT INTO audit_log (station, event) VALUES ('x', 'sign_in')"))
                     .error()
                     .sqlState,
                 denied);
        // Not even the owner may change it.
        const PgResult owner = m_db->session().exec(QStringLiteral("DELETE FROM audit_log"));
        QCOMPARE(owner.error().sqlState, denied);
        QCOMPARE(owner.error().message, QStringLiteral("the audit log cannot be changed or emptied"));
        QCOMPARE(m_db->session().exec(QStringLiteral("TRUNCATE audit_log")).error().sqlState, denied);
    }

    void openingARecordIsAudited()
    {
        auto carer = signedIn(QStringLiteral("carerA"));
        QCOMPARE(carer->exec(QStringLiteral("SELECT app_record_resident_opened($1)"), {resident("A1b")}).text(0, 0),
                 QStringLiteral("t"));
        const PgResult logged = m_db->session().exec(
            QStringLiteral("SELECT station, occurred_at > now() - interval '1 minute' FROM audit_log "
                           "WHERE event = 'resident_opened' AND user_id = $1 AND subject_id = $2"),
            {user("carerA"), resident("A1b")});
        QCOMPARE(logged.rowCount(), 1);
        QCOMPARE(logged.text(0, 0), QStringLiteral("test station"));
        QCOMPARE(logged.text(0, 1), QStringLiteral("t"));
    }

    // Regression: an administrator could grant herself clinical rights, unaudited.
    void nobodyChangesTheirOwnRights()
    {
        auto admin = signedIn(QStringLiteral("adminA"));
        const QString me = user("adminA");
        QCOMPARE(admin
                     ->exec(QStringLiteral("UPDATE users SET permissions = '{\"grant\": [\"residents.read\", "
                                           "\"medical.read\"]}' WHERE id = $1"),
                            {me})
                     .error()
                     .sqlState,
                 denied);
        QCOMPARE(admin->exec(QStringLiteral("UPDATE users SET role = 'manager' WHERE id = $1"), {me}).error().sqlState,
                 denied);
        QCOMPARE(admin
                     ->exec(QStringLiteral("INSERT INTO user_facilities (user_id, facility_id) VALUES ($1, $2)"),
                            {me, m_fixture.facilityA1})
                     .error()
                     .sqlState,
                 denied);
        QCOMPARE(admin->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
        // A colleague may be given rights, and that is on record (which fields, not their values).
        QCOMPARE(admin
                     ->exec(QStringLiteral("UPDATE users SET permissions = '{\"grant\": [\"audits.read\"]}' "
                                           "WHERE id = $1"),
                            {user("nurseA2")})
                     .rowsAffected(),
                 1);
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT details -> 'fields' FROM audit_log WHERE event = 'user_changed' "
                                          "AND subject_id = $1 AND user_id = $2"),
                           {user("nurseA2"), me})
                     .text(0, 0),
                 QStringLiteral("[\"permissions\"]"));
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET permissions = '{}' WHERE id = $1"), {user("nurseA2")}));
    }

    void onlyStationsConnectAndNobodyMakesTemporaryObjects()
    {
        const PgResult rights = m_db->session().exec(
            QStringLiteral("SELECT has_database_privilege('public', current_database(), 'CONNECT'), "
                           "has_database_privilege('public', current_database(), 'TEMPORARY'), datacl::text "
                           "FROM pg_database WHERE datname = current_database()"));
        QVERIFY2(rights.text(0, 0) == QLatin1String("f") && rights.text(0, 1) == QLatin1String("f"),
                 qPrintable(rights.text(0, 2)));
        auto nurse = signedIn(QStringLiteral("nurseA"));
        QCOMPARE(nurse->exec(QStringLiteral("CREATE TEMPORARY TABLE users (id uuid)")).error().sqlState, denied);
    }

    void theRolesAreWhatTheyShouldBe()
    {
        const PgResult roles = m_db->session().exec(
            QStringLiteral("SELECT string_agg(rolname || ':' || rolsuper || rolbypassrls || rolcanlogin, ',' "
                           "ORDER BY rolname) FROM pg_roles WHERE rolname IN ('wcn_owner', 'wcn_functions', "
                           "'wcn_app')"));
        // Only the owner bypasses row-level security; none is a superuser or logs in.
        QCOMPARE(roles.text(0, 0),
                 QStringLiteral("wcn_app:falsefalsefalse,wcn_functions:falsefalsefalse,wcn_owner:falsetruefalse"));
    }
};

QTEST_GUILESS_MAIN(TestSecurityRoles)
#include "TestSecurityRoles.moc"
