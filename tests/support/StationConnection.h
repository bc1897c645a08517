#pragma once

#include "database/ConnectionSettings.h"
#include "database/PgSession.h"

#include <QStringList>

// A plain libpq connection, as someone at a station who knows its database login would open with psql: no Qt
// driver, no application code between them and the server.
class StationConnection
{
public:
    explicit StationConnection(const ConnectionSettings &settings);
    ~StationConnection();
    StationConnection(const StationConnection &) = delete;
    StationConnection &operator=(const StationConnection &) = delete;

    bool isOpen() const;
    QString errorMessage() const;
    // Every statement parsed and planned at each call, as psql sends it.
    PgSession session() const { return PgSession(m_connection, PgSession::Plans::PerCall); }
    PgResult exec(const QString &statement, const QVariantList &params = {}) const
    {
        return session().exec(statement, params);
    }
    int backendPid() const;
    // Signs in as the application does: app_begin_sign_in, committed, then app_finish_sign_in. The result has the
    // columns result, session_token and locked_until.
    PgResult signIn(const QString &email, const QString &password,
                    const QString &station = QStringLiteral("test station")) const;
    // Reads a resident's medical notes or details ("notes" or "details") as the application does: the access is
    // requested (and audited, committed) first. The result, or the error, of the read.
    PgResult readMedical(const QString &what, const QString &resident) const;
    // Sends a statement with text parameters without waiting for its answer; collect it with finish().
    bool send(const QString &statement, const QStringList &params);
    PgResult finish();
    // Every message the server has sent this connection (notices, warnings, LOG lines a lowered
    // client_min_messages lets through), oldest first, and forgets them.
    QStringList takeMessages();

private:
    static void collect(void *self, const char *message);

    pg_conn *m_connection = nullptr;
    QStringList m_messages;
};
