#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

class QSqlDatabase;

// Where and how to connect: a libpq connection string (keyword=value pairs or a postgresql:// URI) parsed by libpq
// itself, so every libpq keyword (sslmode, sslrootcert, connect_timeout, target_session_attrs ...) is honoured.
class ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    ConnectionSettings() = default;

    // Refused, with the sentence to show, when libpq cannot parse conninfo or a value cannot be passed on.
    static Result<ConnectionSettings> fromConnInfo(const QString &conninfo);
    // A server on a Unix-domain socket in socketDirectory, as the embedded database and the tests use.
    static ConnectionSettings forSocket(const QString &socketDirectory, int port, const QString &database,
                                        const QString &user, const QString &password);

    bool isValid() const { return m_valid; }
    QString value(const QString &keyword) const { return m_values.value(keyword); }
    void setValue(const QString &keyword, const QString &value);
    ConnectionSettings withDatabase(const QString &database) const;

    // Sets host, database, user and password on db, and passes every other keyword as a connect option. The session
    // time zone is UTC so that the QPSQL driver's timestamp conversions cannot shift instants (QTBUG-115960).
    void applyTo(QSqlDatabase &db) const;
    // A connection string with the password left out unless asked for: safe to print or log without it.
    QString toConnInfo(bool includePassword = false) const;
    // Where the server is, for people: "db.example.org:5432, database carehome" or what setDisplayName gave.
    QString displayName() const;
    void setDisplayName(const QString &name) { m_displayName = name; }

private:
    QMap<QString, QString> m_values;
    QString m_displayName;
    bool m_valid = false;
};
