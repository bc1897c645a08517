// The records kept of residents who have left or died (issue 19, point 7), against the real server: the
// administrator lists Harold, discharged in 2010, and Iris, who died on 29 February 2024, with the first day each
// may be archived as the database reckons it (the same day RecordRetention gives, at every boundary); sets a legal
// hold on Harold's records with its reason, which the audit log keeps, and releases it. Nobody else lists them or
// sets a hold, nor an administrator of another home. Last, the window: the administrator does it on the Records kept
// page.

#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "compliance/RecordRetention.h"
#include "database/PgSession.h"
#include "organization/NewUser.h"
#include "organization/OrganizationDetails.h"
#include "organization/OrganizationSetup.h"
#include "organization/RecordsKeptModel.h"
#include "organization/RecordsKeptStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

class TestRecordsKept : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QString m_harold;
    QString m_iris;

    QString addFormerResident(const char *first, const char *last, const char *status, const QDate &admitted,
                              const QDate &left, const char *nhs)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const bool done = m_db->run(
            QStringLiteral("INSERT INTO residents (id, organization_id, facility_id, first_name, last_name, "
                           "date_of_birth, admission_date, discharge_date, status, nhs_number, room_number, "
                           "created_by) VALUES ($1, $2, $3, $4, $5, '1930-01-01', $6, $7, $8, $9, '1', $10)"),
            {id, m_fixture.orgA, m_fixture.facilityA1, QString::fromLatin1(first), QString::fromLatin1(last), admitted,
             left, QString::fromLatin1(status), QString::fromLatin1(nhs), m_fixture.user("nurseA")});
        return done ? id : QString();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        m_harold = addFormerResident("Harold", "Formerresident", "discharged", QDate(2009, 1, 5), QDate(2010, 6, 1),
                                     "9990000050");
        QVERIFY(!m_harold.isEmpty());
        m_iris =
            addFormerResident("Iris", "Lateresident", "deceased", QDate(2020, 3, 2), QDate(2024, 2, 29), "9990000069");
        QVERIFY(!m_iris.isEmpty());
    }
    void cleanupTestCase() { m_db.reset(); }

    // The database reckons as RecordRetention does, for every nation and boundary.
    void theDatabaseReckonsAsTheRuleDoes_data()
    {
        QTest::addColumn<QString>("nation");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("careEnded");
        QTest::addColumn<QDate>("lastEntry");
        QTest::addColumn<int>("years");    // the organization's own, 0 for none
        QTest::addColumn<QString>("from"); // the organization's own, empty for none
        const QString none;
        const QString careEnded = QStringLiteral("care_ended");
        const QString lastEntry = QStringLiteral("last_entry");
        QTest::newRow("england") << "england"
                                 << "discharged" << QDate(2018, 3, 1) << QDate(2019, 1, 1) << 0 << none;
        QTest::newRow("england, 29 February") << "england"
                                              << "deceased" << QDate(2016, 2, 29) << QDate() << 0 << none;
        QTest::newRow("england, 31 December") << "england"
                                              << "deceased" << QDate(2018, 12, 31) << QDate() << 0 << none;
        QTest::newRow("wales, later entry") << "wales"
                                            << "discharged" << QDate(2022, 5, 10) << QDate(2022, 6, 1) << 0 << none;
        QTest::newRow("wales, earlier entry") << "wales"
                                              << "deceased" << QDate(2022, 5, 10) << QDate(2022, 5, 1) << 0 << none;
        QTest::newRow("wales, 29 February") << "wales"
                                            << "discharged" << QDate(2024, 2, 29) << QDate(2024, 2, 29) << 0 << none;
        QTest::newRow("scotland") << "scotland"
                                  << "discharged" << QDate(2018, 3, 1) << QDate(2019, 1, 1) << 0 << none;
        QTest::newRow("the organization's 10 years")
            << "england"
            << "discharged" << QDate(2018, 3, 1) << QDate(2019, 1, 1) << 10 << none;
        QTest::newRow("wales counted from the care's end")
            << "wales"
            << "discharged" << QDate(2022, 5, 10) << QDate(2022, 6, 1) << 0 << careEnded;
        QTest::newRow("from the last entry, 29 February")
            << "england"
            << "deceased" << QDate(2020, 1, 2) << QDate(2020, 2, 29) << 5 << lastEntry;
        QTest::newRow("living here") << "england"
                                     << "admitted" << QDate(2018, 3, 1) << QDate() << 0 << none;
    }
    void theDatabaseReckonsAsTheRuleDoes()
    {
        QFETCH(QString, nation);
        QFETCH(QString, status);
        QFETCH(QDate, careEnded);
        QFETCH(QDate, lastEntry);
        QFETCH(int, years);
        QFETCH(QString, from);
        const QDate expected = RecordRetention::firstDayDue(RecordRetention::forOrganization(nation, years, from),
                                                            status, careEnded, lastEntry);
        const QString reckoned = m_db->text(
            QStringLiteral("SELECT wcn_retention_first_day_due($1, $2, $3::date, $4::date, nullif($5::integer, 0), "
                           "nullif($6::text, ''))::text"),
            {nation, status, careEnded, lastEntry.isValid() ? QVariant(lastEntry) : QVariant(), years, from});
        QCOMPARE(QDate::fromString(reckoned, Qt::ISODate), expected);
    }

    void theAdministratorListsThemAndHoldsOne()
    {
        const auto admin = m_fixture.signedIn(*m_db, "adminA");
        QVERIFY(admin->isValid());
        Result<QList<RecordsKeptRow>> read = RecordsKeptStore::read(admin->database());
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value.size(), 2);
        const RecordsKeptRow harold = read.value.at(0);
        QCOMPARE(harold.residentId, m_harold);
        QCOMPARE(harold.firstName + QLatin1Char(' ') + harold.lastName, QStringLiteral("Harold Formerresident"));
        QCOMPARE(harold.home, QStringLiteral("Fern House"));
        QCOMPARE(harold.status, QStringLiteral("discharged"));
        QCOMPARE(harold.careEnded, QDate(2010, 6, 1));
        QCOMPARE(harold.firstDayDue, QDate(2018, 6, 2));
        QVERIFY(!harold.onHold);
        const RecordsKeptRow iris = read.value.at(1);
        QCOMPARE(iris.residentId, m_iris);
        QCOMPARE(iris.status, QStringLiteral("deceased"));
        QCOMPARE(iris.firstDayDue, QDate(2032, 3, 1)); // 2032 has a 29 February: due the day after it
        RecordsKeptModel model;
        model.setRows(read.value, QDate(2026, 12, 4));
        QVERIFY(model.isDue(0));
        QVERIFY(!model.isDue(1));
        QCOMPARE(model.dueCount(), 1);
        model.setRows(read.value, QDate(2018, 6, 1)); // the anniversary itself: not yet longer ago than 8 years
        QCOMPARE(model.dueCount(), 0);

        // A hold needs its reason, is recorded with it, keeps the records, and is released the same way.
        Result<> held = RecordsKeptStore::setHold(admin->database(), m_harold, true, QStringLiteral("   "));
        QVERIFY(!held.ok());
        QCOMPARE(held.message, QStringLiteral("A legal hold needs its reason (up to 500 characters): say what the "
                                              "records are kept for, for example the claim or enquiry."));
        held = RecordsKeptStore::setHold(admin->database(), m_harold, true,
                                         QStringLiteral("Claim 2026/114 by the family, letter of 1 December"));
        QVERIFY2(held.ok(), qPrintable(held.message));
        read = RecordsKeptStore::read(admin->database());
        QVERIFY(read.ok() && read.value.at(0).onHold);
        QCOMPARE(read.value.at(0).holdReason, QStringLiteral("Claim 2026/114 by the family, letter of 1 December"));
        model.setRows(read.value, QDate(2026, 12, 4));
        QCOMPARE(model.dueCount(), 0);
        // A long reason is in its column and, whole, on hovering.
        QCOMPARE(model.data(model.index(0, RecordsKeptModel::Hold), Qt::ToolTipRole).toString(),
                 QStringLiteral("Claim 2026/114 by the family, letter of 1 December"));
        QCOMPARE(m_db->text(QStringLiteral("SELECT event || ' ' || user_id || ' ' || (details ->> 'reason') FROM "
                                           "audit_log WHERE subject_id = $1 ORDER BY id DESC LIMIT 1"),
                            {m_harold}),
                 QStringLiteral("legal_hold_set %1 Claim 2026/114 by the family, letter of 1 December")
                     .arg(m_fixture.user("adminA")));
        held = RecordsKeptStore::setHold(admin->database(), m_harold, true, QStringLiteral("again"));
        QVERIFY(!held.ok());
        QCOMPARE(held.message, QStringLiteral("The legal hold is already as you asked: someone may have just changed "
                                              "it. The list is read again."));
        held = RecordsKeptStore::setHold(admin->database(), m_harold, false, QStringLiteral("Claim settled"));
        QVERIFY2(held.ok(), qPrintable(held.message));
        // The organization's own period: 20 years after the care ended; a period the database cannot keep is refused.
        Result<OrganizationDetails> details = OrganizationDetails::load(admin->database());
        QVERIFY(details.ok());
        details.value.retentionYears = 20;
        details.value.retentionFrom = QStringLiteral("care_ended");
        QVERIFY(OrganizationDetails::save(admin->database(), details.value).ok());
        Result<QList<RecordsKeptRow>> longer = RecordsKeptStore::read(admin->database());
        QVERIFY(longer.ok());
        QCOMPARE(longer.value.at(0).firstDayDue, QDate(2030, 6, 2));
        details.value.retentionYears = 101;
        const Result<> tooLong = OrganizationDetails::save(admin->database(), details.value);
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.message, QStringLiteral("Records are kept for 1 to 100 years, counted from when the care "
                                                 "ended or from the last entry: choose a period in the "
                                                 "organization's details."));
        details.value.retentionYears = 0; // the nation's again
        details.value.retentionFrom.clear();
        QVERIFY(OrganizationDetails::save(admin->database(), details.value).ok());
        QVERIFY(!m_db->text(QStringLiteral("SELECT settings::text FROM organizations WHERE id = $1"), {m_fixture.orgA})
                     .contains(QLatin1String("retention")));
        read = RecordsKeptStore::read(admin->database());
        QVERIFY(read.ok() && !read.value.at(0).onHold);
        QCOMPARE(m_db->text(QStringLiteral("SELECT event FROM audit_log WHERE subject_id = $1 ORDER BY id DESC "
                                           "LIMIT 1"),
                            {m_harold}),
                 QStringLiteral("legal_hold_released"));
    }

    void nobodyElseListsOrHolds()
    {
        for (const char *who : {"nurseA", "managerA", "nurseB"}) {
            const auto user = m_fixture.signedIn(*m_db, who);
            QVERIFY(user->isValid());
            const Result<QList<RecordsKeptRow>> read = RecordsKeptStore::read(user->database());
            QVERIFY2(!read.ok(), who);
            QCOMPARE(read.message, QStringLiteral("Only an administrator sees the records kept."));
            const Result<> held = RecordsKeptStore::setHold(user->database(), m_iris, true, QStringLiteral("claim"));
            QVERIFY2(!held.ok(), who);
            QCOMPARE(held.message, QStringLiteral("Only an administrator sets or releases a legal hold."));
        }
    }

    void anAdministratorOfOneHomeHoldsOnlyItsRecords()
    {
        NewUser oak;
        oak.organizationId = m_fixture.orgA;
        oak.email = QStringLiteral("admin.oak@example.org");
        oak.firstName = QStringLiteral("Rhys");
        oak.lastName = QStringLiteral("Testadmin");
        oak.role = QStringLiteral("admin");
        oak.facilityIds = {m_fixture.facilityA2};
        const Result<QString> made =
            OrganizationSetup::createUser(m_db->session(), oak, QString::fromLatin1(TenantFixture::password), false);
        QVERIFY2(made.ok(), qPrintable(made.message));
        const SignedInConnection admin(m_fixture.stationSettings(*m_db), oak.email,
                                       QString::fromLatin1(TenantFixture::password));
        QVERIFY2(admin.isValid(), qPrintable(admin.errorMessage()));
        // Harold and Iris lived at Fern House: not hers to list or hold.
        const Result<QList<RecordsKeptRow>> read = RecordsKeptStore::read(admin.database());
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value.size(), 0);
        const Result<> held = RecordsKeptStore::setHold(admin.database(), m_harold, true, QStringLiteral("claim"));
        QVERIFY(!held.ok());
        QCOMPARE(held.message, QStringLiteral("Only an administrator sets or releases a legal hold."));
        // Neither set nor released: a hold that is neither is refused, and writes nothing.
        const auto adminA = m_fixture.signedIn(*m_db, "adminA");
        const QString entries =
            m_db->text(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_id = $1"), {m_harold});
        const PgResult neither = PgSession(adminA->database())
                                     .exec(QStringLiteral("SELECT app_set_legal_hold($1, NULL, 'claim')"), {m_harold});
        QCOMPARE(neither.error().sqlState, QStringLiteral("42501"));
        QCOMPARE(m_db->text(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_id = $1"), {m_harold}),
                 entries);
    }

    void theAdministratorHoldsOnThePage()
    {
        // Harold's records may be archived since 2018, Iris's not before 2032.
        Clock::freezeAt(QDateTime(QDate(2026, 12, 6), QTime(12, 0)));
        const auto reset = qScopeGuard([] { Clock::reset(); });
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.email("adminA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Records kept")));
        auto *table = driver.child<QTableView>("recordsKeptTableView");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(1, RecordsKeptModel::Resident).data().toString(),
                 QStringLiteral("Iris Lateresident"));
        QCOMPARE(driver.child<QLabel>("recordsKeptSummaryLabel")->text(),
                 QStringLiteral("2 residents who have left or died. The records of 1 of them may be archived now."));
        auto *hold = driver.child<QPushButton>("setHoldPushButton");
        auto *reason = driver.child<QLineEdit>("holdReasonLineEdit");
        table->selectRow(1);
        QVERIFY(!hold->isEnabled()); // no reason yet
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Coroner's inquest"));
        QCoreApplication::processEvents();
        QTest::keyClicks(reason, QStringLiteral(", letter of 2 December"));
        QVERIFY(hold->isEnabled());
        QTest::mouseClick(hold, Qt::LeftButton);
        QCOMPARE(driver.child<QLabel>("recordsKeptMessageLabel")->text(),
                 QStringLiteral("The records of Iris Lateresident are kept under a legal hold."));
        QTRY_COMPARE(table->model()->index(1, RecordsKeptModel::Hold).data().toString(),
                     QStringLiteral("Coroner's inquest, letter of 2 December"));
        QCOMPARE(table->model()->index(1, RecordsKeptModel::FirstDayDue).data().toString(),
                 QStringLiteral("kept: legal hold"));
        QVERIFY(reason->text().isEmpty());
        QVERIFY(driver.showPage(QStringLiteral("Records kept")));
        if (const QString shots = qEnvironmentVariable("WCN_LAYOUT_SHOTS"); !shots.isEmpty())
            driver.window()->grab().save(shots + QStringLiteral("/records-kept.png"));
    }
};

QTEST_MAIN(TestRecordsKept)
#include "TestRecordsKept.moc"
