#include "window/MainWindow.h"
#include "session/Capability.h"
#include "ui_MainWindow.h"

#include "assessments/AssessmentsDuePage.h"
#include "attention/AttentionPanel.h"
#include "audits/AuditsPage.h"
#include "backup/BackupRules.h"
#include "board/ShiftBoardPage.h"
#include "careplans/ReviewsDuePage.h"
#include "common/AppTranslations.h"
#include "common/Clock.h"
#include "common/RoleName.h"
#include "common/Version.h"
#include "database/PartitionMaintenance.h"
#include "health/HealthPage.h"
#include "incidents/IncidentsPage.h"
#include "inspection/InspectionPage.h"
#include "organization/AuditTrailPage.h"
#include "organization/FacilityListModel.h"
#include "organization/FirstRunDialog.h"
#include "organization/HomesPage.h"
#include "organization/RecordsKeptPage.h"
#include "organization/UsersPage.h"
#include "reports/ReportsPage.h"
#include "residents/ResidentsPage.h"
#include "session/ChangePasswordDialog.h"
#include "session/InactivityTimer.h"
#include "session/LockPage.h"
#include "session/SignInPage.h"
#include "session/StationSession.h"
#include "session/UserSession.h"
#include "startup/DatabaseStartup.h"
#include "synthetic/SyntheticData.h"
#include "widgets/DraftHolder.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FocusRing.h"
#include "widgets/KeyboardReach.h"
#include "widgets/LabelInk.h"
#include "widgets/LettersWide.h"
#include "widgets/MessageBox.h"
#include "widgets/StackedPages.h"
#include "widgets/StationColours.h"
#include "window/BackupsPage.h"
#include "window/HomePage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QTextEdit>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

const QString MainWindow::connectionName = QStringLiteral("wcn-main");

namespace {

// Shift-note partitions are kept three months ahead; checking twice a day keeps a station that is never closed safe.
constexpr int maintenanceIntervalMilliseconds = 12 * 60 * 60 * 1000;
// The embedded database's nightly backup is looked for this often (BackupRules says when one is due).
constexpr int backupCheckIntervalMilliseconds = 15 * 60 * 1000;
// While someone works, their database session is kept alive once a minute.
constexpr int keepAliveIntervalMilliseconds = 60 * 1000;
constexpr int draftIntervalMilliseconds = 3 * 1000;
constexpr int serverWatchIntervalMilliseconds = 5 * 1000;
const QString geometryKey = QStringLiteral("window/geometry");

} // namespace

