// The attack suite: everything below is tried through a station's database login over plain libpq, as anyone at a
// station who knows that login could from psql. Each test asserts the exact outcome: zero rows, or the error.

#include "DatabaseRoles.h"
#include "MedicalNotesKeys.h"
#include "OrganizationSetup.h"
#include "StationConnection.h"
#include "TenantFixture.h"
#include "TestCluster.h"
#include "TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

const QString denied = QStringLiteral("42501");

const QStringList &tenantTables()
{
    static const QStringList tables = {
        QStringLiteral("organizations"),   QStringLiteral("facilities"),    QStringLiteral("users"),
        QStringLiteral("user_facilities"), QStringLiteral("residents"),     QStringLiteral("care_plans"),
        QStringLiteral("assessments"),     QStringLiteral("daily_records"), QStringLiteral("audits"),
        QStringLiteral("incidents"),       QStringLiteral("audit_log"),
    };
    return tables;
}

const QStringList &secretTables()
{
    static const QStringList tables = {
        QStringLiteral("user_credentials"), QStringLiteral("sessions"),         QStringLiteral("organization_keys"),
        QStringLiteral("system_settings"),  QStringLiteral("sign_in_attempts"), QStringLiteral("common_passwords"),
    };
    return tables;
}

// Puts values[n-1] in place of each %n (QString::arg with several arguments fills placeholders in the order they
// appear, whatever their numbers, which is not what these statements mean).
QString fill(QString statement, const QStringList &values)
{
    for (qsizetype n = values.size(); n >= 1; --n)
        statement.replace(QLatin1Char('%') + QString::number(n), values.at(n - 1));
    return statement;
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;

    std::unique_ptr<StationConnection> station() const
    {
        return std::make_unique<StationConnection>(m_fixture.stationSettings(*m_db));
    }

    // Signs `who` in on the connection; empty string, or what went wrong.
    QString signIn(const StationConnection &connection, const QString &who,
                   const QString &password = QString::fromLatin1(TenantFixture::password)) const
    {
        const PgResult signedIn =
            connection.exec(QStringLiteral("SELECT result, session_token FROM app_sign_in($1, $2, $3)"),
                            {m_fixture.emails.value(who), password, QStringLiteral("test station")});
        if (signedIn.text(0, 0) != QLatin1String("signed_in"))
            return QStringLiteral("sign-in of %1: %2 %3").arg(who, signedIn.text(0, 0), signedIn.error().message);
        if (connection.exec(QStringLiteral("SELECT app_use_session($1)"), {signedIn.text(0, 1)}).text(0, 0) !=
            QLatin1String("t"))
            return QStringLiteral("the session of %1 did not attach").arg(who);
        return QString();
    }

    std::unique_ptr<StationConnection> signedIn(const QString &who) const
    {
        auto connection = station();
        const QString problem = connection->isOpen() ? signIn(*connection, who) : connection->errorMessage();
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        return connection;
    }

    QString resident(const char *key) const { return m_fixture.residents.value(QString::fromLatin1(key)); }
    QString user(const char *key) const { return m_fixture.userIds.value(QString::fromLatin1(key)); }

    // A user of organization A to lock out, fresh for each test that needs one.
    QString makeUser(const QString &email)
    {
        NewUser user;
        user.organizationId = m_fixture.orgA;
        user.email = email;
        user.firstName = QStringLiteral("Lena");
        user.lastName = QStringLiteral("Testlock");
        user.role = QStringLiteral("carer");
        user.facilityIds = {m_fixture.facilityA1};
        QString id;
        const QString problem = OrganizationSetup::createUser(m_db->session(), user,
                                                              QString::fromLatin1(TenantFixture::password), false, &id);
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        return id;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        const QString problem = m_fixture.create(*m_db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Medical notes in both organizations, written through the application's own path.
        for (const auto &[who, key, text] : {std::tuple{"nurseA", "A1a", "Edna's private note: prefers tea"},
                                             std::tuple{"nurseB", "B1", "Fred's private note: hearing aid left"}}) {
            auto nurse = signedIn(QString::fromLatin1(who));
            const PgResult written = nurse->exec(QStringLiteral("SELECT app_write_medical_notes($1, $2)"),
                                                 {resident(key), QString::fromLatin1(text)});
            QVERIFY2(written.ok(), qPrintable(written.error().message));
        }
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
        QCOMPARE(owner.text(0, 0) + owner.text(0, 1) + owner.text(0, 2), QStringLiteral("fff"));
    }

    void rowSecurityIsForcedOnEveryTenantTableAndPartition()
    {
        const PgResult tables = m_db->session().exec(
            QStringLiteral("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class AS c "
                           "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1"));
        QStringList unprotected;
        int partitions = 0;
        for (int r = 0; r < tables.rowCount(); ++r) {
            const QString name = tables.text(r, 0);
            const bool tenant = tenantTables().contains(name) || name.startsWith(QLatin1String("daily_records_"));
            partitions += name.startsWith(QLatin1String("daily_records_")) ? 1 : 0;
            if (tenant && (tables.text(r, 1) != QLatin1String("t") || tables.text(r, 2) != QLatin1String("t")))
                unprotected.append(name);
        }
        QCOMPARE(unprotected, QStringList());
        QVERIFY(partitions >= 6); // last month, this month, three ahead, and the default
        // Nothing at all is granted to stations on partitions or on the tables holding secrets.
        const PgResult grants = m_db->session().exec(
            QStringLiteral(
                "SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_class AS c "
                "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') "
                "AND (c.relname ~ '^daily_records_' OR c.relname = ANY ($1::text[])) "
                "AND (has_table_privilege('wcn_app', c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES') "
                "     OR has_any_column_privilege('wcn_app', c.oid, 'SELECT, INSERT, UPDATE'))"),
            {QStringLiteral("{%1}").arg(secretTables().join(QLatin1Char(',')))});
        QCOMPARE(grants.text(0, 0), QString());
    }

    void everyTenantTableHasAPolicyForEachCommand()
    {
        const PgResult policies = m_db->session().exec(
            QStringLiteral(
                "SELECT tablename, string_agg(cmd, ',' ORDER BY cmd) FROM pg_policies WHERE schemaname = 'public' "
                "AND tablename = ANY ($1::text[]) GROUP BY tablename ORDER BY 1"),
            {QStringLiteral("{%1}").arg(tenantTables().join(QLatin1Char(',')))});
        QCOMPARE(policies.rowCount(), tenantTables().size());
        for (int r = 0; r < policies.rowCount(); ++r)
            QVERIFY2(policies.text(r, 1) == QLatin1String("DELETE,INSERT,SELECT,UPDATE"),
                     qPrintable(policies.text(r, 0) + QStringLiteral(": ") + policies.text(r, 1)));
    }

    void notSignedInReadsNothing_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString &table : tenantTables())
            QTest::newRow(qPrintable(table)) << table;
    }
    void notSignedInReadsNothing()
    {
        QFETCH(QString, table);
        auto connection = station();
        QVERIFY2(connection->isOpen(), qPrintable(connection->errorMessage()));
        const PgResult rows = connection->exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        QCOMPARE(rows.integer(0, 0), 0);
        // The owner sees there is something to hide.
        QVERIFY(m_db->session().exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)).integer(0, 0) > 0);
    }

    void notSignedInWritesNothing_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("sqlState"); // "" when it must succeed yet change no row
        QTest::newRow("new organization")
            << QStringLiteral("INSERT INTO organizations (name) VALUES ('Rogue')") << denied;
        QTest::newRow("new facility") << QStringLiteral("INSERT INTO facilities (organization_id, name) SELECT "
                                                        "'%1', 'Rogue House'")
                                      << denied;
        QTest::newRow("note") << QStringLiteral("INSERT INTO daily_records (organization_id, resident_id, date, shift, "
                                                "created_by) VALUES ('%1', '%2', current_date, 'early', '%3')")
                              << denied;
        QTest::newRow("rename residents") << QStringLiteral("UPDATE residents SET room_number = '0'") << QString();
        QTest::newRow("rename homes") << QStringLiteral("UPDATE facilities SET name = 'Pwned'") << QString();
        QTest::newRow("promote users") << QStringLiteral("UPDATE users SET role = 'admin'") << QString();
        QTest::newRow("delete notes") << QStringLiteral("DELETE FROM daily_records") << denied;
        QTest::newRow("delete assignments") << QStringLiteral("DELETE FROM user_facilities") << QString();
    }
    void notSignedInWritesNothing()
    {
        QFETCH(QString, statement);
        QFETCH(QString, sqlState);
        auto connection = station();
        const PgResult result = connection->exec(fill(statement, {m_fixture.orgA, resident("A1a"), user("nurseA")}));
        QCOMPARE(result.error().sqlState, sqlState);
        QCOMPARE(result.rowsAffected(), 0);
    }

    void forgedSettingsOpenNothing()
    {
        auto connection = station();
        for (const QString &organization : {m_fixture.orgA, m_fixture.orgB}) {
            QVERIFY(
                connection->exec(QStringLiteral("SELECT set_config('app.current_org_id', $1, false)"), {organization})
                    .ok());
            QVERIFY(connection->exec(QStringLiteral("SET wcn.session_token = 'deadbeef'")).ok());
            QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
            QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM organizations")).integer(0, 0), 0);
        }
        // Signed in to A, setting B's organization changes nothing either.
        auto nurse = signedIn(QStringLiteral("nurseA"));
        QVERIFY(
            nurse->exec(QStringLiteral("SELECT set_config('app.current_org_id', $1, false)"), {m_fixture.orgB}).ok());
        QCOMPARE(
            nurse->exec(QStringLiteral("SELECT count(*) FROM residents WHERE organization_id = $1"), {m_fixture.orgB})
                .integer(0, 0),
            0);
        QCOMPARE(nurse->exec(QStringLiteral("SELECT string_agg(first_name, ',' ORDER BY first_name) FROM residents"))
                     .text(0, 0),
                 QStringLiteral("Edna,Walter"));
    }

    void aSignedInUserSeesOnlyTheirOrganization_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString &table : tenantTables())
            QTest::newRow(qPrintable(table)) << table;
    }
    void aSignedInUserSeesOnlyTheirOrganization()
    {
        QFETCH(QString, table);
        auto manager = signedIn(QStringLiteral("managerA"));
        const QString column =
            table == QLatin1String("organizations") ? QStringLiteral("id") : QStringLiteral("organization_id");
        const PgResult rows =
            manager->exec(QStringLiteral("SELECT count(*) FILTER (WHERE %1 = $1), count(*) FROM %2").arg(column, table),
                          {m_fixture.orgA});
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        QVERIFY(rows.integer(0, 1) > 0);
        QCOMPARE(rows.integer(0, 0), rows.integer(0, 1)); // every row visible is A's
    }

    void facilityScopeLimitsWhatStaffSee_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("residents");
        QTest::newRow("nurse of Fern House") << QStringLiteral("nurseA") << QStringLiteral("Edna,Walter");
        QTest::newRow("carer of Fern House") << QStringLiteral("carerA") << QStringLiteral("Edna,Walter");
        QTest::newRow("nurse of Oak House") << QStringLiteral("nurseA2") << QStringLiteral("Glenys");
        QTest::newRow("manager of every home") << QStringLiteral("managerA") << QStringLiteral("Edna,Glenys,Walter");
        QTest::newRow("nurse of Larch Lodge") << QStringLiteral("nurseB") << QStringLiteral("Fred");
        QTest::newRow("administrator") << QStringLiteral("adminA") << QString(); // no clinical role
    }
    void facilityScopeLimitsWhatStaffSee()
    {
        QFETCH(QString, who);
        QFETCH(QString, residents);
        auto connection = signedIn(who);
        const QString names = QStringLiteral("(SELECT string_agg(first_name, ',' ORDER BY first_name) FROM residents "
                                             "WHERE id IN (SELECT resident_id FROM %1))");
        QCOMPARE(
            connection->exec(QStringLiteral("SELECT string_agg(first_name, ',' ORDER BY first_name) FROM residents"))
                .text(0, 0),
            residents);
        // Notes and care plans follow their resident.
        QCOMPARE(
            connection->exec(QStringLiteral("SELECT %1").arg(names.arg(QStringLiteral("daily_records")))).text(0, 0),
            residents);
        QCOMPARE(connection->exec(QStringLiteral("SELECT %1").arg(names.arg(QStringLiteral("care_plans")))).text(0, 0),
                 residents);
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
        const QString addAssessment = QStringLiteral("INSERT INTO assessments (resident_id, type, date) "
                                                     "VALUES ('%1', 'must', current_date)");
        const QString readNotes = QStringLiteral("SELECT app_read_medical_notes('%1')");
        row("carer adds a note", "carerA", addNote.arg(resident("A1a")), none, QStringLiteral("1"));
        row("carer reads notes", "carerA", QStringLiteral("SELECT count(*) FROM daily_records"), none,
            QStringLiteral("2"));
        row("carer reads care plans", "carerA", QStringLiteral("SELECT count(*) FROM care_plans"), none,
            QStringLiteral("2"));
        row("carer writes a care plan", "carerA", addPlan.arg(resident("A1a")), denied, QStringLiteral("0"));
        row("carer edits a resident", "carerA", QStringLiteral("UPDATE residents SET room_number = '99'"), none,
            QStringLiteral("0"));
        row("carer reads assessments", "carerA", QStringLiteral("SELECT count(*) FROM assessments"), none,
            QStringLiteral("0"));
        row("carer reads medical notes", "carerA", readNotes.arg(resident("A1a")), denied, QString());
        row("carer selects medical details", "carerA", QStringLiteral("SELECT medical_details FROM residents"), denied,
            QString());
        row("carer reads audits", "carerA", QStringLiteral("SELECT count(*) FROM audits"), none, QStringLiteral("0"));
        row("carer reports an incident", "carerA",
            QStringLiteral("INSERT INTO incidents (facility_id, resident_id, type, date) VALUES ('%1', '%2', 'fall', "
                           "now())")
                .arg(m_fixture.facilityA1, resident("A1a")),
            none, QStringLiteral("1"));
        row("nurse writes a care plan", "nurseA", addPlan.arg(resident("A1a")), none, QStringLiteral("1"));
        row("nurse reviews a care plan", "nurseA",
            QStringLiteral("UPDATE care_plans SET status = 'under_review', updated_by = '%1'").arg(user("nurseA")),
            none, QStringLiteral("2"));
        row("nurse reviews in another's name", "nurseA",
            QStringLiteral("UPDATE care_plans SET updated_by = '%1'").arg(user("carerA")), denied, QStringLiteral("0"));
        row("nurse writes a note in another's name", "nurseA",
            QStringLiteral("INSERT INTO daily_records (resident_id, date, shift, created_by) VALUES ('%1', "
                           "current_date, 'late', '%2')")
                .arg(resident("A1a"), user("carerA")),
            denied, QStringLiteral("0"));
        row("nurse assesses", "nurseA", addAssessment.arg(resident("A1a")), none, QStringLiteral("1"));
        row("nurse reads medical notes", "nurseA", readNotes.arg(resident("A1a")), none,
            QStringLiteral("Edna's private note: prefers tea"));
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
            QStringLiteral("2"));
        row("manager reviews incidents", "managerA",
            QStringLiteral("UPDATE incidents SET actions_taken = '{\"reviewed\": true}'"), none, QStringLiteral("3"));
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
        if (statement.startsWith(QLatin1String("SELECT")))
            QCOMPARE(result.text(0, 0), answer);
        else
            QCOMPARE(QString::number(result.rowsAffected()), answer);
    }

    void crossOrganizationWritesAreRefused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("managerState"); // a manager of every home of A
        QTest::addColumn<QString>("adminState");   // A's administrator, who sees no resident at all
        const QString noRow;                       // succeeds, touching no row
        const QString foreignKey =
            QStringLiteral("23503"); // the composite keys: no row points into another organization
        QTest::newRow("note in B's name") << QStringLiteral("INSERT INTO daily_records (organization_id, resident_id, "
                                                            "date, shift) VALUES ('%1', '%2', current_date, 'early')")
                                          << denied << denied;
        QTest::newRow("A's note about B's resident")
            << QStringLiteral("INSERT INTO daily_records (resident_id, date, shift) VALUES ('%2', current_date, "
                              "'early')")
            << denied << denied;
        QTest::newRow("moving a resident to B") << QStringLiteral("UPDATE residents SET facility_id = '%3' WHERE id = "
                                                                  "'%4'")
                                                << foreignKey << noRow;
        QTest::newRow("editing B's residents") << QStringLiteral("UPDATE residents SET room_number = '1' WHERE "
                                                                 "organization_id = '%1'")
                                               << noRow << noRow;
        QTest::newRow("reassigning B's staff") << QStringLiteral("INSERT INTO user_facilities (user_id, facility_id) "
                                                                 "VALUES ('%5', '%3')")
                                               << denied << foreignKey;
        QTest::newRow("renaming B") << QStringLiteral("UPDATE organizations SET name = 'Taken' WHERE id = '%1'")
                                    << noRow << noRow;
    }
    void crossOrganizationWritesAreRefused()
    {
        QFETCH(QString, statement);
        QFETCH(QString, managerState);
        QFETCH(QString, adminState);
        for (const auto &[who, state] :
             {std::pair{QStringLiteral("managerA"), managerState}, std::pair{QStringLiteral("adminA"), adminState}}) {
            auto connection = signedIn(who);
            QVERIFY(connection->exec(QStringLiteral("BEGIN")).ok());
            const PgResult result = connection->exec(fill(
                statement, {m_fixture.orgB, resident("B1"), m_fixture.facilityB1, resident("A1a"), user("nurseB")}));
            connection->exec(QStringLiteral("ROLLBACK"));
            QVERIFY2(result.error().sqlState == state, qPrintable(who + QStringLiteral(": ") + result.error().sqlState +
                                                                  QLatin1Char(' ') + result.error().message));
            QCOMPARE(result.rowsAffected(), 0);
        }
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT room_number FROM residents WHERE id = $1"), {resident("B1")})
                     .text(0, 0),
                 QStringLiteral("7"));
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT facility_id FROM residents WHERE id = $1"), {resident("A1a")})
                     .text(0, 0),
                 m_fixture.facilityA1);
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

    void forgedExpiredAndRevokedSessionsOpenNothing()
    {
        auto connection = station();
        // Forged: any string that is not a token handed out by app_sign_in.
        for (const QString &forged :
             {QStringLiteral("deadbeef"), QString(64, QLatin1Char('0')), QStringLiteral("' OR true --")}) {
            QCOMPARE(connection->exec(QStringLiteral("SELECT app_use_session($1)"), {forged}).text(0, 0),
                     QStringLiteral("f"));
            QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
            QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM app_session_info()")).integer(0, 0), 0);
        }
        const auto fresh = [&] {
            return connection
                ->exec(QStringLiteral("SELECT session_token FROM app_sign_in($1, $2, 'test station')"),
                       {m_fixture.emails.value(QStringLiteral("nurseA")), QString::fromLatin1(TenantFixture::password)})
                .text(0, 0);
        };
        const auto opens = [&](const QString &token) {
            connection->exec(QStringLiteral("SELECT app_use_session($1)"), {token});
            return connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0);
        };
        // Revoked by signing out.
        const QString revoked = fresh();
        QCOMPARE(opens(revoked), 2);
        connection->exec(QStringLiteral("SELECT app_sign_out()"));
        QCOMPARE(opens(revoked), 0);
        // Past its absolute expiry.
        const QString expired = fresh();
        QVERIFY(m_db->run(QStringLiteral("UPDATE sessions SET expires_at = now() - interval '1 second' "
                                         "WHERE token_hash = sha256(convert_to($1, 'UTF8'))"),
                          {expired}));
        QCOMPARE(opens(expired), 0);
        // Idle for longer than the idle limit.
        const QString idle = fresh();
        QVERIFY(m_db->run(QStringLiteral("UPDATE sessions SET last_seen_at = now() - interval '61 minutes' "
                                         "WHERE token_hash = sha256(convert_to($1, 'UTF8'))"),
                          {idle}));
        QCOMPARE(opens(idle), 0);
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_touch_session()")).text(0, 0), QStringLiteral("f"));
        // B's valid token is useless for A's rows and vice versa: it is B's session.
        const QString bToken =
            connection
                ->exec(QStringLiteral("SELECT session_token FROM app_sign_in($1, $2, 'test station')"),
                       {m_fixture.emails.value(QStringLiteral("nurseB")), QString::fromLatin1(TenantFixture::password)})
                .text(0, 0);
        QCOMPARE(opens(bToken), 1);
        QCOMPARE(
            connection
                ->exec(QStringLiteral("SELECT count(*) FROM residents WHERE organization_id = $1"), {m_fixture.orgA})
                .integer(0, 0),
            0);
    }

    void functionsRefuseOtherOrganizationsAndScopes_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("answer");
        QTest::newRow("read B's medical notes")
            << QStringLiteral("SELECT app_read_medical_notes('%1')") << denied << QString();
        QTest::newRow("write B's medical notes")
            << QStringLiteral("SELECT app_write_medical_notes('%1', 'x')") << denied << QString();
        QTest::newRow("read B's medical details")
            << QStringLiteral("SELECT app_read_medical_details('%1')") << denied << QString();
        QTest::newRow("write B's medical details")
            << QStringLiteral("SELECT app_write_medical_details('%1', '{}')") << denied << QString();
        QTest::newRow("open B's resident")
            << QStringLiteral("SELECT app_record_resident_opened('%1')") << QString() << QStringLiteral("f");
        QTest::newRow("read Oak House's notes")
            << QStringLiteral("SELECT app_read_medical_notes('%2')") << denied << QString();
        QTest::newRow("set B's password") << QStringLiteral("SELECT app_set_user_password('%3', 'another-password')")
                                          << QString() << QStringLiteral("not_allowed");
    }
    void functionsRefuseOtherOrganizationsAndScopes()
    {
        QFETCH(QString, statement);
        QFETCH(QString, sqlState);
        QFETCH(QString, answer);
        auto nurse = signedIn(QStringLiteral("nurseA"));
        const PgResult result = nurse->exec(fill(statement, {resident("B1"), resident("A2"), user("nurseB")}));
        QCOMPARE(result.error().sqlState, sqlState);
        if (!answer.isNull())
            QCOMPARE(result.text(0, 0), answer);
        // Nothing leaked, nothing changed.
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_id = $1 AND user_id = $2"),
                           {resident("B1"), user("nurseA")})
                     .integer(0, 0),
                 0);
    }

    void internalFunctionsCannotBeCalled_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("master key") << QStringLiteral("SELECT wcn_master_key()");
        QTest::newRow("organization key") << QStringLiteral("SELECT wcn_organization_key('%1', 1)");
        QTest::newRow("current session") << QStringLiteral("SELECT * FROM app_current_session()");
        QTest::newRow("admin password") << QStringLiteral("SELECT admin_set_password('%2', 'a-new-password-1', false)");
        QTest::newRow("key rotation") << QStringLiteral("SELECT admin_new_key_version('%1')");
        QTest::newRow("re-encryption") << QStringLiteral("SELECT admin_reencrypt_medical_notes('%1', 10)");
        QTest::newRow("partition helper") << QStringLiteral("SELECT create_daily_record_partition('2031-01-01')");
        QTest::newRow("audit") << QStringLiteral("SELECT app_audit('sign_in')");
        QTest::newRow("key file") << QStringLiteral("SELECT pg_read_binary_file('/etc/hostname')");
    }
    void internalFunctionsCannotBeCalled()
    {
        QFETCH(QString, statement);
        for (bool signedInFirst : {false, true}) {
            auto connection = signedInFirst ? signedIn(QStringLiteral("managerA")) : station();
            const PgResult result = connection->exec(fill(statement, {m_fixture.orgA, user("nurseA")}));
            QCOMPARE(result.error().sqlState, denied);
        }
    }

    void secretsCannotBeRead_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString &table : secretTables())
            QTest::newRow(qPrintable(table)) << table;
    }
    void secretsCannotBeRead()
    {
        QFETCH(QString, table);
        for (bool signedInFirst : {false, true}) {
            auto connection = signedInFirst ? signedIn(QStringLiteral("adminA")) : station();
            const PgResult result = connection->exec(QStringLiteral("SELECT * FROM %1").arg(table));
            QCOMPARE(result.error().sqlState, denied);
            QCOMPARE(result.rowCount(), 0);
        }
    }

    void partitionsCannotBeReachedDirectly()
    {
        const QStringList partitions =
            m_db->session()
                .exec(QStringLiteral("SELECT string_agg(inhrelid::regclass::text, ',') FROM pg_inherits "
                                     "WHERE inhparent = 'daily_records'::regclass"))
                .text(0, 0)
                .split(QLatin1Char(','));
        auto nurse = signedIn(QStringLiteral("nurseA"));
        for (const QString &partition : partitions) {
            QCOMPARE(nurse->exec(QStringLiteral("SELECT count(*) FROM %1").arg(partition)).error().sqlState, denied);
            QCOMPARE(nurse->exec(QStringLiteral("DELETE FROM %1").arg(partition)).error().sqlState, denied);
        }
    }

    void injectionStringsAreJustData_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("or true") << QStringLiteral("' OR '1'='1");
        QTest::newRow("comment") << QStringLiteral("nurse.a@example.org' --");
        QTest::newRow("stacked") << QStringLiteral("x'; DROP TABLE residents; --");
        QTest::newRow("union") << QStringLiteral("' UNION SELECT password_hash FROM user_credentials --");
        QTest::newRow("backslash") << QStringLiteral("\\'; SELECT 1; --");
        QTest::newRow("dollar quote") << QStringLiteral("$$; DROP TABLE users; $$");
    }
    void injectionStringsAreJustData()
    {
        QFETCH(QString, text);
        auto connection = station();
        // In the email box, in the password box.
        QCOMPARE(connection
                     ->exec(QStringLiteral("SELECT result FROM app_sign_in($1, $2, 'test station')"),
                            {text, QString::fromLatin1(TenantFixture::password)})
                     .text(0, 0),
                 QStringLiteral("invalid"));
        const QString account =
            QStringLiteral("lena.%1@example.org")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('.')));
        QVERIFY(!makeUser(account).isEmpty());
        QCOMPARE(
            connection->exec(QStringLiteral("SELECT result FROM app_sign_in($1, $2, 'test station')"), {account, text})
                .text(0, 0),
            QStringLiteral("invalid"));
        // In a resident search (a leakproof starts-with on the surname, as the resident list searches).
        auto nurse = signedIn(QStringLiteral("nurseA"));
        const PgResult found =
            nurse->exec(QStringLiteral("SELECT count(*) FROM residents WHERE lower(last_name) ^@ lower($1)"), {text});
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QCOMPARE(found.integer(0, 0), 0);
        QCOMPARE(m_db->session().exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 4);
        QCOMPARE(m_db->session().exec(QStringLiteral("SELECT count(*) FROM users")).integer(0, 0) >= 6, true);
    }

    void twentyWrongPasswordsLockTheAccount()
    {
        const QString email = QStringLiteral("lena.twenty@example.org");
        const QString id = makeUser(email);
        QVERIFY(!id.isEmpty());
        auto connection = station();
        QStringList answers;
        for (int attempt = 1; attempt <= 20; ++attempt)
            answers.append(connection
                               ->exec(QStringLiteral("SELECT result FROM app_sign_in($1, $2, 'test station')"),
                                      {email, QStringLiteral("wrong-password-%1").arg(attempt)})
                               .text(0, 0));
        QStringList expected(4, QStringLiteral("invalid"));
        expected.append(QStringList(16, QStringLiteral("locked")));
        QCOMPARE(answers, expected);
        // The right password does not get in while the lock lasts.
        const PgResult right = connection->exec(
            QStringLiteral("SELECT result, session_token, locked_until > now() + interval '14 minutes' "
                           "FROM app_sign_in($1, $2, 'test station')"),
            {email, QString::fromLatin1(TenantFixture::password)});
        QCOMPARE(right.text(0, 0), QStringLiteral("locked"));
        QVERIFY(right.isNull(0, 1));
        QCOMPARE(right.text(0, 2), QStringLiteral("t"));
        const PgResult events = m_db->session().exec(
            QStringLiteral("SELECT event, count(*) FROM audit_log WHERE user_id = $1 GROUP BY event ORDER BY event"),
            {id});
        QCOMPARE(events.rowCount(), 3);
        QCOMPARE(events.text(0, 0) + QLatin1Char('=') + events.text(0, 1), QStringLiteral("account_locked=1"));
        QCOMPARE(events.text(1, 0) + QLatin1Char('=') + events.text(1, 1), QStringLiteral("sign_in_failed=5"));
        QCOMPARE(events.text(2, 0) + QLatin1Char('=') + events.text(2, 1), QStringLiteral("sign_in_refused_locked=16"));
        // A manager's new password ends the lockout.
        QVERIFY(m_db->run(QStringLiteral("SELECT admin_set_password($1, 'sapphire-kettle-morning', false)"), {id}));
        QCOMPARE(
            connection
                ->exec(QStringLiteral("SELECT result FROM app_sign_in($1, 'sapphire-kettle-morning', 'x')"), {email})
                .text(0, 0),
            QStringLiteral("signed_in"));
    }

    void anEmailNoAccountHasLocksTheSameWay()
    {
        // Whether an account has an email must not show: the same answers, the same lock.
        auto connection = station();
        QStringList answers;
        for (int attempt = 1; attempt <= 6; ++attempt)
            answers.append(connection
                               ->exec(QStringLiteral("SELECT result FROM app_sign_in($1, $2, 'test station')"),
                                      {QStringLiteral("nobody.here@example.org"), QStringLiteral("any-password-1")})
                               .text(0, 0));
        QCOMPARE(answers, QStringList({QStringLiteral("invalid"), QStringLiteral("invalid"), QStringLiteral("invalid"),
                                       QStringLiteral("invalid"), QStringLiteral("locked"), QStringLiteral("locked")}));
        // Nothing about it in the audit log: it may have been a password typed into the email box.
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE details::text LIKE '%nobody.here%'"))
                     .integer(0, 0),
                 0);
    }

    void anotherSessionCannotSeeAPasswordBeingSent()
    {
        const QString email = m_fixture.emails.value(QStringLiteral("carerA"));
        const QString secret = QString::fromLatin1(TenantFixture::password);
        // Hold the lock app_sign_in takes for this email, so the sign-in waits in full view of pg_stat_activity.
        const PgSession owner = m_db->session();
        QVERIFY(owner
                    .exec(QStringLiteral("SELECT pg_advisory_lock(hashtext('writecarenotes.sign_in'), hashtext($1))"),
                          {email})
                    .ok());
        StationConnection first(m_fixture.stationSettings(*m_db));
        StationConnection watcher(m_fixture.stationSettings(*m_db)); // the same station login
        QVERIFY(first.send(QStringLiteral("SELECT result, session_token FROM app_sign_in($1, $2, $3)"),
                           {email, secret, QStringLiteral("station one")}));
        const QString seen = QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = "
                                            "'Lock'");
        QTRY_COMPARE_WITH_TIMEOUT(watcher.exec(seen, {first.backendPid()}).rowCount(), 1, 30000);
        const QString query = watcher.exec(seen, {first.backendPid()}).text(0, 0);
        QVERIFY(owner
                    .exec(QStringLiteral("SELECT pg_advisory_unlock(hashtext('writecarenotes.sign_in'), hashtext($1))"),
                          {email})
                    .ok());
        const PgResult signedIn = first.finish();
        QCOMPARE(query, QStringLiteral("SELECT result, session_token FROM app_sign_in($1, $2, $3)"));
        QVERIFY(!query.contains(secret));
        QCOMPARE(signedIn.text(0, 0), QStringLiteral("signed_in"));

        // And the token, attached the same way, is not visible either.
        const QString token = signedIn.text(0, 1);
        QVERIFY(first.exec(QStringLiteral("SELECT app_use_session($1)"), {token}).ok());
        QCOMPARE(watcher.exec(QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = $1"), {first.backendPid()})
                     .text(0, 0),
                 QStringLiteral("SELECT app_use_session($1)"));
        QCOMPARE(watcher.exec(QStringLiteral("SELECT current_setting('wcn.session_token', true)")).text(0, 0),
                 QString());
    }

    void medicalNotesAreEncryptedAtRest()
    {
        const PgResult stored = m_db->session().exec(
            QStringLiteral("SELECT encrypted_medical_notes, medical_notes_key_version FROM residents WHERE id = $1"),
            {resident("A1a")});
        QVERIFY(!stored.isNull(0, 0));
        QVERIFY(!stored.text(0, 0).contains(QStringLiteral("prefers tea")));
        QCOMPARE(stored.integer(0, 1), 1);
        // Each organization has its own key, wrapped.
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(DISTINCT organization_id) FROM organization_keys"))
                     .integer(0, 0),
                 2);
    }

    void aPgDumpHoldsNoNoteAndNoKey()
    {
        QString error;
        const TestCluster cluster = TestCluster::current(&error);
        QProcess dump;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), cluster.password);
        dump.setProcessEnvironment(environment);
        dump.start(cluster.binDirectory + QStringLiteral("/pg_dump"),
                   {QStringLiteral("--host=") + cluster.socketDirectory,
                    QStringLiteral("--port=") + QString::number(cluster.port),
                    QStringLiteral("--username=") + QString::fromLatin1(TestCluster::superuser), m_db->name()});
        QVERIFY(dump.waitForFinished(120000));
        QCOMPARE(dump.exitCode(), 0);
        const QByteArray text = dump.readAllStandardOutput();
        QVERIFY(text.contains("Edna")); // it is a real dump of this database
        QVERIFY(!text.contains("prefers tea"));
        QVERIFY(!text.contains("hearing aid"));
        QFile keyFile(cluster.baseDirectory + QStringLiteral("/master.key"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray masterKey = keyFile.readAll().trimmed();
        QCOMPARE(masterKey.size(), 64);
        QVERIFY(!text.contains(masterKey));
        QVERIFY(!text.contains(TenantFixture::password));
    }

    void failingStatementsLeaveNoSecretInTheServerLog()
    {
        const QString note = QStringLiteral("log-probe note %1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString password =
            QStringLiteral("log-probe password %1").arg(QUuid::createUuid().toString(QUuid::Id128));
        auto nurse = signedIn(QStringLiteral("nurseA"));
        QCOMPARE(nurse->exec(QStringLiteral("SELECT app_write_medical_notes($1, $2)"), {resident("B1"), note})
                     .error()
                     .sqlState,
                 denied);
        QVERIFY(!nurse
                     ->exec(QStringLiteral("SELECT app_sign_in($1, $2, $3) FROM no_such_table"),
                            {QStringLiteral("x@example.org"), password, QStringLiteral("s")})
                     .ok());
        QVERIFY(!nurse->exec(QStringLiteral("SELECT app_change_password($1, $2)::integer"), {password, password}).ok());
        QString error;
        QFile log(TestCluster::current(&error).dataDirectory + QStringLiteral("/startup.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("no_such_table")); // the failures were logged, with their statements
        QVERIFY(!text.contains(note.toUtf8()));
        QVERIFY(!text.contains(password.toUtf8()));
    }

    void policiesLookUpTheSessionOncePerStatement()
    {
        auto nurse = signedIn(QStringLiteral("nurseA"));
        const PgResult plan = nurse->exec(
            QStringLiteral("EXPLAIN (COSTS OFF) SELECT id, last_name FROM residents WHERE lower(last_name) ^@ 'test'"));
        QString text;
        for (int r = 0; r < plan.rowCount(); ++r)
            text += plan.text(r, 0) + QLatin1Char('\n');
        QVERIFY2(text.contains(QStringLiteral("InitPlan")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("SubPlan")), qPrintable(text));
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

    void deactivatingAUserEndsTheirSessionsAtOnce()
    {
        const QString email = QStringLiteral("lena.leaver@example.org");
        const QString id = makeUser(email);
        auto connection = station();
        const QString token =
            connection
                ->exec(QStringLiteral("SELECT session_token FROM app_sign_in($1, $2, 'test station')"),
                       {email, QString::fromLatin1(TenantFixture::password)})
                .text(0, 0);
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_use_session($1)"), {token}).text(0, 0),
                 QStringLiteral("t"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 2);
        auto admin = signedIn(QStringLiteral("adminA"));
        QCOMPARE(admin->exec(QStringLiteral("UPDATE users SET active = false WHERE id = $1"), {id}).rowsAffected(), 1);
        QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
        QCOMPARE(connection
                     ->exec(QStringLiteral("SELECT result FROM app_sign_in($1, $2, 'test station')"),
                            {email, QString::fromLatin1(TenantFixture::password)})
                     .text(0, 0),
                 QStringLiteral("invalid"));
    }

    void aPasswordSetByAnAdministratorMustBeChangedFirst()
    {
        const QString email = QStringLiteral("lena.newstarter@example.org");
        const QString id = makeUser(email);
        auto admin = signedIn(QStringLiteral("adminA"));
        QCOMPARE(admin->exec(QStringLiteral("SELECT app_set_user_password($1, 'short')"), {id}).text(0, 0),
                 QStringLiteral("too_short"));
        QCOMPARE(admin->exec(QStringLiteral("SELECT app_set_user_password($1, 'Password123!')"), {id}).text(0, 0),
                 QStringLiteral("too_common"));
        QCOMPARE(
            admin->exec(QStringLiteral("SELECT app_set_user_password($1, 'marble-orchard-sunrise')"), {id}).text(0, 0),
            QStringLiteral("set"));

        auto connection = station();
        const PgResult first = connection->exec(
            QStringLiteral("SELECT result, session_token FROM app_sign_in($1, 'marble-orchard-sunrise', 'x')"),
            {email});
        QCOMPARE(first.text(0, 0), QStringLiteral("change_password"));
        // The session may change the password and do nothing else.
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_use_session($1)"), {first.text(0, 1)}).text(0, 0),
                 QStringLiteral("f"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 0);
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_change_password('wrong', 'a-better-password-here')"))
                     .text(0, 0),
                 QStringLiteral("wrong_password"));
        QCOMPARE(connection
                     ->exec(QStringLiteral("SELECT app_change_password('marble-orchard-sunrise', "
                                           "'marble-orchard-sunrise')"))
                     .text(0, 0),
                 QStringLiteral("unchanged"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_change_password('marble-orchard-sunrise', 'qwertyuiop1')"))
                     .text(0, 0),
                 QStringLiteral("too_common"));
        QCOMPARE(connection
                     ->exec(QStringLiteral("SELECT app_change_password('marble-orchard-sunrise', "
                                           "'copper-meadow-lantern')"))
                     .text(0, 0),
                 QStringLiteral("changed"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT app_use_session($1)"), {first.text(0, 1)}).text(0, 0),
                 QStringLiteral("t"));
        QCOMPARE(connection->exec(QStringLiteral("SELECT count(*) FROM residents")).integer(0, 0), 2);
    }

    void theHashCostRisesAtTheNextSignIn()
    {
        const QString email = QStringLiteral("lena.cost@example.org");
        const QString id = makeUser(email);
        const auto cost = [&] {
            return m_db->session()
                .exec(QStringLiteral("SELECT substring(password_hash FROM '^\\$2a\\$([0-9]{2})') FROM user_credentials "
                                     "WHERE user_id = $1"),
                      {id})
                .text(0, 0);
        };
        QCOMPARE(cost(), QStringLiteral("10"));
        QVERIFY(m_db->run(QStringLiteral("UPDATE system_settings SET password_hash_cost = 11")));
        auto connection = station();
        QCOMPARE(connection
                     ->exec(QStringLiteral("SELECT result FROM app_sign_in($1, $2, 'x')"),
                            {email, QString::fromLatin1(TenantFixture::password)})
                     .text(0, 0),
                 QStringLiteral("signed_in"));
        QVERIFY(m_db->run(QStringLiteral("UPDATE system_settings SET password_hash_cost = 10")));
        QCOMPARE(cost(), QStringLiteral("11"));
        QCOMPARE(connection
                     ->exec(QStringLiteral("SELECT result FROM app_sign_in($1, $2, 'x')"),
                            {email, QString::fromLatin1(TenantFixture::password)})
                     .text(0, 0),
                 QStringLiteral("signed_in"));
    }

    void keyRotationReencryptsWhileNotesStayReadable()
    {
        QString error;
        const int moved = MedicalNotesKeys::rotate(m_db->session(), &error);
        QVERIFY2(moved >= 2, qPrintable(error));
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT string_agg(DISTINCT medical_notes_key_version::text, ',') FROM "
                                          "residents WHERE encrypted_medical_notes IS NOT NULL"))
                     .text(0, 0),
                 QStringLiteral("2"));
        auto nurse = signedIn(QStringLiteral("nurseA"));
        QCOMPARE(nurse->exec(QStringLiteral("SELECT app_read_medical_notes($1)"), {resident("A1a")}).text(0, 0),
                 QStringLiteral("Edna's private note: prefers tea"));
        QVERIFY(nurse
                    ->exec(QStringLiteral("SELECT app_write_medical_notes($1, 'written after rotation')"),
                           {resident("A1b")})
                    .ok());
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT medical_notes_key_version FROM residents WHERE id = $1"),
                           {resident("A1b")})
                     .integer(0, 0),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "TestSecurity.moc"
