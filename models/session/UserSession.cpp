#include "session/UserSession.h"

#include "database/DatabaseErrorMessages.h"
#include "database/DatabaseFailure.h"
#include "database/PgSession.h"
#include "session/PasswordRules.h"

#include <QLocale>
#include <QSysInfo>

SignInResult UserSession::signIn(const QSqlDatabase &db, const QString &email, const QString &password,
                                 const QString &station)
{
    SignInResult result;
    const PgSession session(db);
    // Two statements, each committed on its own (the connection is in autocommit): the database reveals the outcome
    // only once the attempt is on record (see app_begin_sign_in).
    const PgResult attempt = session.exec(QStringLiteral("SELECT public.app_begin_sign_in($1, $2, $3) AS attempt"),
                                          {email, password, station});
    if (!attempt.ok()) {
        result.message = DatabaseErrorMessages::describe(attempt.error());
        return result;
    }
    const PgResult answer =
        session.exec(QStringLiteral("SELECT result, session_token, "
                                    "ceil(extract(epoch FROM locked_until) * 1000)::bigint AS locked_until_ms "
                                    "FROM public.app_finish_sign_in($1)"),
                     {attempt.text(0, "attempt")});
    if (!answer.ok()) {
        result.message = DatabaseErrorMessages::describe(answer.error());
        return result;
    }
    const QString outcome = answer.text(0, "result");
    result.token = answer.text(0, "session_token");
    if (!answer.isNull(0, "locked_until_ms"))
        result.lockedUntil = QDateTime::fromMSecsSinceEpoch(answer.text(0, "locked_until_ms").toLongLong(), Qt::UTC);
    if (outcome == QLatin1String("signed_in"))
        result.outcome = SignInResult::Outcome::SignedIn;
    else if (outcome == QLatin1String("change_password"))
        result.outcome = SignInResult::Outcome::ChangePassword;
    else if (outcome == QLatin1String("locked"))
        result.outcome = SignInResult::Outcome::Locked;
    else
        result.outcome = SignInResult::Outcome::Invalid;
    result.message = describe(result);
    return result;
}

bool UserSession::attach(const QSqlDatabase &db, const QString &token)
{
    return PgSession(db)
               .exec(QStringLiteral("SELECT public.app_use_session($1) AS attached"), {token})
               .text(0, "attached") == QLatin1String("t");
}

std::optional<SessionInfo> UserSession::info(const QSqlDatabase &db)
{
    const PgResult row = PgSession(db).exec(QStringLiteral(
        "SELECT user_id, organization_id, first_name, last_name, email, role, organization_name, "
        "array_to_string(capabilities, ',') AS capabilities, array_to_string(facility_ids, ',') AS facility_ids, "
        "all_facilities, idle_lock_minutes, "
        "password_change_only, awaiting_confirmation FROM public.app_session_info()"));
    if (!row.ok() || row.rowCount() != 1)
        return std::nullopt;
    SessionInfo info;
    info.userId = row.text(0, "user_id");
    info.organizationId = row.text(0, "organization_id");
    info.firstName = row.text(0, "first_name");
    info.lastName = row.text(0, "last_name");
    info.email = row.text(0, "email");
    info.role = row.text(0, "role");
    info.organizationName = row.text(0, "organization_name");
    info.capabilities = row.text(0, "capabilities").split(QLatin1Char(','), Qt::SkipEmptyParts);
    info.facilityIds = row.text(0, "facility_ids").split(QLatin1Char(','), Qt::SkipEmptyParts);
    info.allFacilities = row.text(0, "all_facilities") == QLatin1String("t");
    info.idleLockMinutes = row.integer(0, "idle_lock_minutes");
    info.passwordChangeOnly = row.text(0, "password_change_only") == QLatin1String("t");
    info.awaitingConfirmation = row.text(0, "awaiting_confirmation") == QLatin1String("t");
    return info;
}

bool UserSession::touch(const QSqlDatabase &db)
{
    return PgSession(db).exec(QStringLiteral("SELECT public.app_touch_session() AS alive")).text(0, "alive") ==
           QLatin1String("t");
}

void UserSession::signOut(const QSqlDatabase &db)
{
    PgSession(db).exec(QStringLiteral("SELECT public.app_sign_out()"));
}

QByteArray UserSession::draftKey(const QSqlDatabase &db)
{
    const PgResult key =
        PgSession(db).exec(QStringLiteral("SELECT encode(public.app_draft_key(), 'hex') AS draft_key"));
    return QByteArray::fromHex(key.text(0, "draft_key").toLatin1());
}

Result<> UserSession::changePassword(const QSqlDatabase &db, const QString &currentPassword, const QString &newPassword)
{
    const PgResult answer = PgSession(db).exec(QStringLiteral("SELECT public.app_change_password($1, $2) AS answer"),
                                               {currentPassword, newPassword});
    if (!answer.ok())
        return databaseFailure(answer.error());
    const QString code = answer.text(0, "answer");
    if (code == QLatin1String("changed"))
        return Result<>::done();
    return Result<>::refused(PasswordRules::describe(code), code == QLatin1String("wrong_password")
                                                                ? QStringLiteral("currentPassword")
                                                                : QStringLiteral("newPassword"));
}

QString UserSession::describe(const SignInResult &result)
{
    switch (result.outcome) {
    case SignInResult::Outcome::SignedIn:
    case SignInResult::Outcome::ChangePassword:
        return QString();
    case SignInResult::Outcome::Invalid:
        return tr("The email address or the password is not right: check both, then try again.");
    case SignInResult::Outcome::Locked: {
        // Shown to the second, rounded up: a time shown earlier than the lock ends sends her back too soon.
        QDateTime until = result.lockedUntil;
        if (until.time().msec() > 0)
            until = until.addMSecs(1000 - until.time().msec());
        return tr("There have been too many wrong passwords, so signing in with this email address is locked until "
                  "%1: try again then, or ask an administrator to unlock it on the Users page.")
            .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat));
    }
    case SignInResult::Outcome::Failed:
        break;
    }
    return result.message;
}

QString UserSession::stationName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? tr("unnamed station") : host;
}