MainWindow::MainWindow(QWidget *parent, const QString &draftDirectory)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_draftDirectory(draftDirectory)
{
    KeyboardReach::install();
    LabelInk::install();
    FocusRing::install();
    StationColours::apply();
    m_ui->setupUi(this);
    m_ui->navigationListWidget->setMinimumWidth(lettersWide(this, 15));
    m_ui->navigationListWidget->setMaximumWidth(lettersWide(this, 16));
    // A page taller than the screen scrolls inside the window instead of growing it past the screen's bottom, and
    // only the page on top counts towards the window's size.
    auto *workspaceScroll = new QScrollArea(this);
    workspaceScroll->setObjectName(QStringLiteral("workspaceScrollArea"));
    workspaceScroll->setWidgetResizable(true);
    workspaceScroll->setFrameShape(QFrame::NoFrame);
    delete m_ui->workspaceLayout->replaceWidget(m_ui->workspaceStackedWidget, workspaceScroll);
    workspaceScroll->setWidget(m_ui->workspaceStackedWidget);
    StackedPages::sizeByCurrentPage(m_ui->pagesStackedWidget);
    StackedPages::sizeByCurrentPage(m_ui->workspaceStackedWidget);
    setWindowIcon(QIcon(QStringLiteral(":/icons/writecarenotes.svg")));

    QFont title = m_ui->startupTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->startupTitleLabel->setFont(title);
    QFont message = m_ui->startupMessageLabel->font();
    message.setPointSizeF(message.pointSizeF() * 1.2);
    m_ui->startupMessageLabel->setFont(message);
    // Wide enough to read, never wider than a comfortable line; the spacers around it centre it.
    m_ui->startupMessageLabel->setMaximumWidth(lettersWide(this, 72));
    m_ui->startupMessageLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);

    m_signInPage = new SignInPage(this);
    m_signInPage->setObjectName(QStringLiteral("signInPage"));
    m_lockPage = new LockPage(this);
    m_lockPage->setObjectName(QStringLiteral("lockPage"));
    m_ui->pagesStackedWidget->addWidget(m_signInPage);
    m_ui->pagesStackedWidget->addWidget(m_lockPage);
    connect(m_signInPage, &SignInPage::signInRequested, this, &MainWindow::signIn);
    connect(m_lockPage, &LockPage::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockPage, &LockPage::switchUserRequested, this, [this] {
        m_lockedUser.reset();
        showSignIn();
    });
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, m_ui->workspaceStackedWidget,
            &QStackedWidget::setCurrentIndex);

    m_serverLabel = new ElidedLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverStatusLabel"));
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(QStringLiteral("schemaStatusLabel"));
    m_userLabel = new QLabel(this); // who is signed in is never shortened
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_schemaLabel);

    m_maintenanceTimer = new QTimer(this);
    m_maintenanceTimer->setInterval(maintenanceIntervalMilliseconds);
    connect(m_maintenanceTimer, &QTimer::timeout, this, &MainWindow::maintainPartitions);
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(backupCheckIntervalMilliseconds);
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::backUpIfDue);
    connect(&m_backupWatcher, &QFutureWatcher<Result<std::optional<BackupSet>>>::finished, this, [this] {
        if (m_backupsPage)
            m_backupsPage->refresh();
        readBackupStatus();
    });
    connect(&m_backupStatusWatcher, &QFutureWatcher<Result<BackupStatus>>::finished, this, [this] {
        const Result<BackupStatus> status = m_backupStatusWatcher.result();
        if (status.ok())
            showBackups(BackupRules::summary(status.value), BackupRules::warnings(status.value, Clock::now()));
        else
            showBackups(QString(), {status.message});
    });
    // What is being typed is kept, encrypted for its author alone, every few seconds: a crash or a power cut loses
    // at most that much.
    m_draftTimer = new QTimer(this);
    m_draftTimer->setInterval(draftIntervalMilliseconds);
    connect(m_draftTimer, &QTimer::timeout, this, [this] {
        if (isSignedIn()) {
            m_station->keepDrafts(collectDrafts());
            emit draftsKept();
        }
    });
    // The embedded server is ours to keep running: one that crashed or was killed is started again, and open
    // windows reconnect to it by themselves.
    m_serverWatchTimer = new QTimer(this);
    m_serverWatchTimer->setInterval(serverWatchIntervalMilliseconds);
    connect(m_serverWatchTimer, &QTimer::timeout, this, &MainWindow::watchServer);
    connect(&m_reviveWatcher, &QFutureWatcher<Result<bool>>::finished, this, &MainWindow::onServerWatched);
    m_keepAliveTimer = new QTimer(this);
    m_keepAliveTimer->setInterval(keepAliveIntervalMilliseconds);
    connect(m_keepAliveTimer, &QTimer::timeout, this, &MainWindow::keepSessionAlive);
    m_inactivity = new InactivityTimer(this);
    connect(m_inactivity, &InactivityTimer::inactivityDetected, this, &MainWindow::lock);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->quitPushButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, &MainWindow::retry);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);
    connect(&m_startupWatcher, &QFutureWatcher<Result<StartupState>>::finished, this, &MainWindow::onStartupFinished);
    connect(&m_maintenanceWatcher, &QFutureWatcher<Result<>>::finished, this, [this] {
        if (!m_maintenanceWatcher.result().ok())
            statusBar()->showMessage(m_maintenanceWatcher.result().message);
    });

    setUpLanguageMenu();
    m_ui->sessionMenu->setEnabled(false);
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->startupPage);
    m_ui->retryPushButton->hide();
    m_ui->quitPushButton->hide();
}

MainWindow::~MainWindow()
{
    // A start-up still running on the worker thread uses m_startup: let it finish before anything goes away.
    m_startupWatcher.waitForFinished();
    m_maintenanceWatcher.waitForFinished();
    m_backupWatcher.waitForFinished();
    m_backupStatusWatcher.waitForFinished();
    m_reviveWatcher.waitForFinished();
    closeDatabase();
    // Where the window was, for the next start (a window never shown has nothing to remember).
    if (m_shown)
        QSettings().setValue(geometryKey, saveGeometry());
}

void MainWindow::showAsLastTime()
{
    m_shown = true;
    const QByteArray geometry = QSettings().value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        showMaximized();
    else
        show();
}

bool MainWindow::isSignedIn() const
{
    return m_station && m_station->isSignedIn();
}

