#pragma once

#include "database/PgResult.h"

#include <QSqlDatabase>
#include <QVariantList>

struct pg_conn;

// Statements sent straight through libpq on an open QPSQL connection's own handle.
//
// Why not QSqlQuery: the QPSQL driver writes bound values into the statement text (EXECUTE ... ('value')), where
// pg_stat_activity shows them to every session of the same role and a failing statement's text reaches the server
// log. exec() sends values as protocol-level parameters instead, so passwords and keys never become statement text;
// and libpq's error fields name the violated constraint, which QSqlError does not.
class PgSession
{
public:
    // Whether exec() keeps each query's plan on the connection (the application) or has the server parse and plan it
    // at every call, as psql does (tests that stand for someone typing at a station).
    enum class Plans
    {
        Kept,
        PerCall
    };

    explicit PgSession(const QSqlDatabase &database);
    // On a libpq connection of the caller's own (tools and tests that connect without Qt).
    explicit PgSession(pg_conn *connection, Plans plans = Plans::Kept) : m_connection(connection), m_plans(plans) {}

    bool isOpen() const;
    // One statement, extended protocol; $1, $2 ... take params in order. Queries (SELECT, WITH, INSERT, UPDATE,
    // DELETE) are prepared once per connection and their plans kept (PreparedStatements). QString, integers, double,
    // bool, QDate, QDateTime, QUuid travel as text, QByteArray as binary (bytea), an invalid or null QVariant as SQL
    // NULL.
    PgResult exec(const QString &statement, const QVariantList &params = {}) const;
    // Several statements in one simple-protocol call (a migration file). No parameters: never pass values here.
    PgResult execScript(const QString &script) const;
    // PostgreSQL's server_version_num (150018 for 15.18), 0 when not connected.
    int serverVersion() const;

    // The libpq connection behind an open QPSQL connection, or null.
    static pg_conn *handleOf(const QSqlDatabase &database);
    pg_conn *connection() const { return m_connection; }

private:
    pg_conn *m_connection = nullptr;
    Plans m_plans = Plans::Kept;
};
