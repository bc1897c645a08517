#pragma once

#include "backup/BackupSet.h"
#include "backup/BackupStatus.h"
#include "common/Result.h"

#include "session/DraftStore.h"
#include "session/SessionInfo.h"
#include "startup/StartupState.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class AssessmentsDuePage;
class AttentionPanel;
class AuditsPage;
class BackupsPage;
class HealthPage;
class HomePage;
class DatabaseStartup;
class IncidentsPage;
class ResidentsPage;
class ReviewsDuePage;
class ShiftBoardPage;
class InactivityTimer;
class LockPage;
class QLabel;
class QMenu;
class QTimer;
class SignInPage;
class StationSession;

namespace Ui {
class MainWindow;
}

// The application's shell: menus, a status bar naming the database, the schema version and who is signed in, and
// the pages a station moves through: start-up (progress, or the one sentence saying what is wrong), sign-in, the
// workspace, and the lock screen.
//
// Locking (after the organization's idle time, or on demand) and signing out close every dialog, keep the user's
// unsaved work for them alone (encrypted, see DraftStore), end the database session and destroy the workspace with
// every model in it, so no resident data stays on screen or in memory.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The name of the GUI thread's database connection, opened once start-up succeeds.
    static const QString connectionName;

    // drafts: where unsaved work is kept (the default is the user's application data folder).
    explicit MainWindow(QWidget *parent = nullptr, const QString &draftDirectory = DraftStore::defaultDirectory());
    ~MainWindow() override;

    // Runs startup on a worker thread; startup must outlive this window's use of it.
    void startDatabase(DatabaseStartup *startup);
    bool isDatabaseReady() const { return m_ready; }
    // Shows message in place of the application (Try again appears when there is a start-up to retry).
    void showStartupError(const QString &message);

    // Shows the window where it was last closed on this station; maximised the first time (a station's one
    // application fills the screen).
    void showAsLastTime();

    bool isSignedIn() const;
    bool isLocked() const { return m_lockedUser.has_value(); }
    // For tests: the idle time before the station locks itself, instead of the organization's.
    void setIdleLockOverride(int milliseconds) { m_idleLockOverride = milliseconds; }
    // For tests: how often unsaved work is kept, instead of every 3 seconds.
    void setDraftInterval(int milliseconds);
    // For tests: how often the embedded server is checked, instead of every 5 seconds.
    void setServerWatchInterval(int milliseconds);

public slots:
    void lock();
    void signOut();

signals:
    void databaseReady();
    void databaseFailed(const QString &message);
    void signedIn();
    void locked();
    // The embedded server had stopped and has been started again.
    void serverRevived();
    // Each time the drafts have been collected and kept (every draft interval while someone is signed in).
    void draftsKept();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private slots:
    void onStartupFinished();
    void retry();
    void maintainPartitions();
    void backUpIfDue();
    void readBackupStatus();
    // The embedded database's backups, on the home page and the Health page.
    void showBackups(const QString &summary, const QStringList &warnings);
    void watchServer();
    void onServerWatched();
    void showAbout();

private:
    void closeDatabase();
    void runFirstStart();
    void showSignIn(const QString &email = QString());
    void signIn(const QString &email, const QString &password);
    void unlock(const QString &password);
    void askForNewPassword(const QString &currentPassword);
    void changePassword();
    // The pages a manager's home page opens records on (any the user may not see is null).
    struct WorkspacePages
    {
        ResidentsPage *residents = nullptr;
        ReviewsDuePage *reviews = nullptr;
        AssessmentsDuePage *assessments = nullptr;
        AuditsPage *audits = nullptr;
        IncidentsPage *incidents = nullptr;
        ShiftBoardPage *board = nullptr;
    };

    void enterWorkspace();
    // The pages the signed-in user may use, built in the language on screen, with the drafts given put back into
    // them; the navigation then shows row (or the first page that took a draft, or the usual first page).
    void buildPages(const std::optional<QJsonObject> &drafts, int row = -1);
    void removePages();
    void setUpLanguageMenu();
    // The titles of the open pages holding typing of the user's that a rebuild would lose (pages that keep drafts
    // keep theirs).
    QStringList pagesWithUnsavedTyping() const;
    void retranslate();
    QString serverText() const;
    void connectAttention(AttentionPanel *attention, const WorkspacePages &pages);
    void leaveWorkspace(bool keepDraftsAndLock);
    QJsonObject collectDrafts() const;
    void closeDialogs();
    void keepSessionAlive();
    void showConnection(bool online);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QTimer *m_maintenanceTimer = nullptr;
    QTimer *m_backupTimer = nullptr;
    QTimer *m_keepAliveTimer = nullptr;
    QTimer *m_draftTimer = nullptr;
    InactivityTimer *m_inactivity = nullptr;
    SignInPage *m_signInPage = nullptr;
    LockPage *m_lockPage = nullptr;
    StationSession *m_station = nullptr;
    QString m_serverVersion;
    int m_schemaVersion = 0;
    QMenu *m_languageMenu = nullptr;
    bool m_retranslatePending = false;
    QFutureWatcher<Result<StartupState>> m_startupWatcher;
    QFutureWatcher<Result<>> m_maintenanceWatcher;
    QFutureWatcher<Result<std::optional<BackupSet>>> m_backupWatcher;
    QFutureWatcher<Result<BackupStatus>> m_backupStatusWatcher;
    QPointer<HomePage> m_home; // while someone who runs the home is signed in: shows the backups
    QPointer<BackupsPage> m_backupsPage;
    QPointer<HealthPage> m_healthPage;
    QTimer *m_serverWatchTimer = nullptr;
    QFutureWatcher<Result<bool>> m_reviveWatcher;
    ConnectionSettings m_settings;
    DatabaseStartup *m_startup = nullptr;
    QString m_draftDirectory;
    std::optional<SessionInfo> m_lockedUser;
    int m_idleLockOverride = 0;
    bool m_ready = false;
    bool m_shown = false;
};
