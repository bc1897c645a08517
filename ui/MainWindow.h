#pragma once

#include "StartupOutcome.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class DatabaseStartup;
class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

// The application's shell: menus, a status bar naming the database server and schema version, and a central area.
// Until the database is ready the central area shows progress, or the one sentence saying what went wrong and what
// to do, with Try again and Quit.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The name of the GUI thread's database connection, opened once start-up succeeds.
    static const QString connectionName;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Runs startup on a worker thread; startup must outlive this window's use of it.
    void startDatabase(DatabaseStartup *startup);
    bool isDatabaseReady() const { return m_ready; }
    // Shows message in place of the application (Try again appears when there is a start-up to retry).
    void showStartupError(const QString &message);

signals:
    void databaseReady();
    void databaseFailed(const QString &message);

private slots:
    void onStartupFinished();
    void retry();
    void maintainPartitions();
    void showAbout();

private:
    void closeDatabase();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QTimer *m_maintenanceTimer = nullptr;
    QFutureWatcher<StartupOutcome> m_startupWatcher;
    QFutureWatcher<QString> m_maintenanceWatcher;
    ConnectionSettings m_settings;
    DatabaseStartup *m_startup = nullptr;
    bool m_ready = false;
};
