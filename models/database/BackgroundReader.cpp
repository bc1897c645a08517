#include "database/BackgroundReader.h"

#include "database/DatabaseConnector.h"
#include "database/PgSession.h"

#include <QPointer>
#include <QThread>
#include <QUuid>

namespace {

// The reader's side: owns the connection, on the reader's thread only (Qt's connections belong to one thread).
class ReaderConnection : public QObject
{
public:
    ReaderConnection(const ConnectionSettings &settings, BackgroundReader::Prepare prepare)
        : m_settings(settings), m_prepare(std::move(prepare)),
          m_name(QStringLiteral("wcn-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}

    // The caller holds no copy of the connection when it asks: closing one still held elsewhere leaves it open.
    QSqlDatabase database()
    {
        if (!m_broken && PgSession(QSqlDatabase::database(m_name, false)).isOpen())
            return QSqlDatabase::database(m_name, false);
        DatabaseConnector::close(m_name);
        {
            const Result<QSqlDatabase> opened = DatabaseConnector::open(m_settings, m_name);
            m_broken = !opened.ok() || !m_prepare(opened.value);
        }
        if (m_broken)
            DatabaseConnector::close(m_name);
        return QSqlDatabase::database(m_name, false);
    }
    // The server went away during a read: the next one connects again first.
    void markBroken() { m_broken = true; }
    void close() { DatabaseConnector::close(m_name); }

private:
    ConnectionSettings m_settings;
    BackgroundReader::Prepare m_prepare;
    QString m_name;
    bool m_broken = false;
};

} // namespace

BackgroundReader::BackgroundReader(const ConnectionSettings &settings, Prepare prepare, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new ReaderConnection(settings, std::move(prepare)))
{
    m_thread->setObjectName(QStringLiteral("BackgroundReader"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

BackgroundReader::~BackgroundReader()
{
    stop();
    auto *connection = static_cast<ReaderConnection *>(m_worker);
    // Queued behind any read still waiting, so those finish (their results are dropped: this object is going).
    QMetaObject::invokeMethod(
        connection,
        [connection] {
            connection->close();
            delete connection;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void BackgroundReader::post(QObject *context, Work work)
{
    auto *connection = static_cast<ReaderConnection *>(m_worker);
    // Made here, on the context's thread, and only read there again.
    const QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        connection,
        [this, connection, receiver, work = std::move(work)] {
            if (m_stopping)
                return; // signing out or locking: nobody waits for it
            QSqlDatabase db = connection->database();
            const bool wasOpen = PgSession(db).isOpen();
            Apply apply = work(db);
            if (wasOpen && !PgSession(db).isOpen() && !m_stopping) {
                // The server went away since the last read (a restart, a network cut): a read changes nothing, so
                // it is made once more on a new connection rather than failing for a connection nobody uses now.
                connection->markBroken();
                db = QSqlDatabase();
                db = connection->database();
                if (PgSession(db).isOpen())
                    apply = work(db);
            }
            QMetaObject::invokeMethod(
                this,
                [receiver, apply = std::move(apply)] {
                    if (receiver && apply)
                        apply();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
