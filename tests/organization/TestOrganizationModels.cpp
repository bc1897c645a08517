// The organization's lists as a signed-in user's session sees them (row-level security decides), each under
// QAbstractItemModelTester from before it is filled; and the password rule told before the database is asked.

#include "SignedInConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "common/RightName.h"
#include "database/PgSession.h"
#include "organization/FacilityListModel.h"
#include "organization/UserDirectory.h"
#include "organization/UserFilterModel.h"
#include "organization/UserListModel.h"
#include "session/PasswordRules.h"
#include "session/TemporaryPassword.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

class TestOrganizationModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        const QString problem = m_fixture.create(*m_db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase() { m_db.reset(); }

    void theHomesAreThoseOfTheUsersOrganizationByName()
    {
        auto manager = m_fixture.signedIn(*m_db, "managerA");
        QVERIFY2(manager->isValid(), qPrintable(manager->errorMessage()));
        FacilityListModel facilities;
        const QAbstractItemModelTester facilitiesTester(&facilities,
                                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        facilities.refresh(manager->database());
        QCOMPARE(facilities.rowCount(), 2);
        QCOMPARE(facilities.facilityName(0), QStringLiteral("Fern House"));
        QCOMPARE(facilities.facilityId(0), m_fixture.facilityA1);
        QCOMPARE(facilities.facilityName(1), QStringLiteral("Oak House"));
        QCOMPARE(facilities.facilityId(1), m_fixture.facilityA2);
        // Again, as the page does when it comes back.
        facilities.refresh(manager->database());
        QCOMPARE(facilities.rowCount(), 2);
    }

    void theUsersAreThoseOfTheAdministratorsOrganization()
    {
        auto admin = m_fixture.signedIn(*m_db, "adminA");
        QVERIFY2(admin->isValid(), qPrintable(admin->errorMessage()));
        UserListModel users;
        const QAbstractItemModelTester usersTester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
        users.refresh(admin->database());
        QStringList emails;
        for (int row = 0; row < users.rowCount(); ++row)
            emails.append(users.index(row, UserListModel::Email).data().toString());
        QCOMPARE(emails, QStringList({m_fixture.email("adminA"), m_fixture.email("carerA"), m_fixture.email("managerA"),
                                      m_fixture.email("nurseA"), m_fixture.email("nurseA2")}));
        QCOMPARE(users.userId(0), m_fixture.user("adminA"));
        QVERIFY(users.isActive(0));
        users.refresh(admin->database());
        QCOMPARE(users.rowCount(), 5);
    }

    void aShortPasswordIsRefusedBeforeTheDatabase()
    {
        const QString sentence =
            QStringLiteral("The password needs at least 10 characters: a few words strung together "
                           "are easy to remember and hard to guess.");
        const Result<> tooShort = PasswordRules::check(QStringLiteral("lavender1"));
        QCOMPARE(tooShort.outcome, Outcome::Refused);
        QCOMPARE(tooShort.message, sentence);
        QCOMPARE(tooShort.field, QStringLiteral("password"));
        const Result<> longEnough = PasswordRules::check(QStringLiteral("lavender12"));
        QCOMPARE(longEnough.outcome, Outcome::Done);
        QCOMPARE(longEnough.message, QString());
        QVERIFY(longEnough.ok());
        auto admin = m_fixture.signedIn(*m_db, "adminA");
        QVERIFY2(admin->isValid(), qPrintable(admin->errorMessage()));
        const Result<> reset =
            UserDirectory::resetPassword(admin->database(), m_fixture.user("carerA"), QStringLiteral("short"));
        QCOMPARE(reset.outcome, Outcome::Refused);
        QCOMPARE(reset.field, QStringLiteral("password"));
        QCOMPARE(reset.message, sentence);
    }

    // Words, role, home and state, each alone and together, under the model tester.
    void theUsersAreFoundByWordsRoleHomeAndState()
    {
        auto admin = m_fixture.signedIn(*m_db, "adminA");
        QVERIFY2(admin->isValid(), qPrintable(admin->errorMessage()));
        UserListModel users;
        UserFilterModel filter(&users);
        const QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        users.refresh(admin->database());
        const auto emails = [&filter] {
            QStringList found;
            for (int row = 0; row < filter.rowCount(); ++row)
                found.append(filter.index(row, UserListModel::Email).data().toString());
            return found;
        };
        QCOMPARE(filter.rowCount(), 5);
        filter.setSearch(QStringLiteral("  testNURSE "));
        QCOMPARE(emails(), (QStringList{m_fixture.email("nurseA"), m_fixture.email("nurseA2")}));
        filter.setSearch(QStringLiteral("aino testnurse"));
        QCOMPARE(emails(), QStringList{m_fixture.email("nurseA")});
        filter.setSearch(QStringLiteral("nurse.a2@"));
        QCOMPARE(emails(), QStringList{m_fixture.email("nurseA2")});
        QCOMPARE(users.userId(filter.userRow(0)), m_fixture.user("nurseA2"));
        filter.setSearch(QString());
        filter.setRole(QStringLiteral("nurse"));
        QCOMPARE(emails(), (QStringList{m_fixture.email("nurseA"), m_fixture.email("nurseA2")}));
        filter.setFacility(m_fixture.facilityA2);
        QCOMPARE(emails(), QStringList{m_fixture.email("nurseA2")});
        filter.setRole(QString());
        // Those given every home work at Oak House too.
        QCOMPARE(emails(),
                 (QStringList{m_fixture.email("adminA"), m_fixture.email("managerA"), m_fixture.email("nurseA2")}));
        filter.setFacility(QString());
        filter.setRole(QStringLiteral("admin"));
        QCOMPARE(emails(), QStringList{m_fixture.email("adminA")});
        filter.setRole(QString());
        filter.setState(UserFilterModel::State::Deactivated);
        QCOMPARE(filter.rowCount(), 0);
        filter.setState(UserFilterModel::State::NeverSignedIn);
        // The manager signed in above.
        QCOMPARE(emails(),
                 (QStringList{m_fixture.email("carerA"), m_fixture.email("nurseA"), m_fixture.email("nurseA2")}));
        filter.setState(UserFilterModel::State::Everyone);
        QCOMPARE(filter.userRow(99), -1);
    }

    // What the window names each right, for every right the database knows, and none it does not.
    void everyRightHasAName()
    {
        const QStringList database = m_db->session()
                                         .exec(QStringLiteral("SELECT array_to_string(app_all_capabilities(), ',')"))
                                         .text(0, 0)
                                         .split(QLatin1Char(','));
        const QStringList named = RightName::all();
        QCOMPARE(QSet<QString>(named.begin(), named.end()), QSet<QString>(database.begin(), database.end()));
        QCOMPARE(named.size(), database.size());
        QSet<QString> names;
        for (const QString &code : named) {
            QVERIFY2(RightName::of(code) != code, qPrintable(code));
            names.insert(RightName::of(code));
        }
        QCOMPARE(names.size(), named.size());
        QCOMPARE(RightName::of(QStringLiteral("care_plans.write")), QStringLiteral("Write and review care plans"));
        QCOMPARE(RightName::of(QStringLiteral("no.such")), QStringLiteral("no.such"));
    }

    // Temporary passwords: three groups of four from letters and digits nobody misreads, accepted by the rules.
    void aTemporaryPasswordIsReadableAndAccepted()
    {
        quint32 next = 0;
        QCOMPARE(TemporaryPassword::generate([&next](quint32 bound) { return next++ % bound; }),
                 QStringLiteral("abcd-efgh-jkmn"));
        QCOMPARE(TemporaryPassword::generate([](quint32 bound) { return bound - 1; }),
                 QStringLiteral("9999-9999-9999"));
        const QRegularExpression shape(QStringLiteral("^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){2}$"));
        const QString first = TemporaryPassword::generate();
        const QString second = TemporaryPassword::generate();
        QVERIFY2(shape.match(first).hasMatch(), qPrintable(first));
        QVERIFY(first != second);
        QVERIFY(PasswordRules::check(first).ok());
        for (const QChar misread :
             {QLatin1Char('0'), QLatin1Char('o'), QLatin1Char('1'), QLatin1Char('l'), QLatin1Char('i')})
            QVERIFY(!QString::fromLatin1(TemporaryPassword::alphabet).contains(misread));
        // And the database takes it as a password.
        QCOMPARE(m_db->session().exec(QStringLiteral("SELECT app_password_problem($1)"), {first}).isNull(0, 0), true);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationModels)
#include "TestOrganizationModels.moc"