void MainWindow::startDatabase(DatabaseStartup *startup)
{
    m_startup = startup;
    m_ready = false;
    closeDatabase();
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->startupPage);
    m_ui->startupTitleLabel->setText(tr("Opening the database…"));
    m_ui->startupMessageLabel->setText(startup->isEmbedded()
                                           ? tr("Starting the database on this computer. The first start takes a "
                                                "few seconds.")
                                           : tr("Connecting to the database server."));
    m_ui->startupProgressBar->show();
    m_ui->retryPushButton->hide();
    m_ui->quitPushButton->hide();
    m_serverLabel->clear();
    m_schemaLabel->clear();
    statusBar()->showMessage(tr("Opening the database…"));
    m_startupWatcher.setFuture(QtConcurrent::run([startup] { return startup->run(); }));
}

void MainWindow::onStartupFinished()
{
    const Result<StartupState> started = m_startupWatcher.result();
    if (!started.ok()) {
        showStartupError(started.message);
        return;
    }
    const StartupState &outcome = started.value;
    // Notes waiting for the server are unsaved work too: kept beside the drafts, in a folder of their own.
    const Result<StationSession *> opened =
        StationSession::open(connectionName, outcome.settings, DraftStore(m_draftDirectory),
                             DraftStore(m_draftDirectory + QStringLiteral("/outbox"), QStringLiteral(".outbox")), this);
    if (!opened.ok()) {
        showStartupError(opened.message);
        return;
    }
    m_station = opened.value;
    m_ready = true;
    m_settings = outcome.settings;
    // Queued: the session may be found lost in the middle of a page's own work, which the lock would delete.
    connect(m_station, &StationSession::sessionLost, this, &MainWindow::lock, Qt::QueuedConnection);
    connect(m_station, &StationSession::connectionChanged, this, &MainWindow::showConnection);
    m_serverVersion = outcome.serverVersion;
    m_schemaVersion = outcome.schemaVersion;
    m_serverLabel->setText(serverText());
    m_schemaLabel->setText(tr("Schema %1").arg(m_schemaVersion));
    if (outcome.warnings.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(outcome.warnings.join(QLatin1Char(' ')));
    m_maintenanceTimer->start();
    if (m_startup && m_startup->isEmbedded()) {
        m_serverWatchTimer->start();
        // The first backup of a new database, or last night's missed one, is taken now rather than in 15 minutes.
        m_backupTimer->start();
        backUpIfDue();
    }
    emit databaseReady();
    if (m_startup && m_startup->isDemo()) {
        setWindowTitle(tr("Write Care Notes: demonstration home"));
        m_signInPage->showDemoAccounts(
            {{QStringLiteral("carer"), SyntheticData::homeUserEmail(QStringLiteral("carer"), 1, 1)},
             {QStringLiteral("nurse"), SyntheticData::homeUserEmail(QStringLiteral("nurse"), 1, 1)},
             {QStringLiteral("manager"), SyntheticData::homeUserEmail(QStringLiteral("manager"), 1, 1)},
             {QStringLiteral("admin"), SyntheticData::organizationUserEmail(QStringLiteral("admin"), 1)}},
            SyntheticData::password());
    }
    if (outcome.needsFirstRun && m_startup)
        runFirstStart();
    else
        showSignIn();
}

void MainWindow::runFirstStart()
{
    auto *dialog = new FirstRunDialog(
        [this](const FirstRunDetails &details) { return m_startup->setUpFirstOrganization(details); },
        [this] { return m_startup->recoveryKey(); }, this);
    dialog->setObjectName(QStringLiteral("firstRunDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            showSignIn(dialog->email());
        else
            close(); // without an organization there is nothing to sign in to
    });
    showSignIn();
    dialog->open();
}

void MainWindow::showStartupError(const QString &message)
{
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->startupPage);
    m_ui->startupTitleLabel->setText(tr("The database cannot be opened"));
    m_ui->startupMessageLabel->setText(message);
    m_ui->startupProgressBar->hide();
    m_ui->retryPushButton->setVisible(m_startup != nullptr);
    m_ui->quitPushButton->show();
    (m_startup ? m_ui->retryPushButton : m_ui->quitPushButton)->setFocus();
    statusBar()->showMessage(tr("Not connected to the database."));
    emit databaseFailed(message);
}

void MainWindow::retry()
{
    if (m_startup)
        startDatabase(m_startup);
}

void MainWindow::showSignIn(const QString &email)
{
    m_ui->pagesStackedWidget->setCurrentWidget(m_signInPage);
    m_signInPage->reset(email);
}

