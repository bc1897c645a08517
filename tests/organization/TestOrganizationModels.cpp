// The organization's lists as a signed-in user's session sees them (row-level security decides), each under
// QAbstractItemModelTester from before it is filled; and the password rule told before the database is asked.

#include "SignedInConnection.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "organization/FacilityListModel.h"
#include "organization/UserDirectory.h"
#include "organization/UserListModel.h"
#include "session/PasswordRules.h"

#include <QAbstractItemModelTester>
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
};

QTEST_GUILESS_MAIN(TestOrganizationModels)
#include "TestOrganizationModels.moc"
