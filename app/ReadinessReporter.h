#pragma once

#include <QObject>

class MainWindow;

// For `writecarenotes --quit-when-ready` (the benchmark's start-up times): once the database is open and the sign-in
// page has been painted, the window is usable; this prints "ready" on standard output and quits with 0. A start-up
// that fails quits with 1 instead of waiting for someone to read the error. Nothing is signed in or typed.
class ReadinessReporter : public QObject
{
    Q_OBJECT

public:
    explicit ReadinessReporter(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
    bool m_databaseReady = false;
};
