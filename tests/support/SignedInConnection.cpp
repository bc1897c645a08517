#include "SignedInConnection.h"

#include "database/DatabaseConnector.h"
#include "session/UserSession.h"

#include <QUuid>

SignedInConnection::SignedInConnection(const ConnectionSettings &stationSettings, const QString &email,
                                       const QString &password)
    : m_name(QStringLiteral("signed-in-") + QUuid::createUuid().toString(QUuid::Id128))
{
    const Result<QSqlDatabase> opened = DatabaseConnector::open(stationSettings, m_name);
    if (!opened.ok()) {
        m_error = opened.message;
        return;
    }
    const QSqlDatabase db = opened.value;
    const SignInResult result = UserSession::signIn(db, email, password, QStringLiteral("model test station"));
    if (result.outcome != SignInResult::Outcome::SignedIn)
        m_error = QStringLiteral("%1 could not sign in: %2").arg(email, result.message);
    else if (!UserSession::attach(db, result.token))
        m_error = QStringLiteral("the session of %1 did not attach").arg(email);
}

SignedInConnection::~SignedInConnection()
{
    DatabaseConnector::close(m_name);
}
