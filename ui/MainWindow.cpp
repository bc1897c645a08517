#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "DatabaseConnector.h"
#include "DatabaseStartup.h"
#include "PartitionMaintenance.h"
#include "Version.h"

#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

const QString MainWindow::connectionName = QStringLiteral("wcn-main");

namespace {

// Shift-note partitions are kept three months ahead; checking twice a day keeps a station that is never closed safe.
constexpr int maintenanceIntervalMilliseconds = 12 * 60 * 60 * 1000;

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/writecarenotes.svg")));

    QFont title = m_ui->startupTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->startupTitleLabel->setFont(title);
    m_ui->homeTitleLabel->setFont(title);
    QFont message = m_ui->startupMessageLabel->font();
    message.setPointSizeF(message.pointSizeF() * 1.2);
    m_ui->startupMessageLabel->setFont(message);
    m_ui->homeMessageLabel->setFont(message);
    // Wide enough to read, never wider than a comfortable line; the spacers around them centre them.
    for (QLabel *label : {m_ui->startupMessageLabel, m_ui->homeMessageLabel}) {
        label->setMaximumWidth(720);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    }

    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverStatusLabel"));
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(QStringLiteral("schemaStatusLabel"));
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_schemaLabel);

    m_maintenanceTimer = new QTimer(this);
    m_maintenanceTimer->setInterval(maintenanceIntervalMilliseconds);
    connect(m_maintenanceTimer, &QTimer::timeout, this, &MainWindow::maintainPartitions);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->quitPushButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, &MainWindow::retry);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(&m_startupWatcher, &QFutureWatcher<StartupOutcome>::finished, this, &MainWindow::onStartupFinished);
    connect(&m_maintenanceWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (!m_maintenanceWatcher.result().isEmpty())
            statusBar()->showMessage(m_maintenanceWatcher.result());
    });

    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->startupPage);
    m_ui->retryPushButton->hide();
    m_ui->quitPushButton->hide();
}

MainWindow::~MainWindow()
{
    // A start-up still running on the worker thread uses m_startup: let it finish before anything goes away.
    m_startupWatcher.waitForFinished();
    m_maintenanceWatcher.waitForFinished();
    closeDatabase();
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
    const StartupOutcome outcome = m_startupWatcher.result();
    if (!outcome.ok) {
        showStartupError(outcome.message);
        return;
    }
    QString error;
    const QSqlDatabase db = DatabaseConnector::open(outcome.settings, connectionName, &error);
    if (!db.isValid()) {
        showStartupError(error);
        return;
    }
    m_ready = true;
    m_settings = outcome.settings;
    m_serverLabel->setText(
        tr("Database: %1 (PostgreSQL %2)").arg(outcome.settings.displayName(), outcome.serverVersion));
    m_schemaLabel->setText(tr("Schema %1").arg(outcome.schemaVersion));
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->homePage);
    if (outcome.warnings.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(outcome.warnings.join(QLatin1Char(' ')));
    m_maintenanceTimer->start();
    emit databaseReady();
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

void MainWindow::maintainPartitions()
{
    if (m_maintenanceWatcher.isRunning())
        return;
    const ConnectionSettings settings = m_settings;
    m_maintenanceWatcher.setFuture(
        QtConcurrent::run([settings] { return PartitionMaintenance::ensureDailyRecordPartitionsOnce(settings); }));
}

void MainWindow::closeDatabase()
{
    m_maintenanceTimer->stop();
    DatabaseConnector::close(connectionName);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Write Care Notes"),
                       tr("<p><b>Write Care Notes</b> %1</p><p>Care recording for care homes.</p>")
                           .arg(QString::fromLatin1(Wcn::version)));
}
