#pragma once

#include <QString>

// The structured fields of a PostgreSQL error (libpq's PG_DIAG_* fields). Messages for people are built from these,
// never from the driver's text: the constraint or column names the field, the SQLSTATE the kind of fault.
struct DatabaseError
{
    QString sqlState;
    QString message;
    QString detail;
    QString hint;
    QString table;
    QString column;
    QString constraint;
    int position = 0; // 1-based character offset of the fault in the statement; 0 when the server gave none

    bool isError() const { return !sqlState.isEmpty() || !message.isEmpty(); }
    // SQLSTATE class 08: the connection itself failed, not the statement.
    bool isConnectionFailure() const { return sqlState.startsWith(QStringLiteral("08")); }
    // Faults of the moment, not of the statement: lost connection (08), serialization or deadlock (40), the server
    // short of resources (53), shutting down or cancelled (57), system error (58). Trying again later is right.
    bool isTransient() const
    {
        for (const char *kind : {"08", "40", "53", "57", "58"}) {
            if (sqlState.startsWith(QLatin1String(kind)))
                return true;
        }
        return false;
    }
};
