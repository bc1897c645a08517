#pragma once

#include "common/Result.h"
#include "session/SessionInfo.h"
#include "session/SignInResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// Signing in and out against the database's own functions (see the security migration). Passwords and tokens reach
// the server only as protocol-level parameters, so no statement text, pg_stat_activity entry or log line holds them.
class UserSession
{
    Q_DECLARE_TR_FUNCTIONS(UserSession)

public:
    static SignInResult signIn(const QSqlDatabase &db, const QString &email, const QString &password,
                               const QString &station);
    // Attaches a session to a connection; false when the token is not a valid full session (expired, revoked,
    // or one that may only change its password).
    static bool attach(const QSqlDatabase &db, const QString &token);
    // Who is signed in on this connection, or nothing.
    static std::optional<SessionInfo> info(const QSqlDatabase &db);
    // Keeps the session from expiring while its user works; false once it has expired or been revoked.
    static bool touch(const QSqlDatabase &db);
    // Revokes the connection's session and detaches it.
    static void signOut(const QSqlDatabase &db);
    // The signed-in user's draft key (see DraftStore); empty without a full session.
    static QByteArray draftKey(const QSqlDatabase &db);
    // Changes the signed-in user's password. A password the database will not take is Refused with PasswordRules'
    // sentence, its field "currentPassword" (not right) or "newPassword" (too short, too common, unchanged).
    static Result<> changePassword(const QSqlDatabase &db, const QString &currentPassword, const QString &newPassword);

    // The sentence for a result that is not a success.
    static QString describe(const SignInResult &result);
    // This computer's name, as the audit log records it.
    static QString stationName();
};
