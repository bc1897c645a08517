#pragma once

#include "database/DatabaseError.h"

#include <QAnyStringView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

struct pg_conn;
struct pg_result;

// A fully read libpq result (rows as text, NULL as an invalid QVariant) or the error that replaced it. Meant for the
// small results of administration and migration statements; models stream large results through QSqlQuery instead.
class PgResult
{
public:
    PgResult() = default;
    // Takes ownership of result (which may be null when libpq could not even send the statement) and clears it.
    static PgResult take(pg_result *result, pg_conn *connection);
    static PgResult failure(const QString &message, const QString &sqlState);

    bool ok() const { return !m_error.isError(); }
    const DatabaseError &error() const { return m_error; }

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    int columnCount() const { return static_cast<int>(m_columns.size()); }
    // The first column of that name at or after `from`; -1 when there is none.
    int columnIndex(QAnyStringView name, int from = 0) const;
    // Reads by column name (the statement's alias), so a reordered SELECT list cannot shift what a caller reads. A
    // name the result does not have, or has more than once, is a programming error: it asserts with the name (debug
    // builds, so every test) and is logged as critical otherwise, then reads as NULL. Out-of-range rows (and every
    // cell of a failed result, which has no columns) read as NULL.
    QVariant value(int row, QAnyStringView column) const { return value(row, requiredColumn(column)); }
    bool isNull(int row, QAnyStringView column) const { return !value(row, column).isValid(); }
    QString text(int row, QAnyStringView column) const { return value(row, column).toString(); }
    int integer(int row, QAnyStringView column) const { return value(row, column).toInt(); }
    // A boolean column (t/f); NULL reads as false.
    bool flag(int row, QAnyStringView column) const { return text(row, column) == QLatin1String("t"); }
    // A date column; NULL reads as an invalid date.
    QDate date(int row, QAnyStringView column) const { return QDate::fromString(text(row, column), Qt::ISODate); }
    // An instant selected as whole milliseconds since the epoch (floor(extract(epoch FROM t) * 1000)::bigint): text
    // of a timestamptz would depend on the session's time zone. NULL reads as an invalid time.
    QDateTime instant(int row, QAnyStringView column) const
    {
        return isNull(row, column) ? QDateTime()
                                   : QDateTime::fromMSecsSinceEpoch(text(row, column).toLongLong(), Qt::UTC);
    }
    // By position: only for callers not yet reading by name.
    QVariant value(int row, int column) const { return m_rows.value(row).value(column); }
    bool isNull(int row, int column) const { return !value(row, column).isValid(); }
    QString text(int row, int column) const { return value(row, column).toString(); }
    int integer(int row, int column) const { return value(row, column).toInt(); }
    // For single-value queries: the first column of the first row, or an invalid QVariant.
    QVariant scalar() const;
    qint64 rowsAffected() const { return m_rowsAffected; }

private:
    int requiredColumn(QAnyStringView name) const;

    DatabaseError m_error;
    QStringList m_columns;
    QList<QList<QVariant>> m_rows;
    qint64 m_rowsAffected = 0;
};
