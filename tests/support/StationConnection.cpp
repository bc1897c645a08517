#include "StationConnection.h"

#include <libpq-fe.h>

#include <vector>

StationConnection::StationConnection(const ConnectionSettings &settings)
{
    m_connection = PQconnectdb(settings.toConnInfo(true).toUtf8().constData());
}

StationConnection::~StationConnection()
{
    PQfinish(m_connection);
}

bool StationConnection::isOpen() const
{
    return m_connection && PQstatus(m_connection) == CONNECTION_OK;
}

QString StationConnection::errorMessage() const
{
    return QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
}

int StationConnection::backendPid() const
{
    return PQbackendPID(m_connection);
}

bool StationConnection::send(const QString &statement, const QStringList &params)
{
    std::vector<QByteArray> bytes;
    std::vector<const char *> values;
    for (const QString &param : params)
        bytes.push_back(param.toUtf8());
    for (const QByteArray &b : bytes)
        values.push_back(b.constData());
    return PQsendQueryParams(m_connection, statement.toUtf8().constData(), static_cast<int>(values.size()), nullptr,
                             values.data(), nullptr, nullptr, 0) == 1;
}

PgResult StationConnection::finish()
{
    PGresult *last = nullptr;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (last)
            PQclear(last);
        last = result;
    }
    return PgResult::take(last, m_connection);
}
