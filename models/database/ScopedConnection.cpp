#include "database/ScopedConnection.h"

#include "database/DatabaseConnector.h"

#include <QAtomicInteger>

namespace {

QAtomicInteger<quint64> connectionCounter;

} // namespace

ScopedConnection::ScopedConnection(const ConnectionSettings &settings, const QString &purpose)
    : m_name(QStringLiteral("wcn-%1-%2").arg(purpose).arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    m_opened = DatabaseConnector::open(settings, m_name);
    // A copy held here would keep the connection from being removed at the end.
    m_opened.value = QSqlDatabase();
}

ScopedConnection::~ScopedConnection()
{
    DatabaseConnector::close(m_name);
}

QSqlDatabase ScopedConnection::database() const
{
    return isOpen() ? QSqlDatabase::database(m_name, false) : QSqlDatabase();
}
