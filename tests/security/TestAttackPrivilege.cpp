// The attack suite, privilege: a signed-in user, or the role that runs the stations' functions, reaching more than
// its own rights. An administrator (who sees no clinical record) making or taking over an account that does; settings
// that break or disarm every station of the organization; wcn_functions running the owner's key and admin functions.

#include "AttackSuite.h"
#include "StationConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/DatabaseErrorMessages.h"

#include <QTest>

#include <memory>

namespace {

const QString firstPassword = QStringLiteral("harbour-thistle-compass");
const QString chosenPassword = QStringLiteral("willow-quarry-beacon");
const QString medicalNote = QStringLiteral("Edna's private note: daughter holds power of attorney");

} // namespace

class TestAttackPrivilege : public AttackSuite
{
    Q_OBJECT

private:
    // An account made on the administrator's (or user manager's) signed-in connection as the Users page does, with a
    // first password the maker knows. Its id, or empty (with a warning).
    QString addUserAs(const StationConnection &maker, const QString &email, const QString &role,
                      const QString &facility)
    {
        const PgResult created = maker.exec(
            QStringLiteral("INSERT INTO users (organization_id, email, first_name, last_name, role, all_facilities) "
                           "VALUES (app_organization_id(), $1, 'Nia', 'Testpuppet', $2, $3) RETURNING id"),
            {email, role, facility.isEmpty()});
        if (!created.ok()) {
            qWarning("%s", qPrintable(created.error().message));
            return QString();
        }
        const QString id = created.text(0, 0);
        if (!facility.isEmpty()) {
            const PgResult assigned = maker.exec(
                QStringLiteral("INSERT INTO user_facilities (user_id, facility_id) VALUES ($1, $2)"), {id, facility});
            if (!assigned.ok())
                qWarning("%s", qPrintable(assigned.error().message));
        }
        const QString set =
            maker.exec(QStringLiteral("SELECT app_set_user_password($1, $2)"), {id, firstPassword}).text(0, 0);
        if (set != QLatin1String("set"))
            qWarning("app_set_user_password: %s", qPrintable(set));
        return id;
    }

    // Signs in with the password someone else set, makes the forced change to `chosenPassword` and attaches the full
    // session: what whoever knows the first password can do. Empty string, or what went wrong.
    static QString signInAndChoosePassword(const StationConnection &connection, const QString &email,
                                           const QString &password = firstPassword)
    {
        const PgResult first = connection.signIn(email, password);
        if (first.text(0, 0) != QLatin1String("change_password"))
            return QStringLiteral("first sign-in: ") + first.text(0, 0) + first.error().message;
        connection.exec(QStringLiteral("SELECT app_use_session($1)"), {first.text(0, 1)});
        const QString changed =
            connection.exec(QStringLiteral("SELECT app_change_password($1, $2)"), {password, chosenPassword})
                .text(0, 0);
        if (changed != QLatin1String("changed"))
            return QStringLiteral("change: ") + changed;
        if (connection.exec(QStringLiteral("SELECT app_use_session($1)"), {first.text(0, 1)}).text(0, 0) !=
            QLatin1String("t"))
            return QStringLiteral("the full session did not attach");
        return QString();
    }

    // What the connection's user reaches of the clinical record: residents, care plans, notes, assessments,
    // incidents; and whether medical notes can be read.
    QString clinicalReach(const StationConnection &connection) const
    {
        const PgResult rows = connection.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM residents) || '/' || (SELECT count(*) FROM care_plans) || '/' || "
            "(SELECT count(*) FROM daily_records) || '/' || (SELECT count(*) FROM assessments) || '/' || "
            "(SELECT count(*) FROM incidents)"));
        const PgResult medical = connection.readMedical(QStringLiteral("notes"), resident("A1a"));
        return rows.text(0, 0) + QStringLiteral(" medical:") +
               (medical.ok() ? medical.text(0, 0) : medical.error().sqlState);
    }

    static QString waiting(const StationConnection &connection)
    {
        return connection.exec(QStringLiteral("SELECT awaiting_confirmation FROM app_session_info()")).text(0, 0);
    }

    void restoreByOwner(const QString &key)
    {
        // The owner's set-password (writecarenotes-admin) is trusted: it also confirms the account.
        const PgResult set =
            m_db->session().exec(QStringLiteral("SELECT admin_set_password($1, $2, false)"),
                                 {user(key.toLatin1().constData()), QString::fromLatin1(TenantFixture::password)});
        QVERIFY2(set.ok() && set.isNull(0, 0), qPrintable(set.error().message + set.text(0, 0)));
    }

