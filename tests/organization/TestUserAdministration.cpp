// The administrator's rules for users (issue 18, point 1), as SQL through the station login, whatever a window shows:
// rights and homes given are rights and homes held; the last administrator stays; access opens and closes on dates;
// an administrator unlocks a locked-out account and sees who last signed in when. Dates are the server's own (the
// United Kingdom's local date), read from it, so the test holds at any hour.
#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "common/DateText.h"
#include "database/PgSession.h"
#include "organization/NewUser.h"
#include "organization/OrganizationSetup.h"
#include "organization/TemporaryPasswordDialog.h"
#include "organization/UserDirectory.h"
#include "organization/UserEditDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <future>
#include <memory>
#include <thread>

class TestUserAdministration : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QString m_deputy; // an administrator of Fern House alone, denied organization.manage
    QString m_deputyEmail = QStringLiteral("deputy.a@example.org");

    PgResult exec(const QString &statement, const QVariantList &params = {}) const
    {
        return m_db->session().exec(statement, params);
    }
    QDate londonToday() const
    {
        return QDate::fromString(
            exec(QStringLiteral("SELECT (now() AT TIME ZONE 'Europe/London')::date::text")).text(0, 0), Qt::ISODate);
    }
    std::unique_ptr<SignedInConnection> signedIn(const QString &email) const
    {
        return std::make_unique<SignedInConnection>(m_fixture.stationSettings(*m_db), email,
                                                    QString::fromLatin1(TenantFixture::password));
    }
    QString newUser(const QString &email, const char *role, const QStringList &homes, bool allHomes,
                    const QString &permissions = QStringLiteral("{}"))
    {
        NewUser user;
        user.organizationId = m_fixture.orgA;
        user.email = email;
        user.firstName = QStringLiteral("Dee");
        user.lastName = QStringLiteral("Testperson");
        user.role = QString::fromLatin1(role);
        user.allFacilities = allHomes;
        user.facilityIds = homes;
        const Result<QString> made =
            OrganizationSetup::createUser(m_db->session(), user, QString::fromLatin1(TenantFixture::password), false);
        if (!made.ok())
            qWarning() << made.message;
        if (permissions != QLatin1String("{}"))
            exec(QStringLiteral("UPDATE users SET permissions = $2::jsonb WHERE id = $1::uuid"),
                 {made.value, permissions});
        return made.value;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        m_deputy = newUser(m_deputyEmail, "admin", {m_fixture.facilityA1}, false,
                           QStringLiteral("{\"deny\": [\"organization.manage\"]}"));
        QVERIFY(!m_deputy.isEmpty());
    }

    // Nobody gives a right they lack, clinical rights aside (held until a manager confirms), nor a home.
    void rightsAndHomesGivenAreRightsAndHomesHeld()
    {
        const auto deputy = signedIn(m_deputyEmail);
        QVERIFY2(deputy->isValid(), qPrintable(deputy->errorMessage()));
        const PgSession session(deputy->database());
        const QString insert = QStringLiteral(
            "INSERT INTO users (organization_id, email, first_name, last_name, role, permissions, all_facilities) "
            "VALUES ((SELECT public.app_organization_id()), $1, 'Eve', 'Testagency', $2, $3::jsonb, $4) "
            "RETURNING id");
        // A nurse: her clinical rights wait for a manager's confirmation, as before.
        const PgResult nurse = session.exec(
            insert, {QStringLiteral("eve.a@example.org"), QStringLiteral("nurse"), QStringLiteral("{}"), false});
        QVERIFY2(nurse.ok(), qPrintable(nurse.error().message));
        const QString nurseId = nurse.text(0, "id");
        // Managing the organization, which the deputy may not: refused, as a grant or as the administrator's role.
        const PgResult granted = session.exec(
            QStringLiteral(
                "UPDATE users SET permissions = '{\"grant\": [\"organization.manage\"]}' WHERE id = $1::uuid"),
            {nurseId});
        QCOMPARE(granted.error().constraint, QStringLiteral("users_rights_beyond_giver"));
        const PgResult promoted =
            session.exec(QStringLiteral("UPDATE users SET role = 'admin' WHERE id = $1::uuid"), {nurseId});
        QCOMPARE(promoted.error().constraint, QStringLiteral("users_rights_beyond_giver"));
        const PgResult created = session.exec(
            insert, {QStringLiteral("fay.a@example.org"), QStringLiteral("admin"), QStringLiteral("{}"), false});
        QCOMPARE(created.error().constraint, QStringLiteral("users_rights_beyond_giver"));
        // Managing users, which she holds: given.
        QVERIFY(session
                    .exec(QStringLiteral("UPDATE users SET permissions = '{\"grant\": [\"users.manage\"]}' "
                                         "WHERE id = $1::uuid"),
                          {nurseId})
                    .ok());
        // Homes: Fern House, hers, yes; Oak House and every home, no.
        QVERIFY(session
                    .exec(QStringLiteral("INSERT INTO user_facilities (organization_id, user_id, facility_id) "
                                         "VALUES ((SELECT public.app_organization_id()), $1::uuid, $2::uuid)"),
                          {nurseId, m_fixture.facilityA1})
                    .ok());
        const PgResult oak =
            session.exec(QStringLiteral("INSERT INTO user_facilities (organization_id, user_id, facility_id) "
                                        "VALUES ((SELECT public.app_organization_id()), $1::uuid, $2::uuid)"),
                         {nurseId, m_fixture.facilityA2});
        QCOMPARE(oak.error().constraint, QStringLiteral("user_facilities_beyond_giver"));
        const PgResult every =
            session.exec(QStringLiteral("UPDATE users SET all_facilities = true WHERE id = $1::uuid"), {nurseId});
        QCOMPARE(every.error().constraint, QStringLiteral("users_all_homes_beyond_giver"));
        // The administrator of every home may.
        const auto admin = signedIn(m_fixture.email("adminA"));
        QVERIFY(admin->isValid());
        QVERIFY(PgSession(admin->database())
                    .exec(QStringLiteral("UPDATE users SET all_facilities = true, "
                                         "permissions = '{\"grant\": [\"organization.manage\"]}' WHERE id = $1::uuid"),
                          {nurseId})
                    .ok());
        QVERIFY(PgSession(admin->database())
                    .exec(QStringLiteral("UPDATE users SET active = false WHERE id = $1::uuid"), {nurseId})
                    .ok());
    }

    // Nobody acts on an account beyond their own rights and homes, nor lengthens their own access (regressions: a
    // review found the deputy could reset the first administrator's password and sign in as her, and an
    // administrator could clear her own end date).
    void nobodyActsOnAnAccountBeyondTheirOwn()
    {
        const auto deputy = signedIn(m_deputyEmail);
        QVERIFY(deputy->isValid());
        const PgSession session(deputy->database());
        const QString adminA = m_fixture.user("adminA");
        QCOMPARE(
            session
                .exec(QStringLiteral("SELECT public.app_set_user_password($1::uuid, 'a-stolen-password-7')"), {adminA})
                .text(0, 0),
            QStringLiteral("not_allowed"));
        QCOMPARE(session.exec(QStringLiteral("SELECT public.app_unlock_user($1::uuid)"), {adminA}).text(0, 0),
                 QStringLiteral("not_allowed"));
        for (const QString &change : {QStringLiteral("active = false"), QStringLiteral("first_name = 'Mallory'"),
                                      QStringLiteral("email = 'mallory@example.org'")}) {
            const PgResult refused =
                session.exec(QStringLiteral("UPDATE users SET %1 WHERE id = $1::uuid").arg(change), {adminA});
            QCOMPARE(refused.error().constraint, QStringLiteral("users_beyond_giver"));
        }
        const PgResult homes = session.exec(QStringLiteral("DELETE FROM user_facilities WHERE user_id = $1::uuid"),
                                            {m_fixture.user("nurseA2")});
        QCOMPARE(homes.error().constraint, QStringLiteral("users_beyond_giver")); // a nurse of Oak House
        // Within her own: the carer of Fern House's password, yes.
        QCOMPARE(session
                     .exec(QStringLiteral("SELECT public.app_set_user_password($1::uuid, 'amber-meadow-kettle-8')"),
                           {m_fixture.user("carerA")})
                     .text(0, 0),
                 QStringLiteral("set"));
        QVERIFY(exec(QStringLiteral("SELECT admin_set_password($1::uuid, $2, false)"),
                     {m_fixture.user("carerA"), QString::fromLatin1(TenantFixture::password)})
                    .ok());
        // Her own end date stays hers to keep, not to clear.
        QVERIFY(
            exec(QStringLiteral("UPDATE users SET access_until = '2100-01-01' WHERE id = $1::uuid"), {m_deputy}).ok());
        const auto ending = signedIn(m_deputyEmail);
        QVERIFY(ending->isValid());
        const PgResult own =
            PgSession(ending->database())
                .exec(QStringLiteral("UPDATE users SET access_until = NULL WHERE id = $1::uuid"), {m_deputy});
        QVERIFY(!own.ok());
        QVERIFY(exec(QStringLiteral("UPDATE users SET access_until = NULL WHERE id = $1::uuid"), {m_deputy}).ok());
    }

    // An organization keeps an active administrator whose access has no end: the owner is refused too.
    void theLastAdministratorStays()
    {
        const QString adminA = m_fixture.user("adminA");
        // While the deputy manages users too, the first administrator may be demoted, and back.
        QVERIFY(exec(QStringLiteral("UPDATE users SET role = 'manager' WHERE id = $1::uuid"), {adminA}).ok());
        QVERIFY(exec(QStringLiteral("UPDATE users SET role = 'admin' WHERE id = $1::uuid"), {adminA}).ok());
        // The deputy leaves: now adminA is the last.
        QVERIFY(exec(QStringLiteral("UPDATE users SET active = false WHERE id = $1::uuid"), {m_deputy}).ok());
        for (const QString &change : {QStringLiteral("active = false"), QStringLiteral("role = 'manager'"),
                                      QStringLiteral("permissions = '{\"deny\": [\"users.manage\"]}'"),
                                      QStringLiteral("access_until = (now() AT TIME ZONE 'Europe/London')::date + 30"),
                                      QStringLiteral("access_from = (now() AT TIME ZONE 'Europe/London')::date + 1")}) {
            const PgResult refused =
                exec(QStringLiteral("UPDATE users SET %1 WHERE id = $1::uuid").arg(change), {adminA});
            QVERIFY2(!refused.ok(), qPrintable(change));
            QCOMPARE(refused.error().constraint, QStringLiteral("users_last_administrator"));
        }
        // An administrator who cannot sign in (no password yet) does not count.
        const QString ghost = exec(QStringLiteral("INSERT INTO users (organization_id, email, first_name, last_name, "
                                                  "role, all_facilities) VALUES ($1, 'ghost.a@example.org', 'Gil', "
                                                  "'Testghost', 'admin', true) RETURNING id"),
                                   {m_fixture.orgA})
                                  .text(0, 0);
        QVERIFY(!ghost.isEmpty());
        QCOMPARE(
            exec(QStringLiteral("UPDATE users SET active = false WHERE id = $1::uuid"), {adminA}).error().constraint,
            QStringLiteral("users_last_administrator"));
        QVERIFY(exec(QStringLiteral("UPDATE users SET active = false WHERE id = $1::uuid"), {ghost}).ok());
        // Her name and email change as any user's do.
        QVERIFY(exec(QStringLiteral("UPDATE users SET first_name = 'Adama' WHERE id = $1::uuid"), {adminA}).ok());
        QVERIFY(exec(QStringLiteral("UPDATE users SET active = true WHERE id = $1::uuid"), {m_deputy}).ok());
    }

    // Access that starts tomorrow or ended yesterday signs in as an inactive account does; an open session ends with
    // it; access that ends today still works today.
    void accessOpensAndClosesOnItsDates()
    {
        const QDate today = londonToday();
        const QString agency = newUser(QStringLiteral("agency.a@example.org"), "carer", {m_fixture.facilityA1}, false);
        QVERIFY(!agency.isEmpty());
        const auto setDates = [&](const QVariant &from, const QVariant &until) {
            return exec(QStringLiteral("UPDATE users SET access_from = $2::date, access_until = $3::date "
                                       "WHERE id = $1::uuid"),
                        {agency, from, until})
                .ok();
        };
        QVERIFY(setDates(QVariant(), today));
        auto open = signedIn(QStringLiteral("agency.a@example.org"));
        QVERIFY2(open->isValid(), qPrintable(open->errorMessage()));
        QCOMPARE(PgSession(open->database()).exec(QStringLiteral("SELECT public.app_user_id()::text")).text(0, 0),
                 agency);
        // Her last day was yesterday: the open session ends, and she cannot sign in again.
        QVERIFY(setDates(QVariant(), today.addDays(-1)));
        QVERIFY(PgSession(open->database()).exec(QStringLiteral("SELECT public.app_user_id()")).isNull(0, 0));
        QVERIFY(!signedIn(QStringLiteral("agency.a@example.org"))->isValid());
        // Her first day is tomorrow: not yet.
        QVERIFY(setDates(today.addDays(1), today.addDays(5)));
        QVERIFY(!signedIn(QStringLiteral("agency.a@example.org"))->isValid());
        // From today: in.
        QVERIFY(setDates(today, today.addDays(5)));
        QVERIFY(signedIn(QStringLiteral("agency.a@example.org"))->isValid());
        // An end before the start is refused.
        const PgResult backwards =
            exec(QStringLiteral("UPDATE users SET access_from = $2::date, access_until = $3::date WHERE id = $1::uuid"),
                 {agency, today, today.addDays(-1)});
        QCOMPARE(backwards.error().constraint, QStringLiteral("users_access_dates_check"));
    }

    // Five wrong passwords lock the carer out; the administrator sees it and unlocks her; a nurse may not.
    void anAdministratorUnlocksALockedOutCarer()
    {
        const QString carer = m_fixture.user("carerA");
        for (int i = 0; i < 5; ++i) {
            const auto wrong = std::make_unique<SignedInConnection>(
                m_fixture.stationSettings(*m_db), m_fixture.email("carerA"), QStringLiteral("not-her-password"));
            QVERIFY(!wrong->isValid());
        }
        QVERIFY(!signedIn(m_fixture.email("carerA"))->isValid());
        const auto admin = signedIn(m_fixture.email("adminA"));
        QVERIFY(admin->isValid());
        const PgSession session(admin->database());
        const PgResult states = session.exec(
            QStringLiteral("SELECT s.locked_until IS NOT NULL AS locked FROM public.app_user_states() AS s "
                           "WHERE s.user_id = $1::uuid"),
            {carer});
        QVERIFY2(states.ok(), qPrintable(states.error().message));
        QCOMPARE(states.rowCount(), 1);
        QVERIFY(states.flag(0, "locked"));

        // Nobody else is locked: nothing to unlock, and the count of wrong passwords is not reset.
        QCOMPARE(session.exec(QStringLiteral("SELECT public.app_unlock_user($1::uuid)"), {m_fixture.user("nurseA")})
                     .text(0, 0),
                 QStringLiteral("not_locked"));
        const auto nurse = signedIn(m_fixture.email("nurseA"));
        QCOMPARE(PgSession(nurse->database())
                     .exec(QStringLiteral("SELECT public.app_unlock_user($1::uuid)"), {carer})
                     .text(0, 0),
                 QStringLiteral("not_allowed"));
        QVERIFY(!signedIn(m_fixture.email("carerA"))->isValid());
        QCOMPARE(session.exec(QStringLiteral("SELECT public.app_unlock_user($1::uuid)"), {carer}).text(0, 0),
                 QStringLiteral("unlocked"));
        QVERIFY(signedIn(m_fixture.email("carerA"))->isValid());
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'user_changed' "
                                     "AND subject_id = $1::uuid AND details ->> 'unlocked' = 'true' "
                                     "AND user_id = $2::uuid"),
                      {carer, m_fixture.user("adminA")})
                     .integer(0, 0),
                 1);
        // Another organization's user is not one to unlock.
        QCOMPARE(session.exec(QStringLiteral("SELECT public.app_unlock_user($1::uuid)"), {m_fixture.user("nurseB")})
                     .text(0, 0),
                 QStringLiteral("not_allowed"));
    }

    // An administrator's change of role and homes holds from the user's next statement, signed in already or not:
    // a home taken away is gone at once, as are the rights of a lower role; a home given waits, for its residents'
    // sake, until a manager confirms it with her there.
    void aChangeOfRoleAndHomesHoldsFromTheNextStep()
    {
        const QString hanaEmail = QStringLiteral("hana.a@example.org");
        const QString hana = newUser(hanaEmail, "nurse", {m_fixture.facilityA1}, false);
        QVERIFY(!hana.isEmpty());
        const auto admin = signedIn(m_fixture.email("adminA"));
        const auto nurse = signedIn(hanaEmail);
        QVERIFY(admin->isValid() && nurse->isValid());
        const PgSession session(nurse->database());
        const auto residents = [&session] {
            return session.exec(QStringLiteral("SELECT count(*) FROM public.residents")).integer(0, 0);
        };
        const auto can = [&session](const char *capability) {
            return session.exec(QStringLiteral("SELECT public.app_can($1)"), {QString::fromLatin1(capability)})
                       .text(0, 0) == QLatin1String("t");
        };
        QCOMPARE(residents(), 2); // Fern House's
        QVERIFY(can("medical.read"));

        Result<NewUser> details = UserDirectory::user(admin->database(), hana);
        QVERIFY2(details.ok(), qPrintable(details.message));
        QCOMPARE(details.value.facilityIds, QStringList{m_fixture.facilityA1});
        QCOMPARE(details.value.role, QStringLiteral("nurse"));
        // Moved to Oak House alone, as a carer.
        NewUser changed = details.value;
        changed.role = QStringLiteral("carer");
        changed.facilityIds = {m_fixture.facilityA2};
        const Result<> saved = UserDirectory::updateUser(admin->database(), hana, changed);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(!can("medical.read"));
        QVERIFY(!can("residents.read")); // a home given: held until confirmed
        QCOMPARE(residents(), 0);
        const auto manager = signedIn(m_fixture.email("managerA"));
        const Result<> confirmed = UserDirectory::confirmUser(manager->database(), hana);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.message));
        QVERIFY(can("residents.read"));
        QCOMPARE(residents(), 1); // Oak House's, and no longer Fern House's
        QCOMPARE(exec(QStringLiteral("SELECT role FROM users WHERE id = $1::uuid"), {hana}).text(0, 0),
                 QStringLiteral("carer"));
        // Audited, in the administrator's name: the role, and the home given and the home taken away.
        QCOMPARE(exec(QStringLiteral("SELECT string_agg(event || coalesce(' ' || (details -> 'fields')::text, ''), "
                                     "'; ' ORDER BY id) FROM audit_log WHERE subject_id = $1::uuid "
                                     "AND user_id = $2::uuid AND event LIKE 'user_%'"),
                      {hana, m_fixture.user("adminA")})
                     .text(0, 0),
                 QStringLiteral("user_changed [\"role\"]; user_facility_removed; user_facility_added"));

        // A right of her role taken away, one beyond it given: both hers alone, read back as such.
        changed.denials = {QStringLiteral("incidents.add")};
        changed.grants = {QStringLiteral("audit_log.read")};
        QVERIFY(UserDirectory::updateUser(admin->database(), hana, changed).ok());
        QVERIFY(!can("incidents.add"));
        QVERIFY(can("audit_log.read"));
        details = UserDirectory::user(admin->database(), hana);
        QCOMPARE(details.value.denials, QStringList{QStringLiteral("incidents.add")});
        QCOMPARE(details.value.grants, QStringList{QStringLiteral("audit_log.read")});

        // All or nothing: a home refused leaves the name unchanged too. The deputy (Fern House) cannot act on Hana
        // (Oak House) at all.
        const auto deputy = signedIn(m_deputyEmail);
        changed.firstName = QStringLiteral("Hannah");
        const Result<> beyond = UserDirectory::updateUser(deputy->database(), hana, changed);
        QVERIFY(!beyond.ok());
        QCOMPARE(beyond.message, QStringLiteral("You may change only users whose rights and care homes you hold "
                                                "yourself: ask an administrator who holds them."));
        QCOMPARE(exec(QStringLiteral("SELECT first_name FROM users WHERE id = $1::uuid"), {hana}).text(0, 0),
                 QStringLiteral("Dee"));
        // Nobody changes their own role, even through the same call.
        NewUser own = UserDirectory::user(admin->database(), m_fixture.user("adminA")).value;
        own.role = QStringLiteral("manager");
        QVERIFY(!UserDirectory::updateUser(admin->database(), m_fixture.user("adminA"), own).ok());
        QCOMPARE(
            exec(QStringLiteral("SELECT role FROM users WHERE id = $1::uuid"), {m_fixture.user("adminA")}).text(0, 0),
            QStringLiteral("admin"));
    }

    // Two administrators, the organization's last two, demote each other at the same moment: the second waits for the
    // first, then is refused, so one administrator is always left. (theLastAdministratorStays covers the rule itself.)
    void twoAdministratorsDemotingEachOtherLeaveOne()
    {
        // For this test, Adam and Bea are the only administrators (the deputy rests).
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET active = false WHERE id = '%1'").arg(m_deputy)));
        const QString beaEmail = QStringLiteral("bea.admin@example.org");
        const QString bea = newUser(beaEmail, "admin", {}, true);
        QVERIFY(!bea.isEmpty());
        const auto adam = signedIn(m_fixture.email("adminA"));
        QVERIFY(adam->isValid());

        // Bea, on a connection of her own in a thread of its own (a connection stays in the thread that opened it),
        // signed in before Adam begins, then told to go once he has demoted her.
        std::atomic<bool> beaReady = false;
        std::promise<void> go;
        QString beaConstraint;
        QString beaProblem;
        const ConnectionSettings settings = m_fixture.stationSettings(*m_db);
        const QString adamId = m_fixture.user("adminA");
        std::thread beaThread([&, started = go.get_future()] {
            SignedInConnection beaConnection(settings, beaEmail, QString::fromLatin1(TenantFixture::password));
            beaReady = true;
            started.wait();
            if (!beaConnection.isValid()) {
                beaProblem = beaConnection.errorMessage();
                return;
            }
            const PgResult demoted = PgSession(beaConnection.database())
                                         .exec(QStringLiteral("UPDATE public.users SET role = 'manager' "
                                                              "WHERE id = $1::uuid"),
                                               {adamId});
            beaConstraint = demoted.ok() ? QStringLiteral("(none)") : demoted.error().constraint;
        });
        bool released = false;
        const auto release = [&] {
            if (!released)
                go.set_value();
            released = true;
        };
        auto joined = qScopeGuard([&] {
            release();
            beaThread.join();
        });
        QTRY_VERIFY_WITH_TIMEOUT(beaReady, 30000);
        const PgSession adamSession(adam->database());
        QVERIFY(adamSession.exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(adamSession.exec(QStringLiteral("UPDATE public.users SET role = 'manager' WHERE id = $1::uuid"), {bea})
                    .ok());
        release();
        // Bea's statement waits on Adam's transaction (the organization's row), seen from the server.
        QTRY_VERIFY_WITH_TIMEOUT(
            exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                "WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE public.users "
                                "SET role = ''manager''%'"))
                        .integer(0, 0) == 1 ||
                !beaProblem.isEmpty(),
            30000);
        QVERIFY(adamSession.exec(QStringLiteral("COMMIT")).ok());
        beaThread.join();
        joined.dismiss();
        QVERIFY2(beaProblem.isEmpty(), qPrintable(beaProblem));
        // Her turn comes once his change is in: she is no longer an administrator, so may not change his account.
        QCOMPARE(beaConstraint, QStringLiteral("users_beyond_giver"));
        QCOMPARE(exec(QStringLiteral("SELECT role FROM users WHERE id = $1::uuid"), {adamId}).text(0, 0),
                 QStringLiteral("admin"));
        QCOMPARE(exec(QStringLiteral("SELECT role FROM users WHERE id = $1::uuid"), {bea}).text(0, 0),
                 QStringLiteral("manager"));
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET active = true WHERE id = '%1'").arg(m_deputy)));
        QVERIFY(m_db->run(QStringLiteral("UPDATE users SET active = false WHERE id = '%1'").arg(bea)));
    }

    // Each user's last sign-in and lockout: for administrators, of their own organization alone.
    // The window: the administrator sees who is locked out and who administers, unlocks the carer, deactivates a
    // leaver once she has said yes to what it does, and adds an agency carer whose access ends on Friday.
    void anAdministratorUnlocksDeactivatesAndAddsInTheWindow()
    {
        for (int i = 0; i < 5; ++i) {
            QVERIFY(!std::make_unique<SignedInConnection>(m_fixture.stationSettings(*m_db), m_fixture.email("carerA"),
                                                          QStringLiteral("not-her-password"))
                         ->isValid());
        }
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.email("adminA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Users")));
        auto *table = driver.child<QTableView>("usersTableView");
        QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 0);
        const auto rowOf = [table](const QString &email) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 1).data().toString() == email)
                    return row;
            }
            return -1;
        };
        const auto cell = [table, rowOf](const QString &email, int column) {
            return table->model()->index(rowOf(email), column).data().toString();
        };
        QCOMPARE(cell(m_fixture.email("adminA"), 2), QStringLiteral("Administrator"));
        QCOMPARE(cell(m_fixture.email("managerA"), 2), QStringLiteral("Manager"));
        QVERIFY(cell(m_fixture.email("carerA"), 5).startsWith(QStringLiteral("Locked out until ")));
        QVERIFY(!cell(m_fixture.email("nurseA"), 4).isEmpty()); // she signed in above

        auto *unlock = driver.child<QPushButton>("unlockUserPushButton");
        table->selectRow(rowOf(m_fixture.email("nurseA")));
        QVERIFY(!unlock->isEnabled());
        table->selectRow(rowOf(m_fixture.email("carerA")));
        QVERIFY(unlock->isEnabled());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QCOMPARE(driver.child<QLabel>("usersMessageLabel")->text(),
                 QStringLiteral("Cai Testcarer may sign in again now."));
        QCOMPARE(cell(m_fixture.email("carerA"), 5), QStringLiteral("Active"));
        QVERIFY(signedIn(m_fixture.email("carerA"))->isValid());

        // The nurse of Oak House leaves: asked first; "Cancel" changes nothing.
        table->selectRow(rowOf(m_fixture.email("nurseA2")));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(driver.child<QPushButton>("activePushButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Nothing they recorded is removed or changed")));
        QCOMPARE(cell(m_fixture.email("nurseA2"), 5), QStringLiteral("Active"));
        table->selectRow(rowOf(m_fixture.email("nurseA2")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(driver.child<QPushButton>("activePushButton"), Qt::LeftButton);
        QCOMPARE(cell(m_fixture.email("nurseA2"), 5), QStringLiteral("Deactivated"));
        QVERIFY(!signedIn(m_fixture.email("nurseA2"))->isValid());

        // An agency carer at Fern House until Friday.
        const QDate today = Clock::today();
        const QDate friday = today.addDays((Qt::Friday - today.dayOfWeek() + 7) % 7);
        QTest::keyClicks(driver.child<QLineEdit>("newUserFirstNameLineEdit"), QStringLiteral("Gwen"));
        QTest::keyClicks(driver.child<QLineEdit>("newUserLastNameLineEdit"), QStringLiteral("Testagency"));
        QTest::keyClicks(driver.child<QLineEdit>("newUserEmailLineEdit"), QStringLiteral("gwen.agency@example.org"));
        auto *role = driver.child<QComboBox>("roleComboBox");
        role->setCurrentIndex(role->findData(QStringLiteral("carer")));
        auto *homes = driver.child<QListWidget>("facilitiesListWidget");
        for (int i = 0; i < homes->count(); ++i) {
            if (homes->item(i)->text() == QLatin1String("Fern House"))
                homes->item(i)->setCheckState(Qt::Checked);
        }
        QTest::keyClicks(driver.child<QLineEdit>("accessUntilOptionalDateEdit"), DateText::typed(friday));
        QString temporary;
        QTimer::singleShot(0, this, [&temporary] {
            auto *shown = qobject_cast<TemporaryPasswordDialog *>(QApplication::activeModalWidget());
            QVERIFY(shown);
            temporary = shown->findChild<QLabel *>(QStringLiteral("temporaryPasswordLabel"))->text();
            shown->accept();
        });
        QTest::mouseClick(driver.child<QPushButton>("addUserPushButton"), Qt::LeftButton);
        QCOMPARE(temporary.size(), 14);
        QVERIFY2(
            driver.child<QLabel>("usersMessageLabel")->text().startsWith(QStringLiteral("Gwen Testagency can now")),
            qPrintable(driver.child<QLabel>("usersMessageLabel")->text()));
        QCOMPARE(cell(QStringLiteral("gwen.agency@example.org"), 5),
                 QStringLiteral("Waiting for a manager to confirm; last day %1").arg(DateText::shortDate(friday)));
        QCOMPARE(exec(QStringLiteral("SELECT access_until::text FROM users WHERE email = 'gwen.agency@example.org'"))
                     .text(0, 0),
                 friday.toString(Qt::ISODate));
        driver.closeWindow();
    }

    // The window: the administrator finds users by words, role, home and state, then gives the nurse a second home and
    // a right beyond her role; a taken email address is refused with the dialog still holding what was typed. Her own
    // account she may rename, nothing more.
    void anAdministratorFindsAndChangesANurse()
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.email("adminA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Users")));
        auto *table = driver.child<QTableView>("usersTableView");
        QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 0);
        const int everyone =
            exec(QStringLiteral("SELECT count(*) FROM users WHERE organization_id = $1::uuid"), {m_fixture.orgA})
                .integer(0, 0);
        QCOMPARE(table->model()->rowCount(), everyone);
        const auto shown = [table] {
            QStringList names;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                names.append(table->model()->index(row, 0).data().toString());
            return names;
        };
        const auto choose = [](QComboBox *box, const QString &text) {
            const int index = box->findText(text);
            QVERIFY2(index >= 0, qPrintable(text));
            box->setCurrentIndex(index);
        };
        auto *search = driver.child<QLineEdit>("userSearchLineEdit");
        QTest::keyClicks(search, QStringLiteral("testnu"));
        QTest::keyClicks(search, QStringLiteral("rse"));
        QCOMPARE(shown(), (QStringList{QStringLiteral("Aino Testnurse"), QStringLiteral("Ola Testnurse")}));
        QCOMPARE(driver.child<QLabel>("usersCountLabel")->text(), QStringLiteral("2 of %1 users").arg(everyone));
        search->clear();
        choose(driver.child<QComboBox>("roleFilterComboBox"), QStringLiteral("Nurse"));
        choose(driver.child<QComboBox>("stateFilterComboBox"), QStringLiteral("Deactivated"));
        QVERIFY(shown().contains(QStringLiteral("Ola Testnurse")));
        QCOMPARE(shown().size(), exec(QStringLiteral("SELECT count(*) FROM users WHERE organization_id = $1::uuid "
                                                     "AND role = 'nurse' AND NOT active"),
                                      {m_fixture.orgA})
                                     .integer(0, 0));
        choose(driver.child<QComboBox>("roleFilterComboBox"), QStringLiteral("Every role"));
        choose(driver.child<QComboBox>("stateFilterComboBox"), QStringLiteral("Never signed in"));
        QVERIFY(shown().contains(QStringLiteral("Gwen Testagency")));
        QVERIFY(!shown().contains(QStringLiteral("Cai Testcarer"))); // she signed in above
        choose(driver.child<QComboBox>("stateFilterComboBox"), QStringLiteral("Everyone"));
        choose(driver.child<QComboBox>("homeFilterComboBox"), QStringLiteral("Oak House"));
        QVERIFY(shown().contains(QStringLiteral("Ola Testnurse")));
        QVERIFY(shown().contains(QStringLiteral("Meera Testmanager"))); // every home, so this one too
        QVERIFY(!shown().contains(QStringLiteral("Aino Testnurse")));
        choose(driver.child<QComboBox>("homeFilterComboBox"), QStringLiteral("Every care home"));
        QCOMPARE(table->model()->rowCount(), everyone);

        const auto select = [table](const QString &email) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 1).data().toString() == email)
                    table->selectRow(row);
            }
        };
        select(m_fixture.email("nurseA"));
        bool changed = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<UserEditDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible()) // saved, it closed itself
                    dialog->reject();
            });
            auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("editEmailLineEdit"));
            QCOMPARE(email->text(), m_fixture.email("nurseA"));
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("editRoleComboBox"))->currentText(),
                     QStringLiteral("Nurse"));
            auto *homes = dialog->findChild<QListWidget *>(QStringLiteral("editFacilitiesListWidget"));
            QCOMPARE(homes->count(), 2);
            QCOMPARE(homes->item(0)->checkState(), Qt::Checked); // Fern House
            homes->item(1)->setCheckState(Qt::Checked);          // and Oak House
            auto *rights = dialog->findChild<QListWidget *>(QStringLiteral("editRightsListWidget"));
            QListWidgetItem *incidents = rights->findItems(QStringLiteral("Read incidents"), Qt::MatchExactly).value(0);
            QVERIFY(incidents && incidents->checkState() == Qt::Unchecked);
            incidents->setCheckState(Qt::Checked);
            QCOMPARE(incidents->text(), QStringLiteral("Read incidents (given to them)"));
            email->selectAll();
            QTest::keyClicks(email, m_fixture.email("carerA"));
            auto *save = dialog->findChild<QPushButton *>(QStringLiteral("editSavePushButton"));
            QTest::mouseClick(save, Qt::LeftButton);
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("editMessageLabel"))->text(),
                     QStringLiteral("Another user already has this email address (capital letters make no "
                                    "difference): use a different email address."));
            QVERIFY(dialog->isVisible());
            QCOMPARE(homes->item(1)->checkState(), Qt::Checked); // kept
            email->selectAll();
            QTest::keyClicks(email, m_fixture.email("nurseA"));
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
            changed = true;
        });
        QTest::mouseClick(driver.child<QPushButton>("editUserPushButton"), Qt::LeftButton);
        QVERIFY(changed);
        QCOMPARE(driver.child<QLabel>("usersMessageLabel")->text(),
                 QStringLiteral("Aino Testnurse is changed. Their new rights of residents' care wait for a manager to "
                                "confirm them, with them there."));
        QCOMPARE(exec(QStringLiteral("SELECT string_agg(f.name, ', ' ORDER BY f.name) FROM user_facilities AS uf "
                                     "JOIN facilities AS f ON f.id = uf.facility_id WHERE uf.user_id = $1::uuid"),
                      {m_fixture.user("nurseA")})
                     .text(0, 0),
                 QStringLiteral("Fern House, Oak House"));
        QCOMPARE(
            exec(QStringLiteral("SELECT permissions::text FROM users WHERE id = $1::uuid"), {m_fixture.user("nurseA")})
                .text(0, 0),
            QStringLiteral("{\"grant\": [\"incidents.read\"]}"));
        QCOMPARE(table->model()->index(table->selectionModel()->selectedRows().value(0).row(), 3).data().toString(),
                 QStringLiteral("Fern House, Oak House"));

        // Her own account: name and email alone; no temporary password for herself.
        select(m_fixture.email("adminA"));
        QVERIFY(!driver.child<QPushButton>("resetPasswordPushButton")->isEnabled());
        bool own = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<UserEditDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] { dialog->reject(); });
            QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("editRoleComboBox"))->isEnabled());
            QVERIFY(!dialog->findChild<QListWidget *>(QStringLiteral("editRightsListWidget"))->isEnabled());
            QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("editFirstNameLineEdit"))->isEnabled());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("editOwnAccountLabel"))->isVisible());
            own = true;
        });
        QTest::mouseClick(driver.child<QPushButton>("editUserPushButton"), Qt::LeftButton);
        QVERIFY(own);
        driver.closeWindow();
    }

    void statesAreForAdministratorsAlone()
    {
        const auto admin = signedIn(m_fixture.email("adminA"));
        const PgResult states = PgSession(admin->database())
                                    .exec(QStringLiteral("SELECT count(*) AS n, count(s.last_sign_in_at) AS signed_in "
                                                         "FROM public.app_user_states() AS s"));
        QVERIFY(states.ok());
        QCOMPARE(states.integer(0, "n"),
                 exec(QStringLiteral("SELECT count(*) FROM users WHERE organization_id = $1::uuid"), {m_fixture.orgA})
                     .integer(0, 0));
        QVERIFY(states.integer(0, "signed_in") >= 3);
        for (const char *who : {"nurseA", "managerA", "nurseB"}) {
            const auto user = signedIn(m_fixture.email(who));
            QCOMPARE(PgSession(user->database())
                         .exec(QStringLiteral("SELECT count(*) FROM public.app_user_states()"))
                         .integer(0, 0),
                     0);
        }
    }
};

QTEST_MAIN(TestUserAdministration)
#include "TestUserAdministration.moc"
