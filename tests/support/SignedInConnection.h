#pragma once

#include "database/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QString>

// A station's QPSQL connection (as the application opens it) with a user signed in, under a name of its own; closed
// and removed when it goes. For model tests, which work on named connections as the window's pages do.
class SignedInConnection
{
public:
    SignedInConnection(const ConnectionSettings &stationSettings, const QString &email, const QString &password);
    ~SignedInConnection();
    SignedInConnection(const SignedInConnection &) = delete;
    SignedInConnection &operator=(const SignedInConnection &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    QString name() const { return m_name; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};