private slots:
    void initTestCase()
    {
        const QString problem = setUpFixture();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto nurse = signedIn(QStringLiteral("nurseA"));
        const PgResult written =
            nurse->exec(QStringLiteral("SELECT app_write_medical_notes($1, $2)"), {resident("A1a"), medicalNote});
        QVERIFY2(written.ok(), qPrintable(written.error().message));
    }
    void cleanupTestCase() { m_db.reset(); }

    // --- An administrator giving herself clinical access ----------------------------------------------------------

    void anAdministratorsNewNurseSeesNothingClinicalUntilAManagerConfirms()
    {
        auto admin = signedIn(QStringLiteral("adminA"));
        QCOMPARE(clinicalReach(*admin), QStringLiteral("0/0/0/0/0 medical:42501")); // she sees none herself
        const QString email = QStringLiteral("nia.puppet@example.org");
        const QString id = addUserAs(*admin, email, QStringLiteral("nurse"), m_fixture.facilityA1);
        QVERIFY(!id.isEmpty());
        // Before she has chosen her own password nobody can confirm her: the administrator knows it.
        auto manager = signedIn(QStringLiteral("managerA"));
        QCOMPARE(manager->exec(QStringLiteral("SELECT app_confirm_user($1)"), {id}).text(0, 0),
                 QStringLiteral("own_password_first"));

        // The administrator signs in as the nurse she made, with the password she chose for her.
        auto puppet = station();
        const QString signedInAsPuppet = signInAndChoosePassword(*puppet, email);
        QVERIFY2(signedInAsPuppet.isEmpty(), qPrintable(signedInAsPuppet));
        QCOMPARE(clinicalReach(*puppet), QStringLiteral("0/0/0/0/0 medical:42501"));
        QCOMPARE(waiting(*puppet), QStringLiteral("t"));
        QCOMPARE(puppet->exec(QStringLiteral("SELECT app_can('medical.read'), app_can('residents.read')")).text(0, 0) +
                     puppet->exec(QStringLiteral("SELECT app_can('residents.read')")).text(0, 0),
                 QStringLiteral("ff"));
        QCOMPARE(
            puppet->exec(QStringLiteral("SELECT app_write_medical_notes($1, 'written by a puppet')"), {resident("A1a")})
                .error()
                .sqlState,
            denied);

        // Neither the administrator nor the nurse herself may confirm the account; a manager may.
        QCOMPARE(admin->exec(QStringLiteral("SELECT app_confirm_user($1)"), {id}).text(0, 0),
                 QStringLiteral("not_allowed"));
        QCOMPARE(puppet->exec(QStringLiteral("SELECT app_confirm_user($1)"), {id}).text(0, 0),
                 QStringLiteral("not_allowed"));
        QCOMPARE(
            manager->exec(QStringLiteral("SELECT can_confirm, own_password FROM app_users_waiting() "
                                         "WHERE user_id = $1"),
                          {id})
                    .text(0, 0) +
                manager->exec(QStringLiteral("SELECT own_password FROM app_users_waiting() WHERE user_id = $1"), {id})
                    .text(0, 0),
            QStringLiteral("tt"));
        QCOMPARE(manager->exec(QStringLiteral("SELECT app_confirm_user($1)"), {id}).text(0, 0),
                 QStringLiteral("confirmed"));
        QCOMPARE(clinicalReach(*puppet), QStringLiteral("2/2/2/2/2 medical:") + medicalNote);
        QCOMPARE(waiting(*puppet), QStringLiteral("f"));
        QCOMPARE(manager->exec(QStringLiteral("SELECT app_confirm_user($1)"), {id}).text(0, 0),
                 QStringLiteral("not_waiting"));
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'user_confirmed' "
                                          "AND subject_id = $1 AND user_id = $2 AND details -> 'held_by' ? $3"),
                           {id, user("managerA"), user("adminA")})
                     .integer(0, 0),
                 1);
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET active = false WHERE id = $1"), {id}));
    }

    void anAdministratorWhoResetsANursesPasswordCannotReadHerNotes()
    {
        {
            auto nurse = signedIn(QStringLiteral("nurseA"));
            QCOMPARE(clinicalReach(*nurse), QStringLiteral("2/2/2/2/2 medical:") + medicalNote);
        }
        auto admin = signedIn(QStringLiteral("adminA"));
        QCOMPARE(admin->exec(QStringLiteral("SELECT app_set_user_password($1, $2)"), {user("nurseA"), firstPassword})
                     .text(0, 0),
                 QStringLiteral("set"));
        auto takenOver = station();
        const QString signedInAsNurse =
            signInAndChoosePassword(*takenOver, m_fixture.emails.value(QStringLiteral("nurseA")));
        QVERIFY2(signedInAsNurse.isEmpty(), qPrintable(signedInAsNurse));
        QCOMPARE(clinicalReach(*takenOver), QStringLiteral("0/0/0/0/0 medical:42501"));
        QCOMPARE(waiting(*takenOver), QStringLiteral("t"));
        QCOMPARE(admin->exec(QStringLiteral("SELECT app_confirm_user($1)"), {user("nurseA")}).text(0, 0),
                 QStringLiteral("not_allowed"));

        // A manager who has spoken to the real nurse confirms her: her access is back at once.
        auto manager = signedIn(QStringLiteral("managerA"));
        QCOMPARE(manager->exec(QStringLiteral("SELECT app_confirm_user($1)"), {user("nurseA")}).text(0, 0),
                 QStringLiteral("confirmed"));
        QCOMPARE(clinicalReach(*takenOver), QStringLiteral("2/2/2/2/2 medical:") + medicalNote);

        // The owner's set-password confirms what it sets (and puts the fixture back).
        QCOMPARE(admin->exec(QStringLiteral("SELECT app_set_user_password($1, $2)"), {user("nurseA"), firstPassword})
                     .text(0, 0),
                 QStringLiteral("set"));
        restoreByOwner(QStringLiteral("nurseA"));
        auto nurse = signedIn(QStringLiteral("nurseA"));
        QCOMPARE(waiting(*nurse), QStringLiteral("f"));
        QCOMPARE(clinicalReach(*nurse), QStringLiteral("2/2/2/2/2 medical:") + medicalNote);
    }

    void anAdministratorsNewManagerCannotConfirmHerNurse()
    {
        auto admin = signedIn(QStringLiteral("adminA"));
        const QString managerEmail = QStringLiteral("mo.puppet@example.org");
        const QString nurseEmail = QStringLiteral("nell.puppet@example.org");
        const QString puppetManager = addUserAs(*admin, managerEmail, QStringLiteral("manager"), QString());
        const QString puppetNurse = addUserAs(*admin, nurseEmail, QStringLiteral("nurse"), m_fixture.facilityA1);
        QVERIFY(!puppetManager.isEmpty() && !puppetNurse.isEmpty());
        auto asManager = station();
        const QString managerSignedIn = signInAndChoosePassword(*asManager, managerEmail);
        QVERIFY2(managerSignedIn.isEmpty(), qPrintable(managerSignedIn));
        auto asNurse = station();
        const QString nurseSignedIn = signInAndChoosePassword(*asNurse, nurseEmail);
        QVERIFY2(nurseSignedIn.isEmpty(), qPrintable(nurseSignedIn));

        // The manager's own account waits too, confirming included.
        QCOMPARE(clinicalReach(*asManager), QStringLiteral("0/0/0/0/0 medical:42501"));
        QCOMPARE(asManager->exec(QStringLiteral("SELECT app_confirm_user($1)"), {puppetNurse}).text(0, 0),
                 QStringLiteral("not_allowed"));
        QCOMPARE(asNurse->exec(QStringLiteral("SELECT app_confirm_user($1)"), {puppetManager}).text(0, 0),
                 QStringLiteral("not_allowed"));
        QCOMPARE(clinicalReach(*asNurse), QStringLiteral("0/0/0/0/0 medical:42501"));
        // Nor can the administrator make her manager a confirmer by granting it, or make the nurse one.
        QCOMPARE(admin
                     ->exec(QStringLiteral("UPDATE users SET permissions = '{\"grant\": [\"users.confirm\"]}' "
                                           "WHERE id = $1"),
                            {puppetNurse})
                     .rowsAffected(),
                 1);
        QCOMPARE(asNurse->exec(QStringLiteral("SELECT app_confirm_user($1)"), {puppetManager}).text(0, 0),
                 QStringLiteral("not_allowed"));
        QCOMPARE(clinicalReach(*asManager), QStringLiteral("0/0/0/0/0 medical:42501"));
        for (const QString &id : {puppetManager, puppetNurse})
            QVERIFY(m_db->run(QStringLiteral("UPDATE users SET active = false WHERE id = $1"), {id}));
    }

    void grantingClinicalRightsToAnAdministratorHoldsThemUntilConfirmed()
    {
        // A second administrator account (under the first's control: she chose its password) grants the first
        // clinical rights; nobody changes their own.
        auto admin = signedIn(QStringLiteral("adminA"));
        const QString email = QStringLiteral("ada.puppet@example.org");
        const QString second = addUserAs(*admin, email, QStringLiteral("admin"), QString());
        auto asSecond = station();
        const QString secondSignedIn = signInAndChoosePassword(*asSecond, email);
        QVERIFY2(secondSignedIn.isEmpty(), qPrintable(secondSignedIn));
        QCOMPARE(asSecond->exec(QStringLiteral("SELECT app_can('users.manage')")).text(0, 0), QStringLiteral("t"));
        QCOMPARE(asSecond
                     ->exec(QStringLiteral("UPDATE users SET permissions = '{\"grant\": [\"residents.read\", "
                                           "\"care_plans.read\", \"medical.read\"]}' WHERE id = $1"),
                            {user("adminA")})
                     .rowsAffected(),
                 1);
        QCOMPARE(admin->exec(QStringLiteral("SELECT app_can('residents.read'), app_can('medical.read')")).text(0, 0) +
                     admin->exec(QStringLiteral("SELECT app_can('medical.read')")).text(0, 0),
                 QStringLiteral("ff"));
        QCOMPARE(clinicalReach(*admin), QStringLiteral("0/0/0/0/0 medical:42501"));
        QCOMPARE(waiting(*admin), QStringLiteral("t"));
        // Nor by widening a confirmed clinician's care homes to ones the granting administrator cannot see.
        QCOMPARE(asSecond
                     ->exec(QStringLiteral("INSERT INTO user_facilities (user_id, facility_id) VALUES ($1, $2)"),
                            {user("nurseA2"), m_fixture.facilityA1})
                     .error()
                     .sqlState,
                 QString());
        auto nurse2 = signedIn(QStringLiteral("nurseA2"));
        QCOMPARE(waiting(*nurse2), QStringLiteral("t"));
        QCOMPARE(nurse2->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
        auto manager = signedIn(QStringLiteral("managerA"));
        QCOMPARE(manager->exec(QStringLiteral("SELECT app_confirm_user($1)"), {user("nurseA2")}).text(0, 0),
                 QStringLiteral("confirmed"));
        QCOMPARE(nurse2->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 3);

        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET permissions = '{}' WHERE id = $1"), {user("adminA")}));
        QVERIFY(m_db->run(QStringLiteral("DELETE FROM user_facilities WHERE user_id = $1 AND facility_id = $2"),
                          {user("nurseA2"), m_fixture.facilityA1}));
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET active = false WHERE id = $1"), {second}));
        restoreByOwner(QStringLiteral("adminA"));
    }

    void changingAClinicianEmailGivesTheAdministratorNothing()
    {
        auto admin = signedIn(QStringLiteral("adminA"));
        const QString readByAdmin = QStringLiteral("adam.second.inbox@example.org");
        QCOMPARE(
            admin->exec(QStringLiteral("UPDATE users SET email = $2 WHERE id = $1"), {user("nurseA2"), readByAdmin})
                .rowsAffected(),
            1);
        // The email alone opens nothing (the password is still the nurse's own); setting a password as well holds
        // the account, as above. Until a manager confirms it, the account reaches nothing clinical either.
        auto guess = station();
        QCOMPARE(guess->signIn(readByAdmin, firstPassword).text(0, 0), QStringLiteral("invalid"));
        auto nurse2 = station();
        QVERIFY(signIn(*nurse2, QStringLiteral("nurseA2")).contains(QStringLiteral("invalid"))); // her old email
        const PgResult byNewEmail = nurse2->signIn(readByAdmin, QString::fromLatin1(TenantFixture::password));
        QCOMPARE(byNewEmail.text(0, 0), QStringLiteral("signed_in"));
        QCOMPARE(nurse2->exec(QStringLiteral("SELECT app_use_session($1)"), {byNewEmail.text(0, 1)}).text(0, 0),
                 QStringLiteral("t"));
        QCOMPARE(waiting(*nurse2), QStringLiteral("t"));
        QCOMPARE(nurse2->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
        // Her own password (set by the owner) is hers: a manager may confirm at once.
        auto manager = signedIn(QStringLiteral("managerA"));
        QCOMPARE(manager->exec(QStringLiteral("SELECT app_confirm_user($1)"), {user("nurseA2")}).text(0, 0),
                 QStringLiteral("confirmed"));
        QCOMPARE(nurse2->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 1);
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET email = $2 WHERE id = $1"),
                          {user("nurseA2"), m_fixture.emails.value(QStringLiteral("nurseA2"))}));
    }

    void aManagerWhoManagesUsersNeedsNoConfirmationAndGivesNone()
    {
        // A small home's manager who is also its administrator already reaches everything a nurse would: her new
        // nurse is not held (she gains nothing), and as a user manager she confirms nobody.
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET permissions = '{\"grant\": [\"users.manage\"]}' "
                                         "WHERE id = $1"),
                          {user("managerA")}));
        auto manager = signedIn(QStringLiteral("managerA"));
        QCOMPARE(clinicalReach(*manager), QStringLiteral("3/3/3/3/3 medical:") + medicalNote);
        const QString email = QStringLiteral("nora.newstarter@example.org");
        const QString id = addUserAs(*manager, email, QStringLiteral("nurse"), m_fixture.facilityA1);
        auto nurse = station();
        const QString signedInAsNurse = signInAndChoosePassword(*nurse, email);
        QVERIFY2(signedInAsNurse.isEmpty(), qPrintable(signedInAsNurse));
        QCOMPARE(waiting(*nurse), QStringLiteral("f"));
        QCOMPARE(clinicalReach(*nurse), QStringLiteral("2/2/2/2/2 medical:") + medicalNote);

        auto admin = signedIn(QStringLiteral("adminA"));
        QCOMPARE(admin->exec(QStringLiteral("SELECT app_set_user_password($1, $2)"), {id, firstPassword}).text(0, 0),
                 QStringLiteral("set"));
        QCOMPARE(manager->exec(QStringLiteral("SELECT app_confirm_user($1)"), {id}).text(0, 0),
                 QStringLiteral("not_allowed"));
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET permissions = '{}' WHERE id = $1"), {user("managerA")}));
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET active = false WHERE id = $1"), {id}));
    }

    // --- Settings that break or disarm every station --------------------------------------------------------------

    void organizationSettingsOutsideTheirDomainAreRefused_data()
    {
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("constraint");
        QTest::addColumn<QString>("sentence");
        const QString idle = QStringLiteral("organizations_idle_lock_minutes_check");
        const QString late = QStringLiteral("organizations_late_entry_minutes_check");
        const QString schedule = QStringLiteral("organizations_assessment_schedule_check");
        QTest::newRow("never locks") << QStringLiteral("{\"idle_lock_minutes\": 100000}") << idle
                                     << QStringLiteral("1 to 60 minutes");
        QTest::newRow("never") << QStringLiteral("{\"idle_lock_minutes\": \"never\"}") << idle
                               << QStringLiteral("1 to 60 minutes");
        QTest::newRow("negative") << QStringLiteral("{\"idle_lock_minutes\": -5}") << idle
                                  << QStringLiteral("1 to 60 minutes");
        QTest::newRow("zero") << QStringLiteral("{\"idle_lock_minutes\": 0}") << idle
                              << QStringLiteral("1 to 60 minutes");
        QTest::newRow("fraction") << QStringLiteral("{\"idle_lock_minutes\": 2.5}") << idle
                                  << QStringLiteral("1 to 60 minutes");
        QTest::newRow("null") << QStringLiteral("{\"idle_lock_minutes\": null}") << idle
                              << QStringLiteral("1 to 60 minutes");
        QTest::newRow("late entry") << QStringLiteral("{\"late_entry_minutes\": 1}") << late
                                    << QStringLiteral("5 to 1440 minutes");
        QTest::newRow("late entry text") << QStringLiteral("{\"late_entry_minutes\": \"60\"}") << late
                                         << QStringLiteral("5 to 1440 minutes");
        QTest::newRow("schedule days") << QStringLiteral("{\"assessment_schedule\": {\"must\": {\"every_days\": 400}}}")
                                       << schedule << QStringLiteral("0 to 366");
        QTest::newRow("schedule tool") << QStringLiteral("{\"assessment_schedule\": {\"mmse\": {}}}") << schedule
                                       << QStringLiteral("0 to 366");
        QTest::newRow("schedule flag") << QStringLiteral(
                                              "{\"assessment_schedule\": {\"falls\": {\"on_admission\": \"yes\"}}}")
                                       << schedule << QStringLiteral("0 to 366");
        QTest::newRow("unknown key") << QStringLiteral("{\"idle_lock\": 5}")
                                     << QStringLiteral("organizations_settings_keys_check")
                                     << QStringLiteral("not a setting");
    }
    void organizationSettingsOutsideTheirDomainAreRefused()
    {
        QFETCH(QString, settings);
        QFETCH(QString, constraint);
        QFETCH(QString, sentence);
        auto admin = signedIn(QStringLiteral("adminA"));
        QCOMPARE(admin->exec(QStringLiteral("SELECT app_can('organization.manage')")).text(0, 0), QStringLiteral("t"));
        const PgResult refused = admin->exec(QStringLiteral("UPDATE organizations SET settings = settings || $1::jsonb "
                                                            "WHERE id = app_organization_id()"),
                                             {settings});
        QCOMPARE(refused.error().sqlState, QStringLiteral("23514"));
        QCOMPARE(refused.error().constraint, constraint);
        QVERIFY2(DatabaseErrorMessages::describe(refused.error()).contains(sentence),
                 qPrintable(DatabaseErrorMessages::describe(refused.error())));
        // The owner cannot store it either.
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("UPDATE organizations SET settings = settings || $1::jsonb WHERE id = $2"),
                           {settings, m_fixture.orgA})
                     .error()
                     .constraint,
                 constraint);
        // Every user of the organization still signs in, and the station locks after the setting kept.
        auto nurse = signedIn(QStringLiteral("nurseA"));
        QCOMPARE(nurse->exec(QStringLiteral("SELECT idle_lock_minutes FROM app_session_info()")).integer(0, 0), 5);
    }

    void settingsWithinTheirDomainAreKept()
    {
        auto admin = signedIn(QStringLiteral("adminA"));
        const PgResult kept = admin->exec(QStringLiteral(
            "UPDATE organizations SET settings = settings || '{\"idle_lock_minutes\": 60, \"late_entry_minutes\": "
            "1440, \"assessment_schedule\": {\"must\": {\"on_admission\": true, \"every_days\": 0, \"risk_days\": "
            "366}}}' WHERE id = app_organization_id()"));
        QCOMPARE(kept.rowsAffected(), 1);
        auto nurse = signedIn(QStringLiteral("nurseA"));
        QCOMPARE(nurse->exec(QStringLiteral("SELECT idle_lock_minutes FROM app_session_info()")).integer(0, 0), 60);
        QVERIFY(m_db->run(QStringLiteral("UPDATE organizations SET settings = '{}' WHERE id = $1"), {m_fixture.orgA}));
        QCOMPARE(admin
                     ->exec(QStringLiteral("UPDATE users SET settings = '{\"theme\": \"dark\"}' WHERE id = $1"),
                            {user("carerA")})
                     .error()
                     .constraint,
                 QStringLiteral("users_settings_empty_check"));
    }

    // --- wcn_functions, the role the stations' functions run as ---------------------------------------------------

    void wcnFunctionsMayRunOnlyWhatItsFunctionsNeed()
    {
        // Its own functions (the stations' interface, each limited to the caller's session), pure helpers, and the
        // owner's functions whose answer is limited to the caller's session or needed to sign in.
        const QStringList allowed = {
            // owned by wcn_functions
            QStringLiteral("app_all_facilities()"),
            QStringLiteral("app_audit(text,uuid,jsonb)"),
            QStringLiteral("app_begin_sign_in(text,text,text)"),
            QStringLiteral("app_can(text)"),
            QStringLiteral("app_capabilities()"),
            QStringLiteral("app_change_password(text,text)"),
            QStringLiteral("app_current_session()"),
            QStringLiteral("app_facility_ids()"),
            QStringLiteral("app_finish_sign_in(text)"),
            QStringLiteral("app_organization_id()"),
            QStringLiteral("app_password_problem(text)"),
            QStringLiteral("app_read_medical_details(uuid,bigint)"),
            QStringLiteral("app_read_medical_notes(uuid,bigint)"),
            QStringLiteral("app_record_access_read(uuid)"),
            QStringLiteral("app_record_resident_event(uuid,text,date,integer,uuid,text,text)"),
            QStringLiteral("app_record_resident_opened(uuid)"),
            QStringLiteral("app_request_medical_access(uuid,text)"),
            QStringLiteral("app_review_care_plan(uuid,date,text,date,jsonb,integer)"),
            QStringLiteral("app_session_info()"),
            QStringLiteral("app_set_user_password(uuid,text)"),
            QStringLiteral("app_sign_out()"),
            QStringLiteral("app_touch_session()"),
            QStringLiteral("app_use_session(text)"),
            QStringLiteral("app_user_id()"),
            QStringLiteral("app_write_medical_details(uuid,jsonb)"),
            QStringLiteral("app_write_medical_notes(uuid,text)"),
            QStringLiteral("audit_organization_settings_change()"),
            QStringLiteral("audit_shift_pattern_change()"),
            QStringLiteral("audit_user_change()"),
            QStringLiteral("keep_resident_search_words()"),
            QStringLiteral("record_admission()"),
            QStringLiteral("record_change()"),
            QStringLiteral("sync_user_credentials()"),
            QStringLiteral("wcn_note_lock(text,uuid,uuid)"),
            // pure
            QStringLiteral("app_all_capabilities()"),
            QStringLiteral("app_clinical_capabilities()"),
            QStringLiteral("app_role_capabilities(text)"),
            QStringLiteral("fold_for_search(text)"),
            QStringLiteral("nhs_number_check_digit_valid(text)"),
            QStringLiteral("permissions_valid(jsonb)"),
            QStringLiteral("room_sort_key(text)"),
            QStringLiteral("search_word_key(text)"),
            QStringLiteral("search_word_keys(text,text)"),
            QStringLiteral("wcn_clinical_only(text[])"),
            QStringLiteral("wcn_effective_capabilities(text,jsonb,boolean)"),
            QStringLiteral("wcn_pgp_options()"),
            QStringLiteral("wcn_setting_in_range(jsonb,integer,integer)"),
            // limited to the caller's session
            QStringLiteral("wcn_access_granted(bigint,uuid,text)"),
            QStringLiteral("wcn_session_key_version()"),
            QStringLiteral("wcn_session_medical_key(integer)"),
            // signing in, before there is a session
            QStringLiteral("wcn_audit(uuid,uuid,text,text,uuid,jsonb)"),
            QStringLiteral("wcn_email_key(text)"),
            QStringLiteral("wcn_hash_password(text)"),
            QStringLiteral("wcn_sign_in_lock(bytea,timestampwithtimezone,bytea)"),
            // whether a user's access is open today (migration 25): for the session and sign-in functions
            QStringLiteral("wcn_access_open(date,date)"),
            // whether an account is within the caller's rights and homes (migration 25): for app_set_user_password
            QStringLiteral("wcn_within_giver(uuid)"),
        };
        const PgResult granted = m_db->session().exec(QStringLiteral(
            "SELECT replace(p.oid::regprocedure::text, ' ', '') FROM pg_proc AS p "
            "WHERE p.pronamespace = 'public'::regnamespace AND has_function_privilege('wcn_functions', p.oid, "
            "'EXECUTE') AND NOT EXISTS (SELECT 1 FROM pg_depend AS d WHERE d.classid = 'pg_proc'::regclass "
            "AND d.objid = p.oid AND d.deptype = 'e') ORDER BY 1"));
        QVERIFY(granted.ok());
        QStringList actual;
        for (int r = 0; r < granted.rowCount(); ++r)
            actual.append(granted.text(r, 0));
        QStringList expected = allowed;
        expected.sort();
        QCOMPARE(actual, expected);
        // And nothing made later reaches it by default.
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM pg_default_acl AS d, aclexplode(d.defaclacl) AS a "
                                          "WHERE a.grantee = 'wcn_functions'::regrole"))
                     .integer(0, 0),
                 0);
    }

    void wcnFunctionsCannotReachKeysOrAdminCommands_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("master key") << QStringLiteral("SELECT wcn_master_key()");
        QTest::newRow("optional master key") << QStringLiteral("SELECT wcn_master_key_if_set()");
        QTest::newRow("another organization's key") << QStringLiteral("SELECT wcn_organization_key('%1', 1)");
        QTest::newRow("key version") << QStringLiteral("SELECT wcn_current_key_version('%1')");
        QTest::newRow("admin password") << QStringLiteral("SELECT admin_set_password('%2', 'a-new-password-1', false)");
        QTest::newRow("key rotation") << QStringLiteral("SELECT admin_new_key_version('%1')");
        QTest::newRow("re-encryption") << QStringLiteral("SELECT admin_reencrypt_medical_notes('%1', 10)");
        QTest::newRow("partition") << QStringLiteral("SELECT create_daily_record_partition('2031-01-01')");
        QTest::newRow("partitions") << QStringLiteral("SELECT ensure_daily_record_partitions(1)");
        QTest::newRow("storage settings")
            << QStringLiteral("SELECT apply_daily_record_storage_settings('daily_records_default')");
        QTest::newRow("hand over") << QStringLiteral("SELECT wcn_hand_over('app_can(text)')");
        QTest::newRow("coverage of anyone") << QStringLiteral("SELECT wcn_covers('%2', '%2')");
        QTest::newRow("hold anyone") << QStringLiteral("SELECT wcn_hold_unless_covered('%2')");
        QTest::newRow("confirm") << QStringLiteral("SELECT app_confirm_user('%2')");
        QTest::newRow("draft key") << QStringLiteral("SELECT app_draft_key()");
    }
    void wcnFunctionsCannotReachKeysOrAdminCommands()
    {
        QFETCH(QString, statement);
        const PgSession session = m_db->session();
        QVERIFY(session.exec(QStringLiteral("SET ROLE wcn_functions")).ok());
        const PgResult result = session.exec(fill(statement, {m_fixture.orgB, user("nurseB")}));
        QVERIFY(session.exec(QStringLiteral("RESET ROLE")).ok());
        QCOMPARE(result.error().sqlState, denied);
        QVERIFY2(result.error().message.startsWith(QLatin1String("permission denied for function")),
                 qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAttackPrivilege)
#include "TestAttackPrivilege.moc"
