// Issue 18's "done when", in one sitting, in the real window at a station's 1366x768 (less a taskbar), as an
// administrator would: a care home added with its shift times; a nurse and an agency carer whose access ends on Friday
// created; the nurse's homes changed and her password reset; a locked-out carer unlocked; a leaver deactivated; then
// the manager finds who opened a resident's record last week, and the administrator verifies the audit trail.
// WCN_LAYOUT_SHOTS=<folder> saves a picture of each step, to look at.
#include "StationConnection.h"
#include "StationWindowDriver.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "database/PgSession.h"
#include "organization/AuditTrailModel.h"
#include "organization/HomeDialog.h"
#include "organization/TemporaryPasswordDialog.h"
#include "organization/UserEditDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/OptionalDateEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <memory>

class TestAdministratorWalkthrough : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    QDate m_serverToday;

    PgResult exec(const QString &statement, const QVariantList &params = {}) const
    {
        return m_db->session().exec(statement, params);
    }
    static void shot(const StationWindowDriver &driver, const QString &name)
    {
        if (const QString folder = qEnvironmentVariable("WCN_LAYOUT_SHOTS"); !folder.isEmpty())
            QVERIFY(
                driver.window()->grab().save(folder + QStringLiteral("/walkthrough-") + name + QStringLiteral(".png")));
    }
    static void choose(QComboBox *box, const QString &text)
    {
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setCurrentIndex(index);
    }
    static void selectUser(QTableView *table, const QString &email)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 1).data().toString() == email)
                table->selectRow(row);
        }
    }
    // Adds a user through the Users page's form; the temporary password shown once is returned.
    QString addUser(const StationWindowDriver &driver, const QString &first, const QString &last, const QString &email,
                    const QString &role, const QString &home, const QDate &until)
    {
        QTest::keyClicks(driver.child<QLineEdit>("newUserFirstNameLineEdit"), first);
        QTest::keyClicks(driver.child<QLineEdit>("newUserLastNameLineEdit"), last);
        QTest::keyClicks(driver.child<QLineEdit>("newUserEmailLineEdit"), email);
        choose(driver.child<QComboBox>("roleComboBox"), role);
        auto *homes = driver.child<QListWidget>("facilitiesListWidget");
        const QList<QListWidgetItem *> items = homes->findItems(home, Qt::MatchExactly);
        if (items.size() != 1)
            return QStringLiteral("no home %1").arg(home);
        items.first()->setCheckState(Qt::Checked);
        if (until.isValid())
            driver.child<OptionalDateEdit>("accessUntilOptionalDateEdit")->setDate(until);
        QString temporary;
        QTimer::singleShot(0, this, [&temporary] {
            auto *shown = qobject_cast<TemporaryPasswordDialog *>(QApplication::activeModalWidget());
            if (!shown)
                return;
            temporary = shown->findChild<QLabel *>(QStringLiteral("temporaryPasswordLabel"))->text();
            shown->accept();
        });
        QTest::mouseClick(driver.child<QPushButton>("addUserPushButton"), Qt::LeftButton);
        return temporary;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        QCOMPARE(m_fixture.create(*m_db), QString());
        m_serverToday = QDate::fromString(m_db->text(QStringLiteral("SELECT current_date::text")), Qt::ISODate);
        QVERIFY(m_serverToday.isValid());
    }
    void cleanupTestCase() { m_db.reset(); }

    void anAdministratorsDay()
    {
        // Last week the nurse opened Edna's record (an entry of six days ago, as the server stamps them), and a carer
        // locked herself out this morning.
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO audit_log (organization_id, user_id, station, event, subject_id, "
                                         "occurred_at, facility_ids) VALUES ($1, $2, 'Fern House office', "
                                         "'resident_opened', $3, now() - interval '6 days', ARRAY[$4::uuid])"),
                          {m_fixture.orgA, m_fixture.user("nurseA"), m_fixture.resident("A1a"), m_fixture.facilityA1}));
        {
            StationConnection station(m_fixture.stationSettings(*m_db));
            for (int attempt = 0; attempt < 6; ++attempt)
                station.signIn(m_fixture.email("carerA"), QStringLiteral("not-her-password-%1").arg(attempt));
        }

        QTemporaryDir drafts;
        StationWindowDriver driver(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(driver.signIn(m_fixture.email("adminA"), QString::fromLatin1(TenantFixture::password),
                              QStringLiteral("Homes")));
        driver.window()->resize(1366, 768 - 70);

        // 1. A care home, and its shift times.
        auto *homes = driver.child<QListWidget>("homesListWidget");
        QTRY_VERIFY(homes->isVisible() && homes->count() == 2);
        bool added = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<HomeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("homeNameLineEdit")),
                             QStringLiteral("Willow Court"));
            auto *type = dialog->findChild<QComboBox *>(QStringLiteral("homeTypeComboBox"));
            type->setCurrentIndex(type->findData(QStringLiteral("nursing")));
            dialog->findChild<QSpinBox *>(QStringLiteral("homeCapacitySpinBox"))->setValue(40);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("homeTownLineEdit")),
                             QStringLiteral("Testbury"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("homePostcodeLineEdit")),
                             QStringLiteral("ZZ99 3WC"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("homeSavePushButton")), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
            added = true;
        });
        QTest::mouseClick(driver.child<QPushButton>("addHomePushButton"), Qt::LeftButton);
        QVERIFY(added);
        QCOMPARE(homes->currentItem()->text(), QStringLiteral("Willow Court"));
        driver.child<QTimeEdit>("nightStartTimeEdit")->setTime(QTime(21, 0));
        QTest::mouseClick(driver.child<QPushButton>("saveShiftTimesPushButton"), Qt::LeftButton);
        QCOMPARE(exec(QStringLiteral("SELECT p.starts_at::text FROM shift_patterns AS p JOIN facilities AS f "
                                     "ON f.id = p.facility_id WHERE f.name = 'Willow Court' AND p.shift = 'night'"))
                     .text(0, 0),
                 QStringLiteral("21:00:00"));
        // Read back into the page as saved.
        QTRY_VERIFY(driver.child<QTimeEdit>("nightStartTimeEdit") &&
                    driver.child<QTimeEdit>("nightStartTimeEdit")->isVisible() &&
                    driver.child<QTimeEdit>("nightStartTimeEdit")->time() == QTime(21, 0));
        shot(driver, QStringLiteral("1-home"));

        // 2. A nurse for the new home, and an agency carer whose access ends on Friday.
        QVERIFY(driver.showPage(QStringLiteral("Users")));
        auto *table = driver.child<QTableView>("usersTableView");
        QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 0);
        QTRY_VERIFY(!driver.child<QListWidget>("facilitiesListWidget")
                         ->findItems(QStringLiteral("Willow Court"), Qt::MatchExactly)
                         .isEmpty());
        const QString nursePassword = addUser(driver, QStringLiteral("Nerys"), QStringLiteral("Testnurse"),
                                              QStringLiteral("nerys.testnurse@example.org"), QStringLiteral("Nurse"),
                                              QStringLiteral("Willow Court"), QDate());
        QCOMPARE(nursePassword.size(), 14);
        const QDate friday = m_serverToday.addDays((Qt::Friday - m_serverToday.dayOfWeek() + 7) % 7);
        const QString carerPassword = addUser(driver, QStringLiteral("Alys"), QStringLiteral("Testagency"),
                                              QStringLiteral("alys.testagency@example.org"), QStringLiteral("Carer"),
                                              QStringLiteral("Willow Court"), friday);
        QCOMPARE(carerPassword.size(), 14);
        QCOMPARE(exec(QStringLiteral("SELECT role || ':' || coalesce(access_until::text, '-') FROM users "
                                     "WHERE email = 'alys.testagency@example.org'"))
                     .text(0, 0),
                 QStringLiteral("carer:%1").arg(friday.toString(Qt::ISODate)));
        shot(driver, QStringLiteral("2-users-added"));

        // 3. The nurse's homes: Fern House too.
        selectUser(table, QStringLiteral("nerys.testnurse@example.org"));
        bool changed = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<UserEditDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("editFacilitiesListWidget"));
            const QList<QListWidgetItem *> fern = list->findItems(QStringLiteral("Fern House"), Qt::MatchExactly);
            QCOMPARE(fern.size(), 1);
            fern.first()->setCheckState(Qt::Checked);
            if (const QString folder = qEnvironmentVariable("WCN_LAYOUT_SHOTS"); !folder.isEmpty())
                QVERIFY(dialog->grab().save(folder + QStringLiteral("/walkthrough-3-change-dialog.png")));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("editSavePushButton")), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
            changed = true;
        });
        QTest::mouseClick(driver.child<QPushButton>("editUserPushButton"), Qt::LeftButton);
        QVERIFY(changed);
        QCOMPARE(
            exec(QStringLiteral("SELECT string_agg(f.name, ', ' ORDER BY f.name) FROM user_facilities AS uf "
                                "JOIN facilities AS f ON f.id = uf.facility_id JOIN users AS u ON u.id = uf.user_id "
                                "WHERE u.email = 'nerys.testnurse@example.org'"))
                .text(0, 0),
            QStringLiteral("Fern House, Willow Court"));

        // 4. Her password reset: asked first, a new temporary password shown once.
        const QString hashBefore =
            exec(QStringLiteral("SELECT c.password_hash FROM user_credentials AS c JOIN users AS u ON u.id = c.user_id "
                                "WHERE u.email = 'nerys.testnurse@example.org'"))
                .text(0, 0);
        selectUser(table, QStringLiteral("nerys.testnurse@example.org"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        bool shown = false;
        QTimer::singleShot(0, this, [&shown] {
            auto *dialog = qobject_cast<TemporaryPasswordDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shown = true;
            dialog->accept();
        });
        QTest::mouseClick(driver.child<QPushButton>("resetPasswordPushButton"), Qt::LeftButton);
        QVERIFY(shown);
        QVERIFY(
            exec(QStringLiteral("SELECT c.password_hash <> $1 AND c.must_change_password FROM user_credentials AS c "
                                "JOIN users AS u ON u.id = c.user_id WHERE u.email = 'nerys.testnurse@example.org'"),
                 {hashBefore})
                .text(0, 0) == QLatin1String("t"));

        // 5. The locked-out carer, found by the filter and let back in.
        choose(driver.child<QComboBox>("stateFilterComboBox"), QStringLiteral("Locked out"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 1).data().toString(), m_fixture.email("carerA"));
        table->selectRow(0);
        shot(driver, QStringLiteral("5-locked-out"));
        QTest::mouseClick(driver.child<QPushButton>("unlockUserPushButton"), Qt::LeftButton);
        QCOMPARE(driver.child<QLabel>("usersMessageLabel")->text(),
                 QStringLiteral("Cai Testcarer may sign in again now."));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        choose(driver.child<QComboBox>("stateFilterComboBox"), QStringLiteral("Everyone"));
        {
            StationConnection station(m_fixture.stationSettings(*m_db));
            QCOMPARE(station.signIn(m_fixture.email("carerA"), QString::fromLatin1(TenantFixture::password)).text(0, 0),
                     QStringLiteral("signed_in"));
        }

        // 6. A leaver deactivated: asked first, and nothing of hers removed.
        const int hersBefore = exec(QStringLiteral("SELECT count(*) FROM daily_records WHERE created_by = $1"),
                                    {m_fixture.user("nurseA2")})
                                   .integer(0, 0);
        selectUser(table, m_fixture.email("nurseA2"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(driver.child<QPushButton>("activePushButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("Ola Testnurse will no longer be able to sign in")));
        QCOMPARE(driver.child<QLabel>("usersMessageLabel")->text(),
                 QStringLiteral("The user can no longer sign in; what they recorded stays."));
        QCOMPARE(exec(QStringLiteral("SELECT active::text FROM users WHERE id = $1"), {m_fixture.user("nurseA2")})
                     .text(0, 0),
                 QStringLiteral("false"));
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM daily_records WHERE created_by = $1"),
                      {m_fixture.user("nurseA2")})
                     .integer(0, 0),
                 hersBefore);
        shot(driver, QStringLiteral("6-deactivated"));

        // 7. Verify the audit trail: everything above is in it, and nothing was changed behind its back.
        QVERIFY(driver.showPage(QStringLiteral("Audit trail")));
        auto *status = driver.child<QLabel>("auditTrailStatusLabel");
        auto *trail = driver.child<QTableView>("auditTrailTableView");
        QTRY_VERIFY(trail->model()->rowCount() > 0);
        choose(driver.child<QComboBox>("auditTrailRecordComboBox"), QStringLiteral("User's care home"));
        QTest::mouseClick(driver.child<QPushButton>("auditTrailShowPushButton"), Qt::LeftButton);
        QTRY_VERIFY(status->text().endsWith(QStringLiteral(" in the period.")));
        QStringList homesGiven;
        for (int row = 0; row < trail->model()->rowCount(); ++row) {
            if (trail->model()->index(row, AuditTrailModel::WhoColumn).data().toString() ==
                QLatin1String("Adam Testadmin"))
                homesGiven.append(trail->model()->index(row, AuditTrailModel::AboutColumn).data().toString());
        }
        // Every home she gave or took today, as the log holds them: the nurse's two and the carer's one among them.
        QCOMPARE(homesGiven.size(), exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = $1 "
                                                        "AND details ->> 'table' = 'user_facilities'"),
                                         {m_fixture.user("adminA")})
                                        .integer(0, 0));
        QCOMPARE(homesGiven.count(QStringLiteral("Nerys Testnurse")), 2);
        QCOMPARE(homesGiven.count(QStringLiteral("Alys Testagency")), 1);
        QTest::mouseClick(driver.child<QPushButton>("auditTrailVerifyPushButton"), Qt::LeftButton);
        QTRY_COMPARE(status->text(), QStringLiteral("The audit trail is intact: no entry was changed, put in or taken "
                                                    "out, and every audited record matches its latest entry."));
        shot(driver, QStringLiteral("7-verified"));
        driver.closeWindow();

        // 8. The manager: who opened Edna's record last week.
        StationWindowDriver manager(m_fixture.stationSettings(*m_db), drafts.path());
        QVERIFY(manager.signIn(m_fixture.email("managerA"), QString::fromLatin1(TenantFixture::password),
                               QStringLiteral("Audit trail")));
        manager.window()->resize(1366, 768 - 70);
        auto *residents = manager.child<QComboBox>("auditTrailResidentComboBox");
        QTRY_VERIFY(residents->count() > 1);
        choose(residents, QStringLiteral("Edna Testresident"));
        choose(manager.child<QComboBox>("auditTrailWhatComboBox"),
               QStringLiteral("Records opened and medical notes read"));
        manager.child<QDateEdit>("auditTrailFromDateEdit")->setDate(m_serverToday.addDays(-7));
        manager.child<QDateEdit>("auditTrailToDateEdit")->setDate(m_serverToday.addDays(-1));
        QTest::mouseClick(manager.child<QPushButton>("auditTrailShowPushButton"), Qt::LeftButton);
        auto *opened = manager.child<QTableView>("auditTrailTableView");
        QTRY_COMPARE(manager.child<QLabel>("auditTrailStatusLabel")->text(), QStringLiteral("1 entry in the period."));
        QCOMPARE(opened->model()->index(0, AuditTrailModel::WhoColumn).data().toString(),
                 QStringLiteral("Aino Testnurse"));
        QCOMPARE(opened->model()->index(0, AuditTrailModel::StationColumn).data().toString(),
                 QStringLiteral("Fern House office"));
        QCOMPARE(opened->model()->index(0, AuditTrailModel::WhatColumn).data().toString(),
                 QStringLiteral("Opened the record"));
        shot(manager, QStringLiteral("8-who-opened"));
        manager.closeWindow();
    }
};

QTEST_MAIN(TestAdministratorWalkthrough)
#include "TestAdministratorWalkthrough.moc"