void MainWindow::signIn(const QString &email, const QString &password)
{
    m_signInPage->setBusy(true);
    const SignInResult result = m_station->signIn(email, password);
    m_signInPage->setBusy(false);
    switch (result.outcome) {
    case SignInResult::Outcome::SignedIn:
        enterWorkspace();
        return;
    case SignInResult::Outcome::ChangePassword:
        askForNewPassword(password);
        return;
    default:
        m_signInPage->showMessage(UserSession::describe(result));
        return;
    }
}

void MainWindow::unlock(const QString &password)
{
    if (!m_lockedUser)
        return;
    const SignInResult result = m_station->signIn(m_lockedUser->email, password);
    if (result.outcome == SignInResult::Outcome::SignedIn) {
        enterWorkspace();
        return;
    }
    if (result.outcome == SignInResult::Outcome::ChangePassword) {
        askForNewPassword(password);
        return;
    }
    m_lockPage->showMessage(UserSession::describe(result));
}

void MainWindow::askForNewPassword(const QString &currentPassword)
{
    auto *dialog = new ChangePasswordDialog(
        [this](const QString &current, const QString &next) { return m_station->changePassword(current, next); },
        currentPassword, this);
    dialog->setObjectName(QStringLiteral("changePasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted && m_station->isSignedIn()) {
            enterWorkspace();
        } else {
            m_station->signOut(QJsonObject());
            showSignIn();
            m_signInPage->showMessage(tr("You need to choose your own password before you can carry on."));
        }
    });
    dialog->open();
}

void MainWindow::changePassword()
{
    if (!isSignedIn())
        return;
    auto *dialog = new ChangePasswordDialog(
        [this](const QString &current, const QString &next) { return m_station->changePassword(current, next); },
        QString(), this);
    dialog->setObjectName(QStringLiteral("changePasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Your password is changed."), 10000); });
    dialog->open();
}

void MainWindow::enterWorkspace()
{
    m_lockedUser.reset();
    // Nothing typed to get in stays in a hidden form.
    m_signInPage->reset();
    m_lockPage->lockFor(QString(), QString(), false);
    buildPages(m_station->keptDrafts());
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->workspacePage);
    m_ui->sessionMenu->setEnabled(true);
    const SessionInfo &session = m_station->workspace()->session();
    m_inactivity->setInactivityTimeout(m_idleLockOverride > 0 ? m_idleLockOverride
                                                              : session.idleLockMinutes * 60 * 1000);
    m_inactivity->activate();
    m_keepAliveTimer->start();
    m_draftTimer->start();
    emit signedIn();
}

