#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM, SIGINT and SIGHUP (a desktop logout, Ctrl+C, a closed terminal) into a Qt signal delivered in the
// event loop, so the application can close in order: connections closed, and the embedded database server stopped
// when this was its last user. Without it those signals end the process on the spot and the server is left running.
// A signal handler may do almost nothing safely; it writes one byte to a socket pair that a QSocketNotifier watches.
class TerminationSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignalWatcher(QObject *parent = nullptr);
    ~TerminationSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readPending();

    QSocketNotifier *m_notifier = nullptr;
};
