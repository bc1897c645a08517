#include "StationConnection.h"

#include <libpq-fe.h>

#include <utility>
#include <vector>

StationConnection::StationConnection(const ConnectionSettings &settings)
{
    m_connection = PQconnectdb(settings.toConnInfo(true).toUtf8().constData());
    PQsetNoticeProcessor(m_connection, &StationConnection::collect, this);
}

void StationConnection::collect(void *self, const char *message)
{
    static_cast<StationConnection *>(self)->m_messages.append(QString::fromUtf8(message).trimmed());
}

QStringList StationConnection::takeMessages()
{
    return std::exchange(m_messages, {});
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

PgResult StationConnection::signIn(const QString &email, const QString &password, const QString &station) const
{
    const PgResult attempt = exec(QStringLiteral("SELECT app_begin_sign_in($1, $2, $3)"), {email, password, station});
    if (!attempt.ok())
        return attempt;
    return exec(QStringLiteral("SELECT result, session_token, locked_until FROM app_finish_sign_in($1)"),
                {attempt.text(0, 0)});
}

PgResult StationConnection::readMedical(const QString &what, const QString &resident) const
{
    const PgResult access = exec(QStringLiteral("SELECT app_request_medical_access($1, $2)"), {resident, what});
    if (!access.ok())
        return access;
    return exec(what == QLatin1String("notes") ? QStringLiteral("SELECT app_read_medical_notes($1, $2)")
                                               : QStringLiteral("SELECT app_read_medical_details($1, $2)"),
                {resident, access.text(0, 0)});
}