void MainWindow::buildPages(const std::optional<QJsonObject> &drafts, int row)
{
    const std::shared_ptr<const Workspace> workspace = m_station->workspace();
    const SessionInfo &session = workspace->session();

    QStringList facilityNames;
    {
        FacilityListModel facilities;
        facilities.refresh(workspace->database());
        for (int facility = 0; facility < facilities.rowCount(); ++facility)
            facilityNames.append(facilities.facilityName(facility));
    }
    auto addPage = [this](QWidget *page, const QString &title) {
        m_ui->workspaceStackedWidget->addWidget(page);
        m_ui->navigationListWidget->addItem(title);
    };
    // A manager's home page says what needs attention in their homes, and opens each record on the page below.
    AttentionPanel *attention = nullptr;
    if (session.can(Capability::auditsRead) || session.can(Capability::incidentsRead))
        attention = new AttentionPanel(workspace);
    auto *home = new HomePage(session, facilityNames, attention);
    addPage(home, tr("Home"));
    // Whoever runs the home sees whether its own database is backed up; its administrator keeps the backups.
    const bool embedded = m_startup && m_startup->isEmbedded();
    if (embedded && (session.role == QLatin1String("admin") || session.role == QLatin1String("manager"))) {
        m_home = home;
        readBackupStatus();
    }
    ResidentsPage *residents = nullptr;
    if (session.can(Capability::residentsRead)) {
        residents = new ResidentsPage(workspace);
        residents->setObjectName(QStringLiteral("residentsPage"));
        addPage(residents, tr("Residents"));
    }
    ReviewsDuePage *reviews = nullptr;
    if (residents && session.can(Capability::carePlansRead)) {
        reviews = new ReviewsDuePage(workspace);
        reviews->setObjectName(QStringLiteral("reviewsDuePage"));
        addPage(reviews, tr("Reviews due"));
        connect(reviews, &ReviewsDuePage::carePlanRequested, this,
                [this, residents](const QString &residentId, const QString &planId) {
                    m_ui->navigationListWidget->setCurrentRow(m_ui->workspaceStackedWidget->indexOf(residents));
                    residents->openCarePlan(residentId, planId);
                });
    }
    AssessmentsDuePage *due = nullptr;
    if (residents && session.can(Capability::assessmentsRead)) {
        due = new AssessmentsDuePage(workspace);
        due->setObjectName(QStringLiteral("assessmentsDuePage"));
        addPage(due, tr("Assessments due"));
        connect(due, &AssessmentsDuePage::assessmentRequested, this,
                [this, residents](const QString &residentId, const QString &type) {
                    m_ui->navigationListWidget->setCurrentRow(m_ui->workspaceStackedWidget->indexOf(residents));
                    residents->startAssessment(residentId, type);
                });
    }
    AuditsPage *audits = nullptr;
    if (session.can(Capability::auditsRead)) {
        audits = new AuditsPage(workspace);
        audits->setObjectName(QStringLiteral("auditsPage"));
        addPage(audits, tr("Audits"));
    }
    if (session.can(Capability::auditsRead)) {
        auto *inspection = new InspectionPage(workspace);
        addPage(inspection, tr("Inspection"));
    }
    if (session.can(Capability::reportsRead) && session.can(Capability::incidentsRead))
        addPage(new ReportsPage(workspace), tr("Reports"));
    IncidentsPage *incidents = nullptr;
    if (session.can(Capability::incidentsRead) || session.can(Capability::incidentsSafeguarding)) {
        incidents = new IncidentsPage(workspace);
        incidents->setObjectName(QStringLiteral("incidentsPage"));
        addPage(incidents, tr("Incidents"));
    }
    ShiftBoardPage *board = nullptr;
    if (session.can(Capability::dailyRecordsRead)) {
        board = new ShiftBoardPage(workspace, m_station);
        board->setObjectName(QStringLiteral("shiftBoardPage"));
        addPage(board, tr("Shift board"));
    }
    if (session.can(Capability::usersManage) || session.can(Capability::usersConfirm)) {
        auto *users =
            new UsersPage(workspace, session.can(Capability::usersManage), session.can(Capability::usersConfirm));
        users->setObjectName(QStringLiteral("usersPage"));
        addPage(users, tr("Users"));
    }
    if (session.can(Capability::facilitiesManage)) {
        auto *homes = new HomesPage(workspace, session.can(Capability::organizationManage));
        homes->setObjectName(QStringLiteral("homesPage"));
        addPage(homes, tr("Homes"));
    }
    if (embedded && session.can(Capability::organizationManage)) {
        RestoreRequest requester;
        requester.userId = session.userId;
        requester.requestedBy = tr("%1 (%2)").arg(session.displayName(), RoleName::of(session.role));
        requester.station = UserSession::stationName();
        auto *backups = new BackupsPage(m_startup, requester);
        m_backupsPage = backups;
        connect(backups, &BackupsPage::statusChanged, this, [this](const BackupStatus &status) {
            showBackups(BackupRules::summary(status), BackupRules::warnings(status, Clock::now()));
        });
        addPage(backups, tr("Backups"));
    }
    if (session.can(Capability::organizationManage)) {
        auto *kept = new RecordsKeptPage(workspace);
        addPage(kept, tr("Records kept"));
    }
    // The database decides who reads its health (an administrator, of the only organization it holds).
    if (session.can(Capability::organizationManage)) {
        auto *health = new HealthPage(workspace, embedded);
        m_healthPage = health;
        addPage(health, tr("Health"));
        if (embedded)
            readBackupStatus();
    }
    if (session.can(Capability::auditLogRead)) {
        auto *trail = new AuditTrailPage(workspace);
        trail->setObjectName(QStringLiteral("auditTrailPage"));
        addPage(trail, tr("Audit trail"));
    }
    if (attention)
        connectAttention(attention, {residents, reviews, due, audits, incidents, board});
    if (drafts) {
        for (int i = 0; i < m_ui->workspaceStackedWidget->count(); ++i) {
            auto *holder = dynamic_cast<DraftHolder *>(m_ui->workspaceStackedWidget->widget(i));
            if (holder && drafts->contains(holder->draftName())) {
                holder->restoreDraft(drafts->value(holder->draftName()).toObject());
                m_ui->navigationListWidget->setCurrentRow(i);
            }
        }
    }
    // The residents are what a station is for: they come first, with the cursor in the search; a manager's home
    // page first, with what needs attention.
    if (row >= 0 && row < m_ui->navigationListWidget->count())
        m_ui->navigationListWidget->setCurrentRow(row);
    if (m_ui->navigationListWidget->currentRow() < 0)
        m_ui->navigationListWidget->setCurrentRow(
            residents && !attention ? m_ui->workspaceStackedWidget->indexOf(residents) : 0);

    m_userLabel->setText(
        tr("Signed in: %1 (%2), %3").arg(session.displayName(), RoleName::of(session.role), session.organizationName));
    StackedPages::sizeByCurrentPage(m_ui->workspaceStackedWidget);
}

