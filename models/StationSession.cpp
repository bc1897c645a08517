#include "StationSession.h"

#include "UserSession.h"

#include <QSqlDatabase>

StationSession::StationSession(const QString &connectionName, DraftStore drafts, QObject *parent)
    : QObject(parent), m_connectionName(connectionName), m_drafts(std::move(drafts))
{}

StationSession::~StationSession()
{
    forgetSecrets();
}

SignInResult StationSession::signIn(const QString &email, const QString &password)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (isSignedIn())
        signOut(QJsonObject());
    SignInResult result = UserSession::signIn(db, email, password, UserSession::stationName());
    if (result.outcome != SignInResult::Outcome::SignedIn && result.outcome != SignInResult::Outcome::ChangePassword)
        return result;
    m_token = result.token;
    result.token.fill(QChar(0));
    result.token.clear();
    UserSession::attach(db, m_token);
    if (result.outcome == SignInResult::Outcome::SignedIn && !completeSignIn()) {
        result.outcome = SignInResult::Outcome::Failed;
        result.message = tr("You were signed in but the session could not be opened: sign in again.");
    }
    return result;
}

bool StationSession::completeSignIn()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    std::optional<SessionInfo> info = UserSession::info(db);
    if (!info || info->passwordChangeOnly) {
        forgetSecrets();
        return false;
    }
    m_draftKey = UserSession::draftKey(db);
    m_info = std::move(info);
    emit signedIn();
    return true;
}

QString StationSession::changePassword(const QString &currentPassword, const QString &newPassword)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString problem = UserSession::changePassword(db, currentPassword, newPassword);
    if (!problem.isEmpty())
        return problem;
    if (!isSignedIn() && !completeSignIn())
        return QStringLiteral("failed");
    return QString();
}

bool StationSession::touch()
{
    return isSignedIn() && UserSession::touch(QSqlDatabase::database(m_connectionName, false));
}

std::optional<QJsonObject> StationSession::keptDrafts() const
{
    if (!isSignedIn())
        return std::nullopt;
    return m_drafts.load(m_info->userId, m_draftKey);
}

bool StationSession::keepDrafts(const QJsonObject &drafts) const
{
    return isSignedIn() && !m_draftKey.isEmpty() && m_drafts.save(m_info->userId, m_draftKey, drafts);
}

void StationSession::signOut(const QJsonObject &drafts)
{
    if (isSignedIn() && !m_draftKey.isEmpty())
        m_drafts.save(m_info->userId, m_draftKey, drafts);
    const bool wasSignedIn = isSignedIn() || !m_token.isEmpty();
    if (wasSignedIn)
        UserSession::signOut(QSqlDatabase::database(m_connectionName, false));
    forgetSecrets();
    if (wasSignedIn)
        emit signedOut();
}

void StationSession::forgetSecrets()
{
    m_token.fill(QChar(0));
    m_token.clear();
    m_draftKey.fill('\0');
    m_draftKey.clear();
    m_info.reset();
}
