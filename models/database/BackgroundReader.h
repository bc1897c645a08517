#pragma once

#include "database/ConnectionSettings.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

// Reads for the window, off the window's thread and on a connection of their own. The window must never wait on the
// server: over a care home's network every round trip may take tens of milliseconds, and a board or a page of notes
// several. A page posts a read; it runs on this reader's thread, and what it returns runs back on the page's
// thread, unless the page is gone by then. Reads run one at a time, in the order posted.
//
// The connection is opened at the first read and again after it broke, and prepared each time (the signed-in
// session attached to it), so a read sees exactly what the signed-in user may see: row-level security decides, as on
// the window's own connection.
class BackgroundReader : public QObject
{
    Q_OBJECT

public:
    using Apply = std::function<void()>;
    // Runs on the reader's thread with its connection (not open when the server could not be reached); returns what
    // to do with the result on the context's thread.
    using Work = std::function<Apply(const QSqlDatabase &db)>;
    // Runs on the reader's thread after each (re)connection; false leaves the connection closed.
    using Prepare = std::function<bool(const QSqlDatabase &db)>;

    BackgroundReader(const ConnectionSettings &settings, Prepare prepare, QObject *parent = nullptr);
    // Stops, waits for the read under way, if any, then closes the connection.
    ~BackgroundReader() override;

    void post(QObject *context, Work work);
    // Reads still waiting are dropped, and the one under way is not tried again on a new connection: signing out or
    // locking during a network cut waits for one read at most (its connection gives up within tcp_user_timeout),
    // not for every read queued behind it.
    void stop() { m_stopping = true; }

private:
    std::atomic<bool> m_stopping = false;
    QThread *m_thread;
    QObject *m_worker; // lives on m_thread, where the connection is opened, used and closed
};