void MainWindow::connectAttention(AttentionPanel *attention, const WorkspacePages &pages)
{
    const auto show = [this](QWidget *page) {
        m_ui->navigationListWidget->setCurrentRow(m_ui->workspaceStackedWidget->indexOf(page));
    };
    if (ResidentsPage *residents = pages.residents) {
        connect(attention, &AttentionPanel::residentRequested, this, [show, residents](const QString &residentId) {
            show(residents);
            residents->openResident(residentId);
        });
        connect(attention, &AttentionPanel::carePlanRequested, this,
                [show, residents](const QString &residentId, const QString &planId) {
                    show(residents);
                    residents->openCarePlan(residentId, planId);
                });
        connect(attention, &AttentionPanel::assessmentRequested, this,
                [show, residents](const QString &residentId, const QString &type) {
                    show(residents);
                    residents->startAssessment(residentId, type);
                });
    }
    if (IncidentsPage *incidents = pages.incidents) {
        connect(attention, &AttentionPanel::incidentRequested, this, [show, incidents](const QString &incidentId) {
            show(incidents);
            incidents->openIncident(incidentId);
        });
    }
    if (AuditsPage *audits = pages.audits) {
        connect(attention, &AttentionPanel::auditRequested, this, [show, audits](const QString &auditId) {
            show(audits);
            audits->openAudit(auditId);
        });
        connect(attention, &AttentionPanel::auditDueRequested, this,
                [show, audits](const QString &facilityId, const QString &type) {
                    show(audits);
                    audits->chooseDueAudit(facilityId, type);
                });
    }
    connect(attention, &AttentionPanel::listRequested, this, [show, pages](AttentionPanel::List list) {
        QWidget *page = nullptr;
        switch (list) {
        case AttentionPanel::List::ReviewsDue:
            page = pages.reviews;
            break;
        case AttentionPanel::List::AssessmentsDue:
            page = pages.assessments;
            break;
        case AttentionPanel::List::ShiftBoard:
            page = pages.board;
            break;
        case AttentionPanel::List::Incidents:
            page = pages.incidents;
            break;
        case AttentionPanel::List::Audits:
            page = pages.audits;
            break;
        }
        if (page)
            show(page);
    });
}

void MainWindow::setDraftInterval(int milliseconds)
{
    m_draftTimer->setInterval(milliseconds);
}

QJsonObject MainWindow::collectDrafts() const
{
    QJsonObject drafts;
    for (int i = 0; i < m_ui->workspaceStackedWidget->count(); ++i) {
        if (const auto *holder = dynamic_cast<const DraftHolder *>(m_ui->workspaceStackedWidget->widget(i))) {
            const QJsonObject draft = holder->draft();
            if (!draft.isEmpty())
                drafts.insert(holder->draftName(), draft);
        }
    }
    return drafts;
}

void MainWindow::closeDialogs()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (auto *dialog = qobject_cast<QDialog *>(window); dialog && dialog->isVisible())
            dialog->reject();
    }
}

void MainWindow::leaveWorkspace(bool keepDraftsAndLock)
{
    if (!isSignedIn())
        return;
    m_inactivity->deactivate();
    m_keepAliveTimer->stop();
    m_draftTimer->stop();
    closeDialogs();
    if (keepDraftsAndLock)
        m_lockedUser = m_station->info();
    m_station->signOut(collectDrafts());
    removePages();
    m_ui->sessionMenu->setEnabled(false);
}

void MainWindow::removePages()
{
    // Every page, and every model and record in it, goes now: nothing stays on screen or in memory.
    while (QWidget *page = m_ui->workspaceStackedWidget->widget(0)) {
        m_ui->workspaceStackedWidget->removeWidget(page);
        delete page;
    }
    m_ui->navigationListWidget->clear();
    m_userLabel->clear();
}

void MainWindow::lock()
{
    if (!isSignedIn())
        return;
    // A question on screen runs its own event loop inside the page that asked it ("Discard this note?"), and the
    // lock can come from within that loop (the idle timer, a lost session): tearing the pages down now would delete
    // them under their own feet. Close the question, and lock once its loop has returned.
    if (QApplication::activeModalWidget()) {
        closeDialogs();
        QTimer::singleShot(0, this, &MainWindow::lock);
        return;
    }
    leaveWorkspace(true);
    const DraftStore drafts(m_draftDirectory);
    m_lockPage->lockFor(m_lockedUser->displayName(), m_lockedUser->role, drafts.has(m_lockedUser->userId));
    m_ui->pagesStackedWidget->setCurrentWidget(m_lockPage);
    emit locked();
}

