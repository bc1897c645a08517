// The embedded database's backups as its administrator meets them in the real window: the home page says when the
// last backup was (the window took the first one by itself) and warns while it shares the database's disk; the
// Backups page moves them to another disk (a full backup there at once, the warning gone) and restores a backup,
// checked, for the next start. The Health page shows the same warning first, then the database's facts and every
// table, and nothing needing attention once the backups are on another disk.

#include "FirstRunPeople.h"
#include "ServerTemporaryDir.h"
#include "database/Migrator.h"
#include "organization/FirstRunDetails.h"
#include "server/ServerAccount.h"
#include "startup/DatabaseStartup.h"
#include "startup/StartupState.h"
#include "widgets/MessageBox.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

template <typename T>
T *child(const QWidget &window, const char *name)
{
    return window.findChild<T *>(QString::fromLatin1(name));
}

bool showPage(const MainWindow &window, const QString &title)
{
    auto *navigation = child<QListWidget>(window, "navigationListWidget");
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->text() == title) {
            navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void savePicture(QWidget &window, const QString &name)
{
    const QString folder = qEnvironmentVariable("WCN_LAYOUT_SHOTS");
    if (!folder.isEmpty())
        window.grab().save(QDir(folder).filePath(name));
}

} // namespace

class TestBackupsWindow : public QObject
{
    Q_OBJECT

private slots:
    void anAdministratorKeepsTheBackups()
    {
        ServerTemporaryDir dir;
        QVERIFY(dir.isValid());
        EmbeddedServer::Options options;
        options.baseDirectory = dir.filePath(QStringLiteral("database"));
        options.keyDirectory = dir.filePath(QStringLiteral("keys"));
        const QString drafts = dir.filePath(QStringLiteral("drafts"));
        // Another disk: /dev/shm is a file system of its own everywhere.
        QTemporaryDir otherDisk(QStringLiteral("/dev/shm/wcn-backups-XXXXXX"));
        QVERIFY(otherDisk.isValid());
        QVERIFY(QFile::setPermissions(otherDisk.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                            QFileDevice::ExeOwner | QFileDevice::ExeOther));

        DatabaseStartup startup(options);
        {
            const Result<StartupState> started = startup.run();
            QVERIFY2(started.ok(), qPrintable(started.message));
            const FirstRunDetails details = FirstRunPeople::willowCourtAdministrator();
            const Result<> organization = startup.setUpFirstOrganization(details);
            QVERIFY2(organization.ok(), qPrintable(organization.message));
        }
        {
            MainWindow window(nullptr, drafts);
            window.resize(1366, 698); // a station's screen less its taskbar
            window.show();
            window.startDatabase(&startup);
            QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(window, "emailLineEdit") &&
                                         child<QLineEdit>(window, "emailLineEdit")->isVisible(),
                                     60000);
            child<QLineEdit>(window, "emailLineEdit")->setText(QStringLiteral("ada.okafor@willowcourt.example"));
            child<QLineEdit>(window, "passwordLineEdit")->setText(QStringLiteral("a long passphrase for Ada"));
            QTest::mouseClick(child<QPushButton>(window, "signInPushButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(window.isSignedIn(), 30000);

            // The home page: the backup the window took by itself, and the warning about its disk.
            auto *home = window.findChild<QWidget *>(QStringLiteral("homePage"));
            QVERIFY(home);
            auto *homeBackups = home->findChild<QLabel *>(QStringLiteral("backupStatusLabel"));
            QVERIFY(homeBackups);
            QTRY_VERIFY_WITH_TIMEOUT(
                homeBackups->isVisible() && homeBackups->text().startsWith(QStringLiteral("Last backup: ")), 120000);
            QVERIFY2(homeBackups->text().contains(
                         QStringLiteral("(a full backup), in %1/backups.").arg(options.baseDirectory)),
                     qPrintable(homeBackups->text()));
            QVERIFY2(homeBackups->text().contains(QStringLiteral("The backups are on the same disk as the database")),
                     qPrintable(homeBackups->text()));
            savePicture(window, QStringLiteral("backups-home.png"));

            // The Health page says the same first, then the facts, and lists every table and partition.
            QVERIFY(showPage(window, QStringLiteral("Health")));
            auto *health = window.findChild<QWidget *>(QStringLiteral("healthPage"));
            QVERIFY(health);
            auto *attention = health->findChild<QLabel *>(QStringLiteral("healthAttentionLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(
                attention->text().contains(QStringLiteral("The backups are on the same disk as the database")), 30000);
            auto *tables = health->findChild<QTableView *>(QStringLiteral("healthTablesTableView"));
            QTRY_VERIFY_WITH_TIMEOUT(tables->model()->rowCount() > 20, 30000);
            QVERIFY(!tables->model()
                         ->match(tables->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("residents"), 1,
                                 Qt::MatchExactly)
                         .isEmpty());
            const QString facts = health->findChild<QLabel *>(QStringLiteral("healthFactsLabel"))->text();
            QVERIFY2(
                facts.contains(QStringLiteral("<td style=\"padding-right:12px\">Backups:</td><td>Last backup: ")) &&
                    facts.contains(QStringLiteral("Schema version:</td><td>%1, as this program expects")
                                       .arg(Migrator().latestVersion())),
                qPrintable(facts));
            savePicture(window, QStringLiteral("health-page.png"));

            // The Backups page: moved to the other disk, by typing its path.
            QVERIFY(showPage(window, QStringLiteral("Backups")));
            auto *page = window.findChild<QWidget *>(QStringLiteral("backupsPage"));
            QVERIFY(page);
            auto *folder = page->findChild<QLineEdit *>(QStringLiteral("backupFolderLineEdit"));
            QTRY_COMPARE_WITH_TIMEOUT(folder->text(), options.baseDirectory + QStringLiteral("/backups"), 30000);
            auto *backups = page->findChild<QComboBox *>(QStringLiteral("restoreBackupComboBox"));
            QTRY_COMPARE_WITH_TIMEOUT(backups->count(), 1, 30000);
            savePicture(window, QStringLiteral("backups-page.png"));
            const QString firstBackup = backups->itemData(0).toString();
            // Made by whoever looks after the computer, for the account the server runs as (postgres when root).
            const QString elsewhere = otherDisk.filePath(QStringLiteral("willow-court"));
            QVERIFY(QDir().mkpath(elsewhere));
            const Result<ServerAccount> account = ServerAccount::forCurrentProcess();
            QVERIFY(account.ok() && account.value.takeOwnership(elsewhere));
            folder->clear();
            folder->setFocus();
            QTest::keyClicks(folder, elsewhere);
            auto *retention = page->findChild<QSpinBox *>(QStringLiteral("retentionSpinBox"));
            retention->setValue(6);
            auto *use = page->findChild<QPushButton *>(QStringLiteral("useBackupFolderPushButton"));
            QTest::mouseClick(use, Qt::LeftButton);
            auto *outcome = page->findChild<QLabel *>(QStringLiteral("backupOutcomeLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(use->isEnabled(), 120000);
            QCOMPARE(outcome->text(), QStringLiteral("Backups now go to %1; a full backup is there.").arg(elsewhere));
            // The home page says so, without the warning.
            QTRY_VERIFY_WITH_TIMEOUT(homeBackups->text().contains(QStringLiteral("in %1.").arg(elsewhere)), 30000);
            QVERIFY2(!homeBackups->text().contains(QStringLiteral("same disk")), qPrintable(homeBackups->text()));
            // The list is the new folder's: its one full backup, not the first folder's.
            QTRY_VERIFY_WITH_TIMEOUT(backups->count() == 1 && backups->itemData(0).toString() != firstBackup, 30000);
            const Result<BackupStatus> moved = startup.backupStatus();
            QVERIFY2(moved.ok(), qPrintable(moved.message));
            QCOMPARE(moved.value.repository, elsewhere);
            QCOMPARE(moved.value.retentionFull, 6);
            // Backups elsewhere, archiving working, partitions ahead, nothing left open: the Health page is content.
            QVERIFY(showPage(window, QStringLiteral("Health")));
            QTest::mouseClick(health->findChild<QPushButton *>(QStringLiteral("refreshHealthPushButton")),
                              Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(attention->text(),
                                      QStringLiteral("<b style=\"color:#006400\">Nothing needs attention.</b>"), 30000);
            QVERIFY(showPage(window, QStringLiteral("Backups")));

            // Restored: the newest backup, asked first, checked, for the next start.
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("restorePushButton")), Qt::LeftButton);
            QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Restore the database as it was at ")),
                     qPrintable(MessageBox::lastText()));
            QTRY_VERIFY_WITH_TIMEOUT(
                outcome->text().startsWith(QStringLiteral("Restored and checked in %1/%2")
                                               .arg(options.baseDirectory, QStringLiteral("pgdata.restored-"))),
                240000);
            QVERIFY2(outcome->text().contains(QStringLiteral("Close Write Care Notes everywhere on this computer")),
                     qPrintable(outcome->text()));
            savePicture(window, QStringLiteral("backups-restored.png"));
            QVERIFY(QFile::exists(options.baseDirectory + QStringLiteral("/switch-to-restored")));
            // The home page warns of the switch to come; the administrator thinks better of it.
            QTRY_VERIFY_WITH_TIMEOUT(
                homeBackups->text().contains(QStringLiteral("replaces this one at the next start")), 30000);
            auto *cancel = page->findChild<QPushButton *>(QStringLiteral("cancelSwitchPushButton"));
            QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible() && cancel->isEnabled(), 30000);
            QTest::mouseClick(cancel, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(outcome->text(),
                                      QStringLiteral("The database in use stays in use at the next start."), 30000);
            QVERIFY(!QFile::exists(options.baseDirectory + QStringLiteral("/switch-to-restored")));
            QTRY_VERIFY_WITH_TIMEOUT(!cancel->isVisible(), 30000);
        }
        startup.shutDown();
    }
};

QTEST_MAIN(TestBackupsWindow)
#include "TestBackupsWindow.moc"
