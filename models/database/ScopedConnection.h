#pragma once

#include "common/Result.h"
#include "database/ConnectionSettings.h"
#include "database/PgSession.h"

#include <QSqlDatabase>
#include <QString>

// A database connection of its own for one piece of work (a start-up step, a maintenance run, an administrative
// statement), opened in the constructor and closed and removed in the destructor, in the same thread. Qt requires a
// connection to be used and removed only in the thread that opened it, and removed only once no QSqlDatabase copy
// of it remains: this keeps both rules by construction.
class ScopedConnection
{
public:
    // purpose names the connection in logs and must be unique among the calling thread's open connections.
    ScopedConnection(const ConnectionSettings &settings, const QString &purpose);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_opened.ok(); }
    // Whether it opened and, when not, why, as DatabaseConnector puts it.
    Result<> status() const { return Result<>::failedAs(m_opened); }
    QSqlDatabase database() const;
    PgSession session() const { return PgSession(database()); }

private:
    QString m_name;
    Result<QSqlDatabase> m_opened;
};
