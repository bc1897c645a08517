#include "database/PgResult.h"

#include <QtGlobal>

#include <libpq-fe.h>

namespace {

QString diagnostic(const PGresult *result, int field)
{
    const char *value = PQresultErrorField(result, field);
    return value ? QString::fromUtf8(value) : QString();
}

// An error libpq made itself (the server's always carry a SQLSTATE). "server closed the connection unexpectedly" can
// leave the connection's status OK (a server stopped immediately, its backend gone between our write and read):
// reading what is left on the socket makes libpq notice, so that the caller and PgSession::isOpen() see a lost
// connection (08006) rather than a fault of the statement.
QString clientSideState(PGconn *connection)
{
    if (connection && PQstatus(connection) == CONNECTION_OK)
        PQconsumeInput(connection);
    return !connection || PQstatus(connection) == CONNECTION_BAD ? QStringLiteral("08006") : QStringLiteral("XX000");
}

} // namespace

PgResult PgResult::take(PGresult *result, PGconn *connection)
{
    PgResult out;
    if (!result) {
        out.m_error.message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        out.m_error.sqlState = clientSideState(connection);
        return out;
    }
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        const int columns = PQnfields(result);
        const int rows = PQntuples(result);
        out.m_columns.reserve(columns);
        for (int c = 0; c < columns; ++c)
            out.m_columns.append(QString::fromUtf8(PQfname(result, c)));
        out.m_rows.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            QList<QVariant> row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c) {
                if (PQgetisnull(result, r, c))
                    row.append(QVariant());
                else
                    row.append(QString::fromUtf8(PQgetvalue(result, r, c), PQgetlength(result, r, c)));
            }
            out.m_rows.append(row);
        }
        out.m_rowsAffected = QByteArray(PQcmdTuples(result)).toLongLong();
    } else {
        out.m_error.sqlState = diagnostic(result, PG_DIAG_SQLSTATE);
        out.m_error.message = diagnostic(result, PG_DIAG_MESSAGE_PRIMARY);
        if (out.m_error.message.isEmpty())
            out.m_error.message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        if (out.m_error.sqlState.isEmpty())
            out.m_error.sqlState = clientSideState(connection);
        out.m_error.detail = diagnostic(result, PG_DIAG_MESSAGE_DETAIL);
        out.m_error.hint = diagnostic(result, PG_DIAG_MESSAGE_HINT);
        out.m_error.table = diagnostic(result, PG_DIAG_TABLE_NAME);
        out.m_error.column = diagnostic(result, PG_DIAG_COLUMN_NAME);
        out.m_error.constraint = diagnostic(result, PG_DIAG_CONSTRAINT_NAME);
        out.m_error.position = diagnostic(result, PG_DIAG_STATEMENT_POSITION).toInt();
    }
    PQclear(result);
    return out;
}

PgResult PgResult::failure(const QString &message, const QString &sqlState)
{
    PgResult out;
    out.m_error.message = message;
    out.m_error.sqlState = sqlState;
    return out;
}

QVariant PgResult::scalar() const
{
    return m_rows.value(0).value(0);
}

int PgResult::columnIndex(QAnyStringView name, int from) const
{
    // A linear scan: results have a few dozen columns at most, and names are compared without building a QString.
    for (int c = from; c < columnCount(); ++c) {
        if (QAnyStringView::equal(m_columns.at(c), name))
            return c;
    }
    return -1;
}

int PgResult::requiredColumn(QAnyStringView name) const
{
    const int column = columnIndex(name);
    // A failed result has no columns and reads as NULL everywhere, as callers that read before checking ok() expect.
    if (!ok())
        return column;
    QString problem;
    if (column < 0)
        problem = QStringLiteral("no column \"%1\" in this result").arg(name.toString());
    else if (columnIndex(name, column + 1) >= 0)
        problem = QStringLiteral("column \"%1\" is in this result more than once").arg(name.toString());
    if (problem.isEmpty())
        return column;
    problem += QStringLiteral(" (columns: %1)").arg(m_columns.join(QStringLiteral(", ")));
    qCritical("PgResult: %s", qUtf8Printable(problem));
    Q_ASSERT_X(false, "PgResult", qUtf8Printable(problem));
    return -1;
}
