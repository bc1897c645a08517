#include "BenchmarkBaseline.h"

#include <libpq-fe.h>

#include <vector>

BenchmarkBaseline::BenchmarkBaseline(const QString &conninfo, Triggers triggers)
{
    m_connection = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(m_connection) != CONNECTION_OK) {
        m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        return;
    }
    m_role = value(QStringLiteral("SELECT current_user || CASE WHEN rolsuper OR rolbypassrls THEN ' (bypasses "
                                  "row-level security)' ELSE ' (row-level security applies)' END FROM pg_roles WHERE "
                                  "rolname = current_user"));
    if (triggers == Triggers::On)
        return;
    // A write baseline is the bare row: no audit, partition-id or advisory-lock triggers, no foreign-key triggers.
    PGresult *replica = PQexec(m_connection, "SET session_replication_role = replica");
    if (PQresultStatus(replica) != PGRES_COMMAND_OK)
        m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    PQclear(replica);
}

BenchmarkBaseline::~BenchmarkBaseline()
{
    PQfinish(m_connection);
}

Result<> BenchmarkBaseline::status() const
{
    if (m_connection == nullptr || !m_error.isEmpty())
        return Result<>::failed(m_error);
    return Result<>::done();
}

Result<int> BenchmarkBaseline::run(const QString &name, const QString &statement, const QStringList &parameters)
{
    const QByteArray statementName = name.toUtf8();
    if (!m_prepared.contains(name)) {
        PGresult *prepared = PQprepare(m_connection, statementName.constData(), statement.toUtf8().constData(),
                                       static_cast<int>(parameters.size()), nullptr);
        const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
        PQclear(prepared);
        if (!ok)
            return Result<int>::failed(QString::fromUtf8(PQerrorMessage(m_connection)).trimmed());
        m_prepared.append(name);
    }
    std::vector<QByteArray> texts;
    std::vector<const char *> values;
    texts.reserve(static_cast<size_t>(parameters.size()));
    for (const QString &parameter : parameters) {
        texts.push_back(parameter.toUtf8());
        values.push_back(parameter.isNull() ? nullptr : texts.back().constData());
    }
    PGresult *result = PQexecPrepared(m_connection, statementName.constData(), static_cast<int>(values.size()),
                                      values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    Result<int> rows;
    if (status == PGRES_TUPLES_OK)
        rows = Result<int>::done(PQntuples(result));
    else if (status == PGRES_COMMAND_OK)
        rows = Result<int>::done(QByteArray(PQcmdTuples(result)).toInt());
    else
        rows = Result<int>::failed(QString::fromUtf8(PQerrorMessage(m_connection)).trimmed());
    PQclear(result);
    return rows;
}

QString BenchmarkBaseline::value(const QString &statement, const QStringList &parameters)
{
    std::vector<QByteArray> texts;
    std::vector<const char *> values;
    texts.reserve(static_cast<size_t>(parameters.size()));
    for (const QString &parameter : parameters) {
        texts.push_back(parameter.toUtf8());
        values.push_back(texts.back().constData());
    }
    PGresult *result = PQexecParams(m_connection, statement.toUtf8().constData(), static_cast<int>(values.size()),
                                    nullptr, values.data(), nullptr, nullptr, 0);
    QString text;
    if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) > 0 && !PQgetisnull(result, 0, 0))
        text = QString::fromUtf8(PQgetvalue(result, 0, 0));
    else if (PQresultStatus(result) != PGRES_TUPLES_OK)
        m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    PQclear(result);
    return text;
}