void MainWindow::signOut()
{
    leaveWorkspace(false);
    m_lockedUser.reset();
    showSignIn();
}

void MainWindow::keepSessionAlive()
{
    if (!m_inactivity->takeActivity())
        return;
    if (!m_station->touch()) // the session expired under us (its absolute limit): lock, keeping the work
        lock();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Notes the server has not had yet stay on this station, and only their author's next sign-in here can send
    // them: whoever quits must know that first.
    if (const int waiting = isSignedIn() ? m_station->waitingNotes() : 0; waiting > 0) {
        const QString text =
            tr("%n note(s) not yet sent to the server. Kept on this station, encrypted, they will be sent when the "
               "server is back if Write Care Notes stays open; if you quit, at your next sign-in on this station.",
               "", waiting);
        if (MessageBox::question(this, tr("Notes not yet sent"), text,
                                 {{QMessageBox::Yes, tr("Quit anyway")}, {QMessageBox::Cancel, tr("Cancel")}},
                                 QMessageBox::Cancel) != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    // Quitting keeps the user's unsaved work for their next sign-in, as a lock does.
    leaveWorkspace(false);
    QMainWindow::closeEvent(event);
}

void MainWindow::setUpLanguageMenu()
{
    m_languageMenu = new QMenu(tr("&Language"), this);
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), m_languageMenu);
    auto *group = new QActionGroup(m_languageMenu);
    for (const AppTranslations::Language language :
         {AppTranslations::Language::English, AppTranslations::Language::Welsh}) {
        // Each language is named in its own words, so that its speakers find it whatever is on screen.
        QAction *action = m_languageMenu->addAction(AppTranslations::nativeName(language));
        action->setObjectName(language == AppTranslations::Language::Welsh ? QStringLiteral("welshLanguageAction")
                                                                           : QStringLiteral("englishLanguageAction"));
        action->setCheckable(true);
        action->setChecked(language == AppTranslations::current());
        action->setData(static_cast<int>(language));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            if (language == AppTranslations::current())
                return;
            // The pages are built again in the new language: typing a page does not keep as a draft would be lost.
            const QStringList unsaved = pagesWithUnsavedTyping();
            if (!unsaved.isEmpty() &&
                MessageBox::question(this, tr("Change the language"),
                                     tr("The pages are built again in the other language, and what you have typed "
                                        "and not saved on these would be lost: %1. Save it first, or change the "
                                        "language anyway.")
                                         .arg(QLocale().createSeparatedList(unsaved)),
                                     {{QMessageBox::Yes, tr("Change anyway")}, {QMessageBox::Cancel, tr("Not now")}},
                                     QMessageBox::Cancel) != QMessageBox::Yes) {
                for (QAction *other : m_languageMenu->actions())
                    other->setChecked(other->data().toInt() == static_cast<int>(AppTranslations::current()));
                return;
            }
            AppTranslations::choose(language);
        });
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    // One switch of language sends several of these (a catalogue out, others in), some while Qt is still handing
    // them to the pages: the window is retranslated once, after them, when rebuilding its pages is safe.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    // The start-up page says what happened in words set as it happened; they stay as they are.
    const QString startupTitle = m_ui->startupTitleLabel->text();
    const QString startupMessage = m_ui->startupMessageLabel->text();
    m_ui->retranslateUi(this);
    if (m_startup && m_startup->isDemo())
        setWindowTitle(tr("Write Care Notes: demonstration home"));
    m_ui->startupTitleLabel->setText(startupTitle);
    m_ui->startupMessageLabel->setText(startupMessage);
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *action : m_languageMenu->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(AppTranslations::current()));
    if (m_ready) {
        showConnection(!m_station || m_station->isOnline());
        m_schemaLabel->setText(tr("Schema %1").arg(m_schemaVersion));
    }
    // Pages are built in the language on screen: they are built again, with what was being typed put back as a lock
    // would keep it, on the page that was open.
    if (isSignedIn()) {
        const int row = m_ui->navigationListWidget->currentRow();
        const QJsonObject drafts = collectDrafts();
        removePages();
        buildPages(drafts, row);
    }
}

