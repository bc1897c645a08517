// The organization and its care homes administered (issue 18, point 2), as the administrator's stores call them and
// as SQL through the station login: homes added, changed, closed once nobody lives there and reopened; the details'
// named fields kept by the database; only those who manage homes or the organization change them; and the window.
#include "SignedInConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/PgSession.h"
#include "organization/FacilityListModel.h"
#include "organization/HomeDialog.h"
#include "organization/HomeStore.h"
#include "organization/OrganizationDetails.h"
#include "organization/OrganizationDetailsDialog.h"
#include "organization/OrganizationSetup.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <memory>

class TestHomesAdministration : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QString m_birch; // added by the first test

    PgResult exec(const QString &statement, const QVariantList &params = {}) const
    {
        return m_db->session().exec(statement, params);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
    }
    void cleanupTestCase() { m_db.reset(); }

    void aHomeIsAddedChangedAndReadBack()
    {
        const auto admin = m_fixture.signedIn(*m_db, "adminA");
        QVERIFY(admin->isValid());
        HomeDetails birch;
        birch.name = QStringLiteral("  Birch House ");
        birch.type = QStringLiteral("nursing");
        birch.capacity = 40;
        birch.address = PostalAddress{QStringLiteral("1 Mill Lane"), QString(), QStringLiteral("Testbury"), QString(),
                                      QStringLiteral("zz99 1zz")};
        birch.phone = QStringLiteral("01632 960000");
        birch.regulator = QStringLiteral("cqc");
        birch.locationId = QStringLiteral("1-000000001");
        birch.registeredManager = QStringLiteral("Meera Testmanager");
        const Result<QString> added = HomeStore::add(admin->database(), birch);
        QVERIFY2(added.ok(), qPrintable(added.message));
        m_birch = added.value;
        QCOMPARE(exec(QStringLiteral("SELECT name || '|' || type || '|' || capacity || '|' || address::text || '|' || "
                                     "contact_details::text || '|' || registration_details::text "
                                     "FROM facilities WHERE id = $1::uuid"),
                      {m_birch})
                     .text(0, 0),
                 QStringLiteral("Birch House|nursing|40|{\"town\": \"Testbury\", \"line1\": \"1 Mill Lane\", "
                                "\"postcode\": \"ZZ99 1ZZ\"}|{\"phone\": \"01632 960000\"}|{\"regulator\": \"cqc\", "
                                "\"location_id\": \"1-000000001\", \"registered_manager\": \"Meera Testmanager\"}"));
        // Its shift times start as the usual ones.
        QCOMPARE(exec(QStringLiteral("SELECT string_agg(shift, ',' ORDER BY starts_at) FROM shift_patterns "
                                     "WHERE facility_id = $1::uuid"),
                      {m_birch})
                     .text(0, 0),
                 QStringLiteral("early,late,night"));

        const Result<QList<HomeDetails>> homes = HomeStore::homes(admin->database());
        QVERIFY(homes.ok());
        QCOMPARE(homes.value.size(), 3);
        const HomeDetails read = homes.value.at(0);
        QCOMPARE(read.name, QStringLiteral("Birch House"));
        QCOMPARE(read.capacity, 40);
        QCOMPARE(read.address.postcode, QStringLiteral("ZZ99 1ZZ"));
        QCOMPARE(read.address.oneLine(), QStringLiteral("1 Mill Lane, Testbury, ZZ99 1ZZ"));
        QCOMPARE(read.locationId, QStringLiteral("1-000000001"));
        QVERIFY(!read.closedOn.isValid());

        HomeDetails renamed = read;
        renamed.name = QStringLiteral("Birch Lodge");
        renamed.capacity = 0; // not given
        QVERIFY(HomeStore::update(admin->database(), renamed).ok());
        QCOMPARE(exec(QStringLiteral("SELECT name || '|' || coalesce(capacity::text, 'none') FROM facilities "
                                     "WHERE id = $1::uuid"),
                      {m_birch})
                     .text(0, 0),
                 QStringLiteral("Birch Lodge|none"));
        // Two homes of one name, and a postcode that is none, are refused with a sentence naming what to change.
        renamed.name = QStringLiteral("Fern House");
        const Result<> twice = HomeStore::update(admin->database(), renamed);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.message.contains(QStringLiteral("name")), qPrintable(twice.message));
        renamed.name = QStringLiteral("Birch Lodge");
        renamed.address.postcode = QStringLiteral("ZZ99");
        const Result<> postcode = HomeStore::update(admin->database(), renamed);
        QCOMPARE(postcode.field, QStringLiteral("postcode"));
        QCOMPARE(postcode.message, QStringLiteral("\"ZZ99\" is not a UK postcode: type it as on a letter, for example "
                                                  "SW1A 1AA."));
    }

    void onlyThoseWhoManageHomesChangeThem()
    {
        const auto manager = m_fixture.signedIn(*m_db, "managerA");
        QVERIFY(manager->isValid());
        HomeDetails home;
        home.name = QStringLiteral("Hazel House");
        QVERIFY(!HomeStore::add(manager->database(), home).ok());
        home.id = m_birch;
        home.name = QStringLiteral("Taken Over");
        const Result<> changed = HomeStore::update(manager->database(), home);
        QCOMPARE(changed.message,
                 QStringLiteral("You may not change this home: ask an administrator who manages care homes."));
        QCOMPARE(HomeStore::setClosed(manager->database(), m_birch, QDate(2026, 1, 1)).outcome, Outcome::Refused);
        OrganizationDetails details = OrganizationDetails::load(manager->database()).value;
        details.name = QStringLiteral("Taken Over");
        QCOMPARE(OrganizationDetails::save(manager->database(), details).message,
                 QStringLiteral("You may not change the organization's details: ask an administrator."));
        QCOMPARE(exec(QStringLiteral("SELECT (SELECT count(*) FROM facilities WHERE name IN ('Hazel House', "
                                     "'Taken Over')) + (SELECT count(*) FROM organizations WHERE name = 'Taken Over')"))
                     .integer(0, 0),
                 0);
    }

    // An administrator of one home changes, closes and reopens that home alone, and adds none (she would add a home she
    // may not change).
    void anAdministratorOfOneHomeChangesThatHomeAlone()
    {
        NewUser deputy;
        deputy.organizationId = m_fixture.orgA;
        deputy.email = QStringLiteral("deputy.homes@example.org");
        deputy.firstName = QStringLiteral("Dee");
        deputy.lastName = QStringLiteral("Testdeputy");
        deputy.role = QStringLiteral("admin");
        deputy.facilityIds = {m_fixture.facilityA2};
        QVERIFY(
            OrganizationSetup::createUser(m_db->session(), deputy, QString::fromLatin1(TenantFixture::password), false)
                .ok());
        const auto signedIn = std::make_unique<SignedInConnection>(m_fixture.stationSettings(*m_db), deputy.email,
                                                                   QString::fromLatin1(TenantFixture::password));
        QVERIFY2(signedIn->isValid(), qPrintable(signedIn->errorMessage()));
        const QSqlDatabase db = signedIn->database();
        const Result<QList<HomeDetails>> homes = HomeStore::homes(db);
        QCOMPARE(homes.value.size(), 3); // she sees every home, to know them
        HomeDetails fern;
        HomeDetails oak;
        for (const HomeDetails &home : homes.value) {
            if (home.id == m_fixture.facilityA1)
                fern = home;
            if (home.id == m_fixture.facilityA2)
                oak = home;
        }
        fern.name = QStringLiteral("Fern Taken");
        QCOMPARE(HomeStore::update(db, fern).message,
                 QStringLiteral("You may not change this home: ask an administrator who manages care homes."));
        QCOMPARE(HomeStore::setClosed(db, m_birch, QDate(2026, 12, 4)).outcome, Outcome::Refused);
        oak.capacity = 12;
        QVERIFY(HomeStore::update(db, oak).ok());
        HomeDetails hazel;
        hazel.name = QStringLiteral("Hazel House");
        QVERIFY(!HomeStore::add(db, hazel).ok());
        QCOMPARE(exec(QStringLiteral("SELECT string_agg(name || ':' || coalesce(capacity::text, '-') || ':' || "
                                     "coalesce(closed_on::text, 'open'), ', ' ORDER BY name) FROM facilities "
                                     "WHERE organization_id = $1::uuid"),
                      {m_fixture.orgA})
                     .text(0, 0),
                 QStringLiteral("Birch Lodge:-:open, Fern House:-:open, Oak House:12:open"));
    }

    // Whatever a client sends, the details hold only their named text fields, a postcode of capitals, a regulator
    // and a nation the application knows.
    void theDatabaseKeepsTheFieldsNamed()
    {
        const auto admin = m_fixture.signedIn(*m_db, "adminA");
        const PgSession session(admin->database());
        const auto refusedBy = [&session, this](const QString &statement) {
            return session.exec(statement, {m_birch}).error().constraint;
        };
        QCOMPARE(refusedBy(QStringLiteral("UPDATE public.facilities SET address = '{\"street\": \"x\"}' "
                                          "WHERE id = $1::uuid")),
                 QStringLiteral("facilities_address_check"));
        QCOMPARE(refusedBy(QStringLiteral("UPDATE public.facilities SET address = '{\"postcode\": \"zz99 1zz\"}' "
                                          "WHERE id = $1::uuid")),
                 QStringLiteral("facilities_address_check"));
        QCOMPARE(refusedBy(QStringLiteral("UPDATE public.facilities SET address = '{\"town\": 7}' "
                                          "WHERE id = $1::uuid")),
                 QStringLiteral("facilities_address_check"));
        QCOMPARE(refusedBy(QStringLiteral("UPDATE public.facilities SET contact_details = "
                                          "jsonb_build_object('phone', repeat('1', 201)) WHERE id = $1::uuid")),
                 QStringLiteral("facilities_contact_details_check"));
        QCOMPARE(refusedBy(QStringLiteral("UPDATE public.facilities SET registration_details = "
                                          "'{\"regulator\": \"ofsted\"}' WHERE id = $1::uuid")),
                 QStringLiteral("facilities_registration_details_check"));
        QCOMPARE(refusedBy(QStringLiteral("UPDATE public.organizations SET settings = settings || "
                                          "'{\"nation\": \"france\"}' WHERE $1::uuid IS NOT NULL")),
                 QStringLiteral("organizations_nation_check"));
        QCOMPARE(refusedBy(QStringLiteral("UPDATE public.organizations SET contact_details = "
                                          "'{\"fax\": \"01632 960001\"}' WHERE $1::uuid IS NOT NULL")),
                 QStringLiteral("organizations_contact_details_check"));
        // 200 characters, and a postcode in its written form, are kept.
        QVERIFY(session
                    .exec(QStringLiteral("UPDATE public.facilities SET address = jsonb_build_object('line1', "
                                         "repeat('a', 200), 'postcode', 'ZZ99 1ZZ') WHERE id = $1::uuid"),
                          {m_birch})
                    .ok());
    }

    // A home closes once nobody lives there, and nobody is admitted to it after; it reopens.
    void aHomeClosesOnceNobodyLivesThere()
    {
        const auto admin = m_fixture.signedIn(*m_db, "adminA");
        const Result<> fern = HomeStore::setClosed(admin->database(), m_fixture.facilityA1, QDate(2026, 12, 4));
        QVERIFY(!fern.ok());
        QCOMPARE(fern.message, QStringLiteral("Residents still live in this home: discharge them or move them to "
                                              "another home before it closes."));
        QVERIFY(
            exec(QStringLiteral("SELECT closed_on IS NULL FROM facilities WHERE id = $1::uuid"), {m_fixture.facilityA1})
                .text(0, 0) == QLatin1String("t"));
        QVERIFY(HomeStore::setClosed(admin->database(), m_birch, QDate(2026, 12, 4)).ok());
        QCOMPARE(
            exec(QStringLiteral("SELECT closed_on::text FROM facilities WHERE id = $1::uuid"), {m_birch}).text(0, 0),
            QStringLiteral("2026-12-04"));
        FacilityListModel facilities;
        facilities.refresh(admin->database());
        QStringList names;
        for (int row = 0; row < facilities.rowCount(); ++row)
            names.append(facilities.index(row).data().toString());
        QCOMPARE(names, (QStringList{QStringLiteral("Birch Lodge (closed)"), QStringLiteral("Fern House"),
                                     QStringLiteral("Oak House")}));

        const auto manager = m_fixture.signedIn(*m_db, "managerA");
        const PgResult admitted = PgSession(manager->database())
                                      .exec(QStringLiteral("INSERT INTO public.residents (facility_id, first_name, "
                                                           "last_name, date_of_birth, admission_date) VALUES "
                                                           "($1::uuid, 'Ivy', 'Testresident', '1940-02-02', "
                                                           "'2026-12-01')"),
                                            {m_birch});
        QCOMPARE(admitted.error().constraint, QStringLiteral("residents_facility_closed"));
        // A move is a transfer (app_record_resident_event): the rule holds whoever moves the row, the superuser too.
        const PgResult moved = exec(QStringLiteral("UPDATE residents SET facility_id = $1::uuid WHERE id = $2::uuid"),
                                    {m_birch, m_fixture.resident("A2")});
        QCOMPARE(moved.error().constraint, QStringLiteral("residents_facility_closed"));

        // Nor readmitted: a resident discharged from it before it closed stays discharged.
        QVERIFY(m_db->run(
            QStringLiteral(
                "INSERT INTO residents (organization_id, facility_id, first_name, last_name, date_of_birth, "
                "admission_date, discharge_date, status) VALUES ('%1', '%2', 'June', 'Testresident', '1941-03-03', "
                "'2026-01-05', '2026-11-30', 'discharged')")
                .arg(m_fixture.orgA, m_birch)));
        const PgResult readmitted =
            exec(QStringLiteral("UPDATE residents SET status = 'admitted', discharge_date = NULL "
                                "WHERE facility_id = $1::uuid AND last_name = 'Testresident'"),
                 {m_birch});
        QCOMPARE(readmitted.error().constraint, QStringLiteral("residents_facility_closed"));

        QVERIFY(HomeStore::setClosed(admin->database(), m_birch, QDate()).ok());
        QCOMPARE(
            exec(QStringLiteral("SELECT closed_on IS NULL FROM facilities WHERE id = $1::uuid"), {m_birch}).text(0, 0),
            QStringLiteral("t"));
    }

    void theOrganizationsDetailsAreKept()
    {
        const auto admin = m_fixture.signedIn(*m_db, "adminA");
        Result<OrganizationDetails> details = OrganizationDetails::load(admin->database());
        QVERIFY2(details.ok(), qPrintable(details.message));
        QCOMPARE(details.value.nation, QStringLiteral("england"));
        OrganizationDetails changed = details.value;
        changed.registrationNumber = QStringLiteral("1-000000000");
        changed.address = PostalAddress{QStringLiteral("2 Mill Lane"), QString(), QStringLiteral("Testbury"), QString(),
                                        QStringLiteral("zz991zz")};
        changed.email = QStringLiteral("office@example.org");
        changed.nation = QStringLiteral("wales");
        QVERIFY(OrganizationDetails::save(admin->database(), changed).ok());
        details = OrganizationDetails::load(admin->database());
        QCOMPARE(details.value.registrationNumber, QStringLiteral("1-000000000"));
        QCOMPARE(details.value.address.postcode, QStringLiteral("ZZ99 1ZZ"));
        QCOMPARE(details.value.email, QStringLiteral("office@example.org"));
        QCOMPARE(details.value.phone, QString());
        QCOMPARE(details.value.nation, QStringLiteral("wales"));
        QCOMPARE(details.value.name, changed.name);
        // The other settings stay as they were.
        QCOMPARE(exec(QStringLiteral("SELECT settings ->> 'nation' FROM organizations WHERE id = $1::uuid"),
                      {m_fixture.orgA})
                     .text(0, 0),
                 QStringLiteral("wales"));
        changed.name = QStringLiteral("  ");
        QCOMPARE(OrganizationDetails::save(admin->database(), changed).field, QStringLiteral("name"));
    }

    // The window: the administrator adds a care home and sets its shift times, changes the organization's details,
    // and closes the home once asked.
    void anAdministratorAddsAHomeInTheWindow()
    {
        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.email("adminA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Homes")));
        auto *homes = driver.child<QListWidget>("homesListWidget");
        QTRY_VERIFY(homes->isVisible());
        QCOMPARE(homes->count(), 3);

        bool added = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<HomeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("homeNameLineEdit")),
                             QStringLiteral("Rowan House"));
            auto *type = dialog->findChild<QComboBox *>(QStringLiteral("homeTypeComboBox"));
            type->setCurrentIndex(type->findData(QStringLiteral("dual_registered")));
            dialog->findChild<QSpinBox *>(QStringLiteral("homeCapacitySpinBox"))->setValue(32);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("homeTownLineEdit")),
                             QStringLiteral("Testbury"));
            auto *postcode = dialog->findChild<QLineEdit *>(QStringLiteral("homePostcodeLineEdit"));
            QTest::keyClicks(postcode, QStringLiteral("ZZ9"));
            auto *save = dialog->findChild<QPushButton *>(QStringLiteral("homeSavePushButton"));
            QTest::mouseClick(save, Qt::LeftButton);
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("homeMessageLabel"))->text(),
                     QStringLiteral("\"ZZ9\" is not a UK postcode: type it as on a letter, for example SW1A 1AA."));
            QVERIFY(dialog->isVisible());
            QTest::keyClicks(postcode, QStringLiteral("9 2zz"));
            auto *regulator = dialog->findChild<QComboBox *>(QStringLiteral("homeRegulatorComboBox"));
            regulator->setCurrentIndex(regulator->findData(QStringLiteral("ciw")));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("homeLocationIdLineEdit")),
                             QStringLiteral("SIN-00000001"));
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
            added = true;
        });
        QTest::mouseClick(driver.child<QPushButton>("addHomePushButton"), Qt::LeftButton);
        QVERIFY(added);
        QCOMPARE(homes->count(), 4);
        QCOMPARE(homes->currentItem()->text(), QStringLiteral("Rowan House"));
        QCOMPARE(driver.child<QLabel>("homeSummaryLabel")->text(),
                 QStringLiteral("Dual-registered (residential and nursing)\n32 registered beds\nTestbury, ZZ99 2ZZ\n"
                                "Care Inspectorate Wales: SIN-00000001"));
        // Its night shift starts at 20:00.
        driver.child<QTimeEdit>("nightStartTimeEdit")->setTime(QTime(20, 0));
        QTest::mouseClick(driver.child<QPushButton>("saveShiftTimesPushButton"), Qt::LeftButton);
        QCOMPARE(exec(QStringLiteral("SELECT p.starts_at::text FROM shift_patterns AS p JOIN facilities AS f "
                                     "ON f.id = p.facility_id WHERE f.name = 'Rowan House' AND p.shift = 'night'"))
                     .text(0, 0),
                 QStringLiteral("20:00:00"));

        // The organization's details.
        bool renamed = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<OrganizationDetailsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("organizationNationComboBox"))->currentText(),
                     QStringLiteral("Wales"));
            // Records kept by Wales's rule until the organization sets its own: 6 years after the care ended.
            auto *rule = dialog->findChild<QLabel *>(QStringLiteral("retentionRuleLabel"));
            QCOMPARE(rule->text(), QStringLiteral("Kept 3 years from the last entry, then they may be archived."));
            auto *years = dialog->findChild<QSpinBox *>(QStringLiteral("retentionYearsSpinBox"));
            QCOMPARE(years->text(), QStringLiteral("the nation's period"));
            years->setFocus();
            years->selectAll();
            QTest::keyClicks(years, QStringLiteral("6"));
            auto *from = dialog->findChild<QComboBox *>(QStringLiteral("retentionFromComboBox"));
            from->setCurrentIndex(from->findData(QStringLiteral("care_ended")));
            QCOMPARE(rule->text(), QStringLiteral("Kept 6 years after the care ended, then they may be archived."));
            auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("organizationPhoneLineEdit"));
            QTest::keyClicks(phone, QStringLiteral("01632 960002"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("organizationSavePushButton")),
                              Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
            renamed = true;
        });
        QTest::mouseClick(driver.child<QPushButton>("organizationDetailsPushButton"), Qt::LeftButton);
        QVERIFY(renamed);
        QCOMPARE(exec(QStringLiteral("SELECT contact_details ->> 'phone' FROM organizations WHERE id = $1::uuid"),
                      {m_fixture.orgA})
                     .text(0, 0),
                 QStringLiteral("01632 960002"));
        QCOMPARE(
            exec(QStringLiteral("SELECT (settings ->> 'retention_years') || ' ' || (settings ->> 'retention_from') "
                                "FROM organizations WHERE id = $1::uuid"),
                 {m_fixture.orgA})
                .text(0, 0),
            QStringLiteral("6 care_ended"));

        // Closing asks first, and says what it does.
        auto *closeButton = driver.child<QPushButton>("closeHomePushButton");
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(closeButton, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("Rowan House closes today")));
        QCOMPARE(homes->currentItem()->text(), QStringLiteral("Rowan House"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(closeButton, Qt::LeftButton);
        QCOMPARE(driver.child<QLabel>("homesMessageLabel")->text(),
                 QStringLiteral("Rowan House is closed from today. What was recorded there stays."));
        QCOMPARE(homes->currentItem()->text(), QStringLiteral("Rowan House (closed)"));
        QCOMPARE(closeButton->text(), QStringLiteral("&Reopen this home..."));
        driver.closeWindow();
    }
};

QTEST_MAIN(TestHomesAdministration)
#include "TestHomesAdministration.moc"
