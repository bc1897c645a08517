#include "database/ScopedConnection.h"

#include "database/DatabaseConnector.h"

#include <QAtomicInteger>

namespace {

QAtomicInteger<quint64> connectionCounter;

} // namespace

ScopedConnection::ScopedConnection(const ConnectionSettings &settings, const QString &purpose)
    : m_name(QStringLiteral("wcn-%1-%2").arg(purpose).arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    DatabaseConnector::open(settings, m_name, &m_error);
}

ScopedConnection::~ScopedConnection()
{
    DatabaseConnector::close(m_name);
}

QSqlDatabase ScopedConnection::database() const
{
    return isOpen() ? QSqlDatabase::database(m_name, false) : QSqlDatabase();
}