QStringList MainWindow::pagesWithUnsavedTyping() const
{
    QStringList titles;
    for (int i = 0; i < m_ui->workspaceStackedWidget->count(); ++i) {
        QWidget *page = m_ui->workspaceStackedWidget->widget(i);
        if (dynamic_cast<const DraftHolder *>(page))
            continue;
        bool typed = false;
        for (const QLineEdit *field : page->findChildren<QLineEdit *>())
            typed = typed || (field->isModified() && !field->isReadOnly() && !field->text().isEmpty());
        for (const QTextEdit *field : page->findChildren<QTextEdit *>())
            typed = typed || (field->document()->isModified() && !field->isReadOnly());
        for (const QPlainTextEdit *field : page->findChildren<QPlainTextEdit *>())
            typed = typed || (field->document()->isModified() && !field->isReadOnly());
        if (typed)
            titles.append(m_ui->navigationListWidget->item(i)->text());
    }
    return titles;
}

QString MainWindow::serverText() const
{
    // Named at each call: "this computer" is in the language on screen.
    return tr("Database: %1 (PostgreSQL %2)").arg(m_settings.displayName(), m_serverVersion);
}

void MainWindow::showConnection(bool online)
{
    // There is no network between the station and its own embedded server: say what is really happening.
    const bool embedded = m_startup && m_startup->isEmbedded();
    m_serverLabel->setText(online ? serverText()
                           : embedded
                               ? tr("The database on this computer has stopped: starting it again")
                               : tr("Database: %1 cannot be reached, trying again").arg(m_settings.displayName()));
    m_serverLabel->setStyleSheet(online ? QString() : StationColours::problemStyle());
}

void MainWindow::maintainPartitions()
{
    if (m_maintenanceWatcher.isRunning())
        return;
    // A station may not create partitions (migration 14): the embedded server's own connection does; otherwise the
    // station only says when someone should run maintain.
    if (DatabaseStartup *startup = m_startup) {
        m_maintenanceWatcher.setFuture(QtConcurrent::run([startup] { return startup->maintainPartitions(); }));
        return;
    }
    const ConnectionSettings settings = m_settings;
    m_maintenanceWatcher.setFuture(
        QtConcurrent::run([settings] { return PartitionMaintenance::checkPartitionsAheadOnce(settings); }));
}

void MainWindow::backUpIfDue()
{
    if (!m_startup || m_backupWatcher.isRunning())
        return;
    DatabaseStartup *startup = m_startup;
    m_backupWatcher.setFuture(QtConcurrent::run([startup] { return startup->backUpIfDue(); }));
}

void MainWindow::showBackups(const QString &summary, const QStringList &warnings)
{
    if (m_home)
        m_home->showBackups(summary, warnings);
    if (m_healthPage)
        m_healthPage->setBackups(summary, warnings);
}

void MainWindow::readBackupStatus()
{
    if (!m_startup || !m_startup->isEmbedded() || (!m_home && !m_healthPage) || m_backupStatusWatcher.isRunning())
        return;
    DatabaseStartup *startup = m_startup;
    m_backupStatusWatcher.setFuture(QtConcurrent::run([startup] { return startup->backupStatus(); }));
}

void MainWindow::setServerWatchInterval(int milliseconds)
{
    m_serverWatchTimer->setInterval(milliseconds);
}

void MainWindow::watchServer()
{
    if (!m_startup || m_reviveWatcher.isRunning())
        return;
    DatabaseStartup *startup = m_startup;
    m_reviveWatcher.setFuture(QtConcurrent::run([startup] { return startup->reviveEmbedded(); }));
}

void MainWindow::onServerWatched()
{
    const Result<bool> revived = m_reviveWatcher.result();
    if (!revived.ok()) {
        statusBar()->showMessage(
            tr("The database on this computer has stopped and could not be started again: %1").arg(revived.message));
        return;
    }
    if (!revived.value)
        return;
    // Short enough to sit beside who is signed in on a station's screen.
    statusBar()->showMessage(tr("The database stopped and was started again at %1; nothing saved was lost.")
                                 .arg(QLocale().toString(Clock::now().time(), QLocale::ShortFormat)));
    if (m_station)
        m_station->retryNow();
    emit serverRevived();
}

void MainWindow::closeDatabase()
{
    m_maintenanceTimer->stop();
    m_backupTimer->stop();
    m_serverWatchTimer->stop();
    m_backupWatcher.waitForFinished();
    m_reviveWatcher.waitForFinished();
    if (m_station) {
        leaveWorkspace(false);
        delete m_station; // and with it the window's connection
        m_station = nullptr;
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Write Care Notes"),
                       tr("<p><b>Write Care Notes</b> %1</p><p>Care recording for care homes.</p>")
                           .arg(QString::fromLatin1(Wcn::version)));
}
