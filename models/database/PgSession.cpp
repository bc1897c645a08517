#include "database/PgSession.h"

#include "database/PreparedStatements.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QUuid>

#include <libpq-fe.h>

#include <vector>

PGconn *PgSession::handleOf(const QSqlDatabase &database)
{
    if (!database.isValid() || !database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    // The QPSQL driver registers its PGconn* as a metatype; Qt 6 names it after the struct behind the typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

namespace {

struct Parameter
{
    QByteArray bytes;
    bool isNull = false;
    bool isBinary = false;
};

// Qt 6's QVariant::isNull() is false for a QVariant holding a null QString, QDate or QDateTime, so null-ness is
// asked of the value itself: a null string, an invalid date or time is SQL NULL, never '' or a malformed date.
bool isSqlNull(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QUuid:
        return value.toUuid().isNull();
    default:
        return false;
    }
}

Parameter toParameter(const QVariant &value)
{
    Parameter p;
    if (isSqlNull(value)) {
        p.isNull = true;
        return p;
    }
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        p.bytes = value.toByteArray();
        p.isBinary = true;
        break;
    case QMetaType::Bool:
        p.bytes = value.toBool() ? "true" : "false";
        break;
    case QMetaType::QDate:
        p.bytes = value.toDate().toString(Qt::ISODate).toUtf8();
        break;
    case QMetaType::QDateTime:
        // Always an explicit UTC instant: never left for the server to read in its own time zone.
        p.bytes = value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
        break;
    case QMetaType::QUuid:
        p.bytes = value.toUuid().toString(QUuid::WithoutBraces).toUtf8();
        break;
    default:
        p.bytes = value.toString().toUtf8();
        break;
    }
    return p;
}

} // namespace

PgSession::PgSession(const QSqlDatabase &database) : m_connection(handleOf(database)) {}

bool PgSession::isOpen() const
{
    return m_connection && PQstatus(m_connection) == CONNECTION_OK;
}

PgResult PgSession::exec(const QString &statement, const QVariantList &params) const
{
    if (!m_connection)
        return PgResult::failure(QStringLiteral("not connected"), QStringLiteral("08003"));
    std::vector<Parameter> parameters;
    parameters.reserve(static_cast<size_t>(params.size()));
    for (const QVariant &value : params)
        parameters.push_back(toParameter(value));
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const Parameter &p : parameters) {
        values.push_back(p.isNull ? nullptr : p.bytes.constData());
        lengths.push_back(static_cast<int>(p.bytes.size()));
        formats.push_back(p.isBinary ? 1 : 0);
    }
    const QByteArray sql = statement.toUtf8();
    const int count = static_cast<int>(parameters.size());
    const QByteArray name = PreparedStatements::nameFor(sql);
    PreparedStatements *prepared =
        name.isEmpty() || m_plans == Plans::PerCall ? nullptr : PreparedStatements::of(m_connection);
    // In a failed transaction the server refuses everything anyway; its answer comes back unchanged.
    if (!prepared || PQtransactionStatus(m_connection) == PQTRANS_INERROR)
        return PgResult::take(PQexecParams(m_connection, sql.constData(), count, nullptr, values.data(), lengths.data(),
                                           formats.data(), 0),
                              m_connection);
    for (int attempt = 0;; ++attempt) {
        if (!prepared->contains(name)) {
            // Only between transactions: a DEALLOCATE the server refuses (the name already gone with DISCARD ALL)
            // would abort the caller's transaction. Inside one the cache may run over until the next idle prepare.
            while (PQtransactionStatus(m_connection) == PQTRANS_IDLE) {
                const QByteArray oldest = prepared->evictionCandidate();
                if (oldest.isEmpty())
                    break;
                // The name is hex digits after a fixed prefix: safe as an identifier.
                PQclear(PQexec(m_connection, QByteArray("DEALLOCATE " + oldest).constData()));
                prepared->forget(oldest);
            }
            const PgResult parsed = PgResult::take(
                PQprepare(m_connection, name.constData(), sql.constData(), count, nullptr), m_connection);
            // 42P05: the server already has it under this name, and a name stands for one text.
            if (!parsed.ok() && parsed.error().sqlState != QLatin1String("42P05"))
                return parsed;
        }
        prepared->touch(name);
        PgResult result = PgResult::take(
            PQexecPrepared(m_connection, name.constData(), count, values.data(), lengths.data(), formats.data(), 0),
            m_connection);
        // 26000: deallocated behind the cache's back (DISCARD ALL, a pooler's server change). Outside a transaction
        // nothing ran and nothing was aborted, so it is prepared again and sent once more.
        if (attempt == 0 && result.error().sqlState == QLatin1String("26000") &&
            PQtransactionStatus(m_connection) == PQTRANS_IDLE) {
            prepared->forget(name);
            continue;
        }
        return result;
    }
}

PgResult PgSession::execScript(const QString &script) const
{
    if (!m_connection)
        return PgResult::failure(QStringLiteral("not connected"), QStringLiteral("08003"));
    return PgResult::take(PQexec(m_connection, script.toUtf8().constData()), m_connection);
}

int PgSession::serverVersion() const
{
    return m_connection ? PQserverVersion(m_connection) : 0;
}
