// The shared station, through the real window offscreen: signing in, wrong passwords and lockouts, the first start,
// a password an administrator set, the idle lock and unlocking, and another user signing in while the first one's
// unsaved work waits for them alone.

#include "ServerTemporaryDir.h"
#include "TenantFixture.h"
#include "TestDatabase.h"
#include "organization/FirstRunDialog.h"
#include "organization/OrganizationSetup.h"
#include "organization/TemporaryPasswordDialog.h"
#include "organization/UsersPage.h"
#include "session/ChangePasswordDialog.h"
#include "session/RecoveryKey.h"
#include "startup/DatabaseStartup.h"
#include "widgets/MessageBox.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

template <typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

QString currentPage(const MainWindow &window)
{
    return child<QStackedWidget>(window, "pagesStackedWidget")->currentWidget()->objectName();
}

// Types into a field as a person would (replacing what is there).
void type(QLineEdit *field, const QString &text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

} // namespace

class TestStationWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    TenantFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_drafts;
    std::unique_ptr<DatabaseStartup> m_startup;
    std::unique_ptr<MainWindow> m_window;

    QString email(const char *who) const { return m_fixture.emails.value(QString::fromLatin1(who)); }

    // A window on the fixture's database through its station login, waiting at the sign-in page.
    bool openWindow()
    {
        m_startup = std::make_unique<DatabaseStartup>(m_fixture.stationSettings(*m_db));
        m_window = std::make_unique<MainWindow>(nullptr, m_drafts->path());
        m_window->show();
        m_window->startDatabase(m_startup.get());
        return QTest::qWaitFor([this] { return currentPage(*m_window) == QLatin1String("signInPage"); }, 30000);
    }

    void signInAs(const QString &address, const QString &password)
    {
        type(child<QLineEdit>(*m_window, "emailLineEdit"), address);
        type(child<QLineEdit>(*m_window, "passwordLineEdit"), password);
        QTest::mouseClick(child<QPushButton>(*m_window, "signInPushButton"), Qt::LeftButton);
    }

    QString signInMessage() const { return child<QLabel>(*m_window, "signInMessageLabel")->text(); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        const QString problem = m_fixture.create(*m_db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void init()
    {
        m_drafts = std::make_unique<QTemporaryDir>();
        QVERIFY(openWindow());
    }
    void cleanup()
    {
        m_window.reset();
        m_startup.reset();
        m_drafts.reset();
    }
    void cleanupTestCase() { m_db.reset(); }

    void signsInWithEmailAndPassword()
    {
        signInAs(QStringLiteral("  Nurse.A@Example.org "), QString::fromLatin1(TenantFixture::password));
        QTRY_VERIFY(m_window->isSignedIn());
        QCOMPARE(currentPage(*m_window), QStringLiteral("workspacePage"));
        QCOMPARE(child<QLabel>(*m_window, "userStatusLabel")->text(),
                 QStringLiteral("Signed in: Aino Testnurse (Nurse), Meadowbank Care Group"));
        QCOMPARE(child<QLabel>(*m_window, "greetingLabel")->text().endsWith(QStringLiteral(", Aino")), true);
        QCOMPARE(child<QLabel>(*m_window, "homeDetailsLabel")
                     ->text()
                     .startsWith(QStringLiteral("Signed in as Nurse at Fern House.")),
                 true);
        // A nurse is no administrator: no Users page to hide or show.
        QListWidget *navigation = child<QListWidget>(*m_window, "navigationListWidget");
        QCOMPARE(navigation->count(), 5);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Home"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Residents"));
        QCOMPARE(navigation->item(2)->text(), QStringLiteral("Reviews due"));
        QCOMPARE(navigation->item(3)->text(), QStringLiteral("Assessments due"));
        QCOMPARE(navigation->item(4)->text(), QStringLiteral("Shift board"));
        QVERIFY(!m_window->findChild<UsersPage *>());
        // The password is gone from the form.
        QCOMPARE(child<QLineEdit>(*m_window, "passwordLineEdit")->text(), QString());
    }

    void aWrongPasswordSaysSoWithoutSayingWhich()
    {
        signInAs(email("carerA"), QStringLiteral("not-the-password"));
        QTRY_COMPARE(signInMessage(),
                     QStringLiteral("The email address or the password is not right: check both, then try again."));
        QVERIFY(!m_window->isSignedIn());
        QCOMPARE(child<QLineEdit>(*m_window, "emailLineEdit")->text(), email("carerA"));
        QCOMPARE(child<QLineEdit>(*m_window, "passwordLineEdit")->text(), QString());
        // An email no account has gets the very same sentence.
        signInAs(QStringLiteral("nobody.else@example.org"), QStringLiteral("not-the-password"));
        QTRY_COMPARE(signInMessage(),
                     QStringLiteral("The email address or the password is not right: check both, then try again."));
    }

    void fiveWrongPasswordsLockSigningIn()
    {
        NewUser user;
        user.organizationId = m_fixture.orgA;
        user.email = QStringLiteral("seren.locked@example.org");
        user.firstName = QStringLiteral("Seren");
        user.lastName = QStringLiteral("Testcarer");
        user.role = QStringLiteral("carer");
        user.allFacilities = true;
        const Result<QString> created =
            OrganizationSetup::createUser(m_db->session(), user, QString::fromLatin1(TenantFixture::password), false);
        QVERIFY2(created.ok(), qPrintable(created.message));
        for (int attempt = 1; attempt <= 5; ++attempt)
            signInAs(user.email, QStringLiteral("wrong-guess-%1").arg(attempt));
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(
            m_db->session()
                // The lock as the server works it out from the attempts (migration 9).
                // To the millisecond, rounded up, as the window reads it (a rounded cast once made it a second late).
                .exec(QStringLiteral("SELECT ceil(extract(epoch FROM locked_until) * 1000)::bigint "
                                     "FROM wcn_sign_in_lock(wcn_email_key($1), clock_timestamp(), NULL)"),
                      {user.email})
                .text(0, 0)
                .toLongLong(),
            Qt::UTC);
        const QString expected =
            QStringLiteral("There have been too many wrong passwords, so signing in with this email "
                           "address is locked until %1: try again then, or ask an administrator to "
                           "unlock it on the Users page.")
                .arg(QLocale().toString(
                    (until.time().msec() > 0 ? until.addMSecs(1000 - until.time().msec()) : until).toLocalTime().time(),
                    QLocale::ShortFormat));
        QTRY_COMPARE(signInMessage(), expected);
        // The right password changes nothing until then.
        signInAs(user.email, QString::fromLatin1(TenantFixture::password));
        QTRY_COMPARE(signInMessage(), expected);
        QVERIFY(!m_window->isSignedIn());
    }

    void aPasswordSetByAnAdministratorIsReplacedFirst()
    {
        NewUser user;
        user.organizationId = m_fixture.orgA;
        user.email = QStringLiteral("gethin.new@example.org");
        user.firstName = QStringLiteral("Gethin");
        user.lastName = QStringLiteral("Testcarer");
        user.role = QStringLiteral("carer");
        user.facilityIds = {m_fixture.facilityA1};
        const Result<QString> created =
            OrganizationSetup::createUser(m_db->session(), user, QStringLiteral("temporary-first-password"), true);
        QVERIFY2(created.ok(), qPrintable(created.message));
        signInAs(user.email, QStringLiteral("temporary-first-password"));
        ChangePasswordDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ChangePasswordDialog *>()) && dialog->isVisible());
        QVERIFY(!m_window->isSignedIn());
        QVERIFY(!child<QLineEdit>(*dialog, "currentPasswordLineEdit")->isVisible()); // just typed: not asked again
        type(child<QLineEdit>(*dialog, "newPasswordLineEdit"), QStringLiteral("qwertyuiop"));
        type(child<QLineEdit>(*dialog, "confirmPasswordLineEdit"), QStringLiteral("qwertyuiop"));
        QTest::mouseClick(child<QPushButton>(*dialog, "changePushButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(*dialog, "changePasswordMessageLabel")->text(),
                 QStringLiteral("That password is one of the most common ones, so it is easy to guess: choose "
                                "another."));
        type(child<QLineEdit>(*dialog, "newPasswordLineEdit"), QStringLiteral("mossy-bridge-kettle"));
        type(child<QLineEdit>(*dialog, "confirmPasswordLineEdit"), QStringLiteral("mossy-bridge-kettle"));
        QTest::mouseClick(child<QPushButton>(*dialog, "changePushButton"), Qt::LeftButton);
        QTRY_VERIFY(m_window->isSignedIn());
        QCOMPARE(currentPage(*m_window), QStringLiteral("workspacePage"));
    }

    void theStationLocksItselfWhenLeftAndUnlocksForTheSameUser()
    {
        m_window->setIdleLockOverride(300);
        signInAs(email("nurseA"), QString::fromLatin1(TenantFixture::password));
        QTRY_VERIFY(m_window->isSignedIn());
        // Nobody touches anything: the station locks itself.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 10000);
        QCOMPARE(currentPage(*m_window), QStringLiteral("lockPage"));
        QVERIFY(!m_window->isSignedIn());
        QCOMPARE(child<QLabel>(*m_window, "lockedUserLabel")->text(),
                 QStringLiteral("Aino Testnurse (Nurse) was signed in: they type their password to carry on."));
        QCOMPARE(child<QStackedWidget>(*m_window, "workspaceStackedWidget")->count(), 0);
        QCOMPARE(child<QLabel>(*m_window, "userStatusLabel")->text(), QString());
        // The database session is over, not merely hidden.
        QCOMPARE(m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM sessions WHERE user_id = $1 AND revoked_at IS NULL"),
                           {m_fixture.userIds.value(QStringLiteral("nurseA"))})
                     .integer(0, 0),
                 0);

        type(child<QLineEdit>(*m_window, "unlockPasswordLineEdit"), QStringLiteral("wrong-password-here"));
        QTest::mouseClick(child<QPushButton>(*m_window, "unlockPushButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(*m_window, "lockMessageLabel")->text(),
                 QStringLiteral("The email address or the password is not right: check both, then try again."));
        type(child<QLineEdit>(*m_window, "unlockPasswordLineEdit"), QString::fromLatin1(TenantFixture::password));
        QTest::mouseClick(child<QPushButton>(*m_window, "unlockPushButton"), Qt::LeftButton);
        QTRY_VERIFY(m_window->isSignedIn());
        QCOMPARE(currentPage(*m_window), QStringLiteral("workspacePage"));
        QCOMPARE(child<QLabel>(*m_window, "userStatusLabel")->text(),
                 QStringLiteral("Signed in: Aino Testnurse (Nurse), Meadowbank Care Group"));
    }

    void lockingClosesOpenDialogs()
    {
        signInAs(email("nurseA"), QString::fromLatin1(TenantFixture::password));
        QTRY_VERIFY(m_window->isSignedIn());
        QMetaObject::invokeMethod(m_window->findChild<QAction *>(QStringLiteral("changePasswordAction")), "trigger");
        QPointer<ChangePasswordDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<ChangePasswordDialog *>()) && dialog->isVisible());
        type(child<QLineEdit>(*dialog, "currentPasswordLineEdit"), QStringLiteral("typed before the lock"));
        m_window->lock();
        QTRY_VERIFY(dialog.isNull()); // closed and gone, with what was typed in it
        QCOMPARE(currentPage(*m_window), QStringLiteral("lockPage"));
    }

    void anotherUserSignsInWhileTheFirstUsersWorkWaitsForThem()
    {
        signInAs(email("adminA"), QString::fromLatin1(TenantFixture::password));
        QTRY_VERIFY(m_window->isSignedIn());
        auto *users = m_window->findChild<UsersPage *>();
        QVERIFY(users);
        child<QListWidget>(*m_window, "navigationListWidget")->setCurrentRow(1);
        type(child<QLineEdit>(*users, "newUserFirstNameLineEdit"), QStringLiteral("Ffion"));
        type(child<QLineEdit>(*users, "newUserLastNameLineEdit"), QStringLiteral("Draftington"));
        type(child<QLineEdit>(*users, "newUserEmailLineEdit"), QStringLiteral("ffion.draft@example.org"));

        m_window->lock();
        QCOMPARE(child<QLabel>(*m_window, "lockedUserLabel")->text(),
                 QStringLiteral("Adam Testadmin (Administrator) was signed in. Their unsaved work is kept for them: "
                                "they type their password to carry on."));
        // Kept encrypted: the station's disk has nothing of the work in plain text.
        QDirIterator files(m_drafts->path(), QDir::Files, QDirIterator::Subdirectories);
        int draftFiles = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY(!content.contains("Ffion") && !content.contains("Draftington"));
            // Besides the draft, only the outbox's lock file, which holds nothing.
            if (file.fileName().endsWith(QStringLiteral(".draft")))
                ++draftFiles;
            else
                QVERIFY2(file.fileName().endsWith(QStringLiteral("/outbox.lock")) && content.isEmpty(),
                         qPrintable(file.fileName()));
        }
        QCOMPARE(draftFiles, 1);

        // Someone else signs in at the same station: nothing of the first user's work is shown to them.
        QTest::mouseClick(child<QPushButton>(*m_window, "switchUserPushButton"), Qt::LeftButton);
        QCOMPARE(currentPage(*m_window), QStringLiteral("signInPage"));
        QCOMPARE(child<QLineEdit>(*m_window, "emailLineEdit")->text(), QString());
        signInAs(email("nurseA"), QString::fromLatin1(TenantFixture::password));
        QTRY_VERIFY(m_window->isSignedIn());
        const QList<QLineEdit *> fields = m_window->findChildren<QLineEdit *>();
        for (const QLineEdit *field : fields)
            QVERIFY2(!field->text().contains(QStringLiteral("Ffion")), qPrintable(field->objectName()));
        QVERIFY(!m_window->findChild<UsersPage *>());
        m_window->signOut();

        // The first user comes back to their work as they left it.
        signInAs(email("adminA"), QString::fromLatin1(TenantFixture::password));
        QTRY_VERIFY(m_window->isSignedIn());
        users = m_window->findChild<UsersPage *>();
        QVERIFY(users);
        QCOMPARE(child<QListWidget>(*m_window, "navigationListWidget")->currentRow(), 1);
        QCOMPARE(child<QLineEdit>(*users, "newUserFirstNameLineEdit")->text(), QStringLiteral("Ffion"));
        QCOMPARE(child<QLineEdit>(*users, "newUserLastNameLineEdit")->text(), QStringLiteral("Draftington"));
        QCOMPARE(child<QLineEdit>(*users, "newUserEmailLineEdit")->text(), QStringLiteral("ffion.draft@example.org"));
        QCOMPARE(child<QLabel>(*users, "usersMessageLabel")->text(),
                 QStringLiteral("Your unsaved work is back as you left it."));
    }

    void aManagerConfirmsAnAccountThatWaits()
    {
        // As if an administrator had reset the carer's password (TestAttackPrivilege does it for real); she has
        // chosen her own since.
        QVERIFY(m_db->run(
            QStringLiteral("UPDATE user_credentials SET clinical_held_since = now(), "
                           "clinical_held_by = ARRAY[$2::uuid] WHERE user_id = $1"),
            {m_fixture.userIds.value(QStringLiteral("carerA")), m_fixture.userIds.value(QStringLiteral("adminA"))}));
        signInAs(email("carerA"), QString::fromLatin1(TenantFixture::password));
        QTRY_VERIFY(m_window->isSignedIn());
        QVERIFY(child<QLabel>(*m_window, "homeDetailsLabel")
                    ->text()
                    .contains(QStringLiteral("Your account is waiting for a manager to confirm it")));
        QCOMPARE(child<QListWidget>(*m_window, "navigationListWidget")->count(), 1); // Home alone
        m_window->signOut();

        signInAs(email("managerA"), QString::fromLatin1(TenantFixture::password));
        QTRY_VERIFY(m_window->isSignedIn());
        auto *users = m_window->findChild<UsersPage *>();
        QVERIFY(users);
        QVERIFY(child<QGroupBox>(*users, "addUserGroupBox")->isHidden()); // managers add nobody
        QVERIFY(child<QPushButton>(*users, "activePushButton")->isHidden());
        QListWidget *navigation = child<QListWidget>(*m_window, "navigationListWidget");
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->text() == QLatin1String("Users"))
                navigation->setCurrentRow(row);
        }
        auto *table = child<QTableView>(*users, "usersTableView");
        int carer = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 1).data().toString() == email("carerA"))
                carer = row;
        }
        QVERIFY(carer >= 0);
        QCOMPARE(table->model()->index(carer, 5).data().toString(), QStringLiteral("Waiting for a manager to confirm"));
        table->selectRow(carer);
        auto *confirm = child<QPushButton>(*users, "confirmPushButton");
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(child<QLabel>(*users, "usersMessageLabel")->text(),
                 QStringLiteral("Confirmed: they see the records their role allows from their next step on."));
        QCOMPARE(table->model()->index(carer, 5).data().toString(), QStringLiteral("Active"));
        m_window->signOut();
        signInAs(email("carerA"), QString::fromLatin1(TenantFixture::password));
        QTRY_VERIFY(m_window->isSignedIn());
        QVERIFY(child<QListWidget>(*m_window, "navigationListWidget")->count() > 1);
    }

    void anAdministratorAddsAUserWhoCanThenSignIn()
    {
        signInAs(email("adminA"), QString::fromLatin1(TenantFixture::password));
        QTRY_VERIFY(m_window->isSignedIn());
        auto *users = m_window->findChild<UsersPage *>();
        QVERIFY(users);
        type(child<QLineEdit>(*users, "newUserFirstNameLineEdit"), QStringLiteral("Nia"));
        type(child<QLineEdit>(*users, "newUserLastNameLineEdit"), QStringLiteral("Testcarer"));
        type(child<QLineEdit>(*users, "newUserEmailLineEdit"), QStringLiteral("nia.testcarer@example.org"));
        // The list shows every user of the organization, worded for people (a regression: it once showed one blank
        // "Deactivated" row, reading its values back through the wrong columns).
        const QAbstractItemModel *list = child<QTableView>(*users, "usersTableView")->model();
        QCOMPARE(list->rowCount(),
                 m_db->session()
                     .exec(QStringLiteral("SELECT count(*) FROM users WHERE organization_id = $1"), {m_fixture.orgA})
                     .integer(0, 0));
        const auto rowOf = [list](const QString &address) {
            for (int row = 0; row < list->rowCount(); ++row) {
                if (list->index(row, 1).data().toString() == address) {
                    QStringList cells;
                    for (const int column : {0, 1, 2, 3, 5}) // not when they last signed in
                        cells.append(list->index(row, column).data().toString());
                    return cells.join(QLatin1Char('|'));
                }
            }
            return QString();
        };
        QCOMPARE(rowOf(email("adminA")),
                 QStringLiteral("Adam Testadmin|admin.a@example.org|Administrator|All care homes|Active"));
        QCOMPARE(rowOf(email("carerA")), QStringLiteral("Cai Testcarer|carer.a@example.org|Carer|Fern House|Active"));
        QCOMPARE(rowOf(email("nurseA2")), QStringLiteral("Ola Testnurse|nurse.a2@example.org|Nurse|Oak House|Active"));
        // Only the six columns for people (the last, when each last signed in): ids and flags stay in the model's
        // rows, never in the table.
        QCOMPARE(child<QTableView>(*users, "usersTableView")->model()->columnCount(), 6);
        auto *homes = child<QListWidget>(*users, "facilitiesListWidget");
        QCOMPARE(homes->count(), 2);
        QCOMPARE(homes->item(0)->text(), QStringLiteral("Fern House"));
        QTest::mouseClick(child<QPushButton>(*users, "addUserPushButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(*users, "usersMessageLabel")->text(),
                 QStringLiteral("Tick the care homes where Nia works, or All care homes."));
        QCOMPARE(child<QLineEdit>(*users, "newUserFirstNameLineEdit")->text(),
                 QStringLiteral("Nia")); // kept to correct
        homes->item(0)->setCheckState(Qt::Checked);
        // The temporary password is shown once, in a dialog of its own.
        QString temporary;
        QTimer::singleShot(0, this, [&temporary] {
            auto *shown = qobject_cast<TemporaryPasswordDialog *>(QApplication::activeModalWidget());
            QVERIFY(shown);
            temporary = child<QLabel>(*shown, "temporaryPasswordLabel")->text();
            shown->accept();
        });
        QTest::mouseClick(child<QPushButton>(*users, "addUserPushButton"), Qt::LeftButton);
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$"))
                     .match(temporary)
                     .hasMatch(),
                 qPrintable(temporary));
        QCOMPARE(child<QLabel>(*users, "usersMessageLabel")->text(),
                 QStringLiteral("Nia Testcarer can now sign in with nia.testcarer@example.org and the temporary "
                                "password; they choose their own then. A manager then confirms them, with them there, "
                                "before they see any resident: you set their first password."));
        QCOMPARE(
            m_db->session()
                .exec(QStringLiteral("SELECT u.role || ' at ' || f.name FROM users AS u JOIN user_facilities AS uf "
                                     "ON uf.user_id = u.id JOIN facilities AS f ON f.id = uf.facility_id "
                                     "WHERE u.email = 'nia.testcarer@example.org'"))
                .text(0, 0),
            QStringLiteral("carer at Fern House"));
        // The message was about adding Nia: choosing a user clears it; reading the list again after an action on
        // them does not.
        auto *table = child<QTableView>(*users, "usersTableView");
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->index(row, 1).data().toString() == email("nurseA2"))
                table->selectRow(row);
        }
        QCOMPARE(child<QLabel>(*users, "usersMessageLabel")->text(), QString());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTimer::singleShot(0, this, [] {
            auto *shown = qobject_cast<TemporaryPasswordDialog *>(QApplication::activeModalWidget());
            QVERIFY(shown);
            shown->accept();
        });
        QTest::mouseClick(child<QPushButton>(*users, "resetPasswordPushButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(*users, "usersMessageLabel")->text(),
                 QStringLiteral("Ola Testnurse's password is reset; they choose their own at their next sign-in, and "
                                "then a manager confirms them, with them there, before they see any resident again."));
        table->selectRow(0);
        QCOMPARE(child<QLabel>(*users, "usersMessageLabel")->text(), QString());

        m_window->signOut();
        signInAs(QStringLiteral("nia.testcarer@example.org"), temporary);
        ChangePasswordDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ChangePasswordDialog *>()) && dialog->isVisible());
    }
};

class TestFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void theFirstStartSetsUpTheOrganizationAndItsAdministrator()
    {
        ServerTemporaryDir dir;
        QVERIFY(dir.isValid());
        QTemporaryDir drafts;
        EmbeddedServer::Options options;
        options.baseDirectory = dir.filePath(QStringLiteral("database"));
        DatabaseStartup startup(options);
        {
            MainWindow window(nullptr, drafts.path());
            window.show();
            window.startDatabase(&startup);
            FirstRunDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<FirstRunDialog *>()) && dialog->isVisible(), 60000);
            type(child<QLineEdit>(*dialog, "organizationNameLineEdit"), QStringLiteral("Brookside Care"));
            type(child<QLineEdit>(*dialog, "facilityNameLineEdit"), QStringLiteral("Willow House"));
            type(child<QLineEdit>(*dialog, "firstNameLineEdit"), QStringLiteral("Morwenna"));
            type(child<QLineEdit>(*dialog, "lastNameLineEdit"), QStringLiteral("Testmanager"));
            type(child<QLineEdit>(*dialog, "emailLineEdit"), QStringLiteral("morwenna@example.org"));
            type(child<QLineEdit>(*dialog, "passwordLineEdit"), QStringLiteral("harbour-light-seven"));
            type(child<QLineEdit>(*dialog, "confirmPasswordLineEdit"), QStringLiteral("harbour-light-seven!"));
            QTest::mouseClick(child<QPushButton>(*dialog, "setUpPushButton"), Qt::LeftButton);
            QCOMPARE(child<QLabel>(*dialog, "firstRunMessageLabel")->text(),
                     QStringLiteral("The two passwords are not the same: type them again."));
            type(child<QLineEdit>(*dialog, "passwordLineEdit"), QStringLiteral("welcome123"));
            type(child<QLineEdit>(*dialog, "confirmPasswordLineEdit"), QStringLiteral("welcome123"));
            QTest::mouseClick(child<QPushButton>(*dialog, "setUpPushButton"), Qt::LeftButton);
            QCOMPARE(child<QLabel>(*dialog, "firstRunMessageLabel")->text(),
                     QStringLiteral("That password is one of the most common ones, so it is easy to guess: choose "
                                    "another."));
            QCOMPARE(child<QLineEdit>(*dialog, "organizationNameLineEdit")->text(), QStringLiteral("Brookside Care"));
            type(child<QLineEdit>(*dialog, "passwordLineEdit"), QStringLiteral("harbour-light-seven"));
            type(child<QLineEdit>(*dialog, "confirmPasswordLineEdit"), QStringLiteral("harbour-light-seven"));
            QTest::mouseClick(child<QPushButton>(*dialog, "setUpPushButton"), Qt::LeftButton);

            // The organization exists; now its recovery key, shown once, and the dialog stays until it is kept.
            QTRY_VERIFY(child<QWidget>(*dialog, "recoveryKeyPage")->isVisible());
            QVERIFY(!child<QWidget>(*dialog, "setUpPushButton")->isVisible());
            QFile keyFile(EmbeddedServer::masterKeyPathFor(options));
            QVERIFY(keyFile.open(QIODevice::ReadOnly));
            const std::optional<QByteArray> key = RecoveryKey::fromKeyFileText(keyFile.readAll());
            QVERIFY(key);
            auto *shown = child<QLabel>(*dialog, "recoveryKeyLabel");
            QCOMPARE(shown->text().simplified(), RecoveryKey::format(*key));
            QCOMPARE(shown->text().count(QLatin1Char('\n')), 2);  // three lines of three groups
            QVERIFY(shown->width() >= shown->sizeHint().width()); // nothing of it cut off
            QVERIFY(child<QLabel>(*dialog, "recoveryKeyExplanationLabel")
                        ->text()
                        .contains(QStringLiteral("Without it, if this computer is lost, medical notes cannot be read "
                                                 "from a backup.")));
            auto *goOn = child<QPushButton>(*dialog, "recoveryKeyContinuePushButton");
            QVERIFY(!goOn->isEnabled());
            QTest::mouseClick(goOn, Qt::LeftButton);
            QTest::keyClick(dialog, Qt::Key_Escape);
            dialog->reject();
            QVERIFY(window.findChild<FirstRunDialog *>() == dialog && dialog->isVisible());
            QTest::keyClick(child<QCheckBox>(*dialog, "recoveryKeyKeptCheckBox"), Qt::Key_Space);
            QTRY_VERIFY(goOn->isEnabled());
            QTest::mouseClick(goOn, Qt::LeftButton);
            QTRY_VERIFY(!window.findChild<FirstRunDialog *>());

            QCOMPARE(currentPage(window), QStringLiteral("signInPage"));
            QCOMPARE(child<QLineEdit>(window, "emailLineEdit")->text(), QStringLiteral("morwenna@example.org"));
            type(child<QLineEdit>(window, "passwordLineEdit"), QStringLiteral("harbour-light-seven"));
            QTest::mouseClick(child<QPushButton>(window, "signInPushButton"), Qt::LeftButton);
            QTRY_VERIFY(window.isSignedIn());
            QCOMPARE(child<QLabel>(window, "userStatusLabel")->text(),
                     QStringLiteral("Signed in: Morwenna Testmanager (Manager), Brookside Care"));
            // A manager who also administers: the Users page is there.
            QVERIFY(window.findChild<UsersPage *>());
        }
        startup.shutDown();
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int status = 0;
    {
        TestStationWindow station;
        status |= QTest::qExec(&station, argc, argv);
    }
    {
        TestFirstStart firstStart;
        status |= QTest::qExec(&firstStart, argc, argv);
    }
    return status;
}

#include "TestStationWindow.moc"
